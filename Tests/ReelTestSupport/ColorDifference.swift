import Foundation
import ReelCompositor

/// CIE L*a*b* (D65) of an sRGB colour given as 8-bit values.
public func cieLab(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> (l: Double, a: Double, b: Double) {
    func linear(_ v: UInt8) -> Double {
        let c = Double(v) / 255
        return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
    }
    let (rl, gl, bl) = (linear(r), linear(g), linear(b))
    let x = (0.4124 * rl + 0.3576 * gl + 0.1805 * bl) / 0.95047
    let y = 0.2126 * rl + 0.7152 * gl + 0.0722 * bl
    let z = (0.0193 * rl + 0.1192 * gl + 0.9505 * bl) / 1.08883
    func f(_ t: Double) -> Double { t > 0.008856 ? cbrt(t) : 7.787 * t + 16.0 / 116 }
    return (116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z)))
}

/// Mean CIE76 colour difference (ΔE*ab) between two images of the same size.
public func meanDeltaE76(_ p: RGBAImage, _ q: RGBAImage) -> Double {
    precondition(p.width == q.width && p.height == q.height, "ΔE of \(p.width)x\(p.height) vs \(q.width)x\(q.height)")
    var sum = 0.0
    for i in stride(from: 0, to: p.pixels.count, by: 4) {
        let a = cieLab(p.pixels[i], p.pixels[i + 1], p.pixels[i + 2])
        let b = cieLab(q.pixels[i], q.pixels[i + 1], q.pixels[i + 2])
        sum += ((a.l - b.l) * (a.l - b.l) + (a.a - b.a) * (a.a - b.a) + (a.b - b.b) * (a.b - b.b)).squareRoot()
    }
    return sum / Double(p.width * p.height)
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
