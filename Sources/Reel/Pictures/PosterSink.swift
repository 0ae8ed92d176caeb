import Foundation
import ReelAV
import ReelCompositor
import ReelImageIO
import ReelTimeline

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Passes every frame on to a video writer, keeps frame `posterFrame` as a JPEG, and on
/// `finish()` sets it as the video's cover art and writes it to `poster` — both files appear
/// together or not at all.
///
/// The poster is the very frame the encoder was given (converted to sRGB once), so it matches
/// `reel frame` at that time up to JPEG's loss.
final class PosterSink: FrameSink {
    /// JPEG quality of the poster and the cover art.
    static let quality = 90

    private let writer: VideoFileWriter
    private let poster: URL
    private let posterFrame: Int
    private var next = 0
    private var jpeg: Data?

    /// - Parameters:
    ///   - writer: opened with `coverArt: true`.
    ///   - poster: the JPEG file to write beside the video (checked with `PosterPath.check`).
    ///   - posterFrame: index of the frame to keep.
    init(writer: VideoFileWriter, poster: URL, posterFrame: Int) {
        self.writer = writer
        self.poster = poster
        self.posterFrame = posterFrame
    }

    func append(_ frame: YUVFrame) throws {
        if next == posterFrame {
            let bytes = try JPEGEncoder.encode(BT709.rgba(from: frame), quality: Self.quality)
            jpeg = bytes
            writer.setCoverArt(jpeg: bytes)
        }
        try writer.append(frame)
        next += 1
    }

    func finish() throws {
        guard let jpeg else {
            writer.cancel()
            throw InputError("\(poster.path): the poster frame \(posterFrame) was never rendered (the video has \(next) frames)")
        }
        let temporary = try PosterPath.temporaryFile(beside: poster)
        do {
            try jpeg.write(to: temporary)
        } catch {
            unlink(temporary.path)
            writer.cancel()
            throw PosterPath.notWritable(poster, "cannot write the poster: \(error.localizedDescription)")
        }
        var placed = false
        do {
            try writer.finish(beforeCommit: {
                guard rename(temporary.path, self.poster.path) == 0 else {
                    throw PosterPath.notWritable(self.poster, "cannot move the poster into place: \(String(cString: strerror(errno)))")
                }
                placed = true
            })
        } catch {
            unlink(placed ? poster.path : temporary.path)  // the video did not appear, so neither does the poster
            throw error
        }
    }

    func cancel() { writer.cancel() }
}

/// Checks on a poster path, before anything is rendered.
enum PosterPath {
    /// The poster must be a .jpg/.jpeg in an existing folder, and neither the video nor one of
    /// the files the render reads.
    static func check(_ poster: URL, output: URL, inputs: [URL]) throws {
        let ext = poster.pathExtension.lowercased()
        guard ext == "jpg" || ext == "jpeg" else {
            throw InputError("\(poster.path): the poster is written as JPEG; name it .jpg (got \".\(ext)\")")
        }
        guard !OutputPath.isRawVideo(output) else {
            throw InputError("\(poster.path): a poster goes with an MP4 (it is also its cover art); write an .mp4, not .y4m")
        }
        func same(_ a: URL) -> String { a.standardizedFileURL.resolvingSymlinksInPath().path }
        let path = same(poster)
        if path == same(output) {
            throw InputError("\(poster.path): the poster and the video have the same name; choose another poster name")
        }
        if inputs.contains(where: { same($0) == path }) {
            throw InputError("\(poster.path): the poster is one of the inputs; choose another poster name")
        }
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: poster.path, isDirectory: &isDir), isDir.boolValue {
            throw InputError("\(poster.path): is a folder; name a .jpg file for the poster")
        }
        let dir = poster.deletingLastPathComponent().path
        guard FileManager.default.fileExists(atPath: dir, isDirectory: &isDir), isDir.boolValue else {
            throw InputError("\(dir): the poster's folder does not exist; create it first")
        }
        guard access(dir, W_OK | X_OK) == 0 else { throw notWritable(poster, "no permission to write in the folder \(dir)") }
    }

    /// The poster cannot be written (exit 73, like a video that cannot be).
    static func notWritable(_ poster: URL, _ reason: String) -> AVError {
        AVError(.outputNotWritable, operation: "write poster", reason: reason, path: poster.path)
    }

    /// A new, empty hidden file beside `poster` (same folder, so renaming it is atomic).
    static func temporaryFile(beside poster: URL) throws -> URL {
        let dir = poster.deletingLastPathComponent()
        let name = String(poster.lastPathComponent.prefix(120))
        for _ in 0..<16 {
            let tag = String((0..<6).map { _ in "abcdefghijklmnopqrstuvwxyz0123456789".randomElement() ?? "x" })
            let candidate = dir.appendingPathComponent(".\(name).reel-\(tag).tmp")
            let fd = open(candidate.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            if fd >= 0 { close(fd); return candidate }
            if errno != EEXIST { break }
        }
        throw notWritable(poster, "cannot create a file in \(dir.path): \(String(cString: strerror(errno)))")
    }
}
