import Foundation
import ReelTestSupport
import Testing
@testable import ReelCloud

@Suite("Auth, sessions and retry policies")
struct AuthAndRetryTests {
    @Test func anonymousTokenIsKeptPrivatelyAndReused() async throws {
        let f = try CloudFixture()
        defer { f.cleanUp() }
        let credits = try await f.client().credits()
        #expect(credits == Credits(available: 25000, frozen: 40, total: 25040))
        let dir = f.configuration.configDirectory
        #expect(mode(dir) == 0o700)
        #expect(mode(dir.appendingPathComponent("client.json")) == 0o600)
        let stored = try String(contentsOf: dir.appendingPathComponent("client.json"), encoding: .utf8)
        #expect(stored.contains("nmv_usr_SECRETtoken1001"))
        // A new client (a new process) reuses the stored token and client id.
        _ = try await f.client().credits()
        #expect(f.cloud.with { $0.issuedTokens } == 1)
        let ids = Set(f.cloud.with { $0.requests.compactMap { $0.headers["x-client-id"] } })
        #expect(ids.count == 1)
    }

    @Test func nemoTokenIsUsedAndNeverStored() async throws {
        let f = try CloudFixture(token: "nmv_usr_SECRETtoken0001")
        defer { f.cleanUp() }
        _ = try await f.client().credits()
        #expect(f.cloud.with { $0.issuedTokens } == 0)
        let stored = (try? String(contentsOf: f.configuration.configDirectory.appendingPathComponent("client.json"), encoding: .utf8)) ?? ""
        #expect(!stored.contains("SECRET"))
    }

    @Test func invalidNemoTokenSaysWhatToDoWithoutShowingIt() async throws {
        let f = try CloudFixture(token: "nmv_usr_SECRETwrong")
        defer { f.cleanUp() }
        let e = await cloudError { try await f.client().credits() }
        #expect(e?.kind == .invalidToken)
        #expect(e?.description.contains("NEMO_TOKEN") == true)
        #expect(e?.description.contains("SECRET") == false)
    }

