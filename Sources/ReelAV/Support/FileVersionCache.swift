import Foundation

/// Results already computed from files in this process, keyed by path, size and modification
/// date, so a file is measured once per version (music lengths, loudness).
package final class FileVersionCache<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var known: [String: Value] = [:]

    package init() {}

    /// The key for the file's current version, or nil when it cannot be read.
    package static func key(_ url: URL) -> String? {
        guard let a = try? FileManager.default.attributesOfItem(atPath: url.path),
              let size = a[.size] as? NSNumber, let date = a[.modificationDate] as? Date else { return nil }
        return "\(url.standardizedFileURL.path)|\(size)|\(date.timeIntervalSince1970)"
    }

    package subscript(key: String) -> Value? {
        get { lock.lock(); defer { lock.unlock() }; return known[key] }
        set { lock.lock(); known[key] = newValue; lock.unlock() }
    }
}
