/// The words a pattern cannot match without: "\b(?:no|without) (?:music|song)s?\b" matches only
/// where "music" or "song" occurs (and "no" or "without"), so a request holding neither is
/// spared the regular expression (a byte search costs a small part of what ICU spends on one pattern).
///
/// Read from the pattern's own text, conservatively: a literal run counts only where it cannot
/// be skipped (not under `?`, `*`, `{0,…}`, nor inside a look-around), an alternation needs one
/// word from each branch, and whatever the reader does not know (inline flags, `\Q…\E`, unknown
/// escapes) gives no words, so the pattern is always tried. A group that sets case folding on or
/// off for its own part, `(?-i:…)`, is read as any group. The words are the pattern's letters as
/// written: exact for patterns matched without case folding (see ``Pattern/init(_:lowercaseInput:)``),
/// lowercased and searched in a lowercased text for those that fold (``Pattern/caseless(_:)``).
extension Pattern {
    /// Lists of words, each of which must have a word in every match of `pattern` (the most
    /// telling list first); nil when nothing is known to be needed.
    static func requiredWords(_ pattern: String) -> [[String]]? {
        requiredWords(pattern, digits: false)
    }

    /// The word a list holds for "a decimal digit" (`\d`) in ``requiredWords(_:digits:)``: no text
    /// holds it as bytes; ``clauseRegions(_:splitting:lists:)`` reads it as any character of
    /// Unicode's decimal numbers, as ICU's `\d` does.
    static let digitWord = "\u{0}d"

    /// ``requiredWords(_:)``; with `digits`, a `\d` that cannot be skipped also makes a list of
    /// its own (``digitWord``), for choosing the clauses of a long text (a whole request nearly
    /// always holds a digit somewhere; few of its clauses do).
    static func requiredWords(_ pattern: String, digits: Bool) -> [[String]]? {
        var reader = LiteralReader(Array(pattern.unicodeScalars), digits: digits)
        guard let need = reader.alternation(), reader.atEnd else { return nil }
        // a single character (a space, a comma) is in nearly every request: not worth a search
        let lists = need.lists.filter { $0.allSatisfy { $0.utf8.count >= 2 } }.map(shortest)
        guard !lists.isEmpty else { return nil }
        return lists.sorted { a, b in
            let (x, y) = (Need.strength(of: a), Need.strength(of: b))
            return x != y ? y.lexicographicallyPrecedes(x) : a.joined(separator: "|") < b.joined(separator: "|")
        }
    }

    /// `words` without any that holds another of them (the shorter one occurring is implied).
    private static func shortest(_ words: Set<String>) -> [String] {
        let sorted = words.sorted { ($0.utf8.count, $0) < ($1.utf8.count, $1) }
        var kept: [String] = []
        for w in sorted where !kept.contains(where: { contains(w, $0) }) { kept.append(w) }
        return kept.sorted()
    }

    private static func contains(_ s: String, _ part: String) -> Bool {
        let a = Array(s.utf8), b = Array(part.utf8)
        guard b.count <= a.count else { return false }
        return (0...(a.count - b.count)).contains { i in a[i..<(i + b.count)].elementsEqual(b) }
    }
}

/// What a part of a pattern needs: every one of some lists of words, at least one word of each.
private struct Need {
    var lists: [Set<String>] = []

    static let none = Need()

    /// How much one list narrows: its shortest word's length (longer words are rarer), then fewer words.
    static func strength<C: Collection<String>>(of words: C) -> [Int] {
        [words.map { $0.unicodeScalars.count }.min() ?? 0, -words.count]
    }

    /// The list that narrows most, alone (what an alternation's branch contributes).
    var strongest: Set<String>? {
        lists.max { Self.strength(of: $0).lexicographicallyPrecedes(Self.strength(of: $1)) }
    }
}

/// A recursive reader of ICU pattern syntax that keeps only what every match must contain.
private struct LiteralReader {
    private let cs: [Unicode.Scalar]
    private var i = 0

    /// Whether `\d` needs a digit (``Pattern/digitWord``) rather than nothing.
    private let digits: Bool

    init(_ cs: [Unicode.Scalar], digits: Bool = false) {
        self.cs = cs
        self.digits = digits
    }

    var atEnd: Bool { i == cs.count }

    /// One item of a sequence, as far as required words go.
    private enum Item {
        /// A character matched exactly.
        case char(Unicode.Scalar)
        /// A group or a repeated character: what it needs, and no word runs across it.
        case need(Need)
        /// Matches something, or nothing (a class, an escape, an anchor, a look-around, an optional part).
        case gap
    }

    /// Branches separated by `|`: nil when the pattern uses what this reader does not read.
    mutating func alternation() -> Need? {
        var branches: [Need] = []
        while true {
            guard let branch = sequence() else { return nil }
            branches.append(branch)
            if i < cs.count, cs[i] == "|" { i += 1; continue }
            break
        }
        if branches.count == 1 { return branches[0] }
        // one word of each branch's most telling list
        var words = Set<String>()
        for b in branches {
            guard let list = b.strongest else { return Need.none }
            words.formUnion(list)
        }
        return Need(lists: [words])
    }

