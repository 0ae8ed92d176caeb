import Foundation
import ReelTimeline

/// A batch rendered in the NemoVideo cloud, the API's batch style: one session for the whole
/// batch, each distinct file (by content digest) uploaded once and its URL reused in every
/// draft that names it, then each job submitted as a render of its own. Every render is
/// recorded before it is submitted, so `reel cloud resume` — or the same batch run again —
/// finishes one that was interrupted.
public struct CloudBatch: Sendable {
    /// The client doing the work; one client means one session.
    public let client: NemoClient

    /// A batch on `client`.
    public init(client: NemoClient) { self.client = client }

    /// A batch for the project in `folder` (the manifest's folder), configured from `--api-url`
    /// / `NEMO_API_URL`, `NEMO_TOKEN` and `XDG_CONFIG_HOME`.
    public init(apiURL: String? = nil, projectFolder folder: URL) throws {
        client = NemoClient(configuration: try CloudConfiguration.fromEnvironment(apiURL: apiURL, projectDirectory: folder))
    }

    /// One job to prepare: its timeline, the folder its relative `src` paths resolve against, and
    /// the files the user chose to send (its inputs and music).
    public struct Item: Sendable {
        /// The job.
        public let job: BatchJob
        /// What it renders.
        public let timeline: Timeline
        /// The folder relative `src` paths resolve against (a draft's folder).
        public let folder: URL
        /// Files and folders besides `folder` that may be uploaded.
        public let allowing: [URL]

        /// An item.
        public init(job: BatchJob, timeline: Timeline, folder: URL, allowing: [URL]) {
            self.job = job
            self.timeline = timeline
            self.folder = folder
            self.allowing = allowing
        }
    }

    /// The drafts to submit (by job index, every local `src` replaced by its cloud URL), the
    /// jobs that cannot go (by index, why), and how many files were uploaded.
    public struct Preparation: Sendable {
        /// Drafts ready to submit, by job index.
        public var drafts: [Int: JSONValue] = [:]
        /// Jobs refused before anything was sent (a file outside what may be uploaded, a photo that cannot be converted).
        public var refused: [Int: any Error] = [:]
        /// Distinct files uploaded.
        public var uploadedFiles = 0
    }

    /// Checks each item's files (confined to its folder and `allowing`, checked on the user's
    /// own files before any HEIC copy is made), then uploads every distinct file once.
    ///
    /// - Throws: `CloudError` from the upload (then nothing is submitted).
    public func prepare(_ items: [Item], progress: (@Sendable (UploadProgress) -> Void)? = nil) async throws -> Preparation {
        var result = Preparation()
        var staged: [(Item, CloudPhotoStaging, [String: URL])] = []
        defer { staged.forEach { $0.1.removeFiles() } }
        for item in items {
            do {
                _ = try client.checkUploads(item.timeline, relativeTo: item.folder, allowing: item.allowing)
                let copy = try CloudPhotoStaging(item.timeline, draftFolder: item.folder)
                let local = try client.checkUploads(copy.timeline, relativeTo: item.folder, allowing: item.allowing + copy.folders)
                staged.append((item, copy, local))
            } catch {
                result.refused[item.job.index] = error
            }
        }
        // Each distinct content once: the first file with a digest is the one sent.
        var digestOf: [URL: String] = [:]
        var firstFile: [String: URL] = [:]
        for file in Set(staged.flatMap { $0.2.values }).sorted(by: { $0.path < $1.path }) {
            let digest = try Self.contentDigest(file)
            digestOf[file] = digest
            if firstFile[digest] == nil { firstFile[digest] = file }
        }
        let files = firstFile.values.sorted { $0.path < $1.path }
        let uploaded = files.isEmpty ? [] : try await client.upload(files, progress: progress)
        result.uploadedFiles = uploaded.count
        var urlOf: [String: String] = [:]
        for media in uploaded { if let d = digestOf[media.localFile] { urlOf[d] = media.url } }
        for (item, copy, local) in staged {
            var timeline = copy.timeline
            for t in timeline.tracks.indices {
                for s in timeline.tracks[t].segments.indices {
                    guard let src = timeline.tracks[t].segments[s].source, let file = local[src],
                          let d = digestOf[file], let url = urlOf[d] else { continue }
                    timeline.tracks[t].segments[s].source = url
                }
            }
            result.drafts[item.job.index] = timeline.draftValue
        }
        return result
    }

    /// The unfinished render recorded for `job`'s output, if one is (an interrupted batch).
    public func recordedRender(for job: BatchJob) -> RenderJob? {
        let path = job.output.standardizedFileURL.path
        return client.jobs.all().last { $0.output == path && $0.isUnfinished }
    }

    /// Renders one job: finishes the render recorded for its output when there is one,
    /// otherwise submits `draft`; the MP4 is placed at the output atomically.
    public func render(_ job: BatchJob, draft: JSONValue?, progress: (@Sendable (ExportProgress) -> Void)? = nil) async throws -> ExportResult {
        if let recorded = recordedRender(for: job) {
            return try await client.resume(recorded.id, progress: progress)
        }
        guard let draft else {
            throw CloudError(.nothingToExport, "\(job.name): nothing was prepared for the cloud.", suggestion: "Run the batch again.")
        }
        return try await client.export(draft: draft, to: job.output, progress: progress)
    }

    /// A file's content digest (128-bit, hex), read 1 MB at a time.
    static func contentDigest(_ file: URL) throws -> String {
        let handle: FileHandle
        do { handle = try FileHandle(forReadingFrom: file) } catch {
            throw CloudError(.localFile, "\(file.path) cannot be read (\(error.localizedDescription)).", suggestion: "Check the file and run the batch again.")
        }
        defer { try? handle.close() }
        var h = Hasher128()
        while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty { h.add(bytes: chunk) }
        return h.hex
    }
}
