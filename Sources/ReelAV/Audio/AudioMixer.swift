import Foundation

/// Produces a mix block by block, in order, from the start of the video: each segment's sound
/// with its volume and fades, added together and kept under `ceiling` by a peak limiter.
///
/// The limiter sees each whole block before it is handed on, so it lowers the gain from the
/// block's first sample enough for its highest peak (no sample passes the ceiling, nothing is
/// clipped), and lets the gain come back over about 150 ms once the peaks have passed. Alone,
/// a file brought to its loudness target stays under −1 dBTP and the limiter does nothing; it
/// acts only where sounds add up (a crossfade, music over clip sound) beyond the ceiling.
///
/// A segment's files are opened when it starts and closed when it ends, so memory and open
/// files depend on how many segments play at once, not on how long the songs are.
final class AudioMixer {
    /// One segment placed in samples.
    private struct Placed {
        let segment: AudioMix.Segment
        let start: Int
        let end: Int
        let fadeIn: Int
        let fadeOut: Int
        /// The file's loudness-normalising gain (1 without a loudness target).
        var gain = 1.0
        var voice: SegmentVoice?
        var finished = false
    }

    /// The largest block `next(_:into:)` accepts.
    let blockSize: Int
    /// Where the audio ends, in samples: the video's last sample.
    let endSample: Int
    /// Samples produced so far.
    private(set) var position = 0
    private var placed: [Placed]
    private var scratch: StereoBlock
    /// Where clip sound plays (in samples), and the music's gain there.
    private let duckSpans: [Range<Int>]
    private let duckGain: Float
    private let duckRamp: Int
    private var duck: [Float]
    /// The limiter's current gain (1 when idle).
    private var limiterGain: Float = 1
    /// The highest sample level the limiter lets through: −1 dBFS.
    static let ceiling: Float = 0.891
    /// How far the limiter's gain comes back towards 1 per sample (about 150 ms to recover).
    private static let release: Float = 1 - Float(exp(-1.0 / (0.15 * Double(MixFormat.sampleRate))))

    /// Plans `mix` for a video that ends at `endSample` (in 48 kHz samples). With a loudness
    /// target, every file is measured first (once per process, see `LoudnessMeasurement.of`).
    ///
    /// - Throws: `AudioFileError` when a file cannot be measured.
    init(_ mix: AudioMix, endSample: Int, blockSize: Int) throws {
        self.blockSize = blockSize
        self.endSample = endSample
        scratch = StereoBlock(count: blockSize)
        placed = mix.segments.compactMap { s in
            let start = MixFormat.samples(ms: s.startMs)
            // A segment that reaches the end of the timeline ends exactly with the video.
            let end = s.endMs >= mix.durationMs ? endSample : min(MixFormat.samples(ms: s.endMs), endSample)
            guard end > start else { return nil }
            var fadeIn = MixFormat.samples(ms: s.fadeInMs), fadeOut = MixFormat.samples(ms: s.fadeOutMs)
            let length = end - start
            if fadeIn + fadeOut > length {
                // Both fades do not fit: shorten them in proportion.
                let total = fadeIn + fadeOut
                fadeIn = length * fadeIn / total
                fadeOut = length - fadeIn
            }
            return Placed(segment: s, start: start, end: end, fadeIn: fadeIn, fadeOut: fadeOut)
        }
        if let loudness = mix.loudness {
            for k in placed.indices where placed[k].segment.volume > 0 {
                let s = placed[k].segment
                // Music is measured whole (it may loop or start part-way); a clip where it plays.
                let m = s.role == .clip ? try LoudnessMeasurement.of(s.url, fromMs: s.sourceOffsetMs, durationMs: s.durationMs)
                                        : try LoudnessMeasurement.of(s.url)
                placed[k].gain = loudness.gain(for: m)
            }
        }
        duckSpans = placed.filter { $0.segment.role == .clip && $0.segment.volume > 0 }.map { $0.start..<$0.end }
        duckGain = Float(pow(10, -mix.ducking.depthDB / 20))
        duckRamp = MixFormat.samples(ms: mix.ducking.rampMs)
        duck = [Float](repeating: 1, count: blockSize)
    }

