/// English number words to digits: "thirty" → 30, "twenty-five" → 25, "a minute and a half" →
/// "1.5 minute", "half a minute" → "0.5 minute", "third" → "3rd".
///
/// Works on lowercased text whose hyphens are already spaces; everything else is left alone.
enum NumberWords {
    static let units: [String: Int] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
        "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    ]
    static let tens: [String: Int] = [
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]
    static let ordinals: [String: Int] = [
        "first": 1, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
        "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
        "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    ]

    /// "a vertical one", "a new one": words after which "one" is a pronoun, not a number.
    static let pronounAfter = ["vertical", "square", "landscape", "portrait", "horizontal", "short", "shorter", "long", "longer",
                               "new", "quick", "nice", "good", "another", "big", "small", "different", "better", "simple", "little"]

    /// "one of the…", "one of my…": words after "one of" that make "one" someone or something, not a number.
    static let partitiveAfter: Set<String> = ["the", "my", "our", "his", "her", "their", "your", "them", "us", "those", "these"]

    /// "one family didn't sign", "one kid blinked": people or a group after "one", which is then
    /// someone, not photo 1 or a length.
    static let someoneAfter: Set<String> = ["family", "person", "parent", "kid", "child", "guy", "girl", "boy", "student",
                                            "client", "customer", "friend", "member", "couple", "guest", "player", "team",
                                            "teacher", "lady", "man", "woman", "mom", "mum", "dad", "grandparent"]

    /// "seconds", "minute", "secs": units after which "one" is a number even after "last" or "the".
    static let lengthUnits: Set<String> = ["second", "seconds", "sec", "secs", "minute", "minutes", "min", "mins"]

    /// Every word the converter reads (for the typo corrector's vocabulary).
    static var vocabulary: [String] { Array(units.keys) + Array(tens.keys) + Array(ordinals.keys) + ["hundred", "second", "half"] }

    /// `text` with number words replaced by digits.
    static func convert(_ text: String) -> String {
        var t = MappedText(text)
        convert(&t)
        return t.string
    }

    /// `t` with number words replaced by digits.
    static func convert(_ t: inout MappedText) {
        t.mapWords { words in
            var out: [(String, used: Int)] = []
            var i = 0
            while i < words.count {
                let w = words[i]
                // "the last one", "this one": a word, not a number
            // "crossfades to last one and a half seconds", "a short one minute video": a length after all
            let lengthOne = w == "one" && i + 1 < words.count && (lengthUnits.contains(words[i + 1])
                || i + 3 < words.count && (words[i + 1] == "and" || words[i + 1] == "&") && words[i + 2] == "a" && words[i + 3] == "half")
            let pronounOne = w == "one" && !lengthOne && i > 0 && ((["last", "first", "this", "that", "other", "each", "every", "the", "next", "final"] + pronounAfter).contains(words[i - 1]) || ordinals[words[i - 1]] != nil
                || words[i - 1].range(of: #"^\d+(?:st|nd|rd|th)$"#, options: .regularExpression) != nil)
                // "one of the parents asked…", "one of my friends": someone, not photo 1
                || w == "one" && i + 2 < words.count && words[i + 1] == "of" && partitiveAfter.contains(words[i + 2])
                // "photos 3 and 8, one family didn't sign": someone, not photo 1
                || w == "one" && i + 1 < words.count && someoneAfter.contains(words[i + 1])
            if !pronounOne, let (value, used) = cardinal(words, at: i) {
                    // "three point five secs", "2 point 5": the digits after "point" are the fraction
                    if let (fraction, more) = decimals(words, at: i + used) {
                        out.append((format(Double(value)) + "." + fraction, used + more))
                        i += used + more
                        continue
                    }
                    out.append((format(Double(value)), used))
                    i += used
                    continue
                }
                if w.allSatisfy(\.isNumber), w.count <= 3, let (fraction, more) = decimals(words, at: i + 1) {
                    out.append((w + "." + fraction, 1 + more))
                    i += 1 + more
                    continue
                }
                if let n = ordinals[w] {
                    out.append((ordinalText(n), 1))
                } else if w == "second", isOrdinalSecond(words, at: i) {
                    out.append(("2nd", 1))
                } else {
                    out.append((w, 1))
                }
                i += 1
            }
            return out
        }
        t.replace(halfA) { m in "0.5 " + (m[1] ?? "") }
        // "quarter-second transitions", "a quarter of a second", "three quarters of a second"
        t.replace(quarterA) { m in (m[1] != nil ? "0.75 " : "0.25 ") + (m[2] ?? "") }
        t.replace(aUnit) { m in "1 " + (m[1] ?? m[2] ?? m[3] ?? "") }
        t.replace(halves) { m in
            // "1 minute and a half" / "1 and a half minutes" / "3 & a half secs"
            if let n = m.number(1) { return format(n + 0.5) + (m[2].map { " " + $0 } ?? "") }
            return m.text
        }
        t.replace(quarters) { m in
            // "a minute and a quarter", "2 and three quarters minutes"
            guard let n = m.number(1) else { return m.text }
            let part = m[3] != nil ? 0.75 : 0.25
            return format(n + part) + (m[2].map { " " + $0 } ?? "")
        }
        t.replace(couple) { _ in "2 " }
        t.replace(aFull) { m in "1 " + (m[1] ?? "") }
    }

    private static let halves = Pattern(#"(\d+(?:\.\d+)?) (?:(minutes?|seconds?|hours?|mins?|secs?) )?(?:and|&) a half"#, lowercaseInput: true)
    private static let quarters = Pattern(#"(\d+(?:\.\d+)?) (?:(minutes?|seconds?|hours?|mins?|secs?) )?(?:and|&) (?:a quarter|(3 quarters|three quarters))"#, lowercaseInput: true)
    private static let halfA = Pattern(#"(?<!and a )(?<!& a )\bhalf (?:a |an )?(minutes?|seconds?|hours?)\b"#, lowercaseInput: true)
    /// "quarter second", "a quarter of a minute", "3 quarters of a second" (not the quarter after "and").
    private static let quarterA = Pattern(#"(?<!and )(?<!and a )\b(?:a )?(?:(3 |three )quarters|quarter)(?: of)?(?: a| an)? (seconds?|minutes?|hours?)\b"#, lowercaseInput: true)
    /// "a minute", "for a second", and "a second" before what says it is a length ("every transition a second
    /// long", "photos a second each", "a second per photo"; not "wait a second", "a second photo").
    private static let aUnit = Pattern(#"\b(?:a|an|one) (minute|hour)\b|(?<=(?:about|around|roughly|lasting|for|just|only|under|over|maybe|approximately|exactly) )(?:a|one) (second)\b|\ba (second)(?= (?:long|each|apiece|a piece|per (?:photo|picture|pic|image|slide|shot|transition|fade)|in length)\b)"#, lowercaseInput: true)
    private static let aFull = Pattern(#"\b(?:a|one) full (second|minute)\b"#, lowercaseInput: true)
    private static let couple = Pattern(#"\ba couple (?:of )?"#, lowercaseInput: true)

    /// A cardinal number starting at `i` ("twenty five", "one hundred twenty"): its value and the words used.
    private static func cardinal(_ words: [String], at i: Int) -> (Int, Int)? {
        var total = 0
        var current = 0
        var j = i
        var any = false
        while j < words.count {
            let w = words[j]
            if let u = units[w] {
                // "twenty five" is one number; "five five" is not
                if any && current % 10 != 0 { break }
                if any && current == 0 && total == 0 { break }
                current += u
            } else if let t = tens[w] {
                if any && current % 100 != 0 { break }
                current += t
            } else if w == "hundred", any {
                current = max(current, 1) * 100
            } else if w == "and", any, current >= 100, j + 1 < words.count, units[words[j + 1]] != nil || tens[words[j + 1]] != nil {
                // "one hundred and twenty"
            } else {
                break
            }
            any = true
            j += 1
        }
        total += current
        return any ? (total, j - i) : nil
    }

    /// "point five", "point 2 5": the digits of a fraction said after a whole number, and the words
    /// they took (with "point"); nil unless "point" is followed by at least one digit.
    private static func decimals(_ words: [String], at i: Int) -> (String, Int)? {
        guard i + 1 < words.count, words[i] == "point" else { return nil }
        var digits = ""
        var j = i + 1
        while j < words.count, digits.count < 3 {
            if let u = units[words[j]], u < 10 { digits += String(u) }
            else if words[j] == "oh" && !digits.isEmpty { digits += "0" }
            else if words[j].count <= 2, words[j].allSatisfy(\.isNumber), digits.isEmpty { digits += words[j] }
            else { break }
            j += 1
        }
        return digits.isEmpty ? nil : (digits, j - i)
    }

    /// "the second photo", "and second": an ordinal; "3 seconds", "a second": a unit of time.
    private static func isOrdinalSecond(_ words: [String], at i: Int) -> Bool {
        let next = i + 1 < words.count ? words[i + 1] : ""
        let photoWords: Set = ["photo", "photos", "picture", "pictures", "image", "images", "pic", "slide", "one", "and", "with", "to", "&"]
        // "second photo: zoom out": the first word, before a photo
        guard i > 0 else { return photoWords.contains(next) && !["and", "with", "to", "&"].contains(next) }
        let prev = words[i - 1]
        if Double(prev) != nil || prev == "a" || prev == "per" || prev == "one" { return false }
        return prev == "the" || prev == "and" || prev == "&" || photoWords.contains(next)
    }

    static func ordinalText(_ n: Int) -> String {
        switch n % 100 {
        case 11, 12, 13: return "\(n)th"
        default:
            switch n % 10 {
            case 1: return "\(n)st"
            case 2: return "\(n)nd"
            case 3: return "\(n)rd"
            default: return "\(n)th"
            }
        }
    }

    /// 30 → "30", 1.5 → "1.5".
    static func format(_ v: Double) -> String {
        v.rounded() == v ? String(Int(v)) : String(v)
    }
}
