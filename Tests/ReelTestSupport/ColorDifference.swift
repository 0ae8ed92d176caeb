import Foundation
import ReelCompositor

/// CIE L*a*b* (D65) of an 8-bit sRGB colour.
public func cieLab(r: UInt8, g: UInt8, b: UInt8) -> (l: Double, a: Double, b: Double) {
    func linear(_ v: UInt8) -> Double {
        let c = Double(v) / 255
        return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
    }
    let (rl, gl, bl) = (linear(r), linear(g), linear(b))
    let x = (0.4124 * rl + 0.3576 * gl + 0.1805 * bl) / 0.95047
    let y = 0.2126 * rl + 0.7152 * gl + 0.0722 * bl
    let z = (0.0193 * rl + 0.1192 * gl + 0.9505 * bl) / 1.08883
    func f(_ t: Double) -> Double { t > 216.0 / 24389 ? cbrt(t) : t * 24389 / 27 / 116 + 16.0 / 116 }
    return (116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z)))
}

/// Mean CIE76 colour difference (ΔE*ab) between two sRGB images of the same size, over the
/// pixels both show with alpha ≥ 128.
public func meanDeltaE(_ a: RGBAImage, _ b: RGBAImage) -> Double {
    precondition(a.width == b.width && a.height == b.height, "ΔE of \(a.width)x\(a.height) vs \(b.width)x\(b.height)")
    var total = 0.0
    var count = 0
    for i in stride(from: 0, to: a.pixels.count, by: 4) where a.pixels[i + 3] >= 128 && b.pixels[i + 3] >= 128 {
        let p = cieLab(r: a.pixels[i], g: a.pixels[i + 1], b: a.pixels[i + 2])
        let q = cieLab(r: b.pixels[i], g: b.pixels[i + 1], b: b.pixels[i + 2])
        total += ((p.l - q.l) * (p.l - q.l) + (p.a - q.a) * (p.a - q.a) + (p.b - q.b) * (p.b - q.b)).squareRoot()
        count += 1
    }
    return count == 0 ? .infinity : total / Double(count)
}

/// PSNR in dB over the R, G, B samples of two images of the same size (`.infinity` if identical).
public func rgbPSNR(_ a: RGBAImage, _ b: RGBAImage) -> Double {
    precondition(a.width == b.width && a.height == b.height, "PSNR of \(a.width)x\(a.height) vs \(b.width)x\(b.height)")
    var squared = 0.0
    for i in 0..<a.pixels.count where i % 4 != 3 {
        let d = Double(a.pixels[i]) - Double(b.pixels[i])
        squared += d * d
    }
    if squared == 0 { return .infinity }
    return 10 * log10(255 * 255 / (squared / Double(a.pixels.count / 4 * 3)))
}

/// A YUV frame (BT.709, limited range) as 8-bit sRGB RGBA, chroma taken from the 2x2 block.
public func rgbaImage(_ frame: YUVFrame) -> RGBAImage {
    var pixels = [UInt8](repeating: 255, count: frame.width * frame.height * 4)
    func clamp(_ v: Double) -> UInt8 { UInt8(max(0, min(255, v.rounded()))) }
    for y in 0..<frame.height {
        for x in 0..<frame.width {
            let luma = (Double(frame.y[x, y]) - 16) * 255 / 219
            let cb = (Double(frame.u[x / 2, y / 2]) - 128) * 255 / 224
            let cr = (Double(frame.v[x / 2, y / 2]) - 128) * 255 / 224
            let i = (y * frame.width + x) * 4
            pixels[i] = clamp(luma + 1.5748 * cr)
            pixels[i + 1] = clamp(luma - 0.1873 * cb - 0.4681 * cr)
            pixels[i + 2] = clamp(luma + 1.8556 * cb)
        }
    }
    return RGBAImage(width: frame.width, height: frame.height, pixels: pixels)
}

/// Mean of a plane's samples.
public func meanLevel(_ plane: Plane) -> Double {
    var sum = 0
    for y in 0..<plane.height { for x in 0..<plane.width { sum += Int(plane[x, y]) } }
    return Double(sum) / Double(plane.width * plane.height)
}

/// The frame number a "level" clip fixture shows (its luma is 16 + 3 × the frame number).
public func levelFrameNumber(_ frame: YUVFrame) -> Int {
    Int(((meanLevel(frame.y) - 16) / 3).rounded())
}
