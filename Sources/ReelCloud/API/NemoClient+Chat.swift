import Foundation
import ReelTimeline

/// Something to tell the user while a chat turn runs.
public enum ChatUpdate: Sendable, Hashable {
    /// Assistant text, as it arrives.
    case text(String)
    /// Keep-alives keep arriving (at most once per `keepAliveNoticeInterval`).
    case stillWorking
    /// The assistant used a tool (for logs; the CLI does not show it).
    case toolActivity(String)
    /// The stream dropped; the state is being polled instead of re-sending the message.
    case checkingAfterDrop
}

/// How a chat turn ended.
public struct ChatResult: Sendable, Hashable {
    /// All assistant text of the turn.
    public var text: String
    /// What changed in the timeline, when the turn ended without text or after a drop.
    public var changes: [String]
    /// True when the stream dropped and the outcome was found by polling the state.
    public var recoveredAfterDrop: Bool
}

extension NemoClient {
    /// Sends one chat message and streams the reply through `onUpdate`.
    ///
    /// A turn without text fetches the state and reports what changed. A dropped stream is
    /// never re-sent (that would charge twice): the state is polled instead (first after
    /// `chatDropFirstWait`, then every `chatDropInterval`, up to `chatDropLimit`).
    public func chat(_ message: String, onUpdate: @escaping @Sendable (ChatUpdate) -> Void) async throws -> ChatResult {
        let before = try? await state().draft
        let stream = ChatStream(noticeInterval: configuration.keepAliveNoticeInterval, limits: configuration.limits,
                                clock: configuration.clock, onUpdate: onUpdate)
        let call = Call(operation: "send the chat message", method: "POST", path: { _ in "/run_sse" },
                        needsSession: true, accept: "text/event-stream",
                        readTimeout: configuration.chatReadTimeout, totalTimeout: configuration.chatTotalTimeout,
                        makeBody: { sid in .json(.object([
                            "app_name": .string("nemo_agent"), "user_id": .string("me"), "session_id": .string(sid),
                            "new_message": .object(["parts": .array([.object(["text": .string(message)])])]),
                        ])) })
        do {
            try await send(call, response: .stream(stream.receive)) { response -> Attempt<Void> in
                if let refused = stream.refusal(status: response.status) { return .refused(response.head, refused) }
                stream.finish()
                return .done(())
            }
        } catch let e as CloudError where e.requestMayHaveArrived {
            return try await recoverAfterDrop(before: before, text: stream.text, onUpdate: onUpdate)
        }
        if let error = stream.serverError {
            throw CloudError(.chatFailed, "The assistant could not finish: \(Envelope.Failure.clip(error))",
                             suggestion: "Rephrase the request or try again; check the timeline with `reel cloud state`.")
        }
        let text = stream.text
        if !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            return ChatResult(text: text, changes: [], recoveredAfterDrop: false)
        }
        let after = try await state().draft
        return ChatResult(text: text, changes: DraftSummary.changes(from: before, to: after), recoveredAfterDrop: false)
    }

    private func recoverAfterDrop(before: JSONValue?, text: String,
                                  onUpdate: @Sendable (ChatUpdate) -> Void) async throws -> ChatResult {
        onUpdate(.checkingAfterDrop)
        let clock = configuration.clock
        let start = clock.now()
        var wait = configuration.chatDropFirstWait
        while true {
            let remaining = configuration.chatDropLimit - (clock.now() - start)
            if remaining <= .zero { break }
            try await clock.pause(for: min(wait, remaining))
            wait = configuration.chatDropInterval
            guard let now = try? await state() else { continue }
            if now.draft != before {
                return ChatResult(text: text, changes: DraftSummary.changes(from: before, to: now.draft), recoveredAfterDrop: true)
            }
        }
        throw CloudError(.chatDropped,
                         "The connection dropped before the assistant finished, and the timeline has not changed since (checked for \(RetryAfter.text(configuration.chatDropLimit))).",
                         suggestion: "The message was not re-sent (that would charge twice). Check later with `reel cloud state`, then ask again if needed.")
    }
}

/// The live state of one chat stream, fed from the transfer thread.
final class ChatStream: @unchecked Sendable {
    private let lock = NSLock()
    private let noticeInterval: Duration
    private let onUpdate: @Sendable (ChatUpdate) -> Void
    private var parser: SSEParser
    private let limits: NetworkLimits
    private var decoder = ChatEventDecoder()
    private var mode: Mode = .undecided
    private var pending = Data()
    private let clock: any CloudClock
    private var lastNotice: Duration
    private var collected = ""
    private var error: String?

