import Foundation
import ReelTestSupport
import Testing

/// `reel cloud state -o d.json && reel render d.json`: the draft's remote media is fetched
/// into the cache (bounded and checked), then the render works offline.
@Suite(.serialized) struct RemoteSourcesCLITests {
    typealias Setup = HostileCloudCLITests.Setup

    /// Serves fixture files under `/media/NAME` (photos and audio by file name).
    func serveMedia(_ s: Setup) {
        s.cloud.route("/media/") { w, r in
            let name = String(r.path.dropFirst("/media/".count))
            let url = name.hasSuffix(".mp3") ? Fixtures.url("audio/\(name)") : Fixtures.url("photos/\(name)")
            guard let data = try? Data(contentsOf: url) else { return w.respond(404, json: "{}") }
            w.respond(200, data, type: "application/octet-stream")
        }
    }

    func draft(_ s: Setup, _ srcs: [String], music: String? = nil) {
        var tracks: [[String: Any]] = [["tt": 0, "sg": srcs.enumerated().map { ["src": $0.element, "s": $0.offset * 1000, "d": 1000] }]]
        if let music { tracks.append(["tt": 1, "sg": [["src": music, "s": 0, "d": srcs.count * 1000, "v": 0.35]]]) }
        s.cloud.with { $0.draft = ["t": tracks, "m": ["width": 160, "height": 90, "fps": 30], "cloud_key": ["kept": true]] }
    }

    func render(_ s: Setup, _ draft: URL, _ out: URL) throws -> ReelRunner.Result {
        var env = s.env
        env["XDG_CACHE_HOME"] = s.dir.appendingPathComponent("cache").path
        return try ReelRunner.run(["render", draft.path, "--preset", "ultrafast", "--progress", "none", "-o", out.path],
                                  in: s.project, environment: env)
    }

    @Test func aCloudDraftRendersHereAndThenOffline() throws {
        let s = try Setup()
        defer { s.cleanUp() }
        serveMedia(s)
        let base = s.cloud.baseURL.absoluteString
        draft(s, ["\(base)/media/01-astronaut.jpg", "\(base)/media/02-rocket.jpg", "\(base)/media/01-astronaut.jpg"],
              music: "\(base)/media/tone-440-4s.mp3")
        let draftFile = s.dir.appendingPathComponent("d.json")
        let saved = try s.run(["cloud", "state", "-o", draftFile.path])
        #expect(saved.status == 0, "\(saved.stderr)")

        let out = s.dir.appendingPathComponent("v.mp4")
        let r = try render(s, draftFile, out)
        #expect(r.status == 0, "\(r.stderr)")
        let probe = try VideoProbe(out)
        #expect(probe.video?.frameCount == 90)
        #expect(probe.hasAudio)
        #expect(s.cloud.count("/media/") == 3) // each URL once

        // Offline: the server is gone, the cache has everything.
        s.cloud.server.stop()
        try FileManager.default.removeItem(at: out)
        let again = try render(s, draftFile, out)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try VideoProbe(out).video?.frameCount == 90)
        var env = s.env
        env["XDG_CACHE_HOME"] = s.dir.appendingPathComponent("cache").path
        let png = s.dir.appendingPathComponent("f.png")
        let frame = try ReelRunner.run(["frame", draftFile.path, "--at", "1.5", "-o", png.path], in: s.project, environment: env)
        #expect(frame.status == 0, "\(frame.stderr)")
        #expect(FileManager.default.fileExists(atPath: png.path))
    }

    @Test func anHTMLPageInsteadOfMediaIsRefused() throws {
        let s = try Setup()
        defer { s.cleanUp() }
        s.cloud.route("/media/") { w, _ in w.respond(200, Data("<html><body>Sign in</body></html>".utf8), type: "image/jpeg") }
        draft(s, ["\(s.cloud.baseURL.absoluteString)/media/a.jpg"])
        let draftFile = s.dir.appendingPathComponent("d.json")
        #expect(try s.run(["cloud", "state", "-o", draftFile.path]).status == 0)
        let out = s.dir.appendingPathComponent("v.mp4")
        let r = try render(s, draftFile, out)
        #expect(r.status == 76, "\(r.status) \(r.stderr)")
        #expect(r.stderr.contains("is not an image, audio or video file"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
        let cache = s.dir.appendingPathComponent("cache/reel/media")
        #expect(ReelRunner.contents(cache).isEmpty)
    }

    @Test func plainHTTPToAnotherHostIsNotFetched() throws {
        let s = try Setup()
        defer { s.cleanUp() }
        let draftFile = s.dir.appendingPathComponent("d.json")
        try Data(#"{"m":{"width":160,"height":90,"fps":30},"t":[{"tt":0,"sg":[{"src":"http://media.invalid/a.jpg","s":0,"d":1000}]}]}"#.utf8)
            .write(to: draftFile)
        let r = try render(s, draftFile, s.dir.appendingPathComponent("v.mp4"))
        #expect(r.status == 77, "\(r.status) \(r.stderr)")
        #expect(r.stderr.contains("only https"))
    }
}