    private mutating func sequence() -> Need? {
        var items: [Item] = []
        while i < cs.count, cs[i] != "|", cs[i] != ")" {
            let c = cs[i]
            i += 1
            switch c {
            case "(":
                guard let item = group() else { return nil }
                items.append(item)
            case "[":
                guard skipClass() else { return nil }
                items.append(.gap)
            case "\\":
                guard let item = escape() else { return nil }
                items.append(item)
            case ".", "^", "$":
                items.append(.gap)
            case "?", "*", "+", "{":
                guard let last = items.popLast(), let min = quantifier(c) else { return nil }
                if min == 0 {
                    items.append(.gap)
                } else if case .char(let ch) = last {
                    // "s+": the character is there, but repeated: no word runs on past it
                    items.append(.need(Need(lists: [[String(ch)]])))
                } else {
                    items.append(last)
                }
            default:
                items.append(.char(c))
            }
        }
        // every run of exact characters and every group's lists
        var need = Need()
        var run = ""
        for item in items {
            switch item {
            case .char(let c): run.unicodeScalars.append(c)
            case .need(let n):
                if !run.isEmpty { need.lists.append([run]); run = "" }
                need.lists += n.lists
            case .gap:
                if !run.isEmpty { need.lists.append([run]); run = "" }
            }
        }
        if !run.isEmpty { need.lists.append([run]) }
        return need
    }

    /// After `(`: a group's need, a look-around as a gap; nil for inline flags and unknown forms.
    private mutating func group() -> Item? {
        var lookaround = false
        if i < cs.count, cs[i] == "?" {
            i += 1
            guard i < cs.count else { return nil }
            switch cs[i] {
            case ":", ">": i += 1
            case "=", "!": i += 1; lookaround = true
            case "<":
                i += 1
                guard i < cs.count else { return nil }
                if cs[i] == "=" || cs[i] == "!" {
                    i += 1
                    lookaround = true
                } else {
                    // a named group
                    while i < cs.count, cs[i] != ">" { i += 1 }
                    i += 1
                }
            default:
                // "(?-i:[A-Z])", "(?i:vlogs?)": folding set for the group only; other flags, and
                // flags set for the rest of the pattern ("(?i)", "(?x)"), are not read
                while i < cs.count, cs[i] == "i" || cs[i] == "-" { i += 1 }
                guard i < cs.count, cs[i] == ":", cs[i - 1] != "?" else { return nil }
                i += 1
            }
        }
        guard let inner = alternation(), i < cs.count, cs[i] == ")" else { return nil }
        i += 1
        return lookaround ? .gap : .need(inner)
    }

    /// After `[`: skips the set (nested sets and escapes too).
    private mutating func skipClass() -> Bool {
        var depth = 1
        if i < cs.count, cs[i] == "^" { i += 1 }
        if i < cs.count, cs[i] == "]" { i += 1 }
        while i < cs.count {
            switch cs[i] {
            case "\\": i += 2
            case "[": depth += 1; i += 1
            case "]":
                depth -= 1
                i += 1
                if depth == 0 { return true }
            default: i += 1
            }
        }
        return false
    }

    /// After `\`: an escaped punctuation mark is that character; classes and anchors are gaps.
    private mutating func escape() -> Item? {
        guard i < cs.count else { return nil }
        let e = cs[i]
        i += 1
        if e.isASCII, !e.properties.isAlphabetic, !("0"..."9").contains(e) { return .char(e) }
        switch e {
        case "d" where digits:
            return .need(Need(lists: [[Pattern.digitWord]]))
        case "b", "B", "A", "z", "Z", "G", "s", "S", "d", "D", "w", "W", "h", "H", "v", "V", "R", "X":
            return .gap
        case "p", "P", "N":
            if i < cs.count, cs[i] == "{" {
                while i < cs.count, cs[i] != "}" { i += 1 }
                guard i < cs.count else { return nil }
                i += 1
            } else if e == "N" {
                return nil
            } else {
                i += 1
            }
            return .gap
        case "x":
            if i < cs.count, cs[i] == "{" {
                while i < cs.count, cs[i] != "}" { i += 1 }
                guard i < cs.count else { return nil }
                i += 1
            } else {
                i += 2
            }
            return .gap
        case "u":
            i += 4
            return .gap
        default:
            return nil
        }
    }

    /// After a quantifier's first character: the least number of repeats; nil when unreadable.
    private mutating func quantifier(_ c: Unicode.Scalar) -> Int? {
        var min: Int
        switch c {
        case "?", "*": min = 0
        case "+": min = 1
        default:
            // {n}, {n,}, {n,m}
            var digits = ""
            while i < cs.count, ("0"..."9").contains(cs[i]) { digits.unicodeScalars.append(cs[i]); i += 1 }
            guard let n = Int(digits) else { return nil }
            min = n
            while i < cs.count, cs[i] != "}" { i += 1 }
            guard i < cs.count else { return nil }
            i += 1
        }
        // lazy or possessive
        if i < cs.count, cs[i] == "?" || cs[i] == "+" { i += 1 }
        return min
    }
}
