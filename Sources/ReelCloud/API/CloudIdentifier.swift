import Foundation
import ReelTimeline

/// Identifiers from the server (render, task and session ids) end up in URL paths and file
/// names, so each is checked before use: 1–128 of `A–Z a–z 0–9 . _ -`, and not `.` or `..`.
/// Anything else (`../../x`, `a/b`, `%2e%2e`, control characters) is refused, never cleaned up.
public enum CloudIdentifier {
    /// Longest accepted identifier.
    public static let maxLength = 128

    /// True when `id` is safe in a URL path segment and a file name.
    public static func isValid(_ id: String) -> Bool {
        guard (1...maxLength).contains(id.utf8.count), id != ".", id != ".." else { return false }
        return id.utf8.allSatisfy { b in
            (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x2E || b == 0x5F || b == 0x2D
        }
    }

    /// `id` when valid; otherwise a `CloudError` (`.invalidResponse`) naming what it was.
    static func check(_ id: String, what: String) throws -> String {
        guard isValid(id) else {
            let shown = TerminalText.oneLine(String(id.prefix(80))) + (id.count > 80 ? "…" : "")
            throw CloudError(.invalidResponse, "The cloud sent an unusable \(what) \"\(shown)\"; Reel did not use it.",
                             suggestion: "Ids may only hold letters, digits, '.', '_' and '-'. Check --api-url / NEMO_API_URL points at the NemoVideo service; if it does, report this.")
        }
        return id
    }
}
