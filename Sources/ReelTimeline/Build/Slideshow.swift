import Foundation

/// What a user asks for when turning photos into a slideshow; builds a `Timeline`.
public struct SlideshowOptions: Sendable, Hashable {
    /// Output size and frame rate.
    public var profile: OutputProfile = .landscape1080
    /// Total length in ms; when set, the per-photo length is derived from it.
    public var totalDurationMs: Int?
    /// Per-photo length in ms (used when `totalDurationMs` is nil).
    public var slideDurationMs: Int = 3000
    /// Transition between photos.
    public var transition: TransitionKind = .crossfade
    /// Transition length in ms.
    public var transitionDurationMs: Int = 500
    /// Ken Burns motion on or off.
    public var kenBurns: Bool = true
    /// Fit mode for every photo.
    public var fit: FitMode = .auto

    public init() {}
}

/// Builds timelines from photo lists.
public enum Slideshow {
    /// A one-video-track timeline: every photo gets the same length, consecutive photos overlap
    /// by the transition, and Ken Burns motion varies per photo in a fixed, deterministic cycle.
    ///
    /// With `totalDurationMs`, the slide length is chosen so that
    /// `n * slide - (n - 1) * transition == total` (rounded to whole ms; the last photo takes the remainder).
    public static func timeline(photos: [String], options o: SlideshowOptions) throws -> Timeline {
        guard !photos.isEmpty else { throw DraftError(path: "", message: "no photos to show: give image files or folders that contain JPEG, PNG, WebP or GIF files") }
        let n = photos.count
        let tr = o.transition == .cut ? 0 : o.transitionDurationMs
        var slide = o.slideDurationMs
        var lastExtra = 0
        if let total = o.totalDurationMs {
            let span = total + (n - 1) * tr
            slide = span / n
            lastExtra = span - slide * n
        }
        if slide <= 0 || (n > 1 && slide < tr) || (n > 2 && slide < 2 * tr) || slide < 100 {
            throw DraftError(path: "", message: "each photo would last \(slide) ms, too short for \(tr) ms transitions in and out; ask for a longer video, fewer photos or shorter transitions")
        }
        var segments: [Segment] = []
        var start = 0
        for (i, src) in photos.enumerated() {
            let d = slide + (i == n - 1 ? lastExtra : 0)
            var s = Segment(source: src, startMs: start, durationMs: d)
            if i > 0 { s.transition = Transition(kind: o.transition, durationMs: tr) }
            if o.kenBurns { s.kenBurns = motion(forPhoto: i) }
            if o.fit != .auto { s.fit = o.fit }
            segments.append(s)
            start += d - tr
        }
        return Timeline(tracks: [Track(kind: .video, segments: segments)], profile: o.profile)
    }

    /// The gentle motion for the photo at `index`: zoom in, pan right, zoom out, pan left,
    /// zoom in towards the upper third, pan down… in a fixed cycle (no randomness). Every view
    /// stays inside the picture, so the motion never sticks at an edge.
    public static func motion(forPhoto index: Int) -> KenBurns {
        switch index % 6 {
        case 0: KenBurns(from: Viewport(zoom: 1.0), to: Viewport(zoom: 1.15))
        case 1: KenBurns(from: Viewport(zoom: 1.12, x: 0.45), to: Viewport(zoom: 1.12, x: 0.55))
        case 2: KenBurns(from: Viewport(zoom: 1.15), to: Viewport(zoom: 1.0))
        case 3: KenBurns(from: Viewport(zoom: 1.12, x: 0.55), to: Viewport(zoom: 1.12, x: 0.45))
        case 4: KenBurns(from: Viewport(zoom: 1.02), to: Viewport(zoom: 1.16, x: 0.52, y: 0.44))
        default: KenBurns(from: Viewport(zoom: 1.12, y: 0.455), to: Viewport(zoom: 1.12, y: 0.545))
        }
    }
}
