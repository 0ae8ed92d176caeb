import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The punctuation that splits a request into clauses: `,` `.` `;` `!` `?`, their full-width
/// forms `，` `。` `；` `！` `？`, and the mark of characters a rule has taken (U+0001).
///
/// A pattern that cannot match any of some of these characters (``Pattern/consumedSeparators(_:)``)
/// only matches inside the clauses they make, so a long request is searched only in the clauses
/// that hold its words (``Pattern/clauseRegions(_:splitting:lists:)``).
struct Separators: OptionSet, Hashable {
    let rawValue: UInt16

    init(rawValue: UInt16) { self.rawValue = rawValue }

    static let comma = Separators(rawValue: 1 << 0)
    static let period = Separators(rawValue: 1 << 1)
    static let semicolon = Separators(rawValue: 1 << 2)
    static let exclamation = Separators(rawValue: 1 << 3)
    static let question = Separators(rawValue: 1 << 4)
    static let taken = Separators(rawValue: 1 << 5)
    static let wideComma = Separators(rawValue: 1 << 6)
    static let wideStop = Separators(rawValue: 1 << 7)
    static let wideSemicolon = Separators(rawValue: 1 << 8)
    static let wideExclamation = Separators(rawValue: 1 << 9)
    static let wideQuestion = Separators(rawValue: 1 << 10)
    static let all = Separators(rawValue: (1 << 11) - 1)

    /// The characters, in the order of the bits.
    static let scalars: [Unicode.Scalar] = [",", ".", ";", "!", "?", "\u{1}", "，", "。", "；", "！", "？"]

    /// The separator `c` is, if any.
    init(_ c: Unicode.Scalar) {
        self = Self.scalars.firstIndex(of: c).map { Separators(rawValue: UInt16(1) << UInt16($0)) } ?? []
    }

    /// The separators from `lo` to `hi` (a range of a character class).
    init(from lo: Unicode.Scalar, to hi: Unicode.Scalar) {
        var s: Separators = []
        for (k, c) in Self.scalars.enumerated() where lo <= c && c <= hi { s.insert(Separators(rawValue: UInt16(1) << UInt16(k))) }
        self = s
    }
}

extension Pattern {
    /// The separators a match of `pattern` may contain; ``Separators/all`` when the pattern uses
    /// what this reader does not know. What look-arounds test is not part of the match and does
    /// not count: "(?<=[,.;!?])\s*(?:and|but)\s+(\w+)" contains none, "(\d+)\s*,\s*(\d+)" a comma.
    static func consumedSeparators(_ pattern: String) -> Separators {
        var reader = SeparatorReader(Array(pattern.unicodeScalars))
        return reader.read()
    }

