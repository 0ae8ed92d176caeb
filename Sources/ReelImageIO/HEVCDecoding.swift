internal import CHeifAV

/// Which HEVC decoder libheif uses for HEIC pictures decoded on the calling thread.
///
/// Reel registers a libheif decoder plugin backed by libavcodec's HEVC decoder, which decodes
/// the same pixels as libde265 (HEVC decoding is exact) with about a quarter less CPU time. A
/// picture libavcodec refuses is decoded again by libde265 on the calling thread.
@_spi(Testing) public enum HEVCDecoding: Sendable {
    /// libavcodec, and libde265 for a picture libavcodec refuses (what Reel always does).
    case automatic
    /// libde265 alone, libheif's own decoder.
    case libde265
    /// libavcodec alone: a picture it refuses is an error, not a second try with libde265.
    case libavcodecOnly
    /// libavcodec refuses every picture, as on a stream it cannot decode, so each one takes the
    /// libde265 fallback.
    case failingLibavcodec

    /// Runs `body` with this choice for HEIF decodes made synchronously on the calling thread.
    public func during<T>(_ body: () throws -> T) rethrows -> T {
        let previous = reel_heif_av_thread_mode()
        reel_heif_av_set_thread_mode(mode)
        defer { reel_heif_av_set_thread_mode(previous) }
        return try body()
    }

    /// Pictures libavcodec has decoded for libheif in this process.
    public static var libavcodecPictures: Int { Int(reel_heif_av_decoded_count()) }

    /// Pictures libavcodec has decoded for libheif in this process and the plugin handed over
    /// as RGB (converted in one pass from libavcodec's frame), rather than as YCbCr for
    /// libheif to convert.
    public static var libavcodecRGBPictures: Int { Int(reel_heif_av_rgb_count()) }

    /// Whether libavcodec's decoder is registered with libheif (false if libavcodec lacks HEVC).
    public static var libavcodecIsAvailable: Bool { reel_heif_av_is_registered() != 0 }

    /// Whether a picture that fails is decoded again with libde265.
    var fallsBack: Bool { self == .automatic || self == .failingLibavcodec }

    /// The calling thread's choice.
    static var current: HEVCDecoding {
        switch Int(reel_heif_av_thread_mode()) {
        case Int(REEL_HEIF_AV_LIBDE265.rawValue): .libde265
        case Int(REEL_HEIF_AV_FAILING.rawValue): .failingLibavcodec
        case Int(REEL_HEIF_AV_ONLY.rawValue): .libavcodecOnly
        default: .automatic
        }
    }

    private var mode: Int32 {
        switch self {
        case .automatic: Int32(REEL_HEIF_AV_AUTOMATIC.rawValue)
        case .libde265: Int32(REEL_HEIF_AV_LIBDE265.rawValue)
        case .failingLibavcodec: Int32(REEL_HEIF_AV_FAILING.rawValue)
        case .libavcodecOnly: Int32(REEL_HEIF_AV_ONLY.rawValue)
        }
    }

    /// Registers the libavcodec plugin (once, after `heif_init`). A single HEVC picture in a
    /// HEIF file larger than Reel's default pixel limit (plus coding-block padding) is left to
    /// libde265, so libavcodec never allocates more than a picture Reel accepts.
    static func registerLibavcodec() {
        let limit = ImageLimits.default.maxPixels
        _ = reel_heif_av_register(Int64(limit + limit / 64))
    }
}

/// How libavcodec's pictures reach libheif on the calling thread: converted to planar RGB by
/// the plugin with the arithmetic libheif 1.15 would use (bit-identical, a fraction of the
/// time, no YCbCr copy), or as YCbCr for libheif to convert.
enum HEVCPictureOutput: Equatable {
    /// RGB with the picture's own matrix and range (its VUI): what libheif uses when the
    /// container has no nclx. Also what libheif's own tile threads do.
    case rgbFromStream
    /// RGB with the container's nclx matrix coefficients and range.
    case rgbFromContainer(matrix: Int, fullRange: Bool)
    /// YCbCr as decoded, for libheif to convert (alpha images, more than 8 bits).
    case ycbcr

    /// Whether libheif may decode grid tiles on its own threads, which always see
    /// ``rgbFromStream``.
    var allowsTileThreads: Bool { self == .rgbFromStream }

    /// libavcodec's slice threads for a picture decoded on the thread that asked for the photo:
    /// two, the machines Reel targets having two cores or more.
    static let sliceThreads: Int32 = 2

    /// Runs `body` with this output, and ``sliceThreads`` slice threads, for HEIF decodes
    /// made synchronously on the calling thread.
    func during<T>(_ body: () throws -> T) rethrows -> T {
        reel_heif_av_set_thread_slice_threads(Self.sliceThreads)
        switch self {
        case .rgbFromStream:
            reel_heif_av_set_thread_output(Int32(REEL_HEIF_AV_RGB_FROM_STREAM.rawValue), 0, 0)
        case .rgbFromContainer(let matrix, let fullRange):
            reel_heif_av_set_thread_output(Int32(REEL_HEIF_AV_RGB_FROM_CONTAINER.rawValue),
                                           Int32(clamping: matrix), fullRange ? 1 : 0)
        case .ycbcr:
            reel_heif_av_set_thread_output(Int32(REEL_HEIF_AV_YCBCR.rawValue), 0, 0)
        }
        defer {
            reel_heif_av_set_thread_output(Int32(REEL_HEIF_AV_RGB_FROM_STREAM.rawValue), 0, 0)
            reel_heif_av_set_thread_slice_threads(1)
        }
        return try body()
    }

    /// Interleaves three 8-bit planes (`strides` bytes per row each) into opaque RGBA.
    static func interleave(_ r: UnsafePointer<UInt8>, _ g: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>,
                           strides: [Int], width: Int, height: Int, into rgba: UnsafeMutablePointer<UInt8>) {
        let s = strides.map { Int64($0) }
        s.withUnsafeBufferPointer { reel_heif_rgb_planes_to_rgba(r, g, b, $0.baseAddress, Int64(width), Int64(height), rgba) }
    }
}
