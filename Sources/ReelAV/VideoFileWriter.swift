internal import CFFmpeg
import Foundation
import ReelCompositor

/// Encodes frames to an H.264 MP4 file: libx264 High profile, yuv420p, BT.709 limited-range
/// colour tags, constant frame rate, `moov` before `mdat` (fast start) — and, when given an
/// `AudioMix`, its sound as an AAC-LC stream (48 kHz stereo, 192 kb/s) that lasts exactly as
/// long as the frames appended. Without a mix the file has no audio stream.
///
/// The file appears at `url` only when `finish()` succeeds, complete, replacing any file that
/// was there. Until then frames go to a hidden temporary file in the same folder, which
/// `cancel()`, a failure, or dropping the writer without finishing deletes — the target is never
/// touched on failure.
///
/// ```swift
/// let writer = try VideoFileWriter(url: out, options: .init(width: 1920, height: 1080, fps: 30))
/// for n in 0..<frameCount { try writer.append(frame(at: n)) }
/// try writer.finish()
/// ```
///
/// Not thread-safe: call it from one thread (or task) at a time. x264 runs its own threads.
public final class VideoFileWriter: FrameSink {
    /// Where the finished video will be.
    public let url: URL
    /// The encoding settings in use.
    public let options: VideoEncodingOptions
    /// The sound being written alongside the frames, if any.
    public let audio: AudioMix?
    /// How many frames have been appended so far.
    public private(set) var frameCount = 0

    /// The libav objects of an open file; `nil` once finished, cancelled or failed.
    private struct Pipeline {
        let encoder: VideoEncoder
        let muxer: MP4Muxer
        let stream: MP4Muxer.Stream
        let input: VideoInputFrame
        let audio: AudioTrack?
        let cover: MP4Muxer.Stream?
    }

    private var pipeline: Pipeline?
    private let output: AtomicOutput
    private var closedReason = ""
    private var coverJPEG: [UInt8]?

    /// Opens the encoders and a temporary output file beside `url`.
    ///
    /// - Parameter audio: the sound to write alongside the frames; `nil` writes video only.
    /// - Parameter coverArt: reserve a cover picture (an attached-picture stream, the MP4's
    ///   `covr`); its JPEG must be given with `setCoverArt(jpeg:)` before `finish()`.
    ///   Its files are opened before any output exists, so a missing or unreadable song fails
    ///   first. (To also catch damaged files up front, check each with `AudioFileInfo(probing:)`.)
    /// - Throws: `AudioFileError` naming a music file that cannot be used; `AVError` —
    ///   `.invalidOptions` for unusable options, `.outputNotWritable` (naming the path) when the
    ///   folder is missing or not writable, `.encoderUnavailable` when libavcodec lacks libx264
    ///   or aac, `.library` for other libav failures.
    public init(url: URL, options: VideoEncodingOptions, audio: AudioMix? = nil, coverArt: Bool = false) throws {
        try options.validate()
        try audio?.validate()
        try audio?.checkFiles()
        self.url = url
        self.options = options
        self.audio = audio
        output = try AtomicOutput(target: url)
        do {
            let muxer = try MP4Muxer(path: output.temporaryPath)
            let encoder = try VideoEncoder(options: options, globalHeader: muxer.needsGlobalHeader)
            let stream = try muxer.addStream(from: encoder.context,
                                             frameRate: AVRational(num: Int32(options.fps), den: 1))
            let input = try VideoInputFrame(width: options.width, height: options.height)
            let track = try audio.map { try AudioTrack($0, fps: options.fps, muxer: muxer) }
            let cover = coverArt ? try muxer.addCoverArtStream(width: options.width, height: options.height) : nil
            try muxer.start()
            pipeline = Pipeline(encoder: encoder, muxer: muxer, stream: stream, input: input, audio: track, cover: cover)
        } catch {
            output.discard()
            throw (error as? AVError)?.at(output.targetPath) ?? error
        }
    }

    deinit {
        pipeline = nil  // close the temporary file before it is deleted
        output.discard()
    }

    /// Encodes the next frame; it must have the size given in `options`.
    public func append(_ frame: YUVFrame) throws {
        let pipeline = try openPipeline("append frame")
        guard frame.width == options.width, frame.height == options.height else {
            throw AVError(.invalidFrame, operation: "append frame",
                          reason: "frame \(frameCount) is \(frame.width)x\(frame.height), the video is \(options.width)x\(options.height)",
                          path: output.targetPath)
        }
        try failing {
            try pipeline.input.lend(frame, pts: Int64(frameCount)) { avFrame in
                try pipeline.encoder.encode(avFrame) { try pipeline.muxer.write($0, to: pipeline.stream) }
            }
            try pipeline.audio?.advance(toFrame: frameCount + 1, muxer: pipeline.muxer)
        }
        frameCount += 1
    }

    /// The cover picture (JPEG bytes of a `width`×`height` image) for a writer opened with
    /// `coverArt: true`; the last one given before `finish()` is used.
    public func setCoverArt(jpeg: Data) {
        coverJPEG = [UInt8](jpeg)
    }

    /// Ends the sound with the last frame, drains the encoders, writes the MP4 index and moves
    /// the file into place at `url`.
    ///
    /// After this returns, the video at `url` is complete. Throws if nothing can be finished
    /// (already finished or cancelled, or an earlier error); a failure here leaves `url` untouched.
    public func finish() throws { try finish(beforeCommit: nil) }

    /// `finish()`, running `beforeCommit` once the file is complete and just before it is moved
    /// into place (to put a companion file in place with it); an error from it abandons the video.
    public func finish(beforeCommit: (() throws -> Void)?) throws {
        let pipeline = try openPipeline("finish video")
        try failing {
            try pipeline.audio?.finish(atFrame: frameCount, muxer: pipeline.muxer)
            try pipeline.encoder.flush { try pipeline.muxer.write($0, to: pipeline.stream) }
            if let cover = pipeline.cover {
                guard let jpeg = coverJPEG else {
                    throw AVError(.closed, operation: "finish video", reason: "the cover picture was never given", path: output.targetPath)
                }
                try pipeline.muxer.writeCoverArt(jpeg, to: cover)
            }
            try pipeline.muxer.finish()
            self.pipeline = nil
            try beforeCommit?()
            try output.commit()
        }
        closedReason = "the video was already finished"
    }

    /// Abandons the video: deletes the temporary file and leaves `url` as it was.
    public func cancel() {
        guard pipeline != nil else { return }
        pipeline = nil
        output.discard()
        closedReason = "the video was cancelled"
    }

    private func openPipeline(_ operation: String) throws -> Pipeline {
        guard let pipeline else {
            throw AVError(.closed, operation: operation, reason: closedReason, path: output.targetPath)
        }
        return pipeline
    }

    /// Runs `body`; on error, abandons the output and rethrows, naming the target file.
    private func failing(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch {
            let error = (error as? AVError)?.at(output.targetPath) ?? error
            pipeline = nil
            output.discard()
            closedReason = "an earlier error stopped the video: \(error)"
            throw error
        }
    }
}
