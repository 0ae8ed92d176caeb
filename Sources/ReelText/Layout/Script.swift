/// Character classes that font fallback and line breaking need.
extension Unicode.Scalar {
    /// Chinese, Japanese or Korean: ideographs, kana, hangul, CJK punctuation and full-width forms.
    var isCJK: Bool {
        switch value {
        case 0x2E80...0x2FDF, 0x3000...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA960...0xA97F, 0xAC00...0xD7AF, 0xF900...0xFAFF, 0xFE30...0xFE4F,
             0xFF00...0xFFEF, 0x20000...0x3FFFF: true
        default: false
        }
    }

    /// Hiragana or katakana (Japanese).
    var isKana: Bool { (0x3040...0x30FF).contains(value) || (0x31F0...0x31FF).contains(value) || (0xFF66...0xFF9F).contains(value) }

    /// Hangul (Korean).
    var isHangul: Bool { (0xAC00...0xD7AF).contains(value) || (0x1100...0x11FF).contains(value) || (0x3130...0x318F).contains(value) }

    /// Drawn as nothing and never reported as missing: controls, format characters (joiners,
    /// marks of direction) and variation selectors.
    var isIgnorable: Bool {
        switch properties.generalCategory {
        case .control, .format: return true
        default: return (0xFE00...0xFE0F).contains(value) || (0xE0100...0xE01EF).contains(value)
        }
    }

    /// A space a line may break after (it is dropped at the end of a line).
    var isBreakingSpace: Bool {
        properties.isWhitespace && value != 0x00A0 && value != 0x202F && value != 0x2007
    }

    /// A line must not start with it: closing brackets and CJK full stops and commas.
    var isClosingPunctuation: Bool {
        "、。，．・：；！？）」』】〕〉》〙〗～ー）]}!?,.:;%".unicodeScalars.contains(self)
    }

    /// A line must not end with it: opening brackets.
    var isOpeningPunctuation: Bool { "（「『【〔〈《〘〖([{".unicodeScalars.contains(self) }
}
