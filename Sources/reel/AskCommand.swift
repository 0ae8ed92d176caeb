import ArgumentParser
import Foundation
import Reel

struct AskCommand: AsyncParsableCommand {
    /// A first cut aims crops and zooms at faces, as `render` does by default ("center crop" undoes it).
    static var firstCut: SlideshowOptions { var o = SlideshowOptions(); o.focus = .auto; return o }

    static let configuration = CommandConfiguration(
        commandName: "ask",
        abstract: "Say what you want in plain words (English or Chinese); Reel plans it and renders it on this machine.",
        discussion: """
        The plan is printed as the timeline summary (with what was understood, what was not, and which phrases conflicted: the more specific one wins, else the later), then rendered. With --draft the draft file is edited in place: everything the request does not mention stays as it was, so a rough cut can be refined one request at a time (\"make it as long as the song\" / 视频跟音乐一样长 takes the length from the music given or already in the draft, in whole frames, as --fit-to-music does); each edit keeps the previous version in .FILE.history/ beside it (the last 20), and "undo" / "redo" (撤销 / 重做) step back and forth, one edit or several ("undo the last 3 changes", "redo twice", 撤销两步; when fewer versions are kept than asked, as many as there are, and it says so). Requests only the cloud can do (new footage, AI music or voice) are answered with what was not possible offline and what was done; with --dry-run the draft that would be rendered is printed too. With --cloud they go to the cloud (as `reel cloud chat` does), and so do "credits", "upload" and an "export" with nothing local to export; everything else stays on this machine.

        Exit codes: 0 done; 1 nothing could be done (a cloud-only request offline, nothing to undo); 64 bad usage; 65 bad input or a request that cannot be rendered; 73 output could not be written; cloud failures as `reel cloud`.

        Examples:
          reel ask "turn these photos into a 30-second video with smooth transitions" photos/ -o trip.mp4
          reel ask "vertical for TikTok, 3 seconds each, with song.mp3 at 35%" photos/ song.mp3 -o story.mp4
          reel ask "make it as long as the song" photos/ song.mp3 -o trip.mp4
          reel ask "titled 'Urban Dreams', in date order, quick preview" photos/ --draft trip.json
          reel ask "make it 20 seconds and slower transitions" --draft trip.json
          reel ask "swap photo 3 and 4, louder music" --draft trip.json -o trip.mp4
          reel ask "做一个半分钟的竖屏视频，淡入淡出" photos/ --dry-run
          reel ask "show tracks" --draft trip.json
          reel ask "undo" --draft trip.json
          reel ask "undo the last 3 changes" --draft trip.json
          reel ask "add an AI voice-over" --draft trip.json --cloud
        """
    )

    @Argument(help: ArgumentHelp("What you want, in plain words.", valueName: "PROMPT"))
    var prompt: String

    @Argument(help: ArgumentHelp("Photos, folders of photos, and music files.", valueName: "INPUT"))
    var inputs: [String] = []

    @Option(name: .shortAndLong, help: ArgumentHelp("The MP4 file to write (default reel.mp4; with --draft, only when given).", valueName: "out.mp4"))
    var output: String?

    @Option(help: ArgumentHelp("A draft to edit in place; created from the photos when it does not exist yet.", valueName: "draft.json"))
    var draft: String?

    @Flag(help: "Print the resulting draft JSON; render nothing and write no file.")
    var dryRun = false

    @Flag(help: "Send what only the cloud can do to the cloud, as `reel cloud` does; the rest stays on this machine.")
    var cloud = false

    @OptionGroup var cloudOptions: CloudOptions

    func run() async throws {
        LibraryLogging.set(verbose: false)
        do {
            if cloud, try await sentToCloud() { return }
            try await execute()
        } catch let e as ExitCode {
            throw e
        } catch let e as ValidationError {
            throw e
        } catch {
            throw Failure.report(error)
        }
    }

