internal import CReelKernels
import ReelTimeline

/// Per-frame resampling of a prepared still: the Ken Burns view rectangle, interpolated in
/// floating point, is resampled bilinearly from its fractional origin — never snapped to whole
/// pixels or to the chroma grid, so slow motion is smooth. Positions carry 10 fractional bits
/// (1/1024 px).
///
/// The work is separable: each source row the view needs is resampled horizontally once into a
/// two-row 16-bit ring, and each output row is a vertical blend of the two rows it sits between. Both passes are C
/// kernels with AVX2 versions picked at run time (`CReelKernels`). No allocation per frame
/// once the scratch has grown to size.
public enum ViewportSampler {
    /// Reusable buffers; one per compositing thread.
    public struct Scratch: Sendable {
        var rows: [UInt16] = []
        var colIndex: [Int32] = []
        var colFrac: [Int32] = []
        var rowIndex: [Int32] = []
        var rowFrac: [Int32] = []
        var blocks: [reel_hblock] = []
        /// Empty scratch space; it grows to what the first frames need and is reused.
        public init() {}
    }

    /// The view rectangle in canvas luma pixels for `viewport`, kept inside the canvas.
    public static func rect(for viewport: Viewport, canvas: PixelSize) -> (x: Double, y: Double, w: Double, h: Double) {
        let z = max(1, viewport.zoom)
        let w = Double(canvas.width) / z, h = Double(canvas.height) / z
        let x = min(max(viewport.x * Double(canvas.width) - w / 2, 0), Double(canvas.width) - w)
        let y = min(max(viewport.y * Double(canvas.height) - h / 2, 0), Double(canvas.height) - h)
        return (x, y, w, h)
    }

    /// Renders the view of `still` described by `viewport` into `out` (whose size is the output size).
    public static func render(_ still: PreparedStill, viewport: Viewport, into out: inout YUVFrame) {
        var scratch = Scratch()
        render(still, viewport: viewport, into: &out, scratch: &scratch)
    }

    /// As `render(_:viewport:into:)`, reusing `scratch` between calls.
    public static func render(_ still: PreparedStill, viewport: Viewport, into out: inout YUVFrame, scratch: inout Scratch) {
        let c = still.canvas
        let r = rect(for: viewport, canvas: PixelSize(width: c.width, height: c.height))
        sample(c.y, x: r.x, y: r.y, w: r.w, h: r.h, into: &out.y, scratch: &scratch)
        sample(c.u, x: r.x / 2, y: r.y / 2, w: r.w / 2, h: r.h / 2, into: &out.u, scratch: &scratch)
        sample(c.v, x: r.x / 2, y: r.y / 2, w: r.w / 2, h: r.h / 2, into: &out.v, scratch: &scratch)
    }

    /// Bilinear resample of the source rectangle (x, y, w, h) of `src` onto all of `dst`.
    static func sample(_ src: Plane, x: Double, y: Double, w: Double, h: Double, into dst: inout Plane, scratch: inout Scratch) {
        let dw = dst.width, dh = dst.height
        if x == 0, y == 0, Double(src.width) == w, Double(src.height) == h, src.width == dw, src.height == dh {
            copy(src, into: &dst)
            return
        }
        axis(count: dw, start: x, length: w, limit: src.width, index: &scratch.colIndex, frac: &scratch.colFrac)
        axis(count: dh, start: y, length: h, limit: src.height, index: &scratch.rowIndex, frac: &scratch.rowFrac)
        // Output rows are made top to bottom, each a vertical blend of two horizontally
        // resampled source rows; a source row lands in slot (row & 1) of a two-row ring, so
        // each is resampled once and the working set stays in cache (2 rows, not the view).
        if scratch.rows.count < 2 * dw { scratch.rows = [UInt16](repeating: 0, count: 2 * dw) }
        let ss = src.stride, ds = dst.stride, lastSourceRow = src.height - 1
        if scratch.blocks.count != dw / 8 { scratch.blocks = [reel_hblock](repeating: reel_hblock(), count: dw / 8) }
        src.data.withUnsafeBufferPointer { s in
            scratch.rows.withUnsafeMutableBufferPointer { rows in
                scratch.colIndex.withUnsafeBufferPointer { xi in
                    scratch.colFrac.withUnsafeBufferPointer { xf in
                        scratch.blocks.withUnsafeMutableBufferPointer { blocks in
                            dst.data.withUnsafeMutableBufferPointer { d in
                                // The columns are the same for every row: plan the byte shuffles once.
                                reel_hsample_plan(xi.baseAddress!, xf.baseAddress!, Int64(dw), blocks.baseAddress)
                                var inSlot = (-1, -1)
                                /// Horizontal pass (value × 128 in 16 bits) of source row `r`, once.
                                func row(_ r: Int) -> UnsafeMutablePointer<UInt16> {
                                    let slot = r & 1
                                    let line = rows.baseAddress! + slot * dw
                                    if (slot == 0 ? inSlot.0 : inSlot.1) != r {
                                        let offset = r * ss
                                        reel_hsample_row_planned(s.baseAddress! + offset, Int64(s.count - offset), blocks.baseAddress,
                                                                 xi.baseAddress!, xf.baseAddress!, line, Int64(dw))
                                        if slot == 0 { inSlot.0 = r } else { inSlot.1 = r }
                                    }
                                    return line
                                }
                                for oy in 0..<dh {
                                    let r = Int(scratch.rowIndex[oy])
                                    let top = row(r)
                                    let bot = r + 1 <= lastSourceRow ? row(r + 1) : top
                                    reel_vblend_row(top, bot, scratch.rowFrac[oy], d.baseAddress! + oy * ds, Int64(dw))
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// For each output index: the left/top source index (so index+1 is valid) and the 10-bit fraction.
    static func axis(count: Int, start: Double, length: Double, limit: Int, index: inout [Int32], frac: inout [Int32]) {
        if index.count != count { index = [Int32](repeating: 0, count: count); frac = index }
        let scale = length / Double(count)
        for o in 0..<count {
            let p = min(max(start + (Double(o) + 0.5) * scale - 0.5, 0), Double(limit - 1))
            var i = Int(p)
            var f = Int32(((p - Double(i)) * 1024).rounded())
            if f == 1024 { i += 1; f = 0 }
            if i >= limit - 1 { i = max(0, limit - 2); f = limit > 1 ? 1024 : 0 }
            index[o] = Int32(i); frac[o] = f
        }
    }

    static func copy(_ src: Plane, into dst: inout Plane) {
        if src.stride == dst.stride && src.data.count == dst.data.count {
            dst.data.withUnsafeMutableBufferPointer { d in
                src.data.withUnsafeBufferPointer { s in d.baseAddress!.update(from: s.baseAddress!, count: s.count) }
            }
            return
        }
        for y in 0..<src.height {
            for x in 0..<src.width { dst[x, y] = src[x, y] }
        }
    }
}

extension ViewportSampler {
    /// The instruction set the per-frame kernels use: "avx2" or "portable".
    public static var kernelISA: String { String(cString: reel_kernels_isa()) }

    /// Makes the kernels use their portable versions (tests compare the two).
    @_spi(Testing) public static func usePortableKernels(_ on: Bool) {
        reel_kernels_force_portable(on ? 1 : 0)
    }
}
