import Foundation
import ReelCompositor

/// The storyboard's drawing surface: an opaque RGBA image with a dark background, pasted
/// thumbnails, white label text and anti-aliased motion marks (distance-based coverage).
struct SheetCanvas {
    /// The side of a motion mark's square, px.
    static let iconSize = Storyboard.lineHeight
    /// Background grey.
    static let background: UInt8 = 28
    /// Colour of the motion marks.
    static let accent: (r: Double, g: Double, b: Double) = (255, 206, 64)

    private(set) var image: RGBAImage

    init(size: PixelSize) {
        image = RGBAImage(width: size.width, height: size.height,
                          fill: (Self.background, Self.background, Self.background, 255))
    }

    /// Copies `picture` with its top-left corner at (`x`, `y`), clipped to the sheet.
    mutating func paste(_ picture: RGBAImage, x: Int, y: Int) {
        let w = min(picture.width, image.width - x), h = min(picture.height, image.height - y)
        guard x >= 0, y >= 0, w > 0, h > 0 else { return }
        for row in 0..<h {
            let src = row * picture.width * 4, dst = ((y + row) * image.width + x) * 4
            image.pixels.replaceSubrange(dst..<(dst + w * 4), with: picture.pixels[src..<(src + w * 4)])
        }
    }

    /// Blends a text overlay in `colour` (its alpha only: drawn without shadow or outline), the
    /// left edge of its ink at `x`, the top of the box it was laid out in at `y`; nothing outside
    /// `clip` changes.
    mutating func blendText(_ text: TextOverlay, x: Int, y: Int, clip: (x: Int, y: Int, w: Int, h: Int),
                            colour: (r: Double, g: Double, b: Double)) {
        guard let bounds = text.visibleBounds else { return }
        let dx = x - bounds.x.lowerBound, dy = y
        for py in bounds.y {
            for px in bounds.x {
                let a = Int(text.alpha(px - text.x, py - text.y))
                guard a > 0 else { continue }
                let sx = px + dx, sy = py + dy
                guard sx >= clip.x, sx < clip.x + clip.w, sy >= clip.y, sy < clip.y + clip.h else { continue }
                blend(sx, sy, coverage: Double(a) / 255, colour: colour)
            }
        }
    }

    /// An arrow in the `iconSize` square at (`x`, `y`) pointing along (`dx`, `dy`) (y down);
    /// nothing when the move is too small to see.
    mutating func drawPan(dx: Double, dy: Double, x: Int, y: Int) {
        let length = (dx * dx + dy * dy).squareRoot()
        guard length > 0.005 else { return }
        let ux = dx / length, uy = dy / length
        let c = Double(Self.iconSize) / 2, r = c - 3
        let tail = (c - ux * r, c - uy * r), tip = (c + ux * r, c + uy * r)
        // The head: two strokes back from the tip at ±35°.
        let back = 7.0, cosA = cos(0.61), sinA = sin(0.61)
        let h1 = (tip.0 - back * (ux * cosA - uy * sinA), tip.1 - back * (uy * cosA + ux * sinA))
        let h2 = (tip.0 - back * (ux * cosA + uy * sinA), tip.1 - back * (uy * cosA - ux * sinA))
        stroke(x: x, y: y) { p in
            min(Self.segmentDistance(p, tail, tip), Self.segmentDistance(p, tip, h1), Self.segmentDistance(p, tip, h2))
        }
    }

    /// A zoom mark in the `iconSize` square at (`x`, `y`): a circle with + (zooming in,
    /// `ratio` > 1) or − (zooming out); nothing when the zoom hardly changes.
    mutating func drawZoom(ratio: Double, x: Int, y: Int) {
        guard ratio.isFinite, abs(ratio - 1) > 0.01 else { return }
        let c = Double(Self.iconSize) / 2, r = c - 2, bar = r * 0.5
        let zoomIn = ratio > 1
        stroke(x: x, y: y) { p in
            let ring = abs(((p.0 - c) * (p.0 - c) + (p.1 - c) * (p.1 - c)).squareRoot() - r)
            var d = min(ring, Self.segmentDistance(p, (c - bar, c), (c + bar, c)))
            if zoomIn { d = min(d, Self.segmentDistance(p, (c, c - bar), (c, c + bar))) }
            return d
        }
    }

    /// Strokes, 2 px wide, the shape whose distance `distance` gives at each pixel centre of the
    /// `iconSize` square at (`x`, `y`).
    private mutating func stroke(x: Int, y: Int, distance: ((Double, Double)) -> Double) {
        let n = Self.iconSize
        for py in 0..<n {
            for px in 0..<n {
                let d = distance((Double(px) + 0.5, Double(py) + 0.5))
                let coverage = max(0, min(1, 1.5 - d))
                if coverage > 0 { blend(x + px, y + py, coverage: coverage, colour: Self.accent) }
            }
        }
    }

    private mutating func blend(_ x: Int, _ y: Int, coverage: Double, colour: (r: Double, g: Double, b: Double)) {
        guard x >= 0, y >= 0, x < image.width, y < image.height else { return }
        let i = (y * image.width + x) * 4
        for (k, c) in [colour.r, colour.g, colour.b].enumerated() {
            let old = Double(image.pixels[i + k])
            image.pixels[i + k] = UInt8(max(0, min(255, (old + (c - old) * coverage).rounded())))
        }
    }

    /// Distance from `p` to the segment `a`–`b`.
    static func segmentDistance(_ p: (Double, Double), _ a: (Double, Double), _ b: (Double, Double)) -> Double {
        let vx = b.0 - a.0, vy = b.1 - a.1
        let len2 = vx * vx + vy * vy
        let t = len2 > 0 ? max(0, min(1, ((p.0 - a.0) * vx + (p.1 - a.1) * vy) / len2)) : 0
        let ex = p.0 - (a.0 + t * vx), ey = p.1 - (a.1 + t * vy)
        return (ex * ex + ey * ey).squareRoot()
    }
}
