import Foundation
import ReelTestSupport
import Testing

/// `reel batch --cloud` against the loopback NemoVideo server.
@Suite(.serialized) struct BatchCloudCLITests {
    typealias Setup = HostileCloudCLITests.Setup

    /// Three videos naming five photo files of three distinct contents (`same.jpg` is a copy of `b.jpg`).
    func project(_ s: Setup) throws -> URL {
        let photos = ["01-astronaut.jpg", "02-rocket.jpg", "03-hubble-deep-field.jpg"].map { Fixtures.url("photos/" + $0) }
        let fm = FileManager.default
        for (folder, files) in [("p0", [("a", photos[0]), ("b", photos[1])]), ("p1", [("b2", photos[1]), ("c", photos[2])])] {
            let dir = s.project.appendingPathComponent(folder)
            try fm.createDirectory(at: dir, withIntermediateDirectories: true)
            for (name, f) in files { try fm.copyItem(at: f, to: dir.appendingPathComponent("\(name).jpg")) }
        }
        try fm.copyItem(at: photos[1], to: s.project.appendingPathComponent("same.jpg"))
        let manifest = s.project.appendingPathComponent("m.jsonl")
        try """
        {"inputs": ["p0"], "output": "out/a.mp4", "slide": 1}
        {"inputs": ["p1"], "output": "out/b.mp4", "slide": 1}
        {"inputs": ["same.jpg", "p0/a.jpg"], "output": "out/c.mp4", "slide": 1}

        """.write(to: manifest, atomically: true, encoding: .utf8)
        return manifest
    }

    func srcs(_ draft: [String: Any]) -> [String] {
        ((draft["t"] as? [[String: Any]]) ?? []).flatMap { ($0["sg"] as? [[String: Any]]) ?? [] }.compactMap { $0["src"] as? String }
    }

    @Test func oneSessionEachDistinctFileUploadedOnceARenderPerVideo() throws {
        let s = try Setup()
        defer { s.cleanUp() }
        s.cloud.with { $0.pollsBeforeDone = 0 }
        let manifest = try project(s)
        let r = try ReelRunner.run(["batch", manifest.path, "--cloud", "--no-fallback", "--progress", "json"], in: s.project, environment: s.env)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("Uploaded 3 distinct files for 3 videos"), "\(r.stderr)")
        #expect(s.cloud.with { $0.sessionsCreated } == 1)
        #expect(s.cloud.with { $0.uploadedNames }.sorted() == ["a.jpg", "b.jpg", "c.jpg"])  // 6 file uses, 3 contents
        let drafts = s.cloud.with { $0.submittedDrafts }
        #expect(drafts.count == 3)
        // Each draft names the cloud URLs; the rocket photo (p0/b.jpg, p1/b2.jpg, same.jpg) is one upload, one URL.
        let up = "https://cdn.example/up/"
        #expect(Set(drafts.map { srcs($0).joined(separator: " ") }) == ["\(up)a.jpg \(up)b.jpg", "\(up)b.jpg \(up)c.jpg", "\(up)b.jpg \(up)a.jpg"])
        for name in ["a", "b", "c"] {
            #expect(try Data(contentsOf: s.project.appendingPathComponent("out/\(name).mp4")) == s.cloud.mp4)
        }
        // Again: everything is up to date; nothing is sent.
        let again = try ReelRunner.run(["batch", manifest.path, "--cloud", "--no-fallback", "--progress", "json"], in: s.project, environment: s.env)
        #expect(again.status == 0)
        #expect(again.stdout.components(separatedBy: "\"status\":\"skipped\"").count == 4)
        #expect(s.cloud.with { $0.uploadedNames.count } == 3)
        #expect(s.cloud.with { $0.submittedDrafts.count } == 3)
    }

    @Test func anInterruptedCloudBatchIsFinishedByTheNextRunWithoutUploadingAgain() throws {
        let s = try Setup()
        defer { s.cleanUp() }
        s.cloud.with { $0.pollsBeforeDone = 1_000_000 }
        let manifest = try project(s)
        // Interrupt once the three renders are submitted and polled (an event from the server).
        final class Box: @unchecked Sendable {
            var pid: Int32 = 0
            let ready = DispatchSemaphore(value: 0)
            let lock = NSLock()
            var fired = false
            func once() -> Bool { lock.withLock { defer { fired = true }; return !fired } }
        }
        let box = Box()
        let cloud = s.cloud
        cloud.with { $0.onRequest = { r in
            // The first poll after all three renders were submitted.
            if r.path.hasPrefix("/api/render/proxy/lambda/") && cloud.with({ $0.renders.count }) == 3 && box.once() {
                box.ready.wait(); kill(box.pid, SIGINT)
            }
        } }
        let r = try ReelRunner.run(["batch", manifest.path, "--cloud", "--no-fallback", "--jobs", "3"], in: s.project, environment: s.env,
                                   started: { box.pid = $0; box.ready.signal() })
        #expect(r.status == 130, "\(r.stderr)")
        #expect(ReelRunner.contents(s.project.appendingPathComponent("out")).isEmpty)
        #expect(s.cloud.with { $0.submittedDrafts.count } == 3)

        s.cloud.with { $0.onRequest = nil; $0.pollsBeforeDone = 0 }
        let again = try ReelRunner.run(["batch", manifest.path, "--cloud", "--no-fallback"], in: s.project, environment: s.env)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(s.cloud.with { $0.submittedDrafts.count } == 3)               // resumed, not submitted again
        #expect(s.cloud.with { $0.uploadedNames.count } == 3)
        for name in ["a", "b", "c"] {
            #expect(try Data(contentsOf: s.project.appendingPathComponent("out/\(name).mp4")) == s.cloud.mp4)
        }
    }

    @Test func anUnreachableCloudRendersEachVideoLocally() throws {
        let s = try Setup()
        defer { s.cleanUp() }
        let manifest = try project(s)
        let r = try ReelRunner.run(["batch", manifest.path, "--cloud", "--api-url", "http://127.0.0.1:9", "--size", "320x180", "--preset", "ultrafast"],
                                   in: s.project, environment: s.env)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("rendering locally instead"))
        for name in ["a", "b", "c"] {
            #expect(try VideoProbe(s.project.appendingPathComponent("out/\(name).mp4")).video?.frameCount == 45)
        }
        let strict = try ReelRunner.run(["batch", manifest.path, "--cloud", "--no-fallback", "--force", "--api-url", "http://127.0.0.1:9"],
                                        in: s.project, environment: s.env)
        #expect(strict.status == 1)
        #expect(strict.stderr.contains("FAILED out/a.mp4"), "\(strict.stderr)")
    }
}
