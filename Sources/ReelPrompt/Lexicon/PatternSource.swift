import Foundation

/// Reading a pattern's source for ``MatchStarts``: the ASCII units its items match (a table of
/// 128 flags; a unit not ASCII is always allowed), its groups, sets and alternatives.
enum PatternSource {
    /// `set` with the other case of each ASCII letter in it.
    static func folded(_ set: [Bool]) -> [Bool] {
        var set = set
        for c in UInt8(ascii: "a")...UInt8(ascii: "z") where set[Int(c)] || set[Int(c - 32)] {
            set[Int(c)] = true
            set[Int(c - 32)] = true
        }
        return set
    }

    /// The ASCII units a match of the alternatives of `cs[from..<to]` can start with, and whether
    /// it can be empty; nil when not known (`.`, `\p{…}`…). `wide` is set when it may start with a
    /// unit not ASCII that is not a letter or a digit ("«", a space, `[^…]`).
    static func firstUnits(_ cs: [Unicode.Scalar], _ from: Int, _ to: Int, wide: inout Bool) -> ([Bool], Bool)? {
        guard let parts = split(cs, from, to) else { return nil }
        var set = [Bool](repeating: false, count: 128), empty = false
        for (a, b) in parts {
            if b - a >= 9, String(String.UnicodeScalarView(cs[a..<(a + 9)])) == #"\x{0}(?!)"# { continue }
            guard let (part, partEmpty) = sequenceFirst(cs, a, b, wide: &wide) else { return nil }
            for i in 0..<128 where part[i] { set[i] = true }
            empty = empty || partEmpty
        }
        return (set, empty)
    }

    /// ``firstUnits(_:_:_:)`` of one sequence: its items' units up to the first that cannot be
    /// empty (look-arounds, `\b`, `^` and `$` match none).
    static func sequenceFirst(_ cs: [Unicode.Scalar], _ from: Int, _ to: Int, wide: inout Bool) -> ([Bool], Bool)? {
        var set = [Bool](repeating: false, count: 128)
        var i = from
        while i < to {
            var units: [Bool], empty = false
            let start = i
            switch cs[i] {
            case "\\":
                guard i + 1 < to else { return nil }
                var end = i + 2
                if cs[i + 1] == "x", i + 2 < to, cs[i + 2] == "{" {
                    guard let close = cs[i..<to].firstIndex(of: "}") else { return nil }
                    end = close + 1
                }
                if cs[i + 1] == "b" || cs[i + 1] == "B" {
                    units = [Bool](repeating: false, count: 128)
                    empty = true
                } else if cs[i + 1] == "w" || cs[i + 1] == "W" {
                    units = (0..<128).map { u in u == 0x5F || (0x30...0x39).contains(u) || (0x41...0x5A).contains(u) || (0x61...0x7A).contains(u) }
                    if cs[i + 1] == "W" { units = units.map { !$0 } }
                    wide = wide || cs[i + 1] == "W"
                } else if cs[i + 1] == "S" || cs[i + 1] == "D", let e = escapeSet([cs[i], Unicode.Scalar(cs[i + 1].value + 32)!], 0, 2) {
                    units = e.map { !$0 }
                    wide = true
                } else {
                    guard let e = escapeSet(cs, i, end) else { return nil }
                    units = e
                    wide = wide || cs[i + 1] == "s" || cs[i + 1] == "x" && !e.contains(true)
                }
                i = end
            case "[":
                guard let close = classEnd(cs, i, to) else { return nil }
                wide = wide || cs[i...close].contains { $0.value >= 0x80 || $0 == "x" || $0 == "s" || $0 == "^" }
                if i + 1 < close, cs[i + 1] == "^" {
                    guard let e = classSet(cs, i + 2, close) else { return nil }
                    units = e.map { !$0 }
                } else {
                    guard let e = classSet(cs, i + 1, close) else { return nil }
                    units = e
                }
                i = close + 1
            case "(":
                guard let close = groupEnd(cs, i, to) else { return nil }
                let head = String(String.UnicodeScalarView(cs[i..<min(i + 4, close)]))
                if head.hasPrefix("(?=") || head.hasPrefix("(?!") || head.hasPrefix("(?<=") || head.hasPrefix("(?<!") {
                    units = [Bool](repeating: false, count: 128)
                    empty = true
                } else {
                    let inner = head.hasPrefix("(?:") ? i + 3 : i + 1
                    guard !head.hasPrefix("(?") || head.hasPrefix("(?:"), let (u, e) = firstUnits(cs, inner, close, wide: &wide) else { return nil }
                    units = u
                    empty = e
                }
                i = close + 1
            case "^", "$":
                units = [Bool](repeating: false, count: 128)
                empty = true
                i += 1
            case ".", "|", ")", "*", "+", "?", "{":
                return nil
            default:
                units = single(cs[i])
                wide = wide || cs[i].value >= 0x80 && !cs[i].properties.isAlphabetic
                i += 1
            }
            guard start < i else { return nil }
            // a quantifier that allows none
            if i < to, cs[i] == "?" || cs[i] == "*" || cs[i] == "{" {
                if cs[i] == "{" {
                    guard let close = cs[i..<to].firstIndex(of: "}") else { return nil }
                    let n = String(String.UnicodeScalarView(cs[(i + 1)..<close])).split(separator: ",", omittingEmptySubsequences: false).first
                    if n.flatMap({ Int($0) }) ?? 0 == 0 { empty = true }
                    i = close + 1
                } else {
                    empty = true
                    i += 1
                }
            } else if i < to, cs[i] == "+" {
                i += 1
            }
            // lazy or possessive
            if i < to, cs[i] == "?" || cs[i] == "+" { i += 1 }
            for u in 0..<128 where units[u] { set[u] = true }
            if !empty { return (set, false) }
        }
        return (set, true)
    }

