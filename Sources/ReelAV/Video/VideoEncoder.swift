internal import CFFmpeg

/// An H.264 encoder (libx264 through libavcodec): High profile, yuv420p, BT.709 limited range,
/// constant frame rate with `pts` = frame index in a `1/fps` time base.
///
/// Its codec context and packet are held by a `PacketEncoder`, which also runs the drain loop.
/// Feed frames with `encode(_:into:)`, then `flush(into:)`.
final class VideoEncoder {
    /// The libavcodec encoder used.
    static let codecName = "libx264"

    let options: VideoEncodingOptions
    private let encoder: PacketEncoder

    /// The codec context; the muxer copies stream parameters from it once it is open.
    var context: UnsafeMutablePointer<AVCodecContext> { encoder.context.pointer }

    /// The time base of the packets produced: one tick per frame.
    var timeBase: AVRational { context.pointee.time_base }

    /// Opens the encoder. `globalHeader` puts SPS/PPS in the codec extradata (as MP4 needs).
    ///
    /// - Parameter privateOptions: further libx264 options set last, as `av_opt_set` takes them
    ///   (none in normal use; tests use it to make opening fail part-way).
    init(options: VideoEncodingOptions, globalHeader: Bool, privateOptions: [(name: String, value: String)] = []) throws {
        try options.validate()
        guard let codec = avcodec_find_encoder_by_name(Self.codecName) else {
            throw AVError(.encoderUnavailable, operation: "find H.264 encoder",
                          reason: "this FFmpeg build has no \(Self.codecName) encoder; install an FFmpeg with libx264 (e.g. the distribution's libavcodec package)")
        }
        self.options = options
        encoder = try PacketEncoder(codec: codec, sendOperation: "avcodec_send_frame",
                                    receiveOperation: "avcodec_receive_packet")
        try configure(codec: codec, globalHeader: globalHeader, privateOptions: privateOptions)
    }

    private func configure(codec: UnsafePointer<AVCodec>, globalHeader: Bool,
                           privateOptions: [(name: String, value: String)]) throws {
        let c = context
        c.pointee.width = Int32(options.width)
        c.pointee.height = Int32(options.height)
        c.pointee.pix_fmt = AV_PIX_FMT_YUV420P
        c.pointee.time_base = AVRational(num: 1, den: Int32(options.fps))
        c.pointee.framerate = AVRational(num: Int32(options.fps), den: 1)
        c.pointee.sample_aspect_ratio = AVRational(num: 1, den: 1)
        c.pointee.gop_size = Int32(options.effectiveKeyframeInterval)
        c.pointee.thread_count = Int32(options.threads)
        c.pointee.color_primaries = AVCOL_PRI_BT709
        c.pointee.color_trc = AVCOL_TRC_BT709
        c.pointee.colorspace = AVCOL_SPC_BT709
        c.pointee.color_range = AVCOL_RANGE_MPEG
        c.pointee.chroma_sample_location = AVCHROMA_LOC_CENTER // chroma is the 2×2 average (BT709.yuv)
        if globalHeader { c.pointee.flags |= Int32(AV_CODEC_FLAG_GLOBAL_HEADER) }

        let priv = c.pointee.priv_data
        try check(av_opt_set(priv, "preset", options.preset, 0), "set x264 preset")
        if let tune = options.tune { try check(av_opt_set(priv, "tune", tune, 0), "set x264 tune") }
        try check(av_opt_set(priv, "profile", "high", 0), "set x264 profile")
        if options.preset == "ultrafast" {
            // ultrafast alone turns off CABAC and 8×8 transforms, which drops the stream to
            // Constrained Baseline; keep both so every output is High profile as promised.
            try check(av_opt_set(priv, "x264-params", "cabac=1:8x8dct=1", 0), "set x264 params")
        }
        try check(av_opt_set_double(priv, "crf", options.crf, 0), "set x264 crf")
        for option in privateOptions {
            try check(av_opt_set(priv, option.name, option.value, 0), "set x264 option")
        }

        try check(avcodec_open2(c, codec, nil), "avcodec_open2 (libx264)")
    }

    /// Sends one frame (or `nil` to drain) and hands every packet that comes out to `sink`.
    ///
    /// Packets arrive in decode order with `pts`/`dts`/`duration` in `timeBase`. The packet is
    /// only valid during the call; the sink may take its data (e.g. `av_interleaved_write_frame`).
    func encode(_ frame: UnsafeMutablePointer<AVFrame>?,
                into sink: (UnsafeMutablePointer<AVPacket>) throws -> Void) throws {
        try encoder.send(frame) { packet in
            // Constant frame rate: every frame lasts exactly one tick.
            packet.pointee.duration = 1
            try sink(packet)
        }
    }

    /// Drains the frames x264 still holds (lookahead, B-frames) into `sink`.
    func flush(into sink: (UnsafeMutablePointer<AVPacket>) throws -> Void) throws {
        try encode(nil, into: sink)
    }
}
