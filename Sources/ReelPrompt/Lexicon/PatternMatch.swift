import Foundation

/// One match: its range (UTF-16, as `NSString` counts) and its capture groups.
struct PatternMatch {
    /// The whole match's range.
    let range: NSRange
    /// The whole match's text.
    let text: String
    private let groups: [String?]

    init(result: NSTextCheckingResult, in ns: NSString) {
        range = result.range
        let whole = ns.substring(with: result.range)
        text = whole
        groups = (0..<result.numberOfRanges).map { i in
            if i == 0 { return whole }
            let r = result.range(at: i)
            return r.location == NSNotFound ? nil : ns.substring(with: r)
        }
    }

    /// A match found by an ``Expression`` in `source`: `ranges` are its groups' (0 the whole
    /// match), their texts decoded from the text's UTF-16 copy.
    init(ranges: [NSRange], in source: UTF16Text) {
        range = ranges[0]
        let whole = source.substring(ranges[0])
        text = whole
        groups = ranges.indices.map { i in
            if i == 0 { return whole }
            return ranges[i].location == NSNotFound ? nil : source.substring(ranges[i])
        }
    }

    /// A match of one alternative searched alone (``Alternatives/separateMatches(_:bits:in:range:caseInsensitive:first:)``)
    /// in `source`: its groups numbered as in the whole pattern, which has `groups` of them, the
    /// alternative's from `groupOffset` + 1 on.
    init(ranges: [NSRange], in source: UTF16Text, groupOffset: Int, groups count: Int) {
        range = ranges[0]
        let whole = source.substring(ranges[0])
        text = whole
        groups = (0...count).map { i in
            if i == 0 { return whole }
            let k = i - groupOffset
            guard k >= 1, k < ranges.count else { return nil }
            let r = ranges[k]
            return r.location == NSNotFound ? nil : source.substring(r)
        }
    }

    /// The part of `s` at `range` (UTF-16), what `ns.substring(with:)` gives (`ns` is `s`), copied
    /// from the string's own storage when the range starts and ends between characters, as a
    /// match found by ICU does: Foundation decodes it from UTF-16 again (a tenth of a long
    /// request's time, for the match texts and groups the rules read).
    static func substring(_ s: String, _ ns: NSString, _ range: NSRange) -> String {
        let units = s.utf16
        guard range.location >= 0, range.length >= 0, range.location + range.length <= units.count else { return ns.substring(with: range) }
        let lo = units.index(units.startIndex, offsetBy: range.location)
        let hi = units.index(lo, offsetBy: range.length)
        return String(units[lo..<hi]) ?? ns.substring(with: range)
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
