import Foundation
@_spi(Testing) import ReelAV
import ReelTimeline

/// Music: turning a timeline's audio tracks into the sound `VideoFileWriter` mixes and encodes.
extension LocalRenderer {
    /// The sound of `timeline`: every segment of its audio tracks (`tt` 1), with its volume
    /// (`v`, default 1), fades, offset and looping, mixed over the video's length. Nil when
    /// there is no audio segment — the video then has no audio stream.
    ///
    /// Every music file is decoded once first, so a missing, unreadable, damaged or silent file
    /// fails here, before any output exists; its loudness is measured then too (cached), and
    /// every file — music and clip sound — is brought to `AudioMix.Loudness()` (−16 LUFS,
    /// true peak at most −1 dBTP) before its volume applies. The measured gain is not stored in
    /// the draft: it is measured again from the file, so a replaced song is normalised anew.
    ///
    /// - Parameter base: folder relative `src` paths resolve against (the draft's folder).
    /// - Throws: `DraftError` for unusable audio keys; `ReelError` naming a music file that
    ///   cannot be used and what to do about it.
    /// Clips' own sound (`clips`: the probed clips of the video track by segment index) plays
    /// with their pictures, fading in and out over their transitions, with music ducked under it.
    func audioMix(_ timeline: Timeline, base: URL?, clips: [Int: ClipInfo] = [:], media: [URL] = []) throws -> AudioMix? {
        try timeline.validateAudio()
        let resolver = MediaResolver(base: base)
        var checked = Set<URL>()
        var segments: [AudioMix.Segment] = []
        for (ti, track) in timeline.tracks.enumerated() where track.kind == .audio {
            for (si, s) in track.segments.enumerated() {
                let path = "t[\(ti)].sg[\(si)]"
                let url = try resolver.localFile(s.source ?? "", path: path + ".src")
                if checked.insert(url).inserted {
                    _ = try Self.musicDurationMs(url) // one pass: checked, length and loudness
                }
                let playback = try s.audioPlayback(path: path)
                segments.append(AudioMix.Segment(
                    url: url, startMs: s.startMs, durationMs: s.durationMs, volume: s.volume ?? 1,
                    fadeInMs: playback.effectiveFadeInMs, fadeOutMs: playback.effectiveFadeOutMs,
                    sourceOffsetMs: playback.effectiveOffsetMs, loops: playback.effectiveLoops))
            }
        }
        let video = timeline.videoTracks.first?.segments ?? []
        for (i, info) in clips.sorted(by: { $0.key < $1.key }) where info.hasAudio {
            let s = video[i]
            let playback = s.clipPlayback
            guard playback.effectiveVolume > 0 else { continue }
            _ = try Self.loudness(media[i], fromMs: playback.effectiveInMs, durationMs: s.durationMs)
            let next = i + 1 < video.count ? video[i + 1].transition?.durationMs ?? 0 : 0
            segments.append(AudioMix.Segment(
                url: media[i], startMs: s.startMs, durationMs: s.durationMs, volume: playback.effectiveVolume,
                fadeInMs: s.transition?.durationMs ?? 0, fadeOutMs: next,
                sourceOffsetMs: playback.effectiveInMs, loops: false, role: .clip))
        }
        return segments.isEmpty ? nil : AudioMix(segments: segments, durationMs: timeline.durationMs, loudness: AudioMix.Loudness())
    }

    /// How long a music file plays, ms, found by decoding all of it (which also checks it).
    ///
    /// - Throws: ``ReelError`` (`badInput`, or `unsupported` for a format libav cannot read)
    ///   naming the file, what is wrong with it and what to do, e.g.
    ///   `song.xyz: not an audio file libav can read (…; accepted: mp3, m4a/aac, wav, flac, ogg). Convert it to mp3 or m4a.`
    ///
    /// A file is decoded once per process while its size and modification date stay the same
    /// (the CLI measures the music to build the timeline, then the render checks it again);
    /// that one pass also measures its loudness for the mix (`MusicAnalysis`).
    public static func musicDurationMs(_ url: URL) throws -> Int {
        do {
            return try MusicAnalysis.of(url).durationMs
        } catch let error as AudioFileError {
            throw ReelError(error)
        }
    }
}

extension LocalRenderer {
    /// How many times this process has decoded the music file `url` to check and measure it
    /// (`MusicAnalysis`: length and loudness in one pass); for tests.
    @_spi(Testing) public static func musicAnalysisPasses(over url: URL) -> Int {
        MusicAnalysis.passes(over: url)
    }

    /// The loudness of a music file, or of the part of a clip that plays (measured once per
    /// process per file version).
    static func loudness(_ url: URL, fromMs: Int = 0, durationMs: Int? = nil) throws -> LoudnessMeasurement {
        do { return try LoudnessMeasurement.of(url, fromMs: fromMs, durationMs: durationMs) } catch let error as AudioFileError {
            throw ReelError(error)
        }
    }
}
