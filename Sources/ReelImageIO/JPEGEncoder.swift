import Foundation
internal import CJPEG
import ReelCompositor

/// Writes RGBA images as baseline JPEG with TurboJPEG (alpha is dropped).
public enum JPEGEncoder {
    /// JPEG bytes for `image` at `quality` (1–100), 4:2:0 chroma.
    /// - Throws: ``ImageEncodeError`` when TurboJPEG fails.
    public static func encode(_ image: RGBAImage, quality: Int = 92) throws -> Data {
        let compressor = try TurboJPEGCompressor()
        return try compressor.compress(image, quality: max(1, min(100, quality)))
    }
}

/// Why an image could not be encoded.
public struct ImageEncodeError: Error, CustomStringConvertible, Sendable {
    /// The encoder's message.
    public let description: String
}

/// One TurboJPEG compressor handle; freed with this object.
private final class TurboJPEGCompressor {
    private let handle: tjhandle

    init() throws {
        guard let handle = tjInitCompress() else {
            throw ImageEncodeError(description: String(cString: tjGetErrorStr2(nil)))
        }
        self.handle = handle
    }

    deinit { tjDestroy(handle) }

    func compress(_ image: RGBAImage, quality: Int) throws -> Data {
        var buffer: UnsafeMutablePointer<UInt8>?
        var size: UInt = 0
        defer { if let buffer { tjFree(buffer) } }
        let rc = image.pixels.withUnsafeBufferPointer { px in
            tjCompress2(handle, px.baseAddress, Int32(image.width), 0, Int32(image.height),
                        Int32(TJPF_RGBA.rawValue), &buffer, &size, Int32(TJSAMP_420.rawValue), Int32(quality), 0)
        }
        guard rc == 0, let buffer, size > 0 else {
            throw ImageEncodeError(description: String(cString: tjGetErrorStr2(handle)))
        }
        return Data(bytes: buffer, count: Int(size))
    }
}
