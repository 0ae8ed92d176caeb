/// High-quality separable resizing of RGBA images, used once per still when it is prepared.
///
/// The kernel is Catmull-Rom; when shrinking, its support widens by the shrink ratio so it
/// also acts as the anti-aliasing prefilter (fine detail averages out instead of shimmering).
/// Pixels are treated as premultiplied by alpha during filtering so transparent edges do not
/// bleed dark fringes. Weights are 14-bit fixed point; the intermediate keeps 4 extra bits.
public enum Resampler {
    /// Resizes the sub-rectangle `source` (in pixels, fractional allowed) of `image` to `width`×`height`.
    public static func resize(_ image: RGBAImage, to width: Int, _ height: Int,
                              source: (x: Double, y: Double, w: Double, h: Double)? = nil) -> RGBAImage {
        let src = source ?? (0, 0, Double(image.width), Double(image.height))
        let hx = Taps(outCount: width, inCount: image.width, start: src.x, length: src.w)
        let vy = Taps(outCount: height, inCount: image.height, start: src.y, length: src.h)
        let premultiply = image.pixels.withUnsafeBufferPointer { p in
            stride(from: 3, to: p.count, by: 4).contains { p[$0] != 255 }
        }
        var out = [UInt8](repeating: 0, count: width * height * 4)
        // Output rows are made in strips, so the horizontal pass only ever holds the source rows
        // one strip needs (memory stays small however big the photo is).
        let stripRows = 32
        var mid: [Int32] = []
        for stripStart in stride(from: 0, to: height, by: stripRows) {
            let stripEnd = min(height, stripStart + stripRows)
            var rowLo = Int.max, rowHi = 0
            for y in stripStart..<stripEnd {
                rowLo = min(rowLo, vy.first[y]); rowHi = max(rowHi, vy.first[y] + vy.count[y] - 1)
            }
            let rows = rowHi - rowLo + 1
            if mid.count < width * rows * 4 { mid = [Int32](repeating: 0, count: width * rows * 4) }
            horizontal(image, taps: hx, rows: rowLo..<(rowHi + 1), premultiply: premultiply, into: &mid)
            vertical(mid, taps: vy, rowLo: rowLo, outRows: stripStart..<stripEnd, width: width, premultiply: premultiply, into: &out)
        }
        return RGBAImage(width: width, height: height, pixels: out)
    }

    /// Filters source rows `rows` horizontally into `mid` (value × 16, 4 channels).
    private static func horizontal(_ image: RGBAImage, taps hx: Taps, rows: Range<Int>, premultiply: Bool, into mid: inout [Int32]) {
        let width = hx.first.count
        image.pixels.withUnsafeBufferPointer { inp in
            mid.withUnsafeMutableBufferPointer { m in
                hx.weights.withUnsafeBufferPointer { weights in
                    for (r, row) in rows.enumerated() {
                        let rowBase = row * image.width * 4
                        let outBase = r * width * 4
                        for x in 0..<width {
                            var ar: Int32 = 0, ag: Int32 = 0, ab: Int32 = 0, aa: Int32 = 0
                            let first = hx.first[x], n = hx.count[x], wo = hx.offset[x]
                            for k in 0..<n {
                                let i = rowBase + (first + k) * 4
                                let wgt = weights[wo + k]
                                let a = Int32(inp[i + 3])
                                if premultiply {
                                    ar &+= wgt &* (Int32(inp[i]) &* a / 255); ag &+= wgt &* (Int32(inp[i + 1]) &* a / 255); ab &+= wgt &* (Int32(inp[i + 2]) &* a / 255)
                                } else {
                                    ar &+= wgt &* Int32(inp[i]); ag &+= wgt &* Int32(inp[i + 1]); ab &+= wgt &* Int32(inp[i + 2])
                                }
                                aa &+= wgt &* a
                            }
                            // 14-bit weights → keep 4 fractional bits.
                            m[outBase + x * 4] = (ar &+ 512) &>> 10
                            m[outBase + x * 4 + 1] = (ag &+ 512) &>> 10
                            m[outBase + x * 4 + 2] = (ab &+ 512) &>> 10
                            m[outBase + x * 4 + 3] = (aa &+ 512) &>> 10
                        }
                    }
                }
            }
        }
    }

    /// Filters `mid` (whose first row is source row `rowLo`) vertically into output rows `outRows`.
    private static func vertical(_ mid: [Int32], taps vy: Taps, rowLo: Int, outRows: Range<Int>, width: Int, premultiply: Bool, into out: inout [UInt8]) {
        mid.withUnsafeBufferPointer { m in
            out.withUnsafeMutableBufferPointer { o in
                vy.weights.withUnsafeBufferPointer { weights in
                    for y in outRows {
                        let first = vy.first[y] - rowLo, n = vy.count[y], wo = vy.offset[y]
                        for x in 0..<width {
                            var ar: Int32 = 0, ag: Int32 = 0, ab: Int32 = 0, aa: Int32 = 0
                            for k in 0..<n {
                                let i = ((first + k) * width + x) * 4
                                let wgt = weights[wo + k]
                                ar &+= wgt &* m[i]; ag &+= wgt &* m[i + 1]; ab &+= wgt &* m[i + 2]; aa &+= wgt &* m[i + 3]
                            }
                            let a = max(0, min(255, (aa &+ (1 << 17)) &>> 18))
                            var r = (ar &+ (1 << 17)) &>> 18, g = (ag &+ (1 << 17)) &>> 18, b = (ab &+ (1 << 17)) &>> 18
                            if premultiply {
                                if a > 0 { r = r * 255 / a; g = g * 255 / a; b = b * 255 / a } else { r = 0; g = 0; b = 0 }
                            }
                            let i = (y * width + x) * 4
                            o[i] = UInt8(clamping: r); o[i + 1] = UInt8(clamping: g); o[i + 2] = UInt8(clamping: b)
                            o[i + 3] = premultiply ? UInt8(a) : 255
                        }
                    }
                }
            }
        }
    }
}

/// Precomputed filter taps for one axis: for each output index, the first input index, the
/// number of taps and their 14-bit weights (summing to 16384).
struct Taps {
    var first: [Int]
    var count: [Int]
    var offset: [Int]
    var weights: [Int32]

    var minIndex: Int { first.min() ?? 0 }
    var maxIndex: Int { zip(first, count).map { $0 + $1 - 1 }.max() ?? 0 }

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
            first.append(lowest); count.append(fixed.count); offset.append(weights.count)
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
