import ArgumentParser
import Foundation
import Reel

/// `reel storyboard`: a contact sheet of the plan, one thumbnail per photo or clip.
struct StoryboardCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "storyboard",
        abstract: "Draw a contact sheet of the video's plan as PNG: one thumbnail per photo or clip.",
        discussion: """
        Each cell shows the segment's composited frame (the middle of the time it is on screen alone, titles included), its number, start time and the transition into it, and its Ken Burns motion: an arrow where the view travels, a circle with + for a zoom in and − for a zoom out. The inputs and options are those of `reel render`, so the sheet shows exactly what would be rendered.

        Examples:
          reel storyboard photos/ -o sheet.png
          reel storyboard trip.json --columns 6 -o sheet.png
          reel storyboard photos/ --music song.mp3 --beat-sync -o sheet.png
        """
    )

    @OptionGroup var slideshow: SlideshowArguments
    @OptionGroup var music: MusicArguments
    @OptionGroup var titles: TitleArguments

    @Option(help: ArgumentHelp("Thumbnails a row (default 4; more past 64 segments).", valueName: "n"))
    var columns: Int?

    @Option(name: .shortAndLong, help: ArgumentHelp("The PNG file to write.", valueName: "sheet.png"))
    var output: String

    func validate() throws {
        try music.check(against: slideshow)
        if let c = columns, !(1...64).contains(c) { throw ValidationError("--columns \(c): use 1 to 64") }
    }

    func run() async throws {
        LibraryLogging.set(verbose: false)  // libav reports only errors while reading music
        do {
            let (timeline, base, out) = try await RenderCommand.pictureInput(slideshow, music, titles, output: output, what: "the storyboard")
            let sheet = try Storyboard(columns: columns).render(timeline, base: base, checkingOutput: out)
            try LocalRenderer.savePNG(sheet, to: out)
            print("Wrote \(output) (\(sheet.width)x\(sheet.height), \(Storyboard.cells(for: timeline).count) segments)")
        } catch let e as ValidationError {
            throw e
        } catch {
            throw Failure.report(error)
        }
    }
}
