import Foundation
import Testing
@testable import ReelTimeline

/// Clips on the timeline: timing, caps, kinds and their draft keys.
@Suite struct ClipTimelineTests {
    @Test func photosAndClipsInterleave() throws {
        // Three 3 s photos and four 4 s clips with 0.5 s crossfades: 3·3 + 4·4 − 6·0.5 = 22 s = 660 frames.
        let media: [SlideshowItem] = [.photo("a.jpg"), .clip("1.mov", durationMs: 4000), .photo("b.heic"), .clip("2.mp4", durationMs: 4000),
                                      .clip("3.webm", durationMs: 4000), .photo("c.png"), .clip("4.mkv", durationMs: 4000)]
        let t = try Slideshow.timeline(media: media, options: SlideshowOptions())
        #expect(t.durationMs == 22_000 && t.frameCount == 660)
        let video = t.tracks[0].segments
        #expect(video.map(\.isClip) == [false, true, false, true, true, false, true])
        #expect(video.filter(\.isClip).allSatisfy { $0.kenBurns == nil && $0.durationMs == 4000 })
        #expect(video.filter { !$0.isClip }.allSatisfy { $0.kenBurns != nil && $0.durationMs == 3000 })
        try t.validate()
    }

    @Test func longClipsAreCappedAndATotalRetimesPhotos() throws {
        var o = SlideshowOptions()
        o.clipMaxMs = 5000
        o.totalDurationMs = 20_000
        let t = try Slideshow.timeline(media: [.photo("a.jpg"), .clip("long.mov", durationMs: 60_000), .photo("b.jpg")], options: o)
        let d = t.tracks[0].segments.map(\.durationMs)
        #expect(d[1] == 5000 && d[0] + d[2] == 16_000 && t.durationMs == 20_000)
    }

    @Test func impossibleClipTimingsAreExplained() {
        var o = SlideshowOptions()
        o.totalDurationMs = 4000
        #expect(throws: DraftError.self) { try Slideshow.timeline(media: [.photo("a.jpg"), .clip("c.mov", durationMs: 8000)], options: o) }
        #expect(throws: DraftError.self) { try Slideshow.timeline(media: [.clip("c.mov", durationMs: 8000)], options: o) }
        let short = SlideshowOptions()
        #expect(throws: DraftError.self) {
            try Slideshow.timeline(media: [.photo("a.jpg"), .clip("c.mov", durationMs: 700), .photo("b.jpg")], options: short)
        }
    }

    @Test(arguments: [("trip.MOV", MediaKind.clip), ("a/b/c.mkv", .clip), ("https://x.example/v.mp4?sig=1", .clip),
                      ("photo.jpg", .photo), ("movie.mp4.jpg", .photo), ("noext", .photo), ("m4v", .photo)])
    func kindComesFromTheExtension(_ src: String, _ kind: MediaKind) {
        #expect(MediaKind(source: src) == kind)
    }

    @Test func clipKeysRoundTripAndBadOnesNameTheirPath() throws {
        let json = #"{"t":[{"tt":0,"sg":[{"src":"a.jpg","d":3000},{"src":"c.mov","d":2000,"tr":{"k":"crossfade","d":500},"in":1500,"vol":0.25,"x":1}]}]}"#
        let t = try Timeline(draftJSON: Data(json.utf8))
        let clip = t.tracks[0].segments[1]
        #expect(clip.clipPlayback == ClipPlayback(inMs: 1500, volume: 0.25))
        let again = try Timeline(draftJSON: t.draftJSON())
        #expect(again == t)
        let bad = #"{"t":[{"tt":0,"sg":[{"src":"c.mov","d":2000,"vol":3}]}]}"#
        let e = #expect(throws: DraftError.self) { try Timeline(draftJSON: Data(bad.utf8)).validateClips() }
        #expect(e?.path == "t[0].sg[0].vol")
    }
}
