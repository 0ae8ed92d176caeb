import Foundation
import ReelTestSupport
import Testing
@testable import ReelCloud

@Suite("Chat over SSE")
struct ChatTests {
    static func adk(_ text: String, partial: Bool = false) -> String {
        "data: {\"content\":{\"role\":\"model\",\"parts\":[{\"text\":\"\(text)\"}]},\"partial\":\(partial)}\n\n"
    }

    @Test func textStreamsAsItArrivesAndToolsStayHidden() async throws {
        let f = try CloudFixture()
        defer { f.cleanUp() }
        f.cloud.with {
            $0.chat = { w, r, _ in
                w.startChunked()
                w.chunk("data: {\"content\":{\"parts\":[{\"functionCall\":{\"id\":\"1\",\"name\":\"add_bgm\",\"args\":{}}}]}}\n\n")
                w.chunk(Self.adk("Adding ", partial: true))
                w.chunk(Self.adk("music", partial: true))
                w.chunk(Self.adk("Adding music"))
                w.chunk("data: {\"type\":\"text\",\"content\":\" — done.\"}\n\n")
                w.endChunked()
            }
        }
        let updates = Collector<ChatUpdate>()
        let result = try await f.client().chat("add BGM") { updates.add($0) }
        #expect(result.text == "Adding music — done.")
        #expect(updates.all.compactMap { if case .text(let t) = $0 { t } else { nil } } == ["Adding ", "music", " — done."])
        let body = try #require(f.cloud.with { $0.requests.first { $0.path == "/run_sse" } })
        #expect(body.headers["accept"] == "text/event-stream")
        let json = try #require(body.json)
        #expect(json["app_name"] as? String == "nemo_agent")
        #expect((json["new_message"] as? [String: Any]).flatMap { ($0["parts"] as? [[String: Any]])?.first?["text"] as? String } == "add BGM")
    }

    @Test func keepAlivesShowStillWorking() async throws {
        let f = try CloudFixture()
        defer { f.cleanUp() }
        let clock = f.clock
        f.cloud.with {
            $0.chat = { w, _, _ in
                w.startChunked()
                for i in 0..<6 {
                    clock.advance(by: .milliseconds(50)) // each keep-alive comes after the notice interval (40 ms)
                    w.chunk(i % 3 == 0 ? ": ping\n\n" : i % 3 == 1 ? "data:\n\n" : "data: {\"type\":\"heartbeat\"}\n\n")
                }
                w.chunk(Self.adk("Ready."))
                w.endChunked()
            }
        }
        let updates = Collector<ChatUpdate>()
        _ = try await f.client().chat("make it longer") { updates.add($0) }
        let notices = updates.all.filter { $0 == .stillWorking }.count
        #expect(notices >= 1 && notices <= 6) // how many depends on how the chunks are batched
    }

