import Foundation
import ReelTestSupport
import Testing

/// `reel render --cloud` when the cloud cannot be reached (the protocol itself is tested
/// against a loopback server in ReelCloudTests).
@Suite(.serialized) struct CloudCLITests {
    /// A port on loopback where nothing listens.
    let deadAPI = "http://127.0.0.1:9"

    @Test func unreachableCloudFallsBackToALocalRender() throws {
        let dir = try ReelRunner.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("v.mp4")
        let r = try ReelRunner.run(["render", Fixtures.url("photos").path, "--size", "160x90", "--slide", "1", "--preset", "superfast",
                                    "--cloud", "--api-url", deadAPI, "--progress", "none", "-o", out.path],
                                   environment: ["XDG_CONFIG_HOME": dir.appendingPathComponent("config").path, "NEMO_TOKEN": ""])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("rendering locally instead"))
        #expect(try VideoProbe(out).video?.frameCount == 90)
    }

    @Test func noFallbackFailsClearlyAndLeavesNothing() throws {
        let dir = try ReelRunner.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("v.mp4")
        let r = try ReelRunner.run(["render", Fixtures.url("photos").path, "--cloud", "--no-fallback", "--api-url", deadAPI,
                                    "-o", out.path],
                                   environment: ["XDG_CONFIG_HOME": dir.appendingPathComponent("config").path, "NEMO_TOKEN": "nmv_usr_secret123"])
        #expect(r.status == 69, "exit \(r.status): \(r.stderr)")
        #expect(r.stderr.split(separator: "\n").count <= 3)
        #expect(!r.stderr.contains("nmv_usr_secret123") && !r.stdout.contains("nmv_usr_secret123"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func noFallbackWithoutCloudIsAUsageError() throws {
        let r = try ReelRunner.run(["render", Fixtures.url("photos").path, "--no-fallback", "-o", "/tmp/x.mp4"])
        #expect(r.status == 64 && r.stderr.contains("--no-fallback goes with --cloud"))
    }
}
