import Foundation
import ReelTimeline

/// Where an export stands, for progress display.
public enum ExportProgress: Sendable, Hashable {
    /// The render was accepted under this id (`reel cloud resume ID` can finish it).
    case submitted(renderID: String)
    /// The cloud is rendering: its status word and percentage.
    case rendering(status: String, percent: Int)
    /// The MP4 is coming down; `total` is 0 while unknown.
    case downloading(bytes: Int64, total: Int64)
    /// The file is being checked.
    case verifying
}

/// A finished export.
public struct ExportResult: Sendable, Hashable {
    /// The render id (`render_…`).
    public var renderID: String
    /// The verified MP4.
    public var output: URL
    /// The MP4's size in bytes.
    public var bytes: Int64
}

extension NemoClient {
    /// Renders `draft` (default: the session's current draft) in the cloud and places the MP4
    /// at `output` atomically. The render is recorded before it is submitted, so an interrupted
    /// export can be finished with `resume`.
    public func export(draft: JSONValue? = nil, to output: URL,
                       progress: (@Sendable (ExportProgress) -> Void)? = nil) async throws -> ExportResult {
        var draft = draft
        if draft == nil { draft = try await state().draft }
        guard let draft, CloudState(sessionID: "", draft: draft, raw: .null).isExportable else {
            throw CloudError(.nothingToExport, "The project's timeline is empty, so there is nothing to export.",
                             suggestion: "Add media with `reel cloud upload` or ask for an edit with `reel cloud chat`, then export.")
        }
        let sid = try await sessionID()
        var job = RenderJob(id: Self.newRenderID(), sessionID: sid, output: output.standardizedFileURL.path,
                            status: .submitting, progress: 0, createdAt: Date(), updatedAt: Date())
        try jobs.save(job)
        let recorded = job.id
        do {
            job = try await submit(job, draft: draft)
        } catch is CancellationError {
            throw Self.interrupted(recorded, "while starting the cloud render")
        }
        progress?(.submitted(renderID: job.id))
        return try await finishing(job, progress: progress)
    }

    /// `finish`, with an interrupt reported as a resumable `.cancelled` error.
    private func finishing(_ job: RenderJob, progress: (@Sendable (ExportProgress) -> Void)?) async throws -> ExportResult {
        do {
            return try await finish(job, progress: progress)
        } catch is CancellationError {
            throw Self.interrupted(job.id, "while waiting for the cloud render")
        }
    }

    /// The error for an interrupt once the render `id` is recorded.
    static func interrupted(_ id: String, _ when: String) -> CloudError {
        CloudError(.cancelled, "Interrupted \(when) \(id); no video was written.",
                   suggestion: "The render is recorded: finish it with `reel cloud resume \(id)`.", renderID: id)
    }

    /// Finishes a recorded render: polls until done, downloads and verifies it.
    ///
    /// - Parameter output: overrides the recorded output path.
    /// - Throws: `.unknownJob` when the id was never recorded here.
    public func resume(_ id: String, to output: URL? = nil,
                       progress: (@Sendable (ExportProgress) -> Void)? = nil) async throws -> ExportResult {
        guard CloudIdentifier.isValid(id), var job = jobs.job(id) else {
            throw CloudError(.unknownJob, "No render with id \(TerminalText.oneLine(id)) is recorded on this machine.",
                             suggestion: "List the recorded renders with `reel cloud jobs`.")
        }
        if let output { job.output = output.standardizedFileURL.path }
        if job.status == .completed, output == nil, let size = Self.fileSize(job.output) {
            return ExportResult(renderID: job.id, output: URL(fileURLWithPath: job.output), bytes: size)
        }
        return try await finishing(job, progress: progress)
    }

