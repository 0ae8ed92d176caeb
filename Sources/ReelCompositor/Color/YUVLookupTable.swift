internal import CReelKernels

/// A colour transform from 10-bit Y′CbCr to the encoder's 8-bit Y′CbCr, as a 3D table applied
/// in one pass — how an HDR clip's pictures are tone-mapped once they are at output size.
///
/// The table has `nodes`³ entries indexed [Cb][Cr][Y], node `i` standing for the 10-bit code
/// `step·i` (the last, 1024, for the top of the range); each entry holds the output Y′ (in `luma`)
/// and Cb′, Cr′ (in `chroma`) as 8-bit codes × 256. Applying it interpolates trilinearly: luma
/// per pixel, chroma once per 2×2 block at the block's mean luma.
public struct YUVLookupTable: Sendable {
    /// Codes of the 10-bit input from one node to the next (16).
    public static let step = 1 << Int(REEL_LUT3D_SHIFT)
    /// Nodes per axis (65).
    public static let nodes = 1024 / step + 1
    /// The 10-bit code of node `i`, clamped to the last code (1023).
    public static func code(ofNode i: Int) -> Int { min(step * i, 1023) }

    let luma: [UInt16]
    let chroma: [UInt16]

    /// A table from its entries; nil unless `luma` has `nodes`³ and `chroma` twice as many.
    public init?(luma: [UInt16], chroma: [UInt16]) {
        let n = Self.nodes * Self.nodes * Self.nodes
        guard luma.count == n, chroma.count == 2 * n else { return nil }
        self.luma = luma
        self.chroma = chroma
    }

    /// Maps a 10-bit 4:2:0 picture of `width`×`height` (even) to a new frame. Strides are in
    /// 16-bit elements (negative for a picture stored bottom-up); the chroma planes have
    /// (width / 2)×(height / 2) samples. Codes above 1023 count as 1023.
    public func apply(width: Int, height: Int,
                      y: UnsafePointer<UInt16>, yStride: Int,
                      u: UnsafePointer<UInt16>, uStride: Int,
                      v: UnsafePointer<UInt16>, vStride: Int) -> YUVFrame {
        precondition(width > 0 && height > 0 && width % 2 == 0 && height % 2 == 0)
        precondition(abs(yStride) >= width && abs(uStride) >= width / 2 && abs(vStride) >= width / 2)
        let cw = width / 2, ch = height / 2
        var oy = [UInt8](unsafeUninitializedCapacity: width * height) { _, n in n = width * height }
        var ou = [UInt8](unsafeUninitializedCapacity: cw * ch) { _, n in n = cw * ch }
        var ov = [UInt8](unsafeUninitializedCapacity: cw * ch) { _, n in n = cw * ch }
        luma.withUnsafeBufferPointer { l in
            chroma.withUnsafeBufferPointer { c in
                oy.withUnsafeMutableBufferPointer { Y in
                    ou.withUnsafeMutableBufferPointer { U in
                        ov.withUnsafeMutableBufferPointer { V in
                            reel_lut3d_yuv420p10(y, Int64(yStride), u, Int64(uStride), v, Int64(vStride),
                                                 Int64(width), Int64(height), l.baseAddress, c.baseAddress,
                                                 Y.baseAddress, Int64(width), U.baseAddress, Int64(cw), V.baseAddress, Int64(cw))
                        }
                    }
                }
            }
        }
        return YUVFrame(y: Plane(width: width, height: height, stride: width, data: oy),
                        u: Plane(width: cw, height: ch, stride: cw, data: ou),
                        v: Plane(width: cw, height: ch, stride: cw, data: ov))
    }
}
