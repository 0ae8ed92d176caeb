import Foundation
import ReelTimeline

/// Resolves a segment's `src` to a local file with the rule every renderer shares
/// (`MediaSource`): absolute paths as they are, `~/…` under the home folder, relative paths
/// against the draft's folder (or the working directory), `file://` URLs to their path.
public struct MediaResolver: Sendable {
    /// Folder relative paths resolve against.
    public let base: URL

    /// A resolver for paths relative to `base` (nil: the working directory).
    public init(base: URL? = nil) {
        self.base = base ?? URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }

    /// The local file for `src` (by the shared rule, `MediaSource.resolve`), or an error saying
    /// a remote URL needs the cloud (or a download).
    public func localFile(_ src: String, path: String) throws -> URL {
        switch MediaSource.resolve(src, base: base) {
        case .local(let url):
            return url
        case .remote:
            throw InputError("\(path): \(src) is a remote URL; a local render needs the file on disk (download it, or render with --cloud)", path: path)
        case .unsupported(let scheme):
            throw InputError("\(path): \(src) is a \(scheme): address; Reel reads local files and http(s) URLs only", path: path)
        }
    }

    /// `url` written relative to `base` when it lies inside it, else absolute — what a draft stores.
    public func draftPath(for url: URL) -> String {
        MediaSource.draftPath(for: url, in: base)
    }
}
