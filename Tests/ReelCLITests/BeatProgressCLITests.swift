import Foundation
import ReelTestSupport
import Testing

/// `--beat-sync` says that it is listening to the music, in each `--progress` style.
@Suite(.serialized) struct BeatProgressCLITests {
    let photos = Fixtures.url("photos").path

    func clicks(in dir: URL) throws -> String {
        let url = dir.appendingPathComponent("clicks.wav")
        let track = clickTrack(seconds: 6)
        try writeWAV(url, left: track, right: track)
        return url.path
    }

    @Test func offATerminalTheListeningLineIsPrintedOnce() throws {
        let dir = try ReelRunner.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try ReelRunner.run(["draft", photos, "--duration", "6", "--music", try clicks(in: dir), "--beat-sync",
                                    "-o", dir.appendingPathComponent("d.json").path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.components(separatedBy: "Listening for beats in clicks.wav…\n").count == 2, "\(r.stderr)")
        #expect(!r.stderr.contains("%") && !r.stderr.contains("\r"))
    }

    @Test func jsonProgressHasListeningEvents() throws {
        let dir = try ReelRunner.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("v.mp4")
        let r = try ReelRunner.run(["render", photos, "--duration", "6", "--music", try clicks(in: dir), "--beat-sync",
                                    "--size", "160x90", "--preset", "ultrafast", "--progress", "json", "-o", out.path])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n").map(String.init)
        let listening = lines.filter { $0.hasPrefix("{\"listening\":\"clicks.wav\"") }
        #expect(listening.first == "{\"listening\":\"clicks.wav\",\"percent\":0}")
        #expect(listening.last == "{\"listening\":\"clicks.wav\",\"percent\":100}")
        // Listening comes before the first frame.
        #expect((lines.firstIndex { $0.hasPrefix("{\"frames\"") } ?? -1) > (lines.lastIndex(of: listening.last ?? "") ?? Int.max))
        #expect(!r.stderr.contains("Listening"))
    }

    @Test func noProgressMeansNoListeningLine() throws {
        let dir = try ReelRunner.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try ReelRunner.run(["render", photos, "--duration", "6", "--music", try clicks(in: dir), "--beat-sync",
                                    "--size", "160x90", "--preset", "ultrafast", "--progress", "none",
                                    "-o", dir.appendingPathComponent("v.mp4").path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(!r.stderr.contains("Listening") && !r.stdout.contains("listening"))
    }
}
