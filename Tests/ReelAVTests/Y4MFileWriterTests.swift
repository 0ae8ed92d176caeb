import Foundation
import ReelAV
import ReelCompositor
import ReelTestSupport
import Testing

@Suite("Y4MFileWriter")
struct Y4MFileWriterTests {
    @Test("writes the exact frames; ffmpeg reads them back byte for byte")
    func exactFrames() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let url = folder.file("frames.y4m")
        let writer = try Y4MFileWriter(url: url, width: 96, height: 54, fps: 25)
        let frames = (0..<7).map { TestFrames.frame($0, width: 96, height: 54) }
        for f in frames { try writer.append(f) }
        #expect(try folder.contents().allSatisfy { $0.hasPrefix(".") }, "nothing visible before finish")
        try writer.finish()
        #expect(try folder.contents() == ["frames.y4m"])

        let data = try Data(contentsOf: url)
        let header = "YUV4MPEG2 W96 H54 F25:1 Ip A1:1 C420jpeg XYSCSS=420JPEG XCOLORRANGE=LIMITED\n"
        #expect(data.prefix(header.utf8.count) == Data(header.utf8))
        #expect(data.count == header.utf8.count + 7 * (6 + 96 * 54 * 3 / 2))

        let probe = try VideoProbe(url)
        let video = try #require(probe.video)
        #expect(video.codecName == "rawvideo" && video.width == 96 && video.height == 54)
        #expect(video.frameCount == 7)
        #expect(video.averageFrameRate == "25/1")
        #expect(try decodeFrames(url, width: 96, height: 54) == frames)
    }

    @Test("cancel and failures leave nothing; an existing file survives")
    func nothingPartial() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let url = folder.file("keep.y4m")
        try Data("precious".utf8).write(to: url)
        let writer = try Y4MFileWriter(url: url, width: 64, height: 36, fps: 30)
        try writer.append(TestFrames.frame(0, width: 64, height: 36))
        writer.cancel()
        #expect(throws: AVError.self) { try writer.append(TestFrames.frame(1, width: 64, height: 36)) }
        #expect(try folder.contents() == ["keep.y4m"])
        #expect(try String(contentsOf: url, encoding: .utf8) == "precious")

        let wrongSize = try Y4MFileWriter(url: url, width: 64, height: 36, fps: 30)
        let error = #expect(throws: AVError.self) { try wrongSize.append(TestFrames.frame(0, width: 32, height: 36)) }
        #expect(error?.kind == .invalidFrame && error?.path == url.path)
        #expect(throws: AVError.self) { try wrongSize.finish() }
        #expect(try folder.contents() == ["keep.y4m"])
        #expect(throws: AVError.self) { _ = try Y4MFileWriter(url: folder.file("odd.y4m"), width: 63, height: 36, fps: 30) }
    }
}
