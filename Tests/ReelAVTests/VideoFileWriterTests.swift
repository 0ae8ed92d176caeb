import Foundation
import ReelAV
import ReelCompositor
import ReelTestSupport
import Testing

/// Encodes `count` test frames to `url` and finishes the file.
@discardableResult
private func encode(_ count: Int, to url: URL, _ options: VideoEncodingOptions) throws -> [YUVFrame] {
    let writer = try VideoFileWriter(url: url, options: options)
    var frames: [YUVFrame] = []
    for n in 0..<count {
        let frame = TestFrames.frame(n, width: options.width, height: options.height)
        try writer.append(frame)
        frames.append(frame)
    }
    try writer.finish()
    return frames
}

private let small = VideoEncodingOptions(width: 320, height: 240, fps: 30)

@Suite("VideoFileWriter")
struct VideoFileWriterTests {
    @Test("libx264 is available")
    func encoderAvailable() {
        #expect(LibAVInfo.hasH264Encoder)
        #expect(LibAVInfo.hasEncoder("libx264"))
        #expect(!LibAVInfo.hasEncoder("no-such-encoder"))
        #expect(LibAVInfo.versions.hasPrefix("avcodec "))
        // Other tests run concurrently and set `.error` too, so only that value is stable here.
        LibAVInfo.logLevel = .error
        #expect(LibAVInfo.logLevel == .error)
    }

    @Test("writes H.264 High, yuv420p, BT.709 tv range, constant 30 fps, fast start")
    func streamFacts() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let url = folder.file("out.mp4")
        try encode(45, to: url, small)

        #expect(try folder.contents() == ["out.mp4"])
        let probe = try VideoProbe(url)
        #expect(probe.streams.count == 1)
        #expect(!probe.hasAudio)
        let video = try #require(probe.video)
        #expect(video.codecName == "h264")
        #expect(video.profile == "High")
        #expect(video.pixelFormat == "yuv420p")
        #expect(video.width == 320 && video.height == 240)
        #expect(video.frameCount == 45)
        #expect(video.averageFrameRate == "30/1")
        #expect(abs((video.duration ?? 0) - 1.5) < 0.001)
        #expect(abs(probe.duration - 1.5) < 0.001)
        #expect(video.colorSpace == "bt709")
        #expect(video.colorTransfer == "bt709")
        #expect(video.colorPrimaries == "bt709")
        #expect(video.colorRange == "tv")
        #expect(moovBeforeMdat(url))
        #expect(try mp4TopLevelBoxes(url).prefix(2) == ["ftyp", "moov"])

        // The same stream remuxed without fast start has its index at the end.
        let plain = folder.file("plain.mp4")
        _ = try runTool("ffmpeg", ["-v", "error", "-nostdin", "-i", url.path, "-c", "copy", plain.path])
        #expect(!moovBeforeMdat(plain))
    }

    @Test("decoded frames match the input, in order")
    func pixelsAndOrder() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let url = folder.file("order.mp4")
        let input = try encode(45, to: url, small)

        let decoded = try decodeFrames(url, width: 320, height: 240)
        try #require(decoded.count == input.count)
        for (n, (original, output)) in zip(input, decoded).enumerated() {
            let quality = psnr(original, output)
            #expect(quality > 35, "frame \(n): PSNR \(quality) dB")
            let marker = TestFrames.markerBrightness(of: output)
            #expect(abs(marker - Double(TestFrames.markerLevel(n))) < 1.5,
                    "frame \(n): marker \(marker), expected \(TestFrames.markerLevel(n))")
        }
    }

    @Test("a lower crf gives a bigger file; preset and crf reach x264")
    func crfAndPresetHonoured() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        var high = small; high.crf = 15; high.preset = "ultrafast"
        var low = small; low.crf = 40; low.preset = "slow"
        try encode(30, to: folder.file("crf15.mp4"), high)
        try encode(30, to: folder.file("crf40.mp4"), low)

        let big = try VideoProbe(folder.file("crf15.mp4")).size
        let tiny = try VideoProbe(folder.file("crf40.mp4")).size
        #expect(tiny * 2 < big, "crf 40: \(tiny) bytes, crf 15: \(big) bytes")

        // x264 records its settings in the stream: ultrafast keeps its cheap motion search but
        // CABAC and 8×8 transforms stay on, so the stream is still High profile.
        let fast = try x264Settings(folder.file("crf15.mp4"))
        let slow = try x264Settings(folder.file("crf40.mp4"))
        #expect(fast.contains("crf=15.0") && fast.contains("cabac=1") && fast.contains("8x8dct=1") && fast.contains("me=dia"), "\(fast)")
        #expect(try VideoProbe(folder.file("crf15.mp4")).video?.profile == "High")
        #expect(slow.contains("crf=40.0") && slow.contains("cabac=1") && slow.contains("keyint=60"), "\(slow)")
    }

    @Test("finish replaces an existing file at the target")
    func replacesExistingFile() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let url = folder.file("out.mp4")
        try Data("old".utf8).write(to: url)
        try encode(10, to: url, small)
        #expect(try VideoProbe(url).video?.frameCount == 10)
        #expect(try folder.contents() == ["out.mp4"])
    }
}

@Test("options follow a timeline output profile")
func optionsFromProfile() throws {
    let options = VideoEncodingOptions(profile: .landscape1080, preset: "veryfast")
    #expect(options.width == 1920 && options.height == 1080 && options.fps == 30)
    #expect(options.preset == "veryfast" && options.crf == 20 && options.threads == 0)
    #expect(options.effectiveKeyframeInterval == 60)
    try options.validate()
}