    /// The parts of `text` (UTF-8, searched as UTF-16 ranges) where a match may lie: runs of the
    /// clauses between `splitting` separators that hold a word of each of `lists` (``digitWord``:
    /// any decimal digit). Nil when the
    /// whole text is to be searched (few clauses, or most of the text holds the words); empty when
    /// no clause does, so nothing can match.
    static func clauseRegions(_ text: UnsafeBufferPointer<UInt8>, splitting: Separators, lists: [[[UInt8]]], marks: TextMarks? = nil) -> [NSRange]? {
        guard let base = text.baseAddress else { return nil }
        let marks = marks ?? TextMarks(text)
        // clauses: byte starts, and UTF-16 offsets of their starts and ends
        var starts: [Int] = [0], u16Starts: [Int] = [0], u16Ends: [Int] = []
        for mark in marks.separators where splitting.contains(mark.kind) {
            if starts[starts.count - 1] == mark.byte {
                // a run of separators (the marks of a taken part): one boundary
                starts[starts.count - 1] = mark.byte + mark.width
                u16Starts[u16Starts.count - 1] = mark.u16 + mark.units
            } else {
                u16Ends.append(mark.u16)
                starts.append(mark.byte + mark.width)
                u16Starts.append(mark.u16 + mark.units)
            }
        }
        let u16 = marks.length
        let n = text.count
        u16Ends.append(u16)
        let count = starts.count
        guard count >= 2, count <= 64 else { return nil }
        // the clauses holding a decimal digit (what ICU's \d matches)
        var digits: UInt64 = 0
        var clause = 0
        for d in marks.digits {
            while clause + 1 < count, starts[clause + 1] <= d { clause += 1 }
            digits |= 1 << UInt64(clause)
        }
        // the clauses holding a word of every list
        var candidates = UInt64.max >> (64 - count)
        for list in lists {
            var holding: UInt64 = 0
            for word in list where word == digitBytes { holding |= digits }
            for word in list where !word.isEmpty && word.count <= n && word != digitBytes {
                // every clause still in question holds a word of the list already
                if holding & candidates == candidates { break }
                word.withUnsafeBufferPointer { w in
                    guard let first = w.baseAddress else { return }
                    // the word's least common byte searched for, the word compared around it
                    let k = keyByte(of: w)
                    var at = k
                    let end = n - (word.count - 1 - k)
                    var clause = 0
                    while at < end {
                        guard let hit = memchr(base + at, Int32(word[k]), end - at) else { break }
                        let offset = UnsafeRawPointer(hit) - UnsafeRawPointer(base) - k
                        if memcmp(base + offset, first, word.count) == 0 {
                            while clause + 1 < count, starts[clause + 1] <= offset { clause += 1 }
                            holding |= 1 << UInt64(clause)
                            // the clause holds it: on from the next clause
                            guard clause + 1 < count else { break }
                            at = max(offset + k + 1, starts[clause + 1] + k)
                            continue
                        }
                        at = offset + k + 1
                    }
                }
            }
            candidates &= holding
            if candidates == 0 { return [] }
        }
        if candidates == UInt64.max >> (64 - count) { return nil }
        // runs of neighbouring clauses, searched as one range each
        var regions: [NSRange] = []
        var k = 0
        var searched = 0
        while k < count {
            guard candidates & (1 << UInt64(k)) != 0 else { k += 1; continue }
            var last = k
            while last + 1 < count, candidates & (1 << UInt64(last + 1)) != 0 { last += 1 }
            regions.append(NSRange(location: u16Starts[k], length: u16Ends[last] - u16Starts[k]))
            searched += u16Ends[last] - u16Starts[k]
            k = last + 1
        }
        // most of the text: one search of the whole is cheaper than several
        return searched * 5 > u16 * 4 ? nil : regions
    }

    /// ``digitWord`` as bytes.
    private static let digitBytes = Array(digitWord.utf8)
}

/// Where a text's clause marks and decimal digits stand, read once per text (``UTF16Text/marks``)
/// and shared by every pattern narrowed to its clauses (``Pattern/clauseRegions(_:splitting:lists:marks:)``),
/// which would otherwise each read the whole text again, byte by byte (some hundreds of times a
/// long request). The marks and digits of a text and of its ASCII-lowercased copy are the same.
struct TextMarks {
    /// Each separator, in order: which it is, its place and width in bytes, and in UTF-16 units.
    let separators: [(kind: Separators, byte: Int, width: Int, u16: Int, units: Int)]
    /// The byte offsets of the decimal digits (what ICU's `\d` matches), in order.
    let digits: [Int]
    /// The text's length in UTF-16 units.
    let length: Int

    /// The marks of `text` (UTF-8).
    init(_ text: UnsafeBufferPointer<UInt8>) {
        var separators: [(kind: Separators, byte: Int, width: Int, u16: Int, units: Int)] = []
        var digits: [Int] = []
        var u16 = 0
        var i = 0
        let n = text.count
        while i < n {
            let b = text[i]
            var width = 1
            var separator: Separators = []
            if b >= 0x30, b <= 0x39 {
                digits.append(i)
            } else if b < 0x80 {
                switch b {
                case 0x2C: separator = .comma
                case 0x2E: separator = .period
                case 0x3B: separator = .semicolon
                case 0x21: separator = .exclamation
                case 0x3F: separator = .question
                case 0x01: separator = .taken
                default: break
                }
            } else {
                width = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
                if width > 1, i + width <= n {
                    var v = UInt32(b) & (width == 2 ? 0x1F : width == 3 ? 0x0F : 0x07)
                    for k in 1..<width { v = v << 6 | UInt32(text[i + k] & 0x3F) }
                    if let c = Unicode.Scalar(v), c.properties.generalCategory == .decimalNumber { digits.append(i) }
                }
                if width == 3, i + 2 < n {
                    switch (b, text[i + 1], text[i + 2]) {
                    case (0xEF, 0xBC, 0x8C): separator = .wideComma
                    case (0xE3, 0x80, 0x82): separator = .wideStop
                    case (0xEF, 0xBC, 0x9B): separator = .wideSemicolon
                    case (0xEF, 0xBC, 0x81): separator = .wideExclamation
                    case (0xEF, 0xBC, 0x9F): separator = .wideQuestion
                    default: break
                    }
                }
            }
            let units = width == 4 ? 2 : 1
            if !separator.isEmpty { separators.append((separator, i, width, u16, units)) }
            u16 += units
            i += width
        }
        self.separators = separators
        self.digits = digits
        length = u16
    }
}

