internal import CFFmpeg
import ReelCompositor
import ReelTimeline

/// How a clip's decoded pictures become canvas pictures: the libavfilter chain as text.
///
/// Scale first (to the size the fit needs, in the clip's own format, so a 4K clip is never
/// processed at 4K past the decoder), then turn it upright, then convert colour — HLG and PQ
/// are tone-mapped to BT.709 SDR with zimg and `tonemap`, SDR goes through swscale's matrix
/// conversion — and place it: `fill` crops, `fit` pads with black, `blur` lays it over a blurred,
/// darkened copy of itself.
struct ClipFilterPlan: Equatable {
    /// Stored picture size and the display properties that shape it.
    var storedWidth: Int
    var storedHeight: Int
    var sampleAspect: (num: Int32, den: Int32)
    var rotation: Int
    var interlaced: Bool
    var dynamicRange: ClipInfo.DynamicRange
    /// The frame's colour matrix is not tagged: assume BT.709 for HD, BT.601 below.
    var untaggedMatrix: Bool
    var canvas: PixelSize
    var fit: FitMode

    static func == (a: ClipFilterPlan, b: ClipFilterPlan) -> Bool {
        a.storedWidth == b.storedWidth && a.storedHeight == b.storedHeight && a.sampleAspect == b.sampleAspect
            && a.rotation == b.rotation && a.interlaced == b.interlaced && a.dynamicRange == b.dynamicRange
            && a.untaggedMatrix == b.untaggedMatrix && a.canvas == b.canvas && a.fit == b.fit
    }

    /// The upright shown size.
    var displaySize: PixelSize {
        ClipInfo.displaySize(width: storedWidth, height: storedHeight,
                             sar: AVRational(num: sampleAspect.num, den: sampleAspect.den), rotation: rotation)
    }

    /// `auto` resolved as for photos.
    var resolvedFit: FitMode { StillPreparer(output: canvas).resolve(fit, photo: displaySize) }

    /// The filter chain from `[in]` to `[out]`.
    var description: String {
        let shown = displaySize
        let cw = canvas.width, ch = canvas.height
        let fit = resolvedFit
        func even(_ v: Double, up: Bool) -> Int { max(2, Int(up ? (v / 2).rounded(.up) : (v / 2).rounded()) * 2) }
        let sx = Double(cw) / Double(shown.width), sy = Double(ch) / Double(shown.height)
        let k = fit == .fill ? max(sx, sy) : min(sx, sy)
        var fw = even(Double(shown.width) * k, up: fit == .fill), fh = even(Double(shown.height) * k, up: fit == .fill)
        if fit != .fill { fw = min(fw, cw); fh = min(fh, ch) } else { fw = max(fw, cw); fh = max(fh, ch) }
        // Scaled in stored orientation, then turned.
        let (scaleW, scaleH) = rotation % 180 == 0 ? (fw, fh) : (fh, fw)
        var chain: [String] = []
        if interlaced { chain.append("yadif=mode=send_frame:deint=interlaced") }
        switch dynamicRange {
        case .sdr:
            let matrix = untaggedMatrix ? (max(storedWidth, storedHeight) >= 1280 ? "bt709" : "bt601") : "auto"
            chain.append("scale=w=\(scaleW):h=\(scaleH):flags=bicubic:in_color_matrix=\(matrix):out_color_matrix=bt709:out_range=tv")
            chain.append("format=yuv420p")
        case .hlg, .pq:
            chain.append("scale=w=\(scaleW):h=\(scaleH):flags=bicubic")
            chain.append("format=yuv420p10le")
        }
        chain.append("setsar=1")
        switch rotation {
        case 90: chain.append("transpose=clock")
        case 180: chain.append("hflip,vflip")
        case 270: chain.append("transpose=cclock")
        default: break
        }
        if dynamicRange != .sdr {
            // HLG: scene light at 100 nits nominal; PQ: reference white (203 nits) to SDR white.
            let peak = dynamicRange == .hlg ? 100 : 203
            chain.append("zscale=t=linear:npl=\(peak),format=gbrpf32le,zscale=p=bt709,tonemap=tonemap=mobius:param=0.5:desat=0,zscale=t=bt709:m=bt709:r=tv,format=yuv420p")
        }
        let x = (cw - fw) / 2 / 2 * 2, y = (ch - fh) / 2 / 2 * 2
        switch fit {
        case .fill, .auto:
            chain.append("crop=\(cw):\(ch):\((fw - cw) / 2 / 2 * 2):\((fh - ch) / 2 / 2 * 2)")
            return "[in]" + chain.joined(separator: ",") + "[out]"
        case .fit:
            chain.append("pad=\(cw):\(ch):\(x):\(y):black")
            return "[in]" + chain.joined(separator: ",") + "[out]"
        case .blur:
            let bw = max(4, cw / 24) / 2 * 2, bh = max(4, ch / 24) / 2 * 2
            let background = "scale=w=\(bw):h=\(bh):force_original_aspect_ratio=increase:flags=bilinear,crop=\(bw):\(bh),"
                + "gblur=sigma=2.5,lutyuv=y=(val-16)*0.55+16:u=(val-128)*0.55+128:v=(val-128)*0.55+128,"
                + "scale=w=\(cw):h=\(ch):flags=bilinear,setsar=1"
            return "[in]" + chain.joined(separator: ",") + ",split[fg][b];[b]" + background
                + "[bg];[bg][fg]overlay=x=\(x):y=\(y):format=yuv420,format=yuv420p[out]"
        }
    }
}

