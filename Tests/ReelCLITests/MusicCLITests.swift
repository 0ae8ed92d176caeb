import Foundation
import ReelTestSupport
import ReelTimeline
import Testing

@Suite(.serialized) struct MusicCLITests {
    let photos = Fixtures.url("photos").path
    func song(_ name: String) -> String { Fixtures.url("audio/" + name).path }
    let small = ["--size", "320x180", "--preset", "ultrafast", "--progress", "none"]

    @Test func longMusicIsCutToTheVideoAndEndsInSilence() throws {
        let dir = try ReelRunner.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("bgm.mp4")
        // 5 photos × 1 s − 4 × 0.5 s = 3 s of video under 4 s of music.
        let r = try ReelRunner.run(["render", photos, "--slide", "1", "--music", song("tone-440-4s.mp3"), "-o", out.path] + small)
        #expect(r.status == 0, "\(r.stderr)")
        let probe = try VideoProbe(out)
        let video = try #require(probe.video), audio = try #require(probe.audio)
        #expect(audio.codecName == "aac" && audio.profile == "LC" && audio.sampleRate == 48_000 && audio.channels == 2)
        #expect(abs((audio.duration ?? 0) - 3) <= 1.0 / 30, "audio lasts \(audio.duration ?? 0) s")
        #expect(abs((audio.duration ?? 0) - (video.duration ?? 0)) <= 1.0 / 30)
        let sound = try DecodedAudio(out)
        #expect(sound.rmsDB(2.95, 3.0) < -45, "last 50 ms: \(sound.rmsDB(2.95, 3.0)) dB")
        #expect(sound.rmsDB(0.9, 1.1) > -30)
        #expect(ReelRunner.contents(dir) == ["bgm.mp4"])
    }

    @Test func defaultVolumeIsThirtyFivePercent() throws {
        let dir = try ReelRunner.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        func render(_ name: String, _ extra: [String]) throws -> DecodedAudio {
            let out = dir.appendingPathComponent(name)
            let r = try ReelRunner.run(["render", photos, "--slide", "1", "--music", song("tone-440-4s.m4a"),
                                        "--music-fade-in", "0", "--music-fade-out", "0", "-o", out.path] + small + extra)
            #expect(r.status == 0, "\(r.stderr)")
            return try DecodedAudio(out)
        }
        let full = try render("full.mp4", ["--music-volume", "100%"]), bgm = try render("bgm.mp4", [])
        let difference = bgm.rmsDB(1.25, 1.75) - full.rmsDB(1.25, 1.75)
        #expect(abs(difference - (-9.1)) <= 1, "BGM is \(difference) dB from the music at volume 1")
        let half = try render("half.mp4", ["--music-volume", "0.5"])
        #expect(abs(half.rmsDB(1.25, 1.75) - full.rmsDB(1.25, 1.75) - 20 * log10(0.5)) <= 1)
    }

    @Test func shortMusicLoops() throws {
        let dir = try ReelRunner.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("loop.mp4")
        let r = try ReelRunner.run(["render", photos, "--duration", "6", "--music", song("tone-660-2s.flac"), "-o", out.path] + small)
        #expect(r.status == 0, "\(r.stderr)")
        let sound = try DecodedAudio(out)
        #expect(abs(Double(sound.left.count) / Double(DecodedAudio.rate) - 6) < 0.05)
        // Between the fades (1 s in, 2 s out) the level holds through every repeat.
        let reference = sound.rmsDB(1.2, 1.7)
        #expect(reference > -30)
        for t in stride(from: 1.0, to: 3.95, by: 0.05) {
            #expect(sound.rmsDB(t, t + 0.05) > reference - 4, "dip at \(t) s: \(sound.rmsDB(t, t + 0.05)) dB")
        }
        #expect(sound.tone(660, 4.0, 4.5) > 0.01, "no music after the song's first 2 s")
    }

    @Test func severalSongsPlayInTurn() throws {
        let dir = try ReelRunner.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("two.mp4")
        let r = try ReelRunner.run(["render", photos, "--duration", "6", "--music", song("tone-440-4s.mp3"),
                                    "--music", song("tone-550-2s.ogg"), "--music-fade-in", "0", "-o", out.path] + small)
        #expect(r.status == 0, "\(r.stderr)")
        let sound = try DecodedAudio(out)
        #expect(sound.tone(440, 1, 2) > 0.05 && sound.tone(550, 1, 2) < 0.01)
        #expect(sound.tone(440, 3.2, 3.8) > 0.01 && sound.tone(550, 3.2, 3.8) > 0.01)  // crossfading
        #expect(sound.tone(440, 4.2, 4.8) < 0.01 && sound.tone(550, 4.2, 4.8) > 0.02)
    }

