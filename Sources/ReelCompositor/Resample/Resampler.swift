internal import CReelKernels

/// High-quality separable resizing of RGBA images, used once per still when it is prepared.
///
/// The kernel is Catmull-Rom; when shrinking, its support widens by the shrink ratio so it
/// also acts as the anti-aliasing prefilter (fine detail averages out instead of shimmering).
/// Pixels are treated as premultiplied by alpha during filtering so transparent edges do not
/// bleed dark fringes. Weights are 14-bit fixed point; the intermediate keeps 4 extra bits.
public enum Resampler {
    /// Output rows are made in strips of this many rows (even, so 4:2:0 chroma rows pair up),
    /// so the horizontal pass only ever holds the source rows one strip needs: memory stays
    /// small however big the photo is.
    static let stripRows = 32

    /// Resizes the sub-rectangle `source` (in pixels, fractional allowed) of `image` to `width`×`height`.
    public static func resize(_ image: RGBAImage, to width: Int, _ height: Int,
                              source: (x: Double, y: Double, w: Double, h: Double)? = nil) -> RGBAImage {
        var out = [UInt8](repeating: 0, count: width * height * 4)
        out.withUnsafeMutableBufferPointer { o in
            strips(image, width, height, source) { rows, rgba in
                (o.baseAddress! + rows.lowerBound * width * 4).update(from: rgba, count: rows.count * width * 4)
            }
        }
        return RGBAImage(width: width, height: height, pixels: out)
    }

    /// Resizes like `resize`, composites over black and converts to BT.709 4:2:0 strip by strip,
    /// never holding the whole resized picture as RGBA (what `StillPreparer` uses to fill).
    public static func resizeToYUV(_ image: RGBAImage, to width: Int, _ height: Int,
                                   source: (x: Double, y: Double, w: Double, h: Double)? = nil) -> YUVFrame {
        var yp = Plane(width: width, height: height)
        var up = Plane(width: (width + 1) / 2, height: (height + 1) / 2), vp = up
        let cw = up.stride
        yp.data.withUnsafeMutableBufferPointer { Y in
            up.data.withUnsafeMutableBufferPointer { U in
                vp.data.withUnsafeMutableBufferPointer { V in
                    strips(image, width, height, source) { rows, rgba in
                        let c0 = rows.lowerBound / 2
                        BT709.convert(rgba, width: width, height: rows.count, flatten: true,
                                      y: Y.baseAddress! + rows.lowerBound * width, yStride: width,
                                      u: U.baseAddress! + c0 * cw, v: V.baseAddress! + c0 * cw, cStride: cw)
                    }
                }
            }
        }
        return YUVFrame(y: yp, u: up, v: vp)
    }

