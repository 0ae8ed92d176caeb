import Foundation
import Reel

/// How render progress is shown.
enum ProgressStyle: String, CaseIterable {
    case auto, plain, json, none
}

/// The CLI's one progress printer, on stderr: a bar on a terminal, plain lines otherwise, or
/// JSON lines for programs. Local renders report frames (`update`), the cloud a share and a
/// label (`show`, `cloud`, `export`). Throttled so printing never slows the render.
final class ProgressPrinter: @unchecked Sendable {
    private let style: ProgressStyle
    private let lock = NSLock()
    private var lastPrint = Date.distantPast
    private var lastPercent = -1
    // The share-and-label line (cloud transfers and renders).
    private let tty = isatty(STDERR_FILENO) == 1
    private var lastLabel = ""
    private var lastDecile = -1
    private var open = false

    init(_ requested: ProgressStyle = .auto) {
        if requested == .auto {
            style = isatty(STDERR_FILENO) == 1 ? .auto : .plain
        } else {
            style = requested
        }
    }

    func update(_ p: RenderProgress) {
        lock.lock(); defer { lock.unlock() }
        let now = Date()
        let final = p.framesDone == p.frameCount
        let percent = p.frameCount > 0 ? p.framesDone * 100 / p.frameCount : 100
        switch style {
        case .none:
            return
        case .auto:
            guard final || now.timeIntervalSince(lastPrint) >= 0.1 else { return }
            let width = 30
            let filled = p.frameCount > 0 ? p.framesDone * width / p.frameCount : width
            let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
            let line = String(format: "\r%@ %3d%%  %d/%d frames  %.1f fps  ETA %@ ", bar, percent, p.framesDone, p.frameCount, p.fps, Self.clock(p.eta))
            FileHandle.standardError.write(Data(line.utf8))
            if final { FileHandle.standardError.write(Data("\n".utf8)) }
        case .plain:
            guard final || (percent / 10 != lastPercent / 10 && now.timeIntervalSince(lastPrint) >= 1) else { return }
            lastPercent = percent
            let line = String(format: "frames %d/%d (%d%%), %.1f fps, ETA %@\n", p.framesDone, p.frameCount, percent, p.fps, Self.clock(p.eta))
            FileHandle.standardError.write(Data(line.utf8))
        case .json:
            guard final || now.timeIntervalSince(lastPrint) >= 0.5 else { return }
            let eta = p.eta.map { String(format: "%.1f", $0) } ?? "null"
            let line = String(format: "{\"frames\":%d,\"total\":%d,\"fps\":%.1f,\"eta\":%@}\n", p.framesDone, p.frameCount, p.fps, eta)
            FileHandle.standardOutput.write(Data(line.utf8))
        }
        lastPrint = now
    }

    var isJSON: Bool { style == .json }

    /// A share done (0…1) and what is being done: a bar on a terminal, else a line whenever the
    /// label or the tens of percent change.
    func show(_ fraction: Double, _ label: String) {
        lock.withLock {
            let f = max(0, min(1, fraction))
            if tty {
                let filled = Int(f * 30)
                Terminal.raw("\r" + String(repeating: "█", count: filled) + String(repeating: "░", count: 30 - filled)
                             + String(format: " %3d%%  ", Int(f * 100)) + TerminalText.oneLine(label) + "   ")
                open = true
            } else if Int(f * 10) != lastDecile || label != lastLabel {
                lastDecile = Int(f * 10)
                lastLabel = label
                Terminal.err("\(label): \(Int(f * 100))%\n")
            }
        }
    }

    /// A line of its own, below the bar.
    func note(_ line: String) {
        lock.withLock {
            if open { Terminal.err("\n"); open = false }
            Terminal.err(line + "\n")
        }
    }

    /// Ends the bar's line.
    func finish() {
        lock.withLock {
            if open { Terminal.err("\n"); open = false }
        }
    }

    /// Upload, render and download progress of a cloud render.
    func cloud(_ p: CloudRenderProgress) {
        switch p {
        case .uploading(let u):
            show(Double(u.bytesSent) / Double(max(u.totalBytes, 1)), "uploading \(u.fileIndex + 1)/\(u.fileCount)")
            if u.fileIndex + 1 == u.fileCount && u.bytesSent >= u.totalBytes { finish() }
        case .exporting(let e):
            export(e)
        }
    }

    /// Render and download progress of a cloud export.
    func export(_ p: ExportProgress) {
        switch p {
        case .submitted(let id): note("Render \(id) started (resume with `reel cloud resume \(id)`).")
        case .rendering(let status, let percent): show(Double(percent) / 100, "rendering (\(status))")
        case .downloading(let bytes, let total):
            show(total > 0 ? Double(bytes) / Double(total) : 0, "downloading \(bytes / 1_048_576) MB")
        case .verifying: finish()
        }
    }

    static func clock(_ seconds: Double?) -> String {
        guard let s = seconds, s.isFinite else { return "--:--" }
        let t = Int(s.rounded())
        return String(format: "%d:%02d", t / 60, t % 60)
    }
}
