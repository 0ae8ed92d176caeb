internal import CFFmpeg
import Foundation

/// The sample format everything is mixed in: 48 kHz, stereo, 32-bit float, planar.
enum MixFormat {
    static let sampleRate = 48_000
    static let channels = 2

    /// Whole samples in `ms` milliseconds.
    static func samples(ms: Int) -> Int { ms * (sampleRate / 1000) }
}

/// libav's `FFERRTAG` error codes, which the shim does not re-export.
enum LibAVErrorTag {
    static let invalidData = tag(0x49, 0x4E, 0x44, 0x41)     // 'INDA'
    static let streamNotFound = tag(0xF8, 0x53, 0x54, 0x52) // 0xF8 'STR'
    static let decoderNotFound = tag(0xF8, 0x44, 0x45, 0x43) // 0xF8 'DEC'

    private static func tag(_ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: UInt32) -> Int32 {
        -Int32(bitPattern: a | b << 8 | c << 16 | d << 24)
    }
}

/// Decodes one audio file from its start, in order, resampled to the mix format.
///
/// Owns the demuxer, decoder and resampler of the file. Samples are decoded only as far as
/// `fill(_:)` asks, and handed out once by `read(_:into:at:)`, so memory stays at the size of
/// the requests however long the song is.
final class AudioFileReader {
    /// The file, as it was named (used in errors).
    let path: String
    /// The decoder's name, e.g. `"mp3float"`.
    let codecName: String
    /// The file's own sample rate and channel count.
    let sourceRate: Int
    let sourceChannels: Int

    private var format: UnsafeMutablePointer<AVFormatContext>?
    private var decoder: UnsafeMutablePointer<AVCodecContext>?
    private var resampler: OpaquePointer?
    private var resamplerInput: (format: Int32, rate: Int32, channels: Int32)?
    private let streamIndex: Int32
    private let packet: UnsafeMutablePointer<AVPacket>
    private let frame: AVFrameBox

    /// Decoded, resampled samples not yet read: `left[head...]`, `right[head...]`.
    private var left: [Float] = []
    private var right: [Float] = []
    private var head = 0
    private var scratchLeft: [Float] = []
    private var scratchRight: [Float] = []

    private var sentEndOfInput = false
    /// No more samples will be decoded: what is buffered is the rest of the file.
    private(set) var reachedEnd = false
    /// Packets the decoder rejected as invalid (skipped, like players do).
    private(set) var decodeErrors = 0
    /// The demuxer error that ended the file early, if it did not end cleanly.
    private(set) var readError: Int32?

    /// Opens `url` and its best audio stream, without decoding anything yet.
    ///
    /// - Throws: `AudioFileError` naming `url` — missing, not media, no sound, or a codec this
    ///   libav cannot decode.
    init(url: URL) throws {
        let path = url.path
        self.path = path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
            throw AudioFileError.missing(path)
        }
        frame = try AVFrameBox()
        guard let packet = av_packet_alloc() else { throw AVError.outOfMemory("av_packet_alloc") }
        self.packet = packet

