import ReelTimeline

/// The words Reel answers a request with: what it understood, what it did not, conflicts,
/// what needs the cloud, what changed, and the timeline summary.
public enum PromptReport {
    /// Lines for a terminal (or a chat bubble), for an interpreted request and, when it was
    /// applied, its result.
    public static func lines(for interpretation: Interpretation, edit: DraftEdit?, online: Bool = false) -> [String] {
        var out: [String] = []
        if !interpretation.understood.isEmpty {
            out.append("Understood:")
            out += interpretation.understood.map { "  " + $0 }
        }
        if !interpretation.notUnderstood.isEmpty {
            out.append("Not understood: " + interpretation.notUnderstood.map { "\"\($0)\"" }.joined(separator: ", "))
        }
        out += interpretation.conflicts.map { "Conflict: " + $0 }
        out += interpretation.notes.map { "Note: " + $0 }
        if let answer = cloudAnswer(interpretation, edit: edit, online: online) { out.append(answer) }
        if let edit {
            if !edit.changes.isEmpty {
                out.append("Changes:")
                out += edit.changes.map { "  " + $0 }
            }
            out += edit.notDone.map { "Not done: " + $0 }
            out += edit.timeline.summaryLines
        } else if interpretation.understood.isEmpty && interpretation.needsCloud == nil {
            out.append("Nothing to change. Try, for example: " + PromptSession.examples.prefix(3).map { "\"\($0)\"" }.joined(separator: ", "))
        }
        return out
    }

    /// The clear answer to a request that needs the cloud: what was not possible and what was
    /// done instead; nil when nothing needs the cloud.
    public static func cloudAnswer(_ interpretation: Interpretation, edit: DraftEdit?, online: Bool) -> String? {
        guard let need = interpretation.needsCloud else { return nil }
        if online { return "Needs the cloud: \(need). Sending the request to cloud chat." }
        let done = edit.map { !$0.changes.isEmpty } ?? false
        let instead = done ? "Did instead what can be done on this machine (see the changes below)."
            : "Nothing else in the request could be done on this machine; offline, Reel can set the length, transitions, motion, shape, size, frame rate, music from a file, a title and the photo order."
        return "Not possible offline: \(need) needs the cloud, and Reel is offline. " + instead
    }

    /// The answer to a routed action that needs the cloud while offline (credits, upload).
    public static func offlineAnswer(for intent: Intent) -> String? {
        switch intent {
        case .credits: "Checking credits needs the cloud, and Reel is offline. Local renders need no credits."
        case .upload: "Uploading needs the cloud, and Reel is offline. Local renders read your files where they are; nothing needs uploading."
        case .cloudChat(_, let reason): "Not possible offline: \(reason) needs the cloud, and Reel is offline."
        default: nil
        }
    }
}
