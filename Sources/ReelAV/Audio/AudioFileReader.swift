internal import CFFmpeg
import Foundation

/// Decodes one audio file from its start, in order, resampled to the mix format.
///
/// An `AudioStreamDecoder` opens the file and decodes it, an `AudioResampler` brings each frame
/// to the mix format; this type buffers the result. Samples are decoded only as far as
/// `fill(_:)` asks, and handed out once by `read(_:into:at:)`, so memory stays at the size of
/// the requests however long the song is.
final class AudioFileReader {
    private let decoder: AudioStreamDecoder
    private let resampler: AudioResampler

    /// Decoded, resampled samples not yet read: `left[head...]`, `right[head...]`.
    private var left: [Float] = []
    private var right: [Float] = []
    private var head = 0

    /// No more samples will be decoded: what is buffered is the rest of the file.
    private(set) var reachedEnd = false

    /// Opens `url` and its best audio stream, without decoding anything yet.
    ///
    /// - Throws: `AudioFileError` naming `url` — missing, not media, no sound, or a codec this
    ///   libav cannot decode.
    init(url: URL) throws {
        decoder = try AudioStreamDecoder(url: url)
        resampler = AudioResampler(path: decoder.path)
    }

    /// The file, as it was named (used in errors).
    var path: String { decoder.path }
    /// The decoder's name, e.g. `"mp3float"`.
    var codecName: String { decoder.codecName }
    /// The file's own sample rate.
    var sourceRate: Int { decoder.sourceRate }
    /// The file's own channel count.
    var sourceChannels: Int { decoder.sourceChannels }
    /// The file's declared length in ms, when the container knows it (not a bitrate guess).
    var declaredDurationMs: Int? { decoder.declaredDurationMs }
    /// Packets the decoder rejected as invalid (skipped, like players do).
    var decodeErrors: Int { decoder.decodeErrors }
    /// The demuxer error that ended the file early, if it did not end cleanly.
    var readError: Int32? { decoder.readError }

    /// Samples decoded and not yet read.
    var available: Int { left.count - head }

    /// Decodes until at least `count` samples are buffered or the file has ended.
    /// Returns the number buffered (less than `count` only at the end of the file).
    @discardableResult
    func fill(_ count: Int) throws -> Int {
        while available < count && !reachedEnd { try step(resample: true) { _, _ in } }
        return available
    }

    /// Copies up to `count` buffered samples into `left`/`right` from `offset` on, zero-filling
    /// what the file cannot provide; consumes them. Returns the number of real samples copied.
    @discardableResult
    func read(_ count: Int, into out: inout StereoBlock, at offset: Int = 0) throws -> Int {
        let got = min(try fill(count), count)
        if got > 0 {
            out.left.withUnsafeMutableBufferPointer { dst in
                left.withUnsafeBufferPointer { src in
                    (dst.baseAddress! + offset).update(from: src.baseAddress! + head, count: got)
                }
            }
            out.right.withUnsafeMutableBufferPointer { dst in
                right.withUnsafeBufferPointer { src in
                    (dst.baseAddress! + offset).update(from: src.baseAddress! + head, count: got)
                }
            }
        }
        for i in (offset + got)..<(offset + count) { out.left[i] = 0; out.right[i] = 0 }
        consume(got)
        return got
    }

    /// Drops the next `count` samples (e.g. to start part-way into the song).
    func skip(_ count: Int) throws {
        var remaining = count
        while remaining > 0 {
            let step = min(remaining, MixFormat.sampleRate)
            let got = min(try fill(step), step)
            consume(got)
            remaining -= got
            if got == 0 { return }
        }
    }

    /// Decodes the whole rest of the file without resampling; returns its length in seconds.
    /// Used to check a file before rendering.
    func scanToEnd() throws -> Double {
        var seconds = 0.0
        while !reachedEnd {
            try step(resample: false) { samples, rate in
                if rate > 0 { seconds += Double(samples) / Double(rate) }
            }
        }
        return seconds
    }

    /// Decodes the whole rest of the file once, resampled, handing every sample to `meter` in
    /// 0.1 s blocks (the blocks a measurement of its own feeds, so the figures are the same);
    /// returns the length in seconds at the file's own rate, counted as `scanToEnd()` counts it.
    func scanToEnd(measuring meter: LoudnessMeter) throws -> Double {
        var seconds = 0.0
        let block = MixFormat.sampleRate / 10
        var interleaved = [Float](repeating: 0, count: 2 * block)
        func feed(_ n: Int) throws {
            for i in 0..<n {
                interleaved[2 * i] = left[head + i]
                interleaved[2 * i + 1] = right[head + i]
            }
            try meter.add(interleaved, frames: n, path: path)
            consume(n)
        }
        while !reachedEnd {
            try step(resample: true) { samples, rate in
                if rate > 0 { seconds += Double(samples) / Double(rate) }
            }
            while available >= block { try feed(block) }
        }
        if available > 0 { try feed(available) }
        return seconds
    }

    private func consume(_ count: Int) {
        head += count
        if head == left.count {
            left.removeAll(keepingCapacity: true)
            right.removeAll(keepingCapacity: true)
            head = 0
        } else if head >= 1 << 16 {
            left.removeFirst(head)
            right.removeFirst(head)
            head = 0
        }
    }

    /// One step of decoding: takes a decoded frame if there is one, else feeds a packet.
    /// `decoded` receives each frame's sample count and sample rate.
    private func step(resample: Bool, decoded: (_ samples: Int, _ rate: Int) -> Void) throws {
        let result = try decoder.step { f in
            decoded(Int(f.pointee.nb_samples), Int(f.pointee.sample_rate))
            if resample { try resampler.convert(f, into: &left, &right) }
        }
        guard case .end(let drained) = result else { return }
        if drained && resample { try resampler.flush(into: &left, &right) }
        reachedEnd = true
    }
}
