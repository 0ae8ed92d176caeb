import Foundation
import ReelTestSupport
import Testing

/// The `reel cloud` verbs against a hostile loopback server, as a user runs them.
@Suite(.serialized) struct HostileCloudCLITests {
    /// A fake cloud, a project folder and the environment that points `reel` at them.
    struct Setup {
        let cloud: FakeNemoCloud
        let dir: URL
        var project: URL { dir.appendingPathComponent("project") }
        var env: [String: String] {
            ["NEMO_API_URL": cloud.baseURL.absoluteString, "NEMO_TOKEN": "",
             "XDG_CONFIG_HOME": dir.appendingPathComponent("config").path]
        }

        init() throws {
            cloud = try FakeNemoCloud(mp4: try TestMedia.mp4())
            dir = try ReelRunner.scratch()
            try FileManager.default.createDirectory(at: dir.appendingPathComponent("project"), withIntermediateDirectories: true)
        }

        func run(_ args: [String]) throws -> ReelRunner.Result {
            try ReelRunner.run(args + ["--project", project.path], in: project, environment: env)
        }

        func cleanUp() {
            cloud.server.stop()
            try? FileManager.default.removeItem(at: dir)
        }
    }

    /// Control characters a terminal would act on (newline and tab are fine).
    static func controls(_ s: String) -> [UInt32] {
        s.unicodeScalars.map(\.value).filter { ($0 < 0x20 && $0 != 0x0A && $0 != 0x09) || (0x7F...0x9F).contains($0) }
    }

    static let hostileText = "Done\u{1B}]0;pwned\u{07} \u{1B}[2J\u{1B}[1;31mred\u{1B}[0m \u{9B}2J bell\u{07} \u{202E}gpj.exe"

    @Test func chatTextReachesTheTerminalWithoutItsEscapes() throws {
        let s = try Setup()
        defer { s.cleanUp() }
        let json = String(decoding: try JSONSerialization.data(withJSONObject: ["content": ["role": "model", "parts": [["text": Self.hostileText]]]]), as: UTF8.self)
        s.cloud.with { $0.chat = { w, _, _ in
            w.startChunked()
            w.chunk("data: \(json)\n\n")
            w.endChunked()
        } }
        let r = try s.run(["cloud", "chat", "hello"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Done"))
        #expect(r.stdout.contains("red"))
        #expect(Self.controls(r.stdout).isEmpty, "\(Self.controls(r.stdout))")
        #expect(Self.controls(r.stderr).isEmpty)
        #expect(!r.stdout.contains("pwned"))
        #expect(r.stdout.contains("\\u{202E}"))
    }

    @Test func serverErrorTextIsPrintedWithoutEscapes() throws {
        let s = try Setup()
        defer { s.cleanUp() }
        s.cloud.inject("/api/credits", status: 500, #"{"code":5000,"message":"boom\u001b]0;owned\u0007\u001b[2J\u009b31m"}"#)
        let r = try s.run(["cloud", "credits"])
        #expect(r.status == 76, "\(r.status) \(r.stderr)")
        #expect(r.stderr.contains("boom"))
        #expect(Self.controls(r.stderr).isEmpty, "\(Self.controls(r.stderr))")
    }

    @Test func fileNamesArePrintedWithoutEscapes() throws {
        let s = try Setup()
        defer { s.cleanUp() }
        let name = "a\u{1B}[2Jb\u{07}.jpg"
        try Data(repeating: 1, count: 100).write(to: s.project.appendingPathComponent(name))
        let r = try s.run(["cloud", "upload", name])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("ab\\u{7}.jpg"))
        #expect(Self.controls(r.stdout).isEmpty && Self.controls(r.stderr).isEmpty)
    }

    @Test func aRenderIDThatClimbsOutEndsWithExit76AndNoRequest() throws {
        let s = try Setup()
        defer { s.cleanUp() }
        s.cloud.inject("/api/render/proxy/lambda", #"{"success":true,"data":{"id":"../../../../x/ESCAPE","status":"pending","progress":5}}"#)
        let out = s.dir.appendingPathComponent("o.mp4")
        let r = try s.run(["cloud", "export", "-o", out.path])
        #expect(r.status == 76, "\(r.status) \(r.stderr)")
        #expect(r.stderr.contains("render id"))
        #expect(!s.cloud.paths.contains { $0.contains("ESCAPE") })
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func aHugeAnswerEndsWithExit76() throws {
        let s = try Setup()
        defer { s.cleanUp() }
        let meter = HostileReplies.Meter()
        s.cloud.route("/api/credits") { w, _ in
            HostileReplies.flood(w, prefix: #"{"code":0,"data":{"available":1,"x":""#, total: 64 << 20, meter: meter)
        }
        let r = try s.run(["cloud", "credits"])
        #expect(r.status == 76, "\(r.status) \(r.stderr)")
        #expect(r.stderr.contains("8.0 MB"))
        meter.waitUntilFinished()
        #expect(meter.written < 16 << 20)
    }
}
