internal import CFFmpeg

/// An AAC-LC encoder (libavcodec's own `aac`): 48 kHz stereo, 192 kb/s, `pts` = sample index
/// in a `1/48000` time base.
///
/// Its codec context and packet are held by a `PacketEncoder` (which also runs the drain loop),
/// its input `AVFrame` by an `AVFrameBox`. Feed it blocks of exactly `frameSize` samples (the
/// last may be shorter) with `encode(_:count:into:)`, then `flush(into:)`.
final class AudioEncoder {
    /// The libavcodec encoder used.
    static let codecName = "aac"
    /// Bits per second of the AAC stream.
    static let bitRate = 192_000

    /// The codec context; the muxer copies stream parameters from it once it is open.
    var context: UnsafeMutablePointer<AVCodecContext> { encoder.context.pointer }
    private let encoder: PacketEncoder
    private let frame: AVFrameBox
    /// Samples per AAC frame (1024).
    let frameSize: Int
    /// Samples sent so far: the next frame's `pts`.
    private(set) var samplesSent = 0

    /// Opens the encoder. `globalHeader` puts the AudioSpecificConfig in extradata (as MP4 needs).
    ///
    /// Each C object is held by its owner as soon as it exists, so a throw at any point frees
    /// whatever was allocated before it.
    init(globalHeader: Bool) throws {
        guard let codec = avcodec_find_encoder_by_name(Self.codecName) else {
            throw AVError(.encoderUnavailable, operation: "find AAC encoder",
                          reason: "this FFmpeg build has no \(Self.codecName) encoder; install the distribution's libavcodec package")
        }
        encoder = try PacketEncoder(codec: codec, sendOperation: "avcodec_send_frame (aac)",
                                    receiveOperation: "avcodec_receive_packet (aac)")
        frame = try AVFrameBox()

        let c = encoder.context.pointer
        c.pointee.sample_fmt = AV_SAMPLE_FMT_FLTP
        c.pointee.sample_rate = Int32(MixFormat.sampleRate)
        av_channel_layout_default(&c.pointee.ch_layout, Int32(MixFormat.channels))
        c.pointee.bit_rate = Int64(Self.bitRate)
        c.pointee.profile = FF_PROFILE_AAC_LOW
        c.pointee.time_base = AVRational(num: 1, den: Int32(MixFormat.sampleRate))
        if globalHeader { c.pointee.flags |= Int32(AV_CODEC_FLAG_GLOBAL_HEADER) }
        try check(avcodec_open2(c, codec, nil), "avcodec_open2 (aac)")
        frameSize = Int(c.pointee.frame_size)

        let f = frame.pointer
        f.pointee.format = AV_SAMPLE_FMT_FLTP.rawValue
        f.pointee.sample_rate = Int32(MixFormat.sampleRate)
        f.pointee.nb_samples = Int32(frameSize)
        try check(av_channel_layout_copy(&f.pointee.ch_layout, &c.pointee.ch_layout), "av_channel_layout_copy")
        try check(av_frame_get_buffer(f, 0), "av_frame_get_buffer (audio)")
    }

    /// The time base of the packets produced: one tick per sample.
    var timeBase: AVRational { context.pointee.time_base }

    /// Encodes the first `count` samples of `block` (`count` ≤ `frameSize`; less only for the
    /// last frame) and hands every packet that comes out to `sink`.
    func encode(_ block: StereoBlock, count: Int, into sink: (UnsafeMutablePointer<AVPacket>) throws -> Void) throws {
        precondition(count > 0 && count <= frameSize && count <= block.count)
        let f = frame.pointer
        try check(av_frame_make_writable(f), "av_frame_make_writable (audio)")
        f.pointee.nb_samples = Int32(count)
        block.left.withUnsafeBytes { src in
            UnsafeMutableRawPointer(f.pointee.data.0!).copyMemory(from: src.baseAddress!, byteCount: count * 4)
        }
        block.right.withUnsafeBytes { src in
            UnsafeMutableRawPointer(f.pointee.data.1!).copyMemory(from: src.baseAddress!, byteCount: count * 4)
        }
        f.pointee.pts = Int64(samplesSent)
        samplesSent += count
        try encoder.send(f, into: sink)
    }

    /// Drains the frames the encoder still holds into `sink`.
    func flush(into sink: (UnsafeMutablePointer<AVPacket>) throws -> Void) throws {
        try encoder.send(nil, into: sink)
    }
}
