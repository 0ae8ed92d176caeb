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
    /// Where the fill crop (and, for `auto`, the motion) aims (`focus`); nil means the centre.
    public var focus: Focus?
    /// Volume 0–1 for audio (`v`).
    public var volume: Double?
    /// Title text for text segments (`text`).
    public var text: String?
    /// Unknown keys of the segment object, and keys a later feature reads itself.
    public var extra: [String: JSONValue]

    /// A segment from `startMs` lasting `durationMs`; the other keys are optional.
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
    /// Which transition (`k`).
    public var kind: TransitionKind
    /// Overlap with the previous segment, ms (0 for a cut).
    public var durationMs: Int
    /// Unknown keys of the object, kept as they were.
    public var extra: [String: JSONValue]

    /// A transition of `kind` lasting `durationMs`.
    public init(kind: TransitionKind, durationMs: Int, extra: [String: JSONValue] = [:]) {
        self.kind = kind
        self.durationMs = kind == .cut ? 0 : durationMs
        self.extra = extra
    }
}

/// The transitions Reel renders. Raw values are the draft's `tr.k` names; the catalogue follows
/// the names and looks of FFmpeg's `xfade` filter where it has them.
public enum TransitionKind: String, Sendable, Hashable, CaseIterable {
    /// Dissolve from one photo to the next.
    case crossfade
    /// Fade the first photo to black, then the next one in from black.
    case fadeBlack = "fade-black"
    /// Switch at once.
    case cut
    /// A soft edge sweeps from right to left, uncovering the next picture.
    case wipeLeft = "wipeleft"
    /// A soft edge sweeps from left to right.
    case wipeRight = "wiperight"
    /// A soft edge sweeps from the bottom up.
    case wipeUp = "wipeup"
    /// A soft edge sweeps from the top down.
    case wipeDown = "wipedown"
    /// Push: both pictures move left, the next one entering from the right.
    case slideLeft = "slideleft"
    /// Push: both pictures move right, the next one entering from the left.
    case slideRight = "slideright"
    /// Push: both pictures move up, the next one entering from below.
    case slideUp = "slideup"
    /// Push: both pictures move down, the next one entering from above.
    case slideDown = "slidedown"
    /// The outgoing picture zooms in towards its centre while the next one blends in.
    case zoomIn = "zoomin"
    /// The next picture appears in a circle that grows from the centre.
    case circleOpen = "circleopen"
    /// The outgoing picture shrinks away inside a closing circle.
    case circleClose = "circleclose"
    /// Noise dissolve: pixels switch in a fixed scattered order (a hash of their position).
    case dissolve
    /// Luma-matte wipe: the next picture shows through the outgoing one's darkest parts first.
    case lumaWipe = "lumawipe"
    /// Crossfade through a soft blur, sharpest at both ends.
    case blurFade = "blurfade"

    /// The kinds `random` draws from: gentle, direction-varied, never a cut or a noisy dissolve.
    public static let randomPool: [TransitionKind] = [
        .crossfade, .wipeLeft, .wipeRight, .slideLeft, .slideRight, .slideUp, .slideDown,
        .zoomIn, .circleOpen, .lumaWipe, .blurFade,
    ]
}

/// How Ken Burns motion speeds up and slows down (`kb.ease`).
public enum Easing: String, Sendable, Hashable, CaseIterable {
    /// Constant speed.
    case linear
    /// Starts gently, ends at full speed.
    case easeIn = "in"
    /// Starts at full speed, ends gently.
    case easeOut = "out"
    /// Starts and ends gently (the default).
    case inOut = "in-out"

    /// The eased fraction of the way for time fraction `t` (0…1); 0 ↦ 0 and 1 ↦ 1.
    ///
    /// Every curve is half linear so the picture never stands still: a still start or end
    /// looks like a stall when a transition overlaps it.
    public func apply(_ t: Double) -> Double {
        let t = max(0, min(1, t))
        switch self {
        case .linear: return t
        case .easeIn: return t * t * 0.5 + t * 0.5
        case .easeOut: return 1 - (1 - t) * (1 - t) * 0.5 - (1 - t) * 0.5
        case .inOut: return t * t * (3 - 2 * t) * 0.5 + t * 0.5 // half smoothstep, half linear
        }
    }
}

/// Where a photo's fill crop and Ken Burns motion aim (`focus` in the draft).
public enum Focus: Sendable, Hashable {
    /// `"auto"`: when the photo is prepared, Reel finds its faces (or, without faces, a region
    /// that clearly stands out) and centres the fill crop on them, and moves the segment's
    /// `kb` (keeping its zoom amounts where the faces allow) so every face stays fully in view
    /// for the whole segment. Nothing found: the centre, as without `focus`.
    case auto
    /// `{"x": …, "y": …}`: the fill crop is centred on this point of the upright photo (0…1
    /// across and down), as near as the photo's edges allow; `kb` is used as written.
    /// `reel draft` records what `auto` chose this way, so the draft renders the same later.
    case point(x: Double, y: Double)
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
    /// The view at the segment's start (`from`).
    public var from: Viewport
    /// The view at the segment's end (`to`).
    public var to: Viewport
    /// The speed curve (`ease`); nil means the default, `in-out`.
    public var ease: Easing?
    /// Unknown keys of the object, kept as they were.
    public var extra: [String: JSONValue]

    /// Motion from one view to another, along `ease`.
    public init(from: Viewport, to: Viewport, ease: Easing? = nil, extra: [String: JSONValue] = [:]) {
        self.from = from
        self.to = to
        self.ease = ease
        self.extra = extra
    }

    /// The deepest zoom the motion reaches.
    public var maxZoom: Double { max(from.zoom, to.zoom, 1) }

    /// The viewport at progress `p` (0…1) through the segment, along the `ease` curve (by
    /// default starting and ending softly).
    public func viewport(at p: Double) -> Viewport {
        let e = (ease ?? .inOut).apply(p)
        return Viewport(zoom: from.zoom + (to.zoom - from.zoom) * e,
                        x: from.x + (to.x - from.x) * e,
                        y: from.y + (to.y - from.y) * e)
    }
}

/// A view into a photo's placed image: `zoom` ≥ 1 magnifies the fitted picture, `x`/`y` (0…1)
/// are the centre of the view in the fitted picture's coordinates (0.5, 0.5 = centred).
public struct Viewport: Sendable, Hashable {
    /// Magnification of the fitted picture, ≥ 1 (`DraftLimits.zoom`).
    public var zoom: Double
    /// Horizontal centre of the view, 0…1.
    public var x: Double
    /// Vertical centre of the view, 0…1.
    public var y: Double

    /// A view at `zoom`, centred on (`x`, `y`).
    public init(zoom: Double, x: Double = 0.5, y: Double = 0.5) {
        self.zoom = zoom
        self.x = x
        self.y = y
    }

    /// Centred, no zoom.
    public static let identity = Viewport(zoom: 1)
}
