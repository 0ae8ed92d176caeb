import Foundation

/// Runs a batch job as `reel render …` in a child process of the same binary: a crash, a
/// runaway decode or a leak in one video cannot take the others down, each job's memory is
/// returned when it ends, and a job is stopped with SIGTERM, on which `render` removes its
/// temporary file.
public struct BatchChildProcess: Sendable {
    /// The `reel` executable.
    public let executable: URL

    /// Runs jobs with `executable` (normally this process's own binary, `selfExecutable`).
    public init(executable: URL) { self.executable = executable }

    /// This process's executable (`/proc/self/exe` on Linux).
    public static var selfExecutable: URL {
        let proc = URL(fileURLWithPath: "/proc/self/exe")
        if FileManager.default.fileExists(atPath: proc.path) { return proc.resolvingSymlinksInPath() }
        return Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
    }

    /// Most of a child's error output kept for its message (bounded memory).
    static let maxErrorBytes = 16 << 10

    /// Renders `job`; nil when it succeeded, otherwise what went wrong (the child's `reel:` lines).
    public func run(_ job: BatchJob, progress: @escaping @Sendable (Int, Int) -> Void) async -> String? {
        if Task.isCancelled { return "cancelled" }
        let p = Process()
        p.executableURL = executable
        p.arguments = ["render"] + job.renderArguments + ["--progress", "json"]
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = FileHandle.nullDevice
        let errors = ErrorTail()
        let done = DispatchGroup()
        done.enter(); done.enter(); done.enter()
        p.terminationHandler = { _ in done.leave() }
        do { try p.run() } catch {
            return "cannot start \(executable.path): \(error.localizedDescription)"
        }
        DispatchQueue.global().async {
            Self.lines(out.fileHandleForReading) { line in
                if let (f, t) = Self.frames(line) { progress(f, t) }
            }
            done.leave()
        }
        DispatchQueue.global().async {
            Self.lines(err.fileHandleForReading) { errors.add($0) }
            done.leave()
        }
        let pid = p.processIdentifier
        await withTaskCancellationHandler {
            await withCheckedContinuation { (c: CheckedContinuation<Void, Never>) in
                done.notify(queue: .global()) { c.resume() }
            }
        } onCancel: {
            kill(pid, SIGTERM)
        }
        if p.terminationReason == .exit && p.terminationStatus == 0 { return nil }
        let message = errors.message
        if p.terminationReason == .uncaughtSignal { return "the render stopped on signal \(p.terminationStatus)" + (message.isEmpty ? "" : ": \(message)") }
        return message.isEmpty ? "reel render exited with \(p.terminationStatus)" : message
    }

    /// Calls `body` with each line read from `handle` until it closes (lines cut at 64 KB).
    static func lines(_ handle: FileHandle, _ body: (String) -> Void) {
        var buffer = Data()
        while true {
            let chunk = handle.availableData
            if chunk.isEmpty { break }
            buffer.append(chunk)
            while let nl = buffer.firstIndex(of: 0x0A) {
                body(String(decoding: buffer[buffer.startIndex..<nl], as: UTF8.self))
                buffer.removeSubrange(buffer.startIndex...nl)
            }
            if buffer.count > 64 << 10 { body(String(decoding: buffer, as: UTF8.self)); buffer.removeAll() }
        }
        if !buffer.isEmpty { body(String(decoding: buffer, as: UTF8.self)) }
    }

    /// `{"frames":N,"total":M,…}` → (N, M).
    static func frames(_ line: String) -> (Int, Int)? {
        guard line.hasPrefix("{\"frames\""),
              let o = (try? JSONDecoder().decode(JSONValue.self, from: Data(line.utf8)))?.objectValue,
              let f = o["frames"]?.intValue, let t = o["total"]?.intValue else { return nil }
        return (f, t)
    }

    /// The child's `reel: …` and `Error: …` lines (warnings left out), the last 16 KB of them.
    final class ErrorTail: @unchecked Sendable {
        private let lock = NSLock()
        private var lines: [String] = []
        private var bytes = 0

        func add(_ line: String) {
            let prefix = line.hasPrefix("reel: ") ? 6 : line.hasPrefix("Error: ") ? 7 : 0
            guard prefix > 0, !line.hasPrefix("reel: warning:") else { return }
            lock.withLock {
                lines.append(String(line.dropFirst(prefix)))
                bytes += line.utf8.count
                while bytes > BatchChildProcess.maxErrorBytes, let first = lines.first {
                    bytes -= first.utf8.count
                    lines.removeFirst()
                }
            }
        }

        var message: String { lock.withLock { lines.joined(separator: "; ") } }
    }
}
