import Foundation
import ReelTestSupport
import Testing

/// Lengths given on the command line that no video can have are usage errors (exit 64) naming
/// the option, before any photo is read; they never crash the tool.
@Suite struct OptionValueCLITests {
    @Test(arguments: [
        (["--duration", "inf"], "--duration inf"),
        (["--duration", "1e300"], "--duration"),
        (["--duration", "nan"], "--duration nan"),
        (["--slide", "inf"], "--slide inf"),
        (["--slide", "0"], "--slide 0"),
        (["--transition-duration", "1e300"], "--transition-duration"),
        (["--clip-max", "inf"], "--clip-max inf"),
        (["--clip-max", "0"], "--clip-max 0"),
        (["--title", "Trip", "--title-duration", "inf"], "--title-duration inf"),
    ])
    func impossibleLengthsAreUsageErrors(_ extra: [String], _ message: String) throws {
        let dir = try ReelRunner.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        for verb in ["render", "draft"] {
            let out = dir.appendingPathComponent(verb == "render" ? "x.mp4" : "x.json")
            let r = try ReelRunner.run([verb, Fixtures.url("photos").path, "-o", out.path] + extra)
            #expect(r.status == 64, "\(verb) \(extra): exit \(r.status): \(r.stderr)")
            #expect(r.stderr.contains(message), "\(verb) \(extra): \(r.stderr)")
            #expect(ReelRunner.contents(dir).isEmpty)
        }
    }

    @Test(arguments: ["inf", "1e300", "nan", "-1"])
    func aFrameTimeNoVideoHasIsAUsageError(_ at: String) throws {
        let dir = try ReelRunner.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try ReelRunner.run(["frame", Fixtures.url("photos").path, "--at=\(at)", "-o", dir.appendingPathComponent("f.png").path])
        #expect(r.status == 64, "--at \(at): exit \(r.status): \(r.stderr)")
        #expect(r.stderr.contains("--at"), "\(r.stderr)")
        #expect(ReelRunner.contents(dir).isEmpty)
    }

    @Test func theLongestLengthsStillWork() throws {
        let dir = try ReelRunner.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("x.json")
        let r = try ReelRunner.run(["draft", Fixtures.url("photos").path, "-o", out.path, "--duration", "3600"])
        #expect(r.status == 0, "\(r.stderr)")
        let draft = try JSONSerialization.jsonObject(with: Data(contentsOf: out)) as? [String: Any]
        #expect(draft?["d"] as? Int == 3_600_000)
    }
}
