import Foundation

/// A feature switched off by name: "title off", "turn the title off", "transitions: none",
/// "disable the zoom", 关掉标题, 转场关了. Read first, so "title: none" is not taken as a title
/// that says "none" and "zoom off" not as a zoom.
extension PromptInterpreter {
    /// The features that can be switched off, as the words people use for them ("the Ken Burns movement" is one).
    private static let feature = #"(title|titles|text|captions?|heading|music|song|soundtrack|audio|background music|bgm|transitions?|cross ?fades?|fades?|dissolves?|(?:pan(?:s|ning)?|zoom(?:s|ing)?)\s*(?:and|n|&|/|\+|or)?\s*(?:pan(?:s|ning)?|zoom(?:s|ing)?)(?: effects?)?|zoom|zooms|zooming|motion|movement|ken ?burns(?: effects?| motion| movement| moves?| zoom| style)?|pan|panning|pans|animations?|effects?)\b"#

    static let switchRules: [Rule] = [
        // "turn off the title", "switch the music off", "disable the zoom", "title off", "transitions: none";
        // one of a chain of asks: "music quieter also title off also make it square"
        Rule(#"\b(?:(?:turn|switch|shut|toggle|flip)\s+off\s+(?:the\s+|all\s+(?:the\s+)?|any\s+)?"# + feature + #"|(?:turn|switch|shut|toggle|flip|take)\s+(?:the\s+|all\s+(?:the\s+)?|any\s+)?"# + feature + #"\s+off(?:\s+(?:completely|entirely|altogether|for good))?|(?:disable|deactivate|kill|mute)\s+(?:the\s+|all\s+(?:the\s+)?|any\s+)?"# + feature + #"|(?<!clip\s)(?<!clips\s)(?<!video\s)(?<!videos\s)(?:the\s+)?"# + feature + #"\s*(?::|=|-)?\s*(?:off|none|disabled|nothing)(?=\s*(?:$|[,.;!?&\x{01}]|\s+(?:and|also|plus|please|pls|plz|thanks|thx|too|as well|then)\b)))"#) { m, p in
            guard let word = m[1] ?? m[2] ?? m[3] ?? m[4] else { return nil }
            // "turn off the audio on the videos": the clips' own sound (the clip rules)
            if word == "audio", onClips.occurs(in: (p.text as NSString).substring(from: NSMaxRange(m.range))) { return nil }
            // "use the phone clips only, max 3 s each, audio off": only clips and no music named, so the clips' sound
            if word == "audio", clipsOnlySaid.occurs(in: p.text), !musicNamedBeside.occurs(in: p.text) { return Found(.clipAudio(on: false)) }
            return Found(off(word))
        }.needing(["off", "none", "disable", "deactivate", "kill", "mute", "nothing"]),
        // "the title remove also", "the music no need lah", "transitions take out pls": the thing named
        // first, then what to do with it, as said in Singapore (a clause of its own)
        Rule(#"\b(?:the\s+|all\s+the\s+)?"# + feature + #"\s+(?:also\s+|oso\s+|pls\s+|please\s+|can\s+)?(?:remove|delete|take out|take away|throw away|no need|dont need|dont want|dun want|not needed)(?:\s+(?:it|them|already|liao))?(?=\s*(?:$|[,.;!?&\x{01}]|\s+(?:also|oso|too|as well|lah|la|leh|lor|pls|please|plz|thanks|thx|can|then|and)\b))"#) { m, p in
            guard let word = m[1] else { return nil }
            // the start of a clause ("… then the title remove also"), not "I want the title remove…"
            guard clauseStart.occurs(in: (p.text as NSString).substring(to: m.range.location)) else { return nil }
            return Found(off(word))
        }.needing(["remove", "delete", "take out", "take away", "throw away", "no need", "dont need", "dont want", "dun want", "not needed"],
                  and: ["title", "text", "caption", "heading", "music", "song", "audio", "bgm", "transition", "fade", "dissolve", "zoom", "pan", "motion", "movement", "ken", "animation", "effect"]),
        // "WHY IS THE SONG STILL IN THERE", "why is the title still on": a complaint that what was
        // asked away is still there, so its removal (one said outright, "take it out", is the same)
        Rule(#"\b(?:why|how come)\s+(?:is|are)\s+(?:the|that|this|those|these|my)\s+"# + feature + #"\s+still\s+(?:(?:in|on)\s+(?:there|here|it|the video)|there|here|on|in)\b"#) { m, _ in
            guard let word = m[1] else { return nil }
            return Found(implied: [off(word)]).notNegatable
        }.needing(["still"]),
        // "fade the music out at the end", "let the song fade in", "could the hymn fade out gently at the end
        // instead of cutting off", "let the song fade away", 音乐结尾淡出: what the music does already
        Rule(#"\b(?:fade|fading)\s+(?:the\s+|my\s+)?(?:music|song|audio|soundtrack|track|tune)\s+(?:out|in|away)\b(?:\s+(?:at|towards?|near)\s+the\s+(?:end|start|beginning|finish))?"# + fadeInsteadOf + #"|\b(?:fade|fading)\s+(?:out|in|away)\s+(?:the\s+|my\s+)?(?:music|song|audio|soundtrack|track|tune)\b(?:\s+(?:at|towards?|near)\s+the\s+(?:end|start|beginning|finish))?"# + fadeInsteadOf + #"|\b(?:the\s+)?(?:music|song|audio|soundtrack|track|tune|hymn|anthem|melody)\s+(?:should\s+|to\s+|can\s+|could\s+|would\s+|will\s+|might\s+)?(?:just\s+|slowly\s+|gently\s+)?(?:(?:fades?|fading)\s+(?:out|in|away)|"# + fadeOutVerb + #")\b(?:\s+(?:gently|slowly|softly|smoothly|gradually|nicely|quietly))?(?:\s+(?:at|towards?|near)\s+the\s+(?:very\s+)?(?:end|start|beginning|finish))?"# + fadeInsteadOf + #"|(?:音乐|背景音乐|配乐|歌)(?:在)?(?:结尾|最后|开头|开始)?(?:要|慢慢)?(?:淡出|淡入|渐弱|渐强)"#) { _, _ in
            Found().note("the music already fades in at the start and out at the end of the video").notNegatable
        },
        // "make the song louder …, then fade it out at the end", "start the song 45 seconds in. bring the
        // volume up and fade it out": "it" is the music when the music is the last thing named before it,
        // also a sentence earlier (not after "… the title at the top, fade it out"); also asked of it:
        // "the song just stops dead at the end, can it fade out instead?", "could it fade out gently", "can it fade away gently?",
        // 歌最后突然就停了，能不能慢慢淡出？ 音乐从第15秒开始放，结尾淡出一下 (the end said instead of "it");
        // with no word for it after "and", "then" or a comma: "can the song be a little louder, and fade
        // out at the end instead of stopping dead?" (the music is what the clause before was about)
        Rule(#"\b(?:(?:fade|fading)\s+it\s+(?:out|in|away)|(?:can|could|would|will|should|might|make|let|have)\s+it\s+(?:just\s+)?(?:(?:fade|fades|fading)\s+(?:out|in|away)|"# + fadeOutVerb + #"))\b(?:\s+(?:gently|slowly|softly|smoothly|gradually|nicely))?(?:\s+(?:at|towards?|near)\s+the\s+(?:very\s+)?(?:end|start|beginning|finish))?(?:\s+instead)?"# + fadeInsteadOf + #"|(?:(?<=\band\s)|(?<=\bthen\s)|(?<=,\s))(?:just\s+)?(?:fade|fades|fading)\s+(?:out|away)\b(?!\s+(?:to|into|from)\b)(?:\s+(?:gently|slowly|softly|smoothly|gradually|nicely))?(?:\s+(?:at|towards?|near)\s+the\s+(?:very\s+)?(?:end|finish))?"# + fadeInsteadOf + #"|(?:能不能|可不可以|可以|能否|让它|把它)\s*(?:慢慢|逐渐)?(?:淡出|渐弱)(?:掉)?|(?:在)?(?:结尾|最后|末尾|快结束)(?:的时候|处|时)?(?:再|要|就)?(?:慢慢|逐渐)?(?:淡出|渐弱)(?:掉)?(?:一下)?"#) { m, p in
            let said = (p.text as NSString).substring(to: m.range.location)
            guard let music = musicNamed.matches(in: said).last,
                  otherNamed.matches(in: said).last.map({ $0.range.location < music.range.location }) ?? true else { return nil }
            return Found().note("the music already fades in at the start and out at the end of the video").notNegatable
        },
        // 关掉标题, 把音乐关了, 转场关掉, 关闭缩放 (配乐关小点 turns it down: the volume rules)
        Rule(#"(?:关掉|关闭|关了|关上)\s*(标题|字幕|文字|音乐|背景音乐|配乐|转场|过渡|缩放(?:和|与|跟|、|/|及)?平移|平移(?:和|与|跟|、|/|及)?缩放|缩放|动画|运动|动效)|(?:把)?(标题|字幕|文字|音乐|背景音乐|配乐|转场|过渡|缩放(?:和|与|跟|、|/|及)?平移|平移(?:和|与|跟|、|/|及)?缩放|缩放|动画|运动|动效)\s*(?:给)?(?:关掉|关闭|关了|关上|关)(?![小低轻])"#) { m, _ in
            guard let word = m[1] ?? m[2] else { return nil }
            return Found(off(word))
        }.needing(["关"]),
        // 把音乐和标题都删掉, 标题跟配乐都不要了: the first of two things removed together (the second is
        // read with the verb by its own rule)
        Rule(#"(?:把)?(背景音乐|音乐|配乐|歌|标题|字幕)(?=\s*(?:和|跟|还有|以及|、)\s*(?:那个|这个)?(?:背景音乐|音乐|配乐|歌|标题|字幕)\s*(?:都|全|也|全部)?\s*(?:给)?(?:去掉|删掉|删除|删了|拿掉|关掉|关了|去了|不要了?|取消))"#) { m, _ in
            guard let word = m[1] else { return nil }
            return Found(off(word))
        }.needing(["和", "跟", "还有", "以及", "、"]),
    ]

