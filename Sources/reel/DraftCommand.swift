import ArgumentParser
import Foundation
import Reel

struct DraftCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "draft",
        abstract: "Write the draft JSON for photos without rendering (edit it, then `reel render draft.json`).",
        discussion: """
        Photo paths are stored relative to the draft's folder when they are inside it, so the folder can be moved as a whole. Keys Reel does not know are kept when a draft is read.

        Examples:
          reel draft photos/ -o trip.json
          reel draft photos/ --duration 30 --aspect 9:16 -o story.json
        """
    )

    @OptionGroup var slideshow: SlideshowArguments
    @OptionGroup var music: MusicArguments
    @OptionGroup var titles: TitleArguments

    @Option(name: .shortAndLong, help: ArgumentHelp("The draft file to write.", valueName: "draft.json"))
    var output: String

    func validate() throws { try music.check(against: slideshow) }

    func run() throws {
        LibraryLogging.set(verbose: false)  // libav reports only errors while reading music
        do {
            var (timeline, base) = try titles.apply(to: music.apply(to: slideshow.timeline()))
            timeline = try LocalRenderer().resolvingFocus(timeline, base: base)  // the draft records what auto chose
            let out = URL(fileURLWithPath: output).standardizedFileURL
            guard out.pathExtension.lowercased() == "json" else {
                throw InputError("\(output): a draft must be written to a .json file")
            }
            timeline.rebaseSources(from: base ?? MediaResolver().base, to: out.deletingLastPathComponent())
            do {
                try timeline.draftJSON().write(to: out, options: .atomic)
            } catch {
                throw InputError("\(output): cannot write the draft (\(error.localizedDescription))")
            }
            print(timeline.summary)
            print("Wrote \(output)")
        } catch {
            throw Failure.report(error)
        }
    }
}

struct FrameCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "frame",
        abstract: "Save the exact composited frame at a moment as PNG.",
        discussion: """
        Examples:
          reel frame photos/ --at 2.75 -o mid-crossfade.png
          reel frame trip.json --at 10 -o check.png
        """
    )

    @OptionGroup var slideshow: SlideshowArguments
    @OptionGroup var music: MusicArguments
    @OptionGroup var titles: TitleArguments
    @OptionGroup var encoding: EncodingArguments

    @Option(help: ArgumentHelp("Time in seconds; the frame on screen at that moment is saved.", valueName: "seconds"))
    var at: Double

    @Option(name: .shortAndLong, help: ArgumentHelp("The PNG file to write.", valueName: "frame.png"))
    var output: String

    /// Also rejects a time no video has (not a number, infinite, negative) before any work (exit 64).
    func validate() throws {
        try music.check(against: slideshow)
        guard at.isFinite, at >= 0, at < 1e9 else { throw ValidationError("--at \(at): use a time in seconds from 0 to the video's length") }
    }

    func run() async throws {
        LibraryLogging.set(verbose: false)  // libav reports only errors while reading music
        do {
            let (timeline, base, out) = try await RenderCommand.pictureInput(slideshow, music, titles, output: output, what: "the frame")
            let image = try LocalRenderer().frame(timeline, base: base, atSeconds: at, settings: try encoding.settings())
            try LocalRenderer.savePNG(image, to: out)
            print("Wrote \(output) (\(image.width)x\(image.height), t=\(at) s)")
        } catch let e as ValidationError {
            throw e
        } catch {
            throw Failure.report(error)
        }
    }
}
