/// Chinese numerals to digits where they count something: "三十秒" → "30秒", "半分钟" → "0.5分钟",
/// "一分半" → "1.5分钟", "两分钟" → "2分钟", "第三张" → "第3张", "百分之三十五" → "35%".
///
/// Numerals not followed by a unit stay as they are, so "快一点" (a bit faster) is untouched.
enum ChineseNumbers {
    private static let digits: [Character: Int] = [
        "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
        // the formal numerals of cheques and receipts: 贰秒, 叁拾秒
        "壹": 1, "贰": 2, "貳": 2, "叁": 3, "參": 3, "肆": 4, "伍": 5, "陆": 6, "陸": 6, "柒": 7, "捌": 8, "玖": 9,
    ]

    private static let numeral = "[零〇一二两三四五六七八九十百千万壹贰貳叁參肆伍陆陸柒捌玖拾佰仟]+"
    private static let percent = Pattern("百分之(" + numeral + "|\\d+)", lowercaseInput: true)
    private static let ordinal = Pattern("第(" + numeral + ")", lowercaseInput: true)
    private static let counted = Pattern("(" + numeral + ")(?=\\s*(?:秒|分钟|分|张|帧|倍|个|小时|fps|s\\b))", lowercaseInput: true)
    /// "卖了三十年", "做了二十多年": how many years the user has done something.
    private static let yearsDone = Pattern("(?<=了|过|近|整整)(" + numeral + ")(?=\\s*多?\\s*年(?!级|代))", lowercaseInput: true)
    /// "音量调到六十": a numeral a value is set to.
    private static let setTo = Pattern("(?<=调到|调成|设为|设成|改成|改为|变成|音量)(" + numeral + ")(?=\\s*(?:$|[，,。.;；!！?？%]|的))", lowercaseInput: true)
    /// "1点5秒", "一点五秒", "两点五倍": a decimal said with 点 before a unit; not "快一点5秒", where 一点 is "a bit".
    private static let decimal = Pattern("(?<![快慢长短大小多少高低轻响早晚久近远些])(" + numeral + "|\\d+)\\s?点\\s?([零〇一二三四五六七八九]+|\\d+)(?=\\s*(?:秒|分钟|倍|小时|s\\b))", lowercaseInput: true)
    private static let halfMinute = Pattern("半(?=分钟|个?小时|秒)", lowercaseInput: true)
    private static let minuteAndHalf = Pattern(#"(\d+(?:\.\d+)?)\s*分(?:钟)?半钟?"#, lowercaseInput: true)
    private static let secondAndHalf = Pattern(#"(\d+(?:\.\d+)?)\s*秒(?:钟)?半"#, lowercaseInput: true)

    /// `text` with counting numerals replaced by digits.
    static func convert(_ text: String) -> String {
        var t = MappedText(text)
        convert(&t)
        return t.string
    }

    /// `t` with counting numerals replaced by digits.
    static func convert(_ s: inout MappedText) {
        s.replace(percent) { m in
            let n = m[1].flatMap { Int($0) ?? value(of: $0) }
            return n.map { "\($0)%" } ?? m.text
        }
        if s.units.contains(0x70B9) { // 点
            s.replace(decimal) { m in
                guard let whole = m[1].flatMap({ Int($0) ?? value(of: $0) }), let fraction = m[2] else { return m.text }
                let places = fraction.map { ch in ch.wholeNumberValue.map(String.init) ?? digits[ch].map(String.init) ?? "" }.joined()
                return places.count == fraction.count ? "\(whole).\(places)" : m.text
            }
        }
        s.replace(ordinal) { m in value(of: m[1] ?? "").map { "第\($0)" } ?? m.text }
        s.replace(counted) { m in value(of: m[1] ?? "").map(String.init) ?? m.text }
        if s.units.contains(0x5E74) { s.replace(yearsDone) { m in value(of: m[1] ?? "").map(String.init) ?? m.text } }
        s.replace(setTo) { m in value(of: m[1] ?? "").map(String.init) ?? m.text }
        s.replace(halfMinute) { _ in "0.5" }
        s.replace(minuteAndHalf) { m in
            m.number(1).map { NumberWords.format($0 + 0.5) + "分钟" } ?? m.text
        }
        s.replace(secondAndHalf) { m in
            m.number(1).map { NumberWords.format($0 + 0.5) + "秒" } ?? m.text
        }
    }

    /// The value of a numeral such as 三十五, 十五, 一百二十, 两千, 一万; nil when it is not one.
    static func value(of s: String) -> Int? {
        guard !s.isEmpty else { return nil }
        var total = 0
        var section = 0
        var digit: Int?
        for ch in s {
            if let d = digits[ch] {
                digit = d
                continue
            }
            switch ch {
            case "十", "拾": section += (digit ?? 1) * 10
            case "百", "佰": section += (digit ?? 1) * 100
            case "千", "仟": section += (digit ?? 1) * 1000
            case "万":
                total += (section + (digit ?? 0)) * 10000
                section = 0
            default: return nil
            }
            digit = nil
        }
        return total + section + (digit ?? 0)
    }
}
