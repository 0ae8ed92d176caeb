import Foundation

/// Where a match of an expression can start, read from its source: after which characters, and
/// with which.
///
/// A pattern that opens with a clause start, `(?<![^,.;!?\x{01}])\s*…` or
/// `(?:^|(?<=[,.;!?] )|(?<=[,.;!?]))…`, matches only at the text's start or after one of a few
/// characters, but ICU, which finds no first character to look for, tries the pattern at every
/// position of the text (about 600 instructions each on a long request). Such an expression is
/// instead tried only where a match can start (``Expression/matches(in:range:transparent:first:)``),
/// each place on its own (`uregex_lookingAt`), in order: the first place where it matches is the
/// first match `uregex_findNext` finds, and the same match there, so the matches are the same.
///
/// Each top-level alternative tells its places (a ``Context``): the units that may stand one and
/// two before (its leading look-behinds, `^`) and the unit it may start with (its first items;
/// `[a-z](?<=\s[a-z])` says both). The places are a superset of the true ones: the text's start,
/// any unit not ASCII (letters folded, `\p{…}` and the like are not read), are always allowed.
///
///     MatchStarts(#"(?<![^,.;!?\x{01}])\s*(?:and\s+)?my wife"#, caseInsensitive: false)
///     // after "," "." ";" "!" "?" or U+0001, or at the start; starting with a space, "a" or "m"
struct MatchStarts {
    /// What may stand around a place where an alternative matches (nil: anything).
    struct Context {
        /// The unit just before, and the one before it.
        var before1: [Bool]?, before2: [Bool]?
        /// The unit the match starts with (when the alternative cannot match an empty string).
        var first: [Bool]?
    }

    /// One context for each alternative (or more, for a group of alternatives).
    let contexts: [Context]
    /// Every context's first units, and units just before, together (nil: any unit): a place
    /// that none allows is passed over at once.
    private let anyFirst: [Bool]?, anyBefore: [Bool]?

