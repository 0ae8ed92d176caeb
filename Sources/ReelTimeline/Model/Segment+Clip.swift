/// How a clip segment plays its file: `in` and `vol`.
public struct ClipPlayback: Sendable, Hashable {
    /// `in`: where in the clip playing starts, ms; default 0.
    public var inMs: Int?
    /// `vol`: the clip's own sound, 0…1; default 1.
    public var volume: Double?

    /// Creates a playback description; nil members take the defaults.
    public init(inMs: Int? = nil, volume: Double? = nil) {
        self.inMs = inMs
        self.volume = volume
    }

    /// The start offset in effect, ms.
    public var effectiveInMs: Int { inMs ?? 0 }
    /// The clip sound's volume in effect.
    public var effectiveVolume: Double { volume ?? 1 }
}

extension Segment {
    /// Whether this segment's `src` names a video clip.
    public var isClip: Bool { source.map { MediaKind(source: $0) == .clip } ?? false }

    /// The clip keys of this segment (lenient: bad values read as the defaults; use
    /// `clipPlayback(path:)` to report them). Writing stores set members in `extra`.
    public var clipPlayback: ClipPlayback {
        get { (try? readClipPlayback(path: nil, strict: false)) ?? ClipPlayback() }
        set {
            extra["in"] = newValue.inMs.map { .int($0) }
            extra["vol"] = newValue.volume.map { .double($0) }
        }
    }

    /// The clip keys of this segment, checked.
    ///
    /// - Parameter path: the segment's JSON path (e.g. `t[0].sg[2]`), named in errors.
    /// - Throws: `DraftError` for a value of the wrong type or out of range.
    public func clipPlayback(path: String) throws -> ClipPlayback {
        try readClipPlayback(path: path, strict: true)
    }

    private func readClipPlayback(path: String?, strict: Bool) throws -> ClipPlayback {
        var p = ClipPlayback()
        let reader = ExtraKeyReader(extra: extra, path: path, strict: strict)
        if let v = reader.value("in") {
            if let ms = v.intValue, DraftLimits.draftTimeMs.contains(ms) { p.inMs = ms } else {
                try reader.fail("in", "must be a whole number of milliseconds into the clip, \(DraftLimits.draftTimeRule(v.intValue)) (got \(v.shortText))")
            }
        }
        if let v = reader.value("vol") {
            if let d = v.doubleValue, d.isFinite, (0...1).contains(d) { p.volume = d } else {
                try reader.fail("vol", "must be the clip's sound volume from 0 to 1 (got \(v.shortText))")
            }
        }
        return p
    }
}

extension Timeline {
    /// Checks the clip keys of every clip segment on the video tracks.
    ///
    /// - Throws: `DraftError` naming the JSON path of the first bad value.
    public func validateClips() throws {
        for (ti, track) in tracks.enumerated() where track.kind == .video {
            for (si, segment) in track.segments.enumerated() where segment.isClip {
                _ = try segment.clipPlayback(path: "t[\(ti)].sg[\(si)]")
            }
        }
    }
}
