import Foundation
import ReelTimeline

/// Where a whole cloud render (`reel render --cloud`) stands.
public enum CloudRenderProgress: Sendable, Hashable {
    /// Sending the local media.
    case uploading(UploadProgress)
    /// Rendering and fetching the result.
    case exporting(ExportProgress)
}

extension NemoClient {
    /// Renders a local timeline in the cloud: uploads every local file it refers to, rewrites
    /// each `src` to the returned cloud URL, exports, and places the MP4 at `output`.
    ///
    /// - Parameter folder: the draft's folder, against which relative `src` paths resolve.
    /// - Throws: `CloudError`; when `allowsLocalFallback` is true, rendering locally is the
    ///   right answer.
    public func render(_ timeline: Timeline, relativeTo folder: URL, to output: URL,
                       progress: (@Sendable (CloudRenderProgress) -> Void)? = nil) async throws -> ExportResult {
        let local = Self.localSources(of: timeline, relativeTo: folder)
        let files = Array(Set(local.values)).sorted { $0.path < $1.path }
        var uploadReport: (@Sendable (UploadProgress) -> Void)?
        if let progress { uploadReport = { progress(.uploading($0)) } }
        let uploaded = files.isEmpty ? [] : try await upload(files, progress: uploadReport)
        var urlByFile: [URL: String] = [:]
        for media in uploaded { urlByFile[media.localFile] = media.url }

        var cloudTimeline = timeline
        for t in cloudTimeline.tracks.indices {
            for s in cloudTimeline.tracks[t].segments.indices {
                guard let src = cloudTimeline.tracks[t].segments[s].source, let file = local[src],
                      let url = urlByFile[file] else { continue }
                cloudTimeline.tracks[t].segments[s].source = url
            }
        }
        var exportReport: (@Sendable (ExportProgress) -> Void)?
        if let progress { exportReport = { progress(.exporting($0)) } }
        return try await export(draft: cloudTimeline.draftValue, to: output, progress: exportReport)
    }

    /// Each `src` that names a local file, mapped to that file.
    static func localSources(of timeline: Timeline, relativeTo folder: URL) -> [String: URL] {
        var map: [String: URL] = [:]
        for track in timeline.tracks {
            for seg in track.segments {
                guard let src = seg.source, !src.isEmpty, map[src] == nil else { continue }
                if let url = URL(string: src), let scheme = url.scheme?.lowercased(), scheme.count > 1 {
                    if scheme == "file" { map[src] = url.standardizedFileURL }
                    continue // http(s) and other URLs are already remote
                }
                let path = (src as NSString).expandingTildeInPath
                let file = path.hasPrefix("/") ? URL(fileURLWithPath: path) : folder.appendingPathComponent(path)
                map[src] = file.standardizedFileURL
            }
        }
        return map
    }
}

/// The fallback policy between a cloud render and a local one.
public enum CloudFallback {
    /// Runs `cloud`; when it fails in a way that allows it (unreachable, out of credits, plan
    /// refused) and `enabled` is true, tells `onFallback` why and runs `local` instead.
    public static func run<T: Sendable>(enabled: Bool,
                                        cloud: () async throws -> T,
                                        local: () async throws -> T,
                                        onFallback: (CloudError) -> Void) async throws -> T {
        do {
            return try await cloud()
        } catch let e as CloudError where enabled && e.allowsLocalFallback {
            onFallback(e)
            return try await local()
        }
    }

    /// The line shown when falling back.
    public static func notice(for error: CloudError) -> String {
        "Cloud render unavailable (\(error.message)) — rendering locally instead."
    }
}
