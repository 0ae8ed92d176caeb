import Foundation
import ReelCompositor
import ReelTestSupport
import Testing

/// Photos and video clips mixed, through the `reel` binary: timing, frames, sound, drafts, errors.
@Suite(.serialized) struct ClipCLITests {
    func photo(_ name: String) -> String { Fixtures.url("photos/" + name).path }
    func clip(_ name: String) -> String { Fixtures.url("clips/" + name).path }
    let small = ["--size", "320x180", "--preset", "ultrafast", "--progress", "none"]

    @Test func clipsPlayTheirLengthAndTransitionsOverlapThem() throws {
        let dir = try ReelRunner.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("mix.mp4")
        // Three 3 s photos and four 2 s clips with 0.5 s crossfades: 3·3 + 4·2 − 6·0.5 = 14 s = 420 frames.
        let inputs = [photo("01-astronaut.jpg"), clip("level-30fps-sound.mp4"), photo("02-rocket.jpg"), clip("level-24fps.webm"),
                      clip("level-30fps-silent.mp4"), photo("04-chelsea.jpg"), clip("level-30fps-sound.mp4")]
        let r = try ReelRunner.run(["render"] + inputs + small + ["-o", out.path])
        #expect(r.status == 0, "\(r.stderr)")
        let probe = try VideoProbe(out)
        #expect(probe.video?.frameCount == 420)
        #expect(probe.hasAudio)  // the clips' own sound
        // The first clip starts at 2.5 s: mid-clip frame 2.5 s + 1 s = frame 105 shows its frame 30.
        let frames = try decodeFrames(out, width: 320, height: 180)
        #expect(abs(levelFrameNumber(frames[105]) - 30) <= 1)
    }

