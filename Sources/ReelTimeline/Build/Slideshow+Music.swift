import Foundation

/// How background music is added to a slideshow.
public struct MusicOptions: Sendable, Hashable {
    /// The volume of background music, 0…1 ("BGM at 35%").
    public static let defaultVolume = DraftDefaults.musicVolume
    /// Fade-in at the start of the video, ms.
    public static let defaultFadeInMs = DraftDefaults.musicFadeInMs
    /// Fade-out ending with the video, ms.
    public static let defaultFadeOutMs = DraftDefaults.musicFadeOutMs
    /// How long consecutive songs overlap, crossfading, ms.
    public static let songCrossfadeMs = DraftDefaults.songCrossfadeMs

    /// Volume 0…1 of every song.
    public var volume: Double = defaultVolume
    /// Fade-in at the start of the video, ms.
    public var fadeInMs: Int = defaultFadeInMs
    /// Fade-out ending with the video, ms.
    public var fadeOutMs: Int = defaultFadeOutMs

    /// Music settings; each left out takes its default (`DraftDefaults`).
    public init(volume: Double = defaultVolume, fadeInMs: Int = defaultFadeInMs, fadeOutMs: Int = defaultFadeOutMs) {
        self.volume = volume
        self.fadeInMs = fadeInMs
        self.fadeOutMs = fadeOutMs
    }
}

/// A music file and how long it plays, as measured by decoding it.
public struct MusicFile: Sendable, Hashable {
    /// The file's path or URL, as a segment's `src`.
    public var source: String
    /// Its playing time, ms.
    public var durationMs: Int

    /// A music file `source` that plays for `durationMs`.
    public init(source: String, durationMs: Int) {
        self.source = source
        self.durationMs = durationMs
    }
}

/// Background music on a slideshow: one audio track (`tt` 1) under the whole video.
extension Slideshow {
    /// Adds `songs` as one audio track that spans the whole video: played one after another,
    /// each crossfading into the next over `MusicOptions.songCrossfadeMs`; the first fades in,
    /// and the music fades out ending exactly with the video. Songs that would start after the
    /// video ends are left out; when the music is shorter than the video, the last song loops.
    ///
    /// Every segment gets `v` = `options.volume` and explicit `fi`/`fo` keys.
    ///
    /// - Throws: `DraftError` when the timeline has no video yet, a song has no length, or an
    ///   option is out of range.
    public static func addMusic(_ songs: [MusicFile], options: MusicOptions = MusicOptions(),
                                to timeline: inout Timeline) throws {
        guard !songs.isEmpty else { return }
        let end = timeline.durationMs
        guard end > 0 else { throw DraftError(path: "", message: "there is no video to put music under; add photos first") }
        timeline.tracks.append(try musicTrack(songs, options: options, videoDurationMs: end))
    }

    /// The audio track ``addMusic(_:options:to:)`` adds under a video lasting
    /// `videoDurationMs` (more than 0): the songs in turn, crossfading, with the fades, volume
    /// and looping of `options` and `DraftDefaults`.
    ///
    /// - Throws: `DraftError` when a song has no length or an option is out of range.
    public static func musicTrack(_ songs: [MusicFile], options: MusicOptions = MusicOptions(),
                                  videoDurationMs end: Int) throws -> Track {
        guard options.volume.isFinite, DraftLimits.volume.contains(options.volume) else {
            throw DraftError(path: "", message: "music volume must be from 0 to 1 (0% to 100%), got \(options.volume)")
        }
        guard options.fadeInMs >= 0, options.fadeOutMs >= 0 else {
            throw DraftError(path: "", message: "music fades must not be negative")
        }
        if let empty = songs.first(where: { $0.durationMs <= 0 }) {
            throw DraftError(path: "", message: "\(empty.source): the music has no length; choose another file")
        }
        var segments: [Segment] = []
        var start = 0
        for (i, song) in songs.enumerated() where start < end {
            let isLastSong = i == songs.count - 1
            let crossfade = isLastSong ? 0 : min(MusicOptions.songCrossfadeMs, song.durationMs / 2, songs[i + 1].durationMs / 2)
            let nextStart = start + song.durationMs - crossfade
            let reachesEnd = isLastSong || nextStart >= end
            var segment = Segment(source: song.source, startMs: start,
                                  durationMs: reachesEnd ? end - start : song.durationMs, volume: options.volume)
            var playback = AudioPlayback()
            playback.fadeInMs = segments.isEmpty ? options.fadeInMs : segments.last!.audioPlayback.fadeOutMs
            playback.fadeOutMs = reachesEnd ? options.fadeOutMs : crossfade
            if reachesEnd && start + song.durationMs < end { playback.loops = DraftDefaults.musicLoops }
            segment.audioPlayback = playback
            segments.append(segment)
            if reachesEnd { break }
            start = nextStart
        }
        return Track(kind: .audio, segments: segments)
    }

