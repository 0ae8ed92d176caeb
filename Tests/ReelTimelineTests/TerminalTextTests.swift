import Testing
import ReelTimeline

@Suite("Terminal-safe text")
struct TerminalTextTests {
    @Test(arguments: [
        ("title\u{1B}]0;pwned\u{07}after", "titleafter"),
        ("a\u{1B}]8;;http://x\u{1B}\\link\u{1B}]8;;\u{1B}\\b", "alinkb"),
        ("\u{1B}[2Jclear", "clear"),
        ("\u{1B}[1;31mred\u{1B}[0m", "red"),
        ("c1\u{9B}2Jcsi", "c1csi"),
        ("c1\u{9D}0;t\u{9C}osc", "c1osc"),
        ("\u{1B}Pdcs\u{1B}\\x", "x"),
        ("\u{1B}cReset", "Reset"),
        ("bell\u{07}", "bell\\u{7}"),
        ("cr\roverwrite", "cr\\u{D}overwrite"),
        ("del\u{7F}", "del\\u{7F}"),
        ("c1\u{85}", "c1\\u{85}"),
        ("bidi\u{202E}txt", "bidi\\u{202E}txt"),
        ("keep\nlines\tand tabs, ünïcödé 写真 🎬", "keep\nlines\tand tabs, ünïcödé 写真 🎬"),
        ("trailing\u{1B}", "trailing"),
        ("open\u{1B}]0;never closed", "open"),
    ])
    func escapesAndControlsNeverSurvive(input: String, expected: String) {
        let out = TerminalText.sanitized(input)
        #expect(out == expected)
        #expect(!out.unicodeScalars.contains { TerminalText.isUnsafeForTest($0) })
    }

    @Test func oneLineEscapesNewlines() {
        #expect(TerminalText.oneLine("a\nb\tc\u{1B}[2J") == "a\\nb\\tc")
    }
}

extension TerminalText {
    static func isUnsafeForTest(_ c: Unicode.Scalar) -> Bool {
        (c.value < 0x20 && c.value != 0x0A && c.value != 0x09) || (0x7F...0x9F).contains(c.value)
    }
}
