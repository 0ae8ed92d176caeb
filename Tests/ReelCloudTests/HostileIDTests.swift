import Foundation
import ReelTestSupport
import Testing
import ReelTimeline
@testable import ReelCloud

/// A server that sends identifiers meant to escape: nothing it sends becomes a path.
@Suite("Hostile identifiers")
struct HostileIDTests {
    static let escape = "../../../../x/ESCAPE"

    @Test func aRenderIDThatClimbsOutIsRefusedAndNeverRequested() async throws {
        let f = try CloudFixture()
        defer { f.cleanUp() }
        f.cloud.inject("/api/render/proxy/lambda", #"{"success":true,"data":{"id":"\#(Self.escape)","status":"pending","progress":5}}"#)
        let out = f.project.appendingPathComponent("o.mp4")
        let e = await cloudError { try await f.client().export(to: out) }
        #expect(e?.kind == .invalidResponse)
        #expect(e?.message.contains("render id") == true)
        #expect(!f.cloud.paths.contains { $0.contains("ESCAPE") || $0.hasPrefix("/x/") })
        #expect(f.cloud.count("/api/render/proxy/lambda/") == 0)
        #expect(!FileManager.default.fileExists(atPath: out.path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: f.project.path).isEmpty)
    }

    @Test(arguments: [escape, "a/b", "..", ".", "", "x\u{1B}]0;t\u{07}", String(repeating: "9", count: 129), "%2e%2e"])
    func aSessionIDThatIsNotAPlainNameIsRefused(sid: String) async throws {
        let f = try CloudFixture()
        defer { f.cleanUp() }
        let json = String(decoding: try JSONSerialization.data(withJSONObject: ["code": 0, "data": ["task_id": "t1", "session_id": sid]]), as: UTF8.self)
        f.cloud.inject("/api/tasks/me/with-session", json)
        let e = await cloudError { try await f.client().state() }
        #expect(e?.kind == .invalidResponse)
        #expect(!f.cloud.paths.contains { $0.hasPrefix("/api/state") || $0.hasPrefix("/x/") })
        #expect(e.map { !$0.description.unicodeScalars.contains { $0.value == 0x1B } } == true)
    }

    @Test func validIDsPass() {
        for id in ["render_1764000000_ab12cd34ef56", "5529798706024415232", "task-1.v2", String(repeating: "a", count: 128)] {
            #expect(CloudIdentifier.isValid(id))
        }
    }

    @Test func resumeRefusesAnIDThatIsNotAPlainName() async throws {
        let f = try CloudFixture()
        defer { f.cleanUp() }
        let e = await cloudError { try await f.client().resume(Self.escape) }
        #expect(e?.kind == .unknownJob)
        #expect(f.cloud.with { $0.requests.isEmpty })
    }
}
