import Foundation

/// A single-channel float image (0…1): glyph coverage, and the shadow and outline made from it.
struct CoverageMask {
    let width: Int
    let height: Int
    var values: [Float]

    init(width: Int, height: Int) {
        self.width = width
        self.height = height
        values = [Float](repeating: 0, count: width * height)
    }

    /// Draws a glyph bitmap with its top-left corner at (x, y), keeping the larger coverage
    /// where glyphs touch; parts outside the mask are clipped.
    mutating func draw(_ g: GlyphBitmap, x: Int, y: Int) {
        let w = width, h = height
        values.withUnsafeMutableBufferPointer { dst in
            for row in 0..<g.rows {
                let ty = y + row
                guard ty >= 0 && ty < h else { continue }
                for col in 0..<g.width {
                    let tx = x + col
                    guard tx >= 0 && tx < w else { continue }
                    let c = Float(g.pixels[row * g.width + col]) / 255
                    if c > dst[ty * w + tx] { dst[ty * w + tx] = c }
                }
            }
        }
    }

    /// The mask moved by (dx, dy) pixels; what moves in is 0.
    func shifted(dx: Int, dy: Int) -> CoverageMask {
        var out = CoverageMask(width: width, height: height)
        for y in 0..<height {
            let sy = y - dy
            guard sy >= 0 && sy < height else { continue }
            for x in 0..<width {
                let sx = x - dx
                guard sx >= 0 && sx < width else { continue }
                out.values[y * width + x] = values[sy * width + sx]
            }
        }
        return out
    }

    /// A Gaussian-like blur of standard deviation `sigma`: three box blurs each way, with
    /// running sums (cost independent of the radius).
    func blurred(sigma: Double) -> CoverageMask {
        // Box width for three passes approximating a Gaussian (Wells, 1986).
        let r = max(1, Int((sqrt(12 * sigma * sigma / 3 + 1) - 1) / 2 + 0.5))
        var out = self
        var tmp = [Float](repeating: 0, count: max(width, height))
        for _ in 0..<3 {
            out.boxPass(radius: r, horizontal: true, scratch: &tmp)
            out.boxPass(radius: r, horizontal: false, scratch: &tmp)
        }
        return out
    }

    private mutating func boxPass(radius r: Int, horizontal: Bool, scratch: inout [Float]) {
        let n = horizontal ? width : height, lines = horizontal ? height : width
        let step = horizontal ? 1 : width
        let scale = 1 / Float(2 * r + 1)
        values.withUnsafeMutableBufferPointer { v in
            scratch.withUnsafeMutableBufferPointer { line in
                for l in 0..<lines {
                    let base = horizontal ? l * width : l
                    for i in 0..<n { line[i] = v[base + i * step] }
                    var sum: Float = 0
                    for i in 0...min(r, n - 1) { sum += line[i] }
                    for i in 0..<n {
                        v[base + i * step] = sum * scale
                        let add = i + r + 1, drop = i - r
                        if add < n { sum += line[add] }
                        if drop >= 0 { sum -= line[drop] }
                    }
                }
            }
        }
    }

    /// The mask grown by `radius` pixels in every direction (a round, anti-aliased outline).
    func dilated(radius: Double) -> CoverageMask {
        let reach = Int(radius.rounded(.up)) + 1
        var offsets: [(dx: Int, dy: Int, weight: Float)] = []
        for dy in -reach...reach {
            for dx in -reach...reach {
                let d = (Double(dx * dx + dy * dy)).squareRoot()
                let weight = Float(max(0, min(1, radius + 1 - d)))
                if weight > 0 { offsets.append((dx, dy, weight)) }
            }
        }
        var out = CoverageMask(width: width, height: height)
        let w = width, h = height
        values.withUnsafeBufferPointer { src in
            out.values.withUnsafeMutableBufferPointer { dst in
                for y in 0..<h {
                    for x in 0..<w {
                        var m: Float = 0
                        for o in offsets {
                            let sx = x + o.dx, sy = y + o.dy
                            guard sx >= 0 && sx < w && sy >= 0 && sy < h else { continue }
                            let v = src[sy * w + sx] * o.weight
                            if v > m { m = v }
                        }
                        dst[y * w + x] = m
                    }
                }
            }
        }
        return out
    }
}
