import Foundation
import ReelCompositor

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes frames uncompressed as YUV4MPEG2 (`.y4m`): the exact composited frames, for any other
/// encoder to take (x265, SVT-AV1, rav1e, ffmpeg all read it) and for measuring an encoder alone.
///
/// The header says 4:2:0 with centre-sited chroma (`C420jpeg`, which is how Reel makes chroma),
/// square pixels, progressive, constant frame rate, and limited range (`XCOLORRANGE=LIMITED`).
/// Video only: the format has no sound. Like `VideoFileWriter`, the file appears at `url` only
/// when `finish()` succeeds; until then it is a hidden temporary file beside it.
public final class Y4MFileWriter: FrameSink {
    /// Where the finished file will be.
    public let url: URL
    /// Frame width, pixels.
    public let width: Int
    /// Frame height, pixels.
    public let height: Int
    /// Frames per second, written in the stream header.
    public let fps: Int
    /// How many frames have been appended so far.
    public private(set) var frameCount = 0

    private let output: AtomicOutput
    private var file: UnsafeMutablePointer<FILE>?
    private var closedReason = ""

    /// Opens a temporary file beside `url` and writes the stream header.
    public init(url: URL, width: Int, height: Int, fps: Int) throws {
        guard width > 0, height > 0, width % 2 == 0, height % 2 == 0, fps > 0 else {
            throw AVError(.invalidOptions, operation: "open y4m output",
                          reason: "\(width)x\(height) at \(fps) fps: 4:2:0 needs an even size and a positive frame rate",
                          path: url.path)
        }
        self.url = url
        self.width = width
        self.height = height
        self.fps = fps
        output = try AtomicOutput(target: url)
        guard let f = fopen(output.temporaryPath, "wb") else {
            let reason = String(cString: strerror(errno))
            output.discard()
            throw AVError(.outputNotWritable, operation: "create output file", reason: reason, path: output.targetPath)
        }
        file = f
        setvbuf(f, nil, _IOFBF, 1 << 20)
        try write("YUV4MPEG2 W\(width) H\(height) F\(fps):1 Ip A1:1 C420jpeg XYSCSS=420JPEG XCOLORRANGE=LIMITED\n")
    }

    deinit { abandon("") }

    /// Writes the next frame; it must have the writer's size (otherwise the output is abandoned).
    public func append(_ frame: YUVFrame) throws {
        guard file != nil else {
            throw AVError(.closed, operation: "append frame", reason: closedReason, path: output.targetPath)
        }
        guard frame.width == width, frame.height == height else {
            abandon("an earlier error stopped the output")
            throw AVError(.invalidFrame, operation: "append frame",
                          reason: "frame \(frameCount) is \(frame.width)x\(frame.height), the output is \(width)x\(height)",
                          path: output.targetPath)
        }
        try write("FRAME\n")
        for plane in [frame.y, frame.u, frame.v] {
            try plane.data.withUnsafeBufferPointer { p in
                for row in 0..<plane.height {
                    try write(UnsafeRawBufferPointer(start: p.baseAddress! + row * plane.stride, count: plane.width))
                }
            }
        }
        frameCount += 1
    }

    /// Flushes, closes and moves the file into place at `url`.
    public func finish() throws {
        guard let f = file else {
            throw AVError(.closed, operation: "finish output", reason: closedReason, path: output.targetPath)
        }
        file = nil
        let flushed = fflush(f) == 0 && ferror(f) == 0
        let reason = String(cString: strerror(errno))
        let closed = fclose(f) == 0
        guard flushed && closed else {
            abandon("an earlier error stopped the output")
            throw AVError(.outputNotWritable, operation: "write y4m", reason: reason, path: output.targetPath)
        }
        try output.commit()
        closedReason = "the output was already finished"
    }

    /// Deletes the temporary file; `url` is left as it was.
    public func cancel() { abandon("the output was cancelled") }

    private func abandon(_ reason: String) {
        if let f = file { fclose(f); file = nil }
        output.discard()
        if closedReason.isEmpty { closedReason = reason }
    }

    private func write(_ text: String) throws {
        var text = text
        try text.withUTF8 { try write(UnsafeRawBufferPointer($0)) }
    }

    private func write(_ bytes: UnsafeRawBufferPointer) throws {
        guard let f = file else { return }
        if bytes.count > 0, fwrite(bytes.baseAddress!, 1, bytes.count, f) != bytes.count {
            let reason = String(cString: strerror(errno))
            abandon("an earlier error stopped the output: \(reason)")
            throw AVError(.outputNotWritable, operation: "write y4m", reason: reason, path: output.targetPath)
        }
    }
}