    /// The set of one scalar (nothing from ASCII when it is not ASCII: every such unit is allowed).
    static func single(_ c: Unicode.Scalar) -> [Bool] {
        var set = [Bool](repeating: false, count: 128)
        if c.value < 128 { set[Int(c.value)] = true }
        folds(c.value, c.value, into: &set)
        return set
    }

    /// The ASCII letters that scalars from `lo` to `hi` not ASCII match when letters fold (the
    /// Kelvin sign "k", the long "s", the dotted and dotless "i"), added to `set`.
    static func folds(_ lo: UInt32, _ hi: UInt32, into set: inout [Bool]) {
        for (u, letter) in [(0x212A, "k"), (0x17F, "s"), (0x130, "i"), (0x131, "i"), (0x212B, "a")] as [(UInt32, Character)]
        where lo <= u && u <= hi {
            let l = Int(letter.asciiValue!)
            set[l] = true
            set[l - 32] = true
        }
    }

    /// The ASCII units the escape `cs[from..<to]` matches, or nil when not known.
    static func escapeSet(_ cs: [Unicode.Scalar], _ from: Int, _ to: Int) -> [Bool]? {
        guard to - from >= 2 else { return nil }
        let e = cs[from + 1]
        var set = [Bool](repeating: false, count: 128)
        switch e {
        case "s":
            for u in 0x09...0x0D { set[u] = true }
            for u in 0x1C...0x20 { set[u] = true }
        case "d":
            for u in 0x30...0x39 { set[u] = true }
        case "x":
            let digits = String(String.UnicodeScalarView(cs[(from + 2)..<to])).trimmingCharacters(in: CharacterSet(charactersIn: "{}"))
            guard let v = UInt32(digits, radix: 16), v < 0x10000 else { return nil }
            if v < 128 { set[Int(v)] = true }
        default:
            // an escaped mark: itself
            guard to - from == 2, e.value < 128, !e.properties.isAlphabetic, !("0"..."9").contains(e) else { return nil }
            set[Int(e.value)] = true
        }
        return set
    }

