/// Cantonese words read as their Mandarin forms, so the Chinese rules read requests written the
/// way people in Hong Kong and Guangdong type them: 標題只喺第三張相出現，大啲 → 标题只在第3张照片出现，大一点.
///
/// Only words with a single reading in a request about a video are listed: 喺 (在), 嘅 (的),
/// 啲 after a size or speed (大啲 → 大一点), 相 counted as a photo (第3张相 → 第3张照片), and
/// 呢 before a measure word (呢张 → 这张; 呢 at a clause's end stays a question word).
enum CantoneseWords {
    /// The Cantonese words the table below reads, with what stands before and after them.
    static let pattern = Pattern(#"喺|嘅|(大|细|細|小|快|慢|长|短|高|低|多|少|鬆|松|紧|光|暗)啲|(?<=张|張)相(?!片|机|册|簿|当|同|似|比|对|关)|呢(?=张|張|个|個|段|首)"#)

    /// Whether `text` may hold a Cantonese word (a byte-cheap test before the pattern runs).
    static func mayOccur(in text: String) -> Bool {
        text.contains("喺") || text.contains("嘅") || text.contains("啲") || text.contains("相") || text.contains("呢")
    }

    /// The Mandarin form of one match of ``pattern``.
    static func mandarin(_ m: PatternMatch) -> String {
        if let size = m[1] { return (size == "细" || size == "細" ? "小" : size) + "一点" }
        switch m.text {
        case "喺": return "在"
        case "嘅": return "的"
        case "相": return "照片"
        case "呢": return "这"
        default: return m.text
        }
    }
}
