import Foundation
import ReelTestSupport
import Testing

/// A full disk while rendering or downloading: exit 73 naming the output and the space, the
/// earlier file intact, nothing partial left.
@Suite(.serialized, .enabled(if: TinyDisk.available, "needs root to mount a small tmpfs (mount -t tmpfs); skipped"))
struct DiskFullCLITests {
    static var earlier: Data { Data("the user's earlier video".utf8) }

    @Test(arguments: ["v.mp4", "v.y4m"])
    func aLocalRenderOnAFullDisk(name: String) throws {
        let disk = try #require(TinyDisk(size: "128k"))
        defer { disk.unmount() }
        let out = disk.dir.appendingPathComponent(name)
        try Self.earlier.write(to: out)
        let r = try ReelRunner.run(["render", Fixtures.url("photos").path, "--size", "640x360", "--slide", "1", "--preset", "ultrafast",
                                    "--progress", "none", "-o", out.path])
        #expect(r.status == 73, "exit \(r.status): \(r.stderr)")
        #expect(r.stderr.contains(disk.dir.path) && r.stderr.contains(name))
        #expect(r.stderr.contains("is free"))
        #expect(try Data(contentsOf: out) == Self.earlier)
        #expect(ReelRunner.contents(disk.dir) == [name])
    }

    @Test(arguments: [true, false])
    func aCloudDownloadOnAFullDisk(declared: Bool) throws {
        let disk = try #require(TinyDisk(size: "256k"))
        defer { disk.unmount() }
        let s = try HostileCloudCLITests.Setup()
        defer { s.cleanUp() }
        s.cloud.with { $0.pollsBeforeDone = 0 }
        let meter = HostileReplies.Meter()
        s.cloud.route("/files/") { w, _ in HostileReplies.flood(w, type: "video/mp4", total: 1 << 20, declare: declared, meter: meter) }
        let out = disk.dir.appendingPathComponent("v.mp4")
        try Self.earlier.write(to: out)
        let r = try s.run(["cloud", "export", "-o", out.path])
        #expect(r.status == 73, "exit \(r.status): \(r.stderr)")
        #expect(r.stderr.contains(out.path))
        #expect(r.stderr.contains(declared ? "needs 1.0 MB" : "full"))
        #expect(r.stderr.contains("reel cloud resume render_"))
        #expect(try Data(contentsOf: out) == Self.earlier)
        #expect(ReelRunner.contents(disk.dir) == ["v.mp4"])
    }
}
