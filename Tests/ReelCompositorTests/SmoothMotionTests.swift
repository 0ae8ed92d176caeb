import Foundation
import Testing
@testable import ReelCompositor
import ReelTestSupport
import ReelTimeline

/// Ken Burns must stay sub-pixel smooth, and the optimised sampler must match the reference.
@Suite struct SmoothMotionTests {
    let out = PixelSize(width: 320, height: 180)
    let kb = KenBurns(from: Viewport(zoom: 1.02, x: 0.5, y: 0.5), to: Viewport(zoom: 1.1, x: 0.53, y: 0.48))

    /// Soft white dots on black, on a 32 px grid, at exactly the canvas size (so the canvas is
    /// the pattern itself).
    func dots(_ size: PixelSize) -> RGBAImage {
        var img = RGBAImage(width: size.width, height: size.height)
        for cy in stride(from: 16, to: size.height, by: 32) {
            for cx in stride(from: 16, to: size.width, by: 32) {
                for y in max(0, cy - 6)...min(size.height - 1, cy + 6) {
                    for x in max(0, cx - 6)...min(size.width - 1, cx + 6) {
                        let d2 = Double((x - cx) * (x - cx) + (y - cy) * (y - cy))
                        let v = UInt8(min(255, 255 * exp(-d2 / (2 * 1.8 * 1.8))))
                        let i = (y * size.width + x) * 4
                        img.pixels[i] = max(img.pixels[i], v); img.pixels[i + 1] = img.pixels[i]; img.pixels[i + 2] = img.pixels[i]
                    }
                }
            }
        }
        return img
    }

    func still() -> PreparedStill {
        let prep = StillPreparer(output: out)
        let canvas = prep.canvasSize(maxZoom: 1.1)
        return prep.prepare(dots(canvas), fit: .fill, canvas: canvas)
    }

    /// Luma centroid of the dot nearest `guess`.
    func centroid(_ f: YUVFrame, near guess: (x: Double, y: Double)) -> (x: Double, y: Double) {
        var sw = 0.0, sx = 0.0, sy = 0.0
        let gx = Int(guess.x.rounded()), gy = Int(guess.y.rounded())
        for y in max(0, gy - 7)...min(f.height - 1, gy + 7) {
            for x in max(0, gx - 7)...min(f.width - 1, gx + 7) {
                let w = max(0, Double(f.y[x, y]) - 20)
                sw += w; sx += w * Double(x); sy += w * Double(y)
            }
        }
        return (sx / sw, sy / sw)
    }

    /// The brightest pixel within 15 px of `guess`.
    func brightest(_ f: YUVFrame, near guess: (x: Double, y: Double)) -> (x: Double, y: Double) {
        var best = (x: 0, y: 0, v: -1)
        let gx = Int(guess.x), gy = Int(guess.y)
        for y in max(0, gy - 15)...min(f.height - 1, gy + 15) {
            for x in max(0, gx - 15)...min(f.width - 1, gx + 15) where Int(f.y[x, y]) > best.v {
                best = (x, y, Int(f.y[x, y]))
            }
        }
        return (Double(best.x), Double(best.y))
    }

    /// RMS distance of tracked dot paths from smooth (degree-5 polynomial) curves.
    func roughness(frames: [YUVFrame]) -> Double {
        var starts: [(x: Double, y: Double)] = []
        for y in stride(from: 40.0, through: 140, by: 50) { for x in stride(from: 60.0, through: 260, by: 50) { starts.append((x, y)) } }
        var sq = 0.0, n = 0
        for s in starts {
            var p = centroid(frames[0], near: brightest(frames[0], near: s))
            var xs: [Double] = [], ys: [Double] = []
            for f in frames {
                p = centroid(f, near: p)
                xs.append(p.x); ys.append(p.y)
            }
            for series in [xs, ys] {
                let fit = Polynomial.fit(series, degree: 5)
                for (i, v) in series.enumerated() { sq += (v - fit[i]) * (v - fit[i]); n += 1 }
            }
        }
        return (sq / Double(n)).squareRoot()
    }

