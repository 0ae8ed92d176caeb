import Foundation

/// A pattern that folds case (titles keep the user's capitals, a clause is tested as the user
/// wrote it) is narrowed too, on a text where folding is plain ASCII lowercasing.
///
/// ICU matches a folding pattern by comparing case folds, so a character of the text can stand
/// for a letter of the pattern only if it folds to it. When no character of the text outside
/// ASCII changes when folded (Chinese, emoji, "é" do not; "É", "ß", the Kelvin sign "K" do), a
/// match of "title" is "title" in the text's ASCII-lowercased copy, whatever its capitals: the
/// words a folding pattern cannot match without, lowercased, are searched in that copy, and its
/// clauses and alternatives are chosen there (the copy has the same bytes at the same places).
/// When no character of the text changes when folded at all (the lowercase request), a pattern
/// whose own characters do not change either matches exactly what it matches compiled without
/// folding, which spares ICU folding every character compared: it is searched that way.
extension Pattern {
    /// How the characters of a text fold (``letterCase(of:)``).
    enum LetterCase {
        /// No character changes when folded: "make it 30 seconds, 标题叫夏天".
        case foldFree
        /// Only ASCII capitals do: "the title should say Cherry Burl Hollow Form".
        case asciiCapitals
        /// Some character outside ASCII does: "ÉTÉ", "straße".
        case other
    }

    /// How the characters of `text` (UTF-8) fold: ASCII bytes are read as they are, other
    /// characters by Unicode's Changes_When_Casefolded.
    static func letterCase(of text: UnsafeBufferPointer<UInt8>) -> LetterCase {
        var capitals = false
        var i = 0
        let n = text.count
        while i < n {
            let b = text[i]
            if b < 0x80 {
                if b >= 0x41, b <= 0x5A { capitals = true }
                i += 1
                continue
            }
            let width = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
            guard width > 1, i + width <= n else { return .other }
            var v = UInt32(b) & (width == 2 ? 0x1F : width == 3 ? 0x0F : 0x07)
            for k in 1..<width { v = v << 6 | UInt32(text[i + k] & 0x3F) }
            guard let c = Unicode.Scalar(v), !c.properties.changesWhenCaseFolded else { return .other }
            i += width
        }
        return capitals ? .asciiCapitals : .foldFree
    }

    /// ``letterCase(of:)`` of a string.
    static func letterCase(of s: String) -> LetterCase {
        s.utf8.withContiguousStorageIfAvailable { letterCase(of: $0) } ?? .other
    }

