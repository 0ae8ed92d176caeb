internal import CFFmpeg
import Foundation
import ReelCompositor

/// Reads clips with libav for the compositor: demux, decode, pick the frame on screen at each
/// output time, then scale, turn, tone-map and place it with libavfilter.
public struct LibAVClipOpener: ClipOpening {
    private var referenceToneMap = false

    /// Creates the opener.
    public init() {}

    /// An opener that tone-maps HDR clips with the reference chain, per pixel inside the filter
    /// graph, instead of the table made from it (to compare the two).
    @_spi(Testing) public init(referenceToneMap: Bool) {
        self.referenceToneMap = referenceToneMap
    }

    /// Opens the clip of `request` and seeks to its start (`in`).
    public func open(_ request: ClipRequest) throws -> any ClipFrameReading {
        try ClipReader(request, referenceToneMap: referenceToneMap)
    }

    /// How many decoded pictures `reader` (one this opener made) keeps from its decoder, or nil
    /// for another kind of reader.
    @_spi(Testing) public static func decodedFramesHeld(by reader: any ClipFrameReading) -> Int? {
        (reader as? ClipReader)?.decodedFramesHeld
    }
}

/// The pictures of one clip segment, decoded in order.
///
/// Output frame `n` shows the decoded frame whose presentation time is the latest at or before
/// the frame's time in the clip (any input rate, variable included, becomes the output's
/// constant rate); before the clip's first picture that first picture, after its end the last.
/// Each chosen frame is stamped with its output index and sent through the filter graph, so a
/// filter that holds a frame back (the deinterlacer) still yields every picture.
final class ClipReader: ClipFrameReading {
    private let request: ClipRequest
    private let demuxer: ClipDemuxer
    private let path: String
    private var filter: ClipFilterGraph?
    /// The tone map of an HDR clip, applied to the graph's 10-bit pictures.
    private var toneMap: YUVLookupTable?
    private let referenceToneMap: Bool
    /// The frame on screen at the last chosen time, and the next decoded one (if read already).
    /// `current.frame` is let go (nil) once `shown` holds its filtered picture: a decoded picture
    /// held here keeps one more picture of the decoder's pool alive (25 MB at 4K 10-bit).
    private var current: (frame: AVFrameBox?, pts: Int64)?
    private var lookahead: (frame: AVFrameBox?, pts: Int64)?
    /// The picture of `lookahead`, made as soon as it was decoded (then `lookahead.frame` is
    /// nil): for pictures larger than the canvas, so a 4K clip holds the canvas-sized picture it
    /// will show next rather than a decoded 4K one (see `filtersAhead`).
    private var lookaheadPicture: PreparedStill?
    /// Whether pictures are made as soon as they are decoded: when the decoded picture is larger
    /// than the canvas and the clip's rate is at most the output's (so every picture made is
    /// shown; a faster clip would have pictures made and skipped).
    private let filtersAhead: Bool
    /// The filtered picture of `current`, shown again while the same decoded frame stays on
    /// screen (a clip slower than the output). Kept only when the graph gives each picture out
    /// as it is pushed and holds none back (no deinterlacer), so a repeat needs no new push.
    private var shown: PreparedStill?
    private var spare: AVFrameBox?
    private var endOfClip = false
    private let filtered: AVFrameBox
    private var nextToPush: Int
    private var flushed = false
    private var ready: [(frame: Int, picture: PreparedStill)] = []

    init(_ request: ClipRequest, referenceToneMap: Bool = false) throws {
        self.request = request
        self.referenceToneMap = referenceToneMap
        path = request.url.path
        demuxer = try ClipDemuxer(url: request.url)
        filtered = try AVFrameBox()
        nextToPush = request.frames.lowerBound
        let parameters = demuxer.stream.pointee.codecpar.pointee
        let rate = demuxer.stream.pointee.avg_frame_rate
        filtersAhead = Int(parameters.width) * Int(parameters.height) > request.canvas.width * request.canvas.height
            && rate.num > 0 && rate.den > 0 && Double(rate.num) / Double(rate.den) <= Double(request.fps) + 0.01
        let (num, den) = request.clipTime(frame: request.frames.lowerBound)
        try demuxer.seek(toMs: max(0, num / max(1, den / 1000)))
    }

