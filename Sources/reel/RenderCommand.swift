import ArgumentParser
import Foundation
import Reel

struct RenderCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Render photos or a draft into an H.264 MP4 on this machine.",
        discussion: """
        The video is written atomically: it appears under its name only when complete. On an error or Ctrl-C nothing is left behind, and an existing file of that name is untouched.

        Examples:
          reel render photos/ -o trip.mp4
          reel render *.jpg --duration 30 -o trip.mp4        # 30 s in all
          reel render photos/ --slide 4 --transition fade-black -o trip.mp4
          reel render photos/ --aspect 9:16 -o story.mp4      # vertical
          reel render trip.json --quality preview -o look.mp4 # half size, fast
          reel render photos/ --music song.mp3 --title "Kyoto" -o trip.mp4
          reel render photos/ --cloud -o final.mp4            # cloud export

        With --cloud the photos and music are uploaded, the draft is rendered by the NemoVideo API and the MP4 downloaded (token from NEMO_TOKEN, or an anonymous one kept in $XDG_CONFIG_HOME/reel). When the cloud is unreachable, out of credits or refuses the plan, Reel says so and renders locally instead, unless --no-fallback. Only files inside the draft's folder, named on the command line or under --allow-path DIR are uploaded; anything else a draft names is refused before any upload.

        A draft's http(s) media (e.g. from `reel cloud state -o`) is fetched once into the cache for a local render: https only, at most 200 MB a file, and it must be media.
        """
    )

    @OptionGroup var slideshow: SlideshowArguments
    @OptionGroup var music: MusicArguments
    @OptionGroup var titles: TitleArguments
    @OptionGroup var encoding: EncodingArguments

    @Option(name: .shortAndLong, help: ArgumentHelp("The MP4 file to write (or .y4m: the uncompressed frames, video only, for another encoder).", valueName: "out.mp4"))
    var output: String

    @Option(help: ArgumentHelp("Also write a representative frame (after the opening title, else mid first photo) as this JPEG and make it the MP4's cover art; written only if the video is.", valueName: "poster.jpg"))
    var poster: String?

    @Flag(help: "Also show what libav and x264 report (encoder settings and statistics).")
    var verbose = false

    @Flag(help: "Render in the NemoVideo cloud instead of on this machine (see below).")
    var cloud = false

    @Flag(name: .customLong("no-fallback"), help: "With --cloud: fail rather than render locally when the cloud cannot.")
    var noFallback = false

    @Option(name: .customLong("allow-path"), help: ArgumentHelp("With --cloud: also allow uploading files from this folder (repeatable). Files a draft names outside its own folder are refused otherwise.", valueName: "dir"))
    var allowPaths: [String] = []

    @Option(name: .customLong("api-url"), help: ArgumentHelp("With --cloud: the API's base URL (default: NEMO_API_URL, else the NemoVideo service).", valueName: "url"))
    var apiURL: String?

    @Option(help: "Progress display: auto (a bar on a terminal, plain lines otherwise), plain, json (one JSON object per line on stdout) or none.")
    var progress: String = "auto"

    func validate() throws {
        try music.check(against: slideshow)
        if noFallback && !cloud { throw ValidationError("--no-fallback goes with --cloud") }
        if apiURL != nil && !cloud { throw ValidationError("--api-url goes with --cloud") }
        if !allowPaths.isEmpty && !cloud { throw ValidationError("--allow-path goes with --cloud") }
        if poster != nil && cloud { throw ValidationError("--poster goes with a local render (leave out --cloud)") }
        if cloud && output.lowercased().hasSuffix(".y4m") { throw ValidationError("--cloud makes an MP4; write .y4m frames with a local render") }
    }

    func run() async throws {
        guard let style = ProgressStyle(rawValue: progress) else { throw ValidationError("--progress \(progress): use auto, plain, json or none") }
        let settings = try encoding.settings()
        LibraryLogging.set(verbose: verbose)
        do {
            let (timeline, base) = try titles.apply(to: music.apply(to: slideshow.timeline(), progress: style))
            let out = URL(fileURLWithPath: output)
            let printer = ProgressPrinter(style)
            guard cloud else {
                let local = try await Self.fetchRemoteMedia(timeline, base: base ?? Self.workingFolder)
                for warning in LocalRenderer().clipWarnings(local, base: base) { Terminal.err("reel: warning: \(warning)\n") }
                let draft = ReelDraft(local, folder: base)
                let report = try await Interrupts.cancellable {
                    try await ReelEngine().render(draft, to: out, poster: poster.map { URL(fileURLWithPath: $0) }, settings: settings, progress: printer.update)
                }
                return finish(report, timeline, printer)
            }
            let renderer = try CloudRenderer(apiURL: apiURL, draftFolder: base ?? Self.workingFolder)
            let draft = ReelDraft(timeline, folder: base), allowing = chosenPaths, policy: CloudFallbackPolicy = noFallback ? .fail : .renderLocally
            let outcome = try await Interrupts.cancellable {
                try await ReelEngine().export(draft, to: out, cloud: renderer, allowing: allowing, fallback: policy, settings: settings) { event in
                    switch event {
                    case .cloud(let p): printer.cloud(p)
                    case .fallingBack(_, let notice): Terminal.err("reel: \(notice)\n")
                    case .local(let p): printer.update(p)
                    }
                }
            }
            switch outcome {
            case .cloud(let result): CloudCLI.done(result)
            case .local(let report): finish(report, timeline, printer)
            }
        } catch let e as ValidationError {
            throw e
        } catch {
            throw Failure.report(error)
        }
    }

    static var workingFolder: URL { URL(fileURLWithPath: FileManager.default.currentDirectoryPath) }

    /// The still picture commands' input (`frame`, `storyboard`): the slideshow with its music
    /// and titles, remote media fetched, and the PNG `output` checked (`what` names the picture).
    static func pictureInput(_ slideshow: SlideshowArguments, _ music: MusicArguments, _ titles: TitleArguments,
                             output: String, what: String) async throws -> (timeline: Timeline, base: URL?, out: URL) {
        let (draft, base) = try titles.apply(to: music.apply(to: slideshow.timeline()))
        let timeline = try await fetchRemoteMedia(draft, base: base ?? workingFolder)
        let out = URL(fileURLWithPath: output)
        guard out.pathExtension.lowercased() == "png" else { throw InputError("\(output): \(what) is written as PNG; name the file .png") }
        return (timeline, base, out)
    }

    /// The timeline with its remote `src` URLs downloaded into the cache (Ctrl-C stops it).
    static func fetchRemoteMedia(_ timeline: Timeline, base: URL) async throws -> Timeline {
        let count = RemoteSources.urls(in: timeline, base: base).count
        guard count > 0 else { return timeline }
        Terminal.err("The draft uses \(count) remote media file\(count == 1 ? "" : "s"); fetching what is not cached yet…\n")
        return try await Interrupts.cancellable {
            try await ReelEngine().localizingRemoteMedia(ReelDraft(timeline, folder: base)).timeline
        }
    }

    /// What the user chose to send: inputs and music named on the command line, `--allow-path`.
    var chosenPaths: [URL] {
        (slideshow.inputs + music.files + allowPaths).map { URL(fileURLWithPath: $0).standardizedFileURL }
    }

    /// The closing line of a local render.
    func finish(_ report: RenderReport, _ timeline: Timeline, _ printer: ProgressPrinter) {
        if printer.isJSON {
            print("{\"done\":true,\"output\":\"\(report.output.path)\",\"frames\":\(report.frameCount),\"seconds\":\(String(format: "%.2f", report.seconds))}")
        } else {
            print("Wrote \(output) (\(FrameTime.secondsText(report.durationMs)) s, \(report.width)x\(report.height), \(report.fps) fps, \(report.frameCount) frames) in \(String(format: "%.1f", report.seconds)) s")
            if let p = poster, let n = report.posterFrame { print("Wrote \(p) (poster and cover art: frame \(n), t=\(FrameTime.secondsText((2 * n + 1) * 500 / report.fps)) s)") }
        }
    }
}
