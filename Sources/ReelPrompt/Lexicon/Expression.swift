import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
#if canImport(_FoundationICU)
import _FoundationICU
#endif

/// A regular expression compiled by ICU, searched in a text's one UTF-16 copy (``UTF16Text``).
///
/// `NSRegularExpression` copies the whole text to UTF-16 on every search (a Swift string keeps
/// UTF-8), and a long request is searched some 2,000 times: the copies were a tenth of its cost.
/// Here ICU's C API (`uregex_*`, from `_FoundationICU`: the ICU that Foundation itself is built
/// on, shipped with the toolchain) is handed the text's shared copy instead, and a match is read
/// as the ranges of its groups, without an `NSTextCheckingResult`. The matches are the ones
/// `NSRegularExpression` finds: it is the same ICU expression, opened with the same flag, and
/// searched with the same region and bounds. Where `_FoundationICU` cannot be imported, the
/// search goes through `NSRegularExpression`.
///
/// An ICU expression keeps the state of its search, so one thread at a time searches with it:
/// a search takes an idle copy (made with `uregex_clone` when every copy is busy) and gives it
/// back. This object owns the compiled expression and its copies and closes them in `deinit`.
///
///     let e = Expression(#"(\d+) ?s\b"#, caseInsensitive: false)!
///     e.matches(in: UTF16Text.of("make it 30 s"), range: NSRange(location: 0, length: 12))
///     // [[{8, 4}, {8, 2}]]: the whole match, then group 1
final class Expression: @unchecked Sendable {
    /// The pattern's source.
    let pattern: String
    /// Whether letters match in either case (ICU's `UREGEX_CASE_INSENSITIVE`).
    let caseInsensitive: Bool
    /// How many capture groups the pattern has.
    let groups: Int
    /// Where a match can start, when the pattern tells (a clause start): the expression is then
    /// tried only there (``MatchStarts``).
    let starts: MatchStarts?
    private let lock = NSLock()
    /// The same pattern compiled by Foundation, made when first asked for (``foundation``).
    private var foundationRegex: NSRegularExpression?
    #if canImport(_FoundationICU)
    /// The compiled expression, the model of every copy.
    private let compiled: OpaquePointer
    /// Copies not searching now (the compiled expression among them).
    private var idle: [OpaquePointer]
    /// Every copy made, closed with the expression.
    private var copies: [OpaquePointer] = []
    #else
    private let regex: NSRegularExpression
    #endif

    /// `pattern` compiled, or nil when ICU rejects it (as `NSRegularExpression` would).
    init?(_ pattern: String, caseInsensitive: Bool) {
        self.pattern = pattern
        self.caseInsensitive = caseInsensitive
        #if canImport(_FoundationICU)
        let source = Array(pattern.utf16)
        var status = U_ZERO_ERROR
        guard let re = swift_uregex_open(source, Int32(source.count), caseInsensitive ? UInt32(UREGEX_CASE_INSENSITIVE.rawValue) : 0, nil, &status) else { return nil }
        guard status.rawValue <= 0 else {
            swift_uregex_close(re)
            return nil
        }
        let count = swift_uregex_groupCount(re, &status)
        starts = MatchStarts(pattern, caseInsensitive: caseInsensitive)
        compiled = re
        idle = [re]
        groups = Int(count)
        #else
        guard let regex = try? NSRegularExpression(pattern: pattern, options: caseInsensitive ? [.caseInsensitive] : []) else { return nil }
        self.regex = regex
        groups = regex.numberOfCaptureGroups
        starts = nil
        #endif
    }

    #if canImport(_FoundationICU)
    deinit {
        for re in copies { swift_uregex_close(re) }
        swift_uregex_close(compiled)
    }
    #endif

    /// The same pattern compiled by `NSRegularExpression` (made once, when first asked for): what
    /// the tests compare the interpreter's narrowed searches with.
    var foundation: NSRegularExpression {
        lock.lock()
        defer { lock.unlock() }
        if let foundationRegex { return foundationRegex }
        // it compiled here, so it compiles there
        let regex = try! NSRegularExpression(pattern: pattern, options: caseInsensitive ? [.caseInsensitive] : [])
        foundationRegex = regex
        return regex
    }