/// A reader of ICU pattern syntax that collects the separators a match may contain
/// (``Pattern/consumedSeparators(_:)``): literal characters, escapes and classes outside
/// look-arounds; `.`, `\S`, `\W`, `\D` and properties other than letters, digits and Han may
/// match any of them.
private struct SeparatorReader {
    private let cs: [Unicode.Scalar]
    private var i = 0

    init(_ cs: [Unicode.Scalar]) { self.cs = cs }

    /// Properties (`\p{…}`) that hold no punctuation.
    private static let wordProperties: Set<String> = ["Han", "L", "Lu", "Ll", "Lt", "Lm", "Lo", "N", "Nd", "Letter", "Latin", "Alphabetic"]

    /// What one escape matches, among the separators; nil when unknown.
    private mutating func escape() -> Separators? {
        guard i < cs.count else { return nil }
        let e = cs[i]
        i += 1
        switch e {
        case "b", "B", "A", "z", "Z", "G", "s", "d", "w", "h", "v", "t", "n", "r", "f":
            return []
        case "S", "W", "D", "H", "V", "X", "R":
            return Separators.all
        case "p", "P":
            var name = ""
            if i < cs.count, cs[i] == "{" {
                i += 1
                while i < cs.count, cs[i] != "}" { name.unicodeScalars.append(cs[i]); i += 1 }
                guard i < cs.count else { return nil }
                i += 1
            } else if i < cs.count {
                name = String(cs[i])
                i += 1
            }
            return e == "p" && Self.wordProperties.contains(name) ? [] : .all
        case "x", "u", "U":
            var hex = ""
            if e == "x", i < cs.count, cs[i] == "{" {
                i += 1
                while i < cs.count, cs[i] != "}" { hex.unicodeScalars.append(cs[i]); i += 1 }
                guard i < cs.count else { return nil }
                i += 1
            } else {
                let digits = e == "x" ? 2 : e == "u" ? 4 : 8
                guard i + digits <= cs.count else { return nil }
                for _ in 0..<digits { hex.unicodeScalars.append(cs[i]); i += 1 }
            }
            guard let v = UInt32(hex, radix: 16), let c = Unicode.Scalar(v) else { return nil }
            return Separators(c)
        default:
            // an escaped punctuation mark is itself
            if e.isASCII, !e.properties.isAlphabetic, !("0"..."9").contains(e) { return Separators(e) }
            return nil
        }
    }

    /// One member of a character class: a character (which may start a range) or a set of them.
    private enum ClassMember {
        case character(Unicode.Scalar)
        case set(Separators)
    }

    /// Reads one member of a class at `i`: a character, an escaped one (`\.`, `\x{01}`, `\n`),
    /// or an escape for a set (`\s`, `\p{Han}`); nil when unknown.
    private mutating func classMember() -> ClassMember? {
        guard i < cs.count else { return nil }
        let c = cs[i]
        guard c == "\\" else {
            i += 1
            return .character(c)
        }
        i += 1
        guard i < cs.count else { return nil }
        let e = cs[i]
        if e == "x" || e == "u" || e == "U" {
            let at = i
            guard escape() != nil, let v = Self.scalar(of: Array(cs[at..<i])) else { return nil }
            return .character(v)
        }
        if e.isASCII, !e.properties.isAlphabetic, !("0"..."9").contains(e) {
            i += 1
            return .character(e)
        }
        if let control = ["n": "\n", "t": "\t", "r": "\r", "f": "\u{0C}"][Character(e)], let v = control.unicodeScalars.first {
            i += 1
            return .character(v)
        }
        return escape().map { .set($0) }
    }

