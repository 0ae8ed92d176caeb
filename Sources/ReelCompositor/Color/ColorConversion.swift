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
                        for cy in 0..<ch {
                            let y0 = cy * 2, y1 = min(y0 + 1, h - 1)
                            for cx in 0..<cw {
                                let x0 = cx * 2, x1 = min(x0 + 1, w - 1)
                                var sr: Int32 = 0, sg: Int32 = 0, sb: Int32 = 0
                                @inline(__always) func luma(_ o: Int) {
                                    let i = o * 4
                                    let r = Int32(src[i]), g = Int32(src[i + 1]), b = Int32(src[i + 2])
                                    Y[o] = UInt8(truncatingIfNeeded: (yR * r + yG * g + yB * b + (16 << 16) + 32768) >> 16)
                                    sr += r; sg += g; sb += b
                                }
                                luma(y0 * w + x0); luma(y0 * w + x1); luma(y1 * w + x0); luma(y1 * w + x1)
                                let u = (uR * sr + uG * sg + uB * sb + (128 << 18) + (1 << 17)) >> 18
                                let v = (vR * sr + vG * sg + vB * sb + (128 << 18) + (1 << 17)) >> 18
                                U[cy * cw + cx] = UInt8(clamping: u)
                                V[cy * cw + cx] = UInt8(clamping: v)
                            }
                        }
                    }
                }
            }
        }
        return YUVFrame(y: yp, u: up, v: vp)
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
