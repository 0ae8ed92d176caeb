/// One item on a track: a photo on the video track, a music file on an audio track, a title on
/// a text track. Times are integer milliseconds on the timeline.
public struct Segment: Sendable, Hashable {
    /// Media path (relative to the draft's folder, or absolute) or URL (`src`).
    public var source: String?
    /// Start on the timeline (`s`), ms.
    public var startMs: Int
    /// Duration (`d`), ms. For consecutive video segments this includes the overlap of the
    /// transitions into and out of the segment.
    public var durationMs: Int
    /// The transition *into* this segment (`tr`); nil means a cut.
    public var transition: Transition?
    /// Ken Burns motion (`kb`); nil means a still frame.
    public var kenBurns: KenBurns?
    /// How the photo fills the frame (`fit`); nil means `auto`.
    public var fit: FitMode?
    /// Volume 0–1 for audio (`v`).
    public var volume: Double?
    /// Title text for text segments (`text`).
    public var text: String?
    /// Unknown keys of the segment object, and keys a later feature reads itself.
    public var extra: [String: JSONValue]

    public init(source: String? = nil, startMs: Int, durationMs: Int, transition: Transition? = nil,
                kenBurns: KenBurns? = nil, fit: FitMode? = nil, volume: Double? = nil,
                text: String? = nil, extra: [String: JSONValue] = [:]) {
        self.source = source
        self.startMs = startMs
        self.durationMs = durationMs
        self.transition = transition
        self.kenBurns = kenBurns
        self.fit = fit
        self.volume = volume
        self.text = text
        self.extra = extra
    }

    /// End on the timeline, ms (exclusive).
    public var endMs: Int { startMs + durationMs }
}

/// A transition into a segment (`tr`: `{"k": kind, "d": ms}`).
public struct Transition: Sendable, Hashable {
    public var kind: TransitionKind
    /// Overlap with the previous segment, ms (0 for a cut).
    public var durationMs: Int
    public var extra: [String: JSONValue]

    public init(kind: TransitionKind, durationMs: Int, extra: [String: JSONValue] = [:]) {
        self.kind = kind
        self.durationMs = kind == .cut ? 0 : durationMs
        self.extra = extra
    }
}

/// The transitions Reel renders.
public enum TransitionKind: String, Sendable, Hashable, CaseIterable {
    /// Dissolve from one photo to the next.
    case crossfade
    /// Fade the first photo to black, then the next one in from black.
    case fadeBlack = "fade-black"
    /// Switch at once.
    case cut
}

/// How a photo is placed in a frame of a different shape.
public enum FitMode: String, Sendable, Hashable, CaseIterable {
    /// Crop to fill when the aspect ratios are close, otherwise `blur`.
    case auto
    /// Scale to cover the whole frame, cropping the overflow.
    case fill
    /// Show the whole photo on black.
    case fit
    /// Show the whole photo over a blurred, darkened copy of itself that fills the frame.
    case blur
}

/// Ken Burns motion: the view moves from `from` to `to` over the segment's whole duration.
public struct KenBurns: Sendable, Hashable {
    public var from: Viewport
    public var to: Viewport
    public var extra: [String: JSONValue]

    public init(from: Viewport, to: Viewport, extra: [String: JSONValue] = [:]) {
        self.from = from
        self.to = to
        self.extra = extra
    }

    /// The deepest zoom the motion reaches.
    public var maxZoom: Double { max(from.zoom, to.zoom, 1) }

    /// The viewport at progress `p` (0…1) through the segment, eased so motion starts and ends softly.
    public func viewport(at p: Double) -> Viewport {
        let t = max(0, min(1, p))
        let e = t * t * (3 - 2 * t) * 0.5 + t * 0.5 // half smoothstep, half linear: gentle, never still
        return Viewport(zoom: from.zoom + (to.zoom - from.zoom) * e,
                        x: from.x + (to.x - from.x) * e,
                        y: from.y + (to.y - from.y) * e)
    }
}

/// A view into a photo's placed image: `zoom` ≥ 1 magnifies the fitted picture, `x`/`y` (0…1)
/// are the centre of the view in the fitted picture's coordinates (0.5, 0.5 = centred).
public struct Viewport: Sendable, Hashable {
    public var zoom: Double
    public var x: Double
    public var y: Double

    public init(zoom: Double, x: Double = 0.5, y: Double = 0.5) {
        self.zoom = zoom
        self.x = x
        self.y = y
    }

    /// Centred, no zoom.
    public static let identity = Viewport(zoom: 1)
}
