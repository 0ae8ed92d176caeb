/// One 8-bit image plane with row stride.
public struct Plane: Sendable, Equatable {
    public let width: Int
    public let height: Int
    /// Bytes from one row to the next (>= width).
    public let stride: Int
    public var data: [UInt8]

    public init(width: Int, height: Int, stride: Int? = nil, fill: UInt8 = 0) {
        self.width = width
        self.height = height
        self.stride = stride ?? width
        self.data = [UInt8](repeating: fill, count: (stride ?? width) * height)
    }

    public init(width: Int, height: Int, stride: Int, data: [UInt8]) {
        precondition(data.count >= stride * height)
        self.width = width; self.height = height; self.stride = stride; self.data = data
    }

    @inlinable public subscript(x: Int, y: Int) -> UInt8 {
        get { data[y * stride + x] }
        set { data[y * stride + x] = newValue }
    }
}

/// A frame in the encoder's own format: planar YUV 4:2:0, 8-bit, BT.709 matrix, limited
/// ("TV") range — Y 16…235, Cb/Cr 16…240. Width and height are even.
public struct YUVFrame: Sendable, Equatable {
    public var y: Plane
    public var u: Plane
    public var v: Plane
    public var width: Int { y.width }
    public var height: Int { y.height }

    /// A black frame of the given even size.
    public init(width: Int, height: Int) {
        precondition(width > 0 && height > 0 && width % 2 == 0 && height % 2 == 0,
                     "YUV 4:2:0 frames need an even size, got \(width)x\(height)")
        y = Plane(width: width, height: height, fill: 16)
        u = Plane(width: width / 2, height: height / 2, fill: 128)
        v = Plane(width: width / 2, height: height / 2, fill: 128)
    }

    public init(y: Plane, u: Plane, v: Plane) {
        precondition(u.width == (y.width + 1) / 2 && u.height == (y.height + 1) / 2 && v.width == u.width && v.height == u.height)
        self.y = y; self.u = u; self.v = v
    }
}
