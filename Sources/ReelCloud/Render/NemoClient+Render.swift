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
    /// The local files `timeline` would upload, by `src`, after checking that each lies inside
    /// `folder` or one of `allowing` (symlinks and `..` resolved).
    ///
    /// - Throws: `CloudError` (`.pathNotAllowed`) naming every file outside them; nothing is sent.
    public nonisolated func checkUploads(_ timeline: Timeline, relativeTo folder: URL, allowing: [URL] = []) throws -> [String: URL] {
        let local = Self.localSources(of: timeline, relativeTo: folder)
        let confinement = SourceConfinement(roots: [folder] + allowing)
        let outside = local.filter { !confinement.allows($0.value) }.sorted { $0.key < $1.key }
        if !outside.isEmpty {
            let list = outside.map { "  \($0.value.path) (src \"\($0.key)\")" }.joined(separator: "\n")
            throw CloudError(.pathNotAllowed,
                             "The draft refers to \(outside.count == 1 ? "a file" : "files") outside its folder \(folder.path), which would be uploaded to the cloud; nothing was sent:\n\(list)",
                             suggestion: "If you mean to send \(outside.count == 1 ? "it" : "them"), move \(outside.count == 1 ? "it" : "them") into the draft's folder or allow the folder with --allow-path DIR (repeatable).")
        }
        return local
    }

    /// Renders a local timeline in the cloud: uploads every local file it refers to, rewrites
    /// each `src` to the returned cloud URL, exports, and places the MP4 at `output`.
    ///
    /// Only files inside `folder` or `allowing` may be uploaded: when the timeline refers to any
    /// other local file, nothing is sent and the error names each one.
    ///
    /// - Parameters:
    ///   - folder: the draft's folder, against which relative `src` paths resolve; its tree may
    ///     be uploaded.
    ///   - allowing: more files and folders the user chose to send (named on the command line,
    ///     `--allow-path`).
    /// - Throws: `CloudError` (`.pathNotAllowed` for files outside what is allowed); when
    ///   `allowsLocalFallback` is true, rendering locally is the right answer.
    public func render(_ timeline: Timeline, relativeTo folder: URL, allowing: [URL] = [], to output: URL,
                       progress: (@Sendable (CloudRenderProgress) -> Void)? = nil) async throws -> ExportResult {
        let local = try checkUploads(timeline, relativeTo: folder, allowing: allowing)
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

    /// Each `src` that names a local file (by the shared rule, `MediaSource`), mapped to that
    /// file. URLs stay as they are: the cloud fetches them itself.
    static func localSources(of timeline: Timeline, relativeTo folder: URL) -> [String: URL] {
        var map: [String: URL] = [:]
        for track in timeline.tracks {
            for seg in track.segments {
                guard let src = seg.source, !src.isEmpty, map[src] == nil else { continue }
                if case .local(let file) = MediaSource.resolve(src, base: folder) { map[src] = file }
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
