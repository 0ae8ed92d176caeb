internal import CFFmpeg
import Foundation
import ReelCompositor

/// What a video clip holds, read from its headers and its first decoded picture.
public struct ClipInfo: Sendable, Hashable {
    /// The picture's dynamic range.
    public enum DynamicRange: String, Sendable, Hashable {
        /// Standard dynamic range (BT.709, BT.601, sRGB-like transfer).
        case sdr
        /// Hybrid log-gamma (ARIB STD-B67), as phones record HDR.
        case hlg
        /// Perceptual quantiser (SMPTE ST 2084, HDR10).
        case pq
    }

    /// How long the clip plays, ms.
    public var durationMs: Int
    /// The picture's size as shown: rotation and sample aspect ratio applied.
    public var displaySize: PixelSize
    /// Clockwise rotation to apply to the stored picture (0, 90, 180 or 270), from the display matrix.
    public var rotation: Int
    /// Whether the clip has a sound stream.
    public var hasAudio: Bool
    /// libav's decoder for the picture, e.g. `"h264"`, `"hevc"`, `"vp9"`.
    public var codec: String
    /// SDR, HLG or PQ.
    public var dynamicRange: DynamicRange
    /// Whether the picture is interlaced (it is deinterlaced when shown).
    public var interlaced: Bool

    /// Opens `url`, reads its streams and decodes its first picture, so a clip that is missing,
    /// not video, in a codec this libav cannot decode, or empty fails here, before any output.
    ///
    /// - Throws: `ClipFileError` naming the file and what to do.
    public init(probing url: URL) throws {
        let demuxer = try ClipDemuxer(url: url, threads: 1)
        let frame = try AVFrameBox()
        guard let first = try demuxer.next(into: frame.pointer) else {
            throw ClipFileError.empty(url.path, "no picture could be decoded from it")
        }
        _ = first
        let stream = demuxer.stream
        let f = frame.pointer.pointee
        rotation = Self.rotation(of: stream)
        let sar = av_guess_sample_aspect_ratio(nil, stream, frame.pointer)
        let shown = Self.displaySize(width: Int(f.width), height: Int(f.height), sar: sar, rotation: rotation)
        displaySize = shown
        codec = demuxer.codecName
        dynamicRange = Self.dynamicRange(f.color_trc)
        let order = stream.pointee.codecpar.pointee.field_order
        interlaced = f.interlaced_frame != 0 || (order != AV_FIELD_PROGRESSIVE && order != AV_FIELD_UNKNOWN)
        hasAudio = Self.hasAudio(url)
        guard let declared = demuxer.declaredDurationMs ?? Self.measuredDurationMs(demuxer, frame: frame), declared > 0 else {
            throw ClipFileError.empty(url.path, "it lasts 0 s")
        }
        durationMs = declared
    }

    /// Clockwise degrees (0, 90, 180, 270) that turn the stored picture upright, from the
    /// stream's display matrix (phones store portrait clips sideways with such a matrix).
    static func rotation(of stream: UnsafeMutablePointer<AVStream>) -> Int {
        guard let data = av_stream_get_side_data(stream, AV_PKT_DATA_DISPLAYMATRIX, nil) else { return 0 }
        let matrix = UnsafeRawPointer(data).assumingMemoryBound(to: Int32.self)
        let counterclockwise = av_display_rotation_get(matrix)
        guard counterclockwise.isFinite else { return 0 }
        let clockwise = Int((-counterclockwise).rounded())
        let normalised = ((clockwise % 360) + 360) % 360
        return [0, 90, 180, 270].min { abs($0 - normalised) < abs($1 - normalised) } ?? 0
    }

    /// The upright shown size for a stored `width`×`height` picture.
    static func displaySize(width: Int, height: Int, sar: AVRational, rotation: Int) -> PixelSize {
        var w = Double(width)
        if sar.num > 0 && sar.den > 0 { w = w * Double(sar.num) / Double(sar.den) }
        let shown = PixelSize(width: max(1, Int(w.rounded())), height: max(1, height))
        return rotation % 180 == 0 ? shown : PixelSize(width: shown.height, height: shown.width)
    }

    static func dynamicRange(_ trc: AVColorTransferCharacteristic) -> DynamicRange {
        switch trc {
        case AVCOL_TRC_ARIB_STD_B67: .hlg
        case AVCOL_TRC_SMPTE2084: .pq
        default: .sdr
        }
    }

    /// Whether `url` has a sound stream libav can decode.
    static func hasAudio(_ url: URL) -> Bool {
        (try? AudioFileReader(url: url)) != nil
    }

    /// The clip's length from its packets' timestamps, for containers that do not declare it.
    private static func measuredDurationMs(_ demuxer: ClipDemuxer, frame: AVFrameBox) -> Int? {
        var last: Int64 = 0
        var count = 0
        while count < 1_000_000, let pts = try? demuxer.next(into: frame.pointer) {
            last = max(last, pts)
            count += 1
        }
        guard count > 0 else { return nil }
        let tb = demuxer.timeBase
        let frameMs = max(1, Int(av_rescale_q(max(1, frame.pointer.pointee.pkt_duration), tb, AVRational(num: 1, den: 1000))))
        return Int(av_rescale_q(last, tb, AVRational(num: 1, den: 1000))) + frameMs
    }
}