/// The one owner of a libavfilter graph (and so of every filter in it).
private final class FilterGraphOwner {
    let av: LibAVFilter
    var graph: UnsafeMutablePointer<AVFilterGraph>?
    init() throws {
        av = try LibAVFilter.shared.get()
        guard let g = av.graphAlloc() else { throw AVError.outOfMemory("avfilter_graph_alloc") }
        graph = g
    }
    deinit { av.graphFree(&graph) }
}

/// A configured libavfilter graph with one buffer source and one buffer sink.
final class ClipFilterGraph {
    private let owner: FilterGraphOwner
    private let source: UnsafeMutablePointer<AVFilterContext>
    private let sink: UnsafeMutablePointer<AVFilterContext>
    let plan: ClipFilterPlan
    private let fps: Int

    /// Builds the graph for frames like `frame`, stamped in `1/fps` units.
    init(plan: ClipFilterPlan, frame: UnsafeMutablePointer<AVFrame>, fps: Int, path: String) throws {
        self.plan = plan
        self.fps = fps
        let owner = try FilterGraphOwner()
        self.owner = owner
        let g = owner.graph!
        let av = owner.av
        let f = frame.pointee
        let args = "video_size=\(f.width)x\(f.height):pix_fmt=\(f.format):time_base=1/\(fps)"
            + ":pixel_aspect=\(max(plan.sampleAspect.num, 1))/\(max(plan.sampleAspect.den, 1))"
        var src: UnsafeMutablePointer<AVFilterContext>?
        var dst: UnsafeMutablePointer<AVFilterContext>?
        try check(av.graphCreateFilter(&src, av.getByName("buffer"), "in", args, nil, g), "avfilter_graph_create_filter", path: path)
        try check(av.graphCreateFilter(&dst, av.getByName("buffersink"), "out", nil, nil, g), "avfilter_graph_create_filter", path: path)
        guard let src, let dst else { throw AVError.outOfMemory("avfilter_graph_create_filter") }
        source = src
        sink = dst
        // The graph's open input "in" is fed by the source; its open output "out" feeds the sink.
        var outputs = av.inoutAlloc()
        var inputs = av.inoutAlloc()
        defer { av.inoutFree(&outputs); av.inoutFree(&inputs) }
        guard let o = outputs, let i = inputs else { throw AVError.outOfMemory("avfilter_inout_alloc") }
        o.pointee.name = av_strdup("in")
        o.pointee.filter_ctx = src
        o.pointee.pad_idx = 0
        o.pointee.next = nil
        i.pointee.name = av_strdup("out")
        i.pointee.filter_ctx = dst
        i.pointee.pad_idx = 0
        i.pointee.next = nil
        let chain = String(plan.description.dropFirst("[in]".count).dropLast("[out]".count))
        try check(av.graphParse(g, chain, &inputs, &outputs, nil), "avfilter_graph_parse_ptr", path: path)
        try check(av.graphConfig(g, nil), "avfilter_graph_config", path: path)
    }

    /// Adds a picture (the graph takes its own reference), or ends the input with nil.
    func push(_ frame: UnsafeMutablePointer<AVFrame>?, path: String) throws {
        try check(owner.av.sourceAddFrame(source, frame, Int32(reel_av_buffersrc_flag_keep_ref())), "av_buffersrc_add_frame", path: path)
    }

    /// The next filtered picture into `frame` and the output frame index it was stamped with,
    /// or nil when the graph needs more input (or is done).
    func pull(into frame: UnsafeMutablePointer<AVFrame>, path: String) throws -> Int? {
        let rc = owner.av.sinkGetFrame(sink, frame)
        if rc == reel_averror_eagain() || rc == reel_averror_eof() { return nil }
        try check(rc, "av_buffersink_get_frame", path: path)
        // Filters may change the time base (the deinterlacer halves it): back to 1/fps.
        return Int(av_rescale_q(frame.pointee.pts, owner.av.sinkTimeBase(sink), AVRational(num: 1, den: Int32(fps))))
    }
}