    @Test func clipMaxCapsLongClipsAndDurationRetimesOnlyPhotos() throws {
        let dir = try ReelRunner.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("capped.mp4")
        let inputs = [photo("01-astronaut.jpg"), clip("level-30fps-sound.mp4"), photo("02-rocket.jpg")]
        // Clip capped at 1.5 s; photos retimed so that 2·slide + 1.5 − 2·0.5 = 10 s → slide 4.75 s.
        let r = try ReelRunner.run(["render"] + inputs + small + ["--clip-max", "1.5", "--duration", "10", "-o", out.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try VideoProbe(out).video?.frameCount == 300)
        let tooShort = try ReelRunner.run(["render"] + inputs + small + ["--duration", "1", "-o", out.path])
        #expect(tooShort.status == 65)
        #expect(tooShort.stderr.contains("clips alone last"), "\(tooShort.stderr)")
    }

    @Test func draftKeepsClipKeysAndRendersTheInPoint() throws {
        let dir = try ReelRunner.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let draft = dir.appendingPathComponent("d.json")
        let r = try ReelRunner.run(["draft", photo("01-astronaut.jpg"), clip("level-30fps-sound.mp4"), "--size", "320x180", "-o", draft.path])
        #expect(r.status == 0, "\(r.stderr)")
        var json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: draft)) as? [String: Any])
        var tracks = try #require(json["t"] as? [[String: Any]])
        var segments = try #require(tracks[0]["sg"] as? [[String: Any]])
        #expect(segments[1]["kb"] == nil)           // clips move on their own
        #expect(segments[1]["d"] as? Int == 2000)
        #expect(segments[0]["kb"] != nil)
        // Play the clip from 1 s in for 1 s, silently, and keep an unknown key.
        segments[1]["in"] = 1000
        segments[1]["d"] = 1000
        segments[1]["vol"] = 0
        segments[1]["custom"] = "kept"
        tracks[0]["sg"] = segments
        json["t"] = tracks
        try JSONSerialization.data(withJSONObject: json).write(to: draft)
        let out = dir.appendingPathComponent("in.mp4")
        let render = try ReelRunner.run(["render", draft.path, "--preset", "ultrafast", "--progress", "none", "-o", out.path])
        #expect(render.status == 0, "\(render.stderr)")
        let frames = try decodeFrames(out, width: 320, height: 180)
        #expect(frames.count == 105)  // 3 s + 1 s − 0.5 s
        // The clip segment starts at 2.5 s; 0.6 s into it (frame 93) shows clip frame 30 + 18 = 48.
        #expect(abs(levelFrameNumber(frames[93]) - 48) <= 1)
        #expect(try !VideoProbe(out).hasAudio)  // vol 0, no music
        let frame = dir.appendingPathComponent("f.png")
        let f = try ReelRunner.run(["frame", draft.path, "--at", "3.1", "-o", frame.path])
        #expect(f.status == 0, "\(f.stderr)")
    }

    @Test func musicIsDuckedUnderClipSound() throws {
        let dir = try ReelRunner.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let inputs = [photo("01-astronaut.jpg"), clip("level-30fps-sound.mp4"), photo("02-rocket.jpg")]
        let music = ["--music", Fixtures.url("audio/tone-440-4s.m4a").path]
        let out = dir.appendingPathComponent("duck.mp4")
        let r = try ReelRunner.run(["render"] + inputs + small + music + ["-o", out.path])
        #expect(r.status == 0, "\(r.stderr)")
        // Photo 0–3 s, clip 2.5–4.5 s (660 Hz), photo 4–7 s; music at 440 Hz throughout.
        let sound = try DecodedAudio(out)
        let musicOutside = sound.tone(440, 1.2, 2.0), musicUnder = sound.tone(440, 2.7, 3.4)
        let drop = 20 * log10(musicOutside / musicUnder)
        #expect(drop >= 6 && drop < 18, "music ducked by \(drop) dB")
        #expect(sound.tone(660, 3.0, 4.0) > 10 * sound.tone(660, 1.2, 2.0))
        #expect(20 * log10(sound.tone(440, 5.2, 5.8) / musicUnder) >= 6)  // and comes back
        // --clip-audio off: no clip sound, nothing ducked.
        let off = dir.appendingPathComponent("off.mp4")
        let r2 = try ReelRunner.run(["render"] + inputs + small + music + ["--clip-audio", "off", "-o", off.path])
        #expect(r2.status == 0, "\(r2.stderr)")
        let quiet = try DecodedAudio(off)
        #expect(quiet.tone(660, 3.0, 4.0) < 0.01 * sound.tone(660, 3.0, 4.0) + 1e-4)
        #expect(abs(20 * log10(quiet.tone(440, 2.7, 3.4) / quiet.tone(440, 1.2, 2.0))) < 1.5)
    }

    @Test func foldersPickUpClipsInNaturalOrder() throws {
        let dir = try ReelRunner.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let folder = dir.appendingPathComponent("roll")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: photo("01-astronaut.jpg"), toPath: folder.appendingPathComponent("IMG_2.jpg").path)
        try FileManager.default.copyItem(atPath: clip("level-30fps-silent.mp4"), toPath: folder.appendingPathComponent("IMG_10.MP4").path)
        let out = dir.appendingPathComponent("roll.mp4")
        let r = try ReelRunner.run(["render", folder.path] + small + ["-o", out.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try VideoProbe(out).video?.frameCount == 135)  // 3 + 2 − 0.5 s
    }

    @Test(arguments: [("bad/truncated-clip.mp4", "damaged or cut short"), ("bad/sound-only.mp4", "no picture"),
                      ("bad/text.mp4", "not a video file")])
    func badClipsFailCleanlyNamingTheFile(_ bad: String, _ message: String) throws {
        let dir = try ReelRunner.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("bad.mp4")
        let path = Fixtures.url(bad).path
        let r = try ReelRunner.run(["render", photo("01-astronaut.jpg"), path] + small + ["-o", out.path])
        #expect(r.status == 65, "\(r.stderr)")
        #expect(r.stderr.contains(path) && r.stderr.contains(message), "\(r.stderr)")
        #expect(ReelRunner.contents(dir).isEmpty)
    }

    @Test func clipShorterThanItsTransitionsIsRefused() throws {
        let dir = try ReelRunner.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("short.mp4")
        let r = try ReelRunner.run(["render", photo("01-astronaut.jpg"), clip("level-30fps-sound.mp4"), photo("02-rocket.jpg")]
                                   + small + ["--transition-duration", "1.2", "-o", out.path])
        #expect(r.status == 65, "\(r.stderr)")
        #expect(r.stderr.contains("too short for its"), "\(r.stderr)")
        #expect(ReelRunner.contents(dir).isEmpty)
    }
}