    /// After `[`: the separators the class matches; nil for nested sets and set operations.
    private mutating func characterClass() -> Separators? {
        var negated = false
        if i < cs.count, cs[i] == "^" { negated = true; i += 1 }
        var members: Separators = []
        var first = true
        while i < cs.count {
            let c = cs[i]
            if c == "]", !first {
                i += 1
                return negated ? Separators.all.subtracting(members) : members
            }
            first = false
            if c == "[" { return nil }
            if c == "&", i + 1 < cs.count, cs[i + 1] == "&" { return nil }
            guard let member = classMember() else { return nil }
            guard case .character(let low) = member else {
                if case .set(let set) = member { members.formUnion(set) }
                continue
            }
            if i + 1 < cs.count, cs[i] == "-", cs[i + 1] != "]" {
                i += 1
                guard case .character(let high)? = classMember(), low <= high else { return nil }
                members.formUnion(Separators(from: low, to: high))
            } else {
                members.formUnion(Separators(low))
            }
        }
        return nil
    }

    /// The character of a hexadecimal escape without its backslash ("x{01}", "u00e9").
    private static func scalar(of escape: [Unicode.Scalar]) -> Unicode.Scalar? {
        guard let kind = escape.first else { return nil }
        var hex = String(String.UnicodeScalarView(escape.dropFirst()))
        if kind == "x", hex.hasPrefix("{"), hex.hasSuffix("}") { hex = String(hex.dropFirst().dropLast()) }
        return UInt32(hex, radix: 16).flatMap(Unicode.Scalar.init)
    }

    /// The separators the whole pattern may contain.
    mutating func read() -> Separators {
        var out: Separators = []
        var groups: [Bool] = [] // true: a look-around
        var look = 0
        while i < cs.count {
            let c = cs[i]
            i += 1
            var found: Separators = []
            switch c {
            case "\\":
                guard let s = escape() else { return .all }
                found = s
            case "[":
                guard let s = characterClass() else { return .all }
                found = s
            case "(":
                guard i < cs.count, cs[i] == "?" else { groups.append(false); continue }
                guard i + 1 < cs.count else { return .all }
                let k = cs[i + 1]
                if k == "=" || k == "!" {
                    i += 2
                    groups.append(true)
                    look += 1
                } else if k == "<", i + 2 < cs.count, cs[i + 2] == "=" || cs[i + 2] == "!" {
                    i += 3
                    groups.append(true)
                    look += 1
                } else if k == ":" || k == ">" {
                    i += 2
                    groups.append(false)
                } else if k == "<" {
                    // a named group
                    while i < cs.count, cs[i] != ">" { i += 1 }
                    guard i < cs.count else { return .all }
                    i += 1
                    groups.append(false)
                } else {
                    // inline flags: (?i), (?-i:…); free spacing and comments change the syntax
                    i += 1
                    while i < cs.count, cs[i].properties.isAlphabetic || cs[i] == "-" {
                        if cs[i] == "x" { return .all }
                        i += 1
                    }
                    guard i < cs.count else { return .all }
                    if cs[i] == ":" { groups.append(false) } else if cs[i] != ")" { return .all }
                    i += 1
                }
                continue
            case ")":
                guard let wasLook = groups.popLast() else { return .all }
                if wasLook { look -= 1 }
                continue
            case ".":
                found = .all
            case "{":
                // a quantifier: {n}, {n,}, {n,m}
                var j = i
                while j < cs.count, ("0"..."9").contains(cs[j]) || cs[j] == "," { j += 1 }
                if j > i, j < cs.count, cs[j] == "}" { i = j + 1 }
                continue
            case "^", "$", "|", "*", "+", "?":
                continue
            default:
                found = Separators(c)
            }
            if look == 0 { out.formUnion(found) }
        }
        return groups.isEmpty ? out : .all
    }
}
