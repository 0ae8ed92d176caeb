internal import CFFmpeg
import ReelCompositor

/// How HLG and PQ clips become BT.709 SDR: the maths as a libavfilter chain, and that chain
/// baked into a 3D table that the reader applies in one pass to pictures at output size.
///
/// The chain (zimg to linear light, BT.2020 to BT.709 primaries, `tonemap` mobius 0.5 on the
/// brightest channel, zimg back to BT.709 Y′CbCr) costs about 27 ms a 1080p frame; the table
/// gives the same colours (interpolated between nodes 16 codes apart) for a few ms. It is
/// made by sending every node of the table through the chain itself — a 4225×65 picture in
/// 4:4:4, tagged and carrying side data (mastering display, light level) like the clip's own
/// frames — so the two cannot drift apart.
enum ClipToneMap {
    /// The chain from 10-bit HLG or PQ Y′CbCr to BT.709 limited-range Y′CbCr in `format`.
    static func chain(_ range: ClipInfo.DynamicRange, format: String) -> String {
        // HLG: scene light at 100 nits nominal; PQ: reference white (203 nits) to SDR white.
        let peak = range == .hlg ? 100 : 203
        return "zscale=t=linear:npl=\(peak),format=gbrpf32le,zscale=p=bt709,tonemap=tonemap=mobius:param=0.5:desat=0,"
            + "zscale=t=bt709:m=bt709:r=tv,format=\(format)"
    }

    /// The table for pictures tagged like `frame` (an HLG or PQ frame of the clip).
    static func table(like frame: UnsafeMutablePointer<AVFrame>, plan: ClipFilterPlan, path: String) throws -> YUVLookupTable {
        let n = YUVLookupTable.nodes
        let lattice = try AVFrameBox()
        let l = lattice.pointer
        try check(av_frame_copy_props(l, frame), "av_frame_copy_props", path: path)
        l.pointee.width = Int32(n * n)
        l.pointee.height = Int32(n)
        l.pointee.format = AV_PIX_FMT_YUV444P10LE.rawValue
        l.pointee.pts = 0
        l.pointee.sample_aspect_ratio = AVRational(num: 1, den: 1)
        try check(av_frame_get_buffer(l, 0), "av_frame_get_buffer", path: path)
        // Row Cb, column Cr·n + Y: the output read row by row is the table in [Cb][Cr][Y] order.
        let f = l.pointee
        guard let py = f.data.0, let pu = f.data.1, let pv = f.data.2 else { throw AVError.outOfMemory("av_frame_get_buffer") }
        for cb in 0..<n {
            let y = UnsafeMutableRawPointer(py + cb * Int(f.linesize.0)).assumingMemoryBound(to: UInt16.self)
            let u = UnsafeMutableRawPointer(pu + cb * Int(f.linesize.1)).assumingMemoryBound(to: UInt16.self)
            let v = UnsafeMutableRawPointer(pv + cb * Int(f.linesize.2)).assumingMemoryBound(to: UInt16.self)
            for cr in 0..<n {
                for k in 0..<n {
                    y[cr * n + k] = UInt16(YUVLookupTable.code(ofNode: k))
                    u[cr * n + k] = UInt16(YUVLookupTable.code(ofNode: cb))
                    v[cr * n + k] = UInt16(YUVLookupTable.code(ofNode: cr))
                }
            }
        }
        let graph = try ClipFilterGraph(chain: chain(plan.dynamicRange, format: "yuv444p16le"), plan: plan,
                                        sampleAspect: (1, 1), frame: l, fps: 30, path: path)
        try graph.push(l, path: path)
        try graph.push(nil, path: path)
        let out = try AVFrameBox()
        guard try graph.pull(into: out.pointer, path: path) != nil else {
            throw ClipFileError.damaged(path, "its HDR tone map could not be prepared")
        }
        defer { av_frame_unref(out.pointer) }
        let o = out.pointer.pointee
        guard o.width == Int32(n * n), o.height == Int32(n), o.format == AV_PIX_FMT_YUV444P16LE.rawValue,
              let oy = o.data.0, let ou = o.data.1, let ov = o.data.2 else {
            throw AVError(.library, operation: "prepare tone map", reason: "got \(o.width)x\(o.height) format \(o.format)", path: path)
        }
        var luma = [UInt16](repeating: 0, count: n * n * n), chroma = [UInt16](repeating: 0, count: 2 * n * n * n)
        for row in 0..<n {
            let y = UnsafeRawPointer(oy + row * Int(o.linesize.0)).assumingMemoryBound(to: UInt16.self)
            let u = UnsafeRawPointer(ou + row * Int(o.linesize.1)).assumingMemoryBound(to: UInt16.self)
            let v = UnsafeRawPointer(ov + row * Int(o.linesize.2)).assumingMemoryBound(to: UInt16.self)
            for x in 0..<(n * n) {
                let i = row * n * n + x
                luma[i] = y[x]
                chroma[2 * i] = u[x]
                chroma[2 * i + 1] = v[x]
            }
        }
        guard let table = YUVLookupTable(luma: luma, chroma: chroma) else {
            throw AVError(.library, operation: "prepare tone map", reason: "table of the wrong size", path: path)
        }
        return table
    }
}
