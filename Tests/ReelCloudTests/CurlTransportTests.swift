import Foundation
import ReelTestSupport
import Testing
@testable import ReelCloud

/// Collects values from transfer threads.
final class Collector<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [T] = []
    func add(_ t: T) { lock.withLock { items.append(t) } }
    var all: [T] { lock.withLock { items } }
}

@Suite("libcurl transport")
struct CurlTransportTests {
    @Test func streamedBodyArrivesBeforeTheResponseEnds() async throws {
        let released = DispatchSemaphore(value: 0)
        let server = try LoopbackServer { _, w in
            w.startChunked()
            w.chunk("data: one\n\n")
            _ = released.wait(timeout: .now() + 3) // hold the stream open until the client saw event one
            w.chunk("data: two\n\n")
            w.endChunked()
        }
        defer { server.stop() }
        let seen = Collector<String>()
        final class Box: @unchecked Sendable { var parser = SSEParser() }
        let box = Box()
        let request = HTTPRequest(method: "POST", url: server.baseURL.appendingPathComponent("run_sse"),
                                  body: .bytes(Data("{}".utf8), contentType: "application/json"),
                                  response: .stream { _, chunk in
                                      for case .event(let e) in box.parser.feed(chunk) {
                                          seen.add(e.data)
                                          if e.data == "one" { released.signal() }
                                      }
                                  })
        let response = try await CurlTransport().perform(request)
        #expect(response.status == 200)
        #expect(seen.all == ["one", "two"])
    }

    @Test func multipartUploadStreamsTheFileFromDisk() async throws {
        let received = Collector<ServerRequest>()
        let server = try LoopbackServer { r, w in received.add(r); w.respond(200, json: "{}") }
        defer { server.stop() }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("reel-up-\(UUID().uuidString.prefix(6))")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let bytes = Data((0..<300_000).map { UInt8($0 % 251) })
        let file = dir.appendingPathComponent("photo.jpg")
        try bytes.write(to: file)
        let progress = Collector<HTTPProgress>()
        let request = HTTPRequest(method: "POST", url: server.baseURL.appendingPathComponent("up"),
                                  body: .multipart([MultipartFile(field: "files", file: file, contentType: "image/jpeg")]),
                                  progress: { progress.add($0) })
        let response = try await CurlTransport().perform(request)
        #expect(response.status == 200)
        let r = try #require(received.all.first)
        #expect(r.headers["content-type"]?.hasPrefix("multipart/form-data") == true)
        #expect(r.body.range(of: bytes) != nil)
        #expect(String(decoding: r.body.prefix(400), as: UTF8.self).contains(#"name="files"; filename="photo.jpg""#))
        #expect(progress.all.last?.uploaded == progress.all.last?.uploadTotal)
    }

    @Test func downloadIsRenamedOnlyWhenComplete() async throws {
        let payload = Data(repeating: 7, count: 50_000)
        let truncate = Collector<Bool>()
        let server = try LoopbackServer { _, w in
            if truncate.all.last == true {
                w.write("HTTP/1.1 200 OK\r\nContent-Length: \(payload.count)\r\n\r\n")
                w.write(payload.prefix(1000))
                w.drop()
            } else {
                w.respond(200, payload, type: "video/mp4")
            }
        }
        defer { server.stop() }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("reel-dl-\(UUID().uuidString.prefix(6))")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("v.mp4")
        let ok = try await CurlTransport().perform(HTTPRequest(method: "GET", url: server.baseURL, response: .file(out)))
        #expect(ok.file == out)
        #expect(try Data(contentsOf: out) == payload)

        truncate.add(true)
        let out2 = dir.appendingPathComponent("w.mp4")
        await #expect(throws: TransportError.self) {
            _ = try await CurlTransport().perform(HTTPRequest(method: "GET", url: server.baseURL, response: .file(out2)))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["v.mp4"])
    }

    /// Setup fails after the easy handle and the upload body exist; their owners free them
    /// (`make sanitize` checks), and nothing reaches the server.
    @Test func uploadOfAMissingFileFailsBeforeAnythingIsSent() async throws {
        let received = Collector<ServerRequest>()
        let server = try LoopbackServer { r, w in received.add(r); w.respond(200, json: "{}") }
        defer { server.stop() }
        let missing = FileManager.default.temporaryDirectory
            .appendingPathComponent("reel-up-missing-\(UUID().uuidString.prefix(6)).jpg")
        let request = HTTPRequest(method: "POST", url: server.baseURL.appendingPathComponent("up"),
                                  body: .multipart([MultipartFile(field: "files", file: missing, contentType: "image/jpeg")]))
        let error = try await #require(throws: TransportError.self) { try await CurlTransport().perform(request) }
        #expect(error.kind == .other)
        #expect(error.detail.contains("upload file"))
        #expect(!error.receivedResponse)
        #expect(received.all.isEmpty)
    }

    @Test func refusedConnectionIsCannotConnect() async throws {
        let server = try LoopbackServer { _, _ in }
        let url = server.baseURL
        server.stop()
        do {
            _ = try await CurlTransport().perform(HTTPRequest(method: "GET", url: url))
            Issue.record("expected a failure")
        } catch let e as TransportError {
            #expect(e.kind == .cannotConnect)
            #expect(!e.receivedResponse)
        }
    }

    // The time limit only stops a broken build from hanging the suite; nothing is timed.
    @Test(.timeLimit(.minutes(1))) func readTimeoutEndsASilentResponse() async throws {
        let gate = Gate()
        let server = try LoopbackServer { _, w in
            w.startChunked()
            gate.wait() // silent until the test is over
            w.endChunked()
        }
        defer { gate.open(); server.stop() }
        do {
            _ = try await CurlTransport().perform(HTTPRequest(method: "GET", url: server.baseURL, readTimeout: .seconds(1)))
            Issue.record("expected a timeout")
        } catch let e as TransportError {
            #expect(e.kind == .timedOut)
            #expect(e.receivedResponse)
        }
    }

    @Test(.timeLimit(.minutes(1))) func cancellingTheTaskAbortsTheTransfer() async throws {
        let gate = Gate()
        let hungUp = AsyncSignal()
        let server = try LoopbackServer { _, w in
            w.startChunked()
            w.chunk(": ping\n")
            gate.wait()
            // The client has gone: writing fails (the first write may still be buffered).
            while w.chunk(String(repeating: ": ping\n", count: 8192)) {}
            hungUp.fire()
        }
        defer { gate.open(); server.stop() }
        let firstChunk = AsyncSignal()
        let task = Task {
            try await CurlTransport().perform(HTTPRequest(method: "GET", url: server.baseURL, response: .stream { _, _ in firstChunk.fire() }))
        }
        await firstChunk.wait()
        task.cancel()
        await #expect(throws: CancellationError.self) { _ = try await task.value }
        gate.open()
        await hungUp.wait() // the connection really closed: the server could not go on writing
    }
}