        var format: UnsafeMutablePointer<AVFormatContext>?
        var rc = avformat_open_input(&format, path, nil, nil)
        if rc < 0 {
            streamIndex = -1; codecName = ""; sourceRate = 0; sourceChannels = 0
            if rc == reel_averror(EACCES) { throw AudioFileError.notAudio(path, "it cannot be opened: permission denied") }
            throw AudioFileError.notAudio(path, "libav: \(libavErrorText(rc))")
        }
        self.format = format
        rc = avformat_find_stream_info(format, nil)
        if rc < 0 {
            streamIndex = -1; codecName = ""; sourceRate = 0; sourceChannels = 0
            throw AudioFileError.notAudio(path, "libav: \(libavErrorText(rc))")
        }
        let index = av_find_best_stream(format, AVMEDIA_TYPE_AUDIO, -1, -1, nil, 0)
        guard index >= 0, let stream = format!.pointee.streams[Int(index)] else {
            streamIndex = -1; codecName = ""; sourceRate = 0; sourceChannels = 0
            throw AudioFileError.noAudioStream(path)
        }
        streamIndex = index
        let parameters = stream.pointee.codecpar!
        sourceRate = Int(parameters.pointee.sample_rate)
        sourceChannels = Int(parameters.pointee.ch_layout.nb_channels)
        guard let codec = avcodec_find_decoder(parameters.pointee.codec_id) else {
            codecName = ""
            let id = parameters.pointee.codec_id
            let tag = parameters.pointee.codec_tag
            let name = id == AV_CODEC_ID_NONE ? "unknown codec, tag 0x\(String(tag, radix: 16, uppercase: true))"
                                              : String(cString: avcodec_get_name(id))
            throw AudioFileError.unsupportedCodec(path, name)
        }
        codecName = String(cString: codec.pointee.name)
        guard let decoder = avcodec_alloc_context3(codec) else { throw AVError.outOfMemory("avcodec_alloc_context3") }
        self.decoder = decoder
        rc = avcodec_parameters_to_context(decoder, parameters)
        decoder.pointee.pkt_timebase = stream.pointee.time_base  // lets decoders trim priming samples quietly
        if rc >= 0 { rc = avcodec_open2(decoder, codec, nil) }
        if rc < 0 { throw AudioFileError.unsupportedCodec(path, "\(codecName): \(libavErrorText(rc))") }
        guard sourceRate > 0 || decoder.pointee.sample_rate > 0 else {
            throw AudioFileError.damaged(path, "its audio stream has no sample rate")
        }
    }

    deinit {
        var packet: UnsafeMutablePointer<AVPacket>? = packet
        av_packet_free(&packet)
        if resampler != nil { swr_free(&resampler) }
        if decoder != nil { avcodec_free_context(&decoder) }
        if format != nil { avformat_close_input(&format) }
    }

    /// Samples decoded and not yet read.
    var available: Int { left.count - head }

    /// The file's declared length in ms, when the container knows it (not a bitrate guess).
    var declaredDurationMs: Int? {
        guard let format else { return nil }
        let duration = format.pointee.duration
        guard duration != reel_av_nopts_value(), duration > 0,
              av_fmt_ctx_get_duration_estimation_method(format) != AVFMT_DURATION_FROM_BITRATE else { return nil }
        return Int(duration / 1000)
    }

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
        guard let decoder, let format else { reachedEnd = true; return }
        let f = frame.pointer
        let rc = avcodec_receive_frame(decoder, f)
        if rc >= 0 {
            defer { av_frame_unref(f) }
            decoded(Int(f.pointee.nb_samples), Int(f.pointee.sample_rate))
            if resample { try convert(f) }
            return
        }
        if rc == reel_averror_eof() {
            if resample { try flushResampler() }
            reachedEnd = true
            return
        }
        if rc == LibAVErrorTag.invalidData { decodeErrors += 1; return }
        if rc != reel_averror_eagain() { try check(rc, "avcodec_receive_frame", path: path) }
        // The decoder wants input.
        if sentEndOfInput { reachedEnd = true; return }
        let read = av_read_frame(format, packet)
        if read < 0 {
            if read != reel_averror_eof() { readError = read }
            sentEndOfInput = true
            try check(avcodec_send_packet(decoder, nil), "avcodec_send_packet", path: path)
            return
        }
        defer { av_packet_unref(packet) }
        guard packet.pointee.stream_index == streamIndex else { return }
        let sent = avcodec_send_packet(decoder, packet)
        if sent == LibAVErrorTag.invalidData { decodeErrors += 1; return }
        if sent < 0 && sent != reel_averror_eagain() { try check(sent, "avcodec_send_packet", path: path) }
    }

    /// Resamples one decoded frame into the buffer.
    private func convert(_ f: UnsafeMutablePointer<AVFrame>) throws {
        try prepareResampler(for: f)
        let inCount = f.pointee.nb_samples
        let input = UnsafeMutableRawPointer(f.pointee.extended_data!)
            .assumingMemoryBound(to: UnsafePointer<UInt8>?.self)
        try runResampler(input: input, count: inCount)
    }

    private func flushResampler() throws {
        guard resampler != nil else { return }
        while try runResampler(input: nil, count: 0) > 0 {}
    }

    /// Converts `count` input samples (nil: what the resampler still holds); returns the samples produced.
    @discardableResult
    private func runResampler(input: UnsafeMutablePointer<UnsafePointer<UInt8>?>?, count: Int32) throws -> Int {
        let capacity = Int(swr_get_out_samples(resampler, count)) + 32
        if scratchLeft.count < capacity {
            scratchLeft = [Float](repeating: 0, count: capacity)
            scratchRight = [Float](repeating: 0, count: capacity)
        }
        let produced = try scratchLeft.withUnsafeMutableBufferPointer { l in
            try scratchRight.withUnsafeMutableBufferPointer { r in
                var planes: [UnsafeMutablePointer<UInt8>?] = [
                    UnsafeMutableRawPointer(l.baseAddress!).assumingMemoryBound(to: UInt8.self),
                    UnsafeMutableRawPointer(r.baseAddress!).assumingMemoryBound(to: UInt8.self),
                ]
                return try planes.withUnsafeMutableBufferPointer { out in
                    Int(try check(swr_convert(resampler, out.baseAddress, Int32(capacity), input, count),
                                  "swr_convert", path: path))
                }
            }
        }
        left.append(contentsOf: scratchLeft[0..<produced])
        right.append(contentsOf: scratchRight[0..<produced])
        return produced
    }

    /// Creates the resampler for the decoder's output, or re-creates it if that changed.
    private func prepareResampler(for f: UnsafeMutablePointer<AVFrame>) throws {
        let key = (format: f.pointee.format, rate: f.pointee.sample_rate, channels: f.pointee.ch_layout.nb_channels)
        if resampler != nil, let current = resamplerInput, current == key { return }
        if resampler != nil {
            try flushResampler()
            swr_free(&resampler)
        }
        guard key.rate > 0, key.channels > 0 else {
            throw AudioFileError.damaged(path, "a decoded frame has no sample rate or channels")
        }
        var inLayout = AVChannelLayout()
        var outLayout = AVChannelLayout()
        defer {
            av_channel_layout_uninit(&inLayout)
            av_channel_layout_uninit(&outLayout)
        }
        if f.pointee.ch_layout.order == AV_CHANNEL_ORDER_UNSPEC {
            av_channel_layout_default(&inLayout, key.channels)
        } else {
            try check(av_channel_layout_copy(&inLayout, &f.pointee.ch_layout), "av_channel_layout_copy", path: path)
        }
        av_channel_layout_default(&outLayout, Int32(MixFormat.channels))
        try check(swr_alloc_set_opts2(&resampler, &outLayout, AV_SAMPLE_FMT_FLTP, Int32(MixFormat.sampleRate),
                                      &inLayout, AVSampleFormat(rawValue: key.format), key.rate, 0, nil),
                  "swr_alloc_set_opts2", path: path)
        if key.channels == 1 {
            // A mono song plays at full level on both speakers, as players do (libswresample
            // would treat it as a centre channel, 3 dB down on each side).
            var matrix: [Double] = [1, 1]
            try check(swr_set_matrix(resampler, &matrix, 1), "swr_set_matrix", path: path)
        }
        try check(swr_init(resampler), "swr_init", path: path)
        resamplerInput = key
    }
}

/// A block of planar stereo samples at the mix rate.
struct StereoBlock {
    var left: [Float]
    var right: [Float]

    init(count: Int) {
        left = [Float](repeating: 0, count: count)
        right = [Float](repeating: 0, count: count)
    }

    var count: Int { left.count }
}
