import Foundation
import ReelTimeline

/// Resolves a segment's `src` to a local file: absolute paths as they are, relative paths
/// against the draft's folder (or the working directory), `file://` URLs to their path.
public struct MediaResolver: Sendable {
    /// Folder relative paths resolve against.
    public let base: URL

    public init(base: URL? = nil) {
        self.base = base ?? URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }

    /// The local file for `src`, or an error saying a remote URL needs the cloud (or a download).
    public func localFile(_ src: String, path: String) throws -> URL {
        if let url = URL(string: src), let scheme = url.scheme?.lowercased(), scheme.count > 1 {
            if scheme == "file" { return url.standardizedFileURL }
            throw InputError("\(path): \(src) is a remote URL; a local render needs the file on disk (download it, or render with --cloud)")
        }
        if src.hasPrefix("/") { return URL(fileURLWithPath: src).standardizedFileURL }
        return base.appendingPathComponent(src).standardizedFileURL
    }

    /// `url` written relative to `base` when it lies inside it, else absolute — what a draft stores.
    public func draftPath(for url: URL) -> String {
        let b = base.standardizedFileURL.path.hasSuffix("/") ? base.standardizedFileURL.path : base.standardizedFileURL.path + "/"
        let p = url.standardizedFileURL.path
        return p.hasPrefix(b) ? String(p.dropFirst(b.count)) : p
    }
}
