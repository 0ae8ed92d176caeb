internal import CFFmpeg

/// Writes encoded streams into an MP4 file with the `moov` index before the media data
/// (`+faststart`), so players can start before the whole file has arrived.
///
/// Its `AVFormatContext` and output `AVIOContext` are held by an `AVFormatOutputBox`. Use it in three phases: add every
/// stream (`addStream`), `start()`, then `write` packets from any stream and `finish()`.
/// It does not know about codecs, so audio can join video as a second stream.
final class MP4Muxer {
    /// A stream added to the muxer, remembering the time base its packets are stamped in.
    struct Stream {
        let index: Int32
        let packetTimeBase: AVRational
    }

    private enum Phase { case configuring, writing, finished }

    /// The file being written.
    let path: String
    private let format: AVFormatOutputBox
    private var context: UnsafeMutablePointer<AVFormatContext> { format.pointer }
    private var phase = Phase.configuring

    /// Whether encoders must put their parameter sets in extradata (true for MP4).
    var needsGlobalHeader: Bool {
        (context.pointee.oformat.pointee.flags & AVFMT_GLOBALHEADER) != 0
    }

    /// Prepares an MP4 muxer for `path`; nothing is written until `start()`.
    init(path: String) throws {
        format = try AVFormatOutputBox(format: "mp4", path: path)
        self.path = path
    }

    /// Adds a stream described by an opened encoder, whose packets are stamped in its time base.
    ///
    /// - Parameter frameRate: for video, the constant frame rate to record on the stream.
    func addStream(from encoder: UnsafeMutablePointer<AVCodecContext>, frameRate: AVRational? = nil) throws -> Stream {
        precondition(phase == .configuring, "streams must be added before start()")
        guard let stream = avformat_new_stream(context, nil) else { throw AVError.outOfMemory("avformat_new_stream") }
        try check(avcodec_parameters_from_context(stream.pointee.codecpar, encoder),
                  "avcodec_parameters_from_context", path: path)
        stream.pointee.time_base = encoder.pointee.time_base
        if let frameRate {
            stream.pointee.avg_frame_rate = frameRate
            stream.pointee.r_frame_rate = frameRate
        }
        return Stream(index: stream.pointee.index, packetTimeBase: encoder.pointee.time_base)
    }

    /// Adds a stream for a cover picture (the `covr` item players and file browsers show): one
    /// JPEG of `width`×`height` marked as an attached picture, so players still see one video
    /// track. Its single packet goes in with `writeCoverArt` before `finish()`.
    func addCoverArtStream(width: Int, height: Int) throws -> Stream {
        precondition(phase == .configuring, "streams must be added before start()")
        guard let stream = avformat_new_stream(context, nil) else { throw AVError.outOfMemory("avformat_new_stream") }
        let par = stream.pointee.codecpar!
        par.pointee.codec_type = AVMEDIA_TYPE_VIDEO
        par.pointee.codec_id = AV_CODEC_ID_MJPEG
        par.pointee.width = Int32(width)
        par.pointee.height = Int32(height)
        stream.pointee.disposition = AV_DISPOSITION_ATTACHED_PIC
        let timeBase = AVRational(num: 1, den: 90_000)
        stream.pointee.time_base = timeBase
        return Stream(index: stream.pointee.index, packetTimeBase: timeBase)
    }

    /// Writes the cover picture's JPEG bytes as the one packet of `stream` (from `addCoverArtStream`).
    func writeCoverArt(_ jpeg: [UInt8], to stream: Stream) throws {
        guard !jpeg.isEmpty else { throw AVError(.invalidFrame, operation: "write cover art", reason: "the cover picture is empty", path: path) }
        let box = try AVPacketBox()
        defer { withExtendedLifetime(box) {} }  // the box frees the packet; keep it until the packet is written
        let packet = box.pointer
        try check(av_new_packet(packet, Int32(jpeg.count)), "av_new_packet", path: path)
        jpeg.withUnsafeBufferPointer { src in
            if let from = src.baseAddress { packet.pointee.data.update(from: from, count: src.count) }
        }
        packet.pointee.pts = 0
        packet.pointee.dts = 0
        packet.pointee.flags |= AV_PKT_FLAG_KEY
        try write(packet, to: stream)
    }

    /// Opens the file and writes the header. The file at `path` is created or truncated.
    func start() throws {
        precondition(phase == .configuring, "start() called twice")
        try check(avio_open(&context.pointee.pb, path, AVIO_FLAG_WRITE), "avio_open", path: path)
        var options: OpaquePointer?
        defer { av_dict_free(&options) }
        try check(av_dict_set(&options, "movflags", "+faststart", 0), "av_dict_set movflags")
        try check(avformat_write_header(context, &options), "avformat_write_header", path: path)
        phase = .writing
    }

    /// Writes one packet of `stream` (interleaved with the other streams by dts).
    /// Takes over the packet's data; the packet is left blank.
    func write(_ packet: UnsafeMutablePointer<AVPacket>, to stream: Stream) throws {
        precondition(phase == .writing, "write() outside start()…finish()")
        let streamTimeBase = context.pointee.streams[Int(stream.index)]!.pointee.time_base
        av_packet_rescale_ts(packet, stream.packetTimeBase, streamTimeBase)
        packet.pointee.stream_index = stream.index
        try check(av_interleaved_write_frame(context, packet), "av_interleaved_write_frame", path: path)
    }

    /// Flushes interleaved packets, writes the index (moving it to the front) and closes the file.
    func finish() throws {
        precondition(phase == .writing, "finish() without start()")
        phase = .finished
        try check(av_write_trailer(context), "av_write_trailer", path: path)
        try format.closeOutput(path: path)
    }
}
