import ArgumentParser
import Foundation
import Reel

/// Options shared by `render`, `draft` and `frame`: an opening title and per-photo captions.
struct TitleArguments: ParsableArguments {
    @Option(help: ArgumentHelp("An opening title, centred over the first photos (any language your fonts cover; \\n breaks the line).", valueName: "text"))
    var title: String?

    @Option(name: .customLong("title-duration"), help: ArgumentHelp("How long the title shows, in seconds (default \(FrameTime.secondsText(DraftDefaults.titleMs))).", valueName: "seconds"))
    var titleDuration: Double?

    @Option(help: ArgumentHelp("A caption for the next photo: the first --caption goes on photo 1, the second on photo 2, and so on (\"\" for none).", valueName: "text"))
    var caption: [String] = []

    @Option(help: ArgumentHelp("A UTF-8 text file of captions: line N is photo N's caption (empty line = none), or write `NAME: caption` to caption the photo file NAME.", valueName: "file"))
    var captions: String?

    @Option(help: ArgumentHelp("Font file (TrueType or OpenType) for the title and captions (default: a bold sans-serif found through fontconfig).", valueName: "file"))
    var font: String?

    /// Rejects a title length no video can have before any work (exit 64).
    func validate() throws {
        try SlideshowArguments.checkSeconds(titleDuration, "--title-duration")
    }

    /// Adds the title and captions to the timeline, sets `--font` on every text segment, and
    /// prints a warning to stderr for text no installed font can draw.
    func apply(to input: (timeline: Timeline, base: URL?)) throws -> (timeline: Timeline, base: URL?) {
        var timeline = input.timeline
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        var fontPath: String?
        if let font {
            guard let url = InputCollector.fontFile(font, base: cwd) else { throw InputError("--font \(font): no such font file") }
            fontPath = url.path
        }
        if let d = titleDuration {
            guard d > 0 else { throw ValidationError("--title-duration must be more than 0 seconds") }
            guard title != nil else { throw ValidationError("--title-duration needs --title") }
        }
        if !caption.isEmpty && captions != nil { throw ValidationError("give --caption or --captions, not both") }

        if let title {
            let ms = FrameTime.ms(seconds: titleDuration ?? Double(Slideshow.defaultTitleDurationMs) / 1000)
            try Slideshow.addTitle(Slideshow.unescapingLineBreaks(title), durationMs: ms, to: &timeline)
        }
        var perPhoto: [String?] = caption.map { $0.isEmpty ? nil : Slideshow.unescapingLineBreaks($0) }
        if let captions {
            let url = URL(fileURLWithPath: captions, relativeTo: cwd)
            let content: String
            do { content = try String(contentsOf: url, encoding: .utf8) } catch {
                throw InputError("--captions \(captions): cannot be read as UTF-8 text (\(error.localizedDescription))")
            }
            let names = (timeline.videoTracks.first?.segments ?? []).map { ($0.source ?? "").split(separator: "/").last.map(String.init) ?? "" }
            perPhoto = try Slideshow.captions(fromSidecar: content, photoNames: names, file: captions)
        }
        if !perPhoto.isEmpty {
            do { try Slideshow.addCaptions(perPhoto, to: &timeline) } catch let e as DraftError {
                throw InputError(e.message)
            }
        }
        if let fontPath { timeline.setTextFont(fontPath) }
        for warning in try LocalRenderer().textWarnings(timeline, base: input.base) {
            Terminal.err("reel: warning: \(warning)\n")
        }
        return (timeline, input.base)
    }
}
