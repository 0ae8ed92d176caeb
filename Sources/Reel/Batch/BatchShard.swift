import Foundation

/// One of N shards of a batch: shard I takes the jobs whose manifest position is I modulo N,
/// so N machines running the same manifest share it out with no coordination.
public struct BatchShard: Sendable, Equatable, CustomStringConvertible {
    /// This shard's number, from 0.
    public let index: Int
    /// How many shards there are.
    public let count: Int

    /// A shard; `index` must be below `count`.
    public init(index: Int, count: Int) throws {
        guard count >= 1, index >= 0, index < count else {
            throw BatchError("--shard \(index)/\(count): give I/N with 0 <= I < N, e.g. --shard 0/4")
        }
        self.index = index
        self.count = count
    }

    /// `"I/N"`, or `"auto"`: from a Kubernetes Indexed Job (`JOB_COMPLETION_INDEX`, with the count
    /// from `count` or `REEL_SHARD_COUNT`) or a Slurm job array (`SLURM_ARRAY_TASK_ID` −
    /// `SLURM_ARRAY_TASK_MIN`, of `SLURM_ARRAY_TASK_COUNT`).
    public init(parsing text: String, count: Int? = nil, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        if text == "auto" {
            func number(_ name: String) throws -> Int? {
                guard let v = environment[name] else { return nil }
                guard let n = Int(v.trimmingCharacters(in: .whitespaces)) else { throw BatchError("--shard auto: \(name)=\(v) is not a number") }
                return n
            }
            if let k8s = try number("JOB_COMPLETION_INDEX") {
                guard let total = try count ?? number("REEL_SHARD_COUNT") else {
                    throw BatchError("--shard auto: JOB_COMPLETION_INDEX is set but not the number of shards; add --shard-count N (the Job's completions) or set REEL_SHARD_COUNT")
                }
                try self.init(index: k8s, count: total)
            } else if let task = try number("SLURM_ARRAY_TASK_ID") {
                guard let total = try count ?? number("SLURM_ARRAY_TASK_COUNT") else {
                    throw BatchError("--shard auto: SLURM_ARRAY_TASK_ID is set but not SLURM_ARRAY_TASK_COUNT; add --shard-count N")
                }
                try self.init(index: task - (try number("SLURM_ARRAY_TASK_MIN") ?? 0), count: total)
            } else {
                throw BatchError("--shard auto: neither JOB_COMPLETION_INDEX (Kubernetes Indexed Job) nor SLURM_ARRAY_TASK_ID (Slurm job array) is set; give --shard I/N")
            }
            return
        }
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let i = Int(parts[0]), let n = Int(parts[1]) else {
            throw BatchError("--shard \(text): give I/N (e.g. 0/4, the first of 4 shards) or auto")
        }
        if let count, count != n { throw BatchError("--shard \(text) contradicts --shard-count \(count)") }
        try self.init(index: i, count: n)
    }

    /// This shard's jobs, in manifest order.
    public func select(_ jobs: [BatchJob]) -> [BatchJob] {
        jobs.filter { $0.index % count == index }
    }

    /// `I/N`.
    public var description: String { "\(index)/\(count)" }
}
