import Foundation

/// A cloud render Reel started, recorded before it is submitted so that no job is orphaned:
/// `reel cloud jobs` lists them and `reel cloud resume ID` finishes one.
public struct RenderJob: Codable, Sendable, Hashable {
    /// Where a render stands, as far as this machine knows.
    public enum Status: String, Codable, Sendable, Hashable {
        /// Recorded; the submit may or may not have reached the server.
        case submitting
        /// The server accepted it and is rendering.
        case rendering
        /// Rendered; the file is being fetched.
        case downloading
        /// Downloaded and verified at `output`.
        case completed
        /// The server reported a failure.
        case failed
    }

    /// The render id (`render_…`).
    public var id: String
    /// The cloud session it belongs to.
    public var sessionID: String
    /// Where the MP4 goes.
    public var output: String
    /// Where the render stands, as far as this machine knows.
    public var status: Status
    /// Last known progress, 0–100.
    public var progress: Int
    /// When the job was recorded.
    public var createdAt: Date
    /// When the job's record last changed.
    public var updatedAt: Date
    /// The server's failure text, for `failed`.
    public var error: String?

    enum CodingKeys: String, CodingKey {
        case id, sessionID = "session_id", output, status, progress
        case createdAt = "created_at", updatedAt = "updated_at", error
    }

    /// True when `resume` has something to do.
    public var isUnfinished: Bool { status != .completed && status != .failed }
}

/// The render jobs record (`jobs.json` in the config directory, 0600).
public struct JobStore: Sendable {
    private let file: PrivateFile<[RenderJob]>
    /// Finished jobs beyond this many are dropped, oldest first.
    private let keepFinished = 50

    /// A record in `directory` (`jobs.json`); nothing is read or created until it is used.
    public init(directory: URL) {
        file = PrivateFile(directory: directory, name: "jobs.json")
    }

    /// All recorded jobs, newest first.
    public func all() -> [RenderJob] {
        (file.read() ?? []).sorted { $0.createdAt > $1.createdAt }
    }

    /// The job with this id.
    public func job(_ id: String) -> RenderJob? {
        file.read()?.first { $0.id == id }
    }

    /// Records `job`, replacing an earlier record with the same id.
    public func save(_ job: RenderJob) throws {
        var jobs = file.read() ?? []
        var j = job
        j.updatedAt = Date()
        if let i = jobs.firstIndex(where: { $0.id == job.id }) { jobs[i] = j } else { jobs.append(j) }
        let finished = jobs.filter { !$0.isUnfinished }.sorted { $0.createdAt > $1.createdAt }
        if finished.count > keepFinished {
            let drop = Set(finished.dropFirst(keepFinished).map(\.id))
            jobs.removeAll { drop.contains($0.id) }
        }
        try file.write(jobs)
    }

    /// Forgets the job `id`.
    public func remove(_ id: String) throws {
        var jobs = file.read() ?? []
        guard jobs.contains(where: { $0.id == id }) else { return }
        jobs.removeAll { $0.id == id }
        try file.write(jobs)
    }

    /// Replaces the record `oldID` by `job` (a resubmit under a new id).
    public func replace(_ oldID: String, with job: RenderJob) throws {
        var jobs = file.read() ?? []
        jobs.removeAll { $0.id == oldID }
        try file.write(jobs)
        try save(job)
    }
}
