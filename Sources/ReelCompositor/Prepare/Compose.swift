/// Small RGBA operations used while preparing stills (never per frame).
enum Compose {
    /// Drops alpha by compositing over black.
    static func flattened(_ image: RGBAImage) -> RGBAImage {
        var img = image
        img.pixels.withUnsafeMutableBufferPointer { p in
            for i in stride(from: 0, to: p.count, by: 4) where p[i + 3] != 255 {
                let a = UInt32(p[i + 3])
                p[i] = UInt8((UInt32(p[i]) * a + 127) / 255)
                p[i + 1] = UInt8((UInt32(p[i + 1]) * a + 127) / 255)
                p[i + 2] = UInt8((UInt32(p[i + 2]) * a + 127) / 255)
                p[i + 3] = 255
            }
        }
        return img
    }

    /// Alpha-composites `top` onto the opaque `base` with its top-left corner at (x, y).
    static func over(_ base: inout RGBAImage, _ top: RGBAImage, atX x0: Int, y y0: Int) {
        let bw = base.width
        top.pixels.withUnsafeBufferPointer { t in
            base.pixels.withUnsafeMutableBufferPointer { b in
                for y in 0..<top.height {
                    let by = y + y0
                    guard by >= 0 && by < base.height else { continue }
                    for x in 0..<top.width {
                        let bx = x + x0
                        guard bx >= 0 && bx < bw else { continue }
                        let ti = (y * top.width + x) * 4, bi = (by * bw + bx) * 4
                        let a = UInt32(t[ti + 3])
                        if a == 255 {
                            b[bi] = t[ti]; b[bi + 1] = t[ti + 1]; b[bi + 2] = t[ti + 2]
                        } else if a > 0 {
                            for c in 0..<3 {
                                b[bi + c] = UInt8((UInt32(t[ti + c]) * a + UInt32(b[bi + c]) * (255 - a) + 127) / 255)
                            }
                        }
                        b[bi + 3] = 255
                    }
                }
            }
        }
    }

    /// Repeated box blur (approaches a Gaussian), edges clamped.
    static func boxBlur(_ image: inout RGBAImage, radius: Int, passes: Int) {
        let w = image.width, h = image.height
        var tmp = image.pixels
        for _ in 0..<passes {
            for horizontal in [true, false] {
                let src = image.pixels
                let (len, lines) = horizontal ? (w, h) : (h, w)
                for line in 0..<lines {
                    for i in 0..<len {
                        var acc = (0, 0, 0)
                        for k in -radius...radius {
                            let j = min(max(i + k, 0), len - 1)
                            let idx = horizontal ? (line * w + j) * 4 : (j * w + line) * 4
                            acc.0 += Int(src[idx]); acc.1 += Int(src[idx + 1]); acc.2 += Int(src[idx + 2])
                        }
                        let n = 2 * radius + 1
                        let o = horizontal ? (line * w + i) * 4 : (i * w + line) * 4
                        tmp[o] = UInt8(acc.0 / n); tmp[o + 1] = UInt8(acc.1 / n); tmp[o + 2] = UInt8(acc.2 / n); tmp[o + 3] = 255
                    }
                }
                image.pixels = tmp
            }
        }
    }

    /// Multiplies RGB by `factor` (darkening).
    static func scale(_ image: inout RGBAImage, by factor: Double) {
        let f = UInt32(factor * 256)
        image.pixels.withUnsafeMutableBufferPointer { p in
            for i in 0..<p.count where i % 4 != 3 { p[i] = UInt8(min(255, (UInt32(p[i]) * f) >> 8)) }
        }
    }
}
