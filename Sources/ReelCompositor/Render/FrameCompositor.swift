import ReelTimeline

/// Computes output frames from the timeline alone: `frame(at:)` is a pure function of the
/// draft and the prepared stills (deterministic; two runs give the same bytes).
///
/// It keeps scratch buffers between calls, so one compositor serves one thread at a time.
public final class FrameCompositor: @unchecked Sendable {
    /// The frame plan of the timeline.
    public let planner: FramePlanner
    /// The output frame size.
    public let output: PixelSize
    private let stills: StillSource
    private let clips: ClipSource?
    private let overlays: OverlaySource?
    private var scratch = ViewportSampler.Scratch()
    private var incoming: YUVFrame

    /// - Parameter clips: pictures of the clip segments; needed when the video track has clips.
    public convenience init(timeline: Timeline, output: PixelSize, stills: StillSource, clips: ClipSource? = nil,
                            overlays: OverlaySource? = nil) {
        self.init(planner: FramePlanner(timeline: timeline), output: output, stills: stills, clips: clips, overlays: overlays)
    }

    /// A compositor using a planner already built for the timeline (the one its still and clip
    /// caches use), so a render plans its frames with one planner.
    public init(planner: FramePlanner, output: PixelSize, stills: StillSource, clips: ClipSource? = nil,
                overlays: OverlaySource? = nil) {
        self.planner = planner
        self.output = output
        self.stills = stills
        self.clips = clips
        self.overlays = overlays
        self.incoming = YUVFrame(width: output.width, height: output.height)
    }

    /// Number of frames in the render.
    public var frameCount: Int { planner.frameCount }

    /// The composited frame `n` in a new buffer.
    public func frame(at n: Int) throws -> YUVFrame {
        var f = YUVFrame(width: output.width, height: output.height)
        try render(frame: n, into: &f)
        return f
    }

    /// Composites frame `n` into `out` (an output-sized frame whose old contents are overwritten).
    public func render(frame n: Int, into out: inout YUVFrame) throws {
        stills.advance(toFrame: n)
        clips?.advance(toFrame: n)
        let plan = planner.plan(frame: n)
        guard let la = plan.a else {
            TransitionKernels.fadeToBlack(&out, level: 0)
            try drawOverlays(frame: n, into: &out)
            return
        }
        let pa = try picture(la.segment, frame: n)
        ViewportSampler.render(pa, viewport: pa.motion?.viewport(at: la.progress) ?? la.viewport, into: &out, scratch: &scratch)
        if let lb = plan.b, let kind = plan.transition {
            let pb = try picture(lb.segment, frame: n)
            ViewportSampler.render(pb, viewport: pb.motion?.viewport(at: lb.progress) ?? lb.viewport, into: &incoming, scratch: &scratch)
            TransitionKernels.kernel(for: kind)(&out, incoming, plan.progress)
        }
        try drawOverlays(frame: n, into: &out)
    }

    /// The still of a photo segment, or the clip's picture for frame `n`.
    private func picture(_ segment: Int, frame n: Int) throws -> PreparedStill {
        guard planner.isClip[segment] else { return try stills.still(forSegment: segment) }
        guard let clips else {
            throw ClipLoadError(segment: segment, underlying: ClipsUnavailable())
        }
        return try clips.picture(forSegment: segment, frame: n)
    }

    /// Blends the titles shown in frame `n` over the photos, with their fade opacity.
    private func drawOverlays(frame n: Int, into out: inout YUVFrame) throws {
        for (overlay, opacity) in try overlays?.overlays(forFrame: n) ?? [] {
            OverlayBlender.blend(overlay, into: &out, opacity: opacity)
        }
    }
}

/// A compositor was made without a clip source for a timeline that has clips.
struct ClipsUnavailable: Error, CustomStringConvertible {
    var description: String { "this compositor has no clip reader; video clips cannot be shown" }
}
