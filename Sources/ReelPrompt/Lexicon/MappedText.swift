import Foundation

/// Text being normalised that remembers, for each of its UTF-16 units, which part of the
/// original request it came from, so that what was understood can be quoted in the user's own
/// words ("30-second video", not "30 second video").
struct MappedText {
    private(set) var units: [UInt16] = []
    /// Start and end (UTF-16 offsets into the original) of what each unit came from.
    private var lo: [Int] = [], hi: [Int] = []

    init(_ s: String) {
        units = Array(s.utf16)
        lo = Array(0..<units.count)
        hi = lo.map { $0 + 1 }
    }

    private init() {}

    var string: String { Self.string(units) }

    /// `units` as a string, the same as `String(decoding:as: UTF16.self)` (a lone surrogate
    /// becomes U+FFFD) but transcoded straight into the string's UTF-8 storage: the interpreter
    /// turns units into strings a few dozen times a request.
    static func string(_ units: [UInt16]) -> String {
        units.withUnsafeBufferPointer { string($0) }
    }

    /// ``string(_:)`` of units in a buffer (a word of a longer text, without copying it out first).
    static func string(_ units: UnsafeBufferPointer<UInt16>) -> String {
        String(unsafeUninitializedCapacity: units.count * 3) { out in
            var n = 0, i = 0
            while i < units.count {
                let u = UInt32(units[i])
                i += 1
                var scalar = u
                if u >= 0xD800 && u < 0xE000 {
                    if u < 0xDC00, i < units.count, units[i] >= 0xDC00 && units[i] < 0xE000 {
                        scalar = 0x10000 + ((u - 0xD800) << 10) + (UInt32(units[i]) - 0xDC00)
                        i += 1
                    } else {
                        scalar = 0xFFFD
                    }
                }
                switch scalar {
                case ..<0x80:
                    out[n] = UInt8(scalar); n += 1
                case ..<0x800:
                    out[n] = UInt8(0xC0 | scalar >> 6); out[n + 1] = UInt8(0x80 | scalar & 0x3F); n += 2
                case ..<0x10000:
                    out[n] = UInt8(0xE0 | scalar >> 12); out[n + 1] = UInt8(0x80 | scalar >> 6 & 0x3F)
                    out[n + 2] = UInt8(0x80 | scalar & 0x3F); n += 3
                default:
                    out[n] = UInt8(0xF0 | scalar >> 18); out[n + 1] = UInt8(0x80 | scalar >> 12 & 0x3F)
                    out[n + 2] = UInt8(0x80 | scalar >> 6 & 0x3F); out[n + 3] = UInt8(0x80 | scalar & 0x3F); n += 4
                }
            }
            return n
        }
    }

    /// `s` added at the end, every unit of it from `l..<h` of the original (no array made for it:
    /// ``mapCharacters(_:)`` adds each character of the request this way).
    private mutating func append(_ s: String, lo l: Int, hi h: Int) {
        let before = units.count
        units.append(contentsOf: s.utf16)
        let n = units.count - before
        lo.append(contentsOf: repeatElement(l, count: n))
        hi.append(contentsOf: repeatElement(h, count: n))
    }

    private mutating func append(from other: MappedText, _ range: Range<Int>) {
        units += other.units[range]
        lo += other.lo[range]
        hi += other.hi[range]
    }

    /// Where the units `range` came from, as a range of the original (empty when unknown).
    private func origin(_ range: Range<Int>) -> (Int, Int) {
        guard !range.isEmpty, range.lowerBound >= 0, range.upperBound <= units.count else {
            let at = range.lowerBound < units.count && range.lowerBound >= 0 ? lo[range.lowerBound] : (hi.last ?? 0)
            return (at, at)
        }
        return (lo[range].min() ?? 0, hi[range].max() ?? 0)
    }

    /// Every match of `pattern` replaced by what `f` returns; the new text stands for the whole match.
    mutating func replace(_ pattern: Pattern, _ f: (PatternMatch) -> String) {
        replace(pattern) { (0, f($0)) }
    }

