/// The whole project: tracks of segments plus the output profile. The single source of truth
/// for both the local renderer and the cloud export.
///
/// Durations and positions are integer milliseconds. Keys of the draft JSON that Reel does not
/// understand are kept in `extra` (at every level) and written back unchanged.
public struct Timeline: Sendable, Hashable {
    /// Tracks in draft order.
    public var tracks: [Track]
    /// Output size and frame rate (`m.width`, `m.height`, `m.fps`).
    public var profile: OutputProfile
    /// Other members of `m` (e.g. `title`), kept as they were.
    public var metadata: [String: JSONValue]
    /// Unknown top-level keys, kept as they were.
    public var extra: [String: JSONValue]

    /// A timeline of `tracks` rendered at `profile`, keeping `metadata` and unknown keys.
    public init(tracks: [Track] = [], profile: OutputProfile = .landscape1080,
                metadata: [String: JSONValue] = [:], extra: [String: JSONValue] = [:]) {
        self.tracks = tracks
        self.profile = profile
        self.metadata = metadata
        self.extra = extra
    }

    /// The video tracks, in order.
    public var videoTracks: [Track] { tracks.filter { $0.kind == .video } }

    /// How long the rendered video lasts: the end of the last video segment (or, with no video,
    /// of any segment), in ms.
    public var durationMs: Int {
        let video = tracks.filter { $0.kind == .video }.flatMap(\.segments).map(\.endMs).max()
        return video ?? tracks.flatMap(\.segments).map(\.endMs).max() ?? 0
    }

    /// The number of frames the render produces.
    public var frameCount: Int { FrameTime.frames(ms: durationMs, fps: profile.fps) }
}

/// What a track holds; the raw values are the draft's `tt` codes.
public enum TrackKind: Sendable, Hashable {
    case video
    case audio
    case text
    /// A track type Reel does not render; kept and written back.
    case other(Int)

    /// The kind for a draft's `tt` code (0 video, 1 audio, 7 text; others kept as `other`).
    public init(code: Int) {
        switch code {
        case 0: self = .video
        case 1: self = .audio
        case 7: self = .text
        default: self = .other(code)
        }
    }

    /// The draft's `tt` value.
    public var code: Int {
        switch self {
        case .video: 0
        case .audio: 1
        case .text: 7
        case .other(let c): c
        }
    }
}

/// One track: a kind and its segments.
public struct Track: Sendable, Hashable {
    /// What the track holds (`tt`).
    public var kind: TrackKind
    /// Its segments, in draft order (`sg`).
    public var segments: [Segment]
    /// Unknown keys of the track object.
    public var extra: [String: JSONValue]

    /// A track of `kind` with `segments`.
    public init(kind: TrackKind, segments: [Segment] = [], extra: [String: JSONValue] = [:]) {
        self.kind = kind
        self.segments = segments
        self.extra = extra
    }
}
