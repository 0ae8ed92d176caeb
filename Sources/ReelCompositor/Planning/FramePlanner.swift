import ReelTimeline

/// What one output frame is made of: up to two photo layers and how they combine.
public struct FramePlan: Sendable, Hashable {
    /// One photo as seen in this frame.
    public struct Layer: Sendable, Hashable {
        /// Index into the video track's segments.
        public var segment: Int
        /// The Ken Burns view at this frame.
        public var viewport: Viewport
        /// How far through the segment this frame is (0…1): where a still's own motion
        /// (`PreparedStill.motion`) is evaluated.
        public var progress: Double = 0
    }
    /// Outgoing (or only) layer; nil for a frame with no photo (black).
    public var a: Layer?
    /// Incoming layer during a transition.
    public var b: Layer?
    /// The transition between `a` and `b` and its progress 0…1.
    public var transition: TransitionKind?
    /// Progress of `transition`, 0…1 (0 without one).
    public var progress: Double
}

/// Turns timeline + frame index into a `FramePlan`: pure, exact integer time.
public struct FramePlanner: Sendable {
    /// The video segments (of the first video track).
    public let segments: [Segment]
    /// Whether each segment is a video clip (decoded per frame) rather than a photo.
    public let isClip: [Bool]
    /// Frames per second of the timeline.
    public let fps: Int
    /// Number of frames in the timeline.
    public let frameCount: Int

    /// The planner for a timeline's first video track.
    public init(timeline: Timeline) {
        segments = timeline.videoTracks.first?.segments ?? []
        isClip = segments.map(\.isClip)
        fps = timeline.profile.fps
        frameCount = timeline.frameCount
    }

    /// The first and last (exclusive) frame in which segment `i` is visible.
    public func frameRange(ofSegment i: Int) -> Range<Int> {
        let s = segments[i]
        return FrameTime.firstFrame(atOrAfter: s.startMs, fps: fps)..<FrameTime.firstFrame(atOrAfter: s.endMs, fps: fps)
    }

    /// The plan for frame `n`.
    public func plan(frame n: Int) -> FramePlan {
        let t = FrameTime.milliseconds(frame: n, fps: fps)
        // Active: start <= t < end, tested exactly as n*1000 vs ms*fps.
        var active: [Int] = []
        for (i, s) in segments.enumerated() where n * 1000 >= s.startMs * fps && n * 1000 < s.endMs * fps {
            active.append(i)
        }
        func layer(_ i: Int) -> FramePlan.Layer {
            let s = segments[i]
            let p = (t - Double(s.startMs)) / Double(s.durationMs)
            return .init(segment: i, viewport: s.kenBurns?.viewport(at: p) ?? .identity, progress: p)
        }
        guard let first = active.first else { return FramePlan(a: nil, b: nil, transition: nil, progress: 0) }
        guard active.count >= 2 else { return FramePlan(a: layer(first), b: nil, transition: nil, progress: 0) }
        let inc = active[active.count - 1], out = active[active.count - 2]
        let s = segments[inc]
        let d = Double(max(1, s.transition?.durationMs ?? 1))
        let progress = min(1, max(0, (t - Double(s.startMs)) / d))
        return FramePlan(a: layer(out), b: layer(inc), transition: s.transition?.kind ?? .cut, progress: progress)
    }
}
