import Foundation
import Testing
import ReelTimeline
@testable import ReelPrompt

/// Motion and transitions for photos named ("zoom in on photo 3", "hard cut into photo 8"):
/// what the answer says, and that only those photos change.
@Suite struct NamedPhotoMotionTests {
    @Test func onlyThePhotoNamedMoves() throws {
        let (i, edit) = try firstCut("Zoom in on photo 3")
        #expect(i.understood == ["\"Zoom in on photo 3\" → photo 3: zooms in"])
        let segs = edit.timeline.tracks[0].segments
        let kb = try #require(segs[2].kenBurns)
        #expect(kb.to.zoom > kb.from.zoom)
        for k in segs.indices where k != 2 { #expect(segs[k].kenBurns == Slideshow.motion(forPhoto: k), "photo \(k + 1)") }
        #expect(edit.timeline.durationMs == 25_500)
    }

    @Test func aTransitionIntoOnePhotoKeepsThePhotosLengths() throws {
        let (i, edit) = try firstCut("hard cut into photo 8 instead of the fade")
        #expect(i.understood == ["\"hard cut into photo 8\" → the transition into photo 8: a hard cut"], "\(i.understood)")
        let segs = edit.timeline.tracks[0].segments
        #expect(segs.dropFirst().map { $0.transition?.kind ?? .cut } == Array(repeating: .crossfade, count: 6) + [.cut, .crossfade, .crossfade])
        #expect(segs.allSatisfy { $0.durationMs == 3000 })
        // one overlap of 0.5 s less
        #expect(edit.timeline.durationMs == 26_000)
    }

    @Test func everywhereElseLeavesThePhotoNamedOut() throws {
        let (_, edit) = try firstCut("第4张用淡入淡出，其他都硬切")
        let kinds = edit.timeline.tracks[0].segments.dropFirst().map { $0.transition?.kind ?? .cut }
        #expect(kinds == [.cut, .cut, .crossfade] + Array(repeating: .cut, count: 6))
        let (lone, _) = try firstCut("hard cuts everywhere else")
        #expect(lone.notUnderstood == ["everywhere else"])
    }

    @Test func whatCannotBeDoneIsSaid() throws {
        let (_, far) = try firstCut("zoom in on photo 12")
        #expect(far.notDone.contains { $0.contains("there are only 10 photos") }, "\(far.notDone)")
        #expect(far.timeline.tracks[0].segments.indices.allSatisfy { far.timeline.tracks[0].segments[$0].kenBurns == Slideshow.motion(forPhoto: $0) })
        let (_, first) = try firstCut("hard cut into photo 1")
        #expect(first.notDone.contains { $0.contains("the first photo has no transition into it") }, "\(first.notDone)")
        #expect(first.timeline.tracks[0].segments.dropFirst().allSatisfy { $0.transition?.kind == .crossfade })
    }
}
