import Foundation

/// Replies a hostile server sends, for the loopback server's routes. Each returns how many
/// body bytes the client accepted before it hung up, so a test can show the client stopped
/// reading early instead of buffering everything.
package enum HostileReplies {
    /// Counts bytes a hostile reply managed to write.
    package final class Meter: @unchecked Sendable {
        private let lock = NSLock()
        private var bytes = 0
        private var finished = false
        private let done = DispatchSemaphore(value: 0)

        package init() {}

        package func add(_ n: Int) { lock.withLock { bytes += n } }
        package var written: Int { lock.withLock { bytes } }

        /// Marks the reply as over (the client hung up or everything was sent).
        package func finish() {
            let first = lock.withLock { () -> Bool in defer { finished = true }; return !finished }
            if first { done.signal() }
        }

        /// Waits until the reply is over: an event, not a clock.
        package func waitUntilFinished() { done.wait() }
    }

    /// `total` bytes of `fill` after `prefix`, in 64 KB chunks; chunked unless `declare`, which
    /// sends a `Content-Length` of `total` instead.
    package static func flood(_ w: ResponseWriter, status: Int = 200, type: String = "application/json",
                              prefix: String = "", fill: UInt8 = UInt8(ascii: "a"), total: Int, declare: Bool = false,
                              meter: Meter) {
        defer { meter.finish() }
        let head = "HTTP/1.1 \(status) OK\r\nContent-Type: \(type)\r\nConnection: close\r\n"
        if declare {
            guard w.write(head + "Content-Length: \(total)\r\n\r\n") else { return }
        } else {
            guard w.write(head + "Transfer-Encoding: chunked\r\n\r\n") else { return }
        }
        var sent = 0
        let block = Data(repeating: fill, count: 65536)
        let first = Data(prefix.utf8)
        while sent < total {
            var piece = sent == 0 && !first.isEmpty ? first : block
            if piece.count > total - sent { piece = piece.prefix(total - sent) }
            let ok = declare ? w.write(piece) : w.write(String(piece.count, radix: 16) + "\r\n") && w.write(piece) && w.write("\r\n")
            guard ok else { return }
            sent += piece.count
            meter.add(piece.count)
        }
        if !declare { w.endChunked() }
    }

    /// A redirect to `location`.
    package static func redirect(_ w: ResponseWriter, to location: String) {
        w.write("HTTP/1.1 302 Found\r\nLocation: \(location)\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
    }
}
