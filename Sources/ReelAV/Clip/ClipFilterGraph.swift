internal import CFFmpeg
import ReelCompositor
import ReelTimeline

/// How a clip's decoded pictures become canvas pictures: the libavfilter chain as text.
///
/// Scale first (to the size the fit needs, in the clip's own format, so a 4K clip is never
/// processed at 4K past the decoder), then turn it upright and place it: `fill` crops, `fit`
/// pads with black, `blur` lays it over a blurred, darkened copy of itself. SDR becomes BT.709
/// 8-bit as it is scaled; a clip in another Y′CbCr matrix (BT.601 SD clips) goes through RGB at
/// output size on the way, since swscale converts no matrix between two Y′CbCr formats, while a
/// BT.709 one keeps its samples (and at canvas size passes through uncopied). HLG and PQ stay 10-bit to the
/// end, and the reader tone-maps the placed picture in one pass with a table made from
/// `ClipToneMap.chain` (so tone mapping runs once per output pixel, never at 4K).
struct ClipFilterPlan: Equatable {
    /// Stored picture size and the display properties that shape it.
    var storedWidth: Int
    var storedHeight: Int
    var sampleAspect: (num: Int32, den: Int32)
    var rotation: Int
    /// Mirrored left to right before the rotation (see `ClipInfo.orientation(matrix:)`).
    var mirrored = false
    var interlaced: Bool
    var dynamicRange: ClipInfo.DynamicRange
    /// The picture's Y′CbCr matrix when it is not BT.709, as swscale names it (`bt601`,
    /// `smpte170m`, `bt470`, `fcc`, `smpte240m`, `bt2020`): see `sourceMatrix(of:width:height:)`.
    var sourceMatrix: String?
    /// The decoded pictures are already 8-bit 4:2:0 in limited range, the encoder's format:
    /// SDR needs no conversion, and at canvas size no scaling either (the picture passes
    /// through the graph uncopied).
    var encoderFormat = false
    var canvas: PixelSize
    var fit: FitMode
    /// HDR tone-mapped inside the graph by the reference chain (zimg and `tonemap`, per pixel)
    /// and delivered in 8 bits, instead of delivered in 10 bits for the reader's table.
    var toneMapInGraph = false

    static func == (a: ClipFilterPlan, b: ClipFilterPlan) -> Bool {
        a.storedWidth == b.storedWidth && a.storedHeight == b.storedHeight && a.sampleAspect == b.sampleAspect
            && a.rotation == b.rotation && a.mirrored == b.mirrored && a.interlaced == b.interlaced && a.dynamicRange == b.dynamicRange
            && a.sourceMatrix == b.sourceMatrix && a.canvas == b.canvas && a.fit == b.fit
            && a.toneMapInGraph == b.toneMapInGraph && a.encoderFormat == b.encoderFormat
    }

    /// The upright shown size.
    var displaySize: PixelSize {
        ClipInfo.displaySize(width: storedWidth, height: storedHeight,
                             sar: AVRational(num: sampleAspect.num, den: sampleAspect.den), rotation: rotation)
    }

    /// `auto` resolved as for photos.
    var resolvedFit: FitMode { StillPreparer(output: canvas).resolve(fit, photo: displaySize) }

    /// Whether the graph delivers 10-bit pictures still to be tone-mapped.
    var deliversTenBit: Bool { dynamicRange != .sdr && !toneMapInGraph }

