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

    @Test("a band: kick on the beat over a sustained chord with off-beat hi-hats")
    func band() {
        let rate = 48_000
        let samples = Self.band()
        let tracker = BeatTracker(sampleRate: rate)
        tracker.feed(samples)
        let beats = tracker.beatsMs
        let onKicks = beats.filter { b in abs(b - (250 + 500 * ((b - 250) / 500).rounded())) <= 10 }
        #expect(onKicks.count >= 28, "\(onKicks.count) of 32 kicks found: \(beats.map { Int($0) })")
        #expect(onKicks.count == beats.count, "beats off the kicks: \(beats.map { Int($0) })")
    }

    /// 16 s of a kick every 0.5 s from 0.25 s over a sustained chord at about the kick's level,
    /// with a hi-hat half-way between kicks.
    static func band() -> [Float] {
        let rate = 48_000, seconds = 16.0
        var samples = [Float](repeating: 0, count: Int(seconds * Double(rate)))
        var state: UInt64 = 12345
        for i in samples.indices {
            let t = Double(i) / Double(rate)
            // A chord that never stops, at about the kick's level.
            var x = 0.12 * (sin(2 * .pi * 220 * t) + sin(2 * .pi * 277.2 * t) + sin(2 * .pi * 329.6 * t))
            // Kick: a falling 90→50 Hz thump every 0.5 s from 0.25 s.
            let sinceKick = (t - 0.25).truncatingRemainder(dividingBy: 0.5)
            if t >= 0.25 && sinceKick < 0.2 {
                x += 0.5 * sin(2 * .pi * (50 * sinceKick + 200 * (1 - exp(-sinceKick * 20)) / 20 * 2)) * exp(-sinceKick * 15)
            }
            // Hi-hat: a short noise burst half-way between kicks.
            let sinceHat = (t - 0.5).truncatingRemainder(dividingBy: 0.5)
            if t >= 0.5 && sinceHat < 0.03 {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                x += 0.15 * Double(Int64(bitPattern: state) >> 40) / Double(1 << 23) * exp(-sinceHat * 150)
            }
            samples[i] = Float(x)
        }
        return samples
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
