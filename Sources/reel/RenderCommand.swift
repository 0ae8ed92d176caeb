import ArgumentParser
import Foundation
import Reel

struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Render photos or a draft into an H.264 MP4 on this machine.",
        discussion: """
        The video is written atomically: it appears under its name only when complete. On an
        error or Ctrl-C nothing is left behind, and an existing file of that name is untouched.

        Examples:
          reel render photos/ -o trip.mp4
          reel render *.jpg --duration 30 -o trip.mp4             # 30 s in all
          reel render photos/ --slide 4 --transition fade-black -o trip.mp4
          reel render photos/ --aspect 9:16 -o story.mp4           # vertical, for Reels/TikTok
          reel render trip.json --quality preview -o look.mp4      # half size, fast
        """
    )

    @OptionGroup var slideshow: SlideshowArguments
    @OptionGroup var music: MusicArguments
    @OptionGroup var titles: TitleArguments
    @OptionGroup var encoding: EncodingArguments

    @Option(name: .shortAndLong, help: ArgumentHelp("The MP4 file to write.", valueName: "out.mp4"))
    var output: String

    @Flag(help: "Also show what libav and x264 report (encoder settings and statistics).")
    var verbose = false

    @Option(help: "Progress display: auto (a bar on a terminal, plain lines otherwise), plain, json (one JSON object per line on stdout) or none.")
    var progress: String = "auto"

    func run() throws {
        guard let style = ProgressStyle(rawValue: progress) else { throw ValidationError("--progress \(progress): use auto, plain, json or none") }
        let settings = try encoding.settings()
        LibraryLogging.set(verbose: verbose)
        do {
            let (timeline, base) = try titles.apply(to: music.apply(to: slideshow.timeline()))
            let printer = ProgressPrinter(style)
            let cancel = CancellationFlag()
            let signals = Interrupts.forward(to: cancel)
            defer { signals.forEach { $0.cancel() } }
            let out = URL(fileURLWithPath: output)
            let report = try LocalRenderer().render(timeline, base: base, to: out, settings: settings, cancel: cancel) { printer.update($0) }
            let seconds = FrameTime.secondsText(timeline.durationMs)
            if printer.isJSON {
                print("{\"done\":true,\"output\":\"\(report.output.path)\",\"frames\":\(report.frameCount),\"seconds\":\(String(format: "%.2f", report.seconds))}")
            } else {
                print("Wrote \(output) (\(seconds) s, \(report.width)x\(report.height), \(report.fps) fps, \(report.frameCount) frames) in \(String(format: "%.1f", report.seconds)) s")
            }
        } catch let e as ValidationError {
            throw e
        } catch {
            throw Failure.report(error)
        }
    }
}

/// Turns Ctrl-C / SIGTERM into a cancellation flag so the render can clean up.
enum Interrupts {
    static func forward(to flag: CancellationFlag) -> [DispatchSourceSignal] {
        [SIGINT, SIGTERM].map { sig in
            signal(sig, SIG_IGN)
            let src = DispatchSource.makeSignalSource(signal: sig, queue: .global())
            src.setEventHandler { flag.cancel() }
            src.resume()
            return src
        }
    }
}