    /// The filter chain from `[in]` to `[out]`: yuv420p, or yuv420p10le for HLG and PQ.
    var description: String {
        let shown = displaySize
        let cw = canvas.width, ch = canvas.height
        let fit = resolvedFit
        func even(_ v: Double, up: Bool) -> Int { max(2, Int(up ? (v / 2).rounded(.up) : (v / 2).rounded()) * 2) }
        let sx = Double(cw) / Double(shown.width), sy = Double(ch) / Double(shown.height)
        let k = fit == .fill ? max(sx, sy) : min(sx, sy)
        var fw = even(Double(shown.width) * k, up: fit == .fill), fh = even(Double(shown.height) * k, up: fit == .fill)
        if fit != .fill { fw = min(fw, cw); fh = min(fh, ch) } else { fw = max(fw, cw); fh = max(fh, ch) }
        // A picture far wider or taller than the frame (a hostile 8192×2 clip) is squeezed rather
        // than filled: the scaled picture never exceeds 8 frames a side (no real clip comes near).
        fw = min(fw, 8 * cw); fh = min(fh, 8 * ch)
        // Scaled in stored orientation, then turned.
        let (scaleW, scaleH) = rotation % 180 == 0 ? (fw, fh) : (fh, fw)
        var chain: [String] = []
        if interlaced { chain.append("yadif=mode=send_frame:deint=interlaced") }
        switch dynamicRange {
        case .sdr where sourceMatrix != nil:
            // swscale converts a matrix only to or from RGB: scale into RGB with the clip's
            // matrix, then into BT.709 Y′CbCr (both at output size).
            chain.append("scale=w=\(scaleW):h=\(scaleH):flags=bicubic:in_color_matrix=\(sourceMatrix ?? "bt601")")
            chain.append("format=gbrp")
            chain.append("scale=out_color_matrix=bt709:out_range=tv")
            chain.append("format=yuv420p")
        case .sdr where encoderFormat:
            // Already BT.709 in the encoder's format: without colour options `scale` passes a
            // picture of the same size through.
            chain.append("scale=w=\(scaleW):h=\(scaleH):flags=bicubic")
        case .sdr:
            // BT.709 in another format (full range, 10-bit, 4:2:2): converted as it is scaled.
            chain.append("scale=w=\(scaleW):h=\(scaleH):flags=bicubic:out_range=tv")
            chain.append("format=yuv420p")
        case .hlg, .pq:
            chain.append("scale=w=\(scaleW):h=\(scaleH):flags=bicubic")
            chain.append("format=yuv420p10le")
        }
        chain.append("setsar=1")
        if let turn = Self.orientationFilter(rotation: rotation, mirrored: mirrored) { chain.append(turn) }
        if dynamicRange != .sdr && toneMapInGraph { chain.append(ClipToneMap.chain(dynamicRange, format: "yuv420p")) }
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
            // Black and neutral chroma: 16 and 128 in 8 bits, 64 and 512 in 10.
            let (black, grey) = deliversTenBit ? (64, 512) : (16, 128)
            let background = "scale=w=\(bw):h=\(bh):force_original_aspect_ratio=increase:flags=bilinear,crop=\(bw):\(bh),"
                + "gblur=sigma=2.5,lutyuv=y=(val-\(black))*0.55+\(black):u=(val-\(grey))*0.55+\(grey):v=(val-\(grey))*0.55+\(grey),"
                + "scale=w=\(cw):h=\(ch):flags=bilinear,setsar=1"
            let (blend, format) = deliversTenBit ? ("yuv420p10", "yuv420p10le") : ("yuv420", "yuv420p")
            return "[in]" + chain.joined(separator: ",") + ",split[fg][b];[b]" + background
                + "[bg];[bg][fg]overlay=x=\(x):y=\(y):format=\(blend),format=\(format)[out]"
        }
    }
}

extension ClipFilterPlan {
    /// The Y′CbCr matrix of pictures tagged `space`, as swscale names it, or nil for BT.709 (and
    /// for what is not a Y′CbCr matrix swscale knows). An untagged picture is taken as players
    /// take it: BT.709 from 1280 wide or 720 high (either way round), BT.601 below.
    static func sourceMatrix(of space: AVColorSpace, width: Int, height: Int) -> String? {
        switch space {
        case AVCOL_SPC_UNSPECIFIED:
            max(width, height) >= 1280 || min(width, height) >= 720 ? nil : "bt601"
        case AVCOL_SPC_SMPTE170M: "smpte170m"
        case AVCOL_SPC_BT470BG: "bt470"
        case AVCOL_SPC_FCC: "fcc"
        case AVCOL_SPC_SMPTE240M: "smpte240m"
        case AVCOL_SPC_BT2020_NCL, AVCOL_SPC_BT2020_CL: "bt2020"
        default: nil
        }
    }

    /// The filter that shows a stored picture mirrored (first) and turned clockwise by
    /// `rotation`, or nil for none: each of the eight orientations is one filter pass.
    static func orientationFilter(rotation: Int, mirrored: Bool) -> String? {
        switch (rotation, mirrored) {
        case (90, false): "transpose=clock"
        case (180, false): "hflip,vflip"
        case (270, false): "transpose=cclock"
        case (0, true): "hflip"
        // A mirror then a clockwise quarter turn is the transpose about the other diagonal.
        case (90, true): "transpose=clock_flip"
        case (180, true): "vflip"
        case (270, true): "transpose=cclock_flip"
        default: nil
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
    convenience init(plan: ClipFilterPlan, frame: UnsafeMutablePointer<AVFrame>, fps: Int, path: String) throws {
        try self.init(chain: String(plan.description.dropFirst("[in]".count).dropLast("[out]".count)), plan: plan,
                      sampleAspect: plan.sampleAspect, frame: frame, fps: fps, path: path)
    }

    /// Builds the graph of `chain` (from its open input `in` to its open output `out`) for
    /// frames like `frame`, stamped in `1/fps` units; `plan` is kept for the reader.
    init(chain: String, plan: ClipFilterPlan, sampleAspect: (num: Int32, den: Int32),
         frame: UnsafeMutablePointer<AVFrame>, fps: Int, path: String) throws {
        self.plan = plan
        self.fps = fps
        let owner = try FilterGraphOwner()
        self.owner = owner
        let g = owner.graph!
        let av = owner.av
        let f = frame.pointee
        let args = "video_size=\(f.width)x\(f.height):pix_fmt=\(f.format):time_base=1/\(fps)"
            + ":pixel_aspect=\(max(sampleAspect.num, 1))/\(max(sampleAspect.den, 1))"
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