    private enum Mode { case undecided, events, envelope }

    init(noticeInterval: Duration, limits: NetworkLimits, clock: any CloudClock = SystemCloudClock(),
         onUpdate: @escaping @Sendable (ChatUpdate) -> Void) {
        self.noticeInterval = noticeInterval
        self.clock = clock
        lastNotice = clock.now()
        self.limits = limits
        parser = SSEParser(maxLineBytes: limits.maxSSELineBytes, maxEventBytes: limits.maxSSEEventBytes)
        self.onUpdate = onUpdate
    }

    var text: String { lock.withLock { collected } }
    var serverError: String? { lock.withLock { error } }

    /// Takes one chunk. A non-2xx response, or one that starts with `{`, is an envelope (an
    /// error to classify), not an event stream.
    ///
    /// - Throws: `CloudError` (`.limitExceeded`) when the stream breaks a limit; the transfer
    ///   stops there.
    func receive(_ head: HTTPResponseHead, _ chunk: Data) throws {
        let updates: [ChatUpdate] = try lock.withLock {
            if mode != .events, Int64(pending.count + chunk.count) > limits.maxJSONBytes {
                throw Self.limit("the answer is larger than the \(NetworkLimits.text(limits.maxJSONBytes)) accepted")
            }
            if mode == .undecided {
                pending.append(chunk)
                guard let first = pending.first(where: { !$0.isASCIIWhitespace }) else { return [] }
                mode = !head.isSuccess || first == UInt8(ascii: "{") || first == UInt8(ascii: "[") ? .envelope : .events
                if mode == .envelope { return [] }
                let bytes = pending
                pending = Data()
                return try handle(parser.feed(bytes))
            }
            if mode == .envelope { pending.append(chunk); return [] }
            return try handle(parser.feed(chunk))
        }
        updates.forEach(onUpdate)
    }

    private static func limit(_ detail: String) -> CloudError {
        CloudError(.limitExceeded, "Reel stopped reading the assistant's reply: \(detail).",
                   suggestion: "Reel limits what it accepts from the network (README, Security). Check the timeline with `reel cloud state`; if the server is the NemoVideo service, report this.")
    }

    /// The body to classify when this response was not an event stream.
    func refusal(status: Int) -> Data? {
        lock.withLock { () -> Data? in
            guard mode == .envelope || !(200..<300).contains(status) else { return nil }
            // A 2xx envelope with code 0 is an (odd) empty turn, not a refusal.
            if (200..<300).contains(status), case .success = Envelope.payload(status: status, headers: [:], body: pending) { return nil }
            let body = pending
            pending = Data() // the retry starts a fresh response
            mode = .undecided
            return body
        }
    }

    /// The stream closed normally: dispatch what is still buffered.
    func finish() {
        let updates: [ChatUpdate] = lock.withLock { mode == .events ? ((try? handle(parser.finish())) ?? []) : [] }
        updates.forEach(onUpdate)
    }

    private func handle(_ items: [SSEItem]) throws -> [ChatUpdate] {
        if let exceeded = parser.limitExceeded { throw Self.limit(exceeded) }
        var updates: [ChatUpdate] = []
        for item in items {
            for event in decoder.decode(item) {
                switch event {
                case .text(let t):
                    guard collected.utf8.count + t.utf8.count <= limits.maxChatTextBytes else {
                        throw Self.limit("the reply is longer than the \(limits.maxChatTextBytes >> 10) KB accepted for one turn")
                    }
                    collected += t
                    lastNotice = clock.now()
                    updates.append(.text(t))
                case .toolActivity(let name):
                    updates.append(.toolActivity(name))
                    updates += notice()
                case .keepAlive, .other:
                    updates += notice()
                case .error(let message):
                    error = message
                }
            }
        }
        return updates
    }

    private func notice() -> [ChatUpdate] {
        guard clock.now() - lastNotice >= noticeInterval else { return [] }
        lastNotice = clock.now()
        return [.stillWorking]
    }
}

extension UInt8 {
    var isASCIIWhitespace: Bool { self == 0x20 || self == 0x09 || self == 0x0A || self == 0x0D }
}
