internal import CAubio
import Foundation

/// Finds the beats of a piece of music: feed it mono samples in order, then read `beatsMs`.
///
/// Uses aubio's tempo tracker (its spectral-flux onset function followed by a beat-period and
/// phase tracker) to find where a listener would tap, then places each beat on the
/// sharpest rise in loudness within `onsetWindowMs` of it (the 10 ms from a moment against the
/// 30 ms before, measured in 1 ms steps): the tracker's beats drift by up to a few tens of ms
/// between its corrections, the rise is where the hit is heard. A predicted beat with no rise of
/// at least `onsetRiseDB` near it (a pause, silence, steady noise) is dropped, so a cut is never
/// put on a beat nobody hears.
///
/// Music is mostly a beat under louder sustained sound (chords, pads, voices), which hides the
/// hits in the loudness of the whole. So the tracker listens to the two bands where the drums
/// stand out — below 150 Hz (kick, bass notes) and above 2 kHz (clicks, hats, the attack of a
/// kick or snare), with the middle, where chords and voices sit, left out — and rises are looked
/// for in each band as well as in the whole, the largest counting. Last, only beats that keep
/// time are kept: a beat must belong to a run of at least `minimumRun` whose gaps are one or two
/// beat periods (within `periodTolerance`), so hits that fall near predicted beats by chance
/// (music without a steady pulse) give no beats, and the cut planner declines.
/// Memory: one analysis window, the beat times and three levels per ms (about 3 MB for 4 minutes).
///
/// Speed: aubio listens to a quarter of the samples (at 48 kHz: the mean of each 4, so 12 kHz,
/// with its steps and window a quarter as long — the same 10.7 ms and 43 ms); the band filters
/// and level envelopes take every sample (a few multiply-adds each).
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
    let tuning: BeatTuning
    private let tempoBox: AubioTempoBox?
    private let inputBox: AubioVectorBox?
    private let outputBox: AubioVectorBox?
    /// How many input samples make one sample for aubio (their mean).
    private let decimation: Int
    private var decimationSum: Float = 0
    private var decimationFilled = 0
    /// Samples aubio takes per step (`hopSize / decimation`).
    private let aubioHop: Int
    private var binEnergy = 0.0, binLow = 0.0, binHigh = 0.0
    private var binFilled = 0
    private let binSize: Int
    /// Mean energy of each 1 ms step: of the whole, of the low band, of the high band.
    var energies: [Float] = []
    var lowEnergies: [Float] = []
    var highEnergies: [Float] = []
    // Band filters: two one-pole low-passes at 150 Hz; a one-pole high-pass at 2 kHz followed
    // by a first difference (12 dB/octave below 2 kHz in all).
    private let lowCoefficient: Float
    private let highCoefficient: Float
    private var low1: Float = 0, low2: Float = 0, mid: Float = 0, previousHigh: Float = 0
    private var filled = 0
    var predicted: [Double] = []
    private var lastBeat: UInt32 = 0
    /// How far from a predicted beat its onset may be, ms.
    public static let onsetWindowMs = 70.0

    /// How much louder the 10 ms from a hit on must be than the 30 ms before it, dB (in the
    /// whole or in one of the bands).
    public static let onsetRiseDB: Float = 6

    /// The fewest beats in a row, each one or two beat periods after the last, that count as a
    /// pulse; shorter runs are dropped.
    public static let minimumRun = 4

    /// How far a gap between two beats of a run may be from one or two beat periods, as a share
    /// of the period (at least 15 ms).
    public static let periodTolerance = 0.05

    /// Creates a tracker for mono samples at `sampleRate` (8 000…192 000 Hz; other rates are clamped).
    public convenience init(sampleRate: Int) {
        self.init(sampleRate: sampleRate, tuning: BeatTuning())
    }

    /// A tracker with other settings (for measuring them against each other).
    init(sampleRate: Int, tuning: BeatTuning) {
        let rate = min(max(sampleRate, 8_000), 192_000)
        self.sampleRate = rate
        self.tuning = tuning
        // About 10.7 ms steps and a 43 ms window at 48 kHz, scaled for other rates.
        let hop = max(64, 512 * rate / 48_000)
        hopSize = hop
        decimation = rate >= 32_000 ? 4 : rate >= 16_000 ? 2 : 1
        aubioHop = hop / decimation
        tempoBox = AubioTempoBox(method: tuning.method, bufferSize: 4 * aubioHop, hopSize: aubioHop, sampleRate: rate / decimation)
        // A beat that falls on a quiet step still counts (aubio drops beats in steps below its
        // silence threshold, which loses beats between short percussive hits).
        if let tempo = tempoBox?.pointer {
            aubio_tempo_set_silence(tempo, -1000)
            if let threshold = tuning.threshold { aubio_tempo_set_threshold(tempo, threshold) }
        }
        binSize = max(1, rate / 1000)
        lowCoefficient = Float(1 - exp(-2 * Double.pi * 150 / Double(rate)))
        highCoefficient = Float(1 - exp(-2 * Double.pi * 2_000 / Double(rate)))
        inputBox = AubioVectorBox(length: aubioHop)
        outputBox = AubioVectorBox(length: 1)
    }

    /// Analyses the next `samples` (mono, −1…1). Non-finite samples count as silence.
    public func feed(_ samples: UnsafeBufferPointer<Float>) {
        guard let tempo = tempoBox?.pointer, let input = inputBox?.pointer, let output = outputBox?.pointer,
              let data = input.pointee.data else { return }
        let feed = tuning.feed
        for sample in samples {
            let x = sample.isFinite ? sample : 0
            low1 += lowCoefficient * (x - low1)
            low2 += lowCoefficient * (low1 - low2)
            mid += highCoefficient * (x - mid)
            let highPassed = x - mid
            let high = highPassed - previousHigh
            previousHigh = highPassed
            binEnergy += Double(x * x)
            binLow += Double(low2 * low2)
            binHigh += Double(high * high)
            binFilled += 1
            if binFilled == binSize {
                energies.append(Float(binEnergy / Double(binSize)))
                lowEnergies.append(Float(binLow / Double(binSize)))
                highEnergies.append(Float(binHigh / Double(binSize)))
                binEnergy = 0
                binLow = 0
                binHigh = 0
                binFilled = 0
            }
            switch feed {
            case .whole: decimationSum += x
            case .high: decimationSum += high
            case .lowAndHigh: decimationSum += low2 + 2 * high
            }
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

/// Settings of `BeatTracker` that were measured against each other; the defaults are the ones
/// chosen.
struct BeatTuning: Sendable {
    /// What aubio's tracker listens to.
    enum Feed: String, Sendable { case whole, high, lowAndHigh }
    /// aubio's onset function (`energy`, `specflux`, `hfc`, `complex`, `phase`, `mkl`, `kl`, …).
    var method = "specflux"
    var feed = Feed.whole
    /// Rises are also looked for in the low and high bands.
    var bands = true
    /// Only beats in runs that keep time are kept.
    var keepTime = true
    /// aubio's peak-picking threshold; nil keeps aubio's default.
    var threshold: Float?

    /// The tracker as it was before the bands and the run rule.
    static let plain = BeatTuning(method: "energy", feed: .whole, bands: false, keepTime: false)
}