    /// `lists` of words for a folding pattern: ASCII letters lowercased, as they are found in a
    /// text's lowercased copy; nil when a word has a character outside ASCII that changes when
    /// folded ("É" may be matched by "é": no byte search can tell).
    static func caseless(_ lists: [[[UInt8]]]?) -> [[[UInt8]]]? {
        guard let lists else { return nil }
        var out: [[[UInt8]]] = []
        for list in lists {
            var words: [[UInt8]] = []
            for word in list {
                guard let s = String(validating: word, as: UTF8.self),
                      !s.unicodeScalars.contains(where: { !$0.isASCII && $0.properties.changesWhenCaseFolded }) else { return nil }
                words.append(word.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 })
            }
            out.append(words)
        }
        return out
    }

    /// `text` (UTF-8) with its ASCII capitals lowercased, the other bytes as they are.
    static func asciiLowercased(_ text: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        Array(unsafeUninitializedCapacity: text.count) { out, n in
            for i in 0..<text.count {
                let b = text[i]
                out[i] = b >= 0x41 && b <= 0x5A ? b + 0x20 : b
            }
            n = text.count
        }
    }

    /// Whether `pattern`, compiled without folding, matches exactly what it matches folding case
    /// on a text none of whose characters changes when folded (``LetterCase/foldFree``): none of its
    /// own characters, escaped ones and those of its sets and ranges, changes when folded either,
    /// and it names no set that folding widens to other characters (`\p{Lu}`: folded, it matches
    /// "a"; `[[:upper:]]`, `\N{…}` are not read). Then a character of the text matches a character
    /// of the pattern, or belongs to a set, in the same cases either way.
    /// `\b(?:music|song)\b` is; `(?-i:[A-Z])x`, `straße`, `[!-~]` (which holds "A"), `\p{Lu}` are not.
    static func foldsLikeExact(_ pattern: String) -> Bool {
        if hasCapitals(pattern) { return false }
        let cs = Array(pattern.unicodeScalars)
        /// Whether every character from `lo` to `hi` folds to itself.
        func unfolded(_ lo: UInt32, _ hi: UInt32) -> Bool {
            guard lo <= hi, hi - lo <= 0x30000 else { return false }
            return (lo...hi).allSatisfy { Unicode.Scalar($0).map { !$0.properties.changesWhenCaseFolded } ?? true }
        }
        /// The character of a hexadecimal escape from `i` (after `\x` or `\u`), moving past it.
        func hex(_ i: inout Int, _ kind: Unicode.Scalar) -> UInt32? {
            var digits = ""
            if kind == "x", i < cs.count, cs[i] == "{" {
                i += 1
                while i < cs.count, cs[i] != "}" { digits.unicodeScalars.append(cs[i]); i += 1 }
                i += 1
            } else {
                let count = kind == "x" ? 2 : kind == "u" ? 4 : 8
                guard i + count <= cs.count else { return nil }
                for _ in 0..<count { digits.unicodeScalars.append(cs[i]); i += 1 }
            }
            return UInt32(digits, radix: 16)
        }
        var i = 0
        var inSet = 0
        var last: UInt32? // the last character of a set, which may start a range
        while i < cs.count {
            let c = cs[i]
            i += 1
            var value: UInt32?
            switch c {
            case "\\":
                guard i < cs.count else { return false }
                let e = cs[i]
                i += 1
                switch e {
                case "x", "u", "U":
                    guard let v = hex(&i, e) else { return false }
                    value = v
                case "p", "P":
                    var name = ""
                    if i < cs.count, cs[i] == "{" {
                        i += 1
                        while i < cs.count, cs[i] != "}" { name.unicodeScalars.append(cs[i]); i += 1 }
                        i += 1
                    } else if i < cs.count {
                        name = String(cs[i])
                        i += 1
                    }
                    guard Self.unfoldedProperties.contains(name) else { return false }
                case "N", "Q", "E", "c":
                    return false
                default:
                    // \d, \S, \w, \b, a group's number… and escaped punctuation: the same either way
                    if e.isASCII, !e.properties.isAlphabetic {
                        value = ("0"..."9").contains(e) ? nil : e.value
                    } else if !Self.classEscapes.unicodeScalars.contains(e) {
                        return false
                    }
                }
            case "[":
                if i < cs.count, cs[i] == ":" { return false }
                inSet += 1
                if i < cs.count, cs[i] == "^" { i += 1 }
                // "[]…]": a bracket first in a set is one of its characters
                if i < cs.count, cs[i] == "]" { i += 1; last = cs[i - 1].value } else { last = nil }
                continue
            case "]" where inSet > 0:
                inSet -= 1
                last = nil
                continue
            case "-" where inSet > 0 && i < cs.count && cs[i] != "]" && !(i >= 2 && cs[i - 2] == "[" || i >= 3 && cs[i - 3] == "[" && cs[i - 2] == "^"):
                // a range: every character in it must fold to itself (one from a set, \s-x, is not read)
                var hi: UInt32
                if cs[i] == "\\", i + 1 < cs.count, "xuU".unicodeScalars.contains(cs[i + 1]) {
                    var j = i + 2
                    guard let v = hex(&j, cs[i + 1]) else { return false }
                    hi = v
                    i = j
                } else if cs[i] == "\\", i + 1 < cs.count {
                    hi = cs[i + 1].value
                    i += 2
                } else {
                    hi = cs[i].value
                    i += 1
                }
                guard let lo = last, unfolded(lo, hi) else { return false }
                last = nil
                continue
            default:
                if c.properties.changesWhenCaseFolded { return false }
                value = c.value
            }
            if let v = value, !unfolded(v, v) { return false }
            last = inSet > 0 ? value : nil
        }
        return true
    }

    /// Escapes of sets and anchors, which match the same with folding or without: `\d`, `\S`,
    /// `\b`, `\n`…
    private static let classEscapes = "bBAzZGsSdDwWhHvVRXntrfae"

    /// Properties that folding does not widen on a text of characters that fold to themselves:
    /// every character that folds to one of their members is a member too.
    private static let unfoldedProperties: Set<String> = [
        "Han", "L", "N", "Nd", "Letter", "Alphabetic", "So", "S", "P", "Z", "Zs", "M", "Mn", "Emoji", "Extended_Pictographic",
    ]
}

/// What narrows a pattern that folds case (``Pattern/folds``): its words, alternatives and
/// clauses as ASCII lowercase (searched in a text's lowercased copy), and the same pattern
/// compiled without folding when that matches the same on a fold-free text
/// (``Pattern/foldsLikeExact(_:)``). Built with the pattern and never changed.
final class Caseless: @unchecked Sendable {
    /// Lists of words the pattern cannot match without, lowercase (``Pattern/caseless(_:)``).
    let words: [[[UInt8]]]?
    /// The top-level alternatives, their words lowercase; nil when the pattern has one.
    let alternatives: Alternatives?
    /// The separators a match cannot contain (see ``Pattern/splitting``).
    let splitting: Separators
    /// ``words`` with a list for each digit the pattern needs (see ``Pattern/clauseWords``).
    let clauseWords: [[[UInt8]]]?
    /// The pattern compiled without folding, for a text no character of which changes when folded.
    let exact: Pattern?

    init(_ pattern: String) {
        words = Pattern.caseless(Pattern.requiredWords(pattern).map { $0.map { $0.map { Array($0.utf8) } } })
        clauseWords = Pattern.caseless(Pattern.requiredWords(pattern, digits: true).map { $0.map { $0.map { Array($0.utf8) } } })
        alternatives = pattern.contains("|") ? Alternatives(source: pattern, folding: true) : nil
        splitting = clauseWords == nil ? [] : Separators.all.subtracting(Pattern.consumedSeparators(pattern))
        exact = Pattern.foldsLikeExact(pattern) ? Pattern(pattern, lowercaseInput: true) : nil
    }
}
