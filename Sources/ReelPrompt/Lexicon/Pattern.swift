import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A compiled, case-insensitive regular expression with small helpers for the interpreter.
///
/// Wraps an ICU ``Expression`` (searched by one thread at a time, safe to share between threads).
struct Pattern: @unchecked Sendable {
    /// The compiled expression, searched in a text's shared UTF-16 copy.
    let expression: Expression
    /// The same pattern compiled by `NSRegularExpression`, made when first asked for: what the
    /// tests compare the narrowed searches with (``Expression/foundation``).
    var regex: NSRegularExpression { expression.foundation }
    /// Whether letters match in either case (unless told the text is lowercase, always).
    let folds: Bool
    /// Lists of words the pattern cannot match without (``requiredWords(_:)``), as UTF-8; nil
    /// when none are known (or letters fold). A text lacking every word of one list is not searched.
    let words: [[[UInt8]]]?
    /// The top-level alternatives, tried only where their words occur (``readAlternatives(_:)``); nil
    /// for a pattern of one alternative, or whose letters fold.
    let alternatives: Alternatives?
    /// The separators a match cannot contain (``Pattern/consumedSeparators(_:)``), which split a
    /// long text into clauses searched only where they hold the pattern's ``clauseWords``; empty
    /// when no words are known or the pattern may contain every separator.
    let splitting: Separators
    /// ``words``, with a list for each digit the pattern needs (``Pattern/digitWord``): what a
    /// clause must hold to be searched.
    let clauseWords: [[[UInt8]]]?
    /// For a pattern whose letters fold: its words, alternatives and clauses in lowercase, and
    /// the pattern compiled without folding where that matches the same (`Pattern+Case.swift`).
    let caseless: Caseless?

    /// - Parameter lowercaseInput: the text matched is known to be lowercase (the normalised
    ///   request, ``PromptText/text``): a pattern with no capital letter of its own is then
    ///   compiled case-sensitive, which gives the same matches and spares ICU the case folding of
    ///   every character compared (about a tenth of a request's time).
    init(_ pattern: String, lowercaseInput: Bool = false) {
        let fold = !lowercaseInput || Self.hasCapitals(pattern)
        folds = fold
        let key = (fold ? "i:" : "s:") + pattern
        if let known = Self.compiled.entry(for: key) {
            (expression, words, alternatives, splitting, clauseWords, caseless) = known
            return
        }
        let pattern = Self.clauseStartsAsLookBehinds(pattern)
        guard let compiled = Expression(pattern, caseInsensitive: fold) else { preconditionFailure("invalid pattern \(pattern)") }
        expression = compiled
        words = fold ? nil : Self.requiredWords(pattern).map { $0.map { $0.map { Array($0.utf8) } } }
        alternatives = fold || !pattern.contains("|") ? nil : Alternatives(source: pattern)
        clauseWords = fold ? nil : Self.requiredWords(pattern, digits: true).map { $0.map { $0.map { Array($0.utf8) } } }
        splitting = clauseWords == nil ? [] : Separators.all.subtracting(Self.consumedSeparators(pattern))
        caseless = fold ? Caseless(pattern) : nil
        Self.compiled.keep((expression, words, alternatives, splitting, clauseWords, caseless), for: key)
    }

    /// `pattern` with each "start of the text or after one of these characters",
    /// `(?:^|(?<=[,.;!?\x{01}]))`, written as "after no character but these", `(?<![^,.;!?\x{01}])`:
    /// the same places (`^` matches only at the text's start, where nothing stands before; a
    /// look-behind of a set sees the whole character before, a pair of surrogates too, and with
    /// transparent bounds what stands before a searched range), so the same matches. ICU tries
    /// such a clause start at every position of the text, and the alternation of `^` and a
    /// look-behind saves and restores its state at each: a clause-start pattern of the longest
    /// requests cost about a fifth more that way. A pattern that sets a flag (`(?m)` would make
    /// `^` match after a line break) is left as written.
    static func clauseStartsAsLookBehinds(_ pattern: String) -> String {
        let opening = "(?:^|(?<=[", closing = "]))"
        guard pattern.holds(opening) else { return pattern }
        let cs = Array(pattern.unicodeScalars), open = Array(opening.unicodeScalars), close = Array(closing.unicodeScalars)
        // an inline flag group ("(?m)", "(?i-m:"): left alone
        for i in cs.indices where cs[i] == "(" && i + 2 < cs.count && cs[i + 1] == "?" && cs[i + 2] != "<" {
            var j = i + 2
            while j < cs.count, cs[j].properties.isAlphabetic || cs[j] == "-" {
                if cs[j] == "m" || cs[j] == "x" || cs[j] == "w" { return pattern }
                j += 1
            }
        }
        var out = String.UnicodeScalarView()
        var i = 0
        while i < cs.count {
            if cs[i] == "\\" {
                out.append(cs[i])
                if i + 1 < cs.count { out.append(cs[i + 1]) }
                i += 2
                continue
            }
            if cs[i] == "(", i + open.count < cs.count, Array(cs[i..<(i + open.count)]) == open, cs[i + open.count] != "^" {
                // the set: up to its "]", with no set or bracket inside, then "))"
                var j = i + open.count
                while j < cs.count, cs[j] != "]", cs[j] != "[" {
                    j += cs[j] == "\\" ? 2 : 1
                }
                if j > i + open.count, j + close.count <= cs.count, Array(cs[j..<(j + close.count)]) == close {
                    out.append(contentsOf: "(?<![^".unicodeScalars)
                    out.append(contentsOf: cs[(i + open.count)..<j])
                    out.append(contentsOf: "])".unicodeScalars)
                    i = j + close.count
                    continue
                }
            }
            out.append(cs[i])
            i += 1
        }
        return String(out)
    }

