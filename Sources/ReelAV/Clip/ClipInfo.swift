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
    /// Clockwise rotation to apply to the stored picture (0, 90, 180 or 270), from the display
    /// matrix; applied after the mirror when `mirrored`.
    public var rotation: Int
    /// Whether the display matrix mirrors the stored picture (left and right swapped, before
    /// `rotation` turns it): front cameras and edited clips store such a matrix.
    public var mirrored: Bool
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
    /// The decoder's memory (a 4K picture is tens of MB, freed on this thread's heap, where the
    /// render's other threads cannot reuse it) is handed back to the system afterwards.
    ///
    /// - Throws: `ClipFileError` naming the file and what to do.
    public init(probing url: URL) throws {
        defer { HeapTrim.releaseFreedMemory() }
        try self.init(reading: url)
    }

    private init(reading url: URL) throws {
        let demuxer = try ClipDemuxer(url: url, threads: 1)
        let frame = try AVFrameBox()
        guard let first = try demuxer.next(into: frame.pointer) else {
            throw ClipFileError.empty(url.path, "no picture could be decoded from it")
        }
        _ = first
        let stream = demuxer.stream
        let f = frame.pointer.pointee
        (rotation, mirrored) = Self.orientation(of: stream)
        let sar = Self.saneSampleAspect(av_guess_sample_aspect_ratio(nil, stream, frame.pointer))
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

    /// How the stored picture is shown, from the stream's display matrix (phones store portrait
    /// clips sideways with such a matrix, front cameras mirrored): mirrored left to right or not,
    /// then turned clockwise by 0, 90, 180 or 270 degrees. The eight pairs are every orientation
    /// an axis-aligned matrix expresses; a matrix at another angle is rounded to the nearest.
    static func orientation(of stream: UnsafeMutablePointer<AVStream>) -> (rotation: Int, mirrored: Bool) {
        guard let data = av_stream_get_side_data(stream, AV_PKT_DATA_DISPLAYMATRIX, nil) else { return (0, false) }
        let m = UnsafeRawPointer(data).assumingMemoryBound(to: Int32.self)
        return orientation(matrix: (m[0], m[1], m[3], m[4]))
    }

    /// The orientation of a display matrix's linear part `(a, b, c, d)` (16.16 fixed point, in
    /// libav's order: a point (x, y) of the stored picture is shown at (a·x + c·y, b·x + d·y),
    /// y pointing down).
    static func orientation(matrix: (a: Int32, b: Int32, c: Int32, d: Int32)) -> (rotation: Int, mirrored: Bool) {
        let a = Double(matrix.a), b = Double(matrix.b), c = Double(matrix.c), d = Double(matrix.d)
        // A negative determinant mirrors: the matrix is then a turn after a horizontal flip,
        // and the turn is the matrix with its first column negated.
        let mirrored = a * d - b * c < 0
        let (x, y) = mirrored ? (-a, -b) : (a, b)
        guard x != 0 || y != 0 else { return (0, false) }
        let degrees = atan2(y, x) * 180 / .pi
        guard degrees.isFinite else { return (0, false) }
        let normalised = ((Int(degrees.rounded()) % 360) + 360) % 360
        let rotation = [0, 90, 180, 270, 360].min { abs($0 - normalised) < abs($1 - normalised) } ?? 0
        return (rotation % 360, mirrored)
    }

    /// `sar` when it is a pixel shape a camera or a DVD could have (from 1:8 to 8:1), else 1:1:
    /// a hostile clip's 32767:1 would otherwise ask for a picture millions of pixels wide.
    static func saneSampleAspect(_ sar: AVRational) -> AVRational {
        guard sar.num > 0, sar.den > 0 else { return AVRational(num: 1, den: 1) }
        let ratio = Double(sar.num) / Double(sar.den)
        return (0.125...8).contains(ratio) ? sar : AVRational(num: 1, den: 1)
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

/// Returns freed heap memory to the system (glibc keeps it otherwise, per thread arena).
enum HeapTrim {
    static func releaseFreedMemory() {
        reel_release_freed_memory()
    }
}
