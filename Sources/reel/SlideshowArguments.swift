import ArgumentParser
import Foundation
import Reel

/// Options shared by `render`, `draft` and `frame`: what the slideshow looks like.
struct SlideshowArguments: ParsableArguments {
    @Argument(help: ArgumentHelp("Photos (JPEG, PNG, WebP, GIF, HEIC/HEIF, AVIF), video clips (mp4, mov, m4v, avi, webm, mkv), folders of them (natural order: 2 before 10), or one draft .json.", valueName: "input"))
    var inputs: [String] = []

    @Option(help: ArgumentHelp("Aspect ratio: 16:9 (1920x1080), 9:16 (1080x1920), 1:1 (1080x1080), 4:5 (1080x1350), 4:3, 3:4.", valueName: "ratio"))
    var aspect: String?

    @Option(help: ArgumentHelp("Any even output size, e.g. 1280x720 (overrides --aspect).", valueName: "WxH"))
    var size: String?

    @Option(help: "Frames per second: \(DraftLimits.frameRatesText) (default \(DraftDefaults.profile.fps)).")
    var fps: Int?

    @Option(help: ArgumentHelp("Total length in seconds; each photo's time is derived from it.", valueName: "seconds"))
    var duration: Double?

    @Option(help: ArgumentHelp("Seconds per photo (default \(FrameTime.secondsText(DraftDefaults.slideMs))), including its transitions.", valueName: "seconds"))
    var slide: Double?

    /// The option that set the video's length, if one did.
    var lengthOption: String? { duration != nil ? "--duration" : slide != nil ? "--slide" : nil }

    @Option(help: ArgumentHelp("Transition between photos (default \(DraftDefaults.transition.rawValue)): any name `reel transitions` lists, or random (a seeded draw per join, kept in the draft).", valueName: "name"))
    var transition: String?

    @Option(help: ArgumentHelp("Seed for --transition random (default 1): the same seed gives the same transitions.", valueName: "n"))
    var seed: Int?

    @Option(help: "Ken Burns speed curve: in-out (default, gentle start and end), linear, in or out.")
    var ease: String?

    @Option(name: .customLong("transition-duration"), help: ArgumentHelp("Transition length in seconds (default \(FrameTime.secondsText(DraftDefaults.transitionMs))).", valueName: "seconds"))
    var transitionDuration: Double?

    @Option(help: "Motion: kenburns (gentle zooms and pans, the default) or none.")
    var motion: String?

    @Option(help: "How photos fill the frame: auto (default: crop when close, blurred fill otherwise), fill, fit or blur.")
    var fit: String?

    @Option(help: "Where crops and zooms aim: auto (default: faces, else what stands out, stay in frame) or center.")
    var focus: String = "auto"

    @Option(name: .customLong("clip-max"), help: ArgumentHelp("The longest a video clip plays, in seconds (default \(FrameTime.secondsText(DraftDefaults.clipMaxMs))); a longer clip plays its first part.", valueName: "seconds"))
    var clipMax: Double?

    @Option(name: .customLong("clip-audio"), help: "Play the clips' own sound: on (default; music is ducked under it) or off.")
    var clipAudio: String?

    /// Rejects unknown transition and easing names, and lengths no video can have (not a
    /// number, infinite, zero or negative, over an hour), before any work (exit 64).
    func validate() throws {
        try Self.checkSeconds(duration, "--duration")
        try Self.checkSeconds(slide, "--slide")
        try Self.checkSeconds(transitionDuration, "--transition-duration", zeroAllowed: true)
        try Self.checkSeconds(clipMax, "--clip-max")
        if let tr = transition, tr != "random", TransitionKind(rawValue: tr) == nil {
            throw ValidationError("--transition \(tr): use random or one of \(TransitionKind.allCases.map(\.rawValue).joined(separator: ", ")) (see `reel transitions`)")
        }
        if seed != nil, transition != "random" { throw ValidationError("--seed goes with --transition random") }
        if let e = ease, Easing(rawValue: e) == nil { throw ValidationError("--ease \(e): use in-out, linear, in or out") }
        if focus != "auto" && focus != "center" { throw ValidationError("--focus \(focus): use auto or center") }
    }

    /// Throws a usage error naming `option` unless `seconds` is a finite length up to the
    /// longest video (``DraftLimits/requestedTotalMs``), more than 0 (or 0 when `zeroAllowed`).
    static func checkSeconds(_ seconds: Double?, _ option: String, zeroAllowed: Bool = false) throws {
        guard let seconds else { return }
        let most = Double(DraftLimits.requestedTotalMs.upperBound) / 1000
        guard seconds.isFinite, zeroAllowed ? seconds >= 0 : seconds > 0, seconds <= most else {
            let from = zeroAllowed ? "from 0" : "more than 0"
            throw ValidationError("\(option) \(seconds): use a length in seconds \(from) and at most \(FrameTime.secondsText(DraftLimits.requestedTotalMs.upperBound))")
        }
    }

