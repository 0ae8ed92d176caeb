/// Makes text that Reel did not write safe to print on a terminal.
///
/// Everything that comes from a server, a file name, a draft or a prompt goes through
/// `sanitized` before it is printed: escape sequences (CSI `ESC [`, OSC `ESC ]` up to BEL or
/// ST, DCS/SOS/PM/APC up to ST, and two-byte `ESC x`) are removed whole, including their
/// 8-bit C1 forms (`0x9B`, `0x9D`, …); every other C0/C1 control character, DEL and the
/// bidirectional overrides are shown escaped (`\u{7}`) instead of acting on the terminal.
/// Newline and tab are kept.
public enum TerminalText {
    /// `text` with escape sequences removed and other control characters shown escaped.
    public static func sanitized(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            switch c.value {
            case 0x0A, 0x09:
                out.append(c)
                i += 1
            case 0x1B:
                i = skipEscape(scalars, from: i + 1)
            case 0x9B: // C1 CSI
                i = skipCSI(scalars, from: i + 1)
            case 0x90, 0x98, 0x9D, 0x9E, 0x9F: // C1 DCS, SOS, OSC, PM, APC
                i = skipString(scalars, from: i + 1)
            default:
                if isUnsafe(c) {
                    out.append(contentsOf: escaped(c).unicodeScalars)
                } else {
                    out.append(c)
                }
                i += 1
            }
        }
        return String(out)
    }

    /// Like `sanitized`, and newlines and tabs are shown escaped too: for a value that must stay
    /// on one line (an id, a file name inside a message).
    public static func oneLine(_ text: String) -> String {
        sanitized(text).replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\t", with: "\\t")
    }

    /// True for what must not reach a terminal raw: C0 (but newline and tab), DEL, C1, and the
    /// bidirectional embedding, override and isolate controls.
    static func isUnsafe(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x00...0x1F: c.value != 0x0A && c.value != 0x09
        case 0x7F...0x9F: true
        case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: true
        default: false
        }
    }

    private static func escaped(_ c: Unicode.Scalar) -> String {
        "\\u{" + String(c.value, radix: 16, uppercase: true) + "}"
    }

    /// After `ESC`: the index just past the sequence it starts.
    private static func skipEscape(_ s: [Unicode.Scalar], from i: Int) -> Int {
        guard i < s.count else { return i }
        switch s[i] {
        case "[": return skipCSI(s, from: i + 1)
        case "]", "P", "X", "^", "_": return skipString(s, from: i + 1)
        default:
            // Intermediate bytes (0x20–0x2F), then one final byte.
            var j = i
            while j < s.count, (0x20...0x2F).contains(s[j].value) { j += 1 }
            return min(j + 1, s.count)
        }
    }

    /// Parameter and intermediate bytes up to the final byte (0x40–0x7E). A control character
    /// inside ends the sequence without being consumed.
    private static func skipCSI(_ s: [Unicode.Scalar], from i: Int) -> Int {
        var j = i
        while j < s.count {
            let v = s[j].value
            if (0x40...0x7E).contains(v) { return j + 1 }
            if !(0x20...0x3F).contains(v) { return j }
            j += 1
        }
        return j
    }

    /// A control string (OSC, DCS, …) up to BEL, `ESC \` or the C1 ST (0x9C).
    private static func skipString(_ s: [Unicode.Scalar], from i: Int) -> Int {
        var j = i
        while j < s.count {
            switch s[j].value {
            case 0x07, 0x9C: return j + 1
            case 0x1B: return j + 1 < s.count && s[j + 1] == "\\" ? j + 2 : j + 1
            default: j += 1
            }
        }
        return j
    }
}
