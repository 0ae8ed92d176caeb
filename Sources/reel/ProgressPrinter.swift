import Foundation
import Reel

/// How render progress is shown.
enum ProgressStyle: String, CaseIterable {
    case auto, plain, json, none
}

/// Prints render progress to stderr: a bar on a terminal, plain lines otherwise, or JSON lines
/// for programs. Throttled so printing never slows the render.
final class ProgressPrinter: @unchecked Sendable {
    private let style: ProgressStyle
    private let lock = NSLock()
    private var lastPrint = Date.distantPast
    private var lastPercent = -1

    init(_ requested: ProgressStyle) {
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

    static func clock(_ seconds: Double?) -> String {
        guard let s = seconds, s.isFinite else { return "--:--" }
        let t = Int(s.rounded())
        return String(format: "%d:%02d", t / 60, t % 60)
    }
}