    func picture(forFrame n: Int) throws -> PreparedStill {
        ready.removeAll { $0.frame < n }
        while ready.first?.frame != n {
            var pushed: Int?
            if nextToPush < max(request.frames.upperBound, n + 1) {
                guard let frame = try select(nextToPush) else {
                    // The same decoded frame again: its picture is already made.
                    if let shown, nextToPush >= n { ready.append((nextToPush, shown)) }
                    nextToPush += 1
                    continue
                }
                try prepareFilter(for: frame)
                frame.pointee.pts = Int64(nextToPush)
                try filter!.push(frame, path: path)
                pushed = nextToPush
                nextToPush += 1
            } else if !flushed, let filter {
                try filter.push(nil, path: path)
                flushed = true
            } else {
                throw ClipFileError.damaged(path, "no picture came out for frame \(n)")
            }
            while let filter, let index = try filter.pull(into: filtered.pointer, path: path) {
                defer { av_frame_unref(filtered.pointer) }
                guard index >= n || index == pushed else { continue }
                let picture = PreparedStill(canvas: try yuv(filtered.pointer), fit: filter.plan.resolvedFit)
                if index >= n { ready.append((index, picture)) }
                if index == pushed, !filter.plan.interlaced { release(picture) }
            }
        }
        return ready[0].picture
    }

    /// The frame just pushed came straight out as `picture`: keep the picture for repeats and
    /// give the decoded frame back to the decoder's pool.
    private func release(_ picture: PreparedStill) {
        guard let box = current?.frame else { return }
        shown = picture
        av_frame_unref(box.pointer)
        spare = box
        current?.frame = nil
    }

    /// Makes the picture of the frame just read ahead at once, when `filtersAhead`, and gives the
    /// decoded frame back to the decoder's pool. Only through a graph that holds no picture back.
    private func filterAhead(stamp: Int) throws {
        guard filtersAhead, let box = lookahead?.frame else { return }
        try prepareFilter(for: box.pointer)
        guard let filter, !filter.plan.interlaced else { return }
        box.pointer.pointee.pts = Int64(stamp)
        try filter.push(box.pointer, path: path)
        guard try filter.pull(into: filtered.pointer, path: path) != nil else {
            throw AVError(.library, operation: "filter clip picture", reason: "the filter graph held a picture back", path: path)
        }
        defer { av_frame_unref(filtered.pointer) }
        lookaheadPicture = PreparedStill(canvas: try yuv(filtered.pointer), fit: filter.plan.resolvedFit)
        av_frame_unref(box.pointer)
        if spare == nil { spare = box }
        lookahead?.frame = nil
    }

    /// Decoded frames this reader holds (the one on screen and the one read ahead), for checks
    /// that a clip keeps no more of its decoder's pictures than it must.
    var decodedFramesHeld: Int { (current?.frame == nil ? 0 : 1) + (lookahead?.frame == nil ? 0 : 1) }

    /// The decoded frame on screen at output frame `k`, or nil when it is the frame already
    /// shown and only its picture (`shown`) was kept.
    private func select(_ k: Int) throws -> UnsafeMutablePointer<AVFrame>? {
        let target = request.clipTime(frame: k)
        while true {
            if lookahead == nil {
                if endOfClip { break }
                let box = try spare ?? AVFrameBox()
                spare = nil
                guard let pts = try demuxer.next(into: box.pointer) else {
                    endOfClip = true
                    spare = box
                    break
                }
                lookahead = (box, pts)
                try filterAhead(stamp: k)
            }
            guard let next = lookahead, isAtOrBefore(next.pts, target) else { break }
            if let old = current?.frame {
                av_frame_unref(old.pointer)
                spare = old
            }
            current = (next.frame, next.pts)
            shown = lookaheadPicture
            lookaheadPicture = nil
            lookahead = nil
        }
        if current == nil, let first = lookahead {
            // The clip's first picture comes after this time: show it.
            current = (first.frame, first.pts)
            shown = lookaheadPicture
            lookaheadPicture = nil
            lookahead = nil
        }
        guard let current else { throw ClipFileError.empty(path, "no picture could be decoded from it") }
        if endOfClip { try checkEnd(last: current.pts, target: target) }
        guard let frame = current.frame else {
            if shown == nil { throw ClipFileError.damaged(path, "the picture on screen was lost") }
            return nil
        }
        return frame.pointer
    }

    /// Whether a frame at `pts` (stream time base) is shown at `target` seconds (a fraction).
    ///
    /// A frame up to 1 ms after the target counts as on time: containers that store times in
    /// whole milliseconds (WebM, Matroska) round a 24 fps frame at 166.67 ms to 167 ms.
    private func isAtOrBefore(_ pts: Int64, _ target: (numerator: Int, denominator: Int)) -> Bool {
        let tb = demuxer.timeBase
        let d = Int64(target.denominator)
        // pts·num/den ≤ N/D + 1/1000  ⇔  1000·pts·num·D ≤ 1000·N·den + den·D
        let lhs = Int64(pts).multipliedReportingOverflow(by: Int64(tb.num) * d * 1000)
        let n = Int64(target.numerator).multipliedReportingOverflow(by: Int64(tb.den) * 1000)
        let slack = Int64(tb.den).multipliedReportingOverflow(by: d)
        if lhs.overflow || n.overflow || slack.overflow {
            return Double(pts) * Double(tb.num) / Double(tb.den) <= Double(target.numerator) / Double(target.denominator) + 0.001
        }
        return lhs.partialValue <= n.partialValue &+ slack.partialValue
    }

