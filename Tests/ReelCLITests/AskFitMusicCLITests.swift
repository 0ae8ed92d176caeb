import Foundation
import ReelTestSupport
import ReelTimeline
import Testing

/// `reel ask "make it as long as the song"`: the video lasts the whole frames of the real music.
@Suite(.serialized) struct AskFitMusicCLITests {
    let photos = Fixtures.url("photos").path
    func song(_ name: String) -> String { Fixtures.url("audio/" + name).path }

    @Test func aFirstCutRendersAsLongAsTheSong() throws {
        let dir = try ReelRunner.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("fit.mp4")
        let r = try ReelRunner.run(["ask", "make it as long as the song, 320x180, quick preview", photos, song("tone-440-4s.m4a"), "-o", out.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("\"as long as the song\" → as long as the music"), "\(r.stdout)")
        let probe = try VideoProbe(out)
        // 4 s of music at 30 fps: 120 frames, and the music plays to the last of them
        #expect(probe.video?.frameCount == 120)
        #expect(abs((probe.audio?.duration ?? 0) - 4) <= 1.0 / 30, "audio lasts \(probe.audio?.duration ?? 0) s")
    }

    @Test func aDraftTakesItsOwnMusicsLength() throws {
        let dir = try ReelRunner.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let draftURL = dir.appendingPathComponent("trip.json")
        var r = try ReelRunner.run(["draft", photos, "--size", "320x180", "--music", song("tone-440-4s.m4a"), "-o", draftURL.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try Timeline(contentsOf: draftURL).durationMs == 13_000)
        r = try ReelRunner.run(["ask", "按歌的长度", "--draft", draftURL.path])
        #expect(r.status == 0, "\(r.stderr)")
        let t = try Timeline(contentsOf: draftURL)
        #expect(t.durationMs == 4_000 && t.tracks[0].segments.count == 5, "\(r.stdout)")
        #expect(t.audioTracks.first?.segments.first?.endMs == 4_000)
        // as `reel draft --fit-to-music` leaves it: the song no longer loops
        #expect(t.audioTracks.first?.segments.first?.audioPlayback.loops == nil)
    }

    @Test func withoutMusicTheLengthStaysAndItSaysSo() throws {
        let r = try ReelRunner.run(["ask", "end when the song ends", photos, "--dry-run"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Not done: as long as the music: there is no music"), "\(r.stdout)")
        let start = try #require(r.stdout.firstIndex(of: "{"))
        #expect(try Timeline(draftJSON: Data(r.stdout[start...].utf8)).durationMs == 13_000)
    }
}
