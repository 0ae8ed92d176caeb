/// One 8-bit image plane with row stride.
public struct Plane: Sendable, Equatable {
    /// Width in samples.
    public let width: Int
    /// Height in rows.
    public let height: Int
    /// Bytes from one row to the next (>= width).
    public let stride: Int
    /// The samples, `stride * height` bytes, rows top to bottom.
    public var data: [UInt8]

    /// A plane of `fill`, with rows `stride` bytes apart (default: packed).
    public init(width: Int, height: Int, stride: Int? = nil, fill: UInt8 = 0) {
        self.width = width
        self.height = height
        self.stride = stride ?? width
        self.data = [UInt8](repeating: fill, count: (stride ?? width) * height)
    }

    /// Wraps existing samples; `data` must hold `stride * height` bytes.
    public init(width: Int, height: Int, stride: Int, data: [UInt8]) {
        precondition(data.count >= stride * height)
        self.width = width; self.height = height; self.stride = stride; self.data = data
    }

    /// The sample at column `x`, row `y`.
    @inlinable public subscript(x: Int, y: Int) -> UInt8 {
        get { data[y * stride + x] }
        set { data[y * stride + x] = newValue }
    }
}

/// A frame in the encoder's own format: planar YUV 4:2:0, 8-bit, BT.709 matrix, limited
/// ("TV") range — Y 16…235, Cb/Cr 16…240. Width and height are even.
public struct YUVFrame: Sendable, Equatable {
    /// Luma, full size.
    public var y: Plane
    /// Cb, half width and height.
    public var u: Plane
    /// Cr, half width and height.
    public var v: Plane
    /// Width in luma samples.
    public var width: Int { y.width }
    /// Height in luma rows.
    public var height: Int { y.height }

    /// A black frame of the given even size.
    public init(width: Int, height: Int) {
        precondition(width > 0 && height > 0 && width % 2 == 0 && height % 2 == 0,
                     "YUV 4:2:0 frames need an even size, got \(width)x\(height)")
        y = Plane(width: width, height: height, fill: 16)
        u = Plane(width: width / 2, height: height / 2, fill: 128)
        v = Plane(width: width / 2, height: height / 2, fill: 128)
    }

    /// A frame from its three planes (chroma half the luma size, rounded up).
    public init(y: Plane, u: Plane, v: Plane) {
        precondition(u.width == (y.width + 1) / 2 && u.height == (y.height + 1) / 2 && v.width == u.width && v.height == u.height)
        self.y = y; self.u = u; self.v = v
    }
}
