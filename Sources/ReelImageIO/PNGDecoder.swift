internal import CPNG
import ReelCompositor

/// PNG through libpng's simplified API: any bit depth, palette, greyscale, alpha, all
/// delivered as 8-bit straight-alpha RGBA.
enum PNGDecoder: FormatDecoder {
    static func readHeader(_ bytes: UnsafeRawBufferPointer) throws -> ImageHeader {
        // Signature (8), then IHDR: length (4) "IHDR" (4) width (4) height (4) ...
        guard bytes.count >= 33, bytes[12..<16].elementsEqual("IHDR".utf8) else {
            throw FormatFailure(message: "missing IHDR header")
        }
        let size = PixelSize(width: Int(bigEndian32(bytes, at: 16)), height: Int(bigEndian32(bytes, at: 20)))
        guard size.width > 0, size.height > 0 else { throw FormatFailure(message: "zero image size") }
        return ImageHeader(storedSize: size, exif: exifChunk(bytes))
    }

    static func decode(_ bytes: UnsafeRawBufferPointer, header: ImageHeader,
                       minimumStoredSize: PixelSize?) throws -> RGBAImage {
        let reader = PNGImage()
        try reader.check(png_image_begin_read_from_memory(&reader.image, bytes.baseAddress, bytes.count))
        let size = PixelSize(width: Int(reader.image.width), height: Int(reader.image.height))
        guard size == header.storedSize else { throw FormatFailure(message: "inconsistent IHDR") }
        reader.image.format = UInt32(PNG_FORMAT_RGB | PNG_FORMAT_FLAG_ALPHA)
        // Without gAMA/sRGB chunks, treat 16-bit samples as sRGB like 8-bit ones (as other
        // viewers do), not as linear light.
        reader.image.flags |= UInt32(PNG_IMAGE_FLAG_16BIT_sRGB)
        let pixels = try [UInt8](unsafeUninitializedCapacity: size.width * size.height * 4) { buffer, count in
            try reader.check(png_image_finish_read(&reader.image, nil, buffer.baseAddress, 0, nil))
            count = size.width * size.height * 4
        }
        return RGBAImage(width: size.width, height: size.height, pixels: pixels)
    }

    /// The payload of an `eXIf` chunk before the image data, if any.
    private static func exifChunk(_ bytes: UnsafeRawBufferPointer) -> Range<Int>? {
        var pos = 8
        while pos + 12 <= bytes.count {
            let length = Int(bigEndian32(bytes, at: pos))
            let type = bytes[pos + 4..<pos + 8]
            let data = pos + 8..<pos + 8 + length
            if type.elementsEqual("IDAT".utf8) || type.elementsEqual("IEND".utf8) { return nil }
            if type.elementsEqual("eXIf".utf8) { return data.upperBound <= bytes.count ? data : nil }
            pos = data.upperBound + 4
        }
        return nil
    }

    private static func bigEndian32(_ bytes: UnsafeRawBufferPointer, at offset: Int) -> UInt32 {
        UInt32(bytes[offset]) << 24 | UInt32(bytes[offset + 1]) << 16
            | UInt32(bytes[offset + 2]) << 8 | UInt32(bytes[offset + 3])
    }
}

/// One libpng simplified-API read; whatever libpng still holds is freed with this object.
private final class PNGImage {
    var image = png_image()

    init() { image.version = UInt32(PNG_IMAGE_VERSION) }

    deinit { png_image_free(&image) }

    /// The one funnel from a libpng simplified-API result to an error (0 means failure).
    func check(_ rc: Int32) throws {
        guard rc == 0 else { return }
        let message = withUnsafeBytes(of: image.message) { raw in
            String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
        }
        throw FormatFailure(message: message.isEmpty ? "unreadable PNG data" : message)
    }
}
