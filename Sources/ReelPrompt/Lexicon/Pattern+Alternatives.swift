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
    ///
    /// `folding`: the pattern folds case, and each alternative's words are lowercase, to be found
    /// in a text's lowercased copy (``caseless(_:)``); an alternative whose words cannot be so
    /// found may match any text.
    static func readAlternatives(_ pattern: String, folding: Bool = false) -> Alternatives.Read? {
        let cs = Array(pattern.unicodeScalars)
        var inner = cs[...]
        var wrapped = false
        if cs.count > 4, cs.starts(with: "(?:".unicodeScalars), cs.last == ")", firstGroupEnd(cs) == cs.count - 1 {
            inner = cs[3..<(cs.count - 1)]
            wrapped = true
        }
        guard let parts = splitTopLevel(inner), parts.count > 1, parts.count <= 1024 else { return nil }
        var list: [Alternatives.Alternative] = []
        for part in parts {
            var s = ""
            s.unicodeScalars.append(contentsOf: part)
            guard let groups = captureGroups(part) else { return nil }
            var words = requiredWords(s).map { $0.map { $0.map { Array($0.utf8) } } }
            if folding { words = caseless(words) }
            list.append(.init(source: s, groups: groups, words: words ?? []))
        }
        // nothing to gain when every alternative may always match
        guard list.contains(where: { !$0.words.isEmpty }) else { return nil }
        return Alternatives.Read(list: list, wrapped: wrapped)
    }

    /// The index of the `)` that closes the group `cs` starts with, or nil.
    private static func firstGroupEnd(_ cs: [Unicode.Scalar]) -> Int? {
        syntax(cs[...])?.first { $0.at > 0 && cs[$0.at] == ")" && $0.depth == 1 }?.at
    }

    /// Every `(`, `)` and `|` of `cs` outside escapes and sets, with the depth of groups it stands
    /// in (for `)`: the depth it closes); nil when a set does not close or a `)` closes nothing.
    private static func syntax(_ cs: ArraySlice<Unicode.Scalar>) -> [(at: Int, depth: Int)]? {
        var marks: [(at: Int, depth: Int)] = []
        var depth = 0
        var i = cs.startIndex
        while i < cs.endIndex {
            switch cs[i] {
            case "\\": i += 1
            case "[": guard let end = classEnd(cs, from: i) else { return nil }; i = end
            case "(":
                marks.append((i, depth))
                depth += 1
            case ")":
                guard depth > 0 else { return nil }
                marks.append((i, depth))
                depth -= 1
            case "|": marks.append((i, depth))
            default: break
            }
            i += 1
        }
        return marks
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
        guard let marks = syntax(cs), marks.filter({ cs[$0.at] == "(" }).count == marks.filter({ cs[$0.at] == ")" }).count else { return nil }
        var parts: [ArraySlice<Unicode.Scalar>] = []
        var start = cs.startIndex
        for m in marks where cs[m.at] == "|" && m.depth == 0 {
            parts.append(cs[start..<m.at])
            start = m.at + 1
        }
        parts.append(cs[start..<cs.endIndex])
        return parts
    }

    /// How many capture groups `cs` opens (`(…)` and named `(?<name>…)`); nil when it cannot tell.
    private static func captureGroups(_ cs: ArraySlice<Unicode.Scalar>) -> Int? {
        syntax(cs)?.filter { m in
            let i = m.at
            guard cs[i] == "(" else { return false }
            guard i + 1 < cs.endIndex, cs[i + 1] == "?" else { return true }
            // (?<name>…) captures; (?<= and (?<! look behind
            return i + 3 < cs.endIndex && cs[i + 2] == "<" && cs[i + 3] != "=" && cs[i + 3] != "!"
        }.count
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
        var all: AlternativeSet { AlternativeSet(all: list.count) }
        /// Whether each alternative may be searched alone: none refers to a group by number or
        /// sets a flag for the alternatives after it.
        let separable: Bool
        /// The number of the group before each alternative's first (its groups follow it).
        let offsets: [Int]
        /// The pattern's capture groups.
        let groups: Int

        init(list: [Alternative], wrapped: Bool) {
            self.list = list
            self.wrapped = wrapped
            separable = !list.contains { Read.refersOrSetsFlags($0.source) }
            var offsets: [Int] = []
            var n = 0
            for a in list {
                offsets.append(n)
                n += a.groups
            }
            self.offsets = offsets
            groups = n
        }

        /// Whether `source` holds a back reference (`\1`, `\k<name>`) or an inline flag (`(?x)`).
        private static func refersOrSetsFlags(_ source: String) -> Bool {
            let cs = Array(source.unicodeScalars)
            var i = 0
            while i + 1 < cs.count {
                if cs[i] == "\\" {
                    if ("1"..."9").contains(cs[i + 1]) || cs[i + 1] == "k" { return true }
                    i += 2
                    continue
                }
                if cs[i] == "(", cs[i + 1] == "?", i + 2 < cs.count, cs[i + 2].properties.isAlphabetic || cs[i + 2] == "-" { return true }
                i += 1
            }
            return false
        }
    }

    private let source: String
    /// Whether the pattern folds case: its alternatives' words are then lowercase.
    private let folding: Bool
    private let lock = NSLock()
    /// nil until read; then the reading, or nil inside when the pattern is not split.
    private var read: Read??
    private var narrowed: [AlternativeSet: Expression] = [:]
    /// Each alternative compiled alone, once searched alone.
    private var alone: [Int: Expression] = [:]

    /// The alternatives of `source`, read when first needed; `folding`: the pattern folds case
    /// (``Pattern/readAlternatives(_:folding:)``).
    init(source: String, folding: Bool = false) {
        self.source = source
        self.folding = folding
    }

    /// The pattern's alternatives (read once), or nil when it is not split.
    var reading: Read? {
        lock.lock()
        defer { lock.unlock() }
        if let read { return read }
        let r = Pattern.readAlternatives(source, folding: folding)
        read = .some(r)
        return r
    }

    /// Which alternatives of `read` may match `text` (UTF-8).
    static func possible(_ read: Read, in text: UnsafeBufferPointer<UInt8>) -> AlternativeSet {
        var bits = AlternativeSet(all: 0)
        for (i, a) in read.list.enumerated() where a.words.allSatisfy({ $0.contains { Pattern.occurs($0, in: text) } }) {
            bits.insert(i)
        }
        return bits
    }

    /// The expression of only the alternatives in `bits` (compiled once), or nil when it cannot
    /// be built; `caseInsensitive` as the whole pattern's.
    func expression(_ read: Read, for bits: AlternativeSet, caseInsensitive: Bool) -> Expression? {
        lock.lock()
        if let known = narrowed[bits] {
            lock.unlock()
            return known
        }
        lock.unlock()
        var parts: [String] = []
        var skipped = 0
        for (i, a) in read.list.enumerated() {
            if bits.contains(i) {
                if skipped > 0 { parts.append(Self.never(groups: skipped)) }
                skipped = 0
                parts.append(a.source)
            } else {
                skipped += a.groups
            }
        }
        if skipped > 0 { parts.append(Self.never(groups: skipped)) }
        let joined = parts.joined(separator: "|")
        guard let regex = Expression(read.wrapped ? "(?:" + joined + ")" : joined, caseInsensitive: caseInsensitive) else { return nil }
        lock.lock()
        defer { lock.unlock() }
        // bounded: the sets of alternatives met are few, but a pattern never keeps more than these
        if narrowed.count < 256 { narrowed[bits] = regex }
        return regex
    }

    /// Alternative `i` of `read` compiled alone (once), or nil when it cannot be.
    private func alone(_ read: Read, _ i: Int, caseInsensitive: Bool) -> Expression? {
        lock.lock()
        if let known = alone[i] {
            lock.unlock()
            return known
        }
        lock.unlock()
        guard let regex = Expression(read.list[i].source, caseInsensitive: caseInsensitive) else { return nil }
        lock.lock()
        defer { lock.unlock() }
        alone[i] = regex
        return regex
    }

    /// The matches of the alternatives in `bits` of `read` in `s`, as the whole pattern finds
    /// them, each alternative searched alone: at each step the match that starts first, of the
    /// earliest alternative when two start together (the one the whole pattern tries first).
    /// ICU tries a long list of alternatives at every position of the text, where one
    /// alternative alone is searched for from the characters it can start with. Nil when an
    /// alternative cannot be compiled alone. `first`: only the first match.
    func separateMatches(_ read: Read, bits: AlternativeSet, in text: UTF16Text, range: NSRange? = nil, caseInsensitive: Bool, first: Bool) -> [PatternMatch]? {
        let length = range.map { $0.location + $0.length } ?? text.length
        var searched: [(index: Int, regex: Expression)] = []
        for i in read.list.indices where bits.contains(i) {
            guard let regex = alone(read, i, caseInsensitive: caseInsensitive) else { return nil }
            searched.append((i, regex))
        }
        // each alternative's next match (its groups' ranges) from where it was last searched (nil inside: none to the end)
        var next = [[NSRange]??](repeating: nil, count: searched.count)
        var out: [PatternMatch] = []
        var from = range?.location ?? 0
        while from <= length {
            var best: (Int, [NSRange])?
            for (k, alternative) in searched.enumerated() {
                let found: [NSRange]?
                if let known = next[k], known.map({ $0[0].location >= from }) ?? true {
                    found = known
                } else {
                    found = alternative.regex.matches(in: text, range: NSRange(location: from, length: length - from), transparent: true, first: true).first
                    next[k] = .some(found)
                }
                guard let found else { continue }
                if best.map({ found[0].location < $0.1[0].location }) ?? true { best = (alternative.index, found) }
            }
            guard let (i, r) = best else { break }
            out.append(PatternMatch(ranges: r, in: text, groupOffset: read.offsets[i], groups: read.groups))
            if first { break }
            if r[0].length > 0 {
                from = r[0].location + r[0].length
            } else {
                // after an empty match ICU goes on one character later (a surrogate pair is one)
                let at = r[0].location
                guard at < length else { break }
                from = at + (UTF16.isLeadSurrogate(text.units[at]) && at + 1 < length ? 2 : 1)
            }
        }
        return out
    }

    /// An alternative that never matches and holds `groups` empty capture groups (so the groups
    /// after it keep their numbers). It starts with a NUL, which lets ICU pass it over at once.
    private static func never(groups: Int) -> String {
        #"\x{0}(?!)"# + String(repeating: "()", count: groups)
    }
}