    /// Each speed curve (`kb.ease`), measured against smooth curves fitted to its own path.
    @Test(arguments: [nil] + Easing.allCases.map(Optional.some))
    func kenBurnsDotsMoveSmoothly(ease: Easing?) {
        let s = still()
        var eased = kb
        eased.ease = ease
        var scratch = ViewportSampler.Scratch()
        let frames = (0..<120).map { i -> YUVFrame in
            var f = YUVFrame(width: out.width, height: out.height)
            ViewportSampler.render(s, viewport: eased.viewport(at: Double(i) / 120), into: &f, scratch: &scratch)
            return f
        }
        let rms = roughness(frames: frames)
        #expect(rms < 0.1, "\(ease?.rawValue ?? "default"): dot paths deviate \(rms) px RMS from smooth curves")
    }

    @Test func wholePixelSteppingWouldFailTheSameCheck() {
        // The check can fail: snapping the view to whole canvas pixels (as zoompan does) is rough.
        let s = still()
        let c = s.canvas
        let frames = (0..<120).map { i -> YUVFrame in
            var f = YUVFrame(width: out.width, height: out.height)
            var r = ViewportSampler.rect(for: kb.viewport(at: Double(i) / 120), canvas: PixelSize(width: c.width, height: c.height))
            r.x.round(); r.y.round()
            var scratch = ViewportSampler.Scratch()
            ViewportSampler.sample(c.y, x: r.x, y: r.y, w: r.w, h: r.h, into: &f.y, scratch: &scratch)
            return f
        }
        #expect(roughness(frames: frames) > 0.15)
    }

    @Test func optimisedSamplerMatchesTheReference() {
        let prep = StillPreparer(output: out)
        let canvas = prep.canvasSize(maxZoom: 1.1)
        let photo = CompositorTestsSupport.pattern(canvas)
        let s = prep.prepare(photo, fit: .fill, canvas: canvas)
        var scratch = ViewportSampler.Scratch()
        var worst = Double.infinity
        for i in stride(from: 0, to: 120, by: 7) {
            let vp = kb.viewport(at: Double(i) / 120)
            var fast = YUVFrame(width: out.width, height: out.height)
            ViewportSampler.render(s, viewport: vp, into: &fast, scratch: &scratch)
            let ref = ReferenceSampler.render(s, viewport: vp, size: out)
            worst = min(worst, psnr(fast, ref))
        }
        // 45 dB and up means at most a level of rounding here and there: far inside 0.5 dB of
        // the reference's own quality.
        #expect(worst > 45, "worst PSNR against the reference: \(worst) dB")
    }
}

enum CompositorTestsSupport {
    static func pattern(_ size: PixelSize) -> RGBAImage { Synthetic.pattern(width: size.width, height: size.height, seed: 5) }
}

/// Least-squares polynomial fit, evaluated at the sample points.
enum Polynomial {
    static func fit(_ v: [Double], degree: Int) -> [Double] {
        let n = v.count, m = degree + 1
        let t = (0..<n).map { 2 * Double($0) / Double(n - 1) - 1 }
        var a = [[Double]](repeating: [Double](repeating: 0, count: m + 1), count: m)
        for i in 0..<n {
            var pw = [Double](repeating: 1, count: 2 * m)
            for k in 1..<(2 * m) { pw[k] = pw[k - 1] * t[i] }
            for r in 0..<m {
                for c in 0..<m { a[r][c] += pw[r + c] }
                a[r][m] += pw[r] * v[i]
            }
        }
        for col in 0..<m {  // Gauss-Jordan with partial pivoting
            let p = (col..<m).max { abs(a[$0][col]) < abs(a[$1][col]) }!
            a.swapAt(col, p)
            for r in 0..<m where r != col {
                let f = a[r][col] / a[col][col]
                for c in col...m { a[r][c] -= f * a[col][c] }
            }
        }
        let coef = (0..<m).map { a[$0][m] / a[$0][$0] }
        return t.map { x in coef.reversed().reduce(0) { $0 * x + $1 } }
    }
}
