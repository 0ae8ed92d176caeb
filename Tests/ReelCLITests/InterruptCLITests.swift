import Foundation
import ReelTestSupport
import Testing

/// SIGINT / SIGTERM during the cloud's upload, export wait and download, sent when the loopback
/// server sees the matching request (an event, never a clock).
@Suite(.serialized) struct InterruptCLITests {
    typealias Setup = HostileCloudCLITests.Setup

    /// Hands the CLI's process id to a server thread; the thread waits for it.
    final class PidBox: @unchecked Sendable {
        private let ready = DispatchSemaphore(value: 0)
        private var pid: Int32 = 0
        func set(_ p: Int32) { pid = p; ready.signal() }
        /// Signals the process once its id is known (only once).
        func send(_ sig: Int32) { ready.wait(); kill(pid, sig) }
    }

    /// A latch a server route waits on, so it holds the connection open without a clock.
    final class Latch: @unchecked Sendable {
        private let s = DispatchSemaphore(value: 0)
        func wait() { s.wait() }
        func open() { s.signal() }
    }

    /// Signals the CLI when the first request under `prefix` arrives.
    func signal(_ sig: Int32, on prefix: String, _ s: Setup, _ box: PidBox) {
        let cloud = s.cloud
        cloud.with { $0.onRequest = { [weak cloud] r in
            if r.path.hasPrefix(prefix) && cloud?.count(prefix) == 1 { box.send(sig) }
        } }
    }

    func jobIDs(_ s: Setup) throws -> [String] {
        let r = try s.run(["cloud", "jobs"])
        return r.stdout.split(separator: "\n").compactMap { $0.split(separator: " ").first.map(String.init) }.filter { $0.hasPrefix("render_") }
    }

    @Test(arguments: [SIGINT, SIGTERM])
    func interruptDuringTheExportWaitRecordsTheJobForResume(sig: Int32) throws {
        let s = try Setup()
        defer { s.cleanUp() }
        s.cloud.with { $0.pollsBeforeDone = 1_000_000 }
        let box = PidBox()
        signal(sig, on: "/api/render/proxy/lambda/", s, box)
        let out = s.dir.appendingPathComponent("out/v.mp4")
        let r = try ReelRunner.run(["cloud", "export", "-o", out.path, "--poll-interval", "1", "--project", s.project.path],
                                   in: s.project, environment: s.env, started: box.set)
        #expect(r.status == 130, "exit \(r.status): \(r.stderr)")
        #expect(r.stderr.contains("reel cloud resume render_"))
        #expect(ReelRunner.contents(out.deletingLastPathComponent()).isEmpty)
        let ids = try jobIDs(s)
        #expect(ids.count == 1)
        let id = try #require(ids.first)

        // The job finishes with `reel cloud resume`.
        s.cloud.with { $0.onRequest = nil; $0.pollsBeforeDone = 0 }
        let resumed = try s.run(["cloud", "resume", id])
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(try Data(contentsOf: out) == s.cloud.mp4)
    }

    @Test func interruptDuringTheDownloadLeavesNoPartialFile() throws {
        let s = try Setup()
        defer { s.cleanUp() }
        s.cloud.with { $0.pollsBeforeDone = 0 }
        let box = PidBox()
        let hold = Latch()
        let mp4 = s.cloud.mp4
        s.cloud.route("/files/") { w, _ in
            // Half the file, then the client is interrupted while the connection stays open.
            w.write("HTTP/1.1 200 OK\r\nContent-Type: video/mp4\r\nContent-Length: \(mp4.count)\r\nConnection: close\r\n\r\n")
            w.write(mp4.prefix(mp4.count / 2))
            box.send(SIGINT)
            hold.wait()
        }
        let out = s.dir.appendingPathComponent("out/v.mp4")
        let r = try ReelRunner.run(["cloud", "export", "-o", out.path, "--project", s.project.path],
                                   in: s.project, environment: s.env, started: box.set)
        hold.open()
        #expect(r.status == 130, "exit \(r.status): \(r.stderr)")
        #expect(ReelRunner.contents(out.deletingLastPathComponent()).isEmpty, "\(ReelRunner.contents(out.deletingLastPathComponent()))")
        let ids = try jobIDs(s)
        #expect(ids.count == 1)
        let id = try #require(ids.first)
        s.cloud.with { $0.routes = [] }
        let resumed = try s.run(["cloud", "resume", id])
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(try Data(contentsOf: out) == s.cloud.mp4)
    }

    @Test func interruptDuringTheUploadOfACloudRender() throws {
        let s = try Setup()
        defer { s.cleanUp() }
        let box = PidBox()
        let hold = Latch()
        s.cloud.route("/api/upload-video/") { _, _ in
            box.send(SIGINT) // the upload arrived; no answer comes until the test ends
            hold.wait()
        }
        let draft = s.project.appendingPathComponent("d.json")
        try Data(repeating: 1, count: 300).write(to: s.project.appendingPathComponent("a.jpg"))
        try Data(#"{"t":[{"tt":0,"sg":[{"src":"a.jpg","s":0,"d":1000}]}]}"#.utf8).write(to: draft)
        let out = s.dir.appendingPathComponent("v.mp4")
        let r = try ReelRunner.run(["render", draft.path, "--cloud", "--no-fallback", "-o", out.path],
                                   in: s.project, environment: s.env, started: box.set)
        hold.open()
        #expect(r.status == 130, "exit \(r.status): \(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
        #expect(s.cloud.count("/api/render/proxy/lambda") == 0)
    }
}
