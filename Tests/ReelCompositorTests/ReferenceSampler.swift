@testable import ReelCompositor
import ReelTimeline

/// The straightforward implementation the optimised sampler is checked against: 2-D bilinear
/// interpolation in double precision at each output pixel's exact source position.
enum ReferenceSampler {
    static func render(_ still: PreparedStill, viewport: Viewport, size: PixelSize) -> YUVFrame {
        var out = YUVFrame(width: size.width, height: size.height)
        let c = still.canvas
        let r = ViewportSampler.rect(for: viewport, canvas: PixelSize(width: c.width, height: c.height))
        sample(c.y, r.x, r.y, r.w, r.h, &out.y)
        sample(c.u, r.x / 2, r.y / 2, r.w / 2, r.h / 2, &out.u)
        sample(c.v, r.x / 2, r.y / 2, r.w / 2, r.h / 2, &out.v)
        return out
    }

    static func sample(_ src: Plane, _ x: Double, _ y: Double, _ w: Double, _ h: Double, _ dst: inout Plane) {
        for oy in 0..<dst.height {
            let sy = min(max(y + (Double(oy) + 0.5) * h / Double(dst.height) - 0.5, 0), Double(src.height - 1))
            let y0 = min(Int(sy), src.height - 2), fy = sy - Double(y0)
            for ox in 0..<dst.width {
                let sx = min(max(x + (Double(ox) + 0.5) * w / Double(dst.width) - 0.5, 0), Double(src.width - 1))
                let x0 = min(Int(sx), src.width - 2), fx = sx - Double(x0)
                let top = Double(src[x0, y0]) * (1 - fx) + Double(src[x0 + 1, y0]) * fx
                let bot = Double(src[x0, y0 + 1]) * (1 - fx) + Double(src[x0 + 1, y0 + 1]) * fx
                dst[ox, oy] = UInt8((top * (1 - fy) + bot * fy).rounded())
            }
        }
    }
}
