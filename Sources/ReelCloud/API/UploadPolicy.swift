import Foundation

/// What the cloud accepts for upload: these types, at most 200 MB a file. Checked before
/// sending so the user hears at once, in the same words as the server's 4001/4002.
public enum UploadPolicy {
    /// Accepted file extensions.
    public static let acceptedExtensions = ["mp4", "mov", "avi", "webm", "mkv", "jpg", "png", "gif", "webp", "mp3", "wav", "m4a", "aac"]

    /// The content type sent for a file, or nil when the cloud does not accept it.
    /// `.jpeg` counts as `jpg`.
    public static func contentType(for file: URL) -> String? {
        switch file.pathExtension.lowercased() {
        case "mp4": "video/mp4"
        case "mov": "video/quicktime"
        case "avi": "video/x-msvideo"
        case "webm": "video/webm"
        case "mkv": "video/x-matroska"
        case "jpg", "jpeg": "image/jpeg"
        case "png": "image/png"
        case "gif": "image/gif"
        case "webp": "image/webp"
        case "mp3": "audio/mpeg"
        case "wav": "audio/wav"
        case "m4a": "audio/mp4"
        case "aac": "audio/aac"
        default: nil
        }
    }

    /// Checks type, existence and size; returns the size in bytes.
    static func check(_ file: URL, limit: Int64) throws -> Int64 {
        guard contentType(for: file) != nil else {
            throw CloudError(.unsupportedFileType, "\(file.lastPathComponent): the cloud does not accept .\(file.pathExtension.isEmpty ? "(no extension)" : file.pathExtension.lowercased()) files.",
                             suggestion: "Use one of: \(acceptedExtensions.joined(separator: " ")).")
        }
        let attributes: [FileAttributeKey: Any]
        do { attributes = try FileManager.default.attributesOfItem(atPath: file.path) } catch {
            throw CloudError(.localFile, "\(file.path): no such file.", suggestion: "Check the path.")
        }
        guard attributes[.type] as? FileAttributeType == .typeRegular else {
            throw CloudError(.localFile, "\(file.path) is not a regular file.", suggestion: "Pass media files, not folders.")
        }
        let size = (attributes[.size] as? NSNumber)?.int64Value ?? 0
        guard size <= limit else {
            throw CloudError(.fileTooLarge, "\(file.lastPathComponent) is \(megabytes(size)) MB; the cloud accepts at most \(megabytes(limit)) MB a file.",
                             suggestion: "Shrink or trim it, or render locally with `reel render` (no --cloud).")
        }
        return size
    }

    static func megabytes(_ bytes: Int64) -> String {
        let mb = Double(bytes) / 1_048_576
        return mb >= 10 ? String(Int(mb.rounded())) : String(format: "%.1f", mb)
    }
}
