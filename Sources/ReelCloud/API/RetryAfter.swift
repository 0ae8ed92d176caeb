import Foundation

/// Reads the `Retry-After` header: seconds, or an HTTP date.
enum RetryAfter {
    /// The longest wait a header can ask for (a day); callers apply their own, smaller limits.
    static let maxSeconds: Double = 86_400

    static func parse(_ value: String?, now: Date = Date()) -> Duration? {
        guard let v = value?.trimmingCharacters(in: .whitespaces), !v.isEmpty else { return nil }
        // A server may send anything ("1e300", "inf"): cap the wait so the conversion cannot trap.
        if let s = Double(v), s >= 0 { return .milliseconds(Int64(min(s, maxSeconds) * 1000)) }
        // An HTTP date is short printable ASCII. Foundation's DateFormatter traps on some other
        // text (a combining mark, found by fuzzing), so nothing else reaches it.
        guard v.utf8.count <= 64, v.utf8.allSatisfy({ (0x20..<0x7F).contains($0) }) else { return nil }
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "GMT")
        f.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        guard let date = f.date(from: v) else { return nil }
        return .milliseconds(Int64(min(max(0, date.timeIntervalSince(now)), maxSeconds) * 1000))
    }

    /// "45 s", "3 min".
    static func text(_ d: Duration) -> String {
        let s = Int((Double(d.milliseconds) / 1000).rounded(.up))
        return s < 120 ? "\(s) s" : "\((s + 59) / 60) min"
    }
}
