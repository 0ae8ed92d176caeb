import ReelTimeline

/// Computes output frames from the timeline alone: `frame(at:)` is a pure function of the
/// draft and the prepared stills (deterministic; two runs give the same bytes).
public final class FrameCompositor: Sendable {
    public let planner: FramePlanner
    public let output: PixelSize
    private let stills: StillSource

    public init(timeline: Timeline, output: PixelSize, stills: StillSource) {
        self.planner = FramePlanner(timeline: timeline)
        self.output = output
        self.stills = stills
    }

    /// Number of frames in the render.
    public var frameCount: Int { planner.frameCount }

    /// The composited frame `n`.
    public func frame(at n: Int) throws -> YUVFrame {
        stills.advance(toFrame: n)
        let plan = planner.plan(frame: n)
        var a = YUVFrame(width: output.width, height: output.height)
        if let la = plan.a {
            ViewportSampler.render(try stills.still(forSegment: la.segment), viewport: la.viewport, into: &a)
        }
        if let lb = plan.b, let kind = plan.transition {
            var b = YUVFrame(width: output.width, height: output.height)
            ViewportSampler.render(try stills.still(forSegment: lb.segment), viewport: lb.viewport, into: &b)
            TransitionKernels.kernel(for: kind)(&a, b, plan.progress)
        }
        return a
    }
}
