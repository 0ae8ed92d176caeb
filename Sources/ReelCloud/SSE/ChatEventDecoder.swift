import Foundation
import ReelTimeline

/// What one chat stream item means to the client.
public enum ChatStreamEvent: Sendable, Hashable {
    /// Assistant text for the user (a delta when the server streams partial events).
    case text(String)
    /// The assistant called a tool or got its result; internal, never shown.
    case toolActivity(name: String)
    /// A keep-alive: empty `data:`, a `:` comment, or a heartbeat object.
    case keepAlive
    /// The server reported a failure for this turn.
    case error(String)
    /// Anything else (state deltas, turn markers, unknown shapes).
    case other
}

/// Turns SSE items into chat events. Accepts Google ADK events
/// (`{"content":{"role":"model","parts":[{"text":…}]},"partial":…}`, `functionCall`,
/// `functionResponse`, `errorMessage`), the older `{"type":"text","content":…}` events, and
/// `{"error":…}` lines.
///
/// ADK streams `partial: true` text deltas and then repeats the whole text in a final
/// non-partial event; the decoder passes the deltas on and drops the repeat, so the user sees
/// each word once.
public struct ChatEventDecoder: Sendable {
    private var streamedText = ""

    /// A decoder at the start of a stream.
    public init() {}

    /// The events in one SSE item, in order.
    public mutating func decode(_ item: SSEItem) -> [ChatStreamEvent] {
        switch item {
        case .comment: return [.keepAlive]
        case .event(let e): return decode(data: e.data)
        }
    }

    private mutating func decode(data: String) -> [ChatStreamEvent] {
        let trimmed = data.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty { return [.keepAlive] }
        guard let value = try? JSONDecoder().decode(JSONValue.self, from: Data(trimmed.utf8)),
              let object = value.objectValue else {
            return [.other] // not JSON: nothing we can show safely
        }
        if let error = object["error"], error != .null { return [.error(Self.errorText(error))] }
        if let type = object["type"]?.stringValue { return decodeTyped(type, object) }
        return decodeADK(object)
    }

    private func decodeTyped(_ type: String, _ o: [String: JSONValue]) -> [ChatStreamEvent] {
        switch type {
        case "text", "message", "delta":
            let text = o["content"]?.stringValue ?? o["text"]?.stringValue ?? o["delta"]?.stringValue ?? ""
            return text.isEmpty ? [.other] : [.text(text)]
        case "tool_call", "tool_result", "tool_use", "function_call", "function_response":
            return [.toolActivity(name: o["name"]?.stringValue ?? o["tool"]?.stringValue ?? type)]
        case "heartbeat", "ping", "keepalive", "keep_alive":
            return [.keepAlive]
        case "error":
            return [.error(o["message"]?.stringValue ?? o["content"]?.stringValue ?? o["detail"]?.stringValue ?? "the assistant failed")]
        default:
            return [.other]
        }
    }

    private mutating func decodeADK(_ o: [String: JSONValue]) -> [ChatStreamEvent] {
        if let message = (o["errorMessage"] ?? o["error_message"])?.stringValue, !message.isEmpty {
            return [.error(message)]
        }
        guard let content = o["content"]?.objectValue, let parts = content["parts"]?.arrayValue else { return [.other] }
        let role = content["role"]?.stringValue ?? "model"
        let partial = o["partial"] == .bool(true)
        var events: [ChatStreamEvent] = []
        var text = ""
        for part in parts {
            guard let p = part.objectValue else { continue }
            if let call = (p["functionCall"] ?? p["function_call"])?.objectValue {
                events.append(.toolActivity(name: call["name"]?.stringValue ?? "tool"))
            } else if let response = (p["functionResponse"] ?? p["function_response"])?.objectValue {
                events.append(.toolActivity(name: response["name"]?.stringValue ?? "tool"))
            } else if let t = p["text"]?.stringValue, p["thought"] != .bool(true), role != "user" {
                text += t
            }
        }
        if !text.isEmpty {
            if partial {
                streamedText += text
                events.append(.text(text))
            } else if !streamedText.isEmpty {
                // The final event repeats what the deltas already said; show only what is new.
                if text.hasPrefix(streamedText) {
                    let rest = String(text.dropFirst(streamedText.count))
                    if !rest.isEmpty { events.append(.text(rest)) }
                } else if text != streamedText {
                    events.append(.text(text))
                }
                streamedText = ""
            } else {
                events.append(.text(text))
            }
        }
        return events.isEmpty ? [.other] : events
    }

    private static func errorText(_ v: JSONValue) -> String {
        if let s = v.stringValue { return s }
        if let o = v.objectValue {
            for key in ["message", "msg", "detail"] { if let s = o[key]?.stringValue { return s } }
        }
        return "the assistant failed"
    }
}
