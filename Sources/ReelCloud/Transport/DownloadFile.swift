import Foundation

/// A download in progress: a hidden temporary file beside its destination, renamed over the
/// destination only when complete, so the destination never holds a partial file.
final class DownloadFile {
    let destination: URL
    let temporary: URL
    private var fd: Int32

    init(destination: URL) throws {
        self.destination = destination
        let dir = destination.deletingLastPathComponent()
        temporary = dir.appendingPathComponent(".\(destination.lastPathComponent).\(UUID().uuidString.prefix(8)).part")
        fd = open(temporary.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw POSIXFileError(op: "create", path: temporary.path) }
    }

    deinit { discard() }

    func write(_ bytes: UnsafeRawBufferPointer) throws {
        var offset = 0
        while offset < bytes.count {
            let n = Foundation.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            if n < 0 {
                if errno == EINTR { continue }
                throw POSIXFileError(op: "write", path: temporary.path)
            }
            offset += n
        }
    }

    /// Flushes to disk and renames over the destination.
    func commit() throws {
        guard fd >= 0 else { return }
        if fsync(fd) != 0 { throw POSIXFileError(op: "flush", path: temporary.path) }
        close(fd)
        fd = -1
        if rename(temporary.path, destination.path) != 0 {
            let e = POSIXFileError(op: "rename", path: destination.path)
            unlink(temporary.path)
            throw e
        }
    }

    /// Removes the temporary file (no-op after `commit`).
    func discard() {
        guard fd >= 0 else { return }
        close(fd)
        fd = -1
        unlink(temporary.path)
    }
}

/// A failed file system call, with the errno text.
struct POSIXFileError: Error, CustomStringConvertible {
    var op: String
    var path: String
    var code: Int32 = errno

    var description: String { "cannot \(op) \(path): \(String(cString: strerror(code)))" }
}

/// Free space on a file system, for the user's own files (not the root reserve).
enum FreeSpace {
    /// Bytes available at `path` (any path on the file system), or nil when unknown.
    static func bytes(at path: String) -> Int64? {
        var s = statvfs()
        guard statvfs(path, &s) == 0 else { return nil }
        return Int64(s.f_bavail) * Int64(s.f_frsize)
    }
}
