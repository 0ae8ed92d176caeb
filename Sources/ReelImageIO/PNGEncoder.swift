import Foundation
internal import CPNG
import ReelCompositor

/// Writes RGBA images as PNG (used to save single frames).
public enum PNGEncoder {
    /// PNG bytes for `image` (8-bit RGBA).
    public static func encode(_ image: RGBAImage) throws -> Data {
        var png = png_image()
        png.version = UInt32(PNG_IMAGE_VERSION)
        png.width = UInt32(image.width)
        png.height = UInt32(image.height)
        png.format = UInt32(PNG_FORMAT_RGB | PNG_FORMAT_FLAG_ALPHA)
        defer { png_image_free(&png) }
        var size: Int = 0
        let stride = Int32(image.width * 4)
        let ok = image.pixels.withUnsafeBufferPointer { px in
            png_image_write_to_memory(&png, nil, &size, 0, px.baseAddress, stride, nil)
        }
        guard ok != 0, size > 0 else { throw PNGEncodeError(message: Self.message(png)) }
        var data = Data(count: size)
        let ok2 = data.withUnsafeMutableBytes { buf in
            image.pixels.withUnsafeBufferPointer { px in
                png_image_write_to_memory(&png, buf.baseAddress, &size, 0, px.baseAddress, stride, nil)
            }
        }
        guard ok2 != 0 else { throw PNGEncodeError(message: Self.message(png)) }
        return data.prefix(size)
    }

    /// Writes `image` as a PNG file atomically (a temporary file renamed into place).
    public static func write(_ image: RGBAImage, to url: URL) throws {
        try encode(image).write(to: url, options: .atomic)
    }

    private static func message(_ png: png_image) -> String {
        var m = png.message
        return withUnsafeBytes(of: &m) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
    }
}

/// PNG encoding failed.
public struct PNGEncodeError: Error, CustomStringConvertible {
    /// What libpng reported.
    public let message: String
    /// The failure as one line.
    public var description: String { "PNG encoding failed: \(message)" }
}
