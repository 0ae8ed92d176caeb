import Foundation
import ReelTestSupport
import ReelTimeline
import Testing

/// `--focus`: `reel draft` records what auto chose; `center` leaves the centre; bad values exit 64.
@Suite(.serialized) struct FocusCLITests {
    let top = Fixtures.url("faces/tall-face-top.jpg").path

    @Test func draftRecordsTheAimedCropAndMotion() throws {
        let dir = try ReelRunner.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let draft = dir.appendingPathComponent("d.json")
        var r = try ReelRunner.run(["draft", top, "--fit", "fill", "--size", "640x360", "-o", draft.path])
        #expect(r.status == 0, "\(r.stderr)")
        let seg = try Timeline(contentsOf: draft).tracks[0].segments[0]
        guard case .point(let x, let y)? = seg.focus else {
            Issue.record("no focus point in the draft: \(String(describing: seg.focus))")
            return
        }
        #expect(x == 0.5 && y < 0.2, "crop centre (\(x), \(y))")
        #expect(seg.kenBurns != nil && seg.kenBurns != Slideshow.motion(forPhoto: 0))
        // --focus center: the centre, nothing recorded.
        r = try ReelRunner.run(["draft", top, "--fit", "fill", "--size", "640x360", "--focus", "center", "-o", draft.path])
        #expect(r.status == 0, "\(r.stderr)")
        let centred = try Timeline(contentsOf: draft).tracks[0].segments[0]
        #expect(centred.focus == nil && centred.kenBurns == Slideshow.motion(forPhoto: 0))
    }

    @Test func unknownFocusIsAUsageError() throws {
        let dir = try ReelRunner.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try ReelRunner.run(["draft", top, "--focus", "faces", "-o", dir.appendingPathComponent("d.json").path])
        #expect(r.status == 64)
        #expect(r.stderr.contains("--focus faces: use auto or center"))
        #expect(ReelRunner.contents(dir).isEmpty)
    }

    @Test func aDraftFocusThatIsNotAPointOrAutoIsRefusedByName() throws {
        let dir = try ReelRunner.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let draft = dir.appendingPathComponent("bad.json")
        try Data(#"{"t": [{"tt": 0, "sg": [{"src": "a.jpg", "d": 1000, "focus": {"x": 2, "y": 0.5}}]}]}"#.utf8).write(to: draft)
        let r = try ReelRunner.run(["render", draft.path, "-o", dir.appendingPathComponent("x.mp4").path])
        #expect(r.status == 65)
        #expect(r.stderr.contains("t[0].sg[0].focus: x and y must be between 0 and 1"), "\(r.stderr)")
        #expect(ReelRunner.contents(dir) == ["bad.json"])
    }
}
