import Foundation
import Testing
@testable import ReelTimeline

/// `tr.k` names, `kb.ease`, and seeded random transitions in the draft.
@Suite struct TransitionDraftTests {
    func draft(k: String, ease: String? = nil) -> Data {
        let e = ease.map { #", "ease": "\#($0)""# } ?? ""
        return Data(#"{"t": [{"tt": 0, "sg": [{"src": "a.jpg", "d": 2000, "kb": {"to": {"zoom": 1.1}\#(e)}}, {"src": "b.jpg", "d": 2000, "tr": {"k": "\#(k)", "d": 600}}]}]}"#.utf8)
    }

    /// Segment `i` of the first track as written.
    func written(_ t: Timeline, _ i: Int) -> JSONValue? { t.draftValue["t"]?.arrayValue?[0]["sg"]?.arrayValue?[i] }

    @Test(arguments: TransitionKind.allCases)
    func everyKindReadsAndWritesBack(kind: TransitionKind) throws {
        let t = try Timeline(draftJSON: draft(k: kind.rawValue))
        #expect(t.tracks[0].segments[1].transition?.kind == kind)
        let again = try Timeline(draftJSON: t.draftJSON())
        #expect(again == t)
        #expect(written(again, 1)?["tr"]?["k"] == .string(kind.rawValue))
    }

    @Test func unknownKindNamesThePathAndListsTheNames() {
        do {
            _ = try Timeline(draftJSON: draft(k: "swirl"), file: "trip.json")
            Issue.record("accepted an unknown transition")
        } catch let e as DraftError {
            let text = "\(e)"
            #expect(text.contains("t[0].sg[1].tr.k: unknown transition \"swirl\""), "\(text)")
            for kind in TransitionKind.allCases { #expect(text.contains(kind.rawValue)) }
        } catch { Issue.record("\(error)") }
    }

    @Test(arguments: Easing.allCases)
    func easeReadsAndWritesBack(ease: Easing) throws {
        let t = try Timeline(draftJSON: draft(k: "crossfade", ease: ease.rawValue))
        #expect(t.tracks[0].segments[0].kenBurns?.ease == ease)
        #expect(written(t, 0)?["kb"]?["ease"] == .string(ease.rawValue))
        #expect(try Timeline(draftJSON: t.draftJSON()) == t)
    }

    @Test func missingEaseIsTheDefaultAndIsNotWritten() throws {
        let t = try Timeline(draftJSON: draft(k: "crossfade"))
        let kb = try #require(t.tracks[0].segments[0].kenBurns)
        #expect(kb.ease == nil)
        #expect(written(t, 0)?["kb"]?["ease"] == nil)
        var explicit = kb
        explicit.ease = .inOut
        for p in stride(from: 0.0, through: 1.0, by: 0.05) { #expect(kb.viewport(at: p) == explicit.viewport(at: p)) }
    }

    @Test func unknownEaseNamesThePath() {
        #expect {
            _ = try Timeline(draftJSON: draft(k: "crossfade", ease: "bounce"), file: "trip.json")
        } throws: { e in
            let text = "\(e)"
            return text.contains("t[0].sg[0].kb.ease: unknown easing \"bounce\"") && text.contains("linear, in, out, in-out")
        }
    }

    @Test func easingCurves() {
        for e in Easing.allCases {
            #expect(e.apply(0) == 0 && e.apply(1) == 1, "\(e)")
            var last = -1.0
            for i in 0...100 {
                let v = e.apply(Double(i) / 100)
                #expect(v > last, "\(e) must always move forward"); last = v
            }
        }
        // Today's gentle curve is the default: half smoothstep, half linear.
        let t = 0.3
        #expect(Easing.inOut.apply(t) == t * t * (3 - 2 * t) * 0.5 + t * 0.5)
        #expect(Easing.easeIn.apply(0.25) < 0.25 && Easing.easeOut.apply(0.25) > 0.25 && Easing.linear.apply(0.25) == 0.25)
        #expect(abs(Easing.easeIn.apply(0.3) + Easing.easeOut.apply(0.7) - 1) < 1e-12) // mirror images
    }

    @Test func randomTransitionsAreSeededAndKeptInTheDraft() throws {
        var o = SlideshowOptions()
        o.randomTransitionSeed = 7
        let photos = (0..<12).map { "p\($0).jpg" }
        let t = try Slideshow.timeline(photos: photos, options: o)
        let kinds = t.tracks[0].segments.dropFirst().compactMap { $0.transition?.kind }
        #expect(kinds.count == 11)
        #expect(kinds.allSatisfy { TransitionKind.randomPool.contains($0) })
        #expect(zip(kinds, kinds.dropFirst()).allSatisfy { $0 != $1 }, "no kind twice in a row")
        #expect(Set(kinds).count >= 5, "\(kinds)")
        #expect(t.metadata[Slideshow.transitionSeedKey] == .int(7))
        // Same seed, same draw; another seed, another draw; the draft keeps the kinds.
        #expect(try Slideshow.timeline(photos: photos, options: o) == t)
        var other = o
        other.randomTransitionSeed = 8
        #expect(try Slideshow.timeline(photos: photos, options: other).tracks[0].segments.map(\.transition) != t.tracks[0].segments.map(\.transition))
        let reread = try Timeline(draftJSON: t.draftJSON())
        #expect(reread.tracks[0].segments.compactMap { $0.transition?.kind } == kinds)
        #expect(reread.metadata[Slideshow.transitionSeedKey] == .int(7))
    }

    @Test func slideshowEaseReachesEveryPhoto() throws {
        var o = SlideshowOptions()
        o.ease = .linear
        let t = try Slideshow.timeline(photos: ["a.jpg", "b.jpg"], options: o)
        #expect(t.tracks[0].segments.allSatisfy { $0.kenBurns?.ease == .linear })
    }
}
