import Foundation
import ReelTimeline

extension NemoClient {
    /// Fetches the rendered MP4 (from the status's URL, else the download endpoint), checks it,
    /// and renames it over the output. The output never holds a partial or unchecked file.
    func download(_ job: RenderJob, from link: String?,
                  progress: (@Sendable (ExportProgress) -> Void)?) async throws -> ExportResult {
        var job = job
        let output = URL(fileURLWithPath: job.output)
        let dir = output.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        } catch {
            throw CloudError(.localFile, "Cannot create the folder \(dir.path) for the video.", suggestion: "Choose another output path with -o.", renderID: job.id)
        }
        let staging = dir.appendingPathComponent(".\(output.lastPathComponent).\(job.id).download")
        defer { try? FileManager.default.removeItem(at: staging) }
        var report: (@Sendable (HTTPProgress) -> Void)?
        if let progress {
            report = { p in progress(.downloading(bytes: p.downloaded, total: p.downloadTotal)) }
        }
        var problems: [String] = []

        if let link, let url = URL(string: link, relativeTo: configuration.baseURL)?.absoluteURL,
           let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https" {
            // The file usually sits on a CDN: send no credentials there.
            var request = HTTPRequest(method: "GET", url: url, headers: [("Accept", "video/mp4, */*")] + configuration.attribution.headers,
                                      response: .file(staging), connectTimeout: configuration.connectTimeout,
                                      readTimeout: configuration.readTimeout, totalTimeout: configuration.limits.downloadTimeout,
                                      progress: report)
            request.maxMemoryBytes = configuration.limits.maxJSONBytes
            request.maxFileBytes = configuration.limits.maxDownloadBytes
            request.maxRedirects = configuration.limits.maxRedirects
            do {
                let response = try await transport.perform(request)
                if response.head.isSuccess {
                    progress?(.verifying)
                    if let problem = MP4Check.problem(at: staging) { problems.append("the file \(problem)") } else {
                        return try place(staging, at: output, job: &job)
                    }
                } else {
                    problems.append("the video link answered HTTP \(response.status)")
                }
            } catch let e as TransportError where e.kind == .file {
                throw Self.cannotSave(output, e.detail, job: job)
            } catch let e as TransportError where e.kind == .limitExceeded {
                var mapped = Self.map(e, operation: "download the video")
                mapped.renderID = job.id
                throw mapped
            } catch let e as TransportError {
                problems.append("the video link failed (\(e.detail))")
            }
        }

        let id = job.id
        do {
            try await send(Call(operation: "download the video", method: "GET",
                                path: { _ in "/api/render/proxy/\(id)/download" }, accept: "video/mp4, */*",
                                progress: report), response: .file(staging)) { response -> Attempt<Void> in
                response.head.isSuccess && response.file != nil ? .done(()) : .refused(response.head, response.body)
            }
        } catch let e as CloudError where e.kind == .localFile {
            throw Self.cannotSave(output, e.message, job: job)
        } catch let e as CloudError {
            let before = problems.isEmpty ? "" : " (before that, \(problems.joined(separator: "; ")))"
            throw CloudError(e.kind, e.message + before, suggestion: "The render is done; fetch it with `reel cloud resume \(id)`.",
                             httpStatus: e.httpStatus, serverCode: e.serverCode, renderID: id)
        }
        progress?(.verifying)
        if let problem = MP4Check.problem(at: staging) {
            problems.append("the downloaded file \(problem)")
            throw CloudError(.invalidDownload, "The rendered video for \(job.id) could not be downloaded intact: \(problems.joined(separator: "; ")).",
                             suggestion: "Try again with `reel cloud resume \(job.id)`.", renderID: job.id)
        }
        return try place(staging, at: output, job: &job)
    }

    /// The video could not be written (usually a full disk): the output and what to do.
    static func cannotSave(_ output: URL, _ detail: String, job: RenderJob) -> CloudError {
        CloudError(.localFile, "Cannot save the video to \(output.path): \(detail).",
                   suggestion: "Free up space there (or choose another place with -o), then run `reel cloud resume \(job.id)`; any earlier file at that path is untouched.",
                   renderID: job.id)
    }

    private func place(_ staging: URL, at output: URL, job: inout RenderJob) throws -> ExportResult {
        guard rename(staging.path, output.path) == 0 else {
            let e = POSIXFileError(op: "move the video to", path: output.path)
            throw CloudError(.localFile, "\(e).", suggestion: "Check the folder's permissions, then run `reel cloud resume \(job.id)`.", renderID: job.id)
        }
        job.status = .completed
        job.progress = 100
        job.error = nil
        try jobs.save(job)
        return ExportResult(renderID: job.id, output: output, bytes: Self.fileSize(output.path) ?? 0)
    }
}
