import ArgumentParser
import Foundation
import Reel

/// Options shared by `render`, `draft` and `frame`: background music under the slideshow.
struct MusicArguments: ParsableArguments {
    @Option(name: .customLong("music"), help: ArgumentHelp(
        "Background music: mp3, m4a/aac, wav, flac or ogg. Repeat for several songs, played in turn with a 1 s crossfade; music shorter than the video loops, longer music is cut, fading out with the video.",
        valueName: "file"))
    var files: [String] = []

    @Option(name: .customLong("music-volume"), help: ArgumentHelp("Music volume: 0–1 or a percentage, e.g. 0.5 or 50% (default \(DraftDefaults.musicVolume)).", valueName: "level"))
    var volume: String?

    @Option(name: .customLong("music-fade-in"), help: ArgumentHelp("Music fade-in at the start, seconds (default \(FrameTime.secondsText(DraftDefaults.musicFadeInMs))).", valueName: "seconds"))
    var fadeIn: Double?

    @Option(name: .customLong("music-fade-out"), help: ArgumentHelp("Music fade-out, ending with the video, seconds (default \(FrameTime.secondsText(DraftDefaults.musicFadeOutMs))).", valueName: "seconds"))
    var fadeOut: Double?

    @Flag(name: .customLong("fit-to-music"), help: "Make the video last as long as the music: each photo's time is derived from it (instead of --duration or --slide).")
    var fitToMusic = false

    @Flag(name: .customLong("beat-sync"), help: "Cut on the beat: move every cut (each transition's midpoint) onto a beat of the music, each photo showing 1.5–6 s; the total length and clips' lengths stay as they are.")
    var beatSync = false

    func validate() throws {
        if files.isEmpty {
            let given = [(volume != nil, "--music-volume"), (fadeIn != nil, "--music-fade-in"),
                         (fadeOut != nil, "--music-fade-out"), (fitToMusic, "--fit-to-music"), (beatSync, "--beat-sync")]
            if let option = given.first(where: \.0)?.1 { throw ValidationError("\(option) needs --music FILE") }
        }
        _ = try options()
    }

    /// `--fit-to-music` contradicts a length set by `--duration` or `--slide` (called from the
    /// commands' `validate()`, which see both option groups).
    func check(against slideshow: SlideshowArguments) throws {
        if fitToMusic, let option = slideshow.lengthOption {
            throw ValidationError("--fit-to-music takes the length from the music; leave out \(option)")
        }
    }

    /// The music settings these options describe.
    func options() throws -> MusicOptions {
        var o = MusicOptions()
        if let volume { o.volume = try Self.level(volume) }
        if let fadeIn {
            guard fadeIn.isFinite, fadeIn >= 0 else { throw ValidationError("--music-fade-in \(fadeIn): use 0 seconds or more") }
            o.fadeInMs = FrameTime.ms(seconds: fadeIn)
        }
        if let fadeOut {
            guard fadeOut.isFinite, fadeOut >= 0 else { throw ValidationError("--music-fade-out \(fadeOut): use 0 seconds or more") }
            o.fadeOutMs = FrameTime.ms(seconds: fadeOut)
        }
        return o
    }

    /// Adds the music to a timeline (after fitting the video to it with `--fit-to-music`).
    /// Every file is decoded once first, so bad music fails here, naming the file.
    /// `--beat-sync`'s listening pass is shown in the `progress` style.
    func apply(to input: (timeline: Timeline, base: URL?), progress: ProgressStyle = .auto) throws -> (timeline: Timeline, base: URL?) {
        guard !files.isEmpty else { return input }
        var timeline = input.timeline
        let songs = try files.map { try MusicFile(measuring: URL(fileURLWithPath: $0)) }
        if fitToMusic { try Slideshow.fitToMusic(&timeline, songs: songs) }
        try Slideshow.addMusic(songs, options: try options(), to: &timeline)
        if beatSync {
            let printer = BeatProgressPrinter(progress)
            if try !timeline.syncCutsToMusicBeats(base: input.base, progress: { printer.update($0) }) {
                Terminal.err("reel: warning: --beat-sync: the music has too few clear beats to place every cut on one with photos of 1.5–6 s; the cuts stay where they were\n")
            }
        }
        return (timeline, input.base)
    }

    /// `0.35`, `35%` → 0.35.
    static func level(_ text: String) throws -> Double {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let percent = trimmed.hasSuffix("%")
        guard let number = Double(percent ? String(trimmed.dropLast()) : trimmed), number.isFinite else {
            throw ValidationError("--music-volume \(text): give 0–1 or a percentage, e.g. 0.35 or 35%")
        }
        let value = percent ? number / 100 : number
        guard DraftLimits.volume.contains(value) else {
            throw ValidationError("--music-volume \(text): give 0–1 or a percentage up to 100%, e.g. 0.35 or 35%")
        }
        return value
    }
}