    /// The ASCII units of the set whose items are `cs[from..<to]` (inside `[` `]`, not negated).
    static func classSet(_ cs: [Unicode.Scalar], _ from: Int, _ to: Int) -> [Bool]? {
        var set = [Bool](repeating: false, count: 128)
        var i = from
        while i < to {
            var lo: UInt32
            if cs[i] == "\\" {
                guard i + 1 < to else { return nil }
                var end = i + 2
                if cs[i + 1] == "x", i + 2 < to, cs[i + 2] == "{" {
                    guard let close = cs[i..<to].firstIndex(of: "}") else { return nil }
                    end = close + 1
                }
                guard let e = escapeSet(cs, i, end) else { return nil }
                for u in 0..<128 where e[u] { set[u] = true }
                i = end
                continue
            }
            guard cs[i] != "[", cs[i] != "&" else { return nil }
            lo = cs[i].value
            i += 1
            // a range: "a-z"
            if i + 1 < to, cs[i] == "-" {
                guard cs[i + 1] != "\\", cs[i + 1] != "[" else { return nil }
                let hi = cs[i + 1].value
                guard hi >= lo else { return nil }
                for u in lo...min(hi, 127) where u < 128 { set[Int(u)] = true }
                folds(lo, hi, into: &set)
                i += 2
                continue
            }
            if lo < 128 { set[Int(lo)] = true }
            folds(lo, lo, into: &set)
        }
        return set
    }

    /// The index of the `)` closing the group that opens at `open`, before `to`.
    static func groupEnd(_ cs: [Unicode.Scalar], _ open: Int, _ to: Int) -> Int? {
        var depth = 0
        var i = open
        while i < to {
            switch cs[i] {
            case "\\": i += 1
            case "[": guard let close = classEnd(cs, i, to) else { return nil }; i = close
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

    /// The index of the `]` closing the set that opens at `open`; nil for a nested set.
    static func classEnd(_ cs: [Unicode.Scalar], _ open: Int, _ to: Int) -> Int? {
        var i = open + 1
        if i < to, cs[i] == "^" { i += 1 }
        if i < to, cs[i] == "]" { i += 1 }
        while i < to {
            switch cs[i] {
            case "\\": i += 1
            case "[": return nil
            case "]": return i
            default: break
            }
            i += 1
        }
        return nil
    }

    /// The top-level alternatives of `cs[from..<to]`, as ranges.
    static func split(_ cs: [Unicode.Scalar], _ from: Int, _ to: Int) -> [(Int, Int)]? {
        var parts: [(Int, Int)] = []
        var start = from, depth = 0, i = from
        while i < to {
            switch cs[i] {
            case "\\": i += 1
            case "[": guard let close = classEnd(cs, i, to) else { return nil }; i = close
            case "(": depth += 1
            case ")": depth -= 1
            case "|" where depth == 0:
                parts.append((start, i))
                start = i + 1
            default: break
            }
            i += 1
        }
        parts.append((start, to))
        return parts
    }

    /// Whether the set `cs[open...close]` holds no character outside the BMP (each of its
    /// matches is one unit).
    static func bmpOnly(_ cs: [Unicode.Scalar], _ open: Int, _ close: Int) -> Bool {
        guard !cs[open...close].contains(where: { $0.value >= 0x10000 }) else { return false }
        // a range, a property or a number may reach past it
        var i = open
        while i < close {
            if cs[i] == "\\", i + 1 < close {
                if "pPx".unicodeScalars.contains(cs[i + 1]) || cs[i + 1] == "d" || cs[i + 1] == "w" || cs[i + 1] == "S" || cs[i + 1] == "D" || cs[i + 1] == "W" {
                    if cs[i + 1] == "x", let v = PatternSource.escapeSet(cs, i, (cs[i..<close].firstIndex(of: "}") ?? i) + 1) { _ = v; i += 2; continue }
                    return false
                }
                i += 2
                continue
            }
            if cs[i] == "-", i > open + 1, i + 1 < close, cs[i + 1].value >= 0xD800 { return false }
            i += 1
        }
        return !(cs[open + 1] == "^")
    }
}
