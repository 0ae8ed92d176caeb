import Foundation
import ReelAV
import ReelCompositor
import ReelImageIO
import ReelTimeline

/// Progress of a local render.
public struct RenderProgress: Sendable {
    public var framesDone: Int
    public var frameCount: Int
    /// Seconds since the render started.
    public var elapsed: Double
    /// Frames per second so far.
    public var fps: Double { elapsed > 0 ? Double(framesDone) / elapsed : 0 }
    /// Estimated seconds left.
    public var eta: Double? { fps > 0 ? Double(frameCount - framesDone) / fps : nil }
}

/// What a finished render produced.
public struct RenderReport: Sendable {
    public var output: URL
    public var frameCount: Int
    public var width: Int
    public var height: Int
    public var fps: Int
    public var seconds: Double
}

/// Renders a timeline on this machine: decode → composite → H.264 MP4, no network.
public struct LocalRenderer: Sendable {
    let decoder: ImageDecoder

    public init() { decoder = ImageDecoder() }

    /// Renders `timeline` to `output` (written atomically: nothing partial is ever left).
    ///
    /// - Parameter base: folder relative `src` paths resolve against (the draft's folder).
    public func render(_ timeline: Timeline, base: URL? = nil, to output: URL, settings: RenderSettings = .init(),
                       cancel: CancellationFlag = CancellationFlag(),
                       progress: (@Sendable (RenderProgress) -> Void)? = nil) throws -> RenderReport {
        try timeline.validate()
        try timeline.validateClips()
        let media = try sources(timeline, base: base).map(\.url)
        try OutputPath.check(output, inputs: media)
        let clips = try Self.probeClips(timeline, media: media, planner: FramePlanner(timeline: timeline))
        let audio = try audioMix(timeline, base: base, clips: clips, media: media)  // checks every music file before any output
        let size = settings.renderSize(for: timeline.profile)
        let compositor = try makeCompositor(timeline, base: base, size: PixelSize(width: size.width, height: size.height), clips: clips)
        guard compositor.frameCount > 0 else { throw InputError("the timeline is empty: it has no video segments to render") }
        let writer: FrameSink
        if OutputPath.isRawVideo(output) {
            guard audio == nil else {
                throw InputError("\(output.path): a .y4m file holds video only; leave out the music or write an .mp4")
            }
            writer = try Y4MFileWriter(url: output, width: size.width, height: size.height, fps: timeline.profile.fps)
        } else {
            var options = VideoEncodingOptions(width: size.width, height: size.height, fps: timeline.profile.fps)
            options.preset = settings.effectivePreset
            options.crf = settings.effectiveCRF
            writer = try VideoFileWriter(url: output, options: options, audio: audio)
        }
        let start = Date()
        try RenderPipeline.run(compositor, into: writer, cancel: cancel) { done, total in
            progress?(RenderProgress(framesDone: done, frameCount: total, elapsed: Date().timeIntervalSince(start)))
        }
        return RenderReport(output: output, frameCount: compositor.frameCount, width: size.width, height: size.height,
                            fps: timeline.profile.fps, seconds: Date().timeIntervalSince(start))
    }

    /// The exact composited frame shown at `seconds` (the frame whose time span contains it),
    /// as RGBA — what `reel frame` saves.
    public func frame(_ timeline: Timeline, base: URL? = nil, atSeconds seconds: Double, settings: RenderSettings = .init()) throws -> RGBAImage {
        try timeline.validate()
        let size = settings.renderSize(for: timeline.profile)
        let compositor = try makeCompositor(timeline, base: base, size: PixelSize(width: size.width, height: size.height))
        let n = FrameTime.frame(at: FrameTime.ms(seconds: seconds), fps: timeline.profile.fps)
        guard n >= 0 && n < compositor.frameCount else {
            throw InputError("--at \(seconds): outside the video, which lasts \(FrameTime.secondsText(timeline.durationMs)) s")
        }
        return BT709.rgba(from: try compositor.frame(at: n))
    }

