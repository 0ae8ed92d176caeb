import Foundation

/// Placing the tracker's predicted beats on the hits heard, and keeping those that keep time.
extension BeatTracker {
    /// Beat times found so far, ms from the first sample fed, increasing: every predicted beat
    /// moved onto the sharpest rise in level within `onsetWindowMs` of it, then only the beats
    /// in runs that keep time (`minimumRun`, `periodTolerance`).
    /// The tracker needs a few seconds to lock on; before its first beat the beat period is
    /// extended backwards, each beat there kept only where a hit is heard; and before the first
    /// run that keeps time, beats are added one period back at a time while hits are heard there.
    public var beatsMs: [Double] {
        let levels = tuning.bands ? [energies, lowEnergies, highEnergies] : [energies]
        let hits = HitFinder(levels: levels)
        let window = Int(Self.onsetWindowMs)
        var candidates = predicted
        let period = bpm > 30 ? 60_000 / bpm : 0
        if let first = predicted.first, period > 0 {
            var t = first - period
            var earlier: [Double] = []
            while t >= -Self.onsetWindowMs { earlier.append(t); t -= period }
            candidates = earlier.reversed() + predicted
        }
        var beats: [Double] = []
        for p in candidates {
            if let start = hits.hit(near: Int(p.rounded()), within: window), start > (beats.last ?? -1) { beats.append(start) }
        }
        guard tuning.keepTime else { return beats }
        var kept = Self.keepingTime(beats, periodMs: period)
        // Before the first run: one period back at a time, the hit within the run's tolerance.
        guard let first = kept.first else { return kept }
        let tolerance = Int(max(15, Self.periodTolerance * period))
        var earlier: [Double] = []
        var reference = first, misses = 0
        while misses < 2, reference - Double(misses + 1) * period >= Double(-tolerance) {
            let guess = reference - Double(misses + 1) * period
            if let start = hits.hit(near: Int(guess.rounded()), within: tolerance), start < reference {
                earlier.append(start)
                reference = start
                misses = 0
            } else {
                misses += 1
            }
        }
        kept = earlier.reversed() + kept
        return kept
    }

    /// The beats of `beats` that belong to a run of at least `minimumRun`, each gap in it one
    /// or two `periodMs` long (within `periodTolerance`); none when there is no period.
    static func keepingTime(_ beats: [Double], periodMs: Double) -> [Double] {
        guard periodMs > 0, beats.count >= minimumRun else { return [] }
        let tolerance = max(15, periodTolerance * periodMs)
        func linked(_ a: Double, _ b: Double) -> Bool {
            let gap = b - a
            return abs(gap - periodMs) <= tolerance || abs(gap - 2 * periodMs) <= tolerance
        }
        var kept: [Double] = []
        var run: [Double] = [beats[0]]
        for b in beats.dropFirst() {
            if linked(run[run.count - 1], b) {
                run.append(b)
            } else {
                if run.count >= minimumRun { kept += run }
                run = [b]
            }
        }
        if run.count >= minimumRun { kept += run }
        return kept
    }
}

/// Finds where a hit starts near a time: the sharpest rise in level (the 10 ms from a moment
/// against the 30 ms before, in dB, at least `BeatTracker.onsetRiseDB`) in any of the levels
/// (1 ms steps), then the first ms of it with a quarter of its peak energy.
struct HitFinder {
    let levels: [[Float]]
    /// `levels[b][0..<i]` summed, for every i (one more element than each level).
    private let sums: [[Double]]
    private let before = 30, after = 10

    init(levels: [[Float]]) {
        self.levels = levels
        sums = levels.map { level in
            var sums = [Double](repeating: 0, count: level.count + 1)
            var total = 0.0
            for (i, e) in level.enumerated() { total += Double(e); sums[i + 1] = total }
            return sums
        }
    }

    /// The start of the hit within `window` ms of `centre` ms, or nil when none is heard.
    func hit(near centre: Int, within window: Int) -> Double? {
        guard let count = levels.first?.count else { return nil }
        let lower = max(before, centre - window), upper = min(count - after, centre + window)
        guard lower <= upper else { return nil }
        var best: (ms: Int, rise: Float, band: Int)?
        for (band, sum) in sums.enumerated() {
            for t in lower...upper {
                let e0 = Float(sum[t] - sum[t - before]), e1 = Float(sum[t + after] - sum[t])
                let rise = 10 * log10((max(e1, 0) / Float(after) + 1e-10) / (max(e0, 0) / Float(before) + 1e-10))
                if rise >= BeatTracker.onsetRiseDB, rise > (best?.rise ?? -.infinity) { best = (t, rise, band) }
            }
        }
        guard let best else { return nil }
        // The window can start a little before the hit when silence precedes it.
        let level = levels[best.band]
        let peak = level[best.ms..<(best.ms + after)].max() ?? 0
        return Double((best.ms..<(best.ms + after)).first { level[$0] >= peak / 4 } ?? best.ms)
    }
}
