import Foundation
import ReelAV

/// The output could not be written because its disk is full. Names the output, the free
/// space on that disk and what to do; the previous file of that name is untouched (outputs are
/// written beside it and renamed only when complete).
public struct DiskFullError: Error, CustomStringConvertible, Sendable {
    /// The file that was being written.
    public let output: URL
    /// Bytes free on the output's disk after the failed write was cleaned up, when known: the
    /// video needs more than this.
    public let freeBytes: Int64?

    /// An error for `output`, with the free space on its disk when known.
    public init(output: URL, freeBytes: Int64?) {
        self.output = output
        self.freeBytes = freeBytes
    }

    /// What happened (the folder, the file, the free space) and what to do.
    public var description: String {
        let dir = output.deletingLastPathComponent().path
        let free = freeBytes.map { " Only \(Self.text($0)) is free there, and the video needs more than that." } ?? ""
        return "The disk holding \(dir) is full: \(output.lastPathComponent) was not written.\(free)\n"
            + "Free up space, or write elsewhere with -o; any earlier \(output.lastPathComponent) is untouched."
    }

    /// `error` as a `DiskFullError` when it is a full disk (ENOSPC or EDQUOT from libav or a
    /// file write) while writing `output`; nil otherwise.
    public static func detect(_ error: any Error, output: URL) -> DiskFullError? {
        let full: Bool
        switch error {
        case let e as AVError:
            full = e.code == -ENOSPC || e.code == -EDQUOT || e.reason.contains(String(cString: strerror(ENOSPC)))
        case let e as CocoaError:
            full = e.code == .fileWriteOutOfSpace
        case let e as POSIXError:
            full = e.code == .ENOSPC || e.code == .EDQUOT
        default:
            full = false
        }
        guard full else { return nil }
        var s = statvfs()
        let free = statvfs(output.deletingLastPathComponent().path, &s) == 0 ? Int64(s.f_bavail) * Int64(s.f_frsize) : nil
        return DiskFullError(output: output, freeBytes: free)
    }

    static func text(_ bytes: Int64) -> String {
        bytes >= 1 << 20 ? String(format: "%.1f MB", Double(bytes) / 1_048_576) : "\(bytes / 1024) KB"
    }
}
