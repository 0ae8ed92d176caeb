import Foundation
import ReelTimeline

/// What a clip reader must deliver: the pictures of one clip segment, placed like a photo.
public struct ClipRequest: Sendable, Hashable {
    /// The clip file.
    public var url: URL
    /// Index of the segment in the video track (named in errors).
    public var segment: Int
    /// The size of each picture: the output size, or larger when the segment has Ken Burns motion.
    public var canvas: PixelSize
    /// How the clip fills the canvas (`auto` resolved by the reader from the clip's display shape).
    public var fit: FitMode
    /// The output frame rate.
    public var fps: Int
    /// Where the segment starts on the timeline, ms.
    public var segmentStartMs: Int
    /// Where in the clip the segment starts playing, ms (`in`).
    public var inMs: Int
    /// The output frames to deliver, in order.
    public var frames: Range<Int>

    /// Creates a request.
    public init(url: URL, segment: Int, canvas: PixelSize, fit: FitMode, fps: Int,
                segmentStartMs: Int, inMs: Int, frames: Range<Int>) {
        self.url = url
        self.segment = segment
        self.canvas = canvas
        self.fit = fit
        self.fps = fps
        self.segmentStartMs = segmentStartMs
        self.inMs = inMs
        self.frames = frames
    }

    /// The time in the clip shown by output frame `n`, as an exact fraction of a second:
    /// `in + (n / fps − start)`, i.e. `numerator / (1000 * fps)` seconds.
    public func clipTime(frame n: Int) -> (numerator: Int, denominator: Int) {
        (n * 1000 + (inMs - segmentStartMs) * fps, 1000 * fps)
    }
}

/// Opens clips for compositing; `ReelAV` provides the real reader (libav), tests may use others.
public protocol ClipOpening: Sendable {
    /// Opens the clip of `request`, ready to deliver its first frame.
    ///
    /// - Throws: an error naming the file when it cannot be read.
    func open(_ request: ClipRequest) throws -> any ClipFrameReading
}

/// The pictures of one clip segment, one per output frame, asked for in increasing order.
public protocol ClipFrameReading: AnyObject {
    /// The picture for output frame `n`: the clip frame whose presentation time is the latest
    /// at or before the frame's time (the first frame before the clip's first picture, the last
    /// one after its end), placed on the request's canvas.
    func picture(forFrame n: Int) throws -> PreparedStill
}
