internal import CFFmpeg
import Foundation

/// A clip's demuxer, video decoder and packet (each held by its owner box): opens the file, picks its best
/// video stream and hands out decoded frames in order with their presentation times.
///
/// Frames whose data is damaged are skipped, as players do; a demuxer error other than the end
/// of the file ends the clip with `ClipFileError.damaged`.
final class ClipDemuxer {
    /// The file, as it was named (used in errors).
    let path: String
    private var formatBox: AVFormatInputBox?
    private var decoderBox: AVCodecContextBox?
    private let packetBox: AVPacketBox
    private var format: UnsafeMutablePointer<AVFormatContext>? { formatBox?.pointer }
    private var decoder: UnsafeMutablePointer<AVCodecContext>? { decoderBox?.pointer }
    private var packet: UnsafeMutablePointer<AVPacket> { packetBox.pointer }
    let streamIndex: Int32
    /// The video stream's time base.
    let timeBase: AVRational
    /// The stream's first timestamp (subtracted so the clip starts at 0).
    let startPTS: Int64
    /// The codec's name, e.g. `"h264"`, `"hevc"`.
    let codecName: String
    private var sentEndOfInput = false
    private(set) var reachedEnd = false
    /// The last frame's timestamp, to stamp frames that carry none.
    private var lastPTS: Int64?

