internal import CFFmpeg
import Foundation

/// Opens an audio file and decodes its best audio stream in order, one step at a time.
///
/// Owns (through their boxes) the file's demuxer, the decoder, the packet being fed and the
/// frame being received. Packets the decoder rejects as invalid are skipped, as players do, and
/// counted; a demuxer error other than the end of the file ends the stream early and is kept
/// in `readError` for the caller to judge.
final class AudioStreamDecoder {
    /// The file, as it was named (used in errors).
    let path: String
    /// The decoder's name, e.g. `"mp3float"`.
    let codecName: String
    /// The file's own sample rate and channel count.
    let sourceRate: Int
    let sourceChannels: Int

    private let format: AVFormatInputBox
    private let decoder: AVCodecContextBox
    private let streamIndex: Int32
    private let packet: AVPacketBox
    private let frame: AVFrameBox
    private var sentEndOfInput = false
    /// Packets the decoder rejected as invalid (skipped, like players do).
    private(set) var decodeErrors = 0
    /// The demuxer error that ended the file early, if it did not end cleanly.
    private(set) var readError: Int32?

    /// What one `step` did.
    enum Step {
        /// A decoded frame went to the step's closure.
        case frame
        /// The decoder took input (or skipped an invalid packet); call again.
        case input
        /// No more frames: `drained` when the decoder itself said so, after giving out all it held.
        case end(drained: Bool)
    }

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
        packet = try AVPacketBox()
        do {
            format = try AVFormatInputBox(path: path)
        } catch let error as AVError {
            if error.code == reel_averror(EACCES) { throw AudioFileError.notAudio(path, "it cannot be opened: permission denied") }
            throw AudioFileError.notAudio(path, "libav: \(error.reason)")
        }
        let fmt = format.pointer
        var rc = avformat_find_stream_info(fmt, nil)
        if rc < 0 { throw AudioFileError.notAudio(path, "libav: \(libavErrorText(rc))") }
        let index = av_find_best_stream(fmt, AVMEDIA_TYPE_AUDIO, -1, -1, nil, 0)
        guard index >= 0, Int(index) < Int(fmt.pointee.nb_streams), let stream = fmt.pointee.streams[Int(index)],
              let parameters = stream.pointee.codecpar else {
            throw AudioFileError.noAudioStream(path)
        }
        streamIndex = index
        sourceRate = Int(parameters.pointee.sample_rate)
        sourceChannels = Int(parameters.pointee.ch_layout.nb_channels)
        guard let codec = avcodec_find_decoder(parameters.pointee.codec_id) else {
            let id = parameters.pointee.codec_id
            let tag = parameters.pointee.codec_tag
            let name = id == AV_CODEC_ID_NONE ? "unknown codec, tag 0x\(String(tag, radix: 16, uppercase: true))"
                                              : String(cString: avcodec_get_name(id))
            throw AudioFileError.unsupportedCodec(path, name)
        }
        codecName = String(cString: codec.pointee.name)
        decoder = try AVCodecContextBox(codec)
        let c = decoder.pointer
        rc = avcodec_parameters_to_context(c, parameters)
        c.pointee.pkt_timebase = stream.pointee.time_base  // lets decoders trim priming samples quietly
        if rc >= 0 { rc = avcodec_open2(c, codec, nil) }
        if rc < 0 { throw AudioFileError.unsupportedCodec(path, "\(codecName): \(libavErrorText(rc))") }
        guard sourceRate > 0 || c.pointee.sample_rate > 0 else {
            throw AudioFileError.damaged(path, "its audio stream has no sample rate")
        }
    }

    /// The file's declared length in ms, when the container knows it (not a bitrate guess).
    var declaredDurationMs: Int? {
        let fmt = format.pointer
        let duration = fmt.pointee.duration
        guard duration != reel_av_nopts_value(), duration > 0,
              av_fmt_ctx_get_duration_estimation_method(fmt) != AVFMT_DURATION_FROM_BITRATE else { return nil }
        return Int(duration / 1000)
    }

    /// One step of decoding: hands a decoded frame to `body` if there is one (only during the
    /// call), else feeds the decoder a packet.
    func step(_ body: (UnsafeMutablePointer<AVFrame>) throws -> Void) throws -> Step {
        let c = decoder.pointer
        let f = frame.pointer
        let rc = avcodec_receive_frame(c, f)
        if rc >= 0 {
            defer { av_frame_unref(f) }
            try body(f)
            return .frame
        }
        if rc == reel_averror_eof() { return .end(drained: true) }
        if rc == LibAVErrorTag.invalidData { decodeErrors += 1; return .input }
        if rc != reel_averror_eagain() { try check(rc, "avcodec_receive_frame", path: path) }
        // The decoder wants input.
        if sentEndOfInput { return .end(drained: false) }
        let p = packet.pointer
        let read = av_read_frame(format.pointer, p)
        if read < 0 {
            if read != reel_averror_eof() { readError = read }
            sentEndOfInput = true
            try check(avcodec_send_packet(c, nil), "avcodec_send_packet", path: path)
            return .input
        }
        defer { av_packet_unref(p) }
        guard p.pointee.stream_index == streamIndex else { return .input }
        let sent = avcodec_send_packet(c, p)
        if sent == LibAVErrorTag.invalidData { decodeErrors += 1; return .input }
        if sent < 0 && sent != reel_averror_eagain() { try check(sent, "avcodec_send_packet", path: path) }
        return .input
    }
}
