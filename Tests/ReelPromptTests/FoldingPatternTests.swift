import Foundation
import Testing
@testable import ReelPrompt

/// A pattern that folds case is narrowed by its lowercase words in a text's lowercased copy, and
/// searched without folding on a text none of whose characters folds: the same matches either way.
@Suite("Folding patterns narrowed")
struct FoldingPatternTests {
    @Test("how a text's characters fold", arguments: [
        ("make it 30 seconds, 标题叫夏天 🎉 é", Pattern.LetterCase.foldFree),
        ("the title should say Cherry Burl Hollow Form", .asciiCapitals),
        ("ÉTÉ à la plage", .other),
        ("straße", .other),
        ("200 \u{212A}", .other),
        ("", .foldFree),
    ])
    func letterCase(text: String, expected: Pattern.LetterCase) {
        #expect(Pattern.letterCase(of: text) == expected)
    }

    @Test("patterns that match the same folded or not on a fold-free text", arguments: [
        (#"\b(?:music|song)s?\b"#, true),
        (#"[^,.;!?\x{01}]{2,40}?(?=\s*(?:$|[,.;!?]))"#, true),
        (#"\p{Han}+|[a-z0-9'&-]+"#, true),
        (#"\S+\s\W\D(\w)\1"#, true),
        (#"[-a-z]|[\x{4E00}-\x{9FFF}]"#, true),
        (#"(?-i:[A-Z])x"#, false),
        (#"straße"#, false),
        (#"[!-~]"#, false),
        (#"[\x{00}-\x{7F}]"#, false),
        (#"\p{Lu}"#, false),
        (#"\x{41}"#, false),
        (#"[[:upper:]]"#, false),
        (#"\N{LATIN CAPITAL LETTER A}"#, false),
        (#"[\s-z]"#, false),
    ])
    func foldsLikeExact(pattern: String, expected: Bool) {
        #expect(Pattern.foldsLikeExact(pattern) == expected, "\(pattern)")
    }

    @Test("the words of a group that sets folding for its own part are read")
    func scopedFlags() {
        #expect(Pattern.requiredWords(#"(?-i:Make) it (?i:vertical|square)"#) == [["square", "vertical"], [" it "], ["Make"]])
        #expect(Pattern.requiredWords(#"(?i)abc"#) == nil)
        #expect(Pattern.requiredWords(#"(?x)abc"#) == nil)
        #expect(Pattern.caseless([[Array("Title".utf8)]]) == [[Array("title".utf8)]])
        #expect(Pattern.caseless([[Array("ÉTÉ".utf8)]]) == nil)
    }

    /// Patterns that fold case: the title patterns and a few that read the user's own words.
    private static let folding: [Pattern] = [
        PromptText.titlePhrase, PromptText.bareTitle, PromptText.capitalTitle, PromptText.placedTitle, PromptText.titleAs,
        Pattern(#"\b(?:music|song|track|title|caption|vertical|square|photos?|seconds?)\b|\d"#),
        Pattern(#"(?:^|(?<=[,.;!?]))\s*(?:(?:and|but|so)\s+)?(?:the|my|our)\s+[a-z]+\b[^,.;!?]*(?=\s*(?:$|[,.;!?]))"#),
        Pattern(#"(?<![A-Za-z])(?:(?-i:[A-Z][A-Za-z'-]*)|(?i:vlogs?|videos?|reels?))(?![A-Za-z])"#),
        Pattern(#"\b(?:make|set)\s+(?:it|the video)\s+(\d+)\s*(?:seconds?|secs?|s)\b|\b(?:title|caption)\s+(?-i:[A-Z]\w+)"#),
    ]

    /// Over a sample of the table and its longest rows, as typed, in lowercase and in capitals: a
    /// folding pattern, narrowed or searched without folding, finds the same matches with the same
    /// groups, the same first match, and occurs as often, as its whole expression on the whole text.
    @Test("a folding pattern finds what its whole expression finds")
    func sameAsPlain() throws {
        let rows = try Phrasing.table()
        let sample = rows.enumerated().filter { $0.offset % 300 == 0 || $0.element.prompt.count > 450 }.map(\.element)
        #expect(Self.folding.allSatisfy { $0.folds && $0.caseless != nil })
        #expect(Self.folding.contains { $0.caseless?.exact != nil })
        for row in sample {
            for text in [row.prompt, row.prompt.lowercased(), row.prompt.uppercased(), row.prompt + " Été"] {
                for p in Self.folding {
                    let groups = p.regex.numberOfCaptureGroups
                    let expected = Self.plain(p, text)
                    #expect(Self.found(p.matches(in: text), groups: groups) == expected, "line \(row.line): \(p.regex.pattern.prefix(60))")
                    #expect(p.firstMatch(in: text).map { Self.found([$0], groups: groups) } ?? [] == Array(expected.prefix(1)))
                    #expect(p.occurs(in: text) == !expected.isEmpty)
                }
            }
        }
    }

    /// What a search finds: each match's range and groups.
    private static func found(_ matches: [PatternMatch], groups: Int) -> [String] {
        matches.map { m in "\(m.range.location)+\(m.range.length) " + (0...groups).map { m[$0] ?? "∅" }.joined(separator: "|") }
    }

    /// What the whole expression finds, searched the plain way.
    private static func plain(_ p: Pattern, _ text: String) -> [String] {
        let ns = text as NSString
        let all = p.regex.matches(in: text, range: NSRange(location: 0, length: ns.length)).map { PatternMatch(result: $0, in: ns) }
        return found(all, groups: p.regex.numberOfCaptureGroups)
    }
}
