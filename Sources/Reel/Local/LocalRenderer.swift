import Foundation
import ReelAV
import ReelCompositor
import ReelImageIO
import ReelText
import ReelTimeline

/// Progress of a local render, reported after each encoded frame.
public struct RenderProgress: Sendable {
    /// Frames composited and encoded so far (1 after the first, ``frameCount`` after the last).
    public var framesDone: Int
    /// Frames in the whole video.
    public var frameCount: Int
    /// Seconds since the render started.
    public var elapsed: Double
    /// Frames per second so far.
    public var fps: Double { elapsed > 0 ? Double(framesDone) / elapsed : 0 }
    /// Estimated seconds left.
    public var eta: Double? { fps > 0 ? Double(frameCount - framesDone) / fps : nil }
    /// Share of the video done, 0…1.
    public var fraction: Double { frameCount > 0 ? Double(framesDone) / Double(frameCount) : 1 }
}

/// What a finished render produced.
public struct RenderReport: Sendable {
    /// The file written.
    public var output: URL
    /// Frames in the video.
    public var frameCount: Int
    /// Width of the video, pixels.
    public var width: Int
    /// Height of the video, pixels.
    public var height: Int
    /// Frames per second.
    public var fps: Int
    /// Seconds the render took.
    public var seconds: Double
    /// The frame saved as the poster (`render(…, poster:)`), if one was asked for.
    public var posterFrame: Int?

    /// The video's length as written, ms: its frames at its rate (the draft's length rounded
    /// up to a whole frame), what a player shows.
    public var durationMs: Int { fps > 0 ? (frameCount * 1000 + fps / 2) / fps : 0 }
}

/// Renders a timeline on this machine: decode → composite → H.264 MP4, no network. Blocking;
/// `ReelEngine` runs it on its own thread for `async` callers.
///
/// Every method throws ``ReelError``.
public struct LocalRenderer: Sendable {
    let decoder: ImageDecoder
    /// Draws titles. One for the whole process, so each font file is loaded once however many
    /// renderers check warnings and render (calls to it are serialised; each text is drawn
    /// once per render, so renders running side by side hardly wait for it).
    let text: TextRenderer

    /// A renderer with its own image decoder, sharing the process's loaded fonts.
    public init() {
        decoder = ImageDecoder()
        text = Self.sharedText
    }

    private static let sharedText = TextRenderer()

    /// Renders `timeline` to `output` (written atomically: nothing partial is ever left).
    ///
    /// - Parameters:
    ///   - base: folder relative `src` paths resolve against (the draft's folder).
    ///   - poster: a JPEG to write with the video, showing `RepresentativeFrame.poster`, which
    ///     also becomes the MP4's cover art; it appears only if the video does.
    ///   - cancel: set it (from any thread) to stop the render; it then throws `.cancelled`.
    ///   - progress: called after each encoded frame, on the render's thread.
    /// - Throws: ``ReelError``; a full disk is `.diskFull`, naming the output and the free space.
    public func render(_ timeline: Timeline, base: URL? = nil, to output: URL, poster: URL? = nil, settings: RenderSettings = .init(),
                       cancel: CancellationFlag = CancellationFlag(),
                       progress: (@Sendable (RenderProgress) -> Void)? = nil) throws -> RenderReport {
        do {
            return try renderUnmapped(timeline, base: base, to: output, poster: poster, settings: settings, cancel: cancel, progress: progress)
        } catch {
            throw ReelError(DiskFullError.detect(error, output: output) ?? error, videoTrack: timeline.videoTrackIndex)
        }
    }

    private func renderUnmapped(_ timeline: Timeline, base: URL?, to output: URL, poster: URL?, settings: RenderSettings,
                                cancel: CancellationFlag, progress: (@Sendable (RenderProgress) -> Void)?) throws -> RenderReport {
        try timeline.validate()
        let inputs = try RenderInputs(timeline, base: base) { media in
            try OutputPath.check(output, inputs: media)
            if let poster { try PosterPath.check(poster, output: output, inputs: media + Self.audioFiles(timeline, base: base)) }
        }
        let audio = try audioMix(timeline, base: base, clips: inputs.clips, media: inputs.media)  // checks every music file before any output
        let size = settings.renderSize(for: timeline.profile)
        let compositor = try makeCompositor(inputs, size: PixelSize(width: size.width, height: size.height))
        guard compositor.frameCount > 0 else { throw InputError("the timeline is empty: it has no video segments to render") }
        let posterFrame = poster == nil ? nil : RepresentativeFrame.poster(of: timeline)
        let writer: FrameSink
        if OutputPath.isRawVideo(output) {
            guard audio == nil else {
                throw InputError("\(output.path): a .y4m file holds video only; leave out the music or write an .mp4", file: output.path)
            }
            writer = try Y4MFileWriter(url: output, width: size.width, height: size.height, fps: timeline.profile.fps)
        } else {
            var options = VideoEncodingOptions(width: size.width, height: size.height, fps: timeline.profile.fps)
            options.preset = settings.effectivePreset
            options.crf = settings.effectiveCRF
            let video = try VideoFileWriter(url: output, options: options, audio: audio, coverArt: poster != nil)
            writer = poster.map { PosterSink(writer: video, poster: $0, posterFrame: posterFrame ?? 0) } ?? video
        }
        let start = Date()
        try RenderPipeline.run(compositor, into: writer, cancel: cancel) { done, total in
            progress?(RenderProgress(framesDone: done, frameCount: total, elapsed: Date().timeIntervalSince(start)))
        }
        return RenderReport(output: output, frameCount: compositor.frameCount, width: size.width, height: size.height,
                            fps: timeline.profile.fps, seconds: Date().timeIntervalSince(start), posterFrame: posterFrame)
    }