    /// Every match in `range` of `text`, left to right (only the first when `first`), each as the
    /// ranges of its groups: 0 the whole match, then each group (location `NSNotFound`: the group
    /// took no part), in UTF-16 units as `NSString` counts.
    ///
    /// `transparent`: look-arounds and `\b` see the text past `range`, and `^` and `$` match only
    /// at the ends of the text (`NSRegularExpression`'s `.withTransparentBounds` and
    /// `.withoutAnchoringBounds`); otherwise the range is searched as if it were the whole text.
    func matches(in text: UTF16Text, range: NSRange, transparent: Bool, first: Bool) -> [[NSRange]] {
        #if canImport(_FoundationICU)
        guard range.location >= 0, range.length >= 0, range.location + range.length <= text.length else { return [] }
        let re = checkOut()
        defer { giveBack(re) }
        var out: [[NSRange]] = []
        text.units.withUnsafeBufferPointer { units in
            var status = U_ZERO_ERROR
            // ICU reads the units only while searching below: the next search sets its own text
            swift_uregex_setText(re, units.baseAddress, Int32(text.length), &status)
            swift_uregex_setRegion64(re, Int64(range.location), Int64(range.location + range.length), &status)
            swift_uregex_useTransparentBounds(re, transparent ? 1 : 0, &status)
            swift_uregex_useAnchoringBounds(re, transparent ? 0 : 1, &status)
            guard status.rawValue <= 0 else { return }
            // a clause start on a long text: only where a match can start
            if let starts, transparent || range.length == text.length,
               let places = Self.places(starts, units, range) {
                out = matches(re, at: places, end: range.location + range.length, first: first)
                return
            }
            while swift_uregex_findNext(re, &status) != 0, status.rawValue <= 0 {
                out.append(match(re))
                if first { break }
            }
        }
        return out
        #else
        let options: NSRegularExpression.MatchingOptions = transparent ? [.withTransparentBounds, .withoutAnchoringBounds] : []
        let results = first ? regex.firstMatch(in: text.string, options: options, range: range).map { [$0] } ?? []
            : regex.matches(in: text.string, options: options, range: range)
        return results.map { r in (0..<r.numberOfRanges).map { r.range(at: $0) } }
        #endif
    }

    #if canImport(_FoundationICU)
    /// The ranges of the groups of the match `re` has just found.
    private func match(_ re: OpaquePointer) -> [NSRange] {
        var match: [NSRange] = []
        match.reserveCapacity(groups + 1)
        for g in 0...groups {
            var e = U_ZERO_ERROR
            let start = swift_uregex_start64(re, Int32(g), &e), end = swift_uregex_end64(re, Int32(g), &e)
            match.append(e.rawValue <= 0 && start >= 0 && end >= start
                ? NSRange(location: Int(start), length: Int(end - start)) : NSRange(location: NSNotFound, length: 0))
        }
        return match
    }

    /// The places of `range` where a match can start (``MatchStarts``), in order; nil when they
    /// are not few enough to spare the search of every position.
    private static func places(_ starts: MatchStarts, _ units: UnsafeBufferPointer<UInt16>, _ range: NSRange) -> [Int]? {
        let end = range.location + range.length
        guard range.length >= placesLength else { return nil }
        var out: [Int] = []
        for p in range.location...end where starts.allows(units, p, end: end) {
            out.append(p)
            if out.count * placesShare > range.length { return nil }
        }
        return out
    }

    /// From this length on (UTF-16 units), a text with at most one place a match can start to
    /// this many units is tried only at those places.
    private static let placesLength = 24, placesShare = 2

    /// What `findNext` finds from the region's start on (the text and the bounds set): the
    /// expression tried at each of `places` alone, with the region from there to `end` and
    /// transparent bounds (the look-behinds see the text before, `^` matches only at its start),
    /// skipping places inside a match, and past an empty one as `findNext` does.
    private func matches(_ re: OpaquePointer, at places: [Int], end: Int, first: Bool) -> [[NSRange]] {
        var status = U_ZERO_ERROR
        swift_uregex_useTransparentBounds(re, 1, &status)
        swift_uregex_useAnchoringBounds(re, 0, &status)
        var out: [[NSRange]] = []
        var from = 0
        for p in places where p >= from {
            swift_uregex_setRegion64(re, Int64(p), Int64(end), &status)
            guard status.rawValue <= 0 else { return out }
            guard swift_uregex_lookingAt64(re, -1, &status) != 0, status.rawValue <= 0 else { continue }
            let found = match(re)
            out.append(found)
            if first { break }
            from = found[0].length > 0 ? found[0].location + found[0].length : found[0].location + 1
        }
        return out
    }

    /// An idle copy of the expression, made when there is none.
    private func checkOut() -> OpaquePointer {
        lock.lock()
        if let re = idle.popLast() {
            lock.unlock()
            return re
        }
        lock.unlock()
        // cloning reads only the compiled pattern, which no search changes
        var status = U_ZERO_ERROR
        guard let re = swift_uregex_clone(compiled, &status), status.rawValue <= 0 else {
            preconditionFailure("ICU could not copy the expression \(pattern): \(status)")
        }
        lock.lock()
        copies.append(re)
        lock.unlock()
        return re
    }