    @Test func fitToMusicMakesTheVideoAsLongAsTheSong() throws {
        let dir = try ReelRunner.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("fit.mp4")
        let r = try ReelRunner.run(["render", photos, "--music", song("tone-440-4s.m4a"), "--fit-to-music", "-o", out.path] + small)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("(4 s,"), "\(r.stdout)")
        let probe = try VideoProbe(out)
        #expect(probe.video?.frameCount == 120)
        #expect(abs((probe.audio?.duration ?? 0) - 4) <= 1.0 / 30)
    }

    @Test func draftKeepsTheMusicAndRendersIt() throws {
        let dir = try ReelRunner.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("music"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Fixtures.url("audio/tone-440-4s.mp3"), to: dir.appendingPathComponent("music/song.mp3"))
        var r = try ReelRunner.run(["draft", photos, "--size", "320x180", "--slide", "3", "--music", "music/song.mp3",
                                    "-o", "trip.json"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Timeline (2 tracks): 1. Video: 5 photos (0-13s) 2. BGM: song.mp3 (0-13s, 35%)"), "\(r.stdout)")
        let t = try Timeline(contentsOf: dir.appendingPathComponent("trip.json"))
        let bgm = try #require(t.audioTracks.first?.segments.first)
        #expect(bgm.source == "music/song.mp3" && bgm.volume == 0.35 && bgm.durationMs == 13_000)
        #expect(bgm.audioPlayback == AudioPlayback(fadeInMs: 1000, fadeOutMs: 2000, loops: true))

        let out = dir.appendingPathComponent("trip.mp4")
        r = try ReelRunner.run(["render", dir.appendingPathComponent("trip.json").path, "--preset", "ultrafast",
                                "--progress", "none", "-o", out.path], in: FileManager.default.temporaryDirectory)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(abs((try VideoProbe(out).audio?.duration ?? 0) - 13) <= 1.0 / 30)
    }

    @Test(arguments: ["bad/bad-truncated.mp3", "bad/bad-notaudio.mp3", "bad/bad-unsupported-codec.wav",
                      "bad/bad-no-audio.mp4", "audio/missing-song.mp3"])
    func badMusicFailsCleanlyNamingTheFile(_ bad: String) throws {
        let dir = try ReelRunner.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        for command in ["render", "draft"] {
            let out = dir.appendingPathComponent(command == "render" ? "out.mp4" : "out.json")
            let r = try ReelRunner.run([command, photos, "--music", Fixtures.url(bad).path, "-o", out.path] + (command == "render" ? small : []))
            #expect(r.status == 65, "\(command) exit \(r.status): \(r.stderr)")
            #expect(r.stderr.contains((bad as NSString).lastPathComponent), "error does not name the file: \(r.stderr)")
            #expect(r.stderr.split(separator: "\n").count <= 2, "error is not short: \(r.stderr)")
            #expect(ReelRunner.contents(dir).isEmpty, "left behind: \(ReelRunner.contents(dir))")
        }
    }

    @Test func badMusicInADraftFailsBeforeAnyOutput() throws {
        let dir = try ReelRunner.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let draft = dir.appendingPathComponent("d.json")
        let json = """
        {"m": {"width": 320, "height": 180}, "t": [{"tt": 0, "sg": [{"src": "\(Fixtures.url("photos/01-astronaut.jpg").path)", "d": 1000}]},
         {"tt": 1, "sg": [{"src": "\(Fixtures.url("bad/bad-truncated.mp3").path)", "d": 1000, "v": 0.35}]}]}
        """
        try Data(json.utf8).write(to: draft)
        var r = try ReelRunner.run(["render", draft.path, "-o", dir.appendingPathComponent("x.mp4").path])
        #expect(r.status == 65 && r.stderr.contains("bad-truncated.mp3"), "\(r.stderr)")
        #expect(ReelRunner.contents(dir) == ["d.json"])

        try Data(json.replacingOccurrences(of: "\"v\": 0.35", with: "\"fo\": \"long\"").utf8).write(to: draft)
        r = try ReelRunner.run(["render", draft.path, "-o", dir.appendingPathComponent("x.mp4").path])
        #expect(r.status == 65 && r.stderr.contains("t[1].sg[0].fo"), "\(r.stderr)")
        #expect(ReelRunner.contents(dir) == ["d.json"])
    }

    @Test(arguments: [
        (["--music-volume", "150%"], "--music-volume 150%"),
        (["--music-volume", "loud"], "--music-volume loud"),
        (["--music-fade-out", "-1"], "--music-fade-out"),
    ])
    func badMusicOptionsAreUsageErrors(_ extra: [String], _ message: String) throws {
        let dir = try ReelRunner.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try ReelRunner.run(["render", photos, "--music", song("tone-440-4s.mp3"), "-o", dir.appendingPathComponent("x.mp4").path] + extra)
        #expect(r.status == 64, "exit \(r.status): \(r.stderr)")
        #expect(r.stderr.contains(message), "\(r.stderr)")
        #expect(ReelRunner.contents(dir).isEmpty)
    }

    @Test func musicOptionsNeedMusic() throws {
        let r = try ReelRunner.run(["render", photos, "--fit-to-music", "-o", "/tmp/never.mp4"])
        #expect(r.status == 64 && r.stderr.contains("--fit-to-music needs --music"), "\(r.stderr)")
    }

    @Test func fitToMusicContradictsAGivenLength() throws {
        for (verb, length) in [("render", ["--duration", "10"]), ("draft", ["--slide", "2"]), ("frame", ["--duration", "10"])] {
            let out = verb == "render" ? "/tmp/never.mp4" : verb == "draft" ? "/tmp/never.json" : "/tmp/never.png"
            var args = [verb, photos, "--music", song("tone-440-4s.m4a"), "--fit-to-music"] + length + ["-o", out]
            if verb == "frame" { args += ["--at", "1"] }
            let r = try ReelRunner.run(args)
            #expect(r.status == 64 && r.stderr.contains("leave out \(length[0])"), "\(verb): \(r.stderr)")
            #expect(!FileManager.default.fileExists(atPath: out))
        }
    }
}