    /// Whether `s` holds a word of each list of ``words`` (true when none are known): if not, the
    /// pattern cannot match it, and a few byte searches spare ICU the whole text.
    func mayMatch(_ s: String) -> Bool {
        guard let lists = words else { return true }
        return s.utf8.withContiguousStorageIfAvailable { text in
            lists.allSatisfy { $0.contains { Self.occurs($0, in: text) } }
        } ?? true
    }

    /// Whether `needle` occurs in `text` (bytes compared): its least common byte found by `memchr`
    /// (``keyByte(of:)``), the whole needle around it compared by `memcmp`.
    static func occurs(_ needle: [UInt8], in text: UnsafeBufferPointer<UInt8>) -> Bool {
        needle.withUnsafeBufferPointer { occurs($0, in: text) }
    }

    /// ``occurs(_:in:)`` with the needle's bytes in a buffer.
    static func occurs(_ needle: UnsafeBufferPointer<UInt8>, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !needle.isEmpty else { return true }
        guard needle.count <= text.count, let base = text.baseAddress.map(UnsafeRawPointer.init),
              let word = needle.baseAddress else { return false }
        // on a short text the first byte: choosing would cost more than the search
        let k = text.count >= keyByteLength ? keyByte(of: needle) : 0
        // where the key byte may stand: from `k` on, with the rest of the needle after it
        var at = base + k
        let end = base + text.count - (needle.count - 1 - k)
        while at < end {
            guard let hit = memchr(at, Int32(needle[k]), end - at) else { return false }
            if memcmp(UnsafeRawPointer(hit) - k, word, needle.count) == 0 { return true }
            at = UnsafeRawPointer(hit) + 1
        }
        return false
    }

    /// From this length on (bytes), a word is searched for from its least common byte.
    private static let keyByteLength = 128

    /// The index of the byte of `needle` that is least common in requests, searched for first: in
    /// " it to" the "o", in "the " the "h", not the space or the "t" that start them, which a
    /// long request holds dozens of times (each a `memcmp`). The first of equally common ones.
    static func keyByte(of needle: UnsafeBufferPointer<UInt8>) -> Int {
        var k = 0
        var best = byteFrequency[Int(needle[0])]
        for j in 1..<needle.count where byteFrequency[Int(needle[j])] < best {
            best = byteFrequency[Int(needle[j])]
            k = j
        }
        return k
    }

    /// How common each byte is in a request, roughly (English letter frequencies; the space
    /// most; digits and punctuation rare; UTF-8 lead and continuation bytes common in Chinese).
    private static let byteFrequency: [UInt8] = {
        var f = [UInt8](repeating: 8, count: 256)
        let letters = Array("etaoinshrdlcumwfgypbvkjxqz".utf8)
        for (rank, b) in letters.enumerated() { f[Int(b)] = UInt8(90 - rank * 3) }
        f[0x20] = 100
        for b in 0x30...0x39 { f[b] = 20 }
        for b in 0x80...0xBF { f[b] = 70 }
        for b in 0xE0...0xEF { f[b] = 60 }
        return f
    }()

    /// Patterns compiled so far, by source: a pattern written inside a rule's code (a test of the
    /// words before a number, say) is compiled once, not each time the rule matches (tens of
    /// microseconds each). Every pattern is a literal of the interpreter's, so the cache stays small.
    private static let compiled = CompiledPatterns()