    /// A fade-out said in other words: "die away", "trail off", "taper off", "fade off", "wind down"
    /// ("can the music die away gently at the end").
    private static let fadeOutVerb = #"(?:die|dies|dying|trail|trails|trailing|taper|tapers|tapering|fade|fades|fading|peter|peters|petering)\s+(?:away|off|out)|(?:wind|winds|winding)\s+down"#
    /// What a fade-out at the end is asked instead of, its reason: "instead of cutting off",
    /// "instead of stopping dead", "rather than ending abruptly" ("can the song fade out at the end
    /// instead of stopping dead?").
    private static let fadeInsteadOf = #"(?:\s*,?\s*(?:instead of|rather than)\s+(?:just\s+)?(?:(?:cutting|stopping|ending|cutting out|dropping)(?:\s+off)?(?:\s+(?:dead|abruptly|suddenly|sharply|cold|hard|like that))?|(?:an?\s+)?(?:abrupt|sudden|hard|dead)\s+(?:stop|end|ending|cut(?:off)?)))?"#
    /// Words after "turn off the audio" that say whose audio: the clips'.
    /// Where a sentence ends ("… the drop hits. Bring …"): "fade it out" points back only within its sentence.
    /// The music named (a word for it, a music file, 音乐): what "fade it out" can point back at,
    /// and what a reason about the song's intro or a voice it covers goes with (`+StoryClauses`).
    static let musicNamed = Pattern(#"\b(?:music|song|audio|soundtrack|track|tune|bgm)\b|«f[a-z]+»|音乐|配乐|歌"#)
    /// Other things "it" may stand for, named after the music: then "it" is not the music.
    private static let otherNamed = Pattern(#"\b(?:title|caption|text|photos?|pictures?|pics?|images?|slides?|shots?|clips?|video|slideshow|transitions?|whole thing)\b|标题|字幕|照片|图片|视频|转场|画面"#)
    /// What may stand before a thing named first at the start of a clause: nothing, punctuation, or a
    /// joining word or interjection ("…, then the title remove also", "bro the music no need").
    private static let clauseStart = Pattern(#"(?:^|[,.;!?\x{01}]|\b(?:then|and|also|bro|eh|oh|ok|okay|pls|please|lah|leh))\s*$"#)
    private static let onClips = Pattern(#"^\s+(?:on|of|from|in|for)\s+"# + clipWho + #"\b"#)

    /// The setting that switches `word`'s feature off.
    private static func off(_ word: String) -> Setting {
        switch word {
        case "title", "titles", "text", "caption", "captions", "heading", "标题", "字幕", "文字": .noTitle
        case "music", "song", "soundtrack", "audio", "background music", "bgm", "音乐", "背景音乐", "配乐", "歌": .noMusic
        case let w where w.hasPrefix("transition") || w.contains("fade") || w.hasPrefix("dissolve") || w == "转场" || w == "过渡": .transition(.cut)
        default: .motion(.off)
        }
    }
}
