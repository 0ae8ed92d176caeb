import Foundation
import Testing
@testable import ReelTimeline

/// Cuts on the beat: the planner moves cuts onto beats within the photo-length limits.
@Suite struct BeatSyncTests {
    /// Beats every `period` ms from `first` up to `until`.
    private func beats(first: Double = 250, period: Double = 500, until: Double = 120_000) -> [Double] {
        Array(stride(from: first, to: until, by: period))
    }

    /// Where each cut is: the midpoint of each transition (the hard cut where there is none).
    private func cuts(_ t: Timeline) -> [Int] {
        t.tracks[0].segments.dropFirst().map { $0.startMs + ($0.transition?.durationMs ?? 0) / 2 }
    }

    private func slideshow(_ count: Int, totalMs: Int) throws -> Timeline {
        var o = SlideshowOptions()
        o.totalDurationMs = totalMs
        return try Slideshow.timeline(photos: (1...count).map { "p\($0).jpg" }, options: o)
    }

    @Test func everyCutLandsOnABeatAndTheTotalIsKept() throws {
        var t = try slideshow(8, totalMs: 24_000)
        let before = t.durationMs
        #expect(!cuts(t).allSatisfy { (Double($0) - 250).truncatingRemainder(dividingBy: 500) == 0 })
        #expect(Slideshow.syncCutsToBeats(&t, beatsMs: beats()))
        #expect(t.durationMs == before)
        for c in cuts(t) { #expect((c - 250) % 500 == 0, "cut at \(c) ms") }
        for s in t.tracks[0].segments { #expect((1500...6000).contains(s.durationMs), "photo of \(s.durationMs) ms") }
        // Cuts move at most half a beat from where they were.
        let original = try cuts(slideshow(8, totalMs: 24_000))
        for (a, b) in zip(original, cuts(t)) { #expect(abs(a - b) <= 250) }
        try t.validate()
    }

    @Test func sparseBeatsKeepPhotosWithinLimits() throws {
        // Beats only every 5 s: each photo must last 5 s, so only 4 photos fit 20 s whatever was asked.
        var t = try slideshow(4, totalMs: 20_000)
        #expect(Slideshow.syncCutsToBeats(&t, beatsMs: beats(first: 5000, period: 5000, until: 20_000)))
        #expect(cuts(t) == [5000, 10_000, 15_000])
        #expect(t.durationMs == 20_000)
        // Beats every 7 s cannot give photos of 6 s or less: nothing changes.
        var u = try slideshow(4, totalMs: 20_000)
        let before = u
        #expect(!Slideshow.syncCutsToBeats(&u, beatsMs: beats(first: 7000, period: 7000, until: 20_000)))
        #expect(u == before)
        // No beats at all: nothing changes.
        #expect(!Slideshow.syncCutsToBeats(&u, beatsMs: []))
        #expect(u == before)
    }

    @Test func photosNeverGetShorterThanTheMinimum() throws {
        // 10 photos in 16 s asks for 1.6 s photos; beats every 400 ms allow 1.6 s exactly, never 1.2 s.
        var t = try slideshow(10, totalMs: 16_000)
        #expect(Slideshow.syncCutsToBeats(&t, beatsMs: beats(first: 0, period: 400, until: 16_000)))
        let lengths = t.tracks[0].segments.map(\.durationMs)
        #expect(lengths.allSatisfy { $0 >= 1500 }, "\(lengths)")
        #expect(t.durationMs == 16_000)
    }

    @Test func photosLongerThanTheLimitStillMove() throws {
        // 5 photos in 30 s are 6.4 s each (with 0.5 s crossfades); beats every 0.5 s from 0.251 s.
        var t = try slideshow(5, totalMs: 30_000)
        #expect(t.tracks[0].segments.allSatisfy { $0.durationMs == 6400 })
        #expect(Slideshow.syncCutsToBeats(&t, beatsMs: beats(first: 251)))
        for c in cuts(t) { #expect((c - 251) % 500 == 0, "cut at \(c) ms") }
        for s in t.tracks[0].segments { #expect((1500...8000).contains(s.durationMs), "photo of \(s.durationMs) ms") }
        #expect(t.durationMs == 30_000)
    }

    @Test func clipsKeepTheirLength() throws {
        var o = SlideshowOptions()
        o.totalDurationMs = 20_000
        var t = try Slideshow.timeline(media: [.photo("a.jpg"), .clip("c.mov", durationMs: 4100), .photo("b.jpg"), .photo("d.jpg")], options: o)
        let clip = t.tracks[0].segments[1].durationMs
        #expect(Slideshow.syncCutsToBeats(&t, beatsMs: beats()))
        let s = t.tracks[0].segments
        #expect(s[1].durationMs == clip)
        #expect(t.durationMs == 20_000)
        let c = cuts(t)
        // The cuts into the clip and between the photos are on beats; the clip's end is where its length puts it.
        #expect((c[0] - 250) % 500 == 0 && (c[2] - 250) % 500 == 0, "\(c)")
        try t.validate()
    }
}