    @Test func code1001GetsANewTokenAndRetriesOnce() async throws {
        let f = try CloudFixture()
        defer { f.cleanUp() }
        let client = f.client()
        _ = try await client.credits()
        f.cloud.inject("/api/credits", #"{"code":1001,"message":"token expired nmv_usr_SECRETtoken1001"}"#)
        _ = try await client.credits()
        #expect(f.cloud.with { $0.issuedTokens } == 2)

        f.cloud.inject("/api/credits", #"{"code":1001,"message":"expired"}"#)
        f.cloud.inject("/api/credits", status: 401, #"{"code":1001,"message":"expired again nmv_usr_SECRETtoken1003"}"#)
        let e = await cloudError { try await client.credits() }
        #expect(e?.kind == .invalidToken)
        #expect(e?.description.contains("SECRET") == false)
        #expect(f.cloud.count("/api/credits") == 5)
    }

    @Test func code1002CreatesANewSessionAndRetriesOnce() async throws {
        let f = try CloudFixture()
        defer { f.cleanUp() }
        let client = f.client()
        let first = try await client.sessionID()
        f.cloud.with { $0.validSessions.removeAll() } // the server forgot it
        let state = try await client.state()
        #expect(state.sessionID != first)
        #expect(f.cloud.with { $0.sessionsCreated } == 2)
        // Kept per project: a new client in the same project reuses it.
        #expect(try await f.client().sessionID() == state.sessionID)
        #expect(mode(f.configuration.configDirectory.appendingPathComponent("sessions.json")) == 0o600)

        f.cloud.inject("/api/state", #"{"code":1002,"message":"gone"}"#)
        f.cloud.inject("/api/state", status: 404, #"{"code":1002,"message":"gone"}"#)
        let e = await cloudError { try await client.state() }
        #expect(e?.kind == .sessionNotFound)
    }

    @Test func rateLimitWaitsForRetryAfterThenRetriesOnce() async throws {
        let f = try CloudFixture()
        defer { f.cleanUp() }
        let client = f.client()
        _ = try await client.credits()
        f.cloud.inject("/api/credits", status: 429, #"{"code":429,"message":"slow down"}"#, headers: ["Retry-After": "1"])
        _ = try await client.credits()
        #expect(f.clock.sleeps == [.seconds(1)]) // waited as Retry-After asked

        f.cloud.inject("/api/credits", status: 429, "{}")
        f.cloud.inject("/api/credits", status: 429, "{}")
        let e = await cloudError { try await client.credits() }
        #expect(e?.kind == .rateLimited)
        #expect(e?.description.contains("Wait") == true)
    }

    @Test func anEndlessRetryAfterIsRefusedNotATrap() async throws {
        // Found by fuzzing: "333333.e3333333" reads as infinity, which used to trap on conversion.
        let f = try CloudFixture()
        defer { f.cleanUp() }
        let client = f.client()
        f.cloud.inject("/api/credits", status: 429, #"{"code":429}"#, headers: ["Retry-After": "333333.e3333333"])
        let e = await cloudError { try await client.credits() }
        #expect(e?.kind == .rateLimited)
        #expect(f.clock.sleeps.isEmpty)
        #expect(RetryAfter.parse("1e300") == .seconds(86_400))
        #expect(RetryAfter.parse("inf") == .seconds(86_400))
        // Also found by fuzzing: Foundation's DateFormatter traps on a combining mark.
        #expect(RetryAfter.parse("t\u{316}") == nil)
        #expect(RetryAfter.parse("Wed, 21 Oct 2015 07:28:00 GMT", now: Date(timeIntervalSince1970: 1_445_412_470)) == .seconds(10))
    }

    @Test func missingClientIDRegeneratesItAndRetriesOnce() async throws {
        let f = try CloudFixture()
        defer { f.cleanUp() }
        f.cloud.inject("/api/auth/anonymous-token", status: 400, #"{"code":400,"message":"missing X-Client-Id"}"#)
        _ = try await f.client().credits()
        let ids = f.cloud.with { $0.requests.filter { $0.path == "/api/auth/anonymous-token" }.compactMap { $0.headers["x-client-id"] } }
        #expect(ids.count == 2 && ids[0] != ids[1])

        let g = try CloudFixture()
        defer { g.cleanUp() }
        g.cloud.inject("/api/auth/anonymous-token", status: 400, #"{"message":"missing X-Client-Id"}"#)
        g.cloud.inject("/api/auth/anonymous-token", status: 400, #"{"message":"missing X-Client-Id"}"#)
        let e = await cloudError { try await g.client().credits() }
        #expect(e?.kind == .missingClientID)
    }

    @Test func serverDownIsUnreachableAndAllowsFallback() async throws {
        var f = try CloudFixture()
        defer { f.cleanUp() }
        f.cloud.server.stop()
        f.configuration.baseURL = f.cloud.baseURL
        let e = await cloudError { try await f.client().credits() }
        #expect(e?.kind == .unreachable)
        #expect(e?.allowsLocalFallback == true)
        #expect(e?.description.split(separator: "\n").count ?? 0 <= 2)
    }

    @Test func configurationFromEnvironment() throws {
        let c = try CloudConfiguration.fromEnvironment(apiURL: nil, projectDirectory: URL(fileURLWithPath: "/tmp/p"),
                                                      environment: ["NEMO_API_URL": "http://127.0.0.1:9", "XDG_CONFIG_HOME": "/tmp/x",
                                                                    "NEMO_TOKEN": "nmv_usr_abc"])
        #expect(c.baseURL.absoluteString == "http://127.0.0.1:9")
        #expect(c.configDirectory.path == "/tmp/x/reel")
        #expect(c.fixedToken == "nmv_usr_abc")
        let d = try CloudConfiguration.fromEnvironment(apiURL: "https://example.test/api", environment: ["HOME": "/home/u", "NEMO_API_URL": "http://x"])
        #expect(d.baseURL.absoluteString == "https://example.test/api")
        #expect(d.configDirectory.path == "/home/u/.config/reel")
        #expect(d.url("/run_sse").absoluteString == "https://example.test/api/run_sse")
        #expect(throws: CloudError.self) { try CloudConfiguration.fromEnvironment(apiURL: "ftp://x", environment: [:]) }
    }
}
