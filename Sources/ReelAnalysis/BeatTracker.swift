internal import CAubio
import Foundation

/// Finds the beats of a piece of music: feed it mono samples in order, then read `beatsMs`.
///
/// Uses aubio's tempo tracker (its energy onset function followed by a beat-period and phase
/// tracker) to find where a listener would tap, then places each beat on the sharpest rise in
/// loudness within `onsetWindowMs` of it (the 10 ms from a moment against the 30 ms before,
/// measured in 1 ms steps): the tracker's beats drift by up to a few tens of ms between its
/// corrections, the rise is where the hit is heard. A predicted beat with no rise of at least
/// `onsetRiseDB` near it (a pause, silence, steady noise) is dropped, so a cut is never put on
/// a beat nobody hears.
/// Memory: one analysis window, the beat times and one level per ms (about 1 MB for 4 minutes).
///
/// Speed: aubio listens to a quarter of the samples (at 48 kHz: the mean of each 4, so 12 kHz,
/// with its steps and window a quarter as long — the same 10.7 ms and 43 ms): its beats move by
/// about 1 ms RMS (2 ms at most) against listening to every sample, which the placement on the
/// hit absorbs, for a quarter of the work. The level envelope still takes every sample.
///
/// ```swift
/// let tracker = BeatTracker(sampleRate: 48_000)
/// samples.withUnsafeBufferPointer { tracker.feed($0) }
/// let beats = tracker.beatsMs   // e.g. [250.1, 750.0, 1250.2, …]
/// ```
public final class BeatTracker {
    /// Samples per analysis step (about 10.7 ms at 48 kHz): the resolution of a beat's time.
    public let hopSize: Int
    /// The sample rate of the samples fed, Hz.
    public let sampleRate: Int
    private let tempoBox: AubioTempoBox?
    private let inputBox: AubioVectorBox?
    private let outputBox: AubioVectorBox?
    /// How many input samples make one sample for aubio (their mean).
    private let decimation: Int
    private var decimationSum: Float = 0
    private var decimationFilled = 0
    /// Samples aubio takes per step (`hopSize / decimation`).
    private let aubioHop: Int
    private var binEnergy = 0.0
    private var binFilled = 0
    private let binSize: Int
    /// Mean energy of each 1 ms step.
    private var energies: [Float] = []
    private var filled = 0
    private var predicted: [Double] = []
    private var lastBeat: UInt32 = 0
    /// How far from a predicted beat its onset may be, ms.
    public static let onsetWindowMs = 70.0

    /// How much louder the 10 ms from a hit on must be than the 30 ms before it, dB.
    public static let onsetRiseDB: Float = 6

    /// Beat times found so far, ms from the first sample fed, increasing: every predicted beat
    /// moved onto the sharpest rise in level within `onsetWindowMs` of it.
    /// The tracker needs a few seconds to lock on; before its first beat the beat period is
    /// extended backwards, each beat there kept only where a hit is heard.
    public var beatsMs: [Double] {
        var beats: [Double] = []
        let window = Int(Self.onsetWindowMs)
        var candidates = predicted
        if let first = predicted.first, bpm > 30 {
            let period = 60_000 / bpm
            var t = first - period
            var earlier: [Double] = []
            while t >= -Self.onsetWindowMs { earlier.append(t); t -= period }
            candidates = earlier.reversed() + predicted
        }
        for p in candidates {
            let centre = Int(p.rounded())
            var best: (ms: Int, rise: Float)?
            // The rise at ms t: energy over the next `after` ms against the `before` ms before t,
            // in dB — largest when t is the hit's first ms (1 ms bins alone swing with every
            // cycle of a bass note).
            let before = 30, after = 10
            let lower = max(before, centre - window), upper = min(energies.count - after, centre + window)
            guard lower <= upper else { continue }
            for t in lower...upper {
                var e0: Float = 0, e1: Float = 0
                for k in (t - before)..<t { e0 += energies[k] }
                for k in t..<(t + after) { e1 += energies[k] }
                let rise = 10 * log10((e1 / Float(after) + 1e-10) / (e0 / Float(before) + 1e-10))
                if rise >= Self.onsetRiseDB, best == nil || rise > best!.rise { best = (t, rise) }
            }
            guard let best else { continue }
            // Where in that window the hit starts: its first ms with a quarter of the peak
            // energy (the window can start a little before the hit when silence precedes it).
            let peak = energies[best.ms..<(best.ms + after)].max() ?? 0
            let start = (best.ms..<(best.ms + after)).first { energies[$0] >= peak / 4 } ?? best.ms
            if Double(start) > (beats.last ?? -1) { beats.append(Double(start)) }
        }
        return beats
    }

    /// Creates a tracker for mono samples at `sampleRate` (8 000…192 000 Hz; other rates are clamped).
    public init(sampleRate: Int) {
        let rate = min(max(sampleRate, 8_000), 192_000)
        self.sampleRate = rate
        // About 10.7 ms steps and a 43 ms window at 48 kHz, scaled for other rates.
        let hop = max(64, 512 * rate / 48_000)
        hopSize = hop
        decimation = rate >= 32_000 ? 4 : rate >= 16_000 ? 2 : 1
        aubioHop = hop / decimation
        tempoBox = AubioTempoBox(method: "energy", bufferSize: 4 * aubioHop, hopSize: aubioHop, sampleRate: rate / decimation)
        // A beat that falls on a quiet step still counts (aubio drops beats in steps below its
        // silence threshold, which loses beats between short percussive hits).
        if let tempo = tempoBox?.pointer { aubio_tempo_set_silence(tempo, -1000) }
        binSize = max(1, rate / 1000)
        inputBox = AubioVectorBox(length: aubioHop)
        outputBox = AubioVectorBox(length: 1)
    }

    /// Analyses the next `samples` (mono, −1…1). Non-finite samples count as silence.
    public func feed(_ samples: UnsafeBufferPointer<Float>) {
        guard let tempo = tempoBox?.pointer, let input = inputBox?.pointer, let output = outputBox?.pointer,
              let data = input.pointee.data else { return }
        for sample in samples {
            let x = sample.isFinite ? sample : 0
            binEnergy += Double(x * x)
            binFilled += 1
            if binFilled == binSize {
                energies.append(Float(binEnergy / Double(binSize)))
                binEnergy = 0
                binFilled = 0
            }
            decimationSum += x
            decimationFilled += 1
            guard decimationFilled == decimation else { continue }
            data[filled] = decimationSum / Float(decimation)
            decimationSum = 0
            decimationFilled = 0
            filled += 1
            if filled == aubioHop {
                filled = 0
                aubio_tempo_do(tempo, input, output)
                // aubio marks a beat with its fractional position (0 for one on a step's first
                // sample) and clears it on quiet steps, but always moves its last beat: use that.
                let last = aubio_tempo_get_last(tempo)
                if last != lastBeat {
                    lastBeat = last
                    let ms = Double(aubio_tempo_get_last_ms(tempo))
                    if ms.isFinite, ms >= 0, ms > (predicted.last ?? -1) { predicted.append(ms) }
                }
            }
        }
    }

    /// Analyses `samples` (mono, −1…1).
    public func feed(_ samples: [Float]) {
        samples.withUnsafeBufferPointer { feed($0) }
    }

    /// The tempo the tracker settled on, beats per minute; 0 when it found none.
    public var bpm: Double {
        guard let tempo = tempoBox?.pointer else { return 0 }
        let value = Double(aubio_tempo_get_bpm(tempo))
        return value.isFinite ? value : 0
    }
}
