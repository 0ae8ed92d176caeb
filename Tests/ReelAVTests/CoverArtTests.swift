import Foundation
import ReelAV
import ReelCompositor
import ReelTestSupport
import Testing

/// `VideoFileWriter(coverArt: true)`: a JPEG as the MP4's attached picture (`covr`).
@Suite("Cover art")
struct CoverArtTests {
    let options = VideoEncodingOptions(width: 240, height: 160, fps: 30)
    /// A 240x160 baseline JPEG.
    let jpeg = Fixtures.url("images/jpeg-baseline.jpg")

    @Test("the picture is an attached mjpeg stream, byte for byte; the video track is whole")
    func attachedPicture() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let url = folder.file("out.mp4")
        let writer = try VideoFileWriter(url: url, options: options, coverArt: true)
        for n in 0..<20 { try writer.append(TestFrames.frame(n, width: 240, height: 160)) }
        writer.setCoverArt(jpeg: try Data(contentsOf: jpeg))
        try writer.finish()

        let probe = try VideoProbe(url)
        #expect(probe.videoTracks.map(\.codecName) == ["h264"])
        #expect(probe.videoTracks.first?.frameCount == 20)
        let covers = probe.streams.filter(\.attachedPicture)
        #expect(covers.map(\.codecName) == ["mjpeg"])
        let cover = try runTool("ffmpeg", ["-v", "error", "-i", url.path, "-map", "0:\(covers.first?.index ?? -1)", "-c", "copy", "-f", "mjpeg", "-"])
        #expect(cover == (try Data(contentsOf: jpeg)))
        #expect(try mp4TopLevelBoxes(url).prefix(2) == ["ftyp", "moov"])
    }

    @Test("without the picture, finishing fails and leaves no file")
    func missingPicture() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let url = folder.file("out.mp4")
        let writer = try VideoFileWriter(url: url, options: options, coverArt: true)
        for n in 0..<5 { try writer.append(TestFrames.frame(n, width: 240, height: 160)) }
        let error = #expect(throws: AVError.self) { try writer.finish() }
        #expect(error?.reason.contains("cover picture was never given") == true)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).isEmpty)
    }

    @Test("a companion file placed before the commit; its failure abandons the video")
    func beforeCommit() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let url = folder.file("out.mp4")
        var writer = try VideoFileWriter(url: url, options: options)
        try writer.append(TestFrames.frame(0, width: 240, height: 160))
        var sawFile = true
        try writer.finish(beforeCommit: { sawFile = FileManager.default.fileExists(atPath: url.path) })
        #expect(!sawFile && FileManager.default.fileExists(atPath: url.path))

        let other = folder.file("other.mp4")
        writer = try VideoFileWriter(url: other, options: options)
        try writer.append(TestFrames.frame(0, width: 240, height: 160))
        struct Refused: Error {}
        #expect(throws: Refused.self) { try writer.finish(beforeCommit: { throw Refused() }) }
        #expect(!FileManager.default.fileExists(atPath: other.path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["out.mp4"])
    }
}
