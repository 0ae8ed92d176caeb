import Foundation
@testable import ReelCompositor
import ReelTimeline

/// Stills made in memory (no decoder involved), prepared through the real preparer.
final class SyntheticStills: StillSource, @unchecked Sendable {
    let stills: [PreparedStill]
    init(_ stills: [PreparedStill]) { self.stills = stills }
    func still(forSegment i: Int) throws -> PreparedStill { stills[i] }
    func advance(toFrame n: Int) {}
}

enum Synthetic {
    /// A deterministic, detailed RGB pattern: gradients plus a checker, seeded per image.
    static func pattern(width: Int, height: Int, seed: Int) -> RGBAImage {
        var px = [UInt8](repeating: 255, count: width * height * 4)
        for y in 0..<height {
            for x in 0..<width {
                let i = (y * width + x) * 4
                let checker = ((x / 16 + y / 16 + seed) % 2) * 40
                px[i] = UInt8((x * 255 / max(1, width - 1) + seed * 50) % 256)
                px[i + 1] = UInt8((y * 255 / max(1, height - 1) + checker) % 256)
                px[i + 2] = UInt8((seed * 90 + (x + y) / 4) % 256)
            }
        }
        return RGBAImage(width: width, height: height, pixels: px)
    }

    static func solid(_ r: UInt8, _ g: UInt8, _ b: UInt8, width: Int = 64, height: Int = 36) -> RGBAImage {
        RGBAImage(width: width, height: height, fill: (r, g, b, 255))
    }

    /// FNV-1a 64 over all three planes.
    static func checksum(_ f: YUVFrame) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for plane in [f.y, f.u, f.v] {
            for row in 0..<plane.height {
                for x in 0..<plane.width {
                    h ^= UInt64(plane[x, row])
                    h = h &* 0x100_0000_01b3
                }
            }
        }
        return String(h, radix: 16)
    }

    static func meanY(_ f: YUVFrame, x: Range<Int>? = nil, y: Range<Int>? = nil) -> Double {
        let xr = x ?? 0..<f.width, yr = y ?? 0..<f.height
        var sum = 0
        for yy in yr { for xx in xr { sum += Int(f.y[xx, yy]) } }
        return Double(sum) / Double(xr.count * yr.count)
    }
}
