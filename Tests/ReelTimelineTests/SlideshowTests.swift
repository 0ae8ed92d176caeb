import Testing
@testable import ReelTimeline

@Suite struct SlideshowTests {
    let photos = (1...10).map { "p\($0).jpg" }

    @Test func tenPhotosThreeSecondSlidesHalfSecondCrossfades() throws {
        let t = try Slideshow.timeline(photos: photos, options: SlideshowOptions())
        #expect(t.durationMs == 25_500)
        #expect(t.frameCount == 765)
        let s = t.tracks[0].segments
        #expect(s.map(\.startMs) == stride(from: 0, to: 25_000, by: 2500).map { $0 })
        #expect(s[0].transition == nil && s[1].transition?.kind == .crossfade && s[1].transition?.durationMs == 500)
        try t.validate()
    }

    @Test func totalDurationIsExact() throws {
        for total in [30_000, 25_000, 10_001, 61_337] {
            var o = SlideshowOptions()
            o.totalDurationMs = total
            let t = try Slideshow.timeline(photos: photos, options: o)
            #expect(t.durationMs == total)
            try t.validate()
        }
    }

    @Test func cutsDoNotOverlap() throws {
        var o = SlideshowOptions()
        o.transition = .cut
        o.profile.fps = 24
        let t = try Slideshow.timeline(photos: photos, options: o)
        #expect(t.durationMs == 30_000 && t.frameCount == 720)
        try t.validate()
    }

    @Test func motionIsVariedAndDeterministic() throws {
        let a = try Slideshow.timeline(photos: photos, options: SlideshowOptions())
        let b = try Slideshow.timeline(photos: photos, options: SlideshowOptions())
        #expect(a == b)
        let kbs = a.tracks[0].segments.compactMap(\.kenBurns)
        #expect(kbs.count == 10)
        #expect(Set(kbs.prefix(6)).count == 6)
        var o = SlideshowOptions(); o.kenBurns = false
        #expect(try Slideshow.timeline(photos: photos, options: o).tracks[0].segments.allSatisfy { $0.kenBurns == nil })
    }

    @Test func tooShortForTransitionsIsAClearError() {
        var o = SlideshowOptions()
        o.totalDurationMs = 2000
        #expect(throws: DraftError.self) { try Slideshow.timeline(photos: photos, options: o) }
        #expect(throws: DraftError.self) { try Slideshow.timeline(photos: [], options: o) }
    }

    @Test func summaryReadsLikeTheProduct() throws {
        var t = try Slideshow.timeline(photos: photos, options: SlideshowOptions())
        t.tracks.append(Track(kind: .audio, segments: [Segment(source: "/music/song.mp3", startMs: 0, durationMs: 25_500, volume: 0.35)]))
        t.tracks.append(Track(kind: .text, segments: [Segment(startMs: 0, durationMs: 3000, text: "Urban Dreams")]))
        #expect(t.summary == #"Timeline (3 tracks): 1. Video: 10 photos (0-25.5s) 2. BGM: song.mp3 (0-25.5s, 35%) 3. Title: "Urban Dreams" (0-3s)"#)
    }

    @Test func summaryCountsClipsApartFromPhotos() throws {
        let media: [SlideshowItem] = [.photo("a.jpg"), .clip("b.mov", durationMs: 4000), .photo("c.heic"), .clip("d.mp4", durationMs: 2000)]
        let mixed = try Slideshow.timeline(media: media, options: SlideshowOptions())
        #expect(mixed.summary == "Timeline (1 track): 1. Video: 2 photos, 2 clips (0-10.5s)")
        let clips = try Slideshow.timeline(media: [.clip("b.mov", durationMs: 4000)], options: SlideshowOptions())
        #expect(clips.summaryLines == ["Timeline (1 track):", "  1. Video: 1 clip (0-4s)"])
    }

    @Test func frameTimeIsExact() {
        #expect(FrameTime.frames(ms: 25_500, fps: 30) == 765)
        #expect(FrameTime.firstFrame(atOrAfter: 2500, fps: 30) == 75)
        #expect(FrameTime.firstFrame(atOrAfter: 2501, fps: 30) == 76)
        #expect(FrameTime.firstFrame(atOrAfter: 1000, fps: 24) == 24)
        #expect(FrameTime.secondsText(25_500) == "25.5")
        #expect(FrameTime.secondsText(3000) == "3")
        #expect(FrameTime.secondsText(1250) == "1.25")
    }
}
