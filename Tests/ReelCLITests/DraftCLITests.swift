import Foundation
import ReelTestSupport
import ReelTimeline
import Testing

@Suite(.serialized) struct DraftCLITests {
    @Test func draftWritesRelativePathsAndRendersFromAnotherFolder() throws {
        let dir = try ReelRunner.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let photos = dir.appendingPathComponent("photos")
        try FileManager.default.copyItem(at: Fixtures.url("photos"), to: photos)
        var r = try ReelRunner.run(["draft", "photos", "--size", "320x180", "--duration", "6", "-o", "trip.json"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Timeline (1 track): 1. Video: 5 photos (0-6s)"))
        let t = try Timeline(contentsOf: dir.appendingPathComponent("trip.json"))
        #expect(t.tracks[0].segments.map(\.source) == ["photos/01-astronaut.jpg", "photos/02-rocket.jpg",
                                                        "photos/03-hubble-deep-field.jpg", "photos/04-chelsea.jpg", "photos/05-coffee.jpg"])
        #expect(t.durationMs == 6000 && t.profile.width == 320)
        // Rendered from elsewhere, relative paths resolve against the draft's folder.
        let out = dir.appendingPathComponent("trip.mp4")
        r = try ReelRunner.run(["render", dir.appendingPathComponent("trip.json").path, "--preset", "ultrafast", "-o", out.path],
                               in: FileManager.default.temporaryDirectory)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try VideoProbe(out).video?.frameCount == 180)
    }

    @Test func draftErrorsNameTheFileAndPath() throws {
        let dir = try ReelRunner.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let draft = dir.appendingPathComponent("bad.json")
        try Data(#"{"t": [{"tt": 0, "sg": [{"src": "a.jpg", "d": -5}]}]}"#.utf8).write(to: draft)
        let r = try ReelRunner.run(["render", draft.path, "-o", dir.appendingPathComponent("x.mp4").path])
        #expect(r.status == 65)
        #expect(r.stderr.contains("bad.json: t[0].sg[0].d: duration must be positive"))
        #expect(ReelRunner.contents(dir) == ["bad.json"])
    }

    @Test func jsonProgressIsMachineReadable() throws {
        let dir = try ReelRunner.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try ReelRunner.run(["render", Fixtures.url("photos").path, "--size", "160x90", "--slide", "1", "--progress", "json",
                                    "--preset", "ultrafast", "-o", dir.appendingPathComponent("p.mp4").path])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n").map(String.init)
        let objects = try lines.map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        #expect(objects.allSatisfy { $0 != nil })
        #expect(objects.last??["done"] as? Bool == true)
        #expect(objects.dropLast().last??["frames"] as? Int == 90) // 5 × 1 s − 4 × 0.5 s = 3 s
    }
}
