import Foundation
import ReelAV
import ReelCompositor
import ReelTestSupport
import Testing

/// Writes `seconds` of small grey video at `fps` with `audio`, returning the file.
@discardableResult
private func render(_ audio: AudioMix?, seconds: Double, fps: Int = 30, to url: URL) throws -> URL {
    let options = VideoEncodingOptions(width: 64, height: 48, fps: fps, preset: "ultrafast")
    let writer = try VideoFileWriter(url: url, options: options, audio: audio)
    let frame = YUVFrame(width: 64, height: 48)
    for _ in 0..<Int((seconds * Double(fps)).rounded()) { try writer.append(frame) }
    try writer.finish()
    return url
}

private func music(_ name: String) -> URL { Fixtures.url("audio/" + name) }

/// One segment of `file` over the whole `ms` of video.
private func whole(_ file: String, _ ms: Int, volume: Double = 1, fadeIn: Int = 0, fadeOut: Int = 0,
                   loops: Bool = false) -> AudioMix {
    AudioMix(segments: [AudioMix.Segment(url: music(file), startMs: 0, durationMs: ms, volume: volume,
                                         fadeInMs: fadeIn, fadeOutMs: fadeOut, loops: loops)],
             durationMs: ms)
}

@Suite("Audio in VideoFileWriter", .serialized)
struct AudioWriterTests {
    @Test("the aac encoder is available")
    func encoderAvailable() {
        #expect(LibAVInfo.hasEncoder("aac"))
    }

    @Test("every accepted format decodes and measures", arguments: [
        ("tone-440-4s.mp3", 4000), ("tone-440-4s.m4a", 4000), ("tone-440-2s.wav", 2000),
        ("tone-660-2s.flac", 2000), ("tone-550-2s.ogg", 2000),
    ])
    func formats(_ file: String, _ ms: Int) throws {
        let info = try AudioFileInfo(probing: music(file))
        #expect(abs(info.durationMs - ms) <= 60, "\(file): \(info.durationMs) ms")
        #expect(try probeAudioDuration(music(file)) == info.durationMs)

        let folder = try ScratchFolder()
        defer { folder.remove() }
        let out = try render(whole(file, 1000), seconds: 1, to: folder.file("out.mp4"))
        let probe = try VideoProbe(out)
        let audio = try #require(probe.audio)
        #expect(audio.codecName == "aac" && audio.profile == "LC")
        #expect(audio.sampleRate == 48_000 && audio.channels == 2)
        // Every fixture is a sine of amplitude 0.3 (−13.5 dB RMS); mono plays on both channels.
        let level = try DecodedAudio(out).rmsDB(0.3, 0.7)
        #expect(abs(level - 20 * log10(0.3 / 2.0.squareRoot())) <= 0.5, "\(file): \(level) dB")
    }

    @Test("long music is cut at the video's end, fading to silence", arguments: [24, 30])
    func longMusicTrimmed(_ fps: Int) throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let out = try render(whole("tone-440-4s.mp3", 2500, volume: 0.35, fadeIn: 1000, fadeOut: 2000 / 2),
                             seconds: 2.5, fps: fps, to: folder.file("trim.mp4"))
        let probe = try VideoProbe(out)
        let video = try #require(probe.video), audio = try #require(probe.audio)
        let frame = 1 / Double(fps)
        #expect(abs((audio.duration ?? 0) - 2.5) <= frame, "audio lasts \(audio.duration ?? 0) s")
        #expect(abs((audio.duration ?? 0) - (video.duration ?? 0)) <= frame)
        let decoded = try DecodedAudio(out)
        #expect(abs(decoded.seconds - 2.5) <= frame, "decoded \(decoded.seconds) s")
        #expect(decoded.rmsDB(2.45, 2.5) < -45, "last 50 ms: \(decoded.rmsDB(2.45, 2.5)) dB")
        #expect(decoded.rmsDB(0, 0.05) < -40, "first 50 ms: \(decoded.rmsDB(0, 0.05)) dB")
        #expect(decoded.rmsDB(1.2, 1.4) > -25)
        #expect(moovBeforeMdat(out))
    }

    @Test("volume 0.35 is 9.1 dB below the same music at volume 1")
    func volume() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let full = try DecodedAudio(render(whole("tone-440-4s.m4a", 3000), seconds: 3, to: folder.file("full.mp4")))
        let bgm = try DecodedAudio(render(whole("tone-440-4s.m4a", 3000, volume: 0.35, fadeIn: 1000, fadeOut: 1000),
                                          seconds: 3, to: folder.file("bgm.mp4")))
        let difference = bgm.rmsDB(1.25, 1.75) - full.rmsDB(1.25, 1.75)
        #expect(abs(difference - 20 * log10(0.35)) <= 1, "difference \(difference) dB")
    }

    @Test("a short song loops without a gap; without looping, silence follows it")
    func loops() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let looped = try DecodedAudio(render(whole("tone-440-2s.wav", 6000, loops: true), seconds: 6, to: folder.file("loop.mp4")))
        #expect(abs(looped.seconds - 6) <= 1.0 / 30)
        let reference = looped.rmsDB(0.5, 1.0)
        for window in stride(from: 0.1, to: 5.9, by: 0.05) {
            let level = looped.rmsDB(window, window + 0.05)
            #expect(level > reference - 4, "dip to \(level) dB at \(window) s (reference \(reference) dB)")
        }
        let once = try DecodedAudio(render(whole("tone-440-2s.wav", 6000), seconds: 6, to: folder.file("once.mp4")))
        #expect(once.rmsDB(0.5, 1.5) > -20)
        #expect(once.rmsDB(2.2, 5.9) < -60, "after the song: \(once.rmsDB(2.2, 5.9)) dB")
    }

    @Test("overlapping segments are mixed")
    func mixesSegments() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let a = AudioMix.Segment(url: music("tone-440-4s.mp3"), startMs: 0, durationMs: 2000, volume: 0.5)
        let b = AudioMix.Segment(url: music("tone-660-2s.flac"), startMs: 1000, durationMs: 2000, volume: 0.5)
        let out = try DecodedAudio(render(AudioMix(segments: [a, b], durationMs: 3000), seconds: 3, to: folder.file("mix.mp4")))
        // 440 Hz alone, then both, then 660 Hz alone.
        #expect(out.tone(440, 0.2, 0.8) > 0.05 && out.tone(660, 0.2, 0.8) < 0.01)
        #expect(out.tone(440, 1.2, 1.8) > 0.05 && out.tone(660, 1.2, 1.8) > 0.03)
        #expect(out.tone(440, 2.2, 2.8) < 0.01 && out.tone(660, 2.2, 2.8) > 0.03)
    }

    @Test("a song can start part-way in and at a later time")
    func offsetAndStart() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        var s = AudioMix.Segment(url: music("tone-440-4s.mp3"), startMs: 1000, durationMs: 1000)
        s.sourceOffsetMs = 3500  // only 0.5 s of the song is left
        let out = try DecodedAudio(render(AudioMix(segments: [s], durationMs: 3000), seconds: 3, to: folder.file("o.mp4")))
        #expect(out.rmsDB(0.1, 0.9) < -60)
        #expect(out.rmsDB(1.1, 1.4) > -20)
        #expect(out.rmsDB(1.6, 2.9) < -50)
    }

    @Test("without a mix there is no audio stream")
    func noAudio() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let out = try render(nil, seconds: 0.5, to: folder.file("silent.mp4"))
        #expect(try !VideoProbe(out).hasAudio)
    }
}
