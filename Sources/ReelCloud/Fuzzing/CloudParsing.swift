import Foundation
import ReelTimeline

/// Entry points into the cloud adapter's parsers for the fuzz targets and their regression
/// tests: everything the server sends goes through these exactly as it does in a real call.
package enum CloudParsing {
    /// Feeds `bytes` to an SSE parser in chunks (their sizes taken from the bytes themselves, so
    /// split lines and split UTF-8 are exercised) and decodes every item as chat events.
    /// Returns the number of events; small line limits make the limit paths reachable.
    @discardableResult
    package static func chatStream(_ bytes: [UInt8]) -> Int {
        let small = bytes.first.map { $0 & 1 == 1 } ?? false
        var parser = small ? SSEParser(maxLineBytes: 64, maxEventBytes: 256) : SSEParser()
        var decoder = ChatEventDecoder()
        var events = 0
        var offset = 0
        var step = 1
        while offset < bytes.count {
            step = Int(bytes[offset] % 17) + 1
            let end = min(bytes.count, offset + step)
            for item in parser.feed(bytes[offset..<end]) { events += decoder.decode(item).count }
            offset = end
        }
        for item in parser.finish() { events += decoder.decode(item).count }
        return events
    }

    /// Reads `body` as a response envelope (status and Retry-After taken from its first bytes),
    /// then the payload as a render status and its links, as the export poll does. True when a
    /// render status was read.
    @discardableResult
    package static func response(_ body: Data) -> Bool {
        let status = [200, 201, 400, 401, 429, 500][Int(body.first ?? 0) % 6]
        let headers = ["retry-after": String(decoding: body.prefix(12), as: UTF8.self)]
        _ = RetryAfter.parse(headers["retry-after"], now: Date(timeIntervalSince1970: 1_700_000_000))
        switch Envelope.payload(status: status, headers: headers, body: body) {
        case .success(let json):
            _ = Envelope.Failure.link(in: json)
            return (try? RenderStatus(json: json)) != nil
        case .failure(let failure):
            _ = failure.retryReason(isTokenCall: false)
            _ = Envelope.Failure.link(in: failure.body)
            return false
        }
    }
}
