import Foundation
import ReelTestSupport
import Testing
@testable import ReelCloud

@Suite("SSE parsing")
struct SSEParserTests {
    /// A stream with every feature: BOM, all three line endings, comments, multi-line data,
    /// empty keep-alive data, event/id fields, UTF-8 text, and a final event without a blank line.
    static let stream: [UInt8] = Array("\u{FEFF}data: {\"a\":1}\n\n: keep-alive\r\ndata:\r\n\r\nevent: update\rid: 7\rdata: line one\rdata:line two\r\rdata: héllo 🎬\r\n\r\nretry: 10\nunknown: x\ndata: last".utf8)

    static let expected: [SSEItem] = [
        .event(SSEEvent(data: "{\"a\":1}")),
        .comment("keep-alive"),
        .event(SSEEvent(data: "")),
        .event(SSEEvent(name: "update", data: "line one\nline two", id: "7")),
        .event(SSEEvent(data: "héllo 🎬", id: "7")),
        .event(SSEEvent(data: "last", id: "7")),
    ]

    static func parse(_ pieces: [ArraySlice<UInt8>]) -> [SSEItem] {
        var p = SSEParser()
        var items: [SSEItem] = []
        for piece in pieces { items += p.feed(piece) }
        return items + p.finish()
    }

    @Test func wholeStream() {
        #expect(Self.parse([Self.stream[...]]) == Self.expected)
    }

    @Test func everySingleSplitPoint() {
        for i in 0...Self.stream.count {
            let items = Self.parse([Self.stream[..<i], Self.stream[i...]])
            #expect(items == Self.expected, "split at byte \(i)")
        }
    }

    @Test func everyPairOfSplitPoints() {
        let s = Self.stream
        for i in stride(from: 0, through: s.count, by: 1) {
            for j in stride(from: i, through: s.count, by: 3) {
                #expect(Self.parse([s[..<i], s[i..<j], s[j...]]) == Self.expected, "split at \(i), \(j)")
            }
        }
    }

    @Test func byteByByte() {
        #expect(Self.parse(Self.stream.indices.map { Self.stream[$0...$0] }) == Self.expected)
    }

    @Test func incompleteEventIsHeldUntilBlankLine() {
        var p = SSEParser()
        #expect(p.feed(Array("data: part".utf8)).isEmpty)
        #expect(p.feed(Array("ial\n".utf8)).isEmpty)
        #expect(p.feed(Array("\n".utf8)) == [.event(SSEEvent(data: "partial"))])
    }

    @Test func crThenLfAcrossChunksIsOneLineEnd() {
        var p = SSEParser()
        var items = p.feed(Array("data: x\r".utf8))
        items += p.feed(Array("\n\r".utf8))
        items += p.feed(Array("\ndata: y\n\n".utf8))
        #expect(items == [.event(SSEEvent(data: "x")), .event(SSEEvent(data: "y"))])
    }
}

@Suite("Chat event decoding")
struct ChatEventDecoderTests {
    static func decode(_ lines: [String]) -> [ChatStreamEvent] {
        var parser = SSEParser()
        var decoder = ChatEventDecoder()
        let items = parser.feed(Array(lines.map { "data: \($0)\n\n" }.joined().utf8))
        return items.flatMap { decoder.decode($0) }
    }

    @Test func adkTextToolCallsAndErrors() {
        let events = Self.decode([
            #"{"content":{"role":"model","parts":[{"functionCall":{"id":"1","name":"add_bgm","args":{}}}]},"author":"nemo"}"#,
            #"{"content":{"role":"user","parts":[{"functionResponse":{"id":"1","name":"add_bgm","response":{}}}]}}"#,
            #"{"content":{"role":"model","parts":[{"text":"Added ","thought":false}]},"partial":false}"#,
            #"{"content":{"role":"model","parts":[{"text":"secret plan","thought":true}]}}"#,
            #"{"error":"model overloaded"}"#,
            #"{"errorMessage":"quota"}"#,
        ])
        #expect(events == [.toolActivity(name: "add_bgm"), .toolActivity(name: "add_bgm"), .text("Added "),
                           .other, .error("model overloaded"), .error("quota")])
    }

    @Test func partialDeltasAreNotRepeatedByTheFinalEvent() {
        let events = Self.decode([
            #"{"content":{"role":"model","parts":[{"text":"Hel"}]},"partial":true}"#,
            #"{"content":{"role":"model","parts":[{"text":"lo"}]},"partial":true}"#,
            #"{"content":{"role":"model","parts":[{"text":"Hello!"}]},"partial":false}"#,
            #"{"content":{"role":"model","parts":[{"text":"Next."}]}}"#,
        ])
        #expect(events == [.text("Hel"), .text("lo"), .text("!"), .text("Next.")])
    }

    @Test func olderTypedEvents() {
        let events = Self.decode([
            #"{"type":"text","content":"Hi"}"#, #"{"type":"tool_call","name":"cut"}"#,
            #"{"type":"tool_result","name":"cut"}"#, #"{"type":"heartbeat"}"#, #"{"type":"error","message":"no"}"#,
        ])
        #expect(events == [.text("Hi"), .toolActivity(name: "cut"), .toolActivity(name: "cut"), .keepAlive, .error("no")])
    }

    @Test func keepAlivesOfEveryKind() {
        var decoder = ChatEventDecoder()
        #expect(decoder.decode(.comment("ping")) == [.keepAlive])
        #expect(decoder.decode(.event(SSEEvent(data: ""))) == [.keepAlive])
        #expect(decoder.decode(.event(SSEEvent(data: "not json"))) == [.other])
    }
}