    /// Whether `pattern` has a capital letter outside its escapes (`\p{Han}`, `\S`, `\x{01}`…)
    /// or turns case-insensitivity off anywhere (`(?-i:…)`): either needs the folding kept.
    static func hasCapitals(_ pattern: String) -> Bool {
        if pattern.contains("(?-") || pattern.contains("(?i") { return true }
        let cs = Array(pattern.unicodeScalars)
        var i = 0
        while i < cs.count {
            let c = cs[i]
            i += 1
            if c == "\\" {
                guard i < cs.count else { break }
                let e = cs[i]
                i += 1
                // \p{Han}, \x{01}, \N{…}: a name or a number in braces, not letters to match
                if "pPxN".unicodeScalars.contains(e), i < cs.count, cs[i] == "{" {
                    while i < cs.count, cs[i] != "}" { i += 1 }
                    i += 1
                } else if e == "p" || e == "P" {
                    i += 1 // \pL: a one-letter property
                }
                continue
            }
            // a character that lowercases to something else is matched through folding
            if c.properties.isUppercase || c.properties.changesWhenLowercased { return true }
        }
        return false
    }

    /// How to search `s`: with the pattern's expression, with the one of only its alternatives
    /// that may match `s`, or each of those alone (a long text and many alternatives); nothing
    /// when nothing in `s` can match. Either, on a long text, only in the clauses that hold the
    /// pattern's words (the ranges given; nil: the whole text).
    private enum Search {
        case none
        case expression(Expression, [NSRange]?)
        case separately(Alternatives, Alternatives.Read, AlternativeSet, [NSRange]?)
    }

    /// From this length on (UTF-16 units), a pattern of this many alternatives or more, two or
    /// more of them possible, is searched one alternative at a time.
    private static let separateLength = 40, separateAlternatives = 6

    /// From this length on (UTF-8 bytes), a text is searched only in the clauses that hold the
    /// pattern's words, when its matches cannot cross them.
    private static let clauseLength = 80

    /// `letterCase`: how `s` folds (``letterCase(of:)``), when its caller has read it already.
    private func search(_ s: String, letterCase: LetterCase? = nil) -> Search {
        s.utf8.withContiguousStorageIfAvailable { text -> Search in
            guard folds else { return search(s, text, words: words, alternatives: alternatives, splitting: splitting, clauseWords: clauseWords) }
            // a folding pattern: its lowercase words in the text's lowercased copy, when the text
            // folds as ASCII does
            guard let caseless, caseless.words != nil || caseless.clauseWords != nil || caseless.alternatives != nil,
                  (letterCase ?? Self.letterCase(of: text)) != .other else { return .expression(expression, nil) }
            return Self.asciiLowercased(text).withUnsafeBufferPointer {
                search(s, $0, words: caseless.words, alternatives: caseless.alternatives, splitting: caseless.splitting, clauseWords: caseless.clauseWords)
            }
        } ?? .expression(expression, nil)
    }

    /// How to search `s`, whose UTF-8 is `text` (or its lowercased copy, for a folding pattern),
    /// narrowed by `words`, `alternatives` and the clauses that hold `clauseWords`.
    private func search(_ s: String, _ text: UnsafeBufferPointer<UInt8>, words: [[[UInt8]]]?, alternatives: Alternatives?,
                        splitting: Separators, clauseWords: [[[UInt8]]]?) -> Search {
        if let lists = words, !lists.allSatisfy({ $0.contains { Self.occurs($0, in: text) } }) { return .none }
        var regions: [NSRange]?
        if !splitting.isEmpty, let lists = clauseWords, text.count >= Self.clauseLength {
            regions = Self.clauseRegions(text, splitting: splitting, lists: lists, marks: UTF16Text.of(s).marks)
            if regions?.isEmpty == true { return .none }
        }
        guard let alternatives, let read = alternatives.reading else { return .expression(expression, regions) }
        let bits = Alternatives.possible(read, in: text)
        if bits.count == 0 { return .none }
        if read.separable, read.list.count >= Self.separateAlternatives, bits.count >= 2,
           s.utf16.count >= Self.separateLength {
            return .separately(alternatives, read, bits, regions)
        }
        if bits == read.all { return .expression(expression, regions) }
        return .expression(alternatives.expression(read, for: bits, caseInsensitive: expression.caseInsensitive) ?? expression, regions)
    }

    /// Every non-overlapping match, left to right (only the first when `first`); `letterCase` as
    /// in ``search(_:letterCase:)``.
    private func find(in s: String, first: Bool, letterCase: LetterCase? = nil) -> [PatternMatch] {
        find(search(s, letterCase: letterCase), in: s, first: first)
    }

