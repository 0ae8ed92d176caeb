import Testing
@_spi(Testing) @testable import ReelCompositor
import ReelTimeline

/// The AVX2 kernels and the portable ones must give the same bytes (the golden checksums and
/// the reference comparison then hold for both).
@Suite(.serialized) struct KernelTests {
    @Test func vectorAndPortableKernelsAgree() throws {
        let out = PixelSize(width: 318, height: 178) // widths that leave tails for the scalar code
        let prep = StillPreparer(output: out)
        let canvas = prep.canvasSize(maxZoom: 1.2)
        let still = prep.prepare(Synthetic.pattern(width: 401, height: 233, seed: 7), fit: .fill, canvas: canvas)
        let other = prep.prepare(Synthetic.pattern(width: 300, height: 300, seed: 2), fit: .blur, canvas: canvas)
        let kb = KenBurns(from: Viewport(zoom: 1.0), to: Viewport(zoom: 1.2, x: 0.55, y: 0.45))
        func frames() -> [YUVFrame] {
            var scratch = ViewportSampler.Scratch()
            return stride(from: 0.0, through: 1.0, by: 0.125).map { p in
                var a = YUVFrame(width: out.width, height: out.height), b = a
                ViewportSampler.render(still, viewport: kb.viewport(at: p), into: &a, scratch: &scratch)
                ViewportSampler.render(other, viewport: kb.viewport(at: 1 - p), into: &b, scratch: &scratch)
                TransitionKernels.crossfade(&a, b, p)
                return a
            }
        }
        let fast = frames()
        ViewportSampler.usePortableKernels(true)
        defer { ViewportSampler.usePortableKernels(false) }
        let portable = frames()
        #expect(fast == portable, "kernels in use: \(ViewportSampler.kernelISA)")
    }
}