    /// The music's gain at each sample of the block from `blockStart`: 1, or lower around clip
    /// sound — reaching the ducked level as the clip's sound starts and coming back after it
    /// ends, each over the ramp. Returns false when nothing in the block is ducked.
    private func computeDuck(from blockStart: Int, count: Int) -> Bool {
        let near = duckSpans.filter { $0.lowerBound - duckRamp < blockStart + count && $0.upperBound + duckRamp > blockStart }
        guard !near.isEmpty else { return false }
        let ramp = Double(max(duckRamp, 1))
        for i in 0..<count {
            let t = blockStart + i
            var depth = 0.0
            for span in near {
                let d: Double
                if span.contains(t) { d = 1 }
                else if t < span.lowerBound { d = max(0, 1 - Double(span.lowerBound - t) / ramp) }
                else { d = max(0, 1 - Double(t - span.upperBound + 1) / ramp) }
                depth = max(depth, d)
            }
            duck[i] = 1 - (1 - duckGain) * Float(depth)
        }
        return true
    }

    /// Mixes the next `count` samples (at most `blockSize`) into `out`, from index 0.
    func next(_ count: Int, into out: inout StereoBlock) throws {
        precondition(count <= blockSize && count <= out.count)
        for i in 0..<count { out.left[i] = 0; out.right[i] = 0 }
        let blockStart = position, blockEnd = position + count
        let ducked = computeDuck(from: blockStart, count: count)
        for k in placed.indices where !placed[k].finished {
            let p = placed[k]
            guard p.start < blockEnd else { continue }
            let from = max(blockStart, p.start), to = min(blockEnd, p.end)
            if to > from {
                if placed[k].voice == nil { placed[k].voice = try SegmentVoice(p.segment, blockSize: blockSize) }
                try placed[k].voice!.render(to - from, into: &scratch)
                let duckOffset = ducked && p.segment.role == .music ? from - blockStart : nil
                add(scratch, count: to - from, placed: p, firstSample: from, into: &out, at: from - blockStart, duckOffset: duckOffset)
            }
            if p.end <= blockEnd {
                placed[k].voice = nil  // closes its files
                placed[k].finished = true
            }
        }
        limit(&out, count: count)
        position = blockEnd
    }

    /// Keeps the block's samples within ±`ceiling`: the gain drops at once to what the block's
    /// highest peak needs, and recovers smoothly (never above what that peak allows).
    private func limit(_ out: inout StereoBlock, count: Int) {
        var peak: Float = 0
        for i in 0..<count {
            // A damaged file's decoder may hand out NaN or infinity: silence, not noise.
            if !out.left[i].isFinite { out.left[i] = 0 }
            if !out.right[i].isFinite { out.right[i] = 0 }
            peak = max(peak, abs(out.left[i]), abs(out.right[i]))
        }
        let allowed = peak > Self.ceiling ? Self.ceiling / peak : 1
        if allowed < limiterGain { limiterGain = allowed }
        guard limiterGain < 1 || allowed < 1 else { return }
        for i in 0..<count {
            limiterGain = min(allowed, limiterGain + (1 - limiterGain) * Self.release)
            out.left[i] *= limiterGain
            out.right[i] *= limiterGain
        }
    }

    /// Adds `count` samples of `sound` (the segment's samples from `firstSample` on) to
    /// `out[offset...]`, with the segment's volume and fades.
    private func add(_ sound: StereoBlock, count: Int, placed p: Placed, firstSample: Int,
                     into out: inout StereoBlock, at offset: Int, duckOffset: Int?) {
        let volume = p.segment.volume * p.gain
        let fadeIn = Double(p.fadeIn), fadeOut = Double(p.fadeOut)
        for i in 0..<count {
            let t = firstSample + i
            var gain = volume
            if p.fadeIn > 0 { gain *= min(1, (Double(t - p.start) + 0.5) / fadeIn) }
            if p.fadeOut > 0 { gain *= min(1, (Double(p.end - t) - 0.5) / fadeOut) }
            var g = Float(gain)
            if let duckOffset { g *= duck[duckOffset + i] }
            out.left[offset + i] += sound.left[i] * g
            out.right[offset + i] += sound.right[i] * g
        }
    }
}
