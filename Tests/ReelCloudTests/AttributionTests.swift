import Foundation
import ReelTestSupport
import Testing
import ReelTimeline
@testable import ReelCloud

@Suite("Attribution headers")
struct AttributionTests {
    @Test func everyRequestCarriesTheDocumentedHeaders() async throws {
        let f = try CloudFixture()
        defer { f.cleanUp() }
        let client = f.client()
        _ = try await client.credits()
        _ = try await client.upload([try f.file("a.jpg")])
        _ = try await client.chat("make it warmer") { _ in }
        _ = try await client.state()
        _ = try await client.export(to: f.project.appendingPathComponent("o.mp4"))
        let requests = f.cloud.with { $0.requests }
        // token, session, credits, upload, state, chat, state, state, submit, poll(s), file
        #expect(requests.count >= 11)
        #expect(Set(requests.map(\.path)).contains { $0.hasPrefix("/files/") })
        for r in requests {
            #expect(r.headers["x-skill-source"] == "image-to-video-converter-ai-free", "\(r.path)")
            #expect(r.headers["x-skill-version"] == ReelCloudVersion.string, "\(r.path)")
            #expect(r.headers["x-skill-platform"] == "unknown", "\(r.path)")
        }
    }

    @Test func platformComesFromTheInstallPath() {
        #expect(Attribution.platform(installedAt: "/home/u/.clawhub/skills/reel/bin/reel", home: "/home/u") == "clawhub")
        #expect(Attribution.platform(installedAt: "/home/u/.cursor/skills/reel/reel", home: "/home/u/") == "cursor")
        #expect(Attribution.platform(installedAt: "/home/u/.cursor/reel", home: "/home/u") == "unknown")
        #expect(Attribution.platform(installedAt: "/opt/x/.clawhub/reel", home: "/home/u") == "unknown")
        #expect(Attribution.platform(installedAt: "/usr/local/bin/reel", home: "/home/u") == "unknown")
    }

    @Test func environmentOverridesEachValue() throws {
        let env = ["HOME": "/home/u", "NEMO_SKILL_SOURCE": "other-skill", "NEMO_SKILL_VERSION": "9.9",
                   "NEMO_SKILL_PLATFORM": "cursor"]
        let a = Attribution.fromEnvironment(env, installPath: "/usr/bin/reel")
        #expect(a == Attribution(source: "other-skill", version: "9.9", platform: "cursor"))
        let d = Attribution.fromEnvironment(["HOME": "/home/u", "NEMO_SKILL_SOURCE": " ", "NEMO_SKILL_PLATFORM": "a\u{1B}b"],
                                            installPath: "/home/u/.clawhub/reel")
        #expect(d == Attribution(source: "image-to-video-converter-ai-free", version: ReelCloudVersion.string, platform: "clawhub"))
        let c = try CloudConfiguration.fromEnvironment(projectDirectory: URL(fileURLWithPath: "/tmp"),
                                                       environment: ["HOME": "/home/u", "NEMO_SKILL_VERSION": "2.0"])
        #expect(c.attribution.version == "2.0" && c.attribution.source == Attribution.defaultSource)
    }

    @Test func anExportWithoutTheRightSourceIsRefusedByTheServer() async throws {
        var f = try CloudFixture()
        defer { f.cleanUp() }
        f.configuration.attribution.source = "reel"
        let e = await cloudError { try await f.client().export(to: f.project.appendingPathComponent("o.mp4")) }
        #expect(e?.kind == .planBlocked)
    }
}