    /// The timeline these options describe (for a draft input: the draft, with size/fps overridden).
    func timeline() throws -> (timeline: Timeline, base: URL?) {
        switch try InputCollector.collect(inputs) {
        case .draft(var t, let file):
            if let p = try profileOverride(current: t.profile) { t.profile = p }
            try applyClipAudio(to: &t)
            t.applyFocus(focus == "center" ? nil : .auto)
            return (t, file.deletingLastPathComponent())
        case .photos(let urls):
            if let note = InputCollector.unreadableNote(InputCollector.unreadableFiles(in: inputs)) {
                Terminal.err("reel: warning: \(note)\n")
            }
            var o = SlideshowOptions()
            o.profile = try profileOverride(current: o.profile) ?? o.profile
            if let d = duration {
                guard d > 0 else { throw ValidationError("--duration must be more than 0 seconds") }
                o.totalDurationMs = FrameTime.ms(seconds: d)
            }
            if let s = slide {
                guard s > 0 else { throw ValidationError("--slide must be more than 0 seconds") }
                if duration != nil { throw ValidationError("give --duration or --slide, not both") }
                o.slideDurationMs = FrameTime.ms(seconds: s)
            }
            if let tr = transition {
                if tr == "random" {
                    o.randomTransitionSeed = UInt64(bitPattern: Int64(seed ?? 1))
                } else {
                    guard let k = TransitionKind(rawValue: tr) else {
                        throw ValidationError("--transition \(tr): use random or one of \(TransitionKind.allCases.map(\.rawValue).joined(separator: ", ")) (see `reel transitions`)")
                    }
                    o.transition = k
                }
            }
            if seed != nil, o.randomTransitionSeed == nil { throw ValidationError("--seed goes with --transition random") }
            if let e = ease {
                guard let curve = Easing(rawValue: e) else { throw ValidationError("--ease \(e): use in-out, linear, in or out") }
                o.ease = curve
            }
            if let td = transitionDuration {
                guard td >= 0 else { throw ValidationError("--transition-duration must not be negative") }
                o.transitionDurationMs = FrameTime.ms(seconds: td)
            }
            if let m = motion {
                switch m {
                case "kenburns", "ken-burns": o.kenBurns = true
                case "none", "static": o.kenBurns = false
                default: throw ValidationError("--motion \(m): use kenburns or none")
                }
            }
            if let f = fit {
                guard let mode = FitMode(rawValue: f) else { throw ValidationError("--fit \(f): use auto, fill, fit or blur") }
                o.fit = mode
            }
            o.focus = focus == "center" ? nil : .auto
            if let c = clipMax {
                guard c > 0 else { throw ValidationError("--clip-max must be more than 0 seconds") }
                o.clipMaxMs = FrameTime.ms(seconds: c)
            }
            let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
            var t = try Slideshow.timeline(media: try InputCollector.slideshowItems(urls), options: o)
            try applyClipAudio(to: &t)
            return (t, cwd)
        }
    }

    /// `--clip-audio off` silences every clip (`vol` 0); `on` leaves the draft's volumes.
    private func applyClipAudio(to t: inout Timeline) throws {
        switch clipAudio {
        case nil, "on": return
        case "off": t.silenceClips()
        case let a?: throw ValidationError("--clip-audio \(a): use on or off")
        }
    }

    private func profileOverride(current: OutputProfile) throws -> OutputProfile? {
        guard aspect != nil || size != nil || fps != nil else { return nil }
        var p = current
        if let a = aspect {
            guard let s = OutputProfile.size(forAspect: a) else { throw ValidationError("--aspect \(a): use 16:9, 9:16, 1:1, 4:5, 4:3 or 3:4") }
            p.width = s.width; p.height = s.height
        }
        if let s = size {
            guard let size = DraftLimits.outputSize(s) else {
                throw ValidationError("--size \(s): give WIDTHxHEIGHT as \(DraftLimits.outputSideText), e.g. 1920x1080")
            }
            (p.width, p.height) = size
        }
        if let f = fps {
            guard DraftLimits.frameRates.contains(f) else { throw ValidationError("--fps \(f): use \(DraftLimits.frameRatesText)") }
            p.fps = f
        }
        return p
    }
}