    /// The exact composited frame shown at `seconds` (the frame whose time span contains it),
    /// as RGBA — what `reel frame` saves.
    ///
    /// - Throws: ``ReelError``; `.badInput` when `seconds` is outside the video.
    public func frame(_ timeline: Timeline, base: URL? = nil, atSeconds seconds: Double, settings: RenderSettings = .init()) throws -> RGBAImage {
        do {
            try timeline.validate()
            let size = settings.renderSize(for: timeline.profile)
            let compositor = try makeCompositor(RenderInputs(timeline, base: base), size: PixelSize(width: size.width, height: size.height))
            let n = FrameTime.frame(at: FrameTime.ms(seconds: seconds), fps: timeline.profile.fps)
            guard n >= 0 && n < compositor.frameCount else {
                throw InputError("--at \(seconds): outside the video, which lasts \(FrameTime.secondsText(timeline.durationMs)) s")
            }
            return BT709.rgba(from: try compositor.frame(at: n))
        } catch {
            throw ReelError(error, videoTrack: timeline.videoTrackIndex)
        }
    }

    /// The compositor for a timeline at a size, with its still cache wired to the decoder and
    /// its clip cache to libav. Every photo and clip is probed first, so a missing or unreadable
    /// file fails before any output exists.
    ///
    /// - Throws: ``ReelError``.
    public func makeCompositor(_ timeline: Timeline, base: URL?, size: PixelSize) throws -> FrameCompositor {
        do {
            return try makeCompositor(RenderInputs(timeline, base: base), size: size)
        } catch {
            throw ReelError(error, videoTrack: timeline.videoTrackIndex)
        }
    }

    /// The compositor for inputs already resolved and probed.
    func makeCompositor(_ inputs: RenderInputs, size: PixelSize) throws -> FrameCompositor {
        let media = inputs.media, planner = inputs.planner
        let preparer = StillPreparer(output: size)
        let decoder = self.decoder
        let sizes = try media.indices.map { i in
            planner.isClip[i] ? PixelSize(width: 0, height: 0) : try decoder.probeImageSize(media[i])
        }
        let cache = StillCache(planner: planner) { i in
            let seg = planner.segments[i]
            let canvas = preparer.canvasSize(maxZoom: seg.kenBurns?.maxZoom ?? 1)
            let need = preparer.minimumDecodeSize(photo: sizes[i], canvas: canvas)
            let image = try decoder.decode(media[i], minimumSize: need)
            return PhotoFocus.prepare(image, segment: seg, preparer: preparer, canvas: canvas)
        }
        let fps = inputs.timeline.profile.fps
        let clips = inputs.clips.isEmpty ? nil : ClipCache(planner: planner, opener: LibAVClipOpener()) { i, frames in
            let seg = planner.segments[i]
            return ClipRequest(url: media[i], segment: i, canvas: preparer.canvasSize(maxZoom: seg.kenBurns?.maxZoom ?? 1),
                               fit: seg.fit ?? .auto, fps: fps, segmentStartMs: seg.startMs,
                               inMs: seg.clipPlayback.effectiveInMs, frames: frames)
        }
        return FrameCompositor(planner: planner, output: size, stills: cache, clips: clips,
                               overlays: try makeOverlaySource(inputs.timeline, base: inputs.base, size: size))
    }
}

/// What a render works out from the timeline once, before any output exists: the local file of
/// every video-track segment, the frame planner, and every clip probed.
struct RenderInputs {
    let timeline: Timeline
    let base: URL?
    /// The video track's files, in segment order.
    let media: [URL]
    let planner: FramePlanner
    /// The probed clips by segment index.
    let clips: [Int: ClipInfo]

    /// Resolves and probes; `beforeProbing` runs once the files are known (the output check).
    init(_ timeline: Timeline, base: URL?, beforeProbing: ([URL]) throws -> Void = { _ in }) throws {
        try timeline.validateClips()
        self.timeline = timeline
        self.base = base
        media = try Self.sources(timeline, base: base)
        try beforeProbing(media)
        planner = FramePlanner(timeline: timeline)
        clips = try Self.probeClips(timeline, media: media, planner: planner)
    }

