import ReelCompositor
import Testing

/// The one-pass Y′CbCr table (how HDR clips are tone-mapped) against exact arithmetic: a table
/// of an affine function must reproduce that function at every code, since trilinear
/// interpolation is exact for it, so any slip in indexing, weights or rounding shows.
@Suite struct YUVLookupTableTests {
    // Y′ = (Y + Cb/2 + Cr/4) / 8, Cb′ = (Cb + Y/4) / 8, Cr′ = Cr/8 + Y/16: every axis matters
    // differently, and ×256 at nodes (codes step·i) they are whole numbers.
    static func table() -> YUVLookupTable {
        let n = YUVLookupTable.nodes
        var luma: [UInt16] = [], chroma: [UInt16] = []
        for cb in 0..<n {
            for cr in 0..<n {
                for y in 0..<n {
                    let s = YUVLookupTable.step
                    let (Y, B, R) = (Double(s * y), Double(s * cb), Double(s * cr))
                    luma.append(UInt16((Y + B / 2 + R / 4) / 8 * 256))
                    chroma.append(UInt16((B + Y / 4) / 8 * 256))
                    chroma.append(UInt16((R / 8 + Y / 16) * 256))
                }
            }
        }
        return YUVLookupTable(luma: luma, chroma: chroma)!
    }

    @Test func affineTableIsReproducedExactlyAtEveryPixel() {
        let w = 64, h = 32
        var rng = SystemRandomNumberGenerator()
        // Strides wider than the picture, as libav's are.
        let ys = w + 8, cs = w / 2 + 8
        var y = (0..<(ys * h)).map { _ in UInt16.random(in: 0...1023, using: &rng) }
        var u = (0..<(cs * h / 2)).map { _ in UInt16.random(in: 0...1023, using: &rng) }
        var v = (0..<(cs * h / 2)).map { _ in UInt16.random(in: 0...1023, using: &rng) }
        y[0] = 1023; u[0] = 1023; v[0] = 1023 // the top of the range, in the last cell
        y[1] = 0; y[ys] = 0; y[ys + 1] = 0
        let out = Self.table().apply(width: w, height: h, y: y, yStride: ys, u: u, uStride: cs, v: v, vStride: cs)
        #expect(out.width == w && out.height == h)
        var wrong = 0
        for py in 0..<h {
            for px in 0..<w {
                let Y = Int(y[py * ys + px]), B = Int(u[py / 2 * cs + px / 2]), R = Int(v[py / 2 * cs + px / 2])
                // 2^23·Y′ = 2^20·Y + 2^19·Cb + 2^18·Cr, rounded half up.
                let expected = min(255, ((Y << 20) + (B << 19) + (R << 18) + (1 << 22)) >> 23)
                if Int(out.y[px, py]) != expected { wrong += 1 }
            }
        }
        for cy in 0..<(h / 2) {
            for cx in 0..<(w / 2) {
                let sum = [(0, 0), (1, 0), (0, 1), (1, 1)].reduce(0) { $0 + Int(y[(2 * cy + $1.1) * ys + 2 * cx + $1.0]) }
                let Y = (sum + 2) >> 2, B = Int(u[cy * cs + cx]), R = Int(v[cy * cs + cx])
                let cb = ((B << 20) + (Y << 18) + (1 << 22)) >> 23, cr = ((R << 20) + (Y << 19) + (1 << 22)) >> 23
                if Int(out.u[cx, cy]) != cb || Int(out.v[cx, cy]) != cr { wrong += 1 }
            }
        }
        #expect(wrong == 0)
    }

    @Test func codesAboveTenBitsCountAsTheTopCode() {
        let y: [UInt16] = [0xFFFF, 1023, 1023, 1023], u: [UInt16] = [5000], v: [UInt16] = [1023]
        let out = Self.table().apply(width: 2, height: 2, y: y, yStride: 2, u: u, uStride: 1, v: v, vStride: 1)
        let top = Self.table().apply(width: 2, height: 2, y: [1023, 1023, 1023, 1023], yStride: 2,
                                     u: [1023], uStride: 1, v: [1023], vStride: 1)
        #expect(out == top)
    }

    @Test func tablesOfTheWrongSizeAreRefused() {
        #expect(YUVLookupTable(luma: [0, 1], chroma: [0, 1, 2, 3]) == nil)
    }
}
