import Foundation
import ReelCompositor

// Checks on encoded video files through the `ffprobe` / `ffmpeg` command-line tools: we measure
// what x264 produced (stream facts, decoded pixels), we do not hash it.

/// A failure running `ffprobe` / `ffmpeg` or reading their output.
public struct ProbeError: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}

/// Facts about one stream, as `ffprobe -show_streams -count_frames` reports them.
public struct StreamProbe: Sendable, Equatable {
    public let index: Int
    /// `"video"`, `"audio"`, …
    public let codecType: String
    /// `"h264"`, `"aac"`, …
    public let codecName: String
    /// e.g. `"High"`, `"LC"`.
    public let profile: String?
    public let width: Int?
    public let height: Int?
    /// e.g. `"yuv420p"`.
    public let pixelFormat: String?
    /// e.g. `"bt709"`.
    public let colorSpace: String?
    public let colorTransfer: String?
    public let colorPrimaries: String?
    /// `"tv"` (limited) or `"pc"` (full).
    public let colorRange: String?
    /// Frames actually decoded by ffprobe (`nb_read_frames`).
    public let frameCount: Int?
    /// e.g. `"30/1"`.
    public let averageFrameRate: String?
    /// Stream duration in seconds.
    public let duration: Double?
    /// Audio sample rate in Hz.
    public let sampleRate: Int?
    /// Audio channel count.
    public let channels: Int?
    /// Whether the stream is a picture attached to the file (cover art), not a track.
    public let attachedPicture: Bool
}

/// What `ffprobe -show_streams -show_format -count_frames` says about a media file.
public struct VideoProbe: Sendable, Equatable {
    /// All streams, in file order.
    public let streams: [StreamProbe]
    /// e.g. `"mov,mp4,m4a,3gp,3g2,mj2"`.
    public let formatName: String
    /// Container duration in seconds.
    public let duration: Double
    /// File size in bytes.
    public let size: Int

    /// The first video stream, if any.
    public var video: StreamProbe? { streams.first { $0.codecType == "video" } }
    /// The video tracks players play: video streams that are not an attached picture.
    public var videoTracks: [StreamProbe] { streams.filter { $0.codecType == "video" && !$0.attachedPicture } }
    /// The first audio stream, if any.
    public var audio: StreamProbe? { streams.first { $0.codecType == "audio" } }
    /// Whether the file has an audio stream.
    public var hasAudio: Bool { audio != nil }

    /// Runs ffprobe on `url` (decoding every frame to count them).
    public init(_ url: URL) throws {
        let output = try runTool("ffprobe", ["-v", "error", "-show_streams", "-show_format", "-count_frames",
                                             "-of", "json", url.path])
        let json: Any
        do { json = try JSONSerialization.jsonObject(with: output) } catch {
            throw ProbeError("ffprobe output for \(url.path) is not JSON: \(error)")
        }
        guard let root = json as? [String: Any], let format = root["format"] as? [String: Any] else {
            throw ProbeError("ffprobe found no format in \(url.path)")
        }
        let streams = root["streams"] as? [[String: Any]] ?? []
        self.streams = streams.map(StreamProbe.init(json:))
        formatName = format["format_name"] as? String ?? ""
        duration = number(format["duration"]) ?? 0
        size = number(format["size"]).map { Int($0) } ?? 0
    }
}

extension StreamProbe {
    init(json s: [String: Any]) {
        func int(_ key: String) -> Int? { number(s[key]).map { Int($0) } }
        index = int("index") ?? 0
        codecType = s["codec_type"] as? String ?? ""
        codecName = s["codec_name"] as? String ?? ""
        profile = s["profile"] as? String
        width = int("width")
        height = int("height")
        pixelFormat = s["pix_fmt"] as? String
        colorSpace = s["color_space"] as? String
        colorTransfer = s["color_transfer"] as? String
        colorPrimaries = s["color_primaries"] as? String
        colorRange = s["color_range"] as? String
        frameCount = int("nb_read_frames")
        averageFrameRate = s["avg_frame_rate"] as? String
        duration = number(s["duration"])
        sampleRate = int("sample_rate")
        channels = int("channels")
        attachedPicture = number((s["disposition"] as? [String: Any])?["attached_pic"]) == 1
    }
}

/// ffprobe writes most numbers as JSON strings; accept both.
private func number(_ value: Any?) -> Double? {
    if let string = value as? String { return Double(string) }
    if let number = value as? NSNumber { return number.doubleValue }
    return nil
}