    @Test func stillWorkingIsShownOncePerInterval() throws {
        let clock = ManualClock()
        let updates = Collector<ChatUpdate>()
        let stream = ChatStream(noticeInterval: .seconds(120), limits: NetworkLimits(), clock: clock) { updates.add($0) }
        let head = HTTPResponseHead(status: 200)
        for minute in 1...10 {
            clock.advance(by: .seconds(60))
            try stream.receive(head, Data(": ping \(minute)\n\n".utf8))
        }
        #expect(updates.all == Array(repeating: .stillWorking, count: 5)) // every 2 minutes of 10
        try stream.receive(head, Data((#"data: {"content":{"parts":[{"text":"Hi"}]}}"# + "\n\n").utf8))
        clock.advance(by: .seconds(119))
        try stream.receive(head, Data(": ping\n\n".utf8))
        #expect(updates.all.last == .text("Hi")) // text resets the interval
    }

    @Test func silentTurnReportsWhatChanged() async throws {
        let f = try CloudFixture()
        defer { f.cleanUp() }
        f.cloud.with {
            $0.chat = { w, _, cloud in
                w.startChunked()
                w.chunk("data: {\"content\":{\"parts\":[{\"functionCall\":{\"name\":\"add_title\",\"args\":{}}}]}}\n\n")
                cloud.with { c in
                    var d = c.draft!
                    var t = d["t"] as! [[String: Any]]
                    t.append(["tt": 7, "sg": [["s": 0, "d": 3000, "text": "Urban Dreams"]]])
                    d["t"] = t
                    c.draft = d
                }
                w.endChunked()
            }
        }
        let result = try await f.client().chat("add a title")
        { _ in }
        #expect(result.text.isEmpty)
        #expect(result.changes == [#"Added 3. Title: "Urban Dreams" (0-3s)"#])
    }

    @Test func errorLineFailsTheTurn() async throws {
        let f = try CloudFixture()
        defer { f.cleanUp() }
        f.cloud.with {
            $0.chat = { w, _, _ in
                w.startChunked()
                w.chunk("data: {\"error\":\"model overloaded\"}\n\n")
                w.endChunked()
            }
        }
        let e = await cloudError { try await f.client().chat("hi") { _ in } }
        #expect(e?.kind == .chatFailed)
        #expect(e?.description.contains("model overloaded") == true)
    }

    @Test func envelopeErrorsOnTheStreamEndpointAreRetried() async throws {
        let f = try CloudFixture()
        defer { f.cleanUp() }
        let client = f.client()
        _ = try await client.sessionID()
        f.cloud.inject("/run_sse", #"{"code":1001,"message":"expired"}"#)
        f.cloud.inject("/run_sse", status: 404, #"{"code":1002,"message":"no session"}"#)
        let result = try await client.chat("hi") { _ in }
        #expect(result.text == "Done.")
        #expect(f.cloud.count("/run_sse") == 3)
        let sids = f.cloud.with { $0.requests.filter { $0.path == "/run_sse" }.compactMap { $0.json?["session_id"] as? String } }
        #expect(sids[1] != sids[2]) // the retry carries the new session
    }

    @Test func droppedStreamIsNeverResentButPolled() async throws {
        let f = try CloudFixture()
        defer { f.cleanUp() }
        f.cloud.with {
            $0.chat = { w, _, cloud in
                w.startChunked()
                w.chunk(Self.adk("Working on", partial: true))
                // The server finishes the edit, but the connection breaks before it says so.
                cloud.with { c in c.draft?["m"] = ["width": 1280, "height": 720, "fps": 30, "title": "Edited"] }
                w.drop()
            }
        }
        let updates = Collector<ChatUpdate>()
        let result = try await f.client().chat("retitle") { updates.add($0) }
        #expect(result.recoveredAfterDrop)
        #expect(!result.changes.isEmpty)
        #expect(updates.all.contains(.checkingAfterDrop))
        #expect(f.cloud.count("/run_sse") == 1)
    }

    @Test func droppedStreamWithoutChangeReportsAfterTheLimit() async throws {
        var f = try CloudFixture()
        defer { f.cleanUp() }
        f.cloud.with { $0.chat = { w, _, _ in w.startChunked(); w.chunk(": ping\n\n"); w.drop() } }
        f.configuration.chatDropLimit = .milliseconds(1200)
        let e = await cloudError { try await f.client().chat("hi") { _ in } }
        #expect(e?.kind == .chatDropped)
        #expect(e?.description.contains("not re-sent") == true)
        // The first wait, then the interval, until the limit: 30 + 19 × 60 + 30 ms.
        #expect(f.clock.sleeps == [.milliseconds(30)] + Array(repeating: .milliseconds(60), count: 19) + [.milliseconds(30)])
        #expect(f.cloud.count("/run_sse") == 1)
        #expect(f.cloud.count("/api/state") == 1 + f.clock.sleeps.count) // before the message, then after each wait
    }
}
