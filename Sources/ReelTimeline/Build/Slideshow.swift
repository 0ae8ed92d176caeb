import Foundation

/// What a user asks for when turning photos into a slideshow; builds a `Timeline`.
public struct SlideshowOptions: Sendable, Hashable {
    /// Output size and frame rate.
    public var profile: OutputProfile = DraftDefaults.profile
    /// Total length in ms; when set, the per-photo length is derived from it.
    public var totalDurationMs: Int?
    /// Per-photo length in ms (used when `totalDurationMs` is nil).
    public var slideDurationMs: Int = DraftDefaults.slideMs
    /// Transition between photos.
    public var transition: TransitionKind = DraftDefaults.transition
    /// When set, each join draws its own transition from `TransitionKind.randomPool` with this
    /// seed (`transition` is then unused); the seed is recorded in the metadata.
    public var randomTransitionSeed: UInt64?
    /// Ken Burns speed curve for every photo; nil leaves the default (`in-out`).
    public var ease: Easing?
    /// Transition length in ms.
    public var transitionDurationMs: Int = DraftDefaults.transitionMs
    /// Ken Burns motion on or off.
    public var kenBurns: Bool = true
    /// Fit mode for every photo and clip.
    public var fit: FitMode = .auto
    /// The longest a clip plays, ms: a longer clip plays its first `clipMaxMs`.
    public var clipMaxMs: Int = DraftDefaults.clipMaxMs
    /// Where every photo's crop and motion aim: `.auto` (faces, else what stands out) or nil
    /// (the centre, the default of the library; the `reel` tool asks for `.auto`).
    public var focus: Focus?

    /// The defaults of every option (`DraftDefaults`).
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
        try timeline(media: photos.map { .photo($0) }, options: o)
    }

    /// A one-video-track timeline of photos and clips in the given order.
    ///
    /// Photos get the slide length; a clip plays at its natural speed for its whole length, at
    /// most `clipMaxMs`. Transitions overlap a clip's first and last moments exactly as they do
    /// a photo's. With `totalDurationMs` only the photos are retimed, so that
    /// `photos * slide + clips - (n - 1) * transition == total`.
    ///
    /// - Throws: `DraftError` when there is nothing to show, the photos would be too short for
    ///   their transitions, the clips alone outlast the total, or a clip is shorter than its
    ///   transitions.
    public static func timeline(media: [SlideshowItem], options o: SlideshowOptions) throws -> Timeline {
        guard !media.isEmpty else { throw DraftError(path: "", message: "no photos to show: give image files (JPEG, PNG, WebP, GIF, HEIC, AVIF), video clips or folders that contain them") }
        let n = media.count
        let tr = o.transition == .cut && o.randomTransitionSeed == nil ? 0 : o.transitionDurationMs
        let drawn = o.randomTransitionSeed.map { randomTransitions(count: n - 1, seed: $0) }
        let clipLengths = media.map { $0.clipDurationMs.map { min($0, max(1, o.clipMaxMs)) } }
        let clipsMs = clipLengths.compactMap { $0 }.reduce(0, +)
        let photoCount = clipLengths.filter { $0 == nil }.count
        var slide = o.slideDurationMs
        var lastExtra = 0
        if let total = o.totalDurationMs {
            let span = total + (n - 1) * tr - clipsMs
            guard photoCount > 0 else {
                throw DraftError(path: "", message: "there are only clips, which last \(FrameTime.secondsText(clipsMs - (n - 1) * tr)) s in all, and a total length retimes photos only; leave out the total length, or cap the clips' length (--clip-max)")
            }
            guard span >= photoCount * DraftLimits.minimumPhotoMs else {
                throw DraftError(path: "", message: "the clips alone last \(FrameTime.secondsText(clipsMs)) s, leaving no time for the photos in \(FrameTime.secondsText(total)) s; ask for a longer video or shorter clips (--clip-max)")
            }
            slide = span / photoCount
            lastExtra = span - slide * photoCount
        }
        if photoCount > 0, slide <= 0 || (n > 1 && slide < tr) || (n > 2 && slide < 2 * tr) || slide < DraftLimits.minimumPhotoMs {
            throw DraftError(path: "", message: "each photo would last \(slide) ms, too short for \(tr) ms transitions in and out; ask for a longer video, fewer photos or shorter transitions")
        }
        let lastPhoto = clipLengths.lastIndex { $0 == nil }
        var segments: [Segment] = []
        var start = 0
        var photoIndex = 0
        for (i, item) in media.enumerated() {
            var d = slide + (i == lastPhoto ? lastExtra : 0)
            if let clip = clipLengths[i] {
                let edges = (i > 0 ? tr : 0) + (i < n - 1 ? tr : 0)
                guard clip >= max(edges, DraftLimits.minimumPhotoMs) else {
                    throw DraftError(path: "", message: "\(item.source): the clip lasts \(FrameTime.secondsText(clip)) s, too short for its \(FrameTime.secondsText(edges)) s of transitions; use shorter transitions or leave the clip out")
                }
                d = clip
            }
            var s = Segment(source: item.source, startMs: start, durationMs: d)
            if i > 0 { s.transition = Transition(kind: drawn?[i - 1] ?? o.transition, durationMs: tr) }
            if clipLengths[i] == nil {
                if o.kenBurns {
                    s.kenBurns = motion(forPhoto: photoIndex)
                    s.kenBurns?.ease = o.ease
                }
                s.focus = o.focus
                photoIndex += 1
            }
            if o.fit != .auto { s.fit = o.fit }
            segments.append(s)
            start += d - tr
        }
        var timeline = Timeline(tracks: [Track(kind: .video, segments: segments)], profile: o.profile)
        if let seed = o.randomTransitionSeed { timeline.metadata[transitionSeedKey] = .int(Int(truncatingIfNeeded: seed)) }
        return timeline
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

/// One item of a slideshow: a photo, or a clip with its playing time.
public enum SlideshowItem: Sendable, Hashable {
    /// A photo's path or URL.
    case photo(String)
    /// A clip's path or URL and how long it plays from its start, ms (as measured).
    case clip(String, durationMs: Int)

    /// The path or URL, as a segment's `src`.
    public var source: String {
        switch self {
        case .photo(let s), .clip(let s, _): s
        }
    }

    /// The clip's length, or nil for a photo.
    public var clipDurationMs: Int? {
        if case .clip(_, let d) = self { return d }
        return nil
    }
}