    /// Runs the two passes strip by strip, handing each finished strip of RGBA rows to `body`.
    private static func strips(_ image: RGBAImage, _ width: Int, _ height: Int,
                               _ source: (x: Double, y: Double, w: Double, h: Double)?,
                               _ body: (Range<Int>, UnsafePointer<UInt8>) -> Void) {
        let src = source ?? (0, 0, Double(image.width), Double(image.height))
        let hx = Taps(outCount: width, inCount: image.width, start: src.x, length: src.w)
        let vy = Taps(outCount: height, inCount: image.height, start: src.y, length: src.h)
        let premultiply: Int32 = image.pixels.withUnsafeBufferPointer { p in
            stride(from: 3, to: p.count, by: 4).contains { p[$0] != 255 } ? 1 : 0
        }
        var mid: [Int32] = []
        var acc = [Int32](repeating: 0, count: width * 4)
        var strip = [UInt8](repeating: 0, count: width * min(height, stripRows) * 4)
        for stripStart in stride(from: 0, to: height, by: stripRows) {
            let stripEnd = min(height, stripStart + stripRows)
            var rowLo = Int.max, rowHi = 0
            for y in stripStart..<stripEnd {
                rowLo = min(rowLo, Int(vy.first[y])); rowHi = max(rowHi, Int(vy.first[y] + vy.count[y]) - 1)
            }
            let rows = rowHi - rowLo + 1
            if mid.count < width * rows * 4 { mid = [Int32](repeating: 0, count: width * rows * 4) }
            image.pixels.withUnsafeBufferPointer { inp in
                hx.first.withUnsafeBufferPointer { first in
                    hx.count.withUnsafeBufferPointer { count in
                        hx.offset.withUnsafeBufferPointer { offset in
                            hx.weights.withUnsafeBufferPointer { weights in
                                reel_resize_h(inp.baseAddress! + rowLo * image.width * 4, Int64(image.width), Int64(rows),
                                              first.baseAddress!, count.baseAddress!, offset.baseAddress!, weights.baseAddress!,
                                              Int64(width), premultiply, &mid)
                            }
                        }
                    }
                }
            }
            strip.withUnsafeMutableBufferPointer { out in
                mid.withUnsafeBufferPointer { m in
                    vy.weights.withUnsafeBufferPointer { weights in
                        for y in stripStart..<stripEnd {
                            let firstRow = Int(vy.first[y]) - rowLo
                            reel_resize_v_row(m.baseAddress! + firstRow * width * 4, Int64(width * 4),
                                              weights.baseAddress! + Int(vy.offset[y]), vy.count[y], Int64(width),
                                              premultiply, &acc, out.baseAddress! + (y - stripStart) * width * 4)
                        }
                    }
                }
                body(stripStart..<stripEnd, UnsafePointer(out.baseAddress!))
            }
        }
    }
}

/// Precomputed filter taps for one axis: for each output index, the first input index, the
/// number of taps and their 14-bit weights (summing to 16384).
struct Taps {
    var first: [Int32]
    var count: [Int32]
    var offset: [Int32]
    var weights: [Int32]

    init(outCount: Int, inCount: Int, start: Double, length: Double) {
        let scale = length / Double(outCount)
        let support = 2 * max(1, scale)
        first = []; count = []; offset = []; weights = []
        first.reserveCapacity(outCount); count.reserveCapacity(outCount); offset.reserveCapacity(outCount)
        for o in 0..<outCount {
            let centre = start + (Double(o) + 0.5) * scale - 0.5
            let lo = Int((centre - support).rounded(.up)), hi = Int((centre + support).rounded(.down))
            var ws: [Double] = []
            var idx: [Int] = []
            for i in lo...max(lo, hi) {
                let w = catmullRom((Double(i) - centre) / max(1, scale))
                if w == 0 { continue }
                ws.append(w); idx.append(min(max(i, 0), inCount - 1))
            }
            if ws.isEmpty { ws = [1]; idx = [min(max(Int(centre.rounded()), 0), inCount - 1)] }
            // Merge clamped duplicates so taps are contiguous from idx.min().
            let lowest = idx.min()!, highest = idx.max()!
            var merged = [Double](repeating: 0, count: highest - lowest + 1)
            for (w, i) in zip(ws, idx) { merged[i - lowest] += w }
            let total = merged.reduce(0, +)
            var fixed = merged.map { Int32(($0 / total * 16384).rounded()) }
            let err = 16384 - fixed.reduce(0, +)
            if let m = fixed.indices.max(by: { fixed[$0] < fixed[$1] }) { fixed[m] += err }
            first.append(Int32(lowest)); count.append(Int32(fixed.count)); offset.append(Int32(weights.count))
            weights.append(contentsOf: fixed)
        }
    }
}

@inline(__always) func catmullRom(_ x: Double) -> Double {
    let a = abs(x)
    if a < 1 { return 1.5 * a * a * a - 2.5 * a * a + 1 }
    if a < 2 { return -0.5 * a * a * a + 2.5 * a * a - 4 * a + 2 }
    return 0
}