    private func execute() async throws {
        let given = PromptInputs(inputs)
        let intent = IntentRouter.route(prompt, inputs: inputs, online: false)
        if let answer = PromptReport.offlineAnswer(for: intent) {
            print(answer)
            FileHandle.standardError.write(Data("reel: \(answer) (add --cloud to send it to the cloud)\n".utf8))
            throw ExitCode.failure
        }
        switch intent {
        case .undo(let n): return try await step(back: true, count: n)
        case .redo(let n): return try await step(back: false, count: n)
        default: break
        }
        let loaded = try given.draft(draft)
        var timeline = loaded.timeline
        let base = loaded.base

        var quality = RenderQuality.standard
        switch intent {
        case .status:
            guard let t = timeline else { throw InputError("nothing to show: give a draft (--draft FILE or a .json input)") }
            t.summaryLines.forEach { print($0) }
            return
        case .export:
            if timeline == nil { timeline = try given.carryOut(RequestPlan(), on: loaded, firstCut: Self.firstCut)?.timeline }
            guard timeline != nil else { throw InputError("nothing to export: give photos or --draft FILE") }
        case .edit(let interpretation):
            quality = interpretation.quality
            var result: DraftEdit
            do {
                if let r = try given.carryOut(interpretation.plan, on: loaded, firstCut: Self.firstCut) { result = r } else {
                    PromptReport.lines(for: interpretation, edit: nil).forEach { print($0) }
                    if interpretation.needsCloud != nil { throw cloudOnly(interpretation) }
                    throw InputError("no photos: give image files or folders, or --draft FILE")
                }
            } catch let e as InputError {
                throw e
            } catch let e as ExitCode {
                throw e
            } catch {
                // what was planned, then why it cannot be rendered
                PromptReport.lines(for: interpretation, edit: nil).forEach { print($0) }
                throw error
            }
            if interpretation.plan.settings.contains(.beatSync) { try result.syncCutsToBeats(base: base, progress: BeatProgressPrinter(.auto).update) }
            PromptReport.lines(for: interpretation, edit: result).forEach { print($0) }
            timeline = result.timeline
            if interpretation.needsCloud != nil && interpretation.plan.isEmpty {
                if dryRun { return print(String(decoding: result.timeline.draftJSON(), as: UTF8.self)) }
                throw cloudOnly(interpretation)
            }
        case .credits, .upload, .cloudChat, .undo, .redo:
            return // answered above
        }
        guard var t = timeline else { return }
        if dryRun { return print(String(decoding: t.draftJSON(), as: UTF8.self)) }
        if let url = loaded.file {
            t = try DraftHistory(draft: url).save(t, base: base)
            print("Wrote \(draft ?? url.path)")
            guard output != nil else { return }
            return try await render(t, base: url.deletingLastPathComponent(), quality: quality)
        }
        try await render(t, base: base, quality: quality)
    }

    /// A cloud-only request offline: the reason on stderr, exit 1.
    private func cloudOnly(_ interpretation: Interpretation) -> ExitCode {
        let need = interpretation.needsCloud ?? "this"
        FileHandle.standardError.write(Data("reel: \(need) needs the cloud; nothing was rendered (add --cloud to send it to the cloud, or --dry-run to see the draft)\n".utf8))
        return ExitCode.failure
    }

    /// With --cloud: credits, uploads, cloud-only edits and an export with nothing local go to
    /// the cloud as `reel cloud` does. Returns false when the request stays on this machine.
    private func sentToCloud() async throws -> Bool {
        let intent = IntentRouter.route(prompt, inputs: inputs, online: true)
        let options = cloudOptions
        let client: @Sendable () throws -> NemoClient = { try options.client() }
        switch intent {
        case .credits:
            try await CloudCLI.guarded {
                let c = try await client().credits()
                print("Credits: \(c.available) available, \(c.frozen) frozen, \(c.total) total")
            }
        case .upload(let files):
            try await CloudCLI.guarded {
                let media = try await client().upload(files.map { URL(fileURLWithPath: $0) }) { _ in }
                for m in media { print("\(m.localFile.lastPathComponent) → \(m.url)") }
            }
        case .cloudChat(let message, let reason):
            print("Needs the cloud: \(reason). Sending the request to cloud chat.")
            try await CloudCLI.guarded {
                let result = try await client().chat(message) { update in
                    if case .text(let t) = update { CloudCLI.out(t) }
                }
                if !result.text.isEmpty { CloudCLI.out("\n") }
                if !result.changes.isEmpty {
                    print("The timeline changed:")
                    result.changes.forEach { print("  - \($0)") }
                }
            }
        case .export where draft == nil && inputs.isEmpty:
            try await CloudCLI.guarded {
                let r = try await client().export(to: URL(fileURLWithPath: output ?? "reel-cloud.mp4"), progress: CloudCLI.exportProgress())
                CloudCLI.done(r)
            }
        default:
            return false
        }
        return true
    }

    func render(_ timeline: Timeline, base: URL?, quality: RenderQuality) async throws {
        let out = URL(fileURLWithPath: output ?? "reel.mp4")
        let settings = RenderSettings(quality: RenderSettings.Quality(rawValue: quality.rawValue) ?? .standard)
        let printer = ProgressPrinter(.auto), draft = ReelDraft(timeline, folder: base)
        let report = try await Interrupts.cancellable {
            try await ReelEngine().render(draft, to: out, settings: settings, progress: printer.update)
        }
        print("Wrote \(out.relativePath) (\(FrameTime.secondsText(report.durationMs)) s, \(report.width)x\(report.height), \(report.fps) fps, \(report.frameCount) frames) in \(String(format: "%.1f", report.seconds)) s")
    }
}
