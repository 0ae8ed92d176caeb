import Foundation
import Testing
@testable import ReelPrompt

/// The shortcuts that keep a request to a fraction of a millisecond give the same answers as
/// the long way: the words a pattern cannot match without, matching without case folding on the
/// lowercase request, strings made straight from UTF-16, typo distances over bytes.
@Suite("Interpreter shortcuts")
struct InterpreterSpeedTests {
    @Test("the words a pattern cannot match without", arguments: [
        (#"\b(?:no|without) (?:music|song)s?\b"#, [["music", "song"], ["no", "without"]]),
        (#"photos?"#, [["photo"]]),
        (#"(?:the )?title"#, [["title"]]),
        (#"(?:^|x)abc"#, [["abc"]]),
        (#"colou?r"#, [["colo"]]),
        (#"(?:ab|abc)d"#, [["ab"]]),
        (#"x{0,3}yz"#, [["yz"]]),
        (#"\x01abc"#, [["abc"]]),
        (#"\x{01}ab"#, [["ab"]]),
        (#"h \. 264"#, [["h . 264"]]),
        (#"每张(?:照片|图片)?"#, [["每张"]]),
        (#"(?<!very )(?:fade|dip)s? to black"#, [[" to black"], ["dip", "fade"]]),
        (#"\bmake\s+(?:the\s+)?(?:photo|pic)s?\s+(\d+)"#, [["make"], ["photo", "pic"]]),
        (#"(?:make (?:it|them) )+faster|quicker"#, [["faster", "quicker"]]),
    ])
    func requiredWords(pattern: String, words: [[String]]) {
        #expect(Pattern.requiredWords(pattern) == words)
    }

    @Test("no words when a match can do without any", arguments: [
        #"a|\d+"#, #"(?=title)\d"#, #"(?i)abc"#, #"(?-i:[A-Z])x"#, #"\p{Han}{2,4}"#, #"(?:title)?"#, #"[a-z]+"#, #"\Qabc\E"#, #"(abc"#,
    ])
    func noWords(pattern: String) {
        #expect(Pattern.requiredWords(pattern) == nil)
    }

    /// Over the whole phrasing table: wherever a rule is skipped for want of its words, its
    /// pattern indeed finds nothing (what the shortcut assumes), and the request the rules read
    /// is lowercase (what matching without case folding assumes).
    @Test("over the table, a rule skipped for want of its words would have matched nothing")
    func skippedRulesMatchNothing() async throws {
        let rows = try Phrasing.table()
        #expect(PromptInterpreter.rules.filter { $0.words != nil }.count > PromptInterpreter.rules.count / 2)
        // thousands of rows, each searched by hundreds of patterns: on as many workers as cores
        let workers = max(2, ProcessInfo.processInfo.activeProcessorCount)
        await withTaskGroup(of: Void.self) { group in
            for worker in 0..<workers {
                group.addTask {
                    for (index, row) in rows.enumerated() where index % workers == worker { Self.expectSkippedRulesMatchNothing(row) }
                }
            }
        }
    }

    /// On one row: its normalised request is lowercase, and no rule skipped for want of its words matches it.
    private static func expectSkippedRulesMatchNothing(_ row: Phrasing) {
        let text = PromptText(row.prompt).text
        #expect(text == text.lowercased(), "line \(row.line): \(row.prompt): the normalised request is not lowercase")
        let bytes = Array(text.utf8)
        for (i, rule) in PromptInterpreter.rules.enumerated() {
            guard let lists = rule.words, !lists.allSatisfy({ $0.contains { Scan.occurs($0, in: bytes) } }) else { continue }
            #expect(!rule.pattern.occurs(in: text), "line \(row.line): rule \(i) matches \(row.prompt) without the words it needs")
        }
    }

    @Test("a pattern on lowercase text skips a text without its words; one that folds case never skips")
    func skipping() {
        let lower = Pattern(#"\bphotos? (\d+)"#, lowercaseInput: true)
        #expect(lower.words != nil)
        #expect(lower.matches(in: "photo 3 and photos 4").map(\.text) == ["photo 3", "photos 4"])
        #expect(lower.firstMatch(in: "picture 3") == nil)
        #expect(Pattern(#"\bphotos? (\d+)"#).words == nil)
        #expect(Pattern(#"\bphotos? (\d+)"#).firstMatch(in: "PHOTO 3")?.text == "PHOTO 3")
        #expect(Pattern(#"(?-i:[A-Z])[a-z]+ trip"#, lowercaseInput: true).words == nil)
    }

    @Test("odd capitals come out lowercase", arguments: ["ÀÉÎ VERTICAL", "ǅ ǈ", "ΣΑΣ SQUARE", "İSTANBUL TRIP", "ＦＵＬＬ ＨＤ", "Ⅻ PHOTOS"])
    func lowercase(request: String) {
        let text = PromptText(request).text
        #expect(text == text.lowercased())
    }

    @Test("UTF-16 to a string: the same as the standard library's, a lone surrogate included")
    func utf16() {
        let samples: [[UInt16]] = [
            Array("a 30 second video".utf16), Array("做一个30秒的竖屏视频".utf16), Array("🎉 party 🎂".utf16), Array("é ñ ß".utf16),
            [0x61, 0xD800, 0x62], [0xDC00], [0xD83C], [0xD83C, 0xDF89, 0xDF89], [0x1, 0x7F, 0x80, 0x7FF, 0x800, 0xFFFF], [],
        ]
        for units in samples { #expect(MappedText.string(units) == String(decoding: units, as: UTF16.self)) }
    }

    @Test("typo distance over bytes: the same as over characters")
    func distance() {
        let words = ["crosfade", "secconds", "vertcal", "transitons", "portugal", "million", "picked", "abcde", "a", "", "zzzzzzzzzzzz"]
        var scratch: [Int] = []
        for w in words {
            for k in Typos.keywords {
                for limit in [1, 2] {
                    #expect(Typos.distance(Array(w.utf8), Array(k.utf8), limit: limit, scratch: &scratch) == Typos.distance(w, k, limit: limit),
                            "\(w) → \(k), limit \(limit)")
                }
            }
        }
    }

    @Test("the separators a match may hold", arguments: [
        (#"(?<=[,.;!?\x{01}])\s*(?:and|but)\s+(\w+)"#, ""),
        (#"(\d+)\s*,\s*(\d+)"#, ","),
        (#"\b(?:photo|pic)s?\s+(\d{1,3})(?:\s*(?:,|and)\s*(\d{1,3})){0,5}"#, ","),
        (#"[^,.;!?\x{01}]{2,40}?(?=\s*(?:$|[,.;!?]))"#, "，。；！？"),
        (#"(\d+(?:\.\d+)?)\s*(?:s|sec)\b"#, "."),
        (#"a.b"#, "all"),
        (#"\S+ seconds"#, "all"),
        (#"[^\S]+x"#, ""),
        (#"[a-z!]+"#, "!"),
        (#"[\x{01}-\x{2F}]"#, "\u{1}!,."),
        (#"\p{Han}+(?!，)"#, ""),
        (#"\P{Han}"#, "all"),
        (#"(?-i:[A-Z])[a-z]+\?"#, "?"),
        (#"每张(?:照片)?[，。]"#, "，。"),
        (#"(?<name>ab);"#, ";"),
        (#"(abc"#, "all"),
        (#"\Qa,b\E"#, "all"),
    ])
    func separators(pattern: String, consumed: String) {
        let found = Pattern.consumedSeparators(pattern)
        let chars = found == .all ? "all" : String(String.UnicodeScalarView(Separators.scalars.enumerated()
            .filter { found.contains(Separators(rawValue: UInt16(1) << UInt16($0.offset))) }.map(\.element)))
        #expect(Set(chars.unicodeScalars) == Set(consumed.unicodeScalars) && (chars == "all") == (consumed == "all"), "\(pattern): \(chars)")
    }

    @Test("a long request is searched only in the clauses that hold the words")
    func clauseRegions() throws {
        let text = "we had the party at the lake house last sunday, about 40 of us, make it 30 seconds, thanks so much"
        let p = Pattern(#"\bmake\s+it\s+(\d+)\s+seconds\b"#, lowercaseInput: true)
        #expect(p.splitting == Separators.all)
        let regions = try #require(text.utf8.withContiguousStorageIfAvailable { Pattern.clauseRegions($0, splitting: p.splitting, lists: p.words ?? []) })
        let ns = text as NSString
        #expect(regions?.map { ns.substring(with: $0) } == [" make it 30 seconds"])
        #expect(p.matches(in: text).map(\.text) == ["make it 30 seconds"])
        // a run of taken characters is one boundary; a clause without the words is not searched
        let taken = "so, \u{1}\u{1}\u{1}\u{1} make it 30 seconds \u{1}\u{1} and the song, the rest of a long story about the lake"
        let r = try #require(taken.utf8.withContiguousStorageIfAvailable { Pattern.clauseRegions($0, splitting: p.splitting, lists: p.words ?? []) })
        #expect(r?.map { (taken as NSString).substring(with: $0) } == [" make it 30 seconds "])
        // no clause holds every word: nothing to search
        let apart = "please make it short, it is 30 seconds of a very long story about the lake house and the dog"
        let none = try #require(apart.utf8.withContiguousStorageIfAvailable { Pattern.clauseRegions($0, splitting: p.splitting, lists: p.words ?? []) })
        #expect(none == [])
        // a digit the pattern needs: only the clauses holding one (any decimal digit, as ICU's \d)
        let number = Pattern(#"(?<![\d.])(\d+)\s*(?:s|sec|secs)\b"#, lowercaseInput: true)
        #expect(number.words == nil)
        #expect(number.clauseWords?.contains([Array(Pattern.digitWord.utf8)]) == true)
        let story = "grandma turned ninety last sunday, we had the whole family over, make it ４５ sec, thanks so much again"
        let digits = try #require(story.utf8.withContiguousStorageIfAvailable { Pattern.clauseRegions($0, splitting: number.splitting, lists: number.clauseWords ?? []) })
        #expect(digits?.map { (story as NSString).substring(with: $0) } == [" make it ４５ sec"])
        #expect(number.matches(in: story).map(\.text) == Self.plainTexts(number, story))
    }

    /// The texts of what the whole expression finds.
    private static func plainTexts(_ p: Pattern, _ text: String) -> [String] {
        p.regex.matches(in: text, range: NSRange(location: 0, length: (text as NSString).length)).map { (text as NSString).substring(with: $0.range) }
    }

    /// Over a sample of the table and its longest rows, with parts blanked out as the rules see
    /// them: a pattern searched only in the clauses that hold its words finds the same matches
    /// with the same groups as the whole pattern on the whole text.
    @Test("clause by clause, a pattern finds what it finds in the whole text")
    func clausesFindTheSame() throws {
        let rows = try Phrasing.table()
        let sample = rows.enumerated().filter { $0.offset % 160 == 0 || $0.element.prompt.count > 300 }.map(\.element)
        let rules = PromptInterpreter.rules.filter { !$0.pattern.splitting.isEmpty }
        #expect(rules.count > PromptInterpreter.rules.count / 2)
        for row in sample {
            let text = PromptText(row.prompt).text
            // the same with its middle third blanked, as after a rule took it
            var units = Array(text.utf16)
            let third = units.count / 3
            for i in third..<(2 * third) where !UTF16.isTrailSurrogate(units[i]) && !UTF16.isLeadSurrogate(units[i]) { units[i] = 0x1 }
            Self.expectSameAsPlain(rules, on: [text, String(decoding: units, as: UTF16.self)], line: row.line)
        }
    }

    /// What a search finds, as the interpreter reads it: each match's range and groups.
    private static func found(_ matches: [PatternMatch], groups: Int) -> [String] {
        matches.map { m in "\(m.range.location)+\(m.range.length) " + (0...groups).map { m[$0] ?? "∅" }.joined(separator: "|") }
    }

    /// On each of `texts`, every rule's pattern finds what its whole expression finds on the whole
    /// text: the same matches with the same groups, the same first match, and whether it occurs.
    private static func expectSameAsPlain(_ rules: [Rule], on texts: [String], line: Int) {
        for t in texts {
            for rule in rules {
                let p = rule.pattern
                let expected = plain(p, t)
                #expect(found(p.matches(in: t), groups: p.regex.numberOfCaptureGroups) == expected, "line \(line): \(p.regex.pattern.prefix(60))")
                #expect(p.firstMatch(in: t).map { found([$0], groups: p.regex.numberOfCaptureGroups) } ?? [] == Array(expected.prefix(1)))
                #expect(p.occurs(in: t) == !expected.isEmpty)
            }
        }
    }

    /// What the whole expression finds, searched the plain way.
    private static func plain(_ p: Pattern, _ text: String) -> [String] {
        let ns = text as NSString
        let all = p.regex.matches(in: text, range: NSRange(location: 0, length: ns.length)).map { PatternMatch(result: $0, in: ns) }
        return found(all, groups: p.regex.numberOfCaptureGroups)
    }

    /// Over a sample of the table and its longest rows, with parts blanked out as the rules see
    /// them: a pattern of alternatives, narrowed to those whose words the text holds or searched
    /// one alternative at a time, finds the same matches with the same groups as the whole pattern.
    @Test("narrowed and one-at-a-time searches find what the whole pattern finds")
    func alternativesFindTheSame() throws {
        let rows = try Phrasing.table()
        let sample = rows.enumerated().filter { $0.offset % 80 == 0 || $0.element.prompt.count > 300 }.map(\.element)
        let rules = PromptInterpreter.rules.filter { $0.pattern.alternatives != nil }
        #expect(rules.count > 50)
        for row in sample {
            let text = PromptText(row.prompt).text
            // the same with its first third blanked, as after a rule took it
            let cut = text.utf16.count / 3
            let blanked = String(repeating: "\u{1}", count: cut) + String(String.UnicodeScalarView(text.unicodeScalars.dropFirst(text.unicodeScalars.prefix { _ in true }.prefix(cut).count)))
            Self.expectSameAsPlain(rules, on: [text, blanked], line: row.line)
        }
    }

    @Test("one alternative at a time: ties go to the earlier alternative, groups keep their numbers, empty matches and emoji", arguments: [
        #"(a)b|a(b)c|(x)?|(?:abc)d|\bq(u)|z+(?=y)|(é)|(🎉)+|ab"#,
        #"(?:(\d+) sec|(\d+)s|no (music)|(music) off|the (song)|(🎂) cake|x|y)"#,
        #"\bmake\s+(it)|\bkeep\s+(them)|(?<=, )(so)|(?:and|but) (then)|^(well)|(done)$|(,)|(\s)"#,
    ])
    func separately(pattern: String) {
        let p = Pattern(pattern, lowercaseInput: true)
        #expect(p.alternatives != nil)
        let texts = [
            "abc abcd abd xx quite zzzy 🎉🎉 é, so make it 30s no music, the song 🎂 cake and then keep them ab done",
            "well, make it 10 sec, 20s, music off — keep them, but then 🎂 cake 🎉 é é abc quq zzy x y, done",
            String(repeating: "ab abc 🎉 ", count: 12) + "x",
            String(repeating: " ", count: 50),
        ]
        for t in texts {
            #expect(Self.found(p.matches(in: t), groups: p.regex.numberOfCaptureGroups) == Self.plain(p, t), "\(pattern) on \(t)")
            #expect(p.occurs(in: t) == !Self.plain(p, t).isEmpty)
        }
    }
}
