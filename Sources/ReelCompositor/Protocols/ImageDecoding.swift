import Foundation

/// Decodes a still image file into upright RGBA pixels.
///
/// `ReelImageIO` provides the real decoder; the compositor only depends on this protocol.
public protocol ImageDecoding: Sendable {
    /// Decodes the image at `url`, applying its EXIF orientation.
    ///
    /// - Parameter minimumSize: when given, the decoder may return a smaller image than the
    ///   file holds (e.g. reduced-scale JPEG DCT decode), as long as the result, once upright,
    ///   still covers at least this size in both dimensions or is the full image.
    /// - Throws: a descriptive error naming the file when it cannot be decoded.
    func decode(_ url: URL, minimumSize: PixelSize?) throws -> RGBAImage
}

/// Receives composited frames in order, e.g. a video encoder.
public protocol FrameSink: AnyObject {
    /// Appends the next frame; frames arrive in presentation order, one per output frame.
    func append(_ frame: YUVFrame) throws
    /// Completes the output; after this returns the output is complete and in place.
    func finish() throws
    /// Abandons the output; nothing partial is left behind.
    func cancel()
}