/// Some of a pattern's alternatives, by their place in it.
struct AlternativeSet: Hashable, Sendable {
    private var bits: [UInt64] = []

    /// The first `count` alternatives.
    init(all count: Int) {
        bits = Array(repeating: ~0, count: count / 64)
        if count % 64 != 0 { bits.append((1 << UInt64(count % 64)) - 1) }
    }

    mutating func insert(_ i: Int) {
        while bits.count <= i / 64 { bits.append(0) }
        bits[i / 64] |= 1 << UInt64(i % 64)
    }

    func contains(_ i: Int) -> Bool { i / 64 < bits.count && bits[i / 64] & (1 << UInt64(i % 64)) != 0 }

    /// How many alternatives are in the set.
    var count: Int { bits.reduce(0) { $0 + $1.nonzeroBitCount } }

    static func == (a: Self, b: Self) -> Bool {
        let n = max(a.bits.count, b.bits.count)
        return (0..<n).allSatisfy { (a.bits.indices.contains($0) ? a.bits[$0] : 0) == (b.bits.indices.contains($0) ? b.bits[$0] : 0) }
    }

    func hash(into hasher: inout Hasher) {
        // trailing empty words do not count, so equal sets hash alike
        var n = bits.count
        while n > 0, bits[n - 1] == 0 { n -= 1 }
        for w in bits[0..<n] { hasher.combine(w) }
    }
}
