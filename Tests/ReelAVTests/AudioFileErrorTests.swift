import Foundation
import ReelAV
import ReelTestSupport
import Testing

@Suite("Bad music files")
struct AudioFileErrorTests {
    @Test("each bad file is refused by the probe, naming it", arguments: [
        ("bad/bad-truncated.mp3", AudioFileError.Problem.damaged, "cut short"),
        ("bad/bad-notaudio.mp3", .notAudio, "not an audio file libav can read"),
        ("bad/bad-unsupported-codec.wav", .unsupportedCodec, "cannot decode"),
        ("bad/bad-no-audio.mp4", .noAudioStream, "has no sound"),
        ("photos/01-astronaut.jpg", .noAudioStream, "has no sound"),
        ("audio/no-such-song.mp3", .missing, "no such music file"),
    ])
    func refused(_ file: String, _ problem: AudioFileError.Problem, _ words: String) throws {
        let url = Fixtures.url(file)
        let error = try #require(throws: AudioFileError.self) { try AudioFileInfo(probing: url) }
        #expect(error.problem == problem)
        #expect(error.path == url.path)
        #expect(error.description.hasPrefix(url.path + ": "))
        #expect(error.description.contains(words), "\(error)")
        #expect(!error.description.contains("\n"))
    }

    @Test("a writer given bad music fails before creating any file", arguments: [
        "bad/bad-notaudio.mp3", "bad/bad-unsupported-codec.wav", "bad/bad-no-audio.mp4", "audio/no-such-song.mp3",
    ])
    func writerRefusesFirst(_ file: String) throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let mix = AudioMix(segments: [AudioMix.Segment(url: Fixtures.url(file), startMs: 0, durationMs: 1000)], durationMs: 1000)
        #expect(throws: AudioFileError.self) {
            try VideoFileWriter(url: folder.file("out.mp4"), options: .init(width: 64, height: 48), audio: mix)
        }
        #expect(try folder.contents().isEmpty)
    }

    @Test("unusable mix numbers are refused")
    func invalidMix() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let loud = AudioMix.Segment(url: Fixtures.url("audio/tone-440-4s.mp3"), startMs: 0, durationMs: 1000, volume: 1.5)
        let error = try #require(throws: AVError.self) {
            try VideoFileWriter(url: folder.file("out.mp4"), options: .init(width: 64, height: 48),
                                audio: AudioMix(segments: [loud], durationMs: 1000))
        }
        #expect(error.kind == .invalidOptions && error.reason.contains("volume"))
        #expect(try folder.contents().isEmpty)
    }
}
