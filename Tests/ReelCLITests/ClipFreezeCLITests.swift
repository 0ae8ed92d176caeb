import Foundation
import ReelCompositor
import ReelTestSupport
import Testing

/// A draft's clip segment longer than its clip holds the clip's last frame, and says so.
@Suite(.serialized) struct ClipFreezeCLITests {
    let clip = Fixtures.url("clips/level-30fps-sound.mp4").path  // 2 s, 60 frames

    /// Writes a draft of one 320x180 clip segment lasting `d` ms from `inMs` and renders it.
    func render(d: Int, inMs: Int? = nil, in dir: URL) throws -> (ReelRunner.Result, URL) {
        var segment: [String: Any] = ["src": clip, "s": 0, "d": d]
        if let inMs { segment["in"] = inMs }
        let json: [String: Any] = ["d": d, "m": ["fps": 30, "width": 320, "height": 180], "t": [["tt": 0, "sg": [segment]]]]
        let draft = dir.appendingPathComponent("d.json"), out = dir.appendingPathComponent("out.mp4")
        try JSONSerialization.data(withJSONObject: json).write(to: draft)
        let r = try ReelRunner.run(["render", draft.path, "--preset", "ultrafast", "--progress", "none", "-o", out.path])
        return (r, out)
    }

    @Test func segmentLongerThanItsClipWarnsAndHoldsTheLastFrame() throws {
        let dir = try ReelRunner.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let (r, out) = try render(d: 3500, in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let warning = r.stderr.split(separator: "\n").first { $0.hasPrefix("reel: warning:") }.map(String.init) ?? ""
        #expect(warning.contains(clip) && warning.contains("t[0].sg[0].d"), "\(r.stderr)")
        #expect(warning.contains("the clip lasts 2 s") && warning.contains("for 1.5 s"), "\(r.stderr)")
        // The behaviour stays: the last frame (59) holds for the last 1.5 s.
        let frames = try decodeFrames(out, width: 320, height: 180)
        #expect(frames.count == 105)
        #expect(levelFrameNumber(frames[58]) == 58 && levelFrameNumber(frames[104]) == 59)

        // From 1 s in, 1.5 s of segment leaves 0.5 s frozen.
        let (late, _) = try render(d: 1500, inMs: 1000, in: dir)
        #expect(late.status == 0, "\(late.stderr)")
        #expect(late.stderr.contains("from its in point 1 s") && late.stderr.contains("for 0.5 s"), "\(late.stderr)")
    }

    @Test func segmentWithinItsClipDoesNotWarn() throws {
        let dir = try ReelRunner.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let (r, _) = try render(d: 2000, in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(!r.stderr.contains("warning"), "\(r.stderr)")
    }
}
