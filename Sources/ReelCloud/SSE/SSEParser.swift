/// One server-sent event: the joined `data` lines plus the optional `event` and `id` fields.
public struct SSEEvent: Sendable, Hashable {
    /// The `event` field; nil when absent (the default "message").
    public var name: String?
    /// The `data` lines joined with `\n`; empty for an empty `data:` keep-alive.
    public var data: String
    /// The `id` field, when present.
    public var id: String?

    /// An event with the given fields.
    public init(name: String? = nil, data: String, id: String? = nil) {
        self.name = name
        self.data = data
        self.id = id
    }
}

/// What the parser finds in the stream.
public enum SSEItem: Sendable, Hashable {
    /// A complete event (dispatched at a blank line).
    case event(SSEEvent)
    /// A `: comment` line; servers send them as keep-alives.
    case comment(String)
}

/// A server-sent events parser as a pure state machine: feed it bytes in any pieces, get
/// complete items out. However the byte stream is split, the items are the same.
///
/// Follows the WHATWG event-stream rules (lines end in `\n`, `\r\n` or `\r`; a leading BOM is
/// dropped; one space after the colon is dropped; `data` lines join with `\n`; unknown fields
/// are ignored) with one deliberate difference: an event whose only field is an empty `data:`
/// is still dispatched, because the cloud uses it as a keep-alive.
///
/// Memory is bounded: a line longer than `maxLineBytes`, or an event whose data passes
/// `maxEventBytes`, sets `limitExceeded` and the parser reads nothing more.
public struct SSEParser: Sendable {
    /// Longest line kept.
    public let maxLineBytes: Int
    /// Most data one event may gather.
    public let maxEventBytes: Int
    /// What limit the stream broke, once it broke one; nothing more is parsed after that.
    public private(set) var limitExceeded: String?
    private var line: [UInt8] = []
    private var eventBytes = 0
    private var skipLineFeed = false
    private var atStreamStart = true
    private var data: [String] = []
    private var sawData = false
    private var name: String?
    private var id: String?

    /// - Parameters: the line and event limits (1 MB and 8 MB by default).
    public init(maxLineBytes: Int = 1 << 20, maxEventBytes: Int = 8 << 20) {
        self.maxLineBytes = maxLineBytes
        self.maxEventBytes = maxEventBytes
    }

    /// Consumes `bytes` and returns the items they complete, in order.
    public mutating func feed<Bytes: Sequence>(_ bytes: Bytes) -> [SSEItem] where Bytes.Element == UInt8 {
        var items: [SSEItem] = []
        guard limitExceeded == nil else { return items }
        for byte in bytes {
            if skipLineFeed {
                skipLineFeed = false
                if byte == 0x0A { continue }
            }
            switch byte {
            case 0x0A:
                endLine(into: &items)
            case 0x0D:
                endLine(into: &items)
                skipLineFeed = true
            default:
                guard line.count < maxLineBytes else {
                    limitExceeded = "an event-stream line is longer than \(maxLineBytes >> 10) KB"
                    line = []
                    return items
                }
                line.append(byte)
            }
            if limitExceeded != nil { return items }
        }
        return items
    }

    /// The stream closed normally. The cloud has no end marker and may close without a final
    /// blank line, so a pending event with data is dispatched (the standard would drop it).
    public mutating func finish() -> [SSEItem] {
        var items: [SSEItem] = []
        if !line.isEmpty { endLine(into: &items) }
        if sawData { dispatch(into: &items) }
        let exceeded = limitExceeded
        self = SSEParser(maxLineBytes: maxLineBytes, maxEventBytes: maxEventBytes)
        limitExceeded = exceeded
        return items
    }

    private mutating func endLine(into items: inout [SSEItem]) {
        var text = String(decoding: line, as: UTF8.self)
        line.removeAll(keepingCapacity: true)
        if atStreamStart {
            atStreamStart = false
            if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        }
        if text.isEmpty {
            dispatch(into: &items)
            return
        }
        if text.hasPrefix(":") {
            var comment = text.dropFirst()
            if comment.hasPrefix(" ") { comment = comment.dropFirst() }
            items.append(.comment(String(comment)))
            return
        }
        let field: Substring
        var value: Substring
        if let colon = text.firstIndex(of: ":") {
            field = text[..<colon]
            value = text[text.index(after: colon)...]
            if value.hasPrefix(" ") { value = value.dropFirst() }
        } else {
            field = text[...]
            value = ""
        }
        switch field {
        case "data":
            eventBytes += value.utf8.count + 1
            guard eventBytes <= maxEventBytes else {
                limitExceeded = "an event is larger than \(maxEventBytes >> 10) KB"
                data = []
                return
            }
            data.append(String(value))
            sawData = true
        case "event":
            name = String(value)
        case "id" where !value.contains("\0"):
            id = String(value)
        default:
            break // `retry` and unknown fields do not matter here
        }
    }

    private mutating func dispatch(into items: inout [SSEItem]) {
        if sawData {
            items.append(.event(SSEEvent(name: name, data: data.joined(separator: "\n"), id: id)))
        }
        data.removeAll()
        eventBytes = 0
        sawData = false
        name = nil
    }
}