    /// The compositor for a timeline at a size, with its still cache wired to the decoder and
    /// its clip cache to libav. Every photo and clip is probed first, so a missing or unreadable
    /// file fails before any output exists.
    ///
    /// - Parameter clips: the probed clips by segment index, when the caller has them already.
    public func makeCompositor(_ timeline: Timeline, base: URL?, size: PixelSize, clips probed: [Int: ClipInfo]? = nil) throws -> FrameCompositor {
        try timeline.validateClips()
        let media = try sources(timeline, base: base)
        let planner = FramePlanner(timeline: timeline)
        let preparer = StillPreparer(output: size)
        let decoder = self.decoder
        let sizes = try media.indices.map { i in
            planner.isClip[i] ? PixelSize(width: 0, height: 0) : try decoder.probeImageSize(media[i].url)
        }
        let clipInfos = try probed ?? Self.probeClips(timeline, media: media.map(\.url), planner: planner)
        let cache = StillCache(planner: planner) { i in
            let seg = planner.segments[i]
            let canvas = preparer.canvasSize(maxZoom: seg.kenBurns?.maxZoom ?? 1)
            let need = preparer.minimumDecodeSize(photo: sizes[i], canvas: canvas)
            let image = try decoder.decode(media[i].url, minimumSize: need)
            return PhotoFocus.prepare(image, segment: seg, preparer: preparer, canvas: canvas)
        }
        let fps = timeline.profile.fps
        let clips = clipInfos.isEmpty ? nil : ClipCache(planner: planner, opener: LibAVClipOpener()) { i, frames in
            let seg = planner.segments[i]
            return ClipRequest(url: media[i].url, segment: i, canvas: preparer.canvasSize(maxZoom: seg.kenBurns?.maxZoom ?? 1),
                               fit: seg.fit ?? .auto, fps: fps, segmentStartMs: seg.startMs,
                               inMs: seg.clipPlayback.effectiveInMs, frames: frames)
        }
        return FrameCompositor(timeline: timeline, output: size, stills: cache, clips: clips,
                               overlays: try makeOverlaySource(timeline, base: base, size: size))
    }

    /// Probes every clip of the video track (keyed by segment index), checking each plays
    /// long enough for its segment from its `in` point.
    static func probeClips(_ timeline: Timeline, media: [URL], planner: FramePlanner) throws -> [Int: ClipInfo] {
        var infos: [Int: ClipInfo] = [:]
        for i in planner.segments.indices where planner.isClip[i] {
            let info = try ClipInfo(probing: media[i])
            let seg = planner.segments[i]
            let inMs = seg.clipPlayback.effectiveInMs
            if inMs >= info.durationMs {
                throw InputError("\(media[i].path): the clip lasts \(FrameTime.secondsText(info.durationMs)) s, so it cannot start \(FrameTime.secondsText(inMs)) s in (t[0].sg[\(i)].in); use an earlier start")
            }
            infos[i] = info
        }
        return infos
    }

    /// Local files of the video track's segments, in order.
    func sources(_ timeline: Timeline, base: URL?) throws -> [(url: URL, path: String)] {
        let resolver = MediaResolver(base: base)
        let segments = timeline.videoTracks.first?.segments ?? []
        let index = timeline.tracks.firstIndex { $0.kind == .video } ?? 0
        return try segments.enumerated().map { i, s in
            let path = "t[\(index)].sg[\(i)].src"
            let url = try resolver.localFile(s.source ?? "", path: path)
            guard FileManager.default.fileExists(atPath: url.path) else {
                let what = MediaKind(source: s.source ?? "") == .clip ? "clip" : "photo"
                throw InputError("\(url.path): no such \(what) (\(path)); fix the path or remove the segment")
            }
            return (url, path)
        }
    }
}

/// Checks on the output path before anything is written.
enum OutputPath {
    static let videoExtensions: Set<String> = ["mp4", "m4v", "mov"]

    /// `.y4m`: the uncompressed frames, for another encoder to take.
    static func isRawVideo(_ output: URL) -> Bool { output.pathExtension.lowercased() == "y4m" }

    static func check(_ output: URL, inputs: [URL]) throws {
        let ext = output.pathExtension.lowercased()
        guard videoExtensions.contains(ext) || isRawVideo(output) else {
            throw InputError("\(output.path): the output must be an .mp4 file (or .y4m for uncompressed frames; got \".\(ext)\"); Reel never writes over other kinds of file")
        }
        let out = output.standardizedFileURL.resolvingSymlinksInPath().path
        if inputs.contains(where: { $0.standardizedFileURL.resolvingSymlinksInPath().path == out }) {
            throw InputError("\(output.path): the output is one of the inputs; choose another output name")
        }
        let dir = output.deletingLastPathComponent().path
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: dir, isDirectory: &isDir), isDir.boolValue else {
            throw InputError("\(dir): the output folder does not exist; create it first")
        }
    }
}

extension LocalRenderer {
    /// Saves an RGBA frame as PNG, atomically.
    public static func savePNG(_ image: RGBAImage, to url: URL) throws {
        do { try PNGEncoder.write(image, to: url) } catch {
            throw InputError("\(url.path): cannot write the PNG (\(error))")
        }
    }
}