    /// `re` idle again.
    private func giveBack(_ re: OpaquePointer) {
        lock.lock()
        idle.append(re)
        lock.unlock()
    }
    #endif
}

/// A text and its UTF-16 code units, copied once for every search of it (``Expression``), and
/// the parts of it a match names, decoded from those units.
///
///     let t = UTF16Text.of("titel: été")
///     t.substring(NSRange(location: 7, length: 3)) // "été"
final class UTF16Text: @unchecked Sendable {
    /// The text.
    let string: String
    /// Its UTF-16 code units, what `NSString` counts, and a 0 after them (so that even an empty
    /// text has an address to give ICU).
    let units: [UInt16]
    /// How many UTF-16 units the text has (`NSString`'s `length`).
    let length: Int

    init(_ string: String) {
        self.string = string
        var s = string
        // an ASCII text (most requests) widened byte by byte, not decoded character by character
        let ascii: [UInt16]? = s.withUTF8 { bytes in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            return [UInt16](unsafeUninitializedCapacity: bytes.count + 1) { out, n in
                for i in 0..<bytes.count { out[i] = UInt16(bytes[i]) }
                out[bytes.count] = 0
                n = bytes.count + 1
            }
        }
        if let ascii {
            units = ascii
            length = ascii.count - 1
            return
        }
        var units: [UInt16] = []
        units.reserveCapacity(string.utf16.count + 1)
        units.append(contentsOf: string.utf16)
        length = units.count
        units.append(0)
        self.units = units
    }

    private let lock = NSLock()
    private var readMarks: TextMarks?

    /// Where the text's clause marks and digits stand, read the first time a pattern is narrowed
    /// to its clauses and kept for the others (``Pattern/clauseRegions(_:splitting:lists:marks:)``).
    var marks: TextMarks {
        lock.lock()
        defer { lock.unlock() }
        if let readMarks { return readMarks }
        var s = string
        let read = s.withUTF8 { TextMarks($0) }
        readMarks = read
        return read
    }

    /// The part at `range` (UTF-16), as `NSString.substring(with:)` gives it; ranges found by ICU
    /// start and end between characters.
    func substring(_ range: NSRange) -> String {
        units.withUnsafeBufferPointer { all in
            let part = UnsafeBufferPointer(rebasing: all[range.location..<(range.location + range.length)])
            // ASCII (most matches) narrowed byte by byte: decoding UTF-16 goes character by character
            guard !part.contains(where: { $0 >= 0x80 }) else { return String(decoding: part, as: UTF16.self) }
            return String(unsafeUninitializedCapacity: part.count) { out in
                for i in 0..<part.count { out[i] = UInt8(truncatingIfNeeded: part[i]) }
                return part.count
            }
        }
    }

    /// The copy of `s`: one of the last texts searched when `s` has the same bytes (a request's
    /// text, its clauses and its masked forms are searched hundreds of times each), else a new one.
    static func of(_ s: String) -> UTF16Text { recent.text(for: s) }

    /// The texts searched last (``of(_:)``).
    private static let recent = RecentTexts()
}

/// The UTF-16 copies of the last texts searched, shared by the searches of every pattern and
/// thread: a few, replaced in turn, found by their bytes (never by `==`, which equates texts
/// whose characters are canonically equivalent but whose units differ).
private final class RecentTexts: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [UTF16Text] = []
    /// The entry replaced next once all are taken.
    private var next = 0
    /// How many texts are kept: a request's text, its lowercase and original forms, a clause.
    private static let capacity = 8

    func text(for s: String) -> UTF16Text {
        var s = s
        if let found = s.withUTF8({ find($0) }) { return found }
        let made = UTF16Text(s)
        lock.lock()
        if entries.count < Self.capacity {
            entries.append(made)
        } else {
            entries[next] = made
            next = (next + 1) % Self.capacity
        }
        lock.unlock()
        return made
    }

    /// The entry with the bytes of `bytes`, if one is kept.
    private func find(_ bytes: UnsafeBufferPointer<UInt8>) -> UTF16Text? {
        lock.lock()
        defer { lock.unlock() }
        for entry in entries where entry.string.utf8.count == bytes.count {
            var kept = entry.string
            let same = kept.withUTF8 { k in
                k.count == 0 || (k.baseAddress == bytes.baseAddress || memcmp(k.baseAddress!, bytes.baseAddress!, k.count) == 0)
            }
            if same { return entry }
        }
        return nil
    }
}
