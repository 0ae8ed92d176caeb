import ReelTimeline

/// Per-frame resampling of a prepared still: the Ken Burns view rectangle, interpolated in
/// floating point, is resampled bilinearly from its fractional origin — never snapped to whole
/// pixels or to the chroma grid, so slow motion is smooth. Positions carry 10 fractional bits
/// (1/1024 px).
public enum ViewportSampler {
    /// The view rectangle in canvas luma pixels for `viewport`, kept inside the canvas.
    public static func rect(for viewport: Viewport, canvas: PixelSize) -> (x: Double, y: Double, w: Double, h: Double) {
        let z = max(1, viewport.zoom)
        let w = Double(canvas.width) / z, h = Double(canvas.height) / z
        let x = min(max(viewport.x * Double(canvas.width) - w / 2, 0), Double(canvas.width) - w)
        let y = min(max(viewport.y * Double(canvas.height) - h / 2, 0), Double(canvas.height) - h)
        return (x, y, w, h)
    }

    /// Renders the view of `still` described by `viewport` into `out` (whose size is the output size).
    public static func render(_ still: PreparedStill, viewport: Viewport, into out: inout YUVFrame) {
        let c = still.canvas
        let r = rect(for: viewport, canvas: PixelSize(width: c.width, height: c.height))
        sample(c.y, x: r.x, y: r.y, w: r.w, h: r.h, into: &out.y)
        sample(c.u, x: r.x / 2, y: r.y / 2, w: r.w / 2, h: r.h / 2, into: &out.u)
        sample(c.v, x: r.x / 2, y: r.y / 2, w: r.w / 2, h: r.h / 2, into: &out.v)
    }

    /// Bilinear resample of the source rectangle (x, y, w, h) of `src` onto all of `dst`.
    static func sample(_ src: Plane, x: Double, y: Double, w: Double, h: Double, into dst: inout Plane) {
        let dw = dst.width, dh = dst.height
        if x == 0, y == 0, Double(src.width) == w, Double(src.height) == h, src.width == dw, src.height == dh {
            copy(src, into: &dst)
            return
        }
        let cols = axis(count: dw, start: x, length: w, limit: src.width)
        let rows = axis(count: dh, start: y, length: h, limit: src.height)
        let ss = src.stride, ds = dst.stride
        src.data.withUnsafeBufferPointer { s in
            dst.data.withUnsafeMutableBufferPointer { d in
                cols.index.withUnsafeBufferPointer { xi in
                    cols.frac.withUnsafeBufferPointer { xf in
                        for oy in 0..<dh {
                            let r0 = rows.index[oy] * ss, r1 = r0 + (rows.index[oy] + 1 < src.height ? ss : 0)
                            let fy = rows.frac[oy]
                            let out = oy * ds
                            for ox in 0..<dw {
                                let i = xi[ox], fx = xf[ox]
                                let a = Int32(s[r0 + i]), b = Int32(s[r0 + i + 1])
                                let cc = Int32(s[r1 + i]), dd = Int32(s[r1 + i + 1])
                                let top = (a << 10) + (b - a) * fx
                                let bot = (cc << 10) + (dd - cc) * fx
                                d[out + ox] = UInt8(truncatingIfNeeded: ((top << 10) + (bot - top) * fy + (1 << 19)) >> 20)
                            }
                        }
                    }
                }
            }
        }
    }

    /// For each output index: the left/top source index (so index+1 is valid) and the 10-bit fraction.
    static func axis(count: Int, start: Double, length: Double, limit: Int) -> (index: [Int], frac: [Int32]) {
        var index = [Int](repeating: 0, count: count), frac = [Int32](repeating: 0, count: count)
        let scale = length / Double(count)
        for o in 0..<count {
            let p = min(max(start + (Double(o) + 0.5) * scale - 0.5, 0), Double(limit - 1))
            var i = Int(p)
            var f = Int32(((p - Double(i)) * 1024).rounded())
            if f == 1024 { i += 1; f = 0 }
            if i >= limit - 1 { i = max(0, limit - 2); f = limit > 1 ? 1024 : 0 }
            index[o] = i; frac[o] = f
        }
        return (index, frac)
    }

    static func copy(_ src: Plane, into dst: inout Plane) {
        if src.stride == dst.stride { dst.data = src.data; return }
        for y in 0..<src.height {
            for x in 0..<src.width { dst[x, y] = src[x, y] }
        }
    }
}
