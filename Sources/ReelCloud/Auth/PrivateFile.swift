import Foundation

/// A small JSON file readable only by the user: the directory is created 0700, the file is
/// written to a temporary 0600 file and renamed into place, so a reader never sees half a file.
struct PrivateFile<Value: Codable> {
    let url: URL

    init(directory: URL, name: String) {
        url = directory.appendingPathComponent(name)
    }

    /// The stored value, or nil when the file does not exist or cannot be decoded (it is then
    /// rebuilt on the next write).
    func read() -> Value? {
        guard let data = try? Data(contentsOf: url) else { return nil }
        return try? JSONDecoder().decode(Value.self, from: data)
    }

    func write(_ value: Value) throws {
        let dir = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
            _ = chmod(dir.path, 0o700)
            let enc = JSONEncoder()
            enc.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let data = try enc.encode(value)
            let tmp = dir.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString.prefix(8)).tmp")
            let fd = open(tmp.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
            guard fd >= 0 else { throw POSIXFileError(op: "create", path: tmp.path) }
            let ok = data.withUnsafeBytes { raw in
                var off = 0
                while off < raw.count {
                    let n = Foundation.write(fd, raw.baseAddress! + off, raw.count - off)
                    if n < 0 { if errno == EINTR { continue }; return false }
                    off += n
                }
                return fsync(fd) == 0
            }
            close(fd)
            guard ok, rename(tmp.path, url.path) == 0 else {
                let e = POSIXFileError(op: "write", path: url.path)
                unlink(tmp.path)
                throw e
            }
        } catch let e as CloudError {
            throw e
        } catch {
            throw CloudError(.localFile, "Cannot save \(url.path): \(error).",
                             suggestion: "Check that the folder is writable, or set XDG_CONFIG_HOME to a writable folder.")
        }
    }
}
