import Foundation
import ReelTimeline

// The cloud API is part of the facade: apps get every cloud feature the CLI has.
@_exported import ReelCloud

/// Renders a timeline in the NemoVideo cloud: uploads the local media it uses, rewrites each
/// `src` to the returned cloud URL, exports, polls, and places the MP4 at the output atomically.
///
/// When it fails with `CloudError.allowsLocalFallback` (cloud unreachable, out of credits,
/// plan refuses the export), rendering locally is the right answer; `ReelEngine.export` is
/// that policy in one call.
public struct CloudRenderer: Sendable {
    /// The client doing the work; its `jobs` record lets an interrupted render be resumed.
    public let client: NemoClient

    /// A renderer using `client` (its configuration: API address, token, project session).
    public init(client: NemoClient) {
        self.client = client
    }

    /// A renderer for the project in `draftFolder`, configured from `--api-url` /
    /// `NEMO_API_URL`, `NEMO_TOKEN` and `XDG_CONFIG_HOME`.
    public init(apiURL: String? = nil, draftFolder: URL) throws {
        client = NemoClient(configuration: try CloudConfiguration.fromEnvironment(apiURL: apiURL, projectDirectory: draftFolder))
    }

    /// Uploads `files` into the project's cloud session, in order, and returns where the cloud
    /// serves each (`localFile` is the file as given). HEIC, HEIF and AVIF photos, which the
    /// cloud does not accept, are sent as JPEG copies (upright, sRGB, quality 92) made in a
    /// temporary folder and deleted afterwards. Every file is checked before anything is sent.
    ///
    /// - Throws: `ImageDecodeError` for a HEIF photo that cannot be decoded (before anything is
    ///   sent); `CloudError`.
    public func upload(_ files: [URL], progress: (@Sendable (UploadProgress) -> Void)? = nil) async throws -> [UploadedMedia] {
        let staged = try CloudPhotoStaging(files: files)
        defer { staged.removeFiles() }
        return try await client.upload(staged.files, progress: progress).map { media in
            var named = media
            named.localFile = staged.original(of: media.localFile)
            return named
        }
    }

    /// Renders `timeline` in the cloud to `output`. Only local files inside `draftFolder` or
    /// `allowing` are uploaded; any other file the timeline names is refused before anything
    /// is sent (`CloudError.Kind.pathNotAllowed`, naming each file). HEIC, HEIF and AVIF photos,
    /// which the cloud does not accept, are uploaded as JPEG copies (upright, sRGB, quality 92)
    /// made in a temporary folder and deleted afterwards.
    ///
    /// - Parameters:
    ///   - draftFolder: the draft's folder; relative `src` paths resolve against it.
    ///   - allowing: files and folders the user chose to send besides that folder.
    ///   - progress: upload, render and download progress, from any thread.
    /// - Throws: `CloudError`; `ImageDecodeError` for a HEIF photo that cannot be decoded.
    public func render(_ timeline: Timeline, draftFolder: URL, allowing: [URL] = [], to output: URL,
                       progress: (@Sendable (CloudRenderProgress) -> Void)? = nil) async throws -> ExportResult {
        // What may leave the machine is decided on the user's own files, before any copy is made.
        _ = try client.checkUploads(timeline, relativeTo: draftFolder, allowing: allowing)
        let staged = try CloudPhotoStaging(timeline, draftFolder: draftFolder)
        defer { staged.removeFiles() }
        return try await client.render(staged.timeline, relativeTo: draftFolder, allowing: allowing + staged.folders,
                                       to: output, progress: progress)
    }
}
