import Foundation

/// A pattern made of alternatives ("mute the clips" | "clips muted" | "sound off on the clips" |
/// 原声关掉 …) is tried with only the alternatives that can match the text at hand.
///
/// ICU tries every alternative at every position of the text, and a long request holds the words
/// of few of them. An alternative whose required words (``Pattern/requiredWords(_:)``) are not all
/// in the text cannot match there, so leaving it out changes no match: at each position the first
/// alternative that matches is the same one. Its capture groups are kept as empty groups of an
/// alternative that never matches, so the groups keep their numbers. The narrowed expressions are
/// compiled once per set of alternatives and kept with the pattern.
extension Pattern {
    /// The top-level alternatives of `pattern`, each with its capture-group count and the words it
    /// cannot match without; nil when there is one alternative, or the pattern is not read.
    ///
    /// A pattern that is one non-capturing group as a whole, `(?:a|b)`, is read inside the group.
    static func readAlternatives(_ pattern: String) -> Alternatives.Read? {
        let cs = Array(pattern.unicodeScalars)
        var inner = cs[...]
        var wrapped = false
        if cs.count > 4, cs.starts(with: "(?:".unicodeScalars), cs.last == ")", closingParen(cs, from: 0) == cs.count - 1 {
            inner = cs[3..<(cs.count - 1)]
            wrapped = true
        }
        guard let parts = splitTopLevel(inner), parts.count > 1, parts.count <= 64 else { return nil }
        var list: [Alternatives.Alternative] = []
        for part in parts {
            var s = ""
            s.unicodeScalars.append(contentsOf: part)
            guard let groups = captureGroups(part) else { return nil }
            let words = requiredWords(s).map { $0.map { $0.map { Array($0.utf8) } } }
            list.append(.init(source: s, groups: groups, words: words ?? []))
        }
        // nothing to gain when every alternative may always match
        guard list.contains(where: { !$0.words.isEmpty }) else { return nil }
        return Alternatives.Read(list: list, wrapped: wrapped)
    }

    /// The index of the `)` that closes the `(` at `open`, or nil.
    private static func closingParen(_ cs: [Unicode.Scalar], from open: Int) -> Int? {
        var depth = 0
        var i = open
        while i < cs.count {
            switch cs[i] {
            case "\\": i += 1
            case "[": guard let end = classEnd(cs[...], from: i) else { return nil }; i = end
            case "(": depth += 1
            case ")":
                depth -= 1
                if depth == 0 { return i }
            default: break
            }
            i += 1
        }
        return nil
    }

    /// The index of the `]` closing the set that opens at `open` (nested sets and escapes read).
    private static func classEnd(_ cs: ArraySlice<Unicode.Scalar>, from open: Int) -> Int? {
        var i = open + 1
        if i < cs.endIndex, cs[i] == "^" { i += 1 }
        if i < cs.endIndex, cs[i] == "]" { i += 1 }
        var depth = 1
        while i < cs.endIndex {
            switch cs[i] {
            case "\\": i += 1
            case "[": depth += 1
            case "]":
                depth -= 1
                if depth == 0 { return i }
            default: break
            }
            i += 1
        }
        return nil
    }

    /// `cs` cut at its top-level `|`; nil when its brackets do not balance.
    private static func splitTopLevel(_ cs: ArraySlice<Unicode.Scalar>) -> [ArraySlice<Unicode.Scalar>]? {
        var parts: [ArraySlice<Unicode.Scalar>] = []
        var depth = 0
        var start = cs.startIndex
        var i = cs.startIndex
        while i < cs.endIndex {
            switch cs[i] {
            case "\\": i += 1
            case "[": guard let end = classEnd(cs, from: i) else { return nil }; i = end
            case "(": depth += 1
            case ")":
                depth -= 1
                if depth < 0 { return nil }
            case "|" where depth == 0:
                parts.append(cs[start..<i])
                start = i + 1
            default: break
            }
            i += 1
        }
        guard depth == 0, i == cs.endIndex else { return nil }
        parts.append(cs[start..<cs.endIndex])
        return parts
    }

