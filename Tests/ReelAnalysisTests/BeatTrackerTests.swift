import Foundation
import Testing
@testable import ReelAnalysis
import ReelTestSupport

@Suite("Beat tracking")
struct BeatTrackerTests {
    @Test("a 120 BPM click track from 0.25 s: beats on the clicks")
    func clicks() {
        let tracker = BeatTracker(sampleRate: 48_000)
        tracker.feed(clickTrack(seconds: 12))
        let beats = tracker.beatsMs
        // Every click, from the first (before the tracker locks on), to the millisecond.
        let clicks = (0..<24).map { 250 + 500 * Double($0) }
        #expect(beats.count == clicks.count, "found \(beats.map { Int($0) })")
        for (b, c) in zip(beats, clicks) {
            #expect(abs(b - c) <= 2, "beat at \(b) ms, click at \(c) ms")
        }
        #expect(abs(tracker.bpm - 120) < 2, "tempo \(tracker.bpm)")
    }

    @Test("steady noise has no beats: nothing is heard as a hit")
    func noise() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15  // a fixed linear congruential sequence
        let tracker = BeatTracker(sampleRate: 48_000)
        tracker.feed((0..<48_000 * 6).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Float(Int64(bitPattern: state) >> 40) / Float(1 << 23) * 0.3
        })
        #expect(tracker.beatsMs.isEmpty, "\(tracker.beatsMs)")
    }

    @Test("silence has no beats")
    func silence() {
        let tracker = BeatTracker(sampleRate: 48_000)
        tracker.feed([Float](repeating: 0, count: 48_000 * 5))
        #expect(tracker.beatsMs.isEmpty)
    }
}
