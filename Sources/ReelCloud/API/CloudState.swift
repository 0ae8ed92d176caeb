import Foundation
import ReelTimeline

/// The session's state on the cloud: its draft and the files it knows.
public struct CloudState: Sendable, Hashable {
    /// The cloud session the state belongs to.
    public var sessionID: String
    /// The draft (`t`, `tt`, `sg`, `d`, `m`, and the cloud's own keys), when there is one.
    public var draft: JSONValue?
    /// The whole `state` object as the server sent it.
    public var raw: JSONValue

    /// The draft as a Timeline, when Reel can read it.
    public var timeline: Timeline? {
        guard let draft, let data = try? JSONEncoder().encode(draft) else { return nil }
        return try? Timeline(draftJSON: data)
    }

    /// True when some track has at least one segment.
    public var isExportable: Bool {
        draft?["t"]?.arrayValue?.contains { !($0["sg"]?.arrayValue ?? []).isEmpty } ?? false
    }

    /// The timeline summary, one track per line (`Timeline (3 tracks):`, `  1. Video: …`).
    public var summaryLines: [String] { DraftSummary.lines(draft) }

    /// The draft as a file `reel render` reads: Reel's normalised form when it can read the
    /// draft, else the cloud's JSON as it is.
    public func draftFileData() -> Data {
        if let timeline { return timeline.draftJSON() }
        let enc = JSONEncoder()
        enc.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return (try? enc.encode(draft ?? .object([:]))) ?? Data("{}".utf8)
    }
}

/// Summaries and change lists of drafts, including drafts Reel cannot fully read.
public enum DraftSummary {
    /// One line per track, headed `Timeline (N tracks):`.
    public static func lines(_ draft: JSONValue?) -> [String] {
        guard let draft else { return ["Timeline (0 tracks): empty"] }
        if let data = try? JSONEncoder().encode(draft), let t = try? Timeline(draftJSON: data) { return t.summaryLines }
        let tracks = draft["t"]?.arrayValue ?? []
        let head = "Timeline (\(tracks.count == 1 ? "1 track" : "\(tracks.count) tracks")):"
        return [head] + tracks.enumerated().map { i, t in "  \(i + 1). " + rawTrack(t) }
    }

    /// What changed from `before` to `after`, one line per change; empty when nothing did.
    public static func changes(from before: JSONValue?, to after: JSONValue?) -> [String] {
        guard before != after else { return [] }
        let a = Array(lines(before).dropFirst()), b = Array(lines(after).dropFirst())
        var out: [String] = []
        for i in 0..<max(a.count, b.count) {
            let old = i < a.count ? a[i].trimmingCharacters(in: .whitespaces) : nil
            let new = i < b.count ? b[i].trimmingCharacters(in: .whitespaces) : nil
            switch (old, new) {
            case (nil, let n?): out.append("Added \(n)")
            case (let o?, nil): out.append("Removed \(o)")
            case (let o?, let n?) where o != n: out.append("Changed \(o) → \(Self.dropIndex(n))")
            default: break
            }
        }
        return out.isEmpty ? ["Adjusted details of the timeline (same tracks and lengths)."] : out
    }

    private static func dropIndex(_ line: String) -> String {
        guard let dot = line.firstIndex(of: "."), line[..<dot].allSatisfy(\.isNumber) else { return line }
        return line[line.index(after: dot)...].trimmingCharacters(in: .whitespaces)
    }

    private static func rawTrack(_ t: JSONValue) -> String {
        let segments = t["sg"]?.arrayValue ?? []
        let kind: String
        switch t["tt"]?.intValue ?? 0 {
        case 0: kind = "Video"
        case 1: kind = "BGM"
        case 7: kind = "Text"
        case let c: kind = "Track type \(c)"
        }
        var end = 0, start = Int.max
        for s in segments {
            let st = s["s"]?.intValue ?? 0
            start = min(start, st)
            end = max(end, st + (s["d"]?.intValue ?? 0))
        }
        let span = segments.isEmpty ? "" : " (\(FrameTime.secondsText(start))-\(FrameTime.secondsText(end))s)"
        return "\(kind): \(segments.count) item\(segments.count == 1 ? "" : "s")\(span)"
    }
}

extension NemoClient {
    /// The session's latest state.
    public func state() async throws -> CloudState {
        let data = try await send(Call(operation: "read the project state", method: "GET",
                                       path: { "/api/state/nemo_agent/me/\($0)/latest" }, needsSession: true))
        let state = data["state"] ?? data
        var draft = state["draft"]
        if draft == .null { draft = nil }
        if case .string(let text)? = draft { // some servers send the draft as a JSON string
            draft = try? JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
        }
        var sid = data["session_id"].flatMap(Self.idString)
        if sid == nil { sid = try await sessionID() }
        return CloudState(sessionID: sid ?? "", draft: draft, raw: state)
    }
}
