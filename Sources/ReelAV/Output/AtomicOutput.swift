import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An output file that appears complete or not at all.
///
/// Everything is written to a hidden temporary file beside the target (same directory, so the
/// final rename is atomic), named like `.out.mp4.reel-k3j9x2.tmp`. `commit()` renames it over the
/// target; `discard()` — or dropping the object without committing — deletes it. The target
/// itself is never opened, so a failed or cancelled write leaves whatever was there untouched.
final class AtomicOutput {
    /// The path the finished file will have.
    let targetPath: String
    /// The temporary file to write to until `commit()`.
    let temporaryPath: String
    private var settled = false

    /// Checks that `target` can be written and reserves a temporary file beside it.
    init(target: URL) throws {
        let target = target.standardizedFileURL
        let targetPath = target.path
        let directory = target.deletingLastPathComponent().path
        try Self.checkDirectory(directory, for: targetPath)

        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: targetPath, isDirectory: &isDirectory), isDirectory.boolValue {
            throw Self.error("\(targetPath) is a folder, not a file", targetPath)
        }

        // Shortened so the temporary name stays within the file system's name limit.
        let name = String(target.lastPathComponent.prefix(120))
        for _ in 0..<16 {
            let candidate = (directory as NSString).appendingPathComponent(".\(name).reel-\(Self.randomTag()).tmp")
            // O_EXCL: never reuse or clobber an existing file; 0666 & ~umask like any new file.
            let fd = open(candidate, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            if fd >= 0 {
                close(fd)
                self.targetPath = targetPath
                self.temporaryPath = candidate
                return
            }
            if errno != EEXIST {
                throw Self.error("cannot create a file in \(directory): \(String(cString: strerror(errno)))", targetPath)
            }
        }
        throw Self.error("cannot find a free temporary file name in \(directory)", targetPath)
    }

    deinit { discard() }

    /// Moves the finished temporary file over the target, replacing any existing file.
    func commit() throws {
        precondition(!settled, "AtomicOutput already committed or discarded")
        if rename(temporaryPath, targetPath) != 0 {
            let reason = String(cString: strerror(errno))
            discard()
            throw Self.error("cannot move the finished video into place: \(reason)", targetPath)
        }
        settled = true
    }

    /// Deletes the temporary file; the target is left as it was. Safe to call more than once.
    func discard() {
        guard !settled else { return }
        settled = true
        unlink(temporaryPath)
    }

    private static func checkDirectory(_ directory: String, for targetPath: String) throws {
        switch OutputFolder.problem(directory) {
        case nil: return
        case .missing: throw error("the folder \(directory) does not exist", targetPath)
        case .notAFolder: throw error("\(directory) is not a folder", targetPath)
        case .notWritable: throw error("no permission to write in the folder \(directory)", targetPath)
        }
    }

    private static func error(_ reason: String, _ path: String) -> AVError {
        AVError(.outputNotWritable, operation: "create output file", reason: reason, path: path)
    }

    private static func randomTag() -> String {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz0123456789")
        return String((0..<6).map { _ in alphabet.randomElement()! })
    }
}
