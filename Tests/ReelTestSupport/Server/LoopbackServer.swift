import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One request as the loopback server read it.
package struct ServerRequest: Sendable {
    package var method: String
    /// Path without the query.
    package var path: String
    /// Header fields with lower-cased names.
    package var headers: [String: String]
    package var body: Data

    package var json: [String: Any]? { (try? JSONSerialization.jsonObject(with: body)) as? [String: Any] }
}

/// Writes one response on an accepted connection; the connection closes after the handler.
package final class ResponseWriter: @unchecked Sendable {
    private let fd: Int32
    package private(set) var closed = false

    package init(fd: Int32) { self.fd = fd }

    /// Writes raw bytes; false once the peer has gone.
    @discardableResult
    package func write(_ data: Data) -> Bool {
        guard !closed else { return false }
        return data.withUnsafeBytes { raw -> Bool in
            var off = 0
            while off < raw.count {
                let n = send(fd, raw.baseAddress! + off, raw.count - off, Int32(MSG_NOSIGNAL))
                if n <= 0 { return false }
                off += n
            }
            return true
        }
    }

    @discardableResult
    package func write(_ text: String) -> Bool { write(Data(text.utf8)) }

    /// A complete response with Content-Length.
    package func respond(_ status: Int, _ body: Data, type: String = "application/json", headers: [String: String] = [:]) {
        var head = "HTTP/1.1 \(status) \(Self.reason(status))\r\nContent-Type: \(type)\r\nContent-Length: \(body.count)\r\nConnection: close\r\n"
        for (k, v) in headers { head += "\(k): \(v)\r\n" }
        write(head + "\r\n")
        write(body)
    }

    package func respond(_ status: Int, json: String, headers: [String: String] = [:]) {
        respond(status, Data(json.utf8), headers: headers)
    }

    /// Starts a chunked response (for streams).
    package func startChunked(_ status: Int = 200, type: String = "text/event-stream") {
        write("HTTP/1.1 \(status) \(Self.reason(status))\r\nContent-Type: \(type)\r\nTransfer-Encoding: chunked\r\nCache-Control: no-cache\r\nConnection: close\r\n\r\n")
    }

    @discardableResult
    package func chunk(_ text: String) -> Bool {
        let data = Data(text.utf8)
        guard !data.isEmpty else { return true }
        return write(String(data.count, radix: 16) + "\r\n") && write(data) && write("\r\n")
    }

    /// Ends a chunked response properly.
    package func endChunked() { write("0\r\n\r\n") }

    /// Drops the connection at once (no terminating chunk: the client sees a broken transfer).
    package func drop() {
        guard !closed else { return }
        closed = true
        shutdown(fd, Int32(SHUT_RDWR))
    }

    private static func reason(_ s: Int) -> String {
        [200: "OK", 400: "Bad Request", 401: "Unauthorized", 402: "Payment Required", 404: "Not Found",
         409: "Conflict", 429: "Too Many Requests", 500: "Internal Server Error", 503: "Service Unavailable"][s] ?? "Status"
    }
}

/// A real HTTP/1.1 server on 127.0.0.1 (ephemeral port) over POSIX sockets: a thread accepts,
/// a thread per connection reads one request and hands it to the handler.
package final class LoopbackServer: @unchecked Sendable {
    package let port: UInt16
    private let listener: Int32
    private let handler: @Sendable (ServerRequest, ResponseWriter) -> Void
    private let lock = NSLock()
    private var stopped = false
    private let acceptLoopEnded = DispatchSemaphore(value: 0)

    package var baseURL: URL { URL(string: "http://127.0.0.1:\(port)")! }

    package init(handler: @escaping @Sendable (ServerRequest, ResponseWriter) -> Void) throws {
        self.handler = handler
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        self.listener = listener
        var yes: Int32 = 1
        setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_port = 0
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(listener, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(listener, 64) == 0 else { throw POSIXError(.EADDRINUSE) }
        var len = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(listener, $0, &len) }
        }
        port = UInt16(bigEndian: addr.sin_port)
        // The threads hold only what they use, never the server, so a server a test forgets to
        // stop is still stopped when it goes away, and its accept thread ends.
        let ended = acceptLoopEnded
        let t = Thread { Self.acceptLoop(listener, handler, ended) }
        t.start()
    }

    deinit { stop() }

    package func stop() {
        let first = lock.withLock { () -> Bool in
            defer { stopped = true }
            return !stopped
        }
        if first {
            // Only the accept loop closes the socket, after it has left accept(): closing here
            // could let a stale loop accept on a reused descriptor number.
            shutdown(listener, Int32(SHUT_RDWR))
            acceptLoopEnded.wait()
        }
    }

    private static func acceptLoop(_ listener: Int32, _ handler: @escaping @Sendable (ServerRequest, ResponseWriter) -> Void,
                                   _ ended: DispatchSemaphore) {
        while true {
            let fd = accept(listener, nil, nil)
            if fd < 0 {
                if errno == EINTR { continue }
                close(listener)
                ended.signal()
                return
            }
            let t = Thread { serve(fd, handler) }
            t.start()
        }
    }

    private static func serve(_ fd: Int32, _ handler: @Sendable (ServerRequest, ResponseWriter) -> Void) {
        defer { close(fd) }
        guard let request = readRequest(fd) else { return }
        let writer = ResponseWriter(fd: fd)
        handler(request, writer)
        shutdown(fd, Int32(SHUT_WR))
    }

    private static func readRequest(_ fd: Int32) -> ServerRequest? {
        var buffer = [UInt8]()
        var chunk = [UInt8](repeating: 0, count: 65536)
        var headerEnd: Int?
        while headerEnd == nil {
            let n = recv(fd, &chunk, chunk.count, 0)
            if n <= 0 { return nil }
            buffer += chunk[0..<n]
            headerEnd = Self.find([13, 10, 13, 10], in: buffer)
        }
        let headText = String(decoding: buffer[0..<headerEnd!], as: UTF8.self)
        var lines = headText.components(separatedBy: "\r\n")
        let requestLine = lines.removeFirst().split(separator: " ")
        guard requestLine.count >= 2 else { return nil }
        var headers: [String: String] = [:]
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        var body = Array(buffer[(headerEnd! + 4)...])
        let length = Int(headers["content-length"] ?? "0") ?? 0
        while body.count < length {
            let n = recv(fd, &chunk, chunk.count, 0)
            if n <= 0 { return nil }
            body += chunk[0..<n]
        }
        let target = String(requestLine[1])
        let path = target.split(separator: "?", maxSplits: 1).first.map(String.init) ?? target
        return ServerRequest(method: String(requestLine[0]), path: path, headers: headers, body: Data(body))
    }

    private static func find(_ needle: [UInt8], in hay: [UInt8]) -> Int? {
        guard hay.count >= needle.count else { return nil }
        for i in 0...(hay.count - needle.count) where hay[i] == needle[0] && Array(hay[i..<i + needle.count]) == needle {
            return i
        }
        return nil
    }
}
