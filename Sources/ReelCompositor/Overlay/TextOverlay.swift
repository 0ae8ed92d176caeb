/// A block of text rendered once, ready to blend onto frames: premultiplied YUV 4:2:0 values
/// with alpha at luma and at chroma resolution, and its place in the frame.
///
/// Alpha is stored 0…255; values are premultiplied by it (limited-range YUV, so a fully
/// transparent pixel is 0 everywhere). Row spans let the blender skip transparent parts.
public struct TextOverlay: Sendable {
    /// Width in luma pixels (even).
    public let width: Int
    /// Height in luma pixels (even).
    public let height: Int
    /// Top-left corner in the frame, luma pixels (even, so chroma lines up exactly; may be
    /// negative or reach past the frame: the blender clips).
    public let x: Int
    /// Top edge in the frame, luma pixels (even; may be negative or reach past the frame).
    public let y: Int
    /// Premultiplied Y, `width * height`.
    let luma: [UInt8]
    /// Alpha at luma resolution, `width * height`.
    let lumaAlpha: [UInt8]
    /// Premultiplied Cb and Cr, `width/2 * height/2`.
    let cb: [UInt8]
    let cr: [UInt8]
    /// Alpha at chroma resolution (mean of each 2×2 block), `width/2 * height/2`.
    let chromaAlpha: [UInt8]
    /// Per luma row and per chroma row: the first and one-past-last column with alpha > 0
    /// (an empty span for a transparent row).
    let lumaSpans: [Range<Int>]
    let chromaSpans: [Range<Int>]

    /// Converts a premultiplied RGBA block (components 0…1, rows top to bottom, `width * height * 4`
    /// floats) to the frame's BT.709 limited-range 4:2:0, once.
    ///
    /// - Parameters:
    ///   - x: left edge in the frame; rounded down to even.
    ///   - y: top edge in the frame; rounded down to even.
    public init(premultipliedRGBA px: [Float], width: Int, height: Int, x: Int, y: Int) {
        precondition(width > 0 && height > 0 && width % 2 == 0 && height % 2 == 0, "overlay size must be even, got \(width)x\(height)")
        precondition(px.count == width * height * 4, "overlay \(width)x\(height) needs \(width * height * 4) floats, got \(px.count)")
        self.width = width
        self.height = height
        self.x = x & ~1
        self.y = y & ~1
        let kr = Float(BT709.kr), kb = Float(BT709.kb), kg = Float(BT709.kg)
        let yr = kr * 219, yg = kg * 219, yb = kb * 219
        let ur = -kr / (2 * (1 - kb)) * 224, ug = -kg / (2 * (1 - kb)) * 224, ub = Float(0.5 * 224)
        let vr = Float(0.5 * 224), vg = -kg / (2 * (1 - kr)) * 224, vb = -kb / (2 * (1 - kr)) * 224
        @inline(__always) func byte(_ v: Float) -> UInt8 { UInt8(max(0, min(255, (v + 0.5).rounded(.down)))) }

        var luma = [UInt8](repeating: 0, count: width * height), alpha = luma
        for i in 0..<(width * height) {
            let r = px[i * 4], g = px[i * 4 + 1], b = px[i * 4 + 2], a = px[i * 4 + 3]
            alpha[i] = byte(a * 255)
            luma[i] = alpha[i] == 0 ? 0 : byte(16 * a + yr * r + yg * g + yb * b)
        }
        let cw = width / 2, ch = height / 2
        var cb = [UInt8](repeating: 0, count: cw * ch), cr = cb, ca = cb
        for cy in 0..<ch {
            for cx in 0..<cw {
                var r: Float = 0, g: Float = 0, b: Float = 0, a: Float = 0
                for (dx, dy) in [(0, 0), (1, 0), (0, 1), (1, 1)] {
                    let i = ((cy * 2 + dy) * width + cx * 2 + dx) * 4
                    r += px[i]; g += px[i + 1]; b += px[i + 2]; a += px[i + 3]
                }
                r /= 4; g /= 4; b /= 4; a /= 4
                let o = cy * cw + cx
                ca[o] = byte(a * 255)
                guard ca[o] > 0 else { continue }
                cb[o] = byte(128 * a + ur * r + ug * g + ub * b)
                cr[o] = byte(128 * a + vr * r + vg * g + vb * b)
            }
        }
        self.luma = luma
        self.lumaAlpha = alpha
        self.cb = cb
        self.cr = cr
        self.chromaAlpha = ca
        self.lumaSpans = Self.spans(alpha, width: width, height: height)
        self.chromaSpans = Self.spans(ca, width: cw, height: ch)
    }

    /// The bounding box of the visible (alpha > 0) pixels, in frame coordinates; nil when the
    /// overlay is fully transparent.
    public var visibleBounds: (x: Range<Int>, y: Range<Int>)? {
        let rows = lumaSpans.indices.filter { !lumaSpans[$0].isEmpty }
        guard let first = rows.first, let last = rows.last else { return nil }
        let left = rows.map { lumaSpans[$0].lowerBound }.min()!, right = rows.map { lumaSpans[$0].upperBound }.max()!
        return ((x + left)..<(x + right), (y + first)..<(y + last + 1))
    }

    /// Alpha (0…255) at overlay pixel (px, py).
    public func alpha(_ px: Int, _ py: Int) -> UInt8 { lumaAlpha[py * width + px] }

    private static func spans(_ alpha: [UInt8], width: Int, height: Int) -> [Range<Int>] {
        (0..<height).map { row in
            let base = row * width
            guard let first = (0..<width).first(where: { alpha[base + $0] != 0 }) else { return 0..<0 }
            let last = (0..<width).last(where: { alpha[base + $0] != 0 })!
            return first..<(last + 1)
        }
    }
}
