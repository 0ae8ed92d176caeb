import Foundation
import Testing
@testable import ReelAnalysis

/// Beat tracking measured on music-like material: a beat under louder sustained sound.
@Suite("Beat tracking on music")
struct BeatMaterialTests {
    static let materials: [MusicMaterial] = [
        .make("kick 120 + off-beat hats + pad +6 dB", bpm: 120, seconds: 20, drums: [.kick, .offbeatHats], padDB: 6),
        .make("clicks 120 + pad +6 dB", bpm: 120, seconds: 20, drums: .click, padDB: 6),
        .make("clicks 120 + pad +12 dB", bpm: 120, seconds: 20, drums: .click, padDB: 12),
        .make("kick 97 + bass + pad +12 dB", bpm: 97, seconds: 20, drums: .kick, padDB: 12, bass: true),
        .make("kick/snare 140 + swing hats + bass + pad +6 dB", bpm: 140, seconds: 20,
              drums: [.kick, .snare, .swingHats], padDB: 6, bass: true),
        .make("3 s intro, then kick 120 + hats + bass + pad +12 dB", bpm: 120, seconds: 23,
              drums: [.kick, .syncopatedHats], padDB: 12, bass: true, intro: 3),
        .make("song: kick/snare 120, syncopated hats, bass, pad +12 dB, voice", bpm: 120, seconds: 20,
              drums: [.kick, .snare, .syncopatedHats], padDB: 12, bass: true, voice: true),
    ]

    static func track(_ m: MusicMaterial, _ tuning: BeatTuning) -> [Double] {
        let tracker = BeatTracker(sampleRate: MusicMaterial.rate, tuning: tuning)
        tracker.feed(m.samples)
        return tracker.beatsMs
    }

    @Test("a beat under a louder pad, bass, hats, an intro, a voice: ≥ 90 % of beats within a frame, ≤ 1 wrong",
          arguments: materials.indices)
    func music(_ index: Int) {
        let m = Self.materials[index]
        let found = Self.track(m, BeatTuning())
        let (rate, wrong) = m.score(found)
        #expect(rate >= 0.9, "\(m.name): \(Int(rate * 100)) % of \(m.beatsMs.count) beats; found \(found.map { Int($0) })")
        #expect(wrong <= 1, "\(m.name): \(wrong) wrong beats; found \(found.map { Int($0) })")
    }

    @Test("hits with no pulse under a pad: no beats, so the planner declines")
    func irregular() {
        let m = MusicMaterial.irregular()
        let found = Self.track(m, BeatTuning())
        #expect(found.count <= 3, "\(found.map { Int($0) })")
    }

    @Test("runs that keep time are kept, stray beats dropped")
    func keepingTime() {
        let steady = (0..<6).map { 1000 + 500 * Double($0) }
        #expect(BeatTracker.keepingTime(steady, periodMs: 500) == steady)
        // One beat missing (a gap of two periods) keeps the run; a stray beat between runs goes.
        let gapped = [1000.0, 1500, 2500, 3000, 3730, 6000, 6500, 7000]
        #expect(BeatTracker.keepingTime(gapped, periodMs: 500) == [1000, 1500, 2500, 3000])
        #expect(BeatTracker.keepingTime(steady, periodMs: 0).isEmpty)
    }

    /// Prints hit rate and wrong beats for each setting measured; run with REEL_BEAT_SURVEY=1.
    @Test("survey of settings", .enabled(if: ProcessInfo.processInfo.environment["REEL_BEAT_SURVEY"] != nil))
    func survey() {
        var tunings: [(String, BeatTuning)] = [("before (energy, whole, no bands)", .plain)]
        for method in ["energy", "specflux", "hfc", "complex", "phase", "mkl", "kl", "specdiff"] {
            for feed in [BeatTuning.Feed.whole, .lowAndHigh] {
                tunings.append(("\(method) \(feed.rawValue)", BeatTuning(method: method, feed: feed)))
            }
        }
        tunings.append(("energy lowAndHigh, no run rule", BeatTuning(keepTime: false)))

        let all = Self.materials + [MusicMaterial.irregular()]
        // Four minutes of the song-like mix: the cost of listening to a whole song.
        let song = Self.materials[Self.materials.count - 1].samples
        let long = Array([[Float]](repeating: song, count: 12).joined())
        for (label, tuning) in [("before", BeatTuning.plain), ("chosen", BeatTuning())] {
            let clock = ContinuousClock()
            let start = clock.now
            let tracker = BeatTracker(sampleRate: MusicMaterial.rate, tuning: tuning)
            tracker.feed(long)
            _ = tracker.beatsMs
            print("SURVEY 4-minute song, \(label): \(clock.now - start)")
        }
        for (label, tuning) in tunings {
            var line = label.padding(toLength: 36, withPad: " ", startingAt: 0)
            let clock = ContinuousClock()
            let start = clock.now
            for m in all {
                let (rate, wrong) = m.score(Self.track(m, tuning))
                line += String(format: " | %3.0f%% %2d", rate * 100, wrong)
            }
            let band = BeatTracker(sampleRate: 48_000, tuning: tuning)
            band.feed(BeatTrackerTests.band())
            let onKicks = band.beatsMs.filter { b in abs(b - (250 + 500 * ((b - 250) / 500).rounded())) <= 10 }.count
            line += " | band \(onKicks)/\(band.beatsMs.count) | \(clock.now - start)"
            print("SURVEY " + line)
        }
    }
}
