internal import CFFmpeg

/// Facts about the libav libraries this process is linked against.
public enum LibAVInfo {
    /// Whether libavcodec has an encoder with this name, e.g. `"libx264"` or `"aac"`.
    public static func hasEncoder(_ name: String) -> Bool {
        avcodec_find_encoder_by_name(name) != nil
    }

    /// Whether H.264 encoding through libx264 is available.
    public static var hasH264Encoder: Bool { hasEncoder(VideoEncoder.codecName) }

    /// The libavcodec / libavformat / libavutil versions, e.g. `"avcodec 59.37.100, …"`.
    public static var versions: String {
        func text(_ version: UInt32) -> String {
            "\(version >> 16).\((version >> 8) & 0xff).\(version & 0xff)"
        }
        return "avcodec \(text(avcodec_version())), avformat \(text(avformat_version())), avutil \(text(avutil_version()))"
    }
}
