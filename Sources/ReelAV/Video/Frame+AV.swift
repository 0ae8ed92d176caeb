internal import CFFmpeg
import ReelCompositor

/// Hands `YUVFrame`s to the video encoder without copying them.
///
/// Each plane is lent to libav as a read-only `AVBuffer` whose owner keeps a reference to the
/// plane's storage. libx264 copies the picture into its own frame during
/// `avcodec_send_frame`, and libav drops its references before the call returns, so normally
/// the plane is untouched and the caller reuses it in place. Should libav keep a reference
/// longer, that reference keeps the old storage alive and unchanged: writing to the recycled
/// frame then copies (Swift arrays copy on write), so the encoder never sees a changing picture.
final class VideoInputFrame {
    private let frame: AVFrameBox
    let width: Int
    let height: Int

    init(width: Int, height: Int) throws {
        self.width = width
        self.height = height
        frame = try AVFrameBox()
    }

    /// Lends `yuv` (which must have this frame's size), stamped with `pts`, to `body`.
    func lend(_ yuv: YUVFrame, pts: Int64, _ body: (UnsafeMutablePointer<AVFrame>) throws -> Void) throws {
        precondition(yuv.width == width && yuv.height == height)
        let f = frame.pointer
        defer { av_frame_unref(f) }  // our references; the planes live on while libav holds others
        f.pointee.format = AV_PIX_FMT_YUV420P.rawValue
        f.pointee.width = Int32(width)
        f.pointee.height = Int32(height)
        f.pointee.color_range = AVCOL_RANGE_MPEG
        f.pointee.color_primaries = AVCOL_PRI_BT709
        f.pointee.color_trc = AVCOL_TRC_BT709
        f.pointee.colorspace = AVCOL_SPC_BT709
        f.pointee.chroma_location = AVCHROMA_LOC_CENTER
        f.pointee.pts = pts
        f.pointee.buf.0 = try Self.lend(yuv.y)
        f.pointee.buf.1 = try Self.lend(yuv.u)
        f.pointee.buf.2 = try Self.lend(yuv.v)
        f.pointee.data.0 = f.pointee.buf.0!.pointee.data
        f.pointee.data.1 = f.pointee.buf.1!.pointee.data
        f.pointee.data.2 = f.pointee.buf.2!.pointee.data
        f.pointee.linesize.0 = Int32(yuv.y.stride)
        f.pointee.linesize.1 = Int32(yuv.u.stride)
        f.pointee.linesize.2 = Int32(yuv.v.stride)
        try body(f)
    }

    /// Keeps a plane's storage alive for as long as libav references it.
    private final class Storage {
        let bytes: [UInt8]
        init(_ bytes: [UInt8]) { self.bytes = bytes }
    }

    private static func lend(_ plane: Plane) throws -> UnsafeMutablePointer<AVBufferRef> {
        let storage = Storage(plane.data)
        // The address of a native array's elements is fixed while its storage lives, and
        // `storage` keeps it alive (and unshared writers copy before writing).
        let base = storage.bytes.withUnsafeBufferPointer { UnsafeMutablePointer(mutating: $0.baseAddress!) }
        let owner = Unmanaged.passRetained(storage).toOpaque()
        guard let buffer = av_buffer_create(base, storage.bytes.count, { owner, _ in
            Unmanaged<AnyObject>.fromOpaque(owner!).release()
        }, owner, AV_BUFFER_FLAG_READONLY) else {
            Unmanaged<Storage>.fromOpaque(owner).release()
            throw AVError.outOfMemory("av_buffer_create")
        }
        return buffer
    }
}
