import Foundation
import ReelTestSupport
import Testing
import ReelTimeline
@testable import ReelCloud

/// A hostile server pushing more than Reel accepts: each limit ends the transfer while the
/// bytes arrive (the server sees the client hang up long before it has sent everything).
@Suite("Network limits")
struct LimitsTests {
    static let mb = 1 << 20

    @Test(arguments: [false, true])
    func aHugeJSONBodyIsRefusedWhileStreaming(declared: Bool) async throws {
        var f = try CloudFixture()
        defer { f.cleanUp() }
        f.configuration.limits.maxJSONBytes = 256 << 10
        let meter = HostileReplies.Meter()
        f.cloud.route("/api/credits") { w, _ in
            HostileReplies.flood(w, prefix: #"{"code":0,"data":{"available":1,"x":""#, total: 64 * Self.mb, declare: declared, meter: meter)
        }
        let e = await cloudError { try await f.client().credits() }
        #expect(e?.kind == .limitExceeded)
        #expect(e?.message.contains("256") == true || e?.message.contains("0.2 MB") == true)
        meter.waitUntilFinished()
        #expect(meter.written < 16 * Self.mb, "the server pushed \(meter.written) bytes")
    }

    @Test func anEndlessSSELineIsRefused() async throws {
        let f = try CloudFixture()
        defer { f.cleanUp() }
        let meter = HostileReplies.Meter()
        f.cloud.with { $0.chat = { w, _, _ in
            HostileReplies.flood(w, type: "text/event-stream", prefix: "data: ", total: 48 * Self.mb, meter: meter)
        } }
        let e = await cloudError { try await f.client().chat("hi") { _ in } }
        #expect(e?.kind == .limitExceeded)
        #expect(e?.message.contains("line") == true)
        meter.waitUntilFinished()
        #expect(meter.written < 16 * Self.mb, "the server pushed \(meter.written) bytes")
    }

    @Test func aChatTurnsTextIsBounded() async throws {
        var f = try CloudFixture()
        defer { f.cleanUp() }
        f.configuration.limits.maxChatTextBytes = 100_000
        let line = "data: {\"content\":{\"parts\":[{\"text\":\"" + String(repeating: "x", count: 30_000) + "\"}]}}\n\n"
        let seen = Collector<ChatUpdate>()
        f.cloud.with { $0.chat = { w, _, _ in
            w.startChunked()
            for _ in 0..<1000 where w.chunk(line) {}
            w.endChunked()
        } }
        let e = await cloudError { try await f.client().chat("hi") { seen.add($0) } }
        #expect(e?.kind == .limitExceeded)
        #expect(seen.all.count == 3) // 90 000 bytes shown, the 4th reply refused
    }

    @Test func aDownloadOverTheLimitLeavesNothing() async throws {
        var f = try CloudFixture()
        defer { f.cleanUp() }
        f.configuration.limits.maxDownloadBytes = Int64(Self.mb)
        for declared in [true, false] {
            let meter = HostileReplies.Meter()
            f.cloud.route("/files/") { w, _ in HostileReplies.flood(w, type: "video/mp4", total: 64 * Self.mb, declare: declared, meter: meter) }
            f.cloud.route("/api/render/proxy/render_") { w, _ in HostileReplies.flood(w, type: "video/mp4", total: 64 * Self.mb, declare: declared, meter: meter) }
            let out = f.project.appendingPathComponent("o.mp4")
            let e = await cloudError { try await f.client().export(to: out) }
            #expect(e?.kind == .limitExceeded, "\(String(describing: e))")
            #expect(e?.renderID != nil)
            meter.waitUntilFinished()
            #expect(meter.written < 16 * Self.mb)
            #expect(try FileManager.default.contentsOfDirectory(atPath: f.project.path).isEmpty)
        }
    }

    @Test func aDownloadLargerThanTheFreeSpaceIsRefusedBeforeWriting() async throws {
        let f = try CloudFixture()
        defer { f.cleanUp() }
        let huge = Int64(1) << 50 // a petabyte: more than any test machine has free
        f.cloud.route("/files/") { w, _ in
            w.write("HTTP/1.1 200 OK\r\nContent-Type: video/mp4\r\nContent-Length: \(huge)\r\nConnection: close\r\n\r\n")
            w.write(Data(count: 65536))
        }
        let out = f.project.appendingPathComponent("o.mp4")
        var config = f.configuration
        config.limits.maxDownloadBytes = .max
        let e = await cloudError { try await NemoClient(configuration: config).export(to: out) }
        #expect(e?.kind == .localFile)
        #expect(e?.message.contains(out.path) == true)
        #expect(e?.message.contains("free") == true)
        #expect(e?.suggestion.contains("reel cloud resume") == true)
        #expect(try FileManager.default.contentsOfDirectory(atPath: f.project.path).isEmpty)
    }

    @Test func aRedirectLoopStopsAfterFive() async throws {
        let f = try CloudFixture()
        defer { f.cleanUp() }
        f.cloud.route("/api/credits") { w, r in HostileReplies.redirect(w, to: r.path) }
        let e = await cloudError { try await f.client().credits() }
        #expect(e?.kind == .limitExceeded)
        #expect(f.cloud.count("/api/credits") == 6) // the call and five redirects
    }

    @Test(arguments: ["file:///etc/passwd", "ftp://127.0.0.1/x", "gopher://127.0.0.1/x"])
    func aRedirectOutOfHTTPIsRefused(target: String) async throws {
        let f = try CloudFixture()
        defer { f.cleanUp() }
        f.cloud.route("/api/credits") { w, _ in HostileReplies.redirect(w, to: target) }
        let e = await cloudError { try await f.client().credits() }
        #expect(e?.kind == .limitExceeded)
    }
}
