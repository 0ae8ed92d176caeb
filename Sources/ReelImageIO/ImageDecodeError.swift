import Foundation
import ReelCompositor

/// Why an image file could not be decoded, naming the file and what the user can do.
///
/// Compare ``kind`` against the static kinds (`error.kind == .truncatedOrCorrupt`); the
/// ``description`` carries the details (sizes, the decoder's own message).
public struct ImageDecodeError: Error, CustomStringConvertible, Sendable {
    /// The category of failure; new kinds may be added without breaking callers.
    public struct Kind: Hashable, Sendable, CustomStringConvertible {
        private enum Code: String, Hashable, Sendable {
            case unreadable, empty, fileTooLarge, unsupportedType, tooManyPixels, truncatedOrCorrupt
        }
        private let code: Code
        private init(_ code: Code) { self.code = code }

        /// The file does not exist or cannot be read.
        public static let unreadable = Kind(.unreadable)
        /// The file has zero bytes.
        public static let empty = Kind(.empty)
        /// The file is larger than ``ImageLimits/maxFileBytes``.
        public static let fileTooLarge = Kind(.fileTooLarge)
        /// The bytes are not JPEG, PNG, WebP, GIF or HEIF (HEIC, AVIF).
        public static let unsupportedType = Kind(.unsupportedType)
        /// The image has more pixels than ``ImageLimits/maxPixels``.
        public static let tooManyPixels = Kind(.tooManyPixels)
        /// The file is a supported type but its data is cut short or damaged.
        public static let truncatedOrCorrupt = Kind(.truncatedOrCorrupt)

        /// The kind's stable name, e.g. `truncatedOrCorrupt`.
        public var description: String { code.rawValue }
    }

    /// The category of failure.
    public let kind: Kind
    /// The file that failed.
    public let path: String
    private let detail: Detail

    private enum Detail: Sendable {
        case emptyFile
        case message(String)
        case unsupported(detected: String?)
        case fileSize(bytes: Int, limit: Int)
        case pixels(PixelSize, limit: Int)
        case corrupt(format: String, message: String)
    }

    private init(_ kind: Kind, _ url: URL, _ detail: Detail) {
        self.kind = kind
        self.path = url.path
        self.detail = detail
    }

    static func unreadable(_ url: URL, reason: String) -> ImageDecodeError {
        ImageDecodeError(.unreadable, url, .message(reason))
    }

    static func empty(_ url: URL) -> ImageDecodeError {
        ImageDecodeError(.empty, url, .emptyFile)
    }

    static func fileTooLarge(_ url: URL, bytes: Int, limit: Int) -> ImageDecodeError {
        ImageDecodeError(.fileTooLarge, url, .fileSize(bytes: bytes, limit: limit))
    }

    static func unsupportedType(_ url: URL, detected: String?) -> ImageDecodeError {
        ImageDecodeError(.unsupportedType, url, .unsupported(detected: detected))
    }

    static func tooManyPixels(_ url: URL, size: PixelSize, limit: Int) -> ImageDecodeError {
        ImageDecodeError(.tooManyPixels, url, .pixels(size, limit: limit))
    }

    static func corrupt(_ url: URL, format: ImageFormat, message: String) -> ImageDecodeError {
        ImageDecodeError(.truncatedOrCorrupt, url, .corrupt(format: format.name, message: message))
    }

    /// One line naming the file, what is wrong and what to do.
    public var description: String {
        switch detail {
        case .emptyFile:
            return "\(path) is empty (0 bytes). Check that the file was copied completely."
        case .message(let reason):
            return "\(path) cannot be read (\(reason)). Check the path and its permissions."
        case .unsupported(let detected):
            let what = detected.map { "unsupported image type \($0)" } ?? "unsupported image type"
            return "\(path): \(what) (accepted: \(ImageFormat.acceptedList)). Convert it to JPEG or PNG."
        case .fileSize(let bytes, let limit):
            return "\(path) is \(Self.fileSize(bytes)); the limit is \(Self.fileSize(limit)). "
                + "Re-export it at a smaller size."
        case .pixels(let size, let limit):
            return "\(path) is \(size) (\(Self.millions(Double(size.width) * Double(size.height))) megapixels); "
                + "the limit is \(Self.millions(Double(limit))) megapixels. Downscale it first."
        case .corrupt(let format, let message):
            return "\(path) is truncated or corrupt (\(format): \(message)). Re-export the photo."
        }
    }

    /// `250 MB`, `72 KB`, `100 bytes`.
    private static func fileSize(_ bytes: Int) -> String {
        if bytes >= 1_000_000 { return "\(millions(Double(bytes))) MB" }
        if bytes >= 1_000 { return "\((bytes + 500) / 1_000) KB" }
        return "\(bytes) bytes"
    }

    /// `108`, `12.3`: whole numbers when large, one decimal otherwise.
    private static func millions(_ value: Double) -> String {
        let m = value / 1_000_000
        if m >= 10 || m == m.rounded() { return String(Int(m.rounded())) }
        return String(format: "%.1f", m)
    }
}
