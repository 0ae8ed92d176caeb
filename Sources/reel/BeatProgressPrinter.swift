import Foundation
import Reel

/// Shows `--beat-sync`'s listening pass: on a terminal one line, "Listening for beats in
/// song.mp3… 42%", updated in place; otherwise that line once (`plain`, or `auto` off a
/// terminal); JSON lines on stdout for `--progress json`; nothing for `none`.
final class BeatProgressPrinter: @unchecked Sendable {
    private let style: ProgressStyle
    private var shownPercent = -1
    private var shownTenth = -1
    private var file: URL?

    /// A printer for the render's `--progress` style (`auto` for the commands without one).
    init(_ requested: ProgressStyle) {
        style = requested == .auto && isatty(STDERR_FILENO) != 1 ? .plain : requested
    }

    /// Shows one progress report.
    func update(_ p: BeatAnalysisProgress) {
        let percent = Int((p.fraction * 100).rounded(.down))
        let name = TerminalText.oneLine(p.file.lastPathComponent)
        if p.file != file { file = p.file; shownPercent = -1; shownTenth = -1 }
        guard percent != shownPercent else { return }
        shownPercent = percent
        switch style {
        case .none:
            return
        case .auto:
            Terminal.raw("\r")
            Terminal.err("Listening for beats in \(name)… \(percent)%")
            if p.fraction >= 1 { Terminal.raw("\n") }
        case .plain:
            if p.fraction == 0 { Terminal.err("Listening for beats in \(name)…\n") }
        case .json:
            guard percent / 10 > shownTenth else { return }
            shownTenth = percent / 10
            let quoted = String(data: (try? JSONEncoder().encode(name)) ?? Data("\"\"".utf8), encoding: .utf8) ?? "\"\""
            Terminal.out("{\"listening\":\(quoted),\"percent\":\(percent)}\n")
        }
    }
}
