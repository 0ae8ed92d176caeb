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

/// Filling a canvas converts to YUV strip by strip (never holding the resized picture as
/// RGBA); the bytes must be exactly those of resizing whole, flattening and converting.
@Suite struct StripPreparationTests {
    /// A pattern whose alpha varies (so the premultiplied path and the flattening both run).
    static func translucent(width: Int, height: Int) -> RGBAImage {
        var img = Synthetic.pattern(width: width, height: height, seed: 3)
        for y in 0..<height { for x in 0..<width where (x / 7 + y / 5) % 3 == 0 {
            img.pixels[(y * width + x) * 4 + 3] = UInt8((x * 37 + y * 11) % 256)
        } }
        return img
    }

    @Test(arguments: [(318, 178), (97, 71), (640, 33), (33, 640), (64, 64)])
    func stripsEqualWholeImageConversion(size: (Int, Int)) {
        for photo in [Synthetic.pattern(width: 401, height: 233, seed: 5), Self.translucent(width: 150, height: 95)] {
            for source in [nil, (x: 10.25, y: 3.5, w: 120.0, h: 80.0)] as [(x: Double, y: Double, w: Double, h: Double)?] {
                let whole = BT709.yuv(from: Compose.flattened(Resampler.resize(photo, to: size.0, size.1, source: source)))
                let strips = Resampler.resizeToYUV(photo, to: size.0, size.1, source: source)
                #expect(strips == whole, "\(size) from \(photo.width)x\(photo.height), source \(String(describing: source))")
            }
        }
    }

    @Test func translucentPhotoIsFlattenedOverBlack() {
        // A half-transparent white photo fills as mid grey: Y = 16 + 219 × 128/255 ≈ 126.
        let photo = RGBAImage(width: 40, height: 30, fill: (255, 255, 255, 128))
        let f = Resampler.resizeToYUV(photo, to: 64, 36)
        #expect((125...127).contains(f.y[32, 18]), "Y \(f.y[32, 18])")
        #expect(f.u[16, 9] == 128 && f.v[16, 9] == 128)
    }
}
