import Foundation
@testable import ReelAV
import ReelTestSupport
import Testing

/// Failures half-way through setting up an encoder or through decoding a file: each must end in
/// its typed error. Every libav object made before the failure has an owner that frees it as
/// the error unwinds, which `make sanitize` (LeakSanitizer) checks on these same tests.
@Suite("Failures part-way free what they made")
struct FailurePathTests {
    private let small = VideoEncodingOptions(width: 320, height: 240, preset: "veryfast")

    @Test("an H.264 encoder that libx264 refuses to open fails with the library's error")
    func encoderRefusedAtOpen() throws {
        _ = try ScratchFolder()  // quiet libav's log
        // The codec context and packet exist and the options are set when x264 refuses a
        // preset it does not know (the public options never let one through).
        let error = try #require(throws: AVError.self) {
            try VideoEncoder(options: small, globalHeader: true, privateOptions: [("preset", "no-such-preset")])
        }
        #expect(error.kind == .library)
        #expect(error.operation == "avcodec_open2 (libx264)")
        #expect(error.code < 0)
    }

    @Test("an unknown encoder option is refused before the encoder opens")
    func encoderRefusedWhileConfiguring() throws {
        let error = try #require(throws: AVError.self) {
            try VideoEncoder(options: small, globalHeader: true, privateOptions: [("no-such-option", "1")])
        }
        #expect(error.kind == .library)
        #expect(error.operation == "set x264 option")
    }

    @Test("a muxer whose file cannot be opened fails after both encoders and their streams exist")
    func muxerCannotOpenItsFile() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let path = folder.file("no-such-folder/out.mp4").path
        let muxer = try MP4Muxer(path: path)
        let video = try VideoEncoder(options: small, globalHeader: muxer.needsGlobalHeader)
        _ = try muxer.addStream(from: video.context)
        let audio = try AudioEncoder(globalHeader: muxer.needsGlobalHeader)
        _ = try muxer.addStream(from: audio.context)
        let error = try #require(throws: AVError.self) { try muxer.start() }
        #expect(error.kind == .library)
        #expect(error.operation == "avio_open")
        #expect(error.path == path)
        #expect(try folder.contents().isEmpty)
    }

    @Test("a song whose middle is destroyed is refused as damaged, naming it")
    func songDamagedPartWay() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        var bytes = try Data(contentsOf: Fixtures.url("audio/tone-660-2s.flac"))
        // Zero 30 %…80 % of the file: the header and the first frames stay intact, so the
        // decoder opens the file and decodes part of it before the damage.
        let damaged = (bytes.count * 3 / 10)..<(bytes.count * 8 / 10)
        bytes.replaceSubrange(damaged, with: Data(count: damaged.count))
        let url = folder.file("song.flac")
        try bytes.write(to: url)

        let reader = try AudioFileReader(url: url)
        var block = StereoBlock(count: 4_800)
        #expect(try reader.read(4_800, into: &block) == 4_800)  // the intact start decodes

        let error = try #require(throws: AudioFileError.self) { try AudioFileInfo(probing: url) }
        #expect(error.problem == .damaged)
        #expect(error.path == url.path)
        #expect(error.description.hasPrefix(url.path + ": "))
    }
}