    /// At the end of the decoded pictures: a clip whose pictures stop well before its header
    /// says is cut short, and the render fails rather than freezing on its last picture.
    private func checkEnd(last pts: Int64, target: (numerator: Int, denominator: Int)) throws {
        guard let declared = demuxer.declaredDurationMs else { return }
        let tb = demuxer.timeBase
        let lastSeconds = Double(pts) * Double(tb.num) / Double(tb.den)
        let targetSeconds = Double(target.numerator) / Double(target.denominator)
        let declaredSeconds = Double(declared) / 1000
        if targetSeconds > lastSeconds + 0.5 && declaredSeconds > lastSeconds + 0.5 {
            throw ClipFileError.damaged(path, String(format: "it stops at %.1f s although its header says %.1f s", lastSeconds, declaredSeconds))
        }
    }

    /// Builds (or rebuilds, when the stream's pictures change shape) the filter graph.
    private func prepareFilter(for frame: UnsafeMutablePointer<AVFrame>) throws {
        let f = frame.pointee
        let stream = demuxer.stream
        let sar = ClipInfo.saneSampleAspect(av_guess_sample_aspect_ratio(nil, stream, frame))
        let order = stream.pointee.codecpar.pointee.field_order
        let (rotation, mirrored) = ClipInfo.orientation(of: stream)
        let plan = ClipFilterPlan(
            storedWidth: Int(f.width), storedHeight: Int(f.height),
            sampleAspect: (sar.num > 0 && sar.den > 0) ? (sar.num, sar.den) : (1, 1),
            rotation: rotation, mirrored: mirrored,
            interlaced: f.interlaced_frame != 0 || (order != AV_FIELD_PROGRESSIVE && order != AV_FIELD_UNKNOWN),
            dynamicRange: ClipInfo.dynamicRange(f.color_trc),
            sourceMatrix: ClipFilterPlan.sourceMatrix(of: f.colorspace, width: Int(f.width), height: Int(f.height)),
            encoderFormat: f.format == AV_PIX_FMT_YUV420P.rawValue && f.color_range != AVCOL_RANGE_JPEG,
            canvas: request.canvas, fit: request.fit, toneMapInGraph: referenceToneMap)
        if let filter, filter.plan == plan { return }
        guard f.width > 0, f.height > 0, Int(f.width) * Int(f.height) <= 80_000_000 else {
            throw ClipFileError.damaged(path, "a picture of \(f.width)x\(f.height) pixels")
        }
        filter = nil
        toneMap = plan.deliversTenBit ? try ClipToneMap.table(like: frame, plan: plan, path: path) : nil
        filter = try ClipFilterGraph(plan: plan, frame: frame, fps: request.fps, path: path)
        flushed = false
    }

    /// The filtered picture of canvas size as a frame of our own: a yuv420p picture copied,
    /// a 10-bit one tone-mapped through the table.
    private func yuv(_ frame: UnsafeMutablePointer<AVFrame>) throws -> YUVFrame {
        let f = frame.pointee
        let w = request.canvas.width, h = request.canvas.height
        let expected = toneMap == nil ? AV_PIX_FMT_YUV420P : AV_PIX_FMT_YUV420P10LE
        guard Int(f.width) == w, Int(f.height) == h, f.format == expected.rawValue,
              let y = f.data.0, let u = f.data.1, let v = f.data.2 else {
            throw AVError(.library, operation: "filter clip picture",
                          reason: "got \(f.width)x\(f.height) format \(f.format), expected \(w)x\(h) format \(expected.rawValue)", path: path)
        }
        if let toneMap {
            func samples(_ p: UnsafeMutablePointer<UInt8>) -> UnsafePointer<UInt16> {
                UnsafePointer(UnsafeRawPointer(p).assumingMemoryBound(to: UInt16.self))
            }
            return toneMap.apply(width: w, height: h, y: samples(y), yStride: Int(f.linesize.0) / 2,
                                 u: samples(u), uStride: Int(f.linesize.1) / 2, v: samples(v), vStride: Int(f.linesize.2) / 2)
        }
        func plane(_ src: UnsafeMutablePointer<UInt8>, _ linesize: Int32, width: Int, height: Int) -> Plane {
            let data = [UInt8](unsafeUninitializedCapacity: width * height) { d, count in
                for row in 0..<height {
                    (d.baseAddress! + row * width).update(from: src + row * Int(linesize), count: width)
                }
                count = width * height
            }
            return Plane(width: width, height: height, stride: width, data: data)
        }
        return YUVFrame(y: plane(y, f.linesize.0, width: w, height: h),
                        u: plane(u, f.linesize.1, width: w / 2, height: h / 2),
                        v: plane(v, f.linesize.2, width: w / 2, height: h / 2))
    }
}