    /// Probes every clip of the video track (keyed by segment index), checking each plays
    /// long enough for its segment from its `in` point.
    static func probeClips(_ timeline: Timeline, media: [URL], planner: FramePlanner) throws -> [Int: ClipInfo] {
        var infos: [Int: ClipInfo] = [:]
        let track = timeline.videoTrackIndex
        for i in planner.segments.indices where planner.isClip[i] {
            let info = try ClipInfo(probing: media[i])
            let seg = planner.segments[i]
            let inMs = seg.clipPlayback.effectiveInMs
            if inMs >= info.durationMs {
                throw InputError("\(media[i].path): the clip lasts \(FrameTime.secondsText(info.durationMs)) s, so it cannot start \(FrameTime.secondsText(inMs)) s in (t[\(track)].sg[\(i)].in); use an earlier start",
                                 file: media[i].path, path: "t[\(track)].sg[\(i)].in")
            }
            infos[i] = info
        }
        return infos
    }

    /// Local files of the video track's segments, in order.
    static func sources(_ timeline: Timeline, base: URL?) throws -> [URL] {
        let resolver = MediaResolver(base: base)
        let segments = timeline.videoTracks.first?.segments ?? []
        let index = timeline.videoTrackIndex
        return try segments.enumerated().map { i, s in
            let path = "t[\(index)].sg[\(i)].src"
            let url = try resolver.localFile(s.source ?? "", path: path)
            guard FileManager.default.fileExists(atPath: url.path) else {
                let what = MediaKind(source: s.source ?? "") == .clip ? "clip" : "photo"
                throw InputError("\(url.path): no such \(what) (\(path)); fix the path or remove the segment", file: url.path, path: path)
            }
            return url
        }
    }
}

extension Timeline {
    /// Index of the video track in `tracks` (0 when there is none): the `N` of `t[N]` in JSON paths.
    var videoTrackIndex: Int { tracks.firstIndex { $0.kind == .video } ?? 0 }
}

/// Checks on the output path before anything is written.
enum OutputPath {
    /// An output that names a folder (`outputNotWritable`, as before), or a name without an
    /// extension, is refused saying so.
    static func checkName(_ output: URL) throws {
        var isDir: ObjCBool = false
        if output.hasDirectoryPath || (FileManager.default.fileExists(atPath: output.path, isDirectory: &isDir) && isDir.boolValue) {
            let folder = output.path.hasSuffix("/") ? String(output.path.dropLast()) : output.path
            throw AVError(.outputNotWritable, operation: "create output file",
                          reason: "this is a folder; give a file name inside it (e.g. \(folder)/video.mp4)", path: output.path)
        }
        let name = output.lastPathComponent
        guard output.pathExtension.isEmpty else { return }
        if name.hasPrefix("."), name.count > 1 {
            // ".mp4": all extension, no name (a hidden file to the system).
            throw InputError("\(output.path): the output name \"\(name)\" is only an extension; give it a name (e.g. video\(name))", file: output.path)
        }
        throw InputError("\(output.path): the output name has no extension; add .mp4 (e.g. \(output.path).mp4)", file: output.path)
    }

    static let videoExtensions: Set<String> = ["mp4", "m4v", "mov"]

    /// `.y4m`: the uncompressed frames, for another encoder to take.
    static func isRawVideo(_ output: URL) -> Bool { output.pathExtension.lowercased() == "y4m" }

    static func check(_ output: URL, inputs: [URL]) throws {
        try checkName(output)
        let ext = output.pathExtension.lowercased()
        guard videoExtensions.contains(ext) || isRawVideo(output) else {
            throw InputError("\(output.path): the output must be an .mp4 file (or .y4m for uncompressed frames; got \".\(ext)\"); Reel never writes over other kinds of file", file: output.path)
        }
        let out = output.standardizedFileURL.resolvingSymlinksInPath().path
        if inputs.contains(where: { $0.standardizedFileURL.resolvingSymlinksInPath().path == out }) {
            throw InputError("\(output.path): the output is one of the inputs; choose another output name", file: output.path)
        }
        let dir = output.deletingLastPathComponent().path
        // Only a missing folder is bad input here; one that cannot be written is reported
        // (as not writable) when the temporary file is reserved, by the same check.
        let problem = OutputFolder.problem(dir)
        guard problem != .missing && problem != .notAFolder else {
            throw InputError("\(dir): the output folder does not exist; create it first", file: output.path)
        }
    }
}

extension LocalRenderer {
    /// Saves an RGBA frame as PNG, atomically.
    ///
    /// - Throws: ``ReelError`` naming the file (kind `badInput`, as the CLI has always reported it).
    public static func savePNG(_ image: RGBAImage, to url: URL) throws {
        do { try PNGEncoder.write(image, to: url) } catch {
            throw ReelError(.badInput, "\(url.path): cannot write the PNG (\(error))", file: url.path, underlying: error)
        }
    }
}
