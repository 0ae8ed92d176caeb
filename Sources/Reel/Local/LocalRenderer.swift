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
        try OutputPath.check(output, inputs: try sources(timeline, base: base).map(\.url))
        let audio = try audioMix(timeline, base: base)  // checks every music file before any output
        let size = settings.renderSize(for: timeline.profile)
        let compositor = try makeCompositor(timeline, base: base, size: PixelSize(width: size.width, height: size.height))
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

    /// The compositor for a timeline at a size, with its still cache wired to the decoder.
    /// Every photo is probed first, so a missing or unreadable file fails before any output exists.
    public func makeCompositor(_ timeline: Timeline, base: URL?, size: PixelSize) throws -> FrameCompositor {
        let media = try sources(timeline, base: base)
        let preparer = StillPreparer(output: size)
        let decoder = self.decoder
        let sizes = try media.map { m in try decoder.probeImageSize(m.url) }
        let planner = FramePlanner(timeline: timeline)
        let cache = StillCache(planner: planner) { i in
            let seg = planner.segments[i]
            let maxZoom = max(seg.kenBurns?.from.zoom ?? 1, seg.kenBurns?.to.zoom ?? 1)
            let canvas = preparer.canvasSize(maxZoom: maxZoom)
            let need = preparer.minimumDecodeSize(photo: sizes[i], canvas: canvas)
            let image = try decoder.decode(media[i].url, minimumSize: need)
            return preparer.prepare(image, fit: seg.fit ?? .auto, canvas: canvas)
        }
        return FrameCompositor(timeline: timeline, output: size, stills: cache,
                               overlays: try makeOverlaySource(timeline, base: base, size: size))
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
                throw InputError("\(url.path): no such photo (\(path)); fix the path or remove the segment")
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
