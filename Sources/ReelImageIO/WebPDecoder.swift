internal import CWebP
import ReelCompositor

/// WebP through libwebp: lossy, lossless and alpha stills; for animations, the first frame
/// as composited on the canvas.
enum WebPDecoder: FormatDecoder {
    static func readHeader(_ bytes: UnsafeRawBufferPointer) throws -> ImageHeader {
        let features = try self.features(bytes)
        return ImageHeader(storedSize: PixelSize(width: Int(features.width), height: Int(features.height)),
                           exif: chunk("EXIF", in: bytes))
    }

    static func decode(_ bytes: UnsafeRawBufferPointer, header: ImageHeader,
                       minimumStoredSize: PixelSize?) throws -> DecodedPixels {
        let features = try self.features(bytes)
        let size = PixelSize(width: Int(features.width), height: Int(features.height))
        let byteCount = size.width * size.height * 4
        let pixels = try [UInt8](unsafeUninitializedCapacity: byteCount) { buffer, count in
            if features.has_animation != 0 {
                try firstFrame(bytes, size: size, into: buffer)
            } else {
                try still(bytes, size: size, into: buffer)
            }
            count = byteCount
        }
        let profile = chunk("ICCP", in: bytes).flatMap { $0.count <= ColorTransform.maxProfileBytes ? [UInt8](bytes[$0]) : nil }
        return DecodedPixels(image: RGBAImage(width: size.width, height: size.height, pixels: pixels),
                             color: profile.map { .icc($0) })
    }

    private static func features(_ bytes: UnsafeRawBufferPointer) throws -> WebPBitstreamFeatures {
        var features = WebPBitstreamFeatures()
        try check(reel_webp_get_features(bytes.baseAddress?.assumingMemoryBound(to: UInt8.self),
                                         bytes.count, &features))
        guard features.width > 0, features.height > 0 else { throw FormatFailure(message: "zero image size") }
        return features
    }

    /// Decodes a still straight into `buffer`.
    private static func still(_ bytes: UnsafeRawBufferPointer, size: PixelSize,
                              into buffer: UnsafeMutableBufferPointer<UInt8>) throws {
        var config = WebPDecoderConfig()
        guard reel_webp_init_decoder_config(&config) != 0 else {
            throw FormatFailure(message: "libwebp version mismatch")
        }
        config.output.colorspace = MODE_RGBA
        config.output.is_external_memory = 1
        config.output.u.RGBA.rgba = buffer.baseAddress
        config.output.u.RGBA.stride = Int32(size.width * 4)
        config.output.u.RGBA.size = buffer.count
        defer { WebPFreeDecBuffer(&config.output) }
        try check(WebPDecode(bytes.baseAddress?.assumingMemoryBound(to: UInt8.self), bytes.count, &config))
    }

    /// Composites the first animation frame on the canvas and copies it into `buffer`.
    private static func firstFrame(_ bytes: UnsafeRawBufferPointer, size: PixelSize,
                                   into buffer: UnsafeMutableBufferPointer<UInt8>) throws {
        let decoder = try AnimationDecoder(bytes)
        var info = WebPAnimInfo()
        guard WebPAnimDecoderGetInfo(decoder.handle, &info) != 0,
              Int(info.canvas_width) == size.width, Int(info.canvas_height) == size.height else {
            throw FormatFailure(message: "inconsistent animation canvas")
        }
        var frame: UnsafeMutablePointer<UInt8>?
        var timestamp: Int32 = 0
        guard WebPAnimDecoderGetNext(decoder.handle, &frame, &timestamp) != 0, let frame else {
            throw FormatFailure(message: "cannot decode the first animation frame")
        }
        buffer.baseAddress!.update(from: frame, count: buffer.count)
    }

    /// The payload of the first RIFF chunk of this type (`EXIF`, `ICCP`), if any.
    private static func chunk(_ name: String, in bytes: UnsafeRawBufferPointer) -> Range<Int>? {
        var pos = 12  // "RIFF" size "WEBP"
        while pos + 8 <= bytes.count {
            let length = Int(bytes[pos + 4]) | Int(bytes[pos + 5]) << 8
                | Int(bytes[pos + 6]) << 16 | Int(bytes[pos + 7]) << 24
            let data = pos + 8..<pos + 8 + length
            if bytes[pos..<pos + 4].elementsEqual(name.utf8) {
                return data.upperBound <= bytes.count ? data : nil
            }
            pos = data.upperBound + (length & 1)
        }
        return nil
    }

    /// The one funnel from a libwebp status to an error.
    private static func check(_ status: VP8StatusCode) throws {
        switch status {
        case VP8_STATUS_OK: return
        case VP8_STATUS_NOT_ENOUGH_DATA: throw FormatFailure(message: "not enough data, the file ends early")
        case VP8_STATUS_BITSTREAM_ERROR: throw FormatFailure(message: "bitstream error")
        case VP8_STATUS_UNSUPPORTED_FEATURE: throw FormatFailure(message: "unsupported feature")
        case VP8_STATUS_OUT_OF_MEMORY: throw FormatFailure(message: "out of memory")
        default: throw FormatFailure(message: "decoding failed (status \(status.rawValue))")
        }
    }
}

/// One libwebp animation decoder, deleted with this object. It reads `bytes` in place, so it
/// must not outlive them.
private final class AnimationDecoder {
    let handle: OpaquePointer

    init(_ bytes: UnsafeRawBufferPointer) throws {
        var options = WebPAnimDecoderOptions()
        guard reel_webp_anim_decoder_options_init(&options) != 0 else {
            throw FormatFailure(message: "libwebp version mismatch")
        }
        options.color_mode = MODE_RGBA
        options.use_threads = 0
        var data = WebPData(bytes: bytes.baseAddress?.assumingMemoryBound(to: UInt8.self), size: bytes.count)
        guard let handle = reel_webp_anim_decoder_new(&data, &options) else {
            throw FormatFailure(message: "invalid animation data")
        }
        self.handle = handle
    }

    deinit { WebPAnimDecoderDelete(handle) }
}
