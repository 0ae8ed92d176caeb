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
            let folder = base ?? URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
            guard cloud else {
                let local = try await Self.fetchRemoteMedia(timeline, base: folder)
                return try renderLocally(local, base: base, to: out, settings: settings, style: style)
            }
            let renderer = try CloudRenderer(apiURL: apiURL, draftFolder: folder)
            let task = Task {
                try await CloudFallback.run(enabled: !noFallback, cloud: {
                    let result = try await renderer.render(timeline, draftFolder: folder, allowing: chosenPaths,
                                                           to: out, progress: Self.cloudProgress())
                    CloudCLI.done(result)
                }, local: {
                    try renderLocally(timeline, base: base, to: out, settings: settings, style: style)
                }, onFallback: { error in
                    CloudCLI.err("reel: \(CloudFallback.notice(for: error))\n")
                })
            }
            let interrupts = Interrupts.forward { task.cancel() }
            defer { interrupts.forEach { $0.cancel() } }
            try await task.value
        } catch let e as ValidationError {
            throw e
        } catch {
            throw Failure.report(error)
        }
    }

    /// The timeline with its remote `src` URLs downloaded into the cache (Ctrl-C stops it).
    static func fetchRemoteMedia(_ timeline: Timeline, base: URL) async throws -> Timeline {
        let count = RemoteSources.urls(in: timeline, base: base).count
        guard count > 0 else { return timeline }
        Terminal.err("The draft uses \(count) remote media file\(count == 1 ? "" : "s"); fetching what is not cached yet…\n")
        let task = Task { try await RemoteSources.localize(timeline, base: base) }
        let interrupts = Interrupts.forward { task.cancel() }
        defer { interrupts.forEach { $0.cancel() } }
        return try await task.value
    }

    /// What the user chose to send: inputs and music named on the command line, `--allow-path`.
    var chosenPaths: [URL] {
        (slideshow.inputs + music.files + allowPaths).map { URL(fileURLWithPath: $0).standardizedFileURL }
    }

    /// The local render, with progress and the closing line.
    func renderLocally(_ timeline: Timeline, base: URL?, to out: URL, settings: RenderSettings, style: ProgressStyle) throws {
        let printer = ProgressPrinter(style)
        let cancel = CancellationFlag()
        let signals = Interrupts.forward(to: cancel)
        defer { signals.forEach { $0.cancel() } }
        let report: RenderReport
        do {
            report = try LocalRenderer().render(timeline, base: base, to: out, poster: poster.map { URL(fileURLWithPath: $0) },
                                                settings: settings, cancel: cancel) { printer.update($0) }
        } catch {
            throw DiskFullError.detect(error, output: out) ?? error
        }
        let seconds = FrameTime.secondsText(timeline.durationMs)
        if printer.isJSON {
            print("{\"done\":true,\"output\":\"\(report.output.path)\",\"frames\":\(report.frameCount),\"seconds\":\(String(format: "%.2f", report.seconds))}")
        } else {
            print("Wrote \(output) (\(seconds) s, \(report.width)x\(report.height), \(report.fps) fps, \(report.frameCount) frames) in \(String(format: "%.1f", report.seconds)) s")
            if let p = poster, let n = report.posterFrame { print("Wrote \(p) (poster and cover art: frame \(n), t=\(FrameTime.secondsText((2 * n + 1) * 500 / report.fps)) s)") }
        }
    }

    /// Upload, render and download progress for a cloud render.
    static func cloudProgress() -> @Sendable (CloudRenderProgress) -> Void {
        let bar = CloudProgressBar()
        let export = CloudCLI.exportProgress()
        return { p in
            switch p {
            case .uploading(let u):
                bar.show(Double(u.bytesSent) / Double(max(u.totalBytes, 1)), "uploading \(u.fileIndex + 1)/\(u.fileCount)")
                if u.fileIndex + 1 == u.fileCount && u.bytesSent >= u.totalBytes { bar.finish() }
            case .exporting(let e):
                export(e)
            }
        }
    }
}

/// Turns Ctrl-C / SIGTERM into a cancellation so the render can clean up.
enum Interrupts {
    static func forward(to flag: CancellationFlag) -> [DispatchSourceSignal] {
        forward { flag.cancel() }
    }

    static func forward(_ action: @escaping @Sendable () -> Void) -> [DispatchSourceSignal] {
        [SIGINT, SIGTERM].map { sig in
            signal(sig, SIG_IGN)
            let src = DispatchSource.makeSignalSource(signal: sig, queue: .global())
            src.setEventHandler(handler: action)
            src.resume()
            return src
        }
    }
}
