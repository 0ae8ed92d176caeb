import Foundation
import ReelTimeline

/// Lengths: "30-second", "a 1-minute video", "45s", "半分钟", "3 seconds each", "shorter".
extension PromptInterpreter {
    static let number = #"(\d+(?:\.\d+)?)"#
    static let secondUnit = #"(?:seconds?|secs?|s|秒钟?)"#
    static let minuteUnit = #"(?:minutes?|mins?|m|分钟|分)"#
    static let photoNoun = #"(?:photos?|pictures?|images?|pics?|slides?|shots?|ones?)"#

    /// Read before the numbers, which would take "a minute" as the video's length.
    static let rateRules: [Rule] = [
        // "twelve photos per minute", 每分钟12张: a rate is each photo's length (60 s / 12 = 5 s a photo)
        Rule(#"\b(\d+(?:\.\d+)?)\s*"# + photoNoun + #"\s*(?:per|a|an|each|every|/|(1))\s*(minute|min|second|sec)\b|每分钟\s*(\d+(?:\.\d+)?)\s*张|(\d+(?:\.\d+)?)\s*张\s*(?:每分钟|/\s*分钟|一分钟)"#) { m, p in
            // "30 pictures a minute" (normalised to "1 minute"), not "30 pictures, 1 minute"
            if m[2] != nil, !Pattern(#"\ban?\s+(?:minute|min|second|sec)\b"#).occurs(in: p.said(m.range).lowercased()) { return nil }
            guard let n = m.number(1) ?? m.number(4) ?? m.number(5), n > 0 else { return nil }
            let unit: Double = (m[3] ?? "minute").hasPrefix("s") ? 1 : 60
            return photo(seconds: unit / n)
        }.needing(["photo", "picture", "image", "pic", "slide", "shot", "one", "张"]),
    ]

    static let durationRules: [Rule] = [
        // "no longer than 30 seconds", "not longer than a minute": the bound of the length read with
        // its number, no step longer said no to
        Rule(#"\b(?:(?:no|not|never)\s+|(?:i\s+|we\s+)?(?:dont|do not|doesnt|does not|shouldnt|should not|cant|cannot|mustnt|must not)\s+(?:(?:want|need|like)\s+)?(?:(?:it|the video|this|the whole thing|the slideshow)\s+)?(?:to\s+)?(?:be\s+|go\s+|run\s+|last\s+)?)(?:any\s+)?(?:longer|shorter)\s+than\b"#) { _, _ in Found().notNegatable },
        // 20%长一点, 长20%, 缩短20%: the video's length by a percentage (the transitions' when they were named last)
        Rule(#"(\d+(?:\.\d+)?)\s*%\s*(?:的)?(长|短|慢|快)(?:一点|一些|点)?|(延长|加长|拉长|缩短|长|短)\s*(\d+(?:\.\d+)?)\s*%"#) { m, p in
            guard let v = m.number(1) ?? m.number(4), v > 0, v < 1000 else { return nil }
            let w = m[2] ?? m[3] ?? ""
            let shorter = w.contains("短") || w == "快"
            guard !shorter || v < 100 else { return Found().note("\(NumberWords.format(v))% shorter would leave nothing; the length is unchanged") }
            let f = shorter ? 1 - v / 100 : 1 + v / 100
            return lastTopic(before: m.range.location, in: p.text) == .transitions ? Found(.scaleTransitions(f)) : Found(.scaleDuration(f))
        }.needing(["%"]),
        // "chill vibe", "a relaxed feel": the pace as a feel, giving way to any length said outright
        Rule(#"\b(chill|chilled|relaxed|laid ?back|mellow|easygoing|unhurried|slow|slower|fast|faster|quick|energetic|upbeat|punchy)\s+(?:vibes?|feel|feeling|mood|energy)\b"#) { m, _ in
            Found(implied: [.scaleDuration(["fast", "faster", "quick", "energetic", "upbeat", "punchy"].contains(m[1] ?? "") ? 0.8 : 1.25)])
        }.needing(["vibe", "feel", "mood", "energy"]),
        // "fade through black, slowly", "chill vibe, slow", "zoom in, gently": a clause of one word
        // about the thing named last (the transitions, the motion, else the video's pace)
        Rule(#"(?:^|(?<=[,.;!?]))\s*(?:(?:and|but|also|just|nice and|very|really|super|a bit|a little|pretty|kinda|kind of)\s+)*(slowly|slow|slower|quickly|fast|quick|faster|quicker|gently)(?:\s+(?:please|pls|plz|too|though))?(?=\s*(?:$|[,.;!?]))"#) { m, p in
            let slower = ["slowly", "slow", "slower", "gently"].contains(m[1] ?? "")
            switch lastTopic(before: m.range.location, in: p.text) {
            case .transitions: return transitionSpeed(slower: slower, strong: false, noun: nil)
            case .motion: return Found(.scaleZoom(slower ? 2.0 / 3 : 1.5))
            // "export it, quick": hurry, not a pace; "slow", "slowly", "faster" are the video's pace
            default: return ["quick", "quickly", "gently"].contains(m[1] ?? "") ? nil : Found(implied: [.scaleDuration(slower ? 1.25 : 0.8)])
            }
        }.needing(["slow", "fast", "quick", "gently"]),
        // "just a bit longer than the default", "shorter than it is now", "a lot longer than the first cut":
        // a step from what the video is
        Rule(#"\b(a bit |a little |slightly |a touch |much |a lot |way )?(shorter|longer|quicker|faster|slower)\s+than\s+(?:the\s+|it\s+|its\s+)?(?:default(?:\s+(?:one|length|version|setting))?|usual|standard|normal|now|before|(?:it\s+)?(?:is|was)(?:\s+(?:now|right now|before))?|(?:current|present|original|last|previous|first|1st)\s+(?:one|1|version|cut|draft|length|video)|original|this|that)\b"#) { m, p in
            let shorter = ["shorter", "quicker", "faster"].contains(m[2] ?? "")
            let strong = m[1]?.contains("much") == true || m[1]?.contains("lot") == true || m[1]?.contains("way") == true
            if lastTopic(before: m.range.location, in: p.text) == .transitions,
               transitionPronoun.occurs(in: (p.text as NSString).substring(to: m.range.location)) {
                return transitionSpeed(slower: !shorter, strong: strong, noun: nil)
            }
            return Found(.scaleDuration(shorter ? (strong ? 0.6 : 0.8) : (strong ? 1.6 : 1.25)))
        }.needing(["than"]),
        // relative
        Rule(#"(\d+(?:\.\d+)?)\s*(?:%|percent)\s+(longer|shorter|slower|faster|quicker)\b|\b(increase|extend|lengthen|reduce|decrease|shorten|cut|trim)\s+(?:the\s+)?(?:length|duration|video|it)?\s*by\s+(\d+(?:\.\d+)?)\s*(?:%|percent)"#) { m, _ in
            guard let p = m.number(1) ?? m.number(4), p > 0, p < 1000 else { return nil }
            let shorter = m[2] == "shorter" || m[2] == "faster" || m[2] == "quicker" || ["reduce", "decrease", "shorten", "cut", "trim"].contains(m[3] ?? "")
            guard !shorter || p < 100 else { return Found().note("\(NumberWords.format(p))% shorter would leave nothing; the length is unchanged") }
            return Found(.scaleDuration(shorter ? 1 - p / 100 : 1 + p / 100))
        },
        Rule(#"\b(\d+(?:\.\d+)?)\s*(?:x|times)\s+(?:as\s+)?(longer|long|shorter|short|faster|fast|quicker|slower|slow)\b|\b(triple|quadruple)(?: the (?:length|duration|video)| it)?\b|\ba (3rd|quarter|4th) (longer|shorter)\b|\b(cut|reduce|shorten|trim|increase|extend|lengthen)\s+(?:it\s+|the length\s+|the video\s+|the duration\s+)?by\s+(?:a|one)\s+(3rd|quarter|4th)\b"#) { m, _ in
            if let verb = m[6] {
                let part = m[7] == "3rd" ? 1.0 / 3 : 0.25
                return Found(.scaleDuration(["increase", "extend", "lengthen"].contains(verb) ? 1 + part : 1 - part))
            }
            if let n = m.number(1), n > 0 {
                let shorter = ["short", "shorter", "fast", "faster", "quicker"].contains(m[2] ?? "")
                guard n <= 10 else { return nil }
                return Found(.scaleDuration(shorter ? 1 / n : n))
            }
            if let w = m[3] { return Found(.scaleDuration(w == "triple" ? 3 : 4)) }
            let part = m[4] == "3rd" ? 1.0 / 3 : 0.25
            return Found(.scaleDuration(m[5] == "longer" ? 1 + part : 1 - part))
        },
        // pace
        Rule(#"\b(fast|faster|quick|quicker|rapid|snappy|snappier|brisk|slow|slower|relaxed|leisurely)[ ]?(?:paced?|pacing|tempo|rhythm|speed)\b|\b(snappy|snappier|upbeat|energetic|punchy|punchier)\b"#) { m, p in
            let w = m[1] ?? m[2] ?? ""
            let f = ["slow", "slower", "relaxed", "leisurely"].contains(w) ? 1.25 : 0.8
            if m[2] != nil {
                // "quicker transitions please, it should feel snappy": the feel of the transitions named before;
                // "set each photo to -2 seconds, I want it snappy": the reason for a length said (even one refused)
                if lastTopic(before: m.range.location, in: p.text) == .transitions || lengthSaid.occurs(in: p.text) {
                    return Found().notNegatable
                }
            }
            // "12 seconds, keep it punchy": a feel said beside a length does not rescale it; nor does
            // the kind of video it is ("2 seconds per photo. it's a fast-paced menu promo")
            let describes = m[1] != nil && lengthSaid.occurs(in: p.text)
                && Pattern(#"\ban?\s+$"#).occurs(in: (p.text as NSString).substring(to: m.range.location))
            return m[2] != nil || describes ? Found(implied: [.scaleDuration(f)]) : Found(.scaleDuration(f))
        },
        // "less rushed", "not so hurried", "it's too long": the pace or the length complained about
        // "wah so short", "it's so rushed": the same complaint
        Rule(#"\b(?:less|not so|not as|way too|too)\s+(rushed|hurried|frantic|draggy|slow|long|short)\b|\bso\s+(short|rushed|hurried|draggy)\b|\b(?:it|video|thing|slideshow|whole thing|its)\s+(?:is |feels |seems |looks |s )?(?:a bit |a little |way |much )?too (long|short|slow|fast|quick|rushed)\b"#) { m, p in
            let w = m[1] ?? m[3] ?? m[2] ?? ""
            let negated = Pattern(#"^(?:less|not)"#).occurs(in: m.text)
            // "less rushed", "too slow", "too long": shorter or longer by the usual step
            let longer = negated ? ["rushed", "hurried", "frantic"].contains(w) : ["rushed", "fast", "quick", "short"].contains(w)
            if !negated, ["long", "short"].contains(w), lastTopic(before: m.range.location, in: p.text) == .transitions { return nil }
            // "too long" complains: the reason for a length said outright in the same request
            return negated ? Found(.scaleDuration(longer ? 1.25 : 0.8)) : Found(.scaleDuration(longer ? 1.25 : 0.8)).asReason
        },
        // "trim it", "tighten it up a bit": shorter
        Rule(#"\b(?:trim|tighten)(?: it| the video| things| everything)?(?: up)?(?: a bit| a little)?(?=\s*(?:$|[,.;!?]|please\b|pls\b))"#) { _, _ in Found(.scaleDuration(0.8)) },
        // "nice and slow", "keep it slow": a feel, giving way to any length said outright; not "like a slow sweep
        // of the valley" (the camera move described); "I should be grateful if the film could be slow", "it should
        // be rather slow": the pace wished for, said of the video (not of the transitions or the zoom named before)
        Rule(#"\b(?:nice and|nice n|slow and steady|keep it|keep things|take it|a|something|be(?: quite| rather| fairly| very| really| nice and)?) (slow|relaxed|leisurely|unhurried)\b(?: (?:video|slideshow|one|pace|and (?:steady|relaxed|calm)))?(?! (?:down|zoom|pan|push|sweep|sweeps|drift|glide|scan|tilt|crossfades?|fades?|transitions?|dissolves?|motion|intros?|start|beginning|build|buildup|build-up|songs?|tunes?|tracks?|parts?|sections?|verses?|outros?|ending|tempo|beat|bits?|piano|guitar)\b)"#) { m, p in
            guard !m.text.hasPrefix("be ") || lastTopic(before: m.range.location, in: p.text) == .video else { return nil }
            return Found(implied: [.scaleDuration(1.25)])
        },
        // 要很长很长的, 要超长的, 要特别长 ("I want it really long"): a feel, the same step longer, giving way to any
        // length said outright; not said of a photo, a transition, the title or the song named before it in the clause
        Rule(#"要(?:很|超级?|特别|非常|好)长(?:(?:很|超级?|特别|非常|好)?长)*(?:的|一点)?(?=\s*(?:$|[,，。;；!！?？~～]|\x{01}))"#) { m, p in
            let before = (p.text as NSString).substring(to: m.range.location)
            let clause = before.split(whereSeparator: { ",，。;；!！?？\u{1}".contains($0) }).last.map(String.init) ?? ""
            guard !notTheVideo.occurs(in: clause) else { return nil }
            return Found(implied: [.scaleDuration(1.25)])
        }.needing(["很长", "超长", "超级长", "特别长", "非常长", "好长"]),
        // 缩到一半, 缩短到原来的一半, 剪成一半咁長, "shrink it to half its length": the length halved (第三张缩到一半 is a photo's)
        Rule(#"\b(?:shrink|cut|trim|shorten|reduce|bring)\s+(?:it|the video|the whole thing|everything|the length|the duration)\s+(?:down\s+)?to\s+half\b(?:\s+(?:its|the)\s+(?:length|duration|size))?|(?:(?:总|整体|整个|视频|影片|video)(?:的)?)?(?:时间|时长|长度)?(?<![张图相]|照片|图片|相片)(?:缩短|缩减|缩|剪短|剪|砍|减少|减|压缩|压)(?:到|成|为|至)(?:原来的|现在的|本来的)?一半(?:(?:这么|那么)?长|的长度|的时长|的时间)?"#) { _, _ in Found(.scaleDuration(0.5)) },
        // "trim it down a bit"
        Rule(#"\b(?:trim|cut|shorten|tighten)\s+(?:it|the video|things|everything|the whole thing)\s+(?:down|up)\b(?:\s+a\s+(?:bit|little|touch))?"#) { _, _ in Found(.scaleDuration(0.8)) },
        // "twice the length", "double the length", "2x the duration"
        Rule(#"\btwice as long\b|\b(?:twice|2\s*x|2 times) (?:the|its) (?:length|duration)\b|\bhalf the (?:speed|pace|tempo)\b|\bhalve the (?:speed|pace)\b|\bdouble (?:the )?(?:length|duration|video)\b|\bdouble it\b|长\s*1\s*倍|长一倍|(?:加长|增加|延长|增长|拉长)\s*1\s*倍|(?:(?:总|整体|整个)(?:的)?)?(?:时间|时长|长度)?(?:加倍|翻倍|翻\s*(?:1|个)\s*倍|翻番)"#) { _, _ in Found(.scaleDuration(2)) },
        // 长度变成两倍, 时长延长到原来的3倍, 变成1.5倍长: the length times that; 整体拉长到两倍, 拉长到原来的3倍:
        // a lengthening verb names the length itself (not after a photo: 第三张拉长到两倍)
        Rule(#"(?:总|整体|整个|视频|影片)?(?:的)?(?:时间|时长|长度|总长)(?:要|请)?(?:变成|变为|改成|改为|调成|调到|延长到|加长到|拉长到|延长至|增加到|变)(?:原来的|现在的)?\s*(\d+(?:\.\d+)?)\s*倍(?:长)?|(?:变成|变为|改成|调成|延长到|加长到|拉长到)(?:原来的|现在的)?\s*(\d+(?:\.\d+)?)\s*倍(?:长|的长度|的时长)|(?<![张图相]|照片|图片|相片|转场|过渡|标题|字幕)(?:(?:总|整体|整个|全部)(?:都|再)?)?(?:拉长|延长|加长)(?:到|至|成|为)(?:原来的|现在的)?\s*(\d+(?:\.\d+)?)\s*倍(?:长)?"#) { m, _ in
            guard let k = m.number(1) ?? m.number(2) ?? m.number(3), k > 1, k <= 5 else { return nil }
            return Found(.scaleDuration(k))
        },
        // "half as long", "cut it in half", "make it half can or not" (not "make it half a minute"): the length halved
        Rule(#"\bhalf as long\b|\bhalf the (?:length|duration)\b|\bdouble the (?:speed|pace|tempo)\b|\b(?:2x|twice the) (?:speed|pace)\b|\bcut (?:it|the length|the video|the duration) in half\b|\btwice as fast\b|\bhalve (?:it|the length|the duration)\b|\bmake (?:it|the video|the whole thing|the length) half(?: (?:its|the) (?:length|duration))?(?=\s*(?:$|[,.;!?]|can\b|la\b|lah\b|please\b|pls\b|ok\b|okay\b|or\b))|\b(?:shorten|cut|trim|reduce) (?:it |the video |the length )?by (?:half|50 ?%|50 percent)\b|(?:(?:总|整体|整个|视频|影片|video)(?:的)?)?(?:时间|时长|长度)?(?:短一半|缩短一半|缩减一半|减少一半|砍掉一半|砍一半|减半)"#) { _, _ in Found(.scaleDuration(0.5)) },
        Rule(#"\b(a bit |a little |slightly |much |a lot |way )?(shorter|longer|quicker|faster|slower) ones\b"#) { m, p in
            let shorter = ["shorter", "quicker", "faster"].contains(m[2] ?? "")
            let strong = m[1]?.contains("much") == true || m[1]?.contains("lot") == true || m[1]?.contains("way") == true
            switch lastTopic(before: m.range.location, in: p.text) {
            case .transitions: return transitionSpeed(slower: !shorter, strong: strong, noun: nil)
            default: return Found(.scaleDuration(shorter ? (strong ? 0.6 : 0.8) : (strong ? 1.6 : 1.25)))
            }
        },
        // "no longer than 30 seconds": a comparison names its own measure, no change by the usual step
        Rule(#"\b(a bit |a little |slightly |much |a lot |way )?(shorter|longer|quicker|faster|slower)(?: (?:pace|paced|pacing|video|overall))?\b(?!\s+than\b)|\bspeed (?:it |it all |everything |things |the whole thing |the video )?up\b|\bslow (?:it |it all |everything |things |the whole thing |the video )?down\b"#) { m, p in
            let word = m[2] ?? (m.text.contains("up") ? "shorter" : "longer")
            let strong = m[1]?.contains("much") == true || m[1]?.contains("lot") == true || m[1]?.contains("way") == true
            let shorter = ["shorter", "quicker", "faster", "shorter"].contains(word) || m.text.contains("speed")
            // "the transitions feel rushed. could they be slower?": a pronoun for the transitions named last
            if m[2] != nil, lastTopic(before: m.range.location, in: p.text) == .transitions,
               transitionPronoun.occurs(in: (p.text as NSString).substring(to: m.range.location)) {
                return transitionSpeed(slower: !shorter, strong: strong, noun: nil)
            }
            return Found(.scaleDuration(shorter ? (strong ? 0.6 : 0.8) : (strong ? 1.6 : 1.25)))
        },
        // 总时长拉长一点: the length named, then the verb; 整个视频再长一点, 整体再短一点, 成条片长啲 (the whole
        // video, in Cantonese): the video named, then the verb
        Rule(#"(?:(?:总|整体|整个|视频)?(?:的)?(?:时长|长度|时间|总长)\s*(?:再|稍微)?(?:拉|变|加|延|缩)?|(?:(?:整个|整体|全部|总)(?:的)?)?(?:视频|影片|片子|短片)(?:整体)?(?:也|都)?(?:再|稍微)?(?:拉|变|加|延|缩)?|(?:整个|整体)(?:也|都)?(?:再|稍微)?(?:拉|变|加|延|缩)?)?(?:(?:再|更)?(?:短|快)(?:一点|一些|点)|更短|更快|缩短|(?:再|更)?(?:长|慢)(?:一点|一些|点)|更长|更慢|加长|延长)"#) { m, p in
            let shorter = m.text.contains("短") || m.text.contains("快")
            // "转场慢一点，整个视频再长一点": the video named with the verb is no pronoun for the transitions named before
            // (at the start of its clause: 转场整体再慢一点 is still the transitions')
            if videoNamed.occurs(in: m.text), clauseStart.occurs(in: (p.text as NSString).substring(to: m.range.location)) {
                return Found(.scaleDuration(shorter ? 0.8 : 1.25))
            }
            // "转场太快了，慢一点": about what was just named
            switch lastTopic(before: m.range.location, in: p.text) {
            case .transitions: return transitionSpeed(slower: !shorter, strong: false, noun: nil)
            default: return Found(.scaleDuration(shorter ? 0.8 : 1.25))
            }
        },
    ]

    /// The whole video named before a Chinese "longer" or "shorter" (整个视频再长一点, 总时长短一点; not
    /// 转场时长再长一点, whose length is the transitions' when they were named last).
    private static let videoNamed = Pattern(#"^(?:总|整体|整个|全部|视频|影片|片子|短片)"#)

    /// The end of what comes before a clause's start: nothing, a clause mark, or a word that joins
    /// clauses (然后, 还有, 把 before what it changes).
    private static let clauseStart = Pattern(#"(?:^|[,.;!?，。；！？、\x{01}]|然后|还有|另外|并且|而且|同时|再把|把|将|让)\s*$"#)

    /// "could they be slower", "make them longer": a pronoun, in the words right before, for the things named last.
    static let transitionPronoun = Pattern(#"\b(?:they|them|those|these|those ones|these ones)\s+(?:(?:be|feel|go|are|were|to be|a bit|a little|slightly|much|somewhat|any|even|just)\s+)*$"#)

    static let totalRange = DraftLimits.requestedTotalMs
    static let photoRange = DraftLimits.requestedPhotoMs

    static func total(seconds: Double?) -> Found? {
        guard let s = seconds else { return nil }
        guard s > 0 else { return Found().note("a length of 0 s makes no sense; the length is unchanged").notNegatable }
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

    /// "让它多停一会儿，稍微长一点", "let photo 3 stay longer, a bit longer": a plain "longer" said right
    /// after a named photo was made longer the same way (only a comma or "a bit" between) says that
    /// again; it is read with the photo, not as the whole video's length. Said apart from it ("photo 3
    /// longer, and the whole video longer too") it stands.
    static func foldRestatedPhotoLength(_ changes: inout [Change], _ prompt: PromptText) {
        guard changes.count >= 2 else { return }
        let text = prompt.text as NSString
        for k in changes.indices.reversed() {
            guard case .scaleDuration(let f) = changes[k].setting, !changes[k].implied, f != 1 else { continue }
            let at = changes[k].position
            guard let i = changes.firstIndex(where: { c in
                guard case .scalePhotos(.some, let g) = c.setting, !c.implied, (g > 1) == (f > 1),
                      c.end <= at, at - c.end <= 8, at <= text.length else { return false }
                return restatedLengthGap.occurs(in: text.substring(with: NSRange(location: c.end, length: at - c.end)))
            }) else { continue }
            changes[i].phrase += " … " + changes[k].phrase
            changes.remove(at: k)
        }
    }

    /// What may stand between a photo's own longer or shorter and the same said again: "，稍微", ", a bit".
    private static let restatedLengthGap = Pattern(#"^(?:[\s,，、;；.。!！~～]|儿|了|吧|啊|呀|再|稍微|稍稍|略微?|一点|一些|就|a bit|a little|a tad|just|even|slightly|maybe|bit|little)*$"#)

    /// What a Chinese "really long" may be said of other than the video (第三张, 转场, 标题, 那首歌).
    private static let notTheVideo = Pattern(#"张|转场|过渡|标题|字幕|歌|音乐|片段|clip"#)
}
