import ReelCompositor

/// EXIF orientation (tag 0x0112): how the stored pixels must be turned to appear upright.
enum Orientation: Int, Sendable, CaseIterable {
    /// Stored upright.
    case up = 1
    /// Mirrored left to right.
    case upMirrored = 2
    /// Rotated 180°.
    case down = 3
    /// Mirrored top to bottom.
    case downMirrored = 4
    /// Stored row 0 is the visual left column, column 0 the visual top row (transpose).
    case leftMirrored = 5
    /// Needs a 90° clockwise turn.
    case right = 6
    /// Stored row 0 is the visual right column, column 0 the visual bottom row (transverse).
    case rightMirrored = 7
    /// Needs a 90° counter-clockwise turn.
    case left = 8

    /// The orientation an EXIF value names; out-of-range values mean upright.
    init(exifValue: Int) {
        self = Orientation(rawValue: exifValue) ?? .up
    }

    /// Whether turning upright exchanges width and height.
    var swapsAxes: Bool { rawValue >= 5 }

    /// The upright size of a stored image of `size`.
    func upright(_ size: PixelSize) -> PixelSize {
        swapsAxes ? PixelSize(width: size.height, height: size.width) : size
    }

    /// Where stored pixel (x, y) of a `w`×`h` image lands upright, as coefficients:
    /// `u = ax·x + ay·y + a0`, `v = bx·x + by·y + b0`.
    private func mapping(w: Int, h: Int) -> (ax: Int, ay: Int, a0: Int, bx: Int, by: Int, b0: Int) {
        switch self {
        case .up: (1, 0, 0, 0, 1, 0)
        case .upMirrored: (-1, 0, w - 1, 0, 1, 0)
        case .down: (-1, 0, w - 1, 0, -1, h - 1)
        case .downMirrored: (1, 0, 0, 0, -1, h - 1)
        case .leftMirrored: (0, 1, 0, 1, 0, 0)
        case .right: (0, -1, h - 1, 1, 0, 0)
        case .rightMirrored: (0, -1, h - 1, -1, 0, w - 1)
        case .left: (0, 1, 0, -1, 0, w - 1)
        }
    }

    /// Returns `image` turned upright.
    func apply(to image: RGBAImage) -> RGBAImage {
        if self == .up { return image }
        let w = image.width, h = image.height
        let out = upright(PixelSize(width: w, height: h))
        let m = mapping(w: w, h: h)
        let dw = out.width
        // Destination index of stored (x, y) is v·dw + u; it moves by `stepX` per stored column.
        let stepX = m.bx * dw + m.ax
        let tile = 64
        let pixels = [UInt8](unsafeUninitializedCapacity: w * h * 4) { buffer, count in
            image.pixels.withUnsafeBytes { srcRaw in
                let src = srcRaw.bindMemory(to: UInt32.self)
                let dst = UnsafeMutableRawBufferPointer(buffer).bindMemory(to: UInt32.self)
                // Tiles keep both reads and (for the transposing cases) writes cache-friendly.
                for ty in stride(from: 0, to: h, by: tile) {
                    let yEnd = min(ty + tile, h)
                    for tx in stride(from: 0, to: w, by: tile) {
                        let xEnd = min(tx + tile, w)
                        for y in ty..<yEnd {
                            var d = (m.by * y + m.b0 + m.bx * tx) * dw + (m.ay * y + m.a0 + m.ax * tx)
                            var s = y * w + tx
                            for _ in tx..<xEnd {
                                dst[d] = src[s]
                                d += stepX
                                s += 1
                            }
                        }
                    }
                }
            }
            count = w * h * 4
        }
        return RGBAImage(width: out.width, height: out.height, pixels: pixels)
    }
}
