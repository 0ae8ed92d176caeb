import Foundation

/// A compiled, case-insensitive regular expression with small helpers for the interpreter.
///
/// Wraps `NSRegularExpression` (immutable once built, safe to share between threads).
struct Pattern: @unchecked Sendable {
    let regex: NSRegularExpression

    init(_ pattern: String) {
        do {
            regex = try NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
        } catch {
            preconditionFailure("invalid pattern \(pattern): \(error)")
        }
    }

    /// Every non-overlapping match, left to right.
    func matches(in s: String) -> [PatternMatch] {
        let ns = s as NSString
        return regex.matches(in: s, range: NSRange(location: 0, length: ns.length)).map { PatternMatch(result: $0, in: ns) }
    }

    /// The first match, if any.
    func firstMatch(in s: String) -> PatternMatch? {
        let ns = s as NSString
        return regex.firstMatch(in: s, range: NSRange(location: 0, length: ns.length)).map { PatternMatch(result: $0, in: ns) }
    }

    /// Whether the pattern occurs anywhere in `s`.
    func occurs(in s: String) -> Bool { firstMatch(in: s) != nil }

    /// `s` with every match replaced by what `replacement` returns for it.
    func replacing(in s: String, _ replacement: (PatternMatch) -> String) -> String {
        let ns = s as NSString
        var out = ""
        var last = 0
        for m in matches(in: s) {
            out += ns.substring(with: NSRange(location: last, length: m.range.location - last))
            out += replacement(m)
            last = m.range.location + m.range.length
        }
        out += ns.substring(from: last)
        return out
    }
}

/// One match: its range (UTF-16, as `NSString` counts) and its capture groups.
struct PatternMatch {
    /// The whole match's range.
    let range: NSRange
    /// The whole match's text.
    let text: String
    private let groups: [String?]

    init(result: NSTextCheckingResult, in ns: NSString) {
        range = result.range
        text = ns.substring(with: result.range)
        groups = (0..<result.numberOfRanges).map { i in
            let r = result.range(at: i)
            return r.location == NSNotFound ? nil : ns.substring(with: r)
        }
    }

    /// The same match with its whole text given again.
    init(copying m: PatternMatch, text: String) {
        range = m.range
        self.text = text
        groups = m.groups
    }

    /// Capture group `i` (0 is the whole match), or nil when it did not take part.
    subscript(i: Int) -> String? { i < groups.count ? groups[i] : nil }

    /// Capture group `i` as a number, or nil.
    /// Group `i` as a number; nil beyond a billion, which no setting can take (and which would
    /// overflow on the way to milliseconds).
    func number(_ i: Int) -> Double? { self[i].flatMap { Double($0) }.flatMap { $0.isFinite && abs($0) < 1e9 ? $0 : nil } }
}