    /// ``find(in:first:)`` with the way to search `s` already chosen.
    private func find(_ how: Search, in s: String, first: Bool) -> [PatternMatch] {
        if case .none = how { return [] }
        let text = UTF16Text.of(s)
        switch how {
        case .none:
            return []
        case .expression(let r, let regions):
            return regions.map { find(regions: $0, r, text, first: first) } ?? Self.plain(r, text, first: first)
        case .separately(let alternatives, let read, let bits, let regions):
            var out: [PatternMatch] = []
            for region in regions ?? [NSRange(location: 0, length: text.length)] {
                // an alternative that cannot be compiled alone: the whole pattern
                guard let found = alternatives.separateMatches(read, bits: bits, in: text, range: region, caseInsensitive: expression.caseInsensitive, first: first) else {
                    return regions.map { find(regions: $0, expression, text, first: first) } ?? Self.plain(expression, text, first: first)
                }
                out += found
                if first, !out.isEmpty { return out }
            }
            return out
        }
    }

    /// The whole text searched with `regex`.
    private static func plain(_ regex: Expression, _ text: UTF16Text, first: Bool) -> [PatternMatch] {
        regex.matches(in: text, range: NSRange(location: 0, length: text.length), transparent: false, first: first)
            .map { PatternMatch(ranges: $0, in: text) }
    }

    /// `regions` of the text searched with `regex`: look-arounds and `\b` see past them, `^` and `$`
    /// match only at the ends of the text.
    private func find(regions: [NSRange], _ regex: Expression, _ text: UTF16Text, first: Bool) -> [PatternMatch] {
        var out: [PatternMatch] = []
        for region in regions {
            out += regex.matches(in: text, range: region, transparent: true, first: first).map { PatternMatch(ranges: $0, in: text) }
            if first, !out.isEmpty { return out }
        }
        return out
    }

    /// How `s` folds, read once for a pattern that folds case (nil for one that does not): it
    /// chooses the pattern compiled without folding (``exact(for:_:)``) and narrows the search
    /// (``search(_:letterCase:)``), which would otherwise each scan the text for it.
    private func letterCase(of s: String) -> LetterCase? {
        caseless == nil ? nil : Self.letterCase(of: s)
    }

    /// The pattern compiled without folding, when it folds case but matches the same without on
    /// `s`: no character of `s` changes when folded, "make it 30 seconds" (``Pattern/foldsLikeExact(_:)``).
    /// `letterCase` is how `s` folds.
    private func exact(for s: String, _ letterCase: LetterCase?) -> Pattern? {
        guard let exact = caseless?.exact, letterCase == .foldFree else { return nil }
        return exact
    }

    /// Every non-overlapping match, left to right.
    func matches(in s: String) -> [PatternMatch] {
        let letterCase = letterCase(of: s)
        if let exact = exact(for: s, letterCase) { return exact.matches(in: s) }
        return find(in: s, first: false, letterCase: letterCase)
    }

    /// The first match, if any.
    func firstMatch(in s: String) -> PatternMatch? {
        let letterCase = letterCase(of: s)
        if let exact = exact(for: s, letterCase) { return exact.firstMatch(in: s) }
        return find(in: s, first: true, letterCase: letterCase).first
    }

    /// Whether the pattern occurs anywhere in `s` (no match text or groups made).
    func occurs(in s: String) -> Bool {
        let letterCase = letterCase(of: s)
        if let exact = exact(for: s, letterCase) { return exact.occurs(in: s) }
        let how = search(s, letterCase: letterCase)
        if case .expression(let r, nil) = how {
            let text = UTF16Text.of(s)
            return !r.matches(in: text, range: NSRange(location: 0, length: text.length), transparent: false, first: true).isEmpty
        }
        return !find(how, in: s, first: true).isEmpty
    }

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

extension StringProtocol {
    /// Whether `part` occurs in the string, as bytes: what Foundation's `contains(_:)` answers for
    /// the interpreter's words and its normalised text, without Foundation's search of composed
    /// characters (a tenth of a long request's time where a rule tests a few words this way).
    func holds(_ part: String) -> Bool {
        var part = part
        return part.withUTF8 { needle in
            utf8.withContiguousStorageIfAvailable { Pattern.occurs(needle, in: $0) }
                ?? String(self).utf8.withContiguousStorageIfAvailable { Pattern.occurs(needle, in: $0) } ?? false
        }
    }
}

/// The process-wide store of compiled patterns (``Pattern/init(_:lowercaseInput:)``).
private final class CompiledPatterns: @unchecked Sendable {
    private let lock = NSLock()
    /// A compiled pattern: its expression, its words, its alternatives, its clause separators and
    /// words, and what narrows it when it folds case.
    typealias Entry = (Expression, [[[UInt8]]]?, Alternatives?, Separators, [[[UInt8]]]?, Caseless?)
    private var entries: [String: Entry] = [:]

    func entry(for key: String) -> Entry? {
        lock.lock()
        defer { lock.unlock() }
        return entries[key]
    }

    func keep(_ entry: Entry, for key: String) {
        lock.lock()
        defer { lock.unlock() }
        // bounded all the same
        if entries.count < 4096 { entries[key] = entry }
    }
}
