internal import CReelKernels

/// RGB ↔ YUV with the BT.709 matrix in limited ("TV") range — the same matrix the encoder's
/// colour tags declare, so players show the colours we computed.
public enum BT709 {
    // Y' = Kr R' + Kg G' + Kb B', with Kr = 0.2126, Kb = 0.0722.
    static let kr = 0.2126, kb = 0.0722, kg = 1 - 0.2126 - 0.0722

    /// Luma coefficients scaled by 219/255 · 2^16 for 8-bit limited-range Y.
    @usableFromInline static let yR = Int32((kr * 219 / 255 * 65536).rounded())
    @usableFromInline static let yG = Int32((kg * 219 / 255 * 65536).rounded())
    @usableFromInline static let yB = Int32((kb * 219 / 255 * 65536).rounded())
    // Cb = (B' - Y') / 1.8556, Cr = (R' - Y') / 1.5748, scaled by 224/255 · 2^16.
    @usableFromInline static let uR = Int32((-kr / (2 * (1 - kb)) * 224 / 255 * 65536).rounded())
    @usableFromInline static let uG = Int32((-kg / (2 * (1 - kb)) * 224 / 255 * 65536).rounded())
    @usableFromInline static let uB = Int32((0.5 * 224 / 255 * 65536).rounded())
    @usableFromInline static let vR = Int32((0.5 * 224 / 255 * 65536).rounded())
    @usableFromInline static let vG = Int32((-kg / (2 * (1 - kr)) * 224 / 255 * 65536).rounded())
    @usableFromInline static let vB = Int32((-kb / (2 * (1 - kr)) * 224 / 255 * 65536).rounded())

    /// Converts an opaque RGBA image (alpha ignored) to a 4:2:0 frame; chroma is the average of
    /// each 2×2 block (centre-sited). Odd sizes are padded by repeating the last row/column.
    public static func yuv(from image: RGBAImage) -> YUVFrame {
        let w = image.width, h = image.height
        let cw = (w + 1) / 2, ch = (h + 1) / 2
        var yp = Plane(width: w, height: h), up = Plane(width: cw, height: ch), vp = Plane(width: cw, height: ch)
        image.pixels.withUnsafeBufferPointer { src in
            yp.data.withUnsafeMutableBufferPointer { Y in
                up.data.withUnsafeMutableBufferPointer { U in
                    vp.data.withUnsafeMutableBufferPointer { V in
                        convert(src.baseAddress!, width: w, height: h, flatten: false, y: Y.baseAddress!, yStride: w,
                                u: U.baseAddress!, v: V.baseAddress!, cStride: cw)
                    }
                }
            }
        }
        return YUVFrame(y: yp, u: up, v: vp)
    }

    /// The matrix as the C converter takes it: Y row, then Cb and Cr rows (for 2×2 sums).
    static let coefficients: [Int32] = [yR, yG, yB, uR, uG, uB, vR, vG, vB]

    /// Converts `height` RGBA rows into Y rows and (height + 1) / 2 chroma rows; with `flatten`
    /// each pixel is first composited over black.
    static func convert(_ rgba: UnsafePointer<UInt8>, width: Int, height: Int, flatten: Bool,
                        y: UnsafeMutablePointer<UInt8>, yStride: Int,
                        u: UnsafeMutablePointer<UInt8>, v: UnsafeMutablePointer<UInt8>, cStride: Int) {
        coefficients.withUnsafeBufferPointer { k in
            reel_rgba_to_yuv420(rgba, Int64(width), Int64(height), k.baseAddress!, flatten ? 1 : 0,
                                y, Int64(yStride), u, v, Int64(cStride))
        }
    }

    /// Converts a 4:2:0 frame back to opaque RGBA (chroma replicated per 2×2 block), e.g. to save
    /// a frame as PNG.
    public static func rgba(from f: YUVFrame) -> RGBAImage {
        let w = f.width, h = f.height
        var px = [UInt8](repeating: 255, count: w * h * 4)
        let ys = 255.0 / 219.0, cs = 255.0 / 224.0
        for yy in 0..<h {
            for xx in 0..<w {
                let Y = (Double(f.y[xx, yy]) - 16) * ys
                let Cb = (Double(f.u[xx / 2, yy / 2]) - 128) * cs
                let Cr = (Double(f.v[xx / 2, yy / 2]) - 128) * cs
                let r = Y + 2 * (1 - kr) * Cr
                let b = Y + 2 * (1 - kb) * Cb
                let g = (Y - kr * r - kb * b) / kg
                let i = (yy * w + xx) * 4
                px[i] = UInt8(clamping: Int(r.rounded())); px[i + 1] = UInt8(clamping: Int(g.rounded())); px[i + 2] = UInt8(clamping: Int(b.rounded()))
            }
        }
        return RGBAImage(width: w, height: h, pixels: px)
    }
}
