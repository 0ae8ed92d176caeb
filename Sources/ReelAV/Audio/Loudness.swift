internal import CEbur128
import Foundation

extension AudioMix {
    /// How every file of a mix is brought to the same loudness before its volume applies.
    ///
    /// Each music file's integrated loudness (EBU R128 / ITU-R BS.1770) and true peak are
    /// measured once (`LoudnessMeasurement.of`) over the whole file — a clip's over the part that
    /// plays — and the file plays with the gain that brings it to
    /// `targetLUFS` — lowered where needed so its true peak stays at or below `ceilingDBTP`,
    /// and raised by at most `maxBoostDB` (a near-silent file is not blown up into noise).
    /// A segment's `volume` then applies on top: at the default 0.35 (−9.1 dB) music sits near
    /// −25 LUFS, well under clip sound at volume 1 (−16 LUFS).
    public struct Loudness: Sendable, Hashable {
        /// The loudness every file is brought to before its volume, LUFS (default −16).
        public var targetLUFS: Double
        /// The highest true peak a file may reach after its gain, dBTP (default −1).
        public var ceilingDBTP: Double
        /// The most a quiet file is raised, dB (default 24).
        public var maxBoostDB: Double

        /// Creates a loudness target.
        public init(targetLUFS: Double = -16, ceilingDBTP: Double = -1, maxBoostDB: Double = 24) {
            self.targetLUFS = targetLUFS
            self.ceilingDBTP = ceilingDBTP
            self.maxBoostDB = maxBoostDB
        }

        /// The linear gain that brings a file measured as `m` to the target: 1 for a silent file.
        public func gain(for m: LoudnessMeasurement) -> Double {
            guard m.integratedLUFS.isFinite else { return 1 }
            var db = min(targetLUFS - m.integratedLUFS, maxBoostDB)
            if m.truePeakDBTP.isFinite { db = min(db, ceilingDBTP - m.truePeakDBTP) }
            return pow(10, db / 20)
        }
    }
}

/// A file's loudness as EBU R128 measures it, decoded at the mix rate (48 kHz stereo).
public struct LoudnessMeasurement: Sendable, Hashable {
    /// Integrated (gated) loudness over the whole file, LUFS; −∞ for silence.
    public var integratedLUFS: Double
    /// The highest true (inter-sample, 4× oversampled) peak of either channel, dBTP; −∞ for silence.
    public var truePeakDBTP: Double

    /// Creates a measurement from known figures.
    public init(integratedLUFS: Double, truePeakDBTP: Double) {
        self.integratedLUFS = integratedLUFS
        self.truePeakDBTP = truePeakDBTP
    }

    /// Measures `url` by decoding it: all of it, or only `durationMs` from `fromMs` on (the
    /// part of a video clip that plays, so a long clip is not read to its end).
    ///
    /// - Throws: `AudioFileError` naming the file when it cannot be opened or decoded.
    public init(measuring url: URL, fromMs: Int = 0, durationMs: Int? = nil) throws {
        MusicAnalysis.counter.add(url)
        let meter = try LoudnessMeter()
        let reader = try AudioFileReader(url: url)
        try reader.skip(MixFormat.samples(ms: max(0, fromMs)))
        var remaining = durationMs.map { MixFormat.samples(ms: max(0, $0)) } ?? Int.max
        let blockSize = MixFormat.sampleRate / 10
        var block = StereoBlock(count: blockSize)
        var interleaved = [Float](repeating: 0, count: 2 * blockSize)
        while remaining > 0 {
            let got = try reader.read(min(blockSize, remaining), into: &block)
            if got == 0 { break }
            remaining -= got
            for i in 0..<got {
                interleaved[2 * i] = block.left[i]
                interleaved[2 * i + 1] = block.right[i]
            }
            try meter.add(interleaved, frames: got, path: url.path)
        }
        self = meter.result
    }

    /// The measurement of `url` (or of its part from `fromMs`, `durationMs` long), taken once
    /// per process while the file's path, size and modification date stay the same.
    ///
    /// - Throws: `AudioFileError` naming the file when it cannot be opened or decoded.
    /// A whole file's measurement comes from `MusicAnalysis.of`, the same pass that checks it
    /// and finds its length.
    public static func of(_ url: URL, fromMs: Int = 0, durationMs: Int? = nil) throws -> LoudnessMeasurement {
        if fromMs == 0 && durationMs == nil { return try MusicAnalysis.of(url).loudness }
        let key = FileVersionCache<LoudnessMeasurement>.key(url).map { "\($0)|\(fromMs)|\(durationMs ?? -1)" }
        if let key, let known = loudnessCache[key] { return known }
        let measured = try LoudnessMeasurement(measuring: url, fromMs: fromMs, durationMs: durationMs)
        if let key { loudnessCache[key] = measured }
        return measured
    }
}

/// libebur128's state for one measurement (integrated loudness and true peak, stereo 48 kHz).
final class LoudnessMeter {
    private var state: UnsafeMutablePointer<ebur128_state>?

    init() throws {
        let mode = Int32(EBUR128_MODE_I.rawValue | EBUR128_MODE_TRUE_PEAK.rawValue)
        guard let state = ebur128_init(UInt32(MixFormat.channels), UInt(MixFormat.sampleRate), mode) else {
            throw AVError(.library, operation: "measure loudness", reason: "libebur128 could not start")
        }
        self.state = state
    }

    deinit { ebur128_destroy(&state) }

    /// Adds `frames` interleaved stereo frames.
    func add(_ interleaved: [Float], frames: Int, path: String) throws {
        let status = interleaved.withUnsafeBufferPointer { ebur128_add_frames_float(state, $0.baseAddress, frames) }
        guard status == Int32(EBUR128_SUCCESS.rawValue) else {
            throw AVError(.library, operation: "measure the loudness of \(path)", reason: "libebur128 error \(status)")
        }
    }

    /// Integrated loudness and true peak of everything added.
    var result: LoudnessMeasurement {
        var lufs = -Double.infinity
        if ebur128_loudness_global(state, &lufs) != Int32(EBUR128_SUCCESS.rawValue) || !lufs.isFinite { lufs = -.infinity }
        var peak = 0.0
        for channel in 0..<UInt32(MixFormat.channels) {
            var p = 0.0
            if ebur128_true_peak(state, channel, &p) == Int32(EBUR128_SUCCESS.rawValue), p.isFinite { peak = max(peak, p) }
        }
        return LoudnessMeasurement(integratedLUFS: lufs, truePeakDBTP: peak > 0 ? 20 * log10(peak) : -.infinity)
    }
}

/// Measurements already taken in this process.
private let loudnessCache = FileVersionCache<LoudnessMeasurement>()
