import Foundation
import Reel

/// `reel` with no arguments on a terminal: share photos, say what you want, refine, render.
enum InteractivePrompt {
    static func run() async {
        LibraryLogging.set(verbose: false)
        var session = PromptSession(editor: DraftEditor(photoDate: { photoDate(URL(fileURLWithPath: $0)) },
                                                          clipDuration: { clipDurationMs(URL(fileURLWithPath: $0)) }), expand: expand)
        session.openingLines.forEach { print($0) }
        while true {
            print("> ", terminator: "")
            fflush(nil)
            guard let line = readLine() else { print(""); return }
            let reply = session.respond(to: line)
            reply.lines.forEach { print($0) }
            switch reply.action {
            case .render(let timeline, let quality)?:
                await render(timeline, quality: RenderSettings.Quality(rawValue: quality.rawValue) ?? .standard)
            case .export(let timeline)?:
                await render(timeline, quality: .standard)
            case .quit?:
                return
            case .credits?, .upload?, .cloudChat?:
                print("That needs the cloud; use `reel cloud …` (see reel cloud --help).")
            case nil:
                break
            }
        }
    }

    /// A typed or dropped path: a folder stands for its photos; a file for itself.
    @Sendable static func expand(_ token: String) -> [String]? {
        let path = token.trimmingCharacters(in: CharacterSet(charactersIn: "'\""))
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else { return PromptSession.byExtension(path) }
        if isDir.boolValue, case .photos(let urls)? = try? InputCollector.collect([path]) { return urls.map(\.path) }
        return [path]
    }

    /// Renders to the first free name of reel.mp4, reel-2.mp4, … in the working folder.
    static func render(_ timeline: Timeline, quality: RenderSettings.Quality) async {
        var n = 1
        var out = URL(fileURLWithPath: "reel.mp4")
        while FileManager.default.fileExists(atPath: out.path) {
            n += 1
            out = URL(fileURLWithPath: "reel-\(n).mp4")
        }
        let printer = ProgressPrinter(.auto), draft = ReelDraft(timeline)
        do {
            let report = try await Interrupts.cancellable { [out] in
                try await ReelEngine().render(draft, to: out, settings: RenderSettings(quality: quality), progress: printer.update)
            }
            print("Wrote \(out.lastPathComponent) (\(FrameTime.secondsText(report.durationMs)) s, \(report.width)x\(report.height)) in \(String(format: "%.1f", report.seconds)) s")
        } catch {
            _ = Failure.report(error)
        }
    }
}
