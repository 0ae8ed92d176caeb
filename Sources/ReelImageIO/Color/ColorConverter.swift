import Foundation
import ReelCompositor

/// Brings decoded pixels into sRGB: every still leaves ImageIO in sRGB.
///
/// Pixels without a declared colour space are sRGB and pass through untouched (no work at
/// all). Otherwise the file's profile is converted to sRGB with lcms2, relative colorimetric
/// with black-point compensation: colours inside sRGB keep their exact values (a photo
/// exported from sRGB into Adobe RGB or ProPhoto comes back as it was), colours outside are
/// clipped, and for the matrix/curve profiles cameras and phones embed, perceptual would be
/// identical anyway (they have no perceptual tables). An unusable profile (damaged, wrong
/// colour space for the pixels, one lcms2 refuses) is treated as sRGB, never a failure.
enum ColorConverter {
    /// Transforms already built, shared by every decode in the process.
    static let cache = TransformCache(capacity: 16)

    /// Converts `decoded` in place to sRGB RGBA (CMYK converted, alpha untouched); its
    /// layout becomes `.rgba` and its colour nil. In place, so no second pixel buffer exists.
    static func toSRGB(_ decoded: inout DecodedPixels) {
        let transform = decoded.color.flatMap { cache.transform(for: $0, layout: decoded.layout) }
        switch decoded.layout {
        case .cmyk(let inverted):
            if let transform {
                transform.apply(&decoded.image.pixels)
                setOpaque(&decoded.image.pixels)
            } else {
                naiveCMYKToRGBA(&decoded.image.pixels, inverted: inverted)
            }
        case .rgba, .grey:
            transform?.apply(&decoded.image.pixels)
        }
        decoded.layout = .rgba
        decoded.color = nil
    }

    private static func setOpaque(_ pixels: inout [UInt8]) {
        pixels.withUnsafeMutableBufferPointer { p in
            var i = 3
            while i < p.count { p[i] = 255; i += 4 }
        }
    }

    /// CMYK to RGB without a profile (alpha 255). Adobe-marked files (Photoshop, Pillow)
    /// store inverted CMYK, where 255 means no ink.
    static func naiveCMYKToRGBA(_ pixels: inout [UInt8], inverted: Bool) {
        pixels.withUnsafeMutableBufferPointer { p in
            var i = 0
            let n = p.count
            while i < n {
                var c = UInt32(p[i]), m = UInt32(p[i + 1]), y = UInt32(p[i + 2]), k = UInt32(p[i + 3])
                if !inverted { c = 255 - c; m = 255 - m; y = 255 - y; k = 255 - k }
                p[i] = UInt8(div255(c * k))
                p[i + 1] = UInt8(div255(m * k))
                p[i + 2] = UInt8(div255(y * k))
                p[i + 3] = 255
                i += 4
            }
        }
    }

    /// Rounded x / 255 for x ≤ 255·255.
    @inline(__always)
    private static func div255(_ x: UInt32) -> UInt32 {
        let t = x + 128
        return (t + (t >> 8)) >> 8
    }
}

/// Transforms to sRGB keyed by the profile's bytes (or primaries) and pixel layout, built once
/// and reused by every thread. Bounded: when full, the oldest entry is dropped.
final class TransformCache: @unchecked Sendable {
    private struct Key: Hashable {
        var color: ColorDescription
        var layout: PixelLayout
    }

    private struct Entry {
        /// nil records "no conversion" (sRGB itself, or an unusable profile) so it is not retried.
        var transform: ColorTransform?
        var builds: Int
    }

    private var entries: [Key: Entry] = [:]
    private var order: [Key] = []
    private let capacity: Int
    private let lock = NSLock()

    init(capacity: Int) {
        self.capacity = capacity
    }

    /// How many times the transform for `color` in `layout` was built while cached (0 or 1).
    func builds(of color: ColorDescription, layout: PixelLayout) -> Int {
        lock.withLock { entries[Key(color: color, layout: layout)]?.builds ?? 0 }
    }

    /// The transform from `color` in `layout` to sRGB RGBA, or nil when none is needed or possible.
    func transform(for color: ColorDescription, layout: PixelLayout) -> ColorTransform? {
        let key = Key(color: color, layout: layout)
        return lock.withLock {
            if let cached = entries[key] { return cached.transform }
            let built = ColorTransform(color, layout: layout)
            if order.count >= capacity, let oldest = order.first {
                order.removeFirst()
                entries[oldest] = nil
            }
            entries[key] = Entry(transform: built, builds: (entries[key]?.builds ?? 0) + 1)
            order.append(key)
            return built
        }
    }
}

/// Test hooks into the process-wide transform cache.
package enum ColorManagement {
    /// How many times the transform for this RGB ICC profile has been built since it entered
    /// the cache (1 when reused as intended; 0 when never needed).
    package static func builds(ofRGBProfile profile: [UInt8]) -> Int {
        ColorConverter.cache.builds(of: .icc(profile), layout: .rgba)
    }
}
