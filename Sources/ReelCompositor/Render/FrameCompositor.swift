import ReelTimeline

/// Computes output frames from the timeline alone: `frame(at:)` is a pure function of the
/// draft and the prepared stills (deterministic; two runs give the same bytes).
///
/// It keeps scratch buffers between calls, so one compositor serves one thread at a time.
public final class FrameCompositor: @unchecked Sendable {
    public let planner: FramePlanner
    public let output: PixelSize
    private let stills: StillSource
    private let overlays: OverlaySource?
    private var scratch = ViewportSampler.Scratch()
    private var incoming: YUVFrame

    public init(timeline: Timeline, output: PixelSize, stills: StillSource, overlays: OverlaySource? = nil) {
        self.planner = FramePlanner(timeline: timeline)
        self.output = output
        self.stills = stills
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
        let plan = planner.plan(frame: n)
        guard let la = plan.a else {
            TransitionKernels.fadeToBlack(&out, level: 0)
            try drawOverlays(frame: n, into: &out)
            return
        }
        ViewportSampler.render(try stills.still(forSegment: la.segment), viewport: la.viewport, into: &out, scratch: &scratch)
        if let lb = plan.b, let kind = plan.transition {
            ViewportSampler.render(try stills.still(forSegment: lb.segment), viewport: lb.viewport, into: &incoming, scratch: &scratch)
            TransitionKernels.kernel(for: kind)(&out, incoming, plan.progress)
        }
        try drawOverlays(frame: n, into: &out)
    }

    /// Blends the titles shown in frame `n` over the photos, with their fade opacity.
    private func drawOverlays(frame n: Int, into out: inout YUVFrame) throws {
        for (overlay, opacity) in try overlays?.overlays(forFrame: n) ?? [] {
            OverlayBlender.blend(overlay, into: &out, opacity: opacity)
        }
    }
}
