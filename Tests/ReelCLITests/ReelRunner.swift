import Foundation
import ReelTestSupport

/// Runs the built `reel` binary, as a user would.
struct ReelRunner {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The `reel` executable next to the test bundle in the build folder.
    static var binary: URL {
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("reel")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("reel")
    }

    /// Runs `reel ARGS` in `directory`. `started` gets the process id as soon as it runs (a
    /// test signals it from an event, such as a request reaching the loopback server).
    @discardableResult
    ///
    /// `signalOnStdout` sends `signal` once stdout first contains `marker` (an event: e.g. the
    /// first progress line of a render).
    static func run(_ args: [String], in directory: URL? = nil, environment: [String: String] = [:],
                    started: ((Int32) -> Void)? = nil,
                    signalOnStdout: (marker: String, signal: Int32)? = nil) throws -> Result {
        let p = Process()
        p.executableURL = binary
        p.arguments = args
        if !environment.isEmpty {
            p.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        if let directory { p.currentDirectoryURL = directory }
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("reel-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: tmp) }
        let out = tmp.appendingPathComponent("out"), err = tmp.appendingPathComponent("err")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        let watcher = StdoutWatcher()
        if signalOnStdout != nil {
            p.standardOutput = watcher.pipe
        } else {
            p.standardOutput = try FileHandle(forWritingTo: out)
        }
        p.standardError = try FileHandle(forWritingTo: err)
        p.standardInput = FileHandle.nullDevice
        try p.run()
        started?(p.processIdentifier)
        if let (marker, sig) = signalOnStdout {
            let pid = p.processIdentifier
            watcher.watch(for: marker) { kill(pid, sig) }
        }
        p.waitUntilExit()
        return Result(status: p.terminationStatus,
                      stdout: signalOnStdout != nil ? watcher.finish() : Self.text(of: out),
                      stderr: Self.text(of: err))
    }

    /// A captured output file as text, read through a file handle: Foundation's whole-file
    /// readers (`String(contentsOf:)`, `Data(contentsOf:)`) leaked a 4 KB buffer on almost
    /// every one of these reads under LeakSanitizer.
    static func text(of url: URL) -> String {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return "" }
        defer { try? handle.close() }
        return String(decoding: (try? handle.readToEnd()) ?? Data(), as: UTF8.self)
    }

    /// A fresh empty folder for a test's outputs.
    static func scratch() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("reel-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    /// The files in `dir`, hidden ones included (to catch leftover temporaries).
    static func contents(_ dir: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).sorted()
    }
}

/// Reads a child's stdout as it comes and acts once a marker appears.
final class StdoutWatcher: @unchecked Sendable {
    let pipe = Pipe()
    private let lock = NSLock()
    private var text = Data()
    private var fired = false
    private var action: (@Sendable () -> Void)?
    private var marker = Data()

    /// Calls `action` once, as soon as the output so far contains `marker`.
    func watch(for marker: String, _ action: @escaping @Sendable () -> Void) {
        lock.withLock {
            self.marker = Data(marker.utf8)
            self.action = action
        }
        pipe.fileHandleForReading.readabilityHandler = { [weak self] h in
            let d = h.availableData
            guard let self, !d.isEmpty else { return }
            let go: (@Sendable () -> Void)? = self.lock.withLock {
                self.text.append(d)
                guard !self.fired, self.text.range(of: self.marker) != nil else { return nil }
                self.fired = true
                return self.action
            }
            go?()
        }
    }

    /// Everything read, once the child has exited.
    func finish() -> String {
        pipe.fileHandleForReading.readabilityHandler = nil
        let rest = pipe.fileHandleForReading.readDataToEndOfFile()
        return lock.withLock {
            text.append(rest)
            return String(decoding: text, as: UTF8.self)
        }
    }
}