    /// The places `source` can match, or nil when they cannot be read from its first items (an
    /// alternative that may start anywhere, a flag…).
    init?(_ source: String, caseInsensitive: Bool) {
        guard !source.contains(#"\G"#), !source.contains(#"\Q"#) else { return nil }
        let cs = Array(source.unicodeScalars)
        // a letter that folds to more than one, or to an ASCII one ("ß", the Kelvin sign): not read
        if caseInsensitive, cs.contains(where: { $0.value >= 0x80 && $0.properties.changesWhenCaseFolded }) { return nil }
        // a flag that changes where a match may start (`(?m)`: `^` after a line break; `(?w)`:
        // `\b`; `(?x)`: spaces in the pattern): not read (`(?-i:…)` is)
        for i in cs.indices where cs[i] == "(" && i + 2 < cs.count && cs[i + 1] == "?" {
            var j = i + 2
            while j < cs.count, cs[j].properties.isAlphabetic || cs[j] == "-" {
                if "mwx".unicodeScalars.contains(cs[j]) { return nil }
                j += 1
            }
        }
        // only what comes before tells little more than ICU's own search for the first units
        guard let found = Self.alternation(cs, cs.startIndex, cs.endIndex), !found.isEmpty,
              !found.contains(where: { $0.before1 == nil && $0.before2 == nil }) else { return nil }
        let fold: ([Bool]?) -> [Bool]? = { set in caseInsensitive ? set.map(PatternSource.folded) : set }
        // alternatives after the same units: one context, either first unit
        var merged: [Context] = []
        for c in found {
            if let i = merged.firstIndex(where: { $0.before1 == c.before1 && $0.before2 == c.before2 }) {
                let a = merged[i].first, b = c.first
                merged[i].first = a.flatMap { a in b.map { b in (0..<128).map { a[$0] || b[$0] } } }
            } else {
                merged.append(c)
            }
        }
        contexts = merged.map { Context(before1: fold($0.before1), before2: fold($0.before2), first: fold($0.first)) }
        let union: ([[Bool]?]) -> [Bool]? = { sets in
            sets.contains { $0 == nil } ? nil : (0..<128).map { u in sets.contains { $0![u] } }
        }
        anyFirst = union(contexts.map(\.first))
        anyBefore = union(contexts.map(\.before1))
    }

    /// The contexts of each alternative of `cs[from..<to]`.
    private static func alternation(_ cs: [Unicode.Scalar], _ from: Int, _ to: Int) -> [Context]? {
        guard let parts = PatternSource.split(cs, from, to) else { return nil }
        var out: [Context] = []
        for (a, b) in parts {
            // `\x{0}(?!)`: an alternative that never matches, kept for its group numbers
            if b - a >= 9, String(String.UnicodeScalarView(cs[a..<(a + 9)])) == #"\x{0}(?!)"# { continue }
            guard let part = sequence(cs, a, b) else { return nil }
            out += part
        }
        return out
    }

    /// The contexts of the sequence `cs[from..<to]`: what its leading items tell, `^`, look-behinds
    /// (from the place or after its first unit), a group of alternatives, past items that match no
    /// character (look-aheads, `\b`) and one item of one unit; and its first units.
    private static func sequence(_ cs: [Unicode.Scalar], _ from: Int, _ to: Int) -> [Context]? {
        var context = Context()
        var wide = false
        if let (units, empty) = PatternSource.sequenceFirst(cs, from, to, wide: &wide), !empty { context.first = units }
        var i = from
        // how many units the items read so far match: 0, or 1 after an item of one unit
        var offset = 0
        while i < to {
            switch cs[i] {
            case "^" where offset == 0:
                context.before1 = [Bool](repeating: false, count: 128)
                i += 1
            case "\\" where i + 1 < to && (cs[i + 1] == "b" || cs[i + 1] == "B"):
                // `\b` before a word unit: after none (an alternative whose first units are all
                // word units, ASCII or not)
                if cs[i + 1] == "b", offset == 0, let first = context.first, !wide,
                   !(0..<128).contains(where: { first[$0] && !Self.wordUnit($0) }) {
                    context.before1 = meet(context.before1, (0..<128).map { !Self.wordUnit($0) })
                }
                i += 2
            case "(":
                guard let end = PatternSource.groupEnd(cs, i, to) else { return nil }
                // a quantifier after the group: it may be left out (or a look-around repeated)
                if end + 1 < to, "?*{+".unicodeScalars.contains(cs[end + 1]) { return [context] }
                let head = String(String.UnicodeScalarView(cs[i..<min(i + 4, end)]))
                if head.hasPrefix("(?<=") {
                    guard let atoms = lastAtoms(cs, i + 4, end) else { return [context] }
                    // the last atom is the unit before the place, or after its first unit the first
                    let slots = offset == 0 ? [atoms.count > 0 ? atoms[0] : nil, atoms.count > 1 ? atoms[1] : nil, nil]
                        : [atoms.count > 1 ? atoms[1] : nil, atoms.count > 2 ? atoms[2] : nil, atoms.count > 0 ? atoms[0] : nil]
                    context.before1 = meet(context.before1, slots[0])
                    context.before2 = meet(context.before2, slots[1])
                    context.first = meet(context.first, slots[2])
                    i = end + 1
                } else if head.hasPrefix("(?<!") {
                    // "after none but these": `(?<![^…])`
                    if offset == 0, cs[i + 4] == "[", i + 5 < end, cs[i + 5] == "^",
                       let close = PatternSource.classEnd(cs, i + 4, end), close == end - 1,
                       let set = PatternSource.classSet(cs, i + 6, close) {
                        context.before1 = meet(context.before1, set)
                    }
                    i = end + 1
                } else if head.hasPrefix("(?=") || head.hasPrefix("(?!") {
                    i = end + 1
                } else if offset == 0, !head.hasPrefix("(?") || head.hasPrefix("(?:") {
                    guard let inner = alternation(cs, head.hasPrefix("(?:") ? i + 3 : i + 1, end) else { return [context] }
                    return inner.map { c in
                        Context(before1: meet(context.before1, c.before1), before2: meet(context.before2, c.before2), first: meet(context.first, c.first))
                    }
                } else {
                    return [context]
                }
            default:
                // one unit, once: the look-behinds after it see it last
                guard offset == 0, let next = oneUnit(cs, i, to) else { return [context] }
                offset = 1
                i = next
            }
        }
        return [context]
    }

    /// Where the item at `i` ends, when it matches exactly one unit (a character, an escape of
    /// one, a set) and is not quantified; else nil.
    private static func oneUnit(_ cs: [Unicode.Scalar], _ i: Int, _ to: Int) -> Int? {
        var end: Int
        switch cs[i] {
        case "[":
            guard let close = PatternSource.classEnd(cs, i, to), PatternSource.bmpOnly(cs, i, close) else { return nil }
            end = close + 1
        case "\\":
            // (`\d` and `\w` may match a character outside the BMP, two units)
            guard i + 1 < to, cs[i + 1] == "s" || !cs[i + 1].properties.isAlphabetic && !("0"..."9").contains(cs[i + 1]) else { return nil }
            end = i + 2
        case ".", "$", "^", "|", ")", "(", "*", "+", "?", "{": return nil
        default:
            // a character outside the BMP is two units
            guard cs[i].value < 0x10000 else { return nil }
            end = i + 1
        }
        if end < to, "?*+{".unicodeScalars.contains(cs[end]) { return nil }
        return end
    }

    /// Whether the ASCII unit `u` is a word unit for `\b` (a letter, a digit, `_`).
    private static func wordUnit(_ u: Int) -> Bool {
        u == 0x5F || (0x30...0x39).contains(u) || (0x41...0x5A).contains(u) || (0x61...0x7A).contains(u)
    }

    /// Both sets: the units in each (nil: any unit).
    private static func meet(_ a: [Bool]?, _ b: [Bool]?) -> [Bool]? {
        guard let a else { return b }
        guard let b else { return a }
        return (0..<128).map { a[$0] && b[$0] }
    }

    /// The units the last atoms of the look-behind `cs[from..<to]` can be, last first (as many as
    /// every alternative tells, up to 3), or nil.
    private static func lastAtoms(_ cs: [Unicode.Scalar], _ from: Int, _ to: Int) -> [[Bool]]? {
        guard let parts = PatternSource.split(cs, from, to) else { return nil }
        var out: [[Bool]]?
        for (a, b) in parts {
            guard let atoms = lastItems(cs, a, b) else { return nil }
            guard let sofar = out else { out = atoms; continue }
            out = (0..<min(sofar.count, atoms.count)).map { j in (0..<128).map { sofar[j][$0] || atoms[j][$0] } }
        }
        return out.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The units of the last items of `cs[from..<to]`, last first, up to 3 and back to the first
    /// that is not a character, an escape or a set matching one unit, not quantified (a group of
    /// alternatives counts for the last only); nil when the last is none of these.
    private static func lastItems(_ cs: [Unicode.Scalar], _ from: Int, _ to: Int) -> [[Bool]]? {
        // the items from the start: each one unit (its set), or nil; and whether it is a group
        var items: [([Bool]?, group: Bool)] = []
        var i = from
        while i < to {
            let start = i
            switch cs[i] {
            case "\\":
                guard i + 1 < to else { return nil }
                if i + 2 < to, cs[i + 1] == "x", cs[i + 2] == "{" {
                    guard let close = cs[i..<to].firstIndex(of: "}") else { return nil }
                    i = close + 1
                } else if cs[i + 1].properties.isAlphabetic && !"sdwSDWbBntrfe".unicodeScalars.contains(cs[i + 1])
                            || ("0"..."9").contains(cs[i + 1]) {
                    // \p{…}, \uFFFF, \1: not read
                    return nil
                } else {
                    i += 2
                }
            case "[":
                guard let close = PatternSource.classEnd(cs, i, to) else { return nil }
                i = close + 1
            case "(":
                guard let close = PatternSource.groupEnd(cs, i, to) else { return nil }
                i = close + 1
            default:
                i += 1
            }
            guard i <= to else { return nil }
            // a quantifier: the item may repeat or be left out
            if i < to, "?*+{".unicodeScalars.contains(cs[i]) {
                var j = i
                if cs[j] == "{" {
                    guard let close = cs[j..<to].firstIndex(of: "}") else { return nil }
                    j = close
                }
                j += 1
                if j < to, cs[j] == "?" || cs[j] == "+" { j += 1 }
                items.append((nil, false))
                i = j
                continue
            }
            items.append((item(cs, start, i), cs[start] == "("))
        }
        var out: [[Bool]] = []
        for (set, group) in items.reversed() {
            guard let set, out.count < 3 else { break }
            out.append(set)
            // the alternatives of a group may differ in length: what stands before is not placed
            if group { break }
        }
        return out.isEmpty ? nil : out
    }

    /// The units the item `cs[a..<b]` matches, when it matches one (a group: its alternatives'
    /// last items); else nil.
    private static func item(_ cs: [Unicode.Scalar], _ a: Int, _ b: Int) -> [Bool]? {
        switch cs[a] {
        case "[":
            guard a + 1 < b - 1, cs[a + 1] != "^", PatternSource.bmpOnly(cs, a, b - 1) else { return nil }
            return PatternSource.classSet(cs, a + 1, b - 1)
        case "(":
            let head = String(String.UnicodeScalarView(cs[a..<min(a + 3, b)]))
            if head.hasPrefix("(?"), head != "(?:" { return nil }
            return lastAtoms(cs, head == "(?:" ? a + 3 : a + 1, b - 1)?.first
        case "\\":
            // one unit: a space, a mark, a character by its number (`\d`, `\w` may be two)
            guard cs[a + 1] == "s" || cs[a + 1] == "x" || !cs[a + 1].properties.isAlphabetic && !("0"..."9").contains(cs[a + 1]) else { return nil }
            return PatternSource.escapeSet(cs, a, b)
        case ".", "$", "^", "|", ")":
            return nil
        default:
            return cs[a].value < 0x10000 ? PatternSource.single(cs[a]) : nil
        }
    }

    /// Whether a match may start at `p` of `units` (not between the two units of a pair of
    /// surrogates); `end`: where the region searched ends (a match that cannot be empty does not
    /// start there).
    @inline(__always)
    func allows(_ units: UnsafeBufferPointer<UInt16>, _ p: Int, end: Int) -> Bool {
        if let anyFirst {
            guard p < end else { return false }
            if units[p] < 128, !anyFirst[Int(units[p])] { return false }
        }
        if p > 0, let anyBefore, units[p - 1] < 128, !anyBefore[Int(units[p - 1])] { return false }
        if p > 0, UTF16.isLeadSurrogate(units[p - 1]), p < units.count, UTF16.isTrailSurrogate(units[p]) { return false }
        if contexts.count == 1, contexts[0].before2 == nil { return true }
        return contexts.contains { c in
            if let first = c.first {
                guard p < end else { return false }
                if units[p] < 128, !first[Int(units[p])] { return false }
            }
            if p > 0, let before = c.before1, units[p - 1] < 128, !before[Int(units[p - 1])] { return false }
            if p > 1, let before = c.before2, units[p - 2] < 128, !before[Int(units[p - 2])] { return false }
            return true
        }
    }
}
