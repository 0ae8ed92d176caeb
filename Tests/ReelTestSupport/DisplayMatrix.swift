import Foundation

/// The linear part of an MP4 track's display matrix in 16.16 fixed point: a point (x, y) of the
/// stored picture is shown at (a·x + c·y, b·x + d·y), y pointing down (libav's convention).
public struct DisplayMatrix: Sendable, CustomStringConvertible {
    /// The entries, 16.16 fixed point.
    public var a: Int32, b: Int32, c: Int32, d: Int32

    /// A matrix of -1, 0 and 1 entries.
    public init(_ a: Int32, _ b: Int32, _ c: Int32, _ d: Int32) {
        (self.a, self.b, self.c, self.d) = (a << 16, b << 16, c << 16, d << 16)
    }

    /// Whether it turns the picture a quarter (width and height swap).
    public var swapsSides: Bool { a == 0 && d == 0 }

    /// Where the stored point `p` of a `width`×`height` picture is shown (pixel centres).
    public func shown(_ p: (x: Double, y: Double), width: Int, height: Int) -> (x: Int, y: Int) {
        let cx = Double(width) / 2, cy = Double(height) / 2
        let (sw, sh) = swapsSides ? (Double(height), Double(width)) : (Double(width), Double(height))
        let x = p.x - cx, y = p.y - cy
        let fa = Double(a) / 65536, fb = Double(b) / 65536, fc = Double(c) / 65536, fd = Double(d) / 65536
        return (Int((fa * x + fc * y + sw / 2).rounded()), Int((fb * x + fd * y + sh / 2).rounded()))
    }

    /// The matrix as whole numbers, for messages.
    public var description: String { "[\(a >> 16) \(b >> 16); \(c >> 16) \(d >> 16)]" }

    /// Copies the MP4 at `source` to `destination` with this matrix in its first track header
    /// (`tkhd`), its width and height swapped when the matrix turns a quarter, as phones write.
    public func write(from source: URL, to destination: URL) throws {
        var data = try Data(contentsOf: source)
        guard let range = data.range(of: Data("tkhd".utf8)) else { throw ProbeError("no tkhd in \(source.path)") }
        let i = range.lowerBound
        let version = data[i + 4]
        let matrix = i + 4 + 4 + (version == 1 ? 24 : 12) + 4 + (version == 1 ? 8 : 4) + 8 + 8
        var bytes = Data()
        for v in [a, b, 0, c, d, 0, 0, 0, 0x4000_0000] {
            withUnsafeBytes(of: v.bigEndian) { bytes.append(contentsOf: $0) }
        }
        data.replaceSubrange(matrix..<(matrix + 36), with: bytes)
        if swapsSides {
            let w = data.subdata(in: (matrix + 36)..<(matrix + 40)), h = data.subdata(in: (matrix + 40)..<(matrix + 44))
            data.replaceSubrange((matrix + 36)..<(matrix + 44), with: h + w)
        }
        try data.write(to: destination)
    }
}