    /// Submits, replacing the id when the server says it is taken.
    private func submit(_ job: RenderJob, draft: JSONValue) async throws -> RenderJob {
        var job = job
        for attempt in 0..<3 {
            let id = job.id, sid = job.sessionID
            let body = JSONValue.object(["id": .string(id), "sessionId": .string(sid), "draft": draft,
                                         "output": .object(["format": .string("mp4"), "quality": .string("high")])])
            do {
                let data = try await send(Call(operation: "start the cloud render", method: "POST",
                                               path: { _ in "/api/render/proxy/lambda" }, body: .json(body)))
                if let serverID = try data["id"].flatMap(Self.idString).map({ try CloudIdentifier.check($0, what: "render id") }),
                   serverID != job.id {
                    let old = job.id
                    job.id = serverID
                    try jobs.replace(old, with: job)
                }
                job.status = .rendering
                job.progress = data["progress"]?.intValue ?? 0
                try jobs.save(job)
                return job
            } catch let e as CloudError where Self.isDuplicateID(e) && attempt < 2 {
                let old = job.id
                job.id = Self.newRenderID()
                try jobs.replace(old, with: job)
            } catch let e as CloudError where !e.requestMayHaveArrived {
                try? jobs.remove(job.id) // refused or never sent: nothing to resume
                throw e
            } catch let e as CloudError {
                throw CloudError(e.kind, e.message, suggestion: "The render may have started; finish it with `reel cloud resume \(job.id)`.",
                                 httpStatus: e.httpStatus, serverCode: e.serverCode, renderID: job.id)
            }
        }
        throw CloudError(.server, "The cloud kept refusing new render ids.", suggestion: "Try again later.")
    }

    /// Polls until the render completes, then downloads.
    private func finish(_ job: RenderJob, progress: (@Sendable (ExportProgress) -> Void)?) async throws -> ExportResult {
        var job = job
        let clock = configuration.clock
        let start = clock.now()
        var failures = 0
        let resumeHint = "Finish it later with `reel cloud resume \(job.id)`."
        while true {
            let status: RenderStatus
            do {
                status = try await poll(job.id)
                failures = 0
            } catch let e as CloudError where Self.isTransient(e) {
                failures += 1
                if failures > configuration.maxPollFailures {
                    throw CloudError(e.kind, e.message, suggestion: "The render is recorded. " + resumeHint,
                                     httpStatus: e.httpStatus, serverCode: e.serverCode, renderID: job.id)
                }
                try await clock.pause(for: configuration.pollInterval)
                continue
            }
            if status.progress != job.progress || job.status != .rendering {
                job.progress = status.progress
                job.status = status.state == .completed ? .downloading : status.state == .failed ? .failed : .rendering
                job.error = status.error
                try jobs.save(job)
            }
            progress?(.rendering(status: status.statusText, percent: status.progress))
            switch status.state {
            case .completed:
                return try await download(job, from: status.downloadURL, progress: progress)
            case .failed:
                throw CloudError(.renderFailed, "The cloud render \(job.id) failed: \(Envelope.Failure.clip(status.error ?? "no reason given")).",
                                 suggestion: "Check the timeline with `reel cloud state` and export again, or render locally with `reel render`.",
                                 renderID: job.id)
            case .pending, .processing:
                if clock.now() - start + configuration.pollInterval > configuration.maxPollDuration {
                    throw CloudError(.renderTimedOut, "The cloud render \(job.id) is still \(status.statusText) (\(status.progress)%) after \(RetryAfter.text(configuration.maxPollDuration)).",
                                     suggestion: resumeHint, renderID: job.id)
                }
                try await clock.pause(for: configuration.pollInterval)
            }
        }
    }

    private func poll(_ id: String) async throws -> RenderStatus {
        let json: JSONValue = try await send(Call(operation: "check the render", method: "GET",
                                                  path: { _ in "/api/render/proxy/lambda/\(id)" }),
                                             response: .memory) { response in
            switch Envelope.payload(status: response.status, headers: response.head.headers, body: response.body) {
            case .success:
                return .done((try? JSONDecoder().decode(JSONValue.self, from: response.body)) ?? .null)
            case .failure:
                return .refused(response.head, response.body)
            }
        }
        return try RenderStatus(json: json)
    }

    static func newRenderID() -> String {
        "render_\(Int(Date().timeIntervalSince1970))_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(12).lowercased()
    }

    static func isDuplicateID(_ e: CloudError) -> Bool {
        let text = e.message.lowercased()
        return e.httpStatus == 409 || text.contains("duplicate") || text.contains("already exist")
    }

    static func isTransient(_ e: CloudError) -> Bool {
        [.unreachable, .timedOut, .connectionLost, .rateLimited].contains(e.kind) || (e.kind == .server && (e.httpStatus ?? 0) >= 500)
    }

    static func fileSize(_ path: String) -> Int64? {
        (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.int64Value
    }
}