    /// How many capture groups `cs` opens (`(…)` and named `(?<name>…)`); nil when it cannot tell.
    private static func captureGroups(_ cs: ArraySlice<Unicode.Scalar>) -> Int? {
        var n = 0
        var i = cs.startIndex
        while i < cs.endIndex {
            switch cs[i] {
            case "\\": i += 1
            case "[": guard let end = classEnd(cs, from: i) else { return nil }; i = end
            case "(":
                if i + 1 < cs.endIndex, cs[i + 1] == "?" {
                    // (?<name>…) captures; (?<= and (?<! look behind
                    if i + 3 < cs.endIndex, cs[i + 2] == "<", cs[i + 3] != "=", cs[i + 3] != "!" { n += 1 }
                } else {
                    n += 1
                }
            default: break
            }
            i += 1
        }
        return n
    }
}

/// The top-level alternatives of a pattern and its narrowed expressions, read the first time the
/// pattern is tried on a text that holds its words (most patterns of a request never are).
final class Alternatives: @unchecked Sendable {
    /// One alternative: its source, its capture groups, and the lists of words it needs (one word
    /// of each list; no lists: it may match any text).
    struct Alternative {
        let source: String
        let groups: Int
        let words: [[[UInt8]]]
    }

    /// A pattern read into its alternatives.
    struct Read {
        let list: [Alternative]
        /// Whether the alternatives are inside one non-capturing group that is the whole pattern.
        let wrapped: Bool
        /// Every alternative's bit.
        var all: UInt64 { list.count == 64 ? ~0 : (1 << UInt64(list.count)) - 1 }
    }

    private let source: String
    private let lock = NSLock()
    /// nil until read; then the reading, or nil inside when the pattern is not split.
    private var read: Read??
    private var narrowed: [UInt64: NSRegularExpression] = [:]

    init(source: String) {
        self.source = source
    }

    /// The pattern's alternatives (read once), or nil when it is not split.
    var reading: Read? {
        lock.lock()
        defer { lock.unlock() }
        if let read { return read }
        let r = Pattern.readAlternatives(source)
        read = .some(r)
        return r
    }

    /// Which alternatives of `read` may match `text` (UTF-8), as bits.
    static func possible(_ read: Read, in text: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var bits: UInt64 = 0
        for (i, a) in read.list.enumerated() where a.words.allSatisfy({ $0.contains { Pattern.occurs($0, in: text) } }) {
            bits |= 1 << UInt64(i)
        }
        return bits
    }

    /// The expression of only the alternatives in `bits` (compiled once), or nil when it cannot
    /// be built; `options` as the whole pattern's.
    func expression(_ read: Read, for bits: UInt64, options: NSRegularExpression.Options) -> NSRegularExpression? {
        lock.lock()
        if let known = narrowed[bits] {
            lock.unlock()
            return known
        }
        lock.unlock()
        var parts: [String] = []
        var skipped = 0
        for (i, a) in read.list.enumerated() {
            if bits & (1 << UInt64(i)) != 0 {
                if skipped > 0 { parts.append(Self.never(groups: skipped)) }
                skipped = 0
                parts.append(a.source)
            } else {
                skipped += a.groups
            }
        }
        if skipped > 0 { parts.append(Self.never(groups: skipped)) }
        let joined = parts.joined(separator: "|")
        guard let regex = try? NSRegularExpression(pattern: read.wrapped ? "(?:" + joined + ")" : joined, options: options) else { return nil }
        lock.lock()
        defer { lock.unlock() }
        // bounded: the sets of alternatives met are few, but a pattern never keeps more than these
        if narrowed.count < 256 { narrowed[bits] = regex }
        return regex
    }

    /// An alternative that never matches and holds `groups` empty capture groups (so the groups
    /// after it keep their numbers). It starts with a NUL, which lets ICU pass it over at once.
    private static func never(groups: Int) -> String {
        #"\x{0}(?!)"# + String(repeating: "()", count: groups)
    }
}
