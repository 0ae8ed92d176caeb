import Foundation
import ReelTestSupport
import Testing
@testable import ReelCloud

@Suite("The token never shows")
struct RedactionTests {
    @Test func tokenIsAbsentFromEveryErrorOfAFullSession() async throws {
        let f = try CloudFixture()
        defer { f.cleanUp() }
        let client = f.client()
        var texts: [String] = []
        _ = try await client.credits()
        let token = f.cloud.with { $0.token }
        for (path, status, body) in [("/api/credits", 500, #"{"code":9,"message":"bad token \#(token) Bearer \#(token)"}"#),
                                     ("/api/state", 200, #"{"code":2001,"message":"\#(token)"}"#),
                                     ("/run_sse", 418, #"{"detail":"Authorization: Bearer \#(token)"}"#)] {
            f.cloud.inject(path, status: status, body)
        }
        if let e = await cloudError({ try await client.credits() }) { texts.append(e.description) }
        if let e = await cloudError({ try await client.state() }) { texts.append(e.description) }
        if let e = await cloudError({ try await client.chat("x") { _ in } }) { texts.append("\(e)") }
        #expect(texts.count == 3)
        for t in texts { #expect(!t.contains(token), "\(t)") }
        #expect(Redaction.scrub("use nmv_usr_abc123 now") == "use [redacted] now")
    }
}