@Suite("VideoFileWriter failures")
struct VideoFileWriterFailureTests {
    @Test("cancel leaves no file and no temporary file")
    func cancelLeavesNothing() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let writer = try VideoFileWriter(url: folder.file("out.mp4"), options: small)
        #expect(try folder.contents().count == 1)  // the hidden temporary file
        #expect(try folder.contents().allSatisfy { $0.hasPrefix(".out.mp4.reel-") && $0.hasSuffix(".tmp") })
        for n in 0..<20 { try writer.append(TestFrames.frame(n, width: 320, height: 240)) }
        writer.cancel()
        #expect(try folder.contents().isEmpty)
        writer.cancel()  // harmless twice
        #expect(throws: AVError.self) { try writer.finish() }
        #expect(try folder.contents().isEmpty)
    }

    @Test("dropping an unfinished writer deletes its temporary file")
    func deinitCleansUp() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        do {
            let writer = try VideoFileWriter(url: folder.file("out.mp4"), options: small)
            for n in 0..<5 { try writer.append(TestFrames.frame(n, width: 320, height: 240)) }
        }
        #expect(try folder.contents().isEmpty)
    }

    @Test("a failure part-way leaves an existing target untouched")
    func failureKeepsExistingTarget() throws {
        struct RenderFailed: Error {}
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let url = folder.file("out.mp4")
        let sentinel = Data("previous render".utf8)
        try sentinel.write(to: url)

        let writer = try VideoFileWriter(url: url, options: small)
        #expect(throws: RenderFailed.self) {
            for n in 0..<30 {
                if n == 12 { throw RenderFailed() }
                try writer.append(TestFrames.frame(n, width: 320, height: 240))
            }
            try writer.finish()
        }
        writer.cancel()
        #expect(try Data(contentsOf: url) == sentinel)
        #expect(try folder.contents() == ["out.mp4"])
    }

    @Test("a frame of the wrong size is rejected without spoiling the video")
    func wrongFrameSize() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let url = folder.file("out.mp4")
        let writer = try VideoFileWriter(url: url, options: small)
        try writer.append(TestFrames.frame(0, width: 320, height: 240))
        let error = try #require(throws: AVError.self) { try writer.append(YUVFrame(width: 64, height: 64)) }
        #expect(error.kind == .invalidFrame)
        #expect(error.description.contains("64x64"))
        try writer.append(TestFrames.frame(1, width: 320, height: 240))
        try writer.finish()
        #expect(try VideoProbe(url).video?.frameCount == 2)
    }

    @Test("finish twice, or append after finish, is an error")
    func closedWriter() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let writer = try VideoFileWriter(url: folder.file("out.mp4"), options: small)
        try writer.append(TestFrames.frame(0, width: 320, height: 240))
        try writer.finish()
        #expect(throws: AVError.self) { try writer.finish() }
        let error = try #require(throws: AVError.self) {
            try writer.append(TestFrames.frame(1, width: 320, height: 240))
        }
        #expect(error.kind == .closed)
        writer.cancel()  // after finish: keeps the file
        #expect(try folder.contents() == ["out.mp4"])
    }

    @Test("a missing folder is a clear error naming the path")
    func missingFolder() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let url = folder.file("no-such-folder/out.mp4")
        let error = try #require(throws: AVError.self) { try VideoFileWriter(url: url, options: small) }
        #expect(error.kind == .outputNotWritable)
        #expect(error.path == url.path)
        #expect(error.description.contains(url.path))
        #expect(error.description.contains("does not exist"))
        #expect(try folder.contents() == [])
    }

    @Test("a file where the folder should be is a clear error naming the path")
    func folderIsAFile() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        try Data().write(to: folder.file("plain"))
        let url = folder.file("plain/out.mp4")
        let error = try #require(throws: AVError.self) { try VideoFileWriter(url: url, options: small) }
        #expect(error.kind == .outputNotWritable)
        #expect(error.description.contains(url.path))
    }

    @Test("a folder without write permission is a clear error naming the path",
          .enabled(if: getuid() != 0, "root may write anywhere"))
    func readOnlyFolder() throws {
        let folder = try ScratchFolder()
        defer {
            try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.url.path)
            folder.remove()
        }
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder.url.path)
        let url = folder.file("out.mp4")
        let error = try #require(throws: AVError.self) { try VideoFileWriter(url: url, options: small) }
        #expect(error.kind == .outputNotWritable)
        #expect(error.description.contains(url.path))
    }

    @Test("unusable options are rejected before anything is created",
          arguments: [
              VideoEncodingOptions(width: 321, height: 240),
              VideoEncodingOptions(width: 320, height: 0),
              VideoEncodingOptions(width: 320, height: 240, fps: 0),
              VideoEncodingOptions(width: 320, height: 240, preset: "warp"),
              VideoEncodingOptions(width: 320, height: 240, crf: 0),
              VideoEncodingOptions(width: 320, height: 240, crf: 60),
              VideoEncodingOptions(width: 320, height: 240, tune: "loud"),
          ])
    func invalidOptions(_ options: VideoEncodingOptions) throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let error = try #require(throws: AVError.self) {
            try VideoFileWriter(url: folder.file("out.mp4"), options: options)
        }
        #expect(error.kind == .invalidOptions)
        #expect(try folder.contents().isEmpty)
    }
}

/// The x264 settings string that libx264 writes into the stream (an SEI message).
private func x264Settings(_ url: URL) throws -> String {
    let bytes = try Data(contentsOf: url)
    guard let start = bytes.range(of: Data("x264 - core".utf8)) else { return "" }
    let tail = bytes[start.lowerBound...]
    let end = tail.firstIndex(of: 0) ?? tail.endIndex
    return String(decoding: tail[..<end], as: UTF8.self)
}
