import Foundation

/// How an audio segment plays its file: the typed view of its draft keys `fi`, `fo`, `in` and
/// `loop` (besides `src`, `s`, `d` and `v`).
///
/// Each member is nil when the draft leaves the key out; the `effective…` properties give the
/// value used when rendering. The values live in `Segment.extra`, so keys Reel does not know
/// still round-trip untouched.
public struct AudioPlayback: Sendable, Hashable {
    /// `fi`: fade in from silence over the segment's first ms; default 1000.
    public var fadeInMs: Int?
    /// `fo`: fade out to silence over the segment's last ms, ending with the segment; default 2000.
    public var fadeOutMs: Int?
    /// `in`: where in the file playing starts, ms; default 0.
    public var offsetMs: Int?
    /// `loop`: when the file is shorter than the segment, play it again (crossfading its end
    /// into its start) until the segment ends; default true. With `false`, silence follows
    /// the end of the file.
    public var loops: Bool?

    /// A playback description; nil members take the defaults.
    public init(fadeInMs: Int? = nil, fadeOutMs: Int? = nil, offsetMs: Int? = nil, loops: Bool? = nil) {
        self.fadeInMs = fadeInMs
        self.fadeOutMs = fadeOutMs
        self.offsetMs = offsetMs
        self.loops = loops
    }

    /// The fades of background music (`MusicOptions`' defaults) unless the draft says otherwise.
    public var effectiveFadeInMs: Int { fadeInMs ?? MusicOptions.defaultFadeInMs }
    /// The fade-out in effect, ms (`DraftDefaults.musicFadeOutMs` unless the draft says otherwise).
    public var effectiveFadeOutMs: Int { fadeOutMs ?? MusicOptions.defaultFadeOutMs }
    /// Where in the file playing starts, ms (0 unless the draft says otherwise).
    public var effectiveOffsetMs: Int { offsetMs ?? 0 }
    /// Whether the file loops (`DraftDefaults.musicLoops` unless the draft says otherwise).
    public var effectiveLoops: Bool { loops ?? DraftDefaults.musicLoops }
}

extension Segment {
    /// The draft keys of an audio segment's playback, besides `src`, `s`, `d` and `v`.
    public static let audioPlaybackKeys = ["fi", "fo", "in", "loop"]

    /// The playback keys of this segment. Reading ignores values of the wrong type or out of
    /// range (use `audioPlayback(path:)` to report them); writing stores set members in `extra`
    /// and removes the keys of nil ones.
    public var audioPlayback: AudioPlayback {
        get { (try? readPlayback(path: nil, strict: false)) ?? AudioPlayback() }
        set {
            extra["fi"] = newValue.fadeInMs.map { .int($0) }
            extra["fo"] = newValue.fadeOutMs.map { .int($0) }
            extra["in"] = newValue.offsetMs.map { .int($0) }
            extra["loop"] = newValue.loops.map { .bool($0) }
        }
    }

    /// The playback keys of this segment, checked.
    ///
    /// - Parameter path: the segment's JSON path (e.g. `t[1].sg[0]`), named in errors.
    /// - Throws: `DraftError` for a value of the wrong type or out of range.
    public func audioPlayback(path: String) throws -> AudioPlayback {
        try readPlayback(path: path, strict: true)
    }

    private func readPlayback(path: String?, strict: Bool) throws -> AudioPlayback {
        var p = AudioPlayback()
        let reader = ExtraKeyReader(extra: extra, path: path, strict: strict)
        let value = reader.value, fail = reader.fail
        for key in ["fi", "fo", "in"] {
            guard let v = value(key) else { continue }
            guard let ms = v.intValue, DraftLimits.draftTimeMs.contains(ms) else {
                try fail(key, "must be a whole number of milliseconds, \(DraftLimits.draftTimeRule(v.intValue)) (got \(v.shortText))")
                continue
            }
            switch key {
            case "fi": p.fadeInMs = ms
            case "fo": p.fadeOutMs = ms
            default: p.offsetMs = ms
            }
        }
        if let v = value("loop") {
            if case .bool(let b) = v { p.loops = b } else {
                try fail("loop", "must be true or false (got \(v.shortText))")
            }
        }
        return p
    }
}

extension Timeline {
    /// The audio tracks, in order.
    public var audioTracks: [Track] { tracks.filter { $0.kind == .audio } }

    /// Checks what `validate()` does not about audio tracks: every segment names its file
    /// (`src`) and its playback keys have usable values.
    ///
    /// - Throws: `DraftError` naming the JSON path of the first problem.
    public func validateAudio() throws {
        for (ti, track) in tracks.enumerated() where track.kind == .audio {
            for (si, segment) in track.segments.enumerated() {
                let path = "t[\(ti)].sg[\(si)]"
                guard let src = segment.source, !src.isEmpty else {
                    throw DraftError(path: path + ".src", message: "is missing: an audio segment needs the music file's path or URL")
                }
                _ = try segment.audioPlayback(path: path)
            }
        }
    }
}
