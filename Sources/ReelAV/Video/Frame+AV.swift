internal import CFFmpeg
import ReelCompositor

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one owner of an `AVFrame` (and, through it, a reference to its pixel buffers).
final class AVFrameBox {
    let pointer: UnsafeMutablePointer<AVFrame>

    init() throws {
        guard let frame = av_frame_alloc() else { throw AVError.outOfMemory("av_frame_alloc") }
        pointer = frame
    }

    deinit {
        var frame: UnsafeMutablePointer<AVFrame>? = pointer
        av_frame_free(&frame)
    }
}

/// A reusable yuv420p input frame for the video encoder.
///
/// Each `YUVFrame` is copied row by row into libav's aligned buffers (one copy per frame; the
/// encoder then only takes a reference). The buffers are reused while the encoder does not hold
/// on to them.
final class VideoInputFrame {
    private let frame: AVFrameBox
    let width: Int
    let height: Int

    init(width: Int, height: Int) throws {
        self.width = width
        self.height = height
        frame = try AVFrameBox()
        let f = frame.pointer
        f.pointee.format = AV_PIX_FMT_YUV420P.rawValue
        f.pointee.width = Int32(width)
        f.pointee.height = Int32(height)
        f.pointee.color_range = AVCOL_RANGE_MPEG
        f.pointee.color_primaries = AVCOL_PRI_BT709
        f.pointee.color_trc = AVCOL_TRC_BT709
        f.pointee.colorspace = AVCOL_SPC_BT709
        f.pointee.chroma_location = AVCHROMA_LOC_CENTER
        try check(av_frame_get_buffer(f, 0), "av_frame_get_buffer")
    }

    /// Fills the frame from `yuv` (which must have this frame's size), stamped with `pts`.
    func load(_ yuv: YUVFrame, pts: Int64) throws -> UnsafeMutablePointer<AVFrame> {
        precondition(yuv.width == width && yuv.height == height)
        let f = frame.pointer
        // Reallocates only if the encoder still references the previous buffers.
        try check(av_frame_make_writable(f), "av_frame_make_writable")
        copy(yuv.y, to: f.pointee.data.0, linesize: f.pointee.linesize.0)
        copy(yuv.u, to: f.pointee.data.1, linesize: f.pointee.linesize.1)
        copy(yuv.v, to: f.pointee.data.2, linesize: f.pointee.linesize.2)
        f.pointee.pts = pts
        return f
    }

    private func copy(_ plane: Plane, to destination: UnsafeMutablePointer<UInt8>?, linesize: Int32) {
        guard let destination else { preconditionFailure("AVFrame plane was not allocated") }
        let linesize = Int(linesize)
        plane.data.withUnsafeBufferPointer { source in
            guard let source = source.baseAddress else { return }
            if linesize == plane.stride {
                memcpy(destination, source, plane.stride * (plane.height - 1) + plane.width)
            } else {
                for row in 0..<plane.height {
                    memcpy(destination + row * linesize, source + row * plane.stride, plane.width)
                }
            }
        }
    }
}
