import Foundation

/// Complaints and pronouns: "the transitions are too fast", "the music is too loud", 转场太快了,
/// "make them slower", "turn it off" — each about the thing named, or the thing last named.
extension PromptInterpreter {
    /// A verb of how something comes across ("feels", "sounds"), which makes an adjective after it a complaint.
    static let feelVerb = Pattern(#"\b(?:feel|feels|seem|seems|sound|sounds)\b"#)

    /// What a complaint or a pronoun is about.
    enum Topic { case video, photos, transitions, music, title, motion }

    /// "damn small", "super loud", "quite slow": how much too much, said in Singapore without "too".
    /// "is a touch loud", "are a bit slow": a complaint said with a mild degree after "is" or "are".
    private static let mildDegree = Pattern(#"^\s*(?:(?:also|still|really)\s+)?(?:is|are)\s+(?:a bit|a little|a touch|a tad|slightly|rather|somewhat)\s+[a-z]+\b"#)
    /// "so loud", "soooo slow": "so" as the degree of a complaint, before the word complained of.
    private static let soDegree = Pattern(#"\bso+\s+(?:loud|quiet|fast|quick|short|slow|long|big|small|tiny)\b"#)
    /// "why is", "how come", "hows" right before a complaint: the complaint asked as a question.
    private static let askedWhy = Pattern(#"\b(?:(?:why|how come)(?:\s+(?:is|are|s|was|were|does|do))?|whys|hows)\s*$"#)
    /// "i want ", "make ", "i'd like the ": a wish verb right before the thing wished of ("I want it super short").
    private static let wishBefore = Pattern(#"\b(?:want|wanted|make|keep|like|need|prefer|get|have)\s+(?:the\s+|this\s+)?$"#)
    private static let singaporeDegree = Pattern(#"\b(?:damn|super|quite|"# + hinglishDegree + #")\s+(?:too\s+)?[a-z]+\b"#)
    /// "bahut", "bohot", "zyada", "kaafi": "very", "too much" as said in Hinglish ("music bahut loud hai").
    static let hinglishDegree = #"bahut|bohot|bahot|bohat|boht|bht|bahut zyada|zyada|jyada|zada|kaafi|kafi"#

    /// Who writes, right before "keep this short" ("I'll ", "I will try to ", "let me "): the message
    /// is what is kept short, not the video.
    private static let writerKeeps = Pattern(#"\b(?:i\s?'?ll|i will|i\s?'?m going to|i am going to|im gonna|i\s?'?m gonna|let me)\s+(?:(?:try|try to|try and|just)\s+)*$"#)

    static let referenceRules: [Rule] = [
        // "I'd like it really short", "make it very short", "we need the video nice and short", "I want
        // it long": a wish for the video's length with no number, a step that way; giving way to any
        // length said ("keep it short, 12 seconds" keeps the 12 seconds)
        Rule(#"\b(?:want|wanted|like|need|prefer|make|keep|have|get)\s+(?:it|this|the\s+(?:video|movie|slideshow|whole thing|reel))\s+(?:to\s+be\s+)?(?:(?:really|very|super|so|quite|pretty|extra|real|nice and|fairly)\s+)?(short|long)\b(?!\s+(?:enough|as|for|to|than)\b)"#) { m, p in
            // "the intro of the song is slow, make it short": "it" is the thing named last
            guard let said = m[1], m.text.contains("the") || [.video, .photos].contains(lastTopic(before: m.range.location, in: p.text)) else { return nil }
            // "I'll keep this short", "let me keep it short": the message kept short by who writes it, no length
            if writerKeeps.occurs(in: (p.text as NSString).substring(to: m.range.location)) { return Found().notNegatable }
            return lengthSaid.occurs(in: p.text) ? Found().notNegatable : Found(implied: [.scaleDuration(said == "short" ? 0.8 : 1.25)])
        }.needing(["short", "long"]),
        // "the music is too loud", "it's way too long", "the transitions feel too quick"; "songs too
        // loud" (the song's, typed without its apostrophe); "song also too loud lah"; "the music is lowkey too quiet",
        // "the song is honestly too loud", "the title is rather too small": a hedge said before "too"
        Rule(#"\b(?:the\s+)?(?:background\s+)?(music|songs?|bgm|audio|volume|sound|soundtrack|track|transitions?|fades?|cross ?fades?|video|movie|slideshow|it|its|photos?|pictures?|images?|slides?|title|text|zoom(?:ing)?|motion|movement|pans?|panning)\s+(?:(?:also|still|really)\s+)?(?:is\s+|are\s+|feels?\s+|seems?\s+|looks?\s+|sounds?\s+|(?:goes|go|went|move|moves|change|changes)(?:\s+by)?\s+)?(?:way\s+|a bit\s+|a little\s+|much\s+|kind of\s+|kinda\s+|far\s+|just\s+|not\s+|lowkey\s+|low key\s+|honestly\s+|rather\s+)?(?:too\s+|(?:damn|super|quite|"# + hinglishDegree + #")\s+(?:too\s+)?|so+\s+(?=(?:loud|quiet|fast|quick|short|slow|long|big|small|tiny)\b)|(?<=(?:feel|feels|seem|seems|sound|sounds) (?:a bit |a little |kinda |kind of )?)|(?<=\b(?:is|are) )(?:a bit|a little|a touch|a tad|slightly|rather|somewhat)\s+)(loud|quiet|soft|low|fast|quick|short|slow|long|big|large|huge|small|tiny|strong|much|subtle|weak)\b"#) { m, p in
            guard let noun = m[1], let said = m[2] else { return nil }
            // "keep the background sound low": "sound" is the noun here, not "sounds low"
            let afterNoun = m.text.range(of: noun).map { String(m.text[$0.upperBound...]) } ?? m.text
            // "the title damn small sia", "the transitions quite slow leh": the complaint as said in Singapore
            // "the music is a touch loud for my old ears", "the transitions are a bit slow": a mild degree said with "is"
            // "the music is so loud", "song soooo loud": "so" said as "too"
            guard afterNoun.contains("too") || feelVerb.occurs(in: afterNoun) || singaporeDegree.occurs(in: afterNoun)
                    || mildDegree.occurs(in: afterNoun) || soDegree.occurs(in: afterNoun) else { return nil }
            // "I want it super short", "make the video super long": a wish, not a complaint; a step that way,
            // giving way to any length said ("set it to -10 seconds, I want it super short" keeps the length)
            if !afterNoun.contains("too"), ["it", "its", "video", "movie", "slideshow"].contains(noun),
               wishBefore.occurs(in: (p.text as NSString).substring(to: m.range.location)) {
                guard ["long", "short"].contains(said) else { return nil }
                return lengthSaid.occurs(in: p.text) ? Found().notNegatable : Found(implied: [.scaleDuration(said == "short" ? 0.8 : 1.25)])
            }
            // "make the music super quiet", "I want the song super loud": a wish for that level, the
            // opposite of the complaint the same words make without the verb ("the music super loud")
            if !afterNoun.contains("too"), singaporeDegree.occurs(in: afterNoun),
               wishBefore.occurs(in: (p.text as NSString).substring(to: m.range.location)) {
                let wished = ["tiny": "small", "huge": "big", "large": "big", "soft": "quiet", "low": "quiet", "quick": "fast"][said] ?? said
                guard let asComplaint = ["slow": "fast", "fast": "slow", "long": "short", "short": "long", "big": "small", "small": "big", "loud": "quiet", "quiet": "loud"][wished] else { return nil }
                return complaint(topic(of: noun, m.range, p), asComplaint)
            }
            // "why is the music so loud": the question is read whole by the rule after
            if !afterNoun.contains("too"), soDegree.occurs(in: afterNoun),
               askedWhy.occurs(in: (p.text as NSString).substring(to: m.range.location)) { return nil }
            // "the title is too tiny": small said another way
            let adjective = ["tiny": "small", "huge": "big"][said] ?? said
            // "the 7th picture is too long", "photo 3 is too short": that photo's time, not every photo's
            if ["photo", "picture", "image", "slide"].contains(noun), ["long", "short", "fast", "quick", "slow"].contains(adjective) {
                let before = (p.text as NSString).substring(to: m.range.location)
                guard let r = Pattern(#"(?:\bthe\s+)?(?:(\d{1,3})(?:st|nd|rd|th)|(last|final))\s*$"#).firstMatch(in: before) else { return complaint(topic(of: noun, m.range, p), adjective)?.asReason }
                let ref: PhotoRef = r[2] != nil ? .last : .number(Int(r[1] ?? "") ?? 1)
                var f = Found(.scalePhotos(ref, ["long", "slow"].contains(adjective) ? 0.8 : 1.25)).asReason
                f.claims.append(r.range)
                return f
            }
            return complaint(topic(of: noun, m.range, p), adjective)?.asReason
        },
        // "why is the title so tiny", "WHY IS THE MUSIC SO LOUD", "how come the transitions are so slow":
        // a complaint asked as a question
        Rule(#"\b(?:(?:why|how come)\s+(?:is|are|s|was|were|does|do)?|whys|hows)\s*(?:the\s+|this\s+|that\s+|my\s+)?(?:background\s+)?(music|songs?|bgm|audio|volume|sound|soundtrack|track|transitions?|fades?|cross ?fades?|video|movie|slideshow|it|photos?|pictures?|title|text|writing|zoom(?:ing)?|motion|movement)\s+(?:is\s+|are\s+|look\s+|looks\s+|sound\s+|sounds\s+|feel\s+|feels\s+)?(?:still\s+|always\s+|now\s+)?(?:so+|this|that|such)\s+(loud|quiet|soft|fast|quick|short|slow|long|big|huge|small|tiny)\b"#) { m, p in
            guard let noun = m[1], let said = m[2] else { return nil }
            let adjective = ["tiny": "small", "huge": "big", "quick": "fast", "soft": "quiet"][said] ?? said
            return complaint(noun == "writing" ? .title : topic(of: noun, m.range, p), adjective)?.asReason
        }.needing(["why", "how"]),
        // 标题一闪就没了, 标题一下子就不见了, 标题显示的时间太短, 字幕显示的时间太短了: the title gone before it is read,
        // as "the title flashes by" (twice its first length, when no length is said); read before the complaints
        // below, which would take 太短了 as the video's length
        Rule(#"(?:标题|字幕)(?:的字)?(?:一闪|一晃|一下子?|一眨眼|闪一下|刚出来|一出来)(?:就)?(?:没了|不见了|消失了|过去了|没有了|走了|过了|没)|(?:标题|字幕)(?:出现|显示|停留|停)?的?时间(?:有点|太|好)短了?"#) { _, _ in
            complaint(.title, "fast")?.asReason
        },
        // 转场太快了, 音乐太吵, 现在换得太快了 (how it changes, said with the verb), 标题有点大; "家长说太吵了": who said it, at the start of the clause, is part of the complaint
        Rule(#"(?:(?:^|(?<=[,.;!?，。；！？]))\s*\p{Han}{1,6}?(?:都说|说|觉得|嫌|反映|抱怨)(?:了)?)?(音乐|背景音乐|配乐|(?:这首|那首)?歌曲?|声音|音量|转场|过渡|视频|照片|图片|标题|字幕|缩放|动画)?(?:(?:现在|目前|这样)?(?:换|切|变|跳|转|闪|过)得)?(?:(?:有点|也)?太|(?<=音乐|歌|配乐|声音|音量|转场|过渡|视频|标题|字幕|(?:bgm|music|song|title)\s?)好|(?<=标题|字幕)(?:有点|有些))(吵|嘈|响|大声|大|小声|轻|小|快|慢|长|短|强)了?(?:呀|啊|喔|哦)?"#) { m, p in
            guard let word = m[2] else { return nil }
            let t: Topic = m[1].map { topic(of: $0, m.range, p) } ?? lastTopic(before: m.range.location, in: p.text)
            let adjective = ["吵": "loud", "嘈": "loud", "响": "loud", "大声": "loud", "大": "big", "小声": "quiet", "轻": "quiet", "小": "small",
                             "快": "fast", "慢": "slow", "长": "long", "短": "short", "强": "strong"][word] ?? word
            return complaint(t, t == .music && adjective == "big" ? "loud" : t == .music && adjective == "small" ? "quiet" : adjective)?.asReason
        },
        // 标题有点难看，不要了; 这首歌好土，换掉吧; 转场太花了，去掉吧: the thing named in the clause before, then
        // taken away (or the song changed) with no object, as Chinese leaves it out
        Rule(#"(?:不要了|不要它了|不想要了|删掉|删了吧|去掉|拿掉|换掉|换一首|换首歌|换首别的)(?:吧|了|呀|啊)?(?=\s*(?:$|[,.;!?]))"#) { m, p in
            let before = (p.text as NSString).substring(to: m.range.location)
            guard let said = bareVerbClause.firstMatch(in: before) else { return nil }
            let t = lastTopic(before: m.range.location, in: p.text)
            var f: Found
            if m.text.hasPrefix("换") {
                guard t == .music else { return nil }
                f = Found(.music(source: nil)).notNegatable
            } else {
                guard let off = switchedOff(t) else { return nil }
                f = off.notNegatable
            }
            // 这首歌不好听，换一首吧: the clause that named it, said as a complaint with no ask, is why (not one
            // read as a title's words, 这个标题好土: the removal said after it stays the later word)
            if let named = said[1], !named.isEmpty, !named.contains("«"), !chineseAsk.occurs(in: named), musicCue.occurs(in: named) || titleCue.occurs(in: named) {
                let at = (said.text as NSString).range(of: named)
                f.claims.append(NSRange(location: said.range.location + at.location, length: at.length))
            }
            return f
        }.needing(["不要", "不想要", "删", "去掉", "拿掉", "换"]),
        // "the video is dragging", "it feels draggy"
        Rule(#"\b(?:the\s+)?(?:video|movie|slideshow|it|its|this|that)\s+(?:is\s+|feels\s+|seems\s+|looks\s+)?(?:a bit\s+|kind of\s+|kinda\s+|way\s+)?(?:dragging|draggy|drags|boring|sluggish)\b(?:\s+on)?"#) { _, _ in
            complaint(.video, "slow")?.asReason
        },
        // "make them slower", "make it a bit bigger", "make it large", "turn it off"; "the song is too
        // loud, can you lower it": a level said of the music named last
        // "make slower a bit can?", "make louder pls": the pronoun left out, a comparative that ends its clause
        Rule(#"\b(?:make|have|set|get)\s+(?:(them|those|these|it|that|this)\s+|(?=(?:a bit\s+|a little\s+|slightly\s+|much\s+|way\s+)?(?:slower|faster|quicker|longer|shorter|bigger|larger|smaller|louder|quieter|softer|snappier)\b(?:\s+(?:a bit|a little|abit|lah|leh|la|lor|can|pls|please|ok|okay))*\s*(?:$|[,.;!?])))(?:a bit\s+|a little\s+|slightly\s+|much\s+|way\s+|(?<=(?:it|them) )(?:super|really|very|extra)\s+)?(slower|faster|quicker|longer|shorter|bigger|larger|smaller|louder|quieter|softer|slow|fast|quick|short|long|big|large|huge|small|tiny|loud|quiet|soft|snappy|snappier)\b(?!\s+by\s+\d)|\b(?:turn|switch)\s+(it|them|that|this)\s+(off|down|up)\b|\b(lower|raise|reduce|boost|soften)\s+(it|them|that|this)(?:\s+(?:a bit|a little|slightly|some|down))?\b(?!\s+(?:to|by)\s+\d)"#) { m, p in
            if let verb = m[5] {
                // only the music has a level to lower or raise ("lower it" after the title is no size)
                guard lastTopic(before: m.range.location, in: p.text) == .music else { return nil }
                return Found(.adjustMusicVolume(verb == "raise" || verb == "boost" ? 0.1 : -0.1))
            }
            let word = m[2] ?? m[4] ?? ""
            let pronoun = m[1] ?? m[3] ?? ""
            let named = lastTopic(before: m.range.location, in: p.text)
            // "turn these photos into a video and make it longer": "it" is the video; so after transitions
            // named in the plural ("keep the normal crossfades, and make it a bit longer")
            let plural = pronoun == "them" || pronoun == "those" || pronoun == "these"
            let t = named == .photos && !plural ? .video
                : named == .transitions && pronoun == "it" && transitionsInPlural(before: m.range.location, in: p.text) ? .video : named
            if word == "off" { return switchedOff(t) }
            let strong = m.text.contains("much") || m.text.contains("way")
            // "make it quiet": the level quiet music has, not a step down
            if t == .music, ["quiet", "soft", "loud"].contains(word) { return Found(.musicVolume(word == "loud" ? 0.6 : 0.2)) }
            let map = ["slower": "slow", "faster": "fast", "quicker": "fast", "longer": "long", "shorter": "short", "bigger": "big",
                       "larger": "big", "large": "big", "huge": "big", "tiny": "small", "smaller": "small", "louder": "loud", "quieter": "quiet", "softer": "quiet", "down": "quiet", "up": "loud",
                       "slow": "slow", "fast": "fast", "quick": "fast", "short": "short", "long": "long", "big": "big", "small": "small",
                       "loud": "loud", "quiet": "quiet", "soft": "quiet", "snappy": "fast", "snappier": "fast"]
            // "make them slower" is the opposite of "they are too slow"
            let opposite = ["slow": "fast", "fast": "slow", "long": "short", "short": "long", "big": "small", "small": "big", "loud": "quiet", "quiet": "loud"]
            guard let want = map[word], let asComplaint = opposite[want] else { return nil }
            return complaint(t == .video && (want == "big" || want == "small") ? .title : t, asComplaint, strong: strong)
        },
        // "the song is annoying, get rid of it", "the title looks cheap, remove it": a removal of the
        // thing named last (a photo named before is read by the photo pronouns first); "why is the song
        // still in there. take it out": the verb's particle after the pronoun
        Rule(#"\b(?:(?:get rid of|remove|drop|delete|lose|ditch|take out|cut)\s+(it|that|this|them|those)(?:\s+(?:out|off|completely|entirely|altogether))?|(?:take|get|pull|throw)\s+(it|that|this|them|those)\s+out(?:\s+(?:completely|entirely|altogether))?)(?=\s*(?:$|[,.;!?]|\s+(?:and|then|please|pls|plz|too|already|now)\b))"#) { m, p in
            // "the song has 8 seconds of silence at the start, cut that out": the silence, read by the music rules
            guard !Pattern(#"\d\s*(?:seconds?|secs?|s)\s+(?:of\s+)?"# + quietStart).occurs(in: (p.text as NSString).substring(to: m.range.location)) else { return nil }
            return switchedOff(lastTopic(before: m.range.location, in: p.text))
        },
        // 音乐太吵了，直接关掉吧, 标题太丑了，干脆去掉, 啲歌好嘈，關咗佢 (read as 关了它): the thing named last,
        // switched off in a clause of its own
        Rule(#"(?:^|(?<=[,;!?\x{01}]))\s*(?:那|那就|就|干脆|直接|还是|索性|算了)*\s*(?:把它|把它们)?(?:给)?(?:关掉|关了|关闭|去掉|删掉|拿掉|去了|删了)(?:它|它们)?(?:算了|好了)?(?:吧|了|啊|啦)?(?=\s*(?:$|[,.;!?]))"#) { m, p in
            guard m.range.location > 0 else { return nil }
            return switchedOff(lastTopic(before: m.range.location, in: p.text))
        },
        // "with song.mp3 but not too loud": what was named is to stay moderate
        Rule(#"\b(?:but |and |just )?not (?:too|so|very|overly) (loud|quiet|soft|low|loudly)\b"#) { m, p in
            let t = lastTopic(before: m.range.location, in: p.text)
            guard t == .music || (t == .video && p.files.contains(where: { PromptText.audioExtensions.contains(($0 as NSString).pathExtension.lowercased()) })) else { return nil }
            return complaint(.music, m[1] == "loudly" ? "loud" : m[1] ?? "loud")?.notNegatable
        },
        // "with song.mp3 but keep it low"
        Rule(#"\bkeep\s+(?:it|them)\s+(?:nice and\s+|really\s+|very\s+)?(low|quiet|soft|subtle|loud)\b"#) { m, p in
            guard lastTopic(before: m.range.location, in: p.text) == .music || musicCue.occurs(in: p.text)
                    || p.files.contains(where: { PromptText.audioExtensions.contains(($0 as NSString).pathExtension.lowercased()) }) else { return nil }
            return Found(.musicVolume(m[1] == "loud" ? 0.6 : 0.2))
        },
        // "音乐用song.mp3，声音小一些": the sound is the music's
        Rule(#"(?:声音|音量)(?:再|调)?(大|小|高|低|响|轻)(?:一点|一些|点)?"#) { m, p in
            guard musicCue.occurs(in: p.text) || p.files.contains(where: { PromptText.audioExtensions.contains(($0 as NSString).pathExtension.lowercased()) }) else { return nil }
            return Found(.adjustMusicVolume(["大", "高", "响"].contains(m[1] ?? "") ? 0.1 : -0.1))
        },
        // "小声点", "慢一点" after the music or the transitions were named; 小点声儿, 大点儿声, 小声点儿:
        // the same with 点 before 声 and the northern 儿
        Rule(#"(?<![\p{Han}])(?:再)?(?:(小声|大声|轻)(?:一)?点|(小|大)(?:一)?点儿?声)儿?"#) { m, p in
            guard musicCue.occurs(in: p.text) else { return nil }
            return Found(.adjustMusicVolume(m[1] == "大声" || m[2] == "大" ? 0.1 : -0.1))
        },
    ]

    /// The thing named, switched off or taken out ("turn it off", "get rid of it"): no music, no
    /// title, hard cuts, no motion; nil for what cannot be switched off (the video, the photos).
    static func switchedOff(_ topic: Topic) -> Found? {
        switch topic {
        case .music: Found(.noMusic)
        case .title: Found(.noTitle)
        case .transitions: Found(.transition(.cut))
        case .motion: Found(.motion(.off))
        case .video, .photos: nil
        }
    }

    /// The change that answers "X is too ADJECTIVE". A complaint is the reason for a change of
    /// the same setting said outright ("half as long, it's way too long", 缩短一半，太长了) and the
    /// change itself only when nothing else says how much: see ``Found/asReason``.
    static func complaint(_ topic: Topic, _ adjective: String, strong: Bool = false) -> Found? {
        let more = ["quiet", "soft", "low", "short", "small", "subtle", "weak"].contains(adjective)
        let fast = ["fast", "quick"].contains(adjective)
        switch topic {
        case .music:
            guard ["loud", "quiet", "soft", "low", "much", "strong"].contains(adjective) else { return nil }
            return Found(.adjustMusicVolume(more ? 0.1 : -0.1))
        case .transitions:
            let slower = fast || adjective == "short"
            guard slower || ["slow", "long"].contains(adjective) else { return nil }
            return Found(.scaleTransitions(slower ? (strong ? 2 : 1.5) : (strong ? 0.5 : 2.0 / 3)))
        case .video, .photos:
            // "make it a little quieter": the sound of the video is its music
            if topic == .video, ["loud", "quiet", "soft", "low"].contains(adjective) { return complaint(.music, adjective, strong: strong) }
            let longer = fast || adjective == "short"
            guard longer || ["slow", "long"].contains(adjective) else { return nil }
            let f = longer ? (strong ? 1.6 : 1.25) : (strong ? 0.6 : 0.8)
            return Found(topic == .photos ? .scalePhotos(nil, f) : .scaleDuration(f))
        case .title:
            // "the title goes by too fast for me to read": twice its first length, when no length is said
            if fast { return Found(.titleDuration(ms: DraftEditor.titleDurationMs * 2)) }
            guard ["big", "large", "small"].contains(adjective) else { return nil }
            return Found(.scaleTitle(adjective == "small" ? 1.4 : 0.7))
        case .motion:
            guard ["strong", "much", "fast", "big", "subtle", "weak", "small"].contains(adjective) else { return nil }
            return Found(.scaleZoom(more ? 1.5 : 2.0 / 3))
        }
    }

    static func topic(of noun: String, _ range: NSRange, _ p: PromptText) -> Topic {
        switch noun {
        case "it", "its":
            let t = lastTopic(before: range.location, in: p.text)
            return t == .photos ? .video : t
        case _ where musicCue.occurs(in: noun) || ["songs", "volume", "sound", "声音", "音量"].contains(noun) || noun.hasSuffix("歌") || noun.hasSuffix("歌曲"): return .music
        case _ where transitionCue.occurs(in: noun): return .transitions
        case _ where titleCue.occurs(in: noun) || noun == "text" || noun == "字幕": return .title
        case _ where noun.hasPrefix("zoom") || noun.hasPrefix("pan") || noun == "motion" || noun == "movement" || noun == "缩放" || noun == "动画": return .motion
        case _ where noun.hasPrefix("photo") || noun.hasPrefix("picture") || noun.hasPrefix("image") || noun.hasPrefix("slide") || noun == "照片" || noun == "图片": return .photos
        default: return .video
        }
    }

    /// The thing named last before `location` (the video when nothing was).
    static func lastTopic(before location: Int, in text: String) -> Topic {
        let before = (text as NSString).substring(to: location)
        var best: (Topic, Int) = (.video, -1)
        for (t, cue) in [(Topic.music, musicCue), (.transitions, transitionCue), (.title, titleCue), (.motion, motionCue), (.photos, photosCue)] {
            if let m = cue.matches(in: before).last, m.range.location > best.1 { best = (t, m.range.location) }
        }
        return best.0
    }

    /// Whether the transitions named last before `location` were named in the plural ("the normal
    /// crossfades", "fades to black", "between the photos"), so that "it" after them is not they.
    static func transitionsInPlural(before location: Int, in text: String) -> Bool {
        guard let named = transitionCue.matches(in: (text as NSString).substring(to: location)).last else { return false }
        return pluralTransition.occurs(in: named.text)
    }

    /// Transitions named in the plural: "crossfades", "transitions", "fades to black", "dips", "between the photos".
    private static let pluralTransition = Pattern(#"^(?:(?:cross ?)?(?:fades|dips|dissolves|blends|transitions)|xfades|cross ?fades)\b|^between\b.*s$"#)

    /// A clause break right before a verb said with no object (", 不要了", "，就删掉吧"): the thing it acts on
    /// is the one named in the clause before (group 1: that clause).
    static let bareVerbClause = Pattern(#"(?:^|[,.;!?])\s*([^,.;!?]*?)\s*[,.;!?]\s*(?:(?:就|还是|干脆|直接|帮我|麻烦|请|都)\s*)*$"#)

    static let motionCue = Pattern(#"\b(?:zoom(?:s|ing)?|pan(?:s|ning)?|ken burns|motion|movement)\b|缩放|动画|运动"#)
    static let photosCue = Pattern(#"\b(?:photos|pictures|images|slides|pics)\b|照片|图片"#)
}

extension Found {
    /// The words complain ("it's too long", 太长了) rather than ask: their change stands when it is
    /// the only one for its setting, and gives way, without a conflict, to one said outright.
    var asReason: Found {
        var f = self
        f.changes = changes.map { ($0.0, true) }
        return f
    }
}
