/// One server-sent event: the joined `data` lines plus the optional `event` and `id` fields.
public struct SSEEvent: Sendable, Hashable {
    /// The `event` field; nil when absent (the default "message").
    public var name: String?
    /// The `data` lines joined with `\n`; empty for an empty `data:` keep-alive.
    public var data: String
    /// The `id` field, when present.
    public var id: String?

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
public struct SSEParser: Sendable {
    private var line: [UInt8] = []
    private var skipLineFeed = false
    private var atStreamStart = true
    private var data: [String] = []
    private var sawData = false
    private var name: String?
    private var id: String?

    public init() {}

    /// Consumes `bytes` and returns the items they complete, in order.
    public mutating func feed<Bytes: Sequence>(_ bytes: Bytes) -> [SSEItem] where Bytes.Element == UInt8 {
        var items: [SSEItem] = []
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
                line.append(byte)
            }
        }
        return items
    }

    /// The stream closed normally. The cloud has no end marker and may close without a final
    /// blank line, so a pending event with data is dispatched (the standard would drop it).
    public mutating func finish() -> [SSEItem] {
        var items: [SSEItem] = []
        if !line.isEmpty { endLine(into: &items) }
        if sawData { dispatch(into: &items) }
        self = SSEParser()
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
        sawData = false
        name = nil
    }
}
