import Foundation
import Reel

/// Prints a batch's events (a line per finished video on stderr, or JSON lines on stdout) and
/// the closing table; called from several jobs at once.
final class BatchPrinter: @unchecked Sendable {
    let json: Bool
    private let lines: Bool
    private let total: Int
    private let lock = NSLock()
    private var finished = 0

    init(json: Bool, lines: Bool, total: Int) {
        self.json = json
        self.lines = lines
        self.total = total
    }

    func event(_ e: BatchEvent) {
        lock.withLock {
            switch e {
            case .started(let job):
                emit(["event": .string("started"), "job": .string(job.name), "index": .int(job.index)])
            case .progress(let job, let frames, let all):
                emit(["event": .string("progress"), "job": .string(job.name), "index": .int(job.index), "frames": .int(frames), "total": .int(all)])
            case .finished(let r):
                finished += 1
                var o: [String: JSONValue] = ["event": .string("finished"), "job": .string(r.job.name), "index": .int(r.job.index),
                                              "status": .string(Self.word(r.status)), "output": .string(r.job.output.path),
                                              "seconds": .double((r.seconds * 100).rounded() / 100)]
                if let b = r.bytes { o["bytes"] = .int(Int(b)) }
                if case .failed(let m) = r.status { o["error"] = .string(m) }
                emit(o)
                guard lines else { return }
                switch r.status {
                case .done: Terminal.err("[\(finished)/\(total)] done \(r.job.name) in \(String(format: "%.1f", r.seconds)) s\n")
                case .skipped: Terminal.err("[\(finished)/\(total)] \(r.job.name) is up to date\n")
                case .failed(let m): Terminal.err("[\(finished)/\(total)] FAILED \(r.job.name)\(r.job.line.map { " (line \($0))" } ?? ""): \(m)\n")
                case .cancelled: Terminal.err("[\(finished)/\(total)] cancelled \(r.job.name)\n")
                }
            }
        }
    }

    /// The table (or, with JSON, one summary object).
    func summary(_ results: [BatchJobResult]) {
        let count = { (s: String) in results.filter { Self.word($0.status) == s }.count }
        if json {
            lock.withLock {
                emit(["event": .string("summary"), "done": .int(count("done")), "skipped": .int(count("skipped")),
                      "failed": .int(count("failed")), "cancelled": .int(count("cancelled"))])
            }
            return
        }
        let width = min(60, max(3, results.map(\.job.name.count).max() ?? 3))
        func pad(_ s: String, _ n: Int) -> String { s.count >= n ? s : s + String(repeating: " ", count: n - s.count) }
        print("\(pad("job", width))  status     seconds  size")
        for r in results {
            let size = r.bytes.map { Self.size($0) } ?? "-"
            print("\(pad(r.job.name, width))  \(pad(Self.word(r.status), 9))  \(String(format: "%7.1f", r.seconds))  \(size)")
        }
        print("\(count("done")) done, \(count("skipped")) up to date, \(count("failed")) failed" + (count("cancelled") > 0 ? ", \(count("cancelled")) cancelled" : ""))
    }

    static func word(_ s: BatchJobStatus) -> String {
        switch s {
        case .done: "done"
        case .skipped: "skipped"
        case .failed: "failed"
        case .cancelled: "cancelled"
        }
    }

    static func size(_ bytes: Int64) -> String {
        bytes >= 1 << 20 ? String(format: "%.1f MB", Double(bytes) / 1048576) : String(format: "%.0f KB", Double(bytes) / 1024)
    }

    private func emit(_ object: [String: JSONValue]) {
        guard json else { return }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(JSONValue.object(object)) else { return }
        FileHandle.standardOutput.write(data + Data("\n".utf8))
    }
}
