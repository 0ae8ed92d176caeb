/// Blends prepared overlays onto frames: the per-frame cost of a title. Integer arithmetic,
/// transparent rows and columns skipped, no allocation.
public enum OverlayBlender {
    /// Blends `overlay` at its place in `frame` with `opacity` (0 = invisible, 1 = as rendered):
    /// `out = dst · (1 − α·opacity) + premultiplied · opacity`, on every plane.
    public static func blend(_ overlay: TextOverlay, into frame: inout YUVFrame, opacity: Double) {
        let k = Int32((max(0, min(1, opacity)) * 256).rounded())
        guard k > 0 else { return }
        blend(values: overlay.luma, alpha: overlay.lumaAlpha, spans: overlay.lumaSpans, width: overlay.width,
              at: overlay.x, overlay.y, k: k, into: &frame.y)
        let cx = overlay.x / 2, cy = overlay.y / 2, cw = overlay.width / 2
        blend(values: overlay.cb, alpha: overlay.chromaAlpha, spans: overlay.chromaSpans, width: cw, at: cx, cy, k: k, into: &frame.u)
        blend(values: overlay.cr, alpha: overlay.chromaAlpha, spans: overlay.chromaSpans, width: cw, at: cx, cy, k: k, into: &frame.v)
    }

    /// One plane. `k` is the opacity in 1/256ths; alpha 255 counts as 256/256 so a fully opaque
    /// pixel at full opacity gives exactly the overlay's value.
    static func blend(values: [UInt8], alpha: [UInt8], spans: [Range<Int>], width: Int,
                      at ox: Int, _ oy: Int, k: Int32, into plane: inout Plane) {
        let firstRow = max(0, -oy), endRow = min(spans.count, plane.height - oy)
        guard firstRow < endRow else { return }
        let rows = firstRow..<endRow
        let stride = plane.stride, planeWidth = plane.width
        values.withUnsafeBufferPointer { val in
            alpha.withUnsafeBufferPointer { al in
                plane.data.withUnsafeMutableBufferPointer { dst in
                    for row in rows {
                        let span = spans[row]
                        let from = max(span.lowerBound, -ox), to = min(span.upperBound, planeWidth - ox)
                        guard from < to else { continue }
                        let src = row * width
                        let out = (oy + row) * stride + ox
                        for col in from..<to {
                            let a = Int32(al[src + col])
                            let w = (a + (a >> 7)) * k          // 0…65536
                            let d = Int32(dst[out + col])
                            dst[out + col] = UInt8(clamping: (d * (65536 - w) + Int32(val[src + col]) * k * 256 + 32768) >> 16)
                        }
                    }
                }
            }
        }
    }
}