    /// Every match of `pattern` replaced: its first `kept` units stay as they are, the rest
    /// becomes `text` (standing for the rest of the match).
    mutating func replace(_ pattern: Pattern, _ f: (PatternMatch) -> (kept: Int, text: String)) {
        var out = MappedText()
        var last = 0
        for m in pattern.matches(in: string) {
            let (kept, text) = f(m)
            let keep = min(max(kept, 0), m.range.length)
            out.append(from: self, last..<(m.range.location + keep))
            let (l, h) = origin((m.range.location + keep)..<(m.range.location + m.range.length))
            out.append(text, lo: l, hi: h)
            last = m.range.location + m.range.length
        }
        out.append(from: self, last..<units.count)
        self = out
    }

    /// Each character replaced by what `f` returns for it, given the characters before and after.
    mutating func mapCharacters(_ f: (_ previous: Character, _ c: Character, _ next: Character) -> String) {
        // ASCII but a carriage return (which joins the line feed after it): each unit is a
        // character, made without breaking the text into characters
        let chars = units.allSatisfy { $0 < 0x80 && $0 != 0x0D }
            ? units.map { Character(Unicode.Scalar(UInt8($0))) } : Array(string)
        var out = MappedText()
        out.units.reserveCapacity(units.count)
        out.lo.reserveCapacity(units.count)
        out.hi.reserveCapacity(units.count)
        var at = 0
        for (i, c) in chars.enumerated() {
            let n = c.utf16.count
            let (l, h) = origin(at..<(at + n))
            out.append(f(i > 0 ? chars[i - 1] : " ", c, i + 1 < chars.count ? chars[i + 1] : " "), lo: l, hi: h)
            at += n
        }
        self = out
    }

    /// The space-separated words regrouped by `f`, which returns new words each with how many of
    /// the given words it stands for; the result is joined by single spaces.
    mutating func mapWords(_ f: ([String]) -> [(String, used: Int)]) {
        var ranges: [Range<Int>] = []
        var start: Int?
        for (i, u) in units.enumerated() {
            if u == 0x20 {
                if let s = start { ranges.append(s..<i); start = nil }
            } else if start == nil {
                start = i
            }
        }
        if let s = start { ranges.append(s..<units.count) }
        let words = units.withUnsafeBufferPointer { all in ranges.map { Self.string(UnsafeBufferPointer(rebasing: all[$0])) } }
        var out = MappedText()
        out.units.reserveCapacity(units.count)
        out.lo.reserveCapacity(units.count)
        out.hi.reserveCapacity(units.count)
        var k = 0
        for (word, used) in f(words) {
            let n = max(1, used)
            guard k < ranges.count else { break }
            let span = ranges[k].lowerBound..<ranges[min(k + n, ranges.count) - 1].upperBound
            let (l, h) = origin(span)
            if !out.units.isEmpty { out.append(" ", lo: l, hi: l) }
            // a word kept as it was keeps where each of its characters came from
            if n == 1, word == words[k] { out.append(from: self, ranges[k]) } else { out.append(word, lo: l, hi: h) }
            k += n
        }
        self = out
    }

    /// The part of `original` that units `range` came from.
    func said(_ range: NSRange, in original: String) -> String {
        let (l, h) = origin(range.location..<(range.location + range.length))
        let ns = original as NSString
        guard l >= 0, h <= ns.length, l < h else { return "" }
        let part = PatternMatch.substring(original, ns, NSRange(location: l, length: h - l))
        // starting and ending with an ASCII letter or digit (most parts): nothing to trim
        if let first = part.utf16.first, let last = part.utf16.last, Self.isAlphanumeric(first), Self.isAlphanumeric(last) { return part }
        return part.trimmingCharacters(in: Self.saidTrimmed)
    }

    /// What ``said(_:in:)`` trims from the ends of the words said: spaces and the clause marks
    /// (made once; a rule reads the user's words for each of its matches).
    private static let saidTrimmed = CharacterSet.whitespacesAndNewlines.union(CharacterSet(charactersIn: ",.;!?，。；！？、"))

    /// Whether `u` is an ASCII letter or digit, which ``saidTrimmed`` does not hold.
    private static func isAlphanumeric(_ u: UInt16) -> Bool {
        (0x30...0x39).contains(u) || (0x41...0x5A).contains(u) || (0x61...0x7A).contains(u)
    }
}
