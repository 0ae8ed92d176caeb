import Foundation
import ReelTimeline

/// The music's level said with an intensifier or a verb of its own: "turn the music way down",
/// "music way lower", "crank the music", "turn the volume all the way down", "just a hint of
/// music", "music in the background, soft". Read before the other music rules, which take the
/// plain forms ("turn the music down", "quieter music").
extension PromptInterpreter {
    private static let levelNoun = #"(?:the\s+|my\s+|that\s+)?(?:background\s+)?(?:music|song|bgm|soundtrack|track|tune|volume|audio)"#
    private static let amount = #"(?:way|much|a lot|a bit|a little|a tad|a touch|slightly|right|even|somewhat|just a bit|a bunch|loads)"#

    /// A later start in the song said somewhere in the request: "45 seconds in", 从第20秒开始放, 跳过前15秒.
    private static let laterStartSaid = Pattern(#"\b(?:seconds?|secs?|s)\s+(?:in|into)\b|\bskip (?:the )?intro\b|\b(?:at|from) the (?:chorus|drop)\b|秒(?:开始|起|处开始)|从第?\s*\d+\s*秒|跳过前奏|跳过(?:前|开头的?|最前面的?)\s*\d+(?:\.\d+)?\s*秒|\b(?:skip|cut|drop|trim|jump past|skip past)\s+(?:the\s+)?(?:first|1st|opening)\s+\d"#)

    /// The start of the song named: "the intro", "the beginning of the song".
    private static let songStartNamed = Pattern(#"\b(?:intro|opening|beginning)\b"#)

    static let volumeRules: [Rule] = [
        // "take the music out actually no keep the music just quieter", "keep the song but softer": the music
        // kept, at a lower (or higher) level
        Rule(#"\b(?:keep|leave)\s+"# + levelNoun + #"(?:\s+in)?\s*,?\s+(?:(?:but|just|only|and|a bit|a little|a tad|slightly|much|way)\s+)*(quieter|softer|lower|louder|higher)\b"#) { m, _ in
            Found(.music(source: nil), .adjustMusicVolume(m[1] == "louder" || m[1] == "higher" ? 0.1 : -0.1))
        }.needing(["keep", "leave"]),
        // "a bit louder on the music", "go quieter on the song", "go easy on the music": the level said first, the music after "on"
        Rule(#"\b(?:go\s+|a\s+)?(?:"# + amount + #"\s+)*(louder|quieter|softer|lower|higher|easy|easier)\s+on\s+"# + levelNoun + #"\b"#) { m, _ in
            Found(.music(source: nil), .adjustMusicVolume(m[1] == "louder" || m[1] == "higher" ? 0.1 : -0.1))
        }.needing(["louder", "quieter", "softer", "lower", "higher", "easy"], and: [" on "]),
        // "keep it quieter overall", "keep the music a bit softer throughout": louder or quieter said with
        // "keep" (of the sound, which is the music)
        Rule(#"\bkeep\s+(?:it|"# + levelNoun + #")\s+(?:(?:"# + amount + #")\s+)*(quieter|softer|louder)\b(?:\s+(?:overall|throughout|all through|the whole (?:time|way|video|way through)|all the way through))?"#) { m, _ in
            Found(.adjustMusicVolume(m[1] == "louder" ? 0.1 : -0.1))
        }.needing(["keep"], and: ["quieter", "softer", "louder"]),
        // "turn the volume all the way down" (none) or up (full)
        Rule(#"\b(?:turn|bring|put|take|dial|knock|crank|push)\s+"# + levelNoun + #"\s+all the way\s+(down|up)\b|\b(?:turn|bring|dial|crank)\s+(?:it\s+)?all the way\s+(down|up)\s+(?:on\s+)?"# + levelNoun + #"\b"#) { m, _ in
            (m[1] ?? m[2]) == "up" ? Found(.musicVolume(1)) : Found(.noMusic)
        },
        // "turn the music way down", "bring the song down a lot", "crank the music up", "crank the music"
        Rule(#"\b(?:turn|bring|put|take|dial|knock|crank|push|pump|bump|ramp)\s+"# + levelNoun + #"\s+(?:"# + amount + #"\s+)+(down|up|lower|higher)\b(?:\s+"# + amount + #")?|\b(?:crank|blast|pump)\s+(?:up\s+)?"# + levelNoun + #"(?:\s+up)?\b(?!\s+(?:down|lower))"#) { m, _ in
            Found(.adjustMusicVolume(m[1] == "down" || m[1] == "lower" ? -0.1 : 0.1))
        },
        // "turn it way up", "bring it way down": "it" is the music only when up / down is said of it
        Rule(#"\b(?:turn|bring|crank|knock|dial)\s+it\s+(?:"# + amount + #"\s+)+(down|up)\b"#) { m, _ in
            Found(.adjustMusicVolume(m[1] == "down" ? -0.1 : 0.1))
        },
        // "music way lower", "the song a lot quieter", "music even softer"
        Rule(#"\b"# + levelNoun + #"\s+(?:"# + amount + #"\s+)+(lower|quieter|softer|louder|higher)\b"#) { m, _ in
            Found(.adjustMusicVolume(m[1] == "louder" || m[1] == "higher" ? 0.1 : -0.1))
        },
        // "the music can be a bit louder", "the song could go a little quieter", "music should be softer",
        // "the music should be made quieter":
        // the level said after a modal verb
        Rule(#"\b"# + levelNoun + #"\s+(?:can|could|should|needs? to|has to|might|may|would|ought to)\s+(?:(?:maybe|probably|also|still|even|definitely|honestly|stand to)\s+)*(?:be(?:\s+(?:made|turned|set))?|go|get)\s+(?:"# + amount + #"\s+)*(louder|quieter|softer|lower|higher)\b"#) { m, _ in
            Found(.adjustMusicVolume(m[1] == "louder" || m[1] == "higher" ? 0.1 : -0.1))
        }.needing(["louder", "quieter", "softer", "lower", "higher"]),
        // "the music is considerably too loud for so solemn an occasion and should be made quieter", "the song
        // drowns out the speeches and ought to be turned down lower": the level said after a modal verb, after
        // "and" when the music was named before (the complaint between them)
        Rule(#"\b(?:and|but|so)\s+(?:(?:it|that)\s+)?(?:can|could|should|needs? to|has to|must|might|would|ought to)\s+(?:(?:maybe|probably|also|really|definitely)\s+)*(?:be(?:\s+(?:made|turned|set))?|go|get)\s+(?:"# + amount + #"\s+)*(louder|quieter|softer|lower|higher)\b"#) { m, p in
            guard lastTopic(before: m.range.location, in: p.text) == .music else { return nil }
            return Found(.adjustMusicVolume(m[1] == "louder" || m[1] == "higher" ? 0.1 : -0.1))
        }.needing(["louder", "quieter", "softer", "lower", "higher"]),
        // "make music more little sound", "the music make more big sound", "volume more small": a learner's
        // "more" before a size word said of the sound (音乐声音大一点 said word for word), louder or quieter
        Rule(#"\bmore\s+(big|bigger|loud|large|strong|little|small|smaller|soft|quiet|low)\s+(?:sound|volume|voice)\b|\b(?:sound|volume)\s+(?:a\s+(?:bit|little)\s+)?more\s+(big|bigger|loud|large|strong|little|small|smaller|soft|quiet|low)\b"#) { m, p in
            guard musicCue.occurs(in: p.text), let word = m[1] ?? m[2] else { return nil }
            let up = ["big", "bigger", "loud", "large", "strong"].contains(word)
            return Found(.adjustMusicVolume(up ? 0.1 : -0.1))
        }.needing(["more"], and: ["sound", "volume", "voice"]),
        // "just a hint of music", "a touch of music", "a little music in the background"
        Rule(#"\b(?:just\s+)?(?:a\s+)?(?:hint|touch|whisper)\s+of\s+(?:background\s+)?(?:music|song|bgm|soundtrack)\b(?:\s+(?:in the background|underneath|under it|behind it))?"#) { _, _ in
            Found(.musicVolume(0.1), implied: [.music(source: nil)])
        },
        // "add song.mp3 but keep it in the background", "have the song playing softly underneath": the
        // music kept low, said of the music or of "it" right after the music was named
        Rule(#"\b(?:keep|have|leave|put|play|set)\s+(it|that|the\s+(?:music|song|track|bgm|soundtrack|tune))\s+(?:(?:playing|nice and|really|very|just|quietly|softly|quiet|soft|low)\s+)*(?:in the background|underneath|in the back|low in the mix|behind everything)\b"#) { m, p in
            if m[1] == "it" || m[1] == "that" {
                let before = (p.text as NSString).substring(to: m.range.location)
                guard Pattern(#"(?:\b(?:music|song|bgm|soundtrack|track|tune)\b|«f[a-z]+»)[^.;!?]{0,30}$"#).occurs(in: before) else { return nil }
            }
            return Found(.musicVolume(0.2))
        }.needing(["background", "underneath", "in the back", "in the mix", "behind everything"]),
        // "make it longer and louder", "make it shorter and quieter": the music's level said after another
        // change of "it" ("make it louder" alone is read by the music rules)
        Rule(#"\b(?:and|&|but)\s+(?:a\s+(?:bit|little|tad)\s+)?(louder|quieter|softer)\b(?=\s*(?:$|[,.;!?]|(?:and|please|pls|plz|too|as well)\b))"#) { m, p in
            let before = (p.text as NSString).substring(to: m.range.location)
            guard Pattern(#"\b(?:make|get|turn)\s+(?:it|the video|the whole thing|everything)\s+(?:(?:a bit|a little|a tad|much|way)\s+)?[a-z]+\s*$"#).occurs(in: before) else { return nil }
            return Found(.adjustMusicVolume(m[1] == "louder" ? 0.1 : -0.1))
        }.needing(["louder", "quieter", "softer"]),
        // "music in the background, soft": the level said in a clause of its own after the music
        Rule(#"(?<=[,;]\s)(?:and\s+)?(?:nice and\s+|very\s+|really\s+)?(soft|softly|quiet|quietly|low|subtle|loud|loudly)(?=\s*(?:$|[,.;!?]|\s+(?:please|pls|thanks)\b))"#) { m, p in
            let before = (p.text as NSString).substring(to: m.range.location)
            guard Pattern(#"\b(?:music|song|bgm|soundtrack|track|tune)\b[^,.;!?]*[,;]\s*$"#).occurs(in: before) else { return nil }
            return Found(.musicVolume(m[1]?.hasPrefix("loud") == true ? 0.6 : 0.2))
        },
        // "背景音乐用song.mp3，小声放", 音乐轻轻地放, 配乐大声播, 音乐小声放在背景就行: how loud the music plays, said as how to
        // play it (a level, like "soft"), in a clause of its own after the music or right after it
        // (音乐小声点 turns it down: the plain forms); also as what it is for: 配乐用song.mp3，轻轻的当背景就行;
        // or the level alone: 配上song.mp3当背景音乐，轻轻的就行; or right after the file: 配上song.mp3 小小声当背景就好
        Rule(#"(?:(?<=[,;]\s)|(?<=[»\x{01}]\s)|(?<=[»\x{01}])|(?:背景音乐|音乐|配乐|歌曲|歌|bgm)\s*(?:就|要|请)?)(?:小小声|小声|轻声|轻轻|低声|大声)(?:地|的)?(?:(?:放|播放|播|放着|放出来)(?:在|到)?(?:背景|后面|底下)?(?:里|中|上)?|(?:当|做|作为|作)(?:背景音乐|背景音|背景)|(?=就好|就行|就可以))(?:就好|就行|就可以)?(?:吧|着)?(?=\s*(?:$|[,.;!?]))"#) { m, p in
            let before = (p.text as NSString).substring(to: m.range.location)
            guard m.text.contains("音乐") || m.text.contains("配乐") || m.text.contains("歌") || m.text.contains("bgm")
                    || Pattern(#"(?:音乐|配乐|歌|bgm|music|song|«f[a-z]+»)[^,.;!?]*[,;]\s*$"#).occurs(in: before)
                    || (!p.files.isEmpty && Pattern(#"(?:«f[a-z]+»|\x{01})\s*$"#).occurs(in: before)) else { return nil }
            return Found(.musicVolume(m.text.contains("大声") ? 0.6 : 0.2))
        }.needing(["放", "播", "当", "做", "作", "就好", "就行", "就可以"]),
        // "lose the music, the sound of the waves is enough", 不要音乐，海浪的声音就够了: a sound the clips
        // hold, the reason the music goes
        Rule(#"(?:^|(?<=[,.;!?\x{01}]))\s*(?:(?:and|but|since|because|cause|cuz|as|so)\s+)?(?:the\s+|their\s+|its\s+)?(?:(?:sound|sounds|noise|noises|audio)\s+of\s+(?:the\s+|my\s+|our\s+)?(?:[a-z]+\s+){0,2}?[a-z]+|(?:[a-z]+\s+){0,2}?(?:sound|sounds|noise|noises|audio))\s+(?:is|are|s|will be|should be|would be)\s+(?:(?:more than|already|just|plenty|honestly|really)\s+)*(?:enough|plenty|all we need|all i need|music enough)(?:\s+(?:music|on its own|by itself|tbh|honestly))?(?=\s*(?:$|[,.;!?\x{01}]))|(?:^|(?<=[,.;!?\x{01}]))\s*(?:有|留着|保留)?\p{Han}{0,4}?的?(?:声音|声)(?:就)?(?:够了|足够了?|就行了?|就好)(?=\s*(?:$|[,.;!?\x{01}]))"#) { _, p in
            Pattern(#"\b(?:music|song|bgm|soundtrack|track)\b|音乐|配乐|歌"#).occurs(in: p.text) ? Found().notNegatable : nil
        }.needing(["enough", "plenty", "all we need", "all i need", "够", "就行", "就好"]),
        // "the intro of the song is too long, skip the first 10 seconds", "skip the first 15 s of the song": the
        // music starts after what is skipped (said of the song, or beside what is wrong with its start)
        Rule(#"\b(?:skip|cut|drop|lose|trim|jump past|skip past|start after)\s+(?:the\s+)?(?:first|1st|opening)\s+(?<![\d.])(\d+(?:\.\d+)?)\s*(?:seconds?|secs?|s)\b(?:\s+of\s+(?:the\s+|that\s+|this\s+)?(song|music|track|tune|audio|soundtrack|«f[a-z]+»))?"#) { m, p in
            guard let v = m.number(1), v > 0, v <= 3600 else { return nil }
            guard m[2] != nil || (songStartNamed.occurs(in: p.text) && musicCue.occurs(in: p.text)) else { return nil }
            return Found(.musicOffset(ms: FrameTime.ms(seconds: v)), implied: [.music(source: nil)])
        }.needing(["first", "1st", "opening"]),
        // "音乐从第20秒开始放，前面太慢了", "start the song 30 seconds in, the intro is too slow": what is wrong
        // with the part of the song skipped, the reason for a later start
        Rule(#"(?:^|(?<=[,.;!?\x{01}]))\s*(?:(?:because|cause|cuz|since|as)\s+)?(?:the\s+)?(?:intro|beginning|start|opening|first part)(?:\s+of\s+(?:the\s+|that\s+|this\s+)?(?:song|music|track|tune))?\s+(?:is|s|was|feels|gets|drags)\s+(?:(?:way|too|so|really|kinda|a bit|super|pretty)\s+)*(?:slow|long|boring|quiet|dull|draggy|meh)(?:\s+(?:anyway|tbh|lol))?(?=\s*(?:$|[,.;!?\x{01}]))|(?:^|(?<=[,.;!?\x{01}]))\s*(?:因为)?(?:歌曲?的|音乐的)?(?:前面|前奏|开头|前边|前头|一开始)(?:那段|的部分|部分|那部分)?(?:太|有点|有些|比较|实在|真的)*(?:慢|长|拖|无聊|闷|安静|没劲)了?(?:点|一点)?(?:吧|啊)?(?=\s*(?:$|[,.;!?\x{01}]))"#) { _, p in
            guard laterStartSaid.occurs(in: p.text) else { return nil }
            return Found().notNegatable
        }.needing(["intro", "beginning", "start", "opening", "first part", "前面", "前奏", "开头", "前边", "前头", "一开始"]),
        // "the bugle recording has twelve seconds of tape hiss at the beginning. Start the music 12 seconds in",
        // "there's 8 s of crowd noise before the song starts": what is at the start of the recording, the
        // reason for the later start said elsewhere (no length)
        Rule(#"\b\d+(?:\.\d+)?\s*(?:seconds?|secs?|s)\s+of\s+(?:(?:tape|background|crowd|room|mic|microphone|wind|static)\s+)?(?:hiss|hissing|silence|dead air|static|noise|crackle|crackling|talking|chatter|applause|tuning up|tuning|feedback|nothing|count ?in|clicks?)\b(?:\s+(?:at|in)\s+(?:the\s+)?(?:very\s+)?(?:start|beginning|front|top)|\s+before\s+(?:the\s+)?(?:song|music|track|tune|it)\s+(?:starts|begins|kicks in))?"#) { _, p in
            laterStartSaid.occurs(in: p.text) ? Found().notNegatable : nil
        }.needing(["of"], and: ["hiss", "silence", "dead air", "static", "noise", "crackl", "talking", "chatter", "applause", "tuning", "feedback", "nothing", "count", "click"]),
        // "could the song start later, about 45 seconds in": the later start said before its time
        Rule(#"\b(?:start|starts|begin|begins|come in|kick in)\s+(?:(?:a\s+(?:bit|little|touch)|a lot|much|way|slightly)\s+)?later\b"#) { _, p in
            laterStartSaid.occurs(in: p.text) ? Found().notNegatable : nil
        }.needing(["later"]),
    ]
}