/// The four-character types of the top-level boxes of an MP4/MOV file, in file order.
public func mp4TopLevelBoxes(_ url: URL) throws -> [String] {
    let handle = try FileHandle(forReadingFrom: url)
    defer { try? handle.close() }
    let fileSize = try handle.seekToEnd()
    var offset: UInt64 = 0
    var boxes: [String] = []
    while offset + 8 <= fileSize {
        try handle.seek(toOffset: offset)
        let header = [UInt8](try handle.read(upToCount: 16) ?? Data())
        guard header.count >= 8 else { break }
        var size = header[0..<4].reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        let type = String(decoding: header[4..<8], as: UTF8.self)
        if size == 1 {
            guard header.count >= 16 else { throw ProbeError("truncated 64-bit box header in \(url.path)") }
            size = header[8..<16].reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        } else if size == 0 {
            size = fileSize - offset  // the box runs to the end of the file
        }
        guard size >= 8 else { throw ProbeError("invalid box size \(size) at offset \(offset) in \(url.path)") }
        boxes.append(type)
        offset += size
    }
    return boxes
}

/// Whether the MP4 index (`moov`) comes before the media data (`mdat`) — "fast start".
public func moovBeforeMdat(_ url: URL) -> Bool {
    guard let boxes = try? mp4TopLevelBoxes(url),
          let moov = boxes.firstIndex(of: "moov"), let mdat = boxes.firstIndex(of: "mdat") else { return false }
    return moov < mdat
}

/// Decodes every frame of the video in `url` to 8-bit yuv420p with ffmpeg.
///
/// `width` and `height` are the video's size (the frames are not scaled).
public func decodeFrames(_ url: URL, width: Int, height: Int) throws -> [YUVFrame] {
    let raw = try runTool("ffmpeg", ["-v", "error", "-nostdin", "-i", url.path,
                                     "-f", "rawvideo", "-pix_fmt", "yuv420p", "-"])
    let cw = (width + 1) / 2, ch = (height + 1) / 2
    let frameSize = width * height + 2 * cw * ch
    guard frameSize > 0, raw.count % frameSize == 0 else {
        throw ProbeError("decoded \(raw.count) bytes from \(url.path), not a whole number of \(width)x\(height) frames")
    }
    let bytes = [UInt8](raw)
    return stride(from: 0, to: bytes.count, by: frameSize).map { start in
        let u = start + width * height, v = u + cw * ch
        return YUVFrame(y: Plane(width: width, height: height, stride: width, data: Array(bytes[start..<u])),
                        u: Plane(width: cw, height: ch, stride: cw, data: Array(bytes[u..<v])),
                        v: Plane(width: cw, height: ch, stride: cw, data: Array(bytes[v..<(v + cw * ch)])))
    }
}

/// Which planes `psnr` compares.
public enum PSNRPlanes: Sendable {
    /// Luma only.
    case luma
    /// Y, U and V together, every sample weighted equally.
    case all
}

/// Peak signal-to-noise ratio in dB between two frames of the same size (`.infinity` if identical).
public func psnr(_ a: YUVFrame, _ b: YUVFrame, planes: PSNRPlanes = .all) -> Double {
    precondition(a.width == b.width && a.height == b.height, "psnr of \(a.width)x\(a.height) vs \(b.width)x\(b.height)")
    let pairs = planes == .luma ? [(a.y, b.y)] : [(a.y, b.y), (a.u, b.u), (a.v, b.v)]
    var squaredError = 0.0
    var samples = 0
    for (p, q) in pairs {
        for row in 0..<p.height {
            let pRow = row * p.stride, qRow = row * q.stride
            var rowError = 0
            for x in 0..<p.width {
                let d = Int(p.data[pRow + x]) - Int(q.data[qRow + x])
                rowError += d * d
            }
            squaredError += Double(rowError)
        }
        samples += p.width * p.height
    }
    if squaredError == 0 { return .infinity }
    return 10 * log10(255.0 * 255.0 / (squaredError / Double(samples)))
}

/// Whether a command-line tool (e.g. `"ffprobe"`) can be found on `PATH`.
public func toolAvailable(_ name: String) -> Bool {
    let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
    return paths.contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(name)") }
}

/// Runs `tool` from `PATH` with `arguments`; returns its standard output, throws on a non-zero exit.
public func runTool(_ tool: String, _ arguments: [String]) throws -> Data {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [tool] + arguments
    // Standard error goes to a file so a chatty tool can never block on a full pipe.
    let errorFile = FileManager.default.temporaryDirectory
        .appendingPathComponent("reel-\(tool)-\(UUID().uuidString).stderr")
    _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
    defer { try? FileManager.default.removeItem(at: errorFile) }
    let stdout = Pipe()
    process.standardOutput = stdout
    process.standardError = try FileHandle(forWritingTo: errorFile)
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let output = stdout.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
        let message = (try? String(contentsOf: errorFile, encoding: .utf8)) ?? ""
        throw ProbeError("\(tool) \(arguments.joined(separator: " ")) exited with \(process.terminationStatus): \(message)")
    }
    return output
}
