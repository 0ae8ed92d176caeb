import Foundation

/// How one job of a batch ended.
public enum BatchJobStatus: Sendable, Equatable {
    /// Rendered now.
    case done
    /// The output was up to date (same inputs and options); nothing was done.
    case skipped
    /// The render failed with this message (the next jobs still run).
    case failed(String)
    /// The batch was interrupted before or while this job ran.
    case cancelled
}

/// A job's result: status, wall seconds and output size.
public struct BatchJobResult: Sendable, Equatable {
    /// The job.
    public let job: BatchJob
    /// How it ended.
    public let status: BatchJobStatus
    /// Wall-clock seconds it took (0 when skipped).
    public let seconds: Double
    /// The output's size in bytes, when there is one.
    public let bytes: Int64?

    /// A result.
    public init(job: BatchJob, status: BatchJobStatus, seconds: Double, bytes: Int64?) {
        self.job = job
        self.status = status
        self.seconds = seconds
        self.bytes = bytes
    }
}

/// What a running batch reports, as it happens (from several tasks at once).
public enum BatchEvent: Sendable {
    /// A job started rendering.
    case started(BatchJob)
    /// Frames done of a job's total.
    case progress(BatchJob, frames: Int, total: Int)
    /// A job ended (done, skipped, failed or cancelled).
    case finished(BatchJobResult)
}

/// Runs a batch's jobs, at most `concurrency` at a time, skipping those whose output is up to date.
public struct BatchRunner: Sendable {
    /// Runs one job's render; returns nil on success or the failure's message. It should stop
    /// when its task is cancelled, leaving no output.
    public typealias Execute = @Sendable (BatchJob, _ progress: @escaping @Sendable (Int, Int) -> Void) async -> String?

    /// How many jobs run side by side.
    public let concurrency: Int
    /// Redo jobs even when their output is up to date.
    public let force: Bool
    /// Reel's version, part of every digest.
    public let version: String

    /// A runner; `concurrency` is at least 1.
    public init(concurrency: Int, force: Bool = false, version: String) {
        self.concurrency = max(1, concurrency)
        self.force = force
        self.version = version
    }

    /// A sensible number of jobs side by side: x264 already uses every core at standard and high
    /// quality, so there one job per 4 cores; short preview jobs have serial stretches (decoding,
    /// muxing) that a second job fills, so there one per core, at least 2.
    public static func defaultConcurrency(cores: Int = ProcessInfo.processInfo.activeProcessorCount, allPreview: Bool) -> Int {
        allPreview ? max(2, cores) : max(1, cores / 4)
    }

    /// Runs `jobs` (in order, `concurrency` at a time) and returns their results in the same order.
    public func run(_ jobs: [BatchJob], execute: @escaping Execute, events: @escaping @Sendable (BatchEvent) -> Void = { _ in }) async -> [BatchJobResult] {
        let clock = ContinuousClock()
        return await withTaskGroup(of: (Int, BatchJobResult).self) { group in
            var results = [BatchJobResult?](repeating: nil, count: jobs.count)
            var next = 0
            func launch() {
                guard next < jobs.count else { return }
                let i = next, job = jobs[i]
                next += 1
                group.addTask { [force, version] in
                    let digest = BatchDigest.digest(of: job, version: version)
                    if !force && BatchDigest.isUpToDate(job, digest: digest) {
                        return (i, BatchJobResult(job: job, status: .skipped, seconds: 0, bytes: BatchDigest.fileSize(job.output)))
                    }
                    if Task.isCancelled { return (i, BatchJobResult(job: job, status: .cancelled, seconds: 0, bytes: nil)) }
                    events(.started(job))
                    let folder = job.output.deletingLastPathComponent()
                    if !FileManager.default.fileExists(atPath: folder.path) {
                        do { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) } catch {
                            return (i, BatchJobResult(job: job, status: .failed("\(folder.path): cannot create the output folder (\(error.localizedDescription))"), seconds: 0, bytes: nil))
                        }
                    }
                    let start = clock.now
                    var failure = await execute(job) { done, total in events(.progress(job, frames: done, total: total)) }
                    let elapsed = start.duration(to: clock.now)
                    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
                    if failure == nil {
                        do { try BatchDigest.record(job, digest: digest) } catch {
                            failure = "the video was written but its batch state \(job.stateFile.path) was not (\(error.localizedDescription))"
                        }
                    }
                    let status: BatchJobStatus = failure == nil ? .done : Task.isCancelled ? .cancelled : .failed(failure ?? "")
                    return (i, BatchJobResult(job: job, status: status, seconds: seconds, bytes: failure == nil ? BatchDigest.fileSize(job.output) : nil))
                }
            }
            for _ in 0..<concurrency { launch() }
            while let (i, result) = await group.next() {
                results[i] = result
                events(.finished(result))
                launch()
            }
            return results.enumerated().map { i, r in r ?? BatchJobResult(job: jobs[i], status: .cancelled, seconds: 0, bytes: nil) }
        }
    }
}