    /// How long `songs` last played one after another with `addMusic`'s crossfades, ms.
    public static func musicDurationMs(_ songs: [MusicFile]) -> Int {
        var total = 0
        for (i, song) in songs.enumerated() {
            total += song.durationMs
            if i + 1 < songs.count {
                total -= min(MusicOptions.songCrossfadeMs, song.durationMs / 2, songs[i + 1].durationMs / 2)
            }
        }
        return total
    }

    /// The video length for `--fit-to-music`: the whole frames at `fps` that fit in `musicMs`,
    /// in ms (`SlideshowOptions.totalDurationMs`). The video never outlasts the music, so it
    /// ends on music, fading out.
    public static func totalDurationMs(fittingMusicMs musicMs: Int, fps: Int) -> Int {
        let frames = musicMs * fps / 1000
        return frames * 1000 / fps
    }

    /// Makes the video last as long as `songs` played in turn (`--fit-to-music`): the whole
    /// frames that fit in the music (``totalDurationMs(fittingMusicMs:fps:)``), every photo's
    /// time scaled in proportion (``retime(_:totalDurationMs:)``). Add the music afterwards.
    ///
    /// - Throws: `DraftError` when there is no video, or a photo would become too short for
    ///   its transitions.
    public static func fitToMusic(_ timeline: inout Timeline, songs: [MusicFile]) throws {
        let total = totalDurationMs(fittingMusicMs: musicDurationMs(songs), fps: timeline.profile.fps)
        try retime(&timeline, totalDurationMs: total)
    }

    /// Changes the length of the first video track to `totalDurationMs`, scaling every photo's
    /// time in proportion (transitions keep their length): what `SlideshowOptions.totalDurationMs`
    /// would have given for an even slideshow, and the same pacing, stretched, for a draft.
    ///
    /// - Throws: `DraftError` when a photo would become too short for its transitions.
    public static func retime(_ timeline: inout Timeline, totalDurationMs total: Int) throws {
        guard let ti = timeline.tracks.firstIndex(where: { $0.kind == .video }),
              !timeline.tracks[ti].segments.isEmpty else {
            throw DraftError(path: "", message: "there is no video to fit to the music; add photos first")
        }
        var segments = timeline.tracks[ti].segments
        let overlaps = segments.dropFirst().map { $0.transition?.durationMs ?? 0 }
        let span = total + overlaps.reduce(0, +)
        let current = segments.map(\.durationMs).reduce(0, +)
        guard total > 0, current > 0 else {
            throw DraftError(path: "", message: "the video must last more than 0 seconds (got \(total) ms)")
        }
        var durations = segments.map { $0.durationMs * span / current }
        durations[durations.count - 1] += span - durations.reduce(0, +)
        var start = segments[0].startMs
        for i in segments.indices {
            let into = i > 0 ? overlaps[i - 1] : 0, out = i < overlaps.count ? overlaps[i] : 0
            if durations[i] < max(100, into + out) {
                throw DraftError(path: "", message: "to last \(FrameTime.secondsText(total)) s, photo \(i + 1) would show for \(durations[i]) ms, too short for its \(into + out) ms of transitions; use longer music, fewer photos or shorter transitions")
            }
            if i > 0 { start -= into }
            segments[i].startMs = start
            segments[i].durationMs = durations[i]
            start += durations[i]
        }
        timeline.tracks[ti].segments = segments
    }
}
