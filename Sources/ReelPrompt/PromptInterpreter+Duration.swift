import ReelTimeline

/// Lengths: "30-second", "a 1-minute video", "45s", "半分钟", "3 seconds each", "shorter".
extension PromptInterpreter {
    static let number = #"(\d+(?:\.\d+)?)"#
    static let secondUnit = #"(?:seconds?|secs?|s|秒钟?)"#
    static let minuteUnit = #"(?:minutes?|mins?|分钟|分)"#
    static let photoNoun = #"(?:photos?|pictures?|images?|pics?|slides?|shots?|ones?)"#

    static let durationRules: [Rule] = [
        // per photo
        Rule(number + #"\s*"# + secondUnit + #"\s*(?:each|apiece|a piece|per (?:photo|picture|image|pic|slide|shot)|a (?:photo|picture|image|slide)|for each (?:one|photo|picture|image)|on each (?:photo|picture|image)|each (?:photo|picture|image|slide))\b"#) { m, _ in
            photo(seconds: m.number(1))
        },
        Rule(#"\b(?:each|every) (?:photo|picture|image|slide|pic|shot|one)s? (?:for |lasts? |lasting |shown for |on screen for |of |at |gets |should last |stays? (?:for )?)?"# + number + #"\s*"# + secondUnit + #"\b"#) { m, _ in
            photo(seconds: m.number(1))
        },
        Rule(#"\b(?:show|display|hold|keep) (?:each|every) (?:photo|picture|image|one|slide) (?:on screen )?(?:for )?"# + number + #"\s*"# + secondUnit + #"\b"#) { m, _ in
            photo(seconds: m.number(1))
        },
        Rule(#"每张(?:照片|图片|图)?\s*(?:显示|停留|展示|放)?\s*"# + number + #"\s*秒钟?|"# + number + #"\s*秒钟?\s*(?:一张|每张)"#) { m, _ in
            photo(seconds: m.number(1) ?? m.number(2))
        },
        // total, minutes and seconds
        Rule(#"(?<![\d.])"# + number + #"\s*"# + minuteUnit + #"\s*(?:and\s*)?"# + number + #"\s*"# + secondUnit + #"(?![a-z])"#) { m, _ in
            guard let mins = m.number(1), let secs = m.number(2) else { return nil }
            return total(seconds: mins * 60 + secs)
        },
        Rule(#"(?<![\d.:])"# + number + #"\s*(?:(?:minutes?|mins?)\b|分钟|分(?!辨))"#) { m, _ in
            m.number(1).flatMap { total(seconds: $0 * 60) }
        },
        Rule(#"(?<![\d.:x])"# + number + #"\s*(?:(?:seconds?|secs?|s)(?![a-z])|秒钟?)"#) { m, _ in
            total(seconds: m.number(1))
        },
        // relative
        Rule(#"\btwice as long\b|\bdouble (?:the )?(?:length|duration)\b|长一倍"#) { _, _ in Found(.scaleDuration(2)) },
        Rule(#"\bhalf as long\b|\bhalf the (?:length|duration)\b|\bcut it in half\b|短一半"#) { _, _ in Found(.scaleDuration(0.5)) },
        Rule(#"\b(a bit |a little |slightly |much |a lot |way )?(shorter|longer|quicker|faster|slower)(?: (?:pace|paced|pacing|video|overall))?\b|\bspeed (?:it )?up\b|\bslow (?:it )?down\b"#) { m, _ in
            let word = m[2] ?? (m.text.contains("up") ? "shorter" : "longer")
            let strong = m[1]?.contains("much") == true || m[1]?.contains("lot") == true || m[1]?.contains("way") == true
            let shorter = ["shorter", "quicker", "faster", "shorter"].contains(word) || m.text.contains("speed")
            return Found(.scaleDuration(shorter ? (strong ? 0.6 : 0.8) : (strong ? 1.6 : 1.25)))
        },
        Rule(#"(?:再|更)?(?:短|快)(?:一点|一些|点)|更短|更快|缩短|(?:再|更)?(?:长|慢)(?:一点|一些|点)|更长|更慢|加长|延长"#) { m, _ in
            let shorter = m.text.contains("短") || m.text.contains("快")
            return Found(.scaleDuration(shorter ? 0.8 : 1.25))
        },
    ]

    static let totalRange = 1000...3_600_000
    static let photoRange = 300...600_000

    static func total(seconds: Double?) -> Found? {
        guard let s = seconds, s > 0 else { return nil }
        let ms = FrameTime.ms(seconds: s)
        let c = min(max(ms, totalRange.lowerBound), totalRange.upperBound)
        let f = Found(.totalDuration(ms: c))
        return c == ms ? f : f.note("a total length of \(FrameTime.secondsText(ms)) s is outside 1 s – 1 hour; using \(FrameTime.secondsText(c)) s")
    }

    static func photo(seconds: Double?) -> Found? {
        guard let s = seconds, s > 0 else { return nil }
        let ms = FrameTime.ms(seconds: s)
        let c = min(max(ms, photoRange.lowerBound), photoRange.upperBound)
        let f = Found(.photoDuration(ms: c))
        return c == ms ? f : f.note("\(FrameTime.secondsText(ms)) s per photo is outside 0.3 s – 10 minutes; using \(FrameTime.secondsText(c)) s")
    }
}
