import Foundation

/// One video of a batch: the `reel render` argument list that makes it, and what its digest covers.
public struct BatchJob: Sendable, Equatable {
    /// Position among all the batch's jobs (manifest order, from 0); shards select by it.
    public let index: Int
    /// How the job is named in reports: the output path as the manifest or folder gave it.
    public let name: String
    /// Where the video is written (absolute).
    public let output: URL
    /// The arguments `reel render` gets for this job (inputs, options, `-o OUTPUT`), paths absolute.
    public let renderArguments: [String]
    /// Files and folders whose size and modification time are part of the job's digest
    /// (inputs, music, captions, font; a draft's media are added when the digest is made).
    public let files: [String]
    /// The manifest line the job came from (1-based), or nil for a folder batch.
    public let line: Int?

    /// A job; `index` orders it within its batch.
    public init(index: Int, name: String, output: URL, renderArguments: [String], files: [String], line: Int? = nil) {
        self.index = index
        self.name = name
        self.output = output
        self.renderArguments = renderArguments
        self.files = files
        self.line = line
    }

    /// The small state file beside the output that records the digest of the last finished render:
    /// `out/a.mp4` → `out/.a.mp4.reel-batch.json`.
    public var stateFile: URL {
        output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).reel-batch.json")
    }
}

/// A manifest or batch folder that cannot be used, naming the file (and line) and what to do.
public struct BatchError: Error, CustomStringConvertible, Sendable {
    /// What is wrong and what to do.
    public let description: String
    /// An error with its message.
    public init(_ description: String) { self.description = description }
}