    /// Opens `url` and its best video stream, without decoding anything yet.
    ///
    /// - Parameter threads: decoder threads; nil chooses by size: one up to 1080p (one thread
    ///   decodes 1080p far faster than it is shown), two above — slice threads (HEVC's
    ///   wavefronts and tiles, H.264's slices), never frame threads, which each hold pictures
    ///   of their own.
    /// - Throws: `ClipFileError` naming the file.
    init(url: URL, threads: Int32? = nil) throws {
        let path = url.path
        self.path = path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
            throw ClipFileError.missing(path)
        }
        packetBox = try AVPacketBox()
        let opened: AVFormatInputBox
        do {
            opened = try AVFormatInputBox(path: path)
        } catch let error as AVError {
            streamIndex = -1; timeBase = AVRational(num: 1, den: 1); startPTS = 0; codecName = ""
            let rc = error.code
            throw ClipFileError.notVideo(path, rc == reel_averror(EACCES) ? "permission denied" : "libav: \(libavErrorText(rc))")
        }
        formatBox = opened
        let fmt = opened.pointer
        var rc = avformat_find_stream_info(fmt, nil)
        let index = rc < 0 ? rc : av_find_best_stream(fmt, AVMEDIA_TYPE_VIDEO, -1, -1, nil, 0)
        guard index >= 0, Int(index) < Int(fmt.pointee.nb_streams), let stream = fmt.pointee.streams[Int(index)],
              let parameters = stream.pointee.codecpar else {
            streamIndex = -1; timeBase = AVRational(num: 1, den: 1); startPTS = 0; codecName = ""
            if rc < 0 { throw ClipFileError.notVideo(path, "libav: \(libavErrorText(rc))") }
            throw ClipFileError.noVideoStream(path)
        }
        streamIndex = index
        timeBase = stream.pointee.time_base.num > 0 && stream.pointee.time_base.den > 0
            ? stream.pointee.time_base : AVRational(num: 1, den: 90_000)
        startPTS = stream.pointee.start_time == reel_av_nopts_value() ? 0 : stream.pointee.start_time
        guard let codec = avcodec_find_decoder(parameters.pointee.codec_id) else {
            codecName = ""
            let id = parameters.pointee.codec_id
            throw ClipFileError.unsupportedCodec(path, id == AV_CODEC_ID_NONE ? "unknown codec" : String(cString: avcodec_get_name(id)))
        }
        codecName = String(cString: codec.pointee.name)
        let context = try AVCodecContextBox(codec)
        decoderBox = context
        let ctx = context.pointer
        rc = avcodec_parameters_to_context(ctx, parameters)
        ctx.pointee.pkt_timebase = timeBase
        ctx.pointee.thread_count = threads ?? (Int(parameters.pointee.width) * Int(parameters.pointee.height) > 2_100_000 ? 2 : 1)
        // Slice threads share the picture being decoded; frame threads would each hold one
        // (25 MB at 4K 10-bit, on top of the decoder's own reference pictures).
        ctx.pointee.thread_type = FF_THREAD_SLICE
        if rc >= 0 { rc = avcodec_open2(ctx, codec, nil) }
        if rc < 0 { throw ClipFileError.unsupportedCodec(path, "\(codecName): \(libavErrorText(rc))") }
    }

    /// The stream and its parameters.
    var stream: UnsafeMutablePointer<AVStream> { format!.pointee.streams[Int(streamIndex)]! }

    /// The container's declared length in ms, when it knows it (not a bitrate guess).
    var declaredDurationMs: Int? {
        let s = stream.pointee
        if s.duration != reel_av_nopts_value(), s.duration > 0 {
            return Int(av_rescale_q(s.duration, s.time_base, AVRational(num: 1, den: 1000)))
        }
        guard let format, format.pointee.duration != reel_av_nopts_value(), format.pointee.duration > 0,
              av_fmt_ctx_get_duration_estimation_method(format) != AVFMT_DURATION_FROM_BITRATE else { return nil }
        return Int(format.pointee.duration / 1000)
    }

    /// Seeks to the last key frame at or before `ms` into the clip (decoding then goes on from there).
    func seek(toMs ms: Int) throws {
        guard ms > 0, let format, let decoder else { return }
        let ts = startPTS + av_rescale_q(Int64(ms), AVRational(num: 1, den: 1000), timeBase)
        if av_seek_frame(format, streamIndex, ts, AVSEEK_FLAG_BACKWARD) < 0 {
            _ = av_seek_frame(format, streamIndex, startPTS, AVSEEK_FLAG_BACKWARD)
        }
        avcodec_flush_buffers(decoder)
        sentEndOfInput = false
        reachedEnd = false
        lastPTS = nil
    }

    /// Decodes the next frame into `frame`; returns its time from the clip's start in stream
    /// time-base units, or nil at the end of the clip.
    func next(into frame: UnsafeMutablePointer<AVFrame>) throws -> Int64? {
        guard let decoder, let format else { return nil }
        while !reachedEnd {
            let rc = avcodec_receive_frame(decoder, frame)
            if rc >= 0 {
                var pts = frame.pointee.best_effort_timestamp
                if pts == reel_av_nopts_value() {
                    let step = frame.pointee.pkt_duration > 0 ? frame.pointee.pkt_duration : 1
                    pts = (lastPTS ?? startPTS - step) + step
                }
                lastPTS = pts
                return pts &- startPTS
            }
            if rc == reel_averror_eof() { reachedEnd = true; return nil }
            if rc == LibAVErrorTag.invalidData { continue }
            if rc != reel_averror_eagain() { throw ClipFileError.damaged(path, "libav: \(libavErrorText(rc))") }
            if sentEndOfInput { reachedEnd = true; return nil }
            let read = av_read_frame(format, packet)
            if read < 0 {
                if read != reel_averror_eof() && read != LibAVErrorTag.invalidData {
                    throw ClipFileError.damaged(path, "reading stopped: \(libavErrorText(read))")
                }
                sentEndOfInput = true
                _ = avcodec_send_packet(decoder, nil)
                continue
            }
            defer { av_packet_unref(packet) }
            guard packet.pointee.stream_index == streamIndex else { continue }
            let sent = avcodec_send_packet(decoder, packet)
            if sent < 0 && sent != reel_averror_eagain() && sent != LibAVErrorTag.invalidData {
                throw ClipFileError.damaged(path, "libav: \(libavErrorText(sent))")
            }
        }
        return nil
    }
}
