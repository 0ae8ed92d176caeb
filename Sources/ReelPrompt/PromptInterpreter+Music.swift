import Foundation
import ReelTimeline

/// Background music: "with song.mp3", "music at 35%", "BGM", "louder music", "no music".
extension PromptInterpreter {
    /// A thing a word of music only names ("the song menu board", "the music box"), or someone's post ("the
    /// music director", "our music teacher"): no music asked.
    static let namedThing = #"(?:menus?|lists?|boards?|books?|booklets?|sheets?|lyrics|requests?|queues?|catalogu?e?s?|machines?|stands?|box|boxes|rooms?|stores?|shops?|directors?|teachers?|tutors?|ministers?|departments?|dept|coordinators?|supervisors?)"#
    static let musicNoun = #"(?:background music|music|bgm|soundtrack|song|audio|track)"#

    /// What a level in percent is said of, right before it: "set it to ", "music at ", 音量调到.
    private static let levelBefore = Pattern(#"(?:\b(?:music|song|bgm|soundtrack|track|tune|audio|volume|level|it|that)\s*(?:to|at|=|:)?|\b(?:at|to)|音量|音乐|配乐|调到|调成|降到|改成|设为|设成)\s*$"#)

    /// A level said with a direction (音量调小到20%, "turn the music down to 20%"): read before the
    /// directions alone (音量调小), which would leave the level out.
    static let musicLevelRules: [Rule] = [
        // "set it to 20%... hmm actually 15%", "set the music to 30%, no wait, 25%", 音量调到20%，不对，15%,
        // "music at 20 percent no wait make it 30" (the unit said once): a
        // level corrected right after it was said; the later one is meant (the words before the first are
        // left to the other music rules)
        Rule(#"(\b(?:volume|(?:music|song|bgm|track)\s+(?:at|to))\s*(?:to|at|=|:|of)?\s*|音量\s*(?:调到|调成|调至|降到|改成|设为|设成)?\s*)?(?<![\d.])\d+(?:\.\d+)?\s*(?:%|percent)\s*(?:[,.;!]\s*)*(?:(?:hmm+|um+|uh+|er+m?|oh|no|nah|nope|wait|sorry|oops|ok|okay)\s*(?:[,.;!]\s*)*)*(?:actually|no|nah|nope|wait|sorry|i mean|make that|make it|or rather|scratch that|不对|不是|哦不|说错了)\s*(?:[,.;!:]\s*)*(?:(?:no|wait|make it|make that|i mean|是|改成|要)\s*(?:[,.;!]\s*)*)*(\d+(?:\.\d+)?)(?:\s*(?:%|percent)(?:\s*volume)?|(?![\d.])(?!\s*(?:seconds?|secs?|s\b|minutes?|mins?|fps|x\b|k\b|p\b|photos?|pictures?|pics?|images?|秒|分|张)))(?!\s*(?:shorter|longer|faster|slower|bigger|smaller|more|less|louder|quieter)\b)"#) { m, p in
            guard m[1] != nil || levelBefore.occurs(in: (p.text as NSString).substring(to: m.range.location)) else { return nil }
            return volume(m.number(2), percent: true)
        }.needing(["%", "percent"]),
        // 音乐不要那么大声, 啲音樂唔好咁大聲 (不要这么大声 by then), 啲歌唔好咁嘈, 歌别太吵, 音乐不要那么小声: louder or
        // quieter said as what it should not be (read before the complaint 太吵, which
        // 不要 would turn around)
        Rule(#"(?:背景音乐|音乐|配乐|歌曲|歌|bgm\s*)(?:的)?(?:声音|音量)?\s*(?:不要|别|不用|不好)(?:再)?(?:这么|那么|太|咁)(大声|吵|嘈|响|小声|轻)(?:了)?"#) { m, _ in
            Found(.adjustMusicVolume(["小声", "轻"].contains(m[1] ?? "") ? 0.1 : -0.1))
        },
        Rule(#"(?:背景音乐|音乐|配乐|bgm|歌)?\s*(?:的)?(?:音量|声音)?\s*(?:再)?(?:调小|调低|降低|降|减小|关小|开小|调大|调高|提高|加大|开大|升高|调)(?:到|至|成)\s*(\d+(?:\.\d+)?)\s*%"#) { m, _ in
            guard let v = m.number(1), v >= 0, v <= 100 else { return nil }
            return Found(.musicVolume(v / 100), implied: [.music(source: nil)])
        },
    ]

    static let musicRules: [Rule] = [
        Rule(#"\b(?:barely audible|very (?:quiet|soft|low)|really (?:quiet|soft|low)|faint)\s+(?:background\s+)?(?:music|bgm|song|soundtrack)\b|\b(?:music|bgm|song|soundtrack)\s+(?:should be\s+|to be\s+)?(?:barely (?:audible|noticeable|there|heard)|very (?:quiet|soft|low|softly|quietly)|really (?:quiet|low))\b|音乐(?:很|非常)?(?:轻微|微弱)|很小声的音乐"#) { _, _ in
            Found(.musicVolume(0.1), implied: [.music(source: nil)])
        },
        // "the music was felt to be intrusive, and they would prefer it to be barely audible", 背景音乐几乎听不见就好: the level
        // said of the music named before it, as "it"
        Rule(#"\b(?:barely|hardly|only just)\s+(?:audible|noticeable)\b|(?:几乎|幾乎|快要?|差不多)听不(?:见|到)|(?:几乎|幾乎|快要?|差不多)聽不(?:見|到)"#) { m, p in
            lastTopic(before: m.range.location, in: p.text) == .music ? Found(.musicVolume(0.1), implied: [.music(source: nil)]) : nil
        }.needing(["audible", "noticeable", "听不", "聽不"]),
        Rule(#"\b(?:(?:play|keep|make|have|set|with)\s+)?(?:the\s+)?(?:(?:background\s+)?(?:music|bgm|song|soundtrack)|background\s+(?:sound|audio|track))\s+(?:playing\s+)?(?:nice and |more )?(softly|quietly|soft|quiet|low|subtle|loud|loudly)\b(?:\s+in the background)?|\b(?:music|song|bgm)\s+in the background\b|\b(?:playing\s+)?(?:softly|quietly) (?:in the background|playing)\b"#) { m, _ in
            Found(.musicVolume(m[1].map { $0.hasPrefix("loud") } == true ? 0.6 : 0.2), implied: [.music(source: nil)])
        },
        Rule(#"^\s*(?:a bit |a little |much )?(louder|quieter|softer)(?: please| pls)?\s*[.!]*\s*$|\b(?:music|bgm|sound|audio)\s+(off|on)\b"#) { m, _ in
            if m[2] == "off" { return Found(.noMusic) }
            if m[2] == "on" { return Found(.music(source: nil)) }
            return Found(.adjustMusicVolume(m[1] == "louder" ? 0.1 : -0.1))
        },
        Rule(#"\b(?:the\s+)?(?:background\s+)?(?:music|bgm|song|soundtrack|audio|volume)\s+(?:should be|needs to be|must be|to be|could be|be)\s+(?:a bit |a little |much |way )?(louder|quieter|softer|lower|higher)\b"#) { m, _ in
            Found(.adjustMusicVolume(m[1] == "louder" || m[1] == "higher" ? 0.1 : -0.1))
        },
        // 加一点背景音乐的音量, 把音乐的音量调低一些: the verb before the music's volume
        Rule(#"(加大|加|提高|调高|调大|增加|开大|降低|调低|调小|减小|减少|关小)(?:一点|一些|点)?(?:背景音乐|音乐|配乐|bgm|歌)的?(?:音量|声音)"#) { m, _ in
            Found(.adjustMusicVolume(["加大", "加", "提高", "调高", "调大", "增加", "开大"].contains(m[1] ?? "") ? 0.1 : -0.1))
        },
        // "soften the background track a bit", "tone down the music"
        Rule(#"\b(soften|quieten|quiet(?=\s+the\b)|quiet down|tone down|dial down|boost|pump up|amplify)\s+(?:the\s+)?(?:background\s+)?(?:music|song|track|soundtrack|bgm|audio)(?:\s+a\s+(?:bit|little|touch))?\b"#) { m, _ in
            Found(.adjustMusicVolume(["boost", "pump up", "amplify"].contains(m[1] ?? "") ? 0.1 : -0.1))
        },
        Rule(#"\bat (?:a )?(low|lower|high|higher|full|max|maximum|medium|moderate) volume\b"#) { m, _ in
            let v: Double = ["low", "lower"].contains(m[1] ?? "") ? 0.2 : ["high", "higher"].contains(m[1] ?? "") ? 0.6 : ["medium", "moderate"].contains(m[1] ?? "") ? 0.35 : 1
            return Found(.musicVolume(v))
        },
        // "with song.mp3 playing softly": the music's level, however it was named
        // ("… playing softly underneath": under the pictures, as the background); "playing very quietly underneath",
        // "really softly": very quiet, as "very quiet music" is
        Rule(#"\b(?:playing\s+)?(very\s+|really\s+|extra\s+|ever so\s+)?(quietly|softly|loudly)\b(?:\s+(?:underneath|beneath|in the background|behind (?:it|everything|the photos)))?"#) { m, p in
            guard musicCue.occurs(in: p.text) || p.files.contains(where: { PromptText.audioExtensions.contains(($0 as NSString).pathExtension.lowercased()) }) else { return nil }
            return Found(.musicVolume(m[2] == "loudly" ? 0.6 : m[1] != nil ? 0.1 : 0.2))
        },
        Rule(#"\b(?:music|bgm|song|soundtrack|audio)?\s*(?:at\s+)?(full|max(?:imum)?|half)\s+volume\b|\b(full|max(?:imum)?|half)[ -]volume (?:music|bgm|song)\b"#) { m, _ in
            let w = m[1] ?? m[2] ?? ""
            return Found(.musicVolume(w == "half" ? 0.5 : 1.0))
        },
        // "music 🔊🔊 louder" reads "music volume up louder": the picture and the word say it once
        Rule(#"\b(lower|reduce|decrease|drop|raise|increase|boost)\s+(?:the\s+)?(?:background\s+)?(?:music\s+|bgm\s+)?(?:volume|music|bgm)\b|\b(?:(?:bump|turn|crank|push|bring|pump|knock|dial|take)\s+(?:the\s+)?(?:music\s+|song\s+|background\s+)?)?volume\s+(up|down|lower|higher)\b(?:(?<=\bup)\s+louder\b)?"#) { m, _ in
            let w = m[1] ?? m[2] ?? ""
            // "drop the music": the music removed; "drop the music volume": quieter
            if w == "drop", !m.text.contains("volume") { return nil }
            return Found(.adjustMusicVolume(["raise", "increase", "boost", "up", "higher"].contains(w) ? 0.1 : -0.1))
        },
        Rule(#"\b(quiet|soft|low|subtle|gentle|loud) (?:background )?(?:music|bgm)\b"#) { m, _ in
            Found(.musicVolume(m[1] == "loud" ? 0.6 : 0.2), implied: [.music(source: nil)])
        },
        // "with song.mp3 at 40%", "song.mp3 quiet 🔉" (an emoji was taken as the end of a clause), "slap song.mp3 on it
        // lowkey quiet" (where it goes, and how quiet, said between); "with our recording
        // song.mp3", "using my own cover song.mp3": the file named by what it is
        Rule(#"(?<![\p{L}])(?:with |add |use |using |play |set |over |to )?(?:the |my |this |our |his |her |their )?(?:own |new |latest |live |original )?(?:music |song |track |bgm |audio |soundtrack |background music |recording |recordings |cover |demo |mix |version |performance |arrangement |piece |tune |jingle |anthem |theme song |band s song |bands song |choir s song |choirs song )?(?:file )?(?:from |to |of )?(«f[a-z]+»)(?:(?:\s+playing)?\s+(?:as|for|in)\s+(?:the\s+)?(?:background|bgm|soundtrack)(?:\s+music)?)?(?:\s*(?:at\s+|to\s+|@\s*)?(?:about\s+|around\s+|roughly\s+|like\s+)?(\d+(?:\.\d+)?)\s*(%|percent)(?:\s*volume)?|\s*(?:at|to|@)\s*(0?\.\d+|1\.0)(?![\d.%])|(?:\s+on\s+(?:it|this|that|there|top|the\s+(?:video|vid|clip|reel|slideshow|thing)))?(?:\s+playing)?\s+(?:(?:lowkey|low key|kinda|kind of|nice and|real|really|super|pretty|very|fairly|a bit|a little|like)\s+)?(quiet|quietly|soft|softly|low|loud|loudly)(?:\s+in the background)?(?=\s*(?:$|[,.;!?]|[\p{So}\x{FE0F}\x{200D}\x{01}]|(?:make|and|with|please|pls)\b)))?"#) { m, p in
            guard let file = m[1].flatMap(p.file) else { return nil }
            let ext = (file as NSString).pathExtension.lowercased()
            guard PromptText.audioExtensions.contains(ext) else { return nil }
            // "song.mp3 50%": the file and its volume
            if let v = m.number(2), let level = volume(v, percent: true) { return merge(Found(.music(source: file)), level) }
            if let v = m.number(4), let level = volume(v, percent: false) { return merge(Found(.music(source: file)), level) }
            if let w = m[5] { return Found(.music(source: file), .musicVolume(w.hasPrefix("loud") ? 0.6 : 0.2)) }
            // "put the song.mp3 in the background", "song.mp3 playing in the background": under the
            // pictures, soft, as "music in the background" is (not "as background music", which only names it)
            if m.text.hasSuffix("in the background") { return Found(.music(source: file), .musicVolume(0.2)) }
            return Found(.music(source: file))
        },
        // "no music", "mute it", 把音乐去掉, 把歌去掉吧 (the song, said as 歌), 歌不要了, 音乐干脆不要了 and 音乐直接去掉吧 (said plainly: 直接, 干脆), 静音: no music
        Rule(#"\bno (?:background )?(?:music|bgm|sound|audio|soundtrack)\b|\bwithout (?:any )?(?:background )?(?:music|bgm|sound|audio)\b|\b(?:remove|drop|delete|lose|get rid of|take out|kill|cut|turn off|switch off) (?:the |all )?(?:background )?(?:music|bgm|soundtrack|audio|song)(?: track)?\b|把?(?:这首|那首)?(?:背景音乐|音乐|配乐|歌曲|歌)(?:就|也|都)?(?:直接|干脆|全部)?(?:给)?(?:去掉|删掉|删除|删了|拿掉|拿走|关掉|关了|去了)|(?:^|(?<=[,;!?\x{01}]))\s*(?:这首|那首)?(?:背景音乐|音乐|配乐|歌曲|歌)(?:就|也|都)?(?:直接|干脆)?(?:不要了|不用了|不需要了)(?=\s*(?:$|[,.;!?]|吧|啦|啊))|关掉(?:背景音乐|音乐|配乐)|\bmute(?: (?:the |all (?:the )?|my )?(?:background )?(?:music|audio|sound|song|soundtrack|bgm)| it)?\b|\btake (?:the |all the )?(?:background )?(?:music|song|soundtrack|audio) out\b|\bsilent\b|不要(?:背景音乐|音乐|配乐|声音)|去掉(?:背景音乐|音乐|配乐)|删除(?:背景音乐|音乐|配乐)|静音|无声|无(?:背景)?音乐|无配乐"#) { _, _ in
            Found(.noMusic)
        },
        Rule(#"\b(?:(?:set|lower|raise|reduce|drop|bring|turn|put|change|adjust|make|keep|have|bump)\s+(?:down\s+|up\s+)?(?:the\s+)?|(?:the\s+)?volume\s+of\s+(?:the\s+)?)?(?:background\s+)?"# + musicNoun + #"\s*(?:(?:volume|level)\s*)?(?:at|to|of|=|:)?\s*(\d+(?:\.\d+)?)\s*(%|percent)?(?![\d.:])(?!\s*(?:s|secs?|seconds?|mins?|minutes?|fps|ms)\b)(?:\s*volume\b)?"#) { m, _ in
            // "🎶 20 secs", "music 30 sec", "song 2 mins": a length said after the music, not its level
            volume(m.number(1), percent: m[2] != nil)
        },
        Rule(#"\bvolume\s+of\s+(?:the\s+)?(?:music|song|track|bgm|soundtrack|audio)\s*(?:at|to|=|:|is|should be)?\s*(\d+(?:\.\d+)?)\s*(%|percent)?|\bvolume\s*(?:at|to|of|=|:)?\s*(\d+(?:\.\d+)?)\s*(%|percent)?|(\d+(?:\.\d+)?)\s*(%|percent)\s*(?:volume|music|bgm)\b"#) { m, _ in
            if m[1] != nil { return volume(m.number(1), percent: m[2] != nil) }
            return m[3] != nil ? volume(m.number(3), percent: m[4] != nil) : volume(m.number(5), percent: true)
        },
        Rule(#"(?:背景音乐|音乐|配乐|音量)(?:的)?(?:音量|声音)?\s*(?:降到|降低到|减到|减小到|提高到|升到|加到|开到|调到|调成|设为|设成|为|是|在)?\s*(\d+(?:\.\d+)?)\s*(%)?(?![\d.])(?!\s*(?:秒|分钟|分|s\b|secs?\b|seconds?\b|mins?\b|minutes?\b|fps\b))"#) { m, _ in
            // "🎶20秒" (音乐20秒): a length said after the music, not its level
            volume(m.number(1), percent: m[2] != nil)
        },
        // "turn the music down", "the song a bit louder", "turn the music down a bit so it doesn't fight
        // with the narration" (the amount after up / down is part of the ask, not the reason's start)
        Rule(#"\b(?:turn |make )?(?:the )?(?:background )?(?:music|bgm|song|soundtrack|audio|volume)(?: a bit| a little| much)? (louder|quieter|softer|lower|higher|up|down)\b(?:(?<=up|down) (?:just )?(?:a (?:little )?bit|a little|a tad|a touch|a notch|slightly)\b)?|\b(louder|quieter|softer|lower) (?:the )?(?:background )?(?:music|bgm|audio|soundtrack|song)\b|\b(?:turn|bump|crank|pump|dial|bring|knock) (up|down) (?:the )?(?:background )?(?:music|bgm|volume|audio|song|soundtrack)\b(?: (?:just )?(?:a (?:little )?bit|a little|a tad|a touch|a notch|slightly)\b)?|\b(?:bump|crank|pump|dial|knock) (?:the )?(?:background )?(?:music|bgm|volume|audio|song|soundtrack)(?: a bit| a little)? (up|down)\b"#) { m, _ in
            let word = m[1] ?? m[2] ?? m[3] ?? m[4] ?? "up"
            let up = ["louder", "higher", "up"].contains(word)
            return Found(.adjustMusicVolume(up ? 0.1 : -0.1))
        },
        // 音乐换成小声一点的, 音乐弄得大声点: louder or quieter said with a verb
        Rule(#"(?:背景音乐|音乐|配乐|bgm\s*)(?:的)?(?:声音|音量)?\s*(?:换成|换|改成|调成|调得|弄得|弄成|变得|变成|要)\s*(小声|大声|轻|响|安静)(?:一点|一些|点)(?:的)?"#) { m, _ in
            Found(.adjustMusicVolume(["大声", "响"].contains(m[1] ?? "") ? 0.1 : -0.1))
        },
        // 音乐小声一点, 音量再大一些, 音乐也小声一点 (besides another change), 音乐可以再大声一点, 调高音乐: louder or quieter
        Rule(#"(?:背景音乐|音乐|配乐|音量|bgm\s*)(?:的)?(?:声音|音量)?(?:可以|能|应该|得)?(?:也要|也再|也|再|调)?(大|小|响|轻|高|低)(?:声)?(?:一点|一些|点)?|(调高|调大|提高|调低|调小|降低)(?:背景音乐|音乐|音量)|(?:背景音乐|音乐|配乐)?(?:的)?(?:音量|声音)?(降低|调低|减小|开小|关小|调小|提高|调高|加大|开大|调大)(?:一点|一些|点)?"#) { m, _ in
            let w = m[1] ?? m[2] ?? m[3] ?? ""
            return Found(.adjustMusicVolume(["大", "响", "高", "调高", "调大", "提高", "加大", "开大"].contains(w) ? 0.1 : -0.1))
        },
        Rule(#"(?:音量|音乐|声音|背景音乐)(?:开|调|放)?(?:到|成)?(最大|最响|最小)"#) { m, _ in
            m[1] == "最小" ? Found(.musicVolume(0.05)) : Found(.musicVolume(1))
        },
        // "start it 12 seconds in, the intro drags": why the music starts later, said beside where it starts
        // ("but it has a long boring intro, so start it 20 seconds in": the same said with "has"; 歌的前奏太长了，跳过前面30秒:
        // the song named before its intro)
        Rule(#"\bthe (?:songs |musics |tracks )?(?:intro|beginning|start|opening)(?: of the (?:song|music|track))?\s+(?:drags|dragged|is (?:too |so |really |way )?(?:long|slow|boring|quiet)|takes (?:too long|forever|ages)|goes on (?:too long|forever))\b|\b(?:it|the song|the track|the music|this song|that song)\s+(?:has|s got|has got)\s+(?:a|an|such a|this|that)\s+(?:(?:really|very|so|super|way too|too|kinda|pretty)\s+)?(?:(?:long|slow|boring|quiet|lame|endless|dull)\s+)+(?:intro|opening|beginning)\b|(?:(?:背景音乐|歌曲|音乐|配乐|歌)的?)?(?:前奏|开头)(?:太长|太慢|太拖|拖沓|很拖)了?"#) { m, p in
            let ns = p.text as NSString
            let around = ns.substring(to: m.range.location) + " " + ns.substring(from: m.range.location + m.range.length)
            return Pattern(#"\b(?:start|starts|skip|begin|begins)\b|开始|跳过|从"#).occurs(in: around) ? Found() : nil
        }.needing(["intro", "beginning", "start", "opening", "前奏", "开头"]),
        // 这首歌前20秒都是杂音，音乐从第20秒开始, 歌开头10秒没声音: what the song's first seconds hold, why the
        // music starts later (its seconds are in the song, not the video's length); read beside where it starts
        Rule(#"(?:这首歌|那首歌|歌曲|背景音乐|音乐|配乐|bgm|歌)(?:的)?(?:最前面|前面|开头的?|前)\s*(\d+(?:\.\d+)?)\s*秒(?:钟)?(?:左右)?(?:都|全|基本|基本上|全都)?(?:是|有|只有)?(?:杂音|噪音|底噪|空白|静音|没声音|没有声音|没什么声音|很安静|太安静|安静|说话|前奏|铺垫|废话|电流声)"#) { m, p in
            let ns = p.text as NSString
            let around = ns.substring(to: m.range.location) + " " + ns.substring(from: m.range.location + m.range.length)
            return Pattern(#"开始|跳过|从|\bstart"#).occurs(in: around) ? Found().notNegatable : nil
        }.needing(["秒"]),
        // "skip the slow intro of the song, start the music at 0:15": the same ask as the start said beside it
        Rule(#"\b(?:skip|cut|lose|drop|jump past|get past|skip past)\s+(?:the\s+)?(?:songs\s+)?(?:(?:slow|long|boring|quiet|whole|first|lame)\s+)?(?:intro|beginning|opening)(?:\s+(?:of|on|in)\s+(?:the|that|this)\s+(?:song|music|track|tune))?\b|跳过(?:歌的?|音乐的?|歌曲的?)?(?:前奏|开头)"#) { m, p in
            let ns = p.text as NSString
            let around = ns.substring(to: m.range.location) + " " + ns.substring(from: m.range.location + m.range.length)
            return Pattern(#"\d"#).occurs(in: around) && Pattern(#"\b(?:start|starts|begin|begins|from|in)\b|开始|从"#).occurs(in: around) ? Found() : nil
        }.needing(["intro", "beginning", "opening", "前奏", "开头"]),
        // "the song has 12 seconds of dead air at the start, skip that", "skip the 8 s of silence at the
        // beginning": the music starts after what is skipped
        Rule(#"(?<![\d.])(\d+(?:\.\d+)?)\s*(?:seconds?|secs?|s)\s+(?:of\s+)?"# + quietStart + #"\s*[,.;]?\s*(?:so\s+|just\s+|please\s+|pls\s+|can you\s+|and\s+)*(?:skip|cut|drop|lose|trim|remove|get rid of|jump past|skip past)\s+(?:that|it|those|them|this|that part|past it|past that)(?:\s+(?:out|off|please|pls))?\b"#
             + #"|\b(?:skip|cut|drop|lose|trim|remove|get rid of|jump past|skip past)\s+(?:the\s+|those\s+|its\s+|that\s+|first\s+)?(?<![\d.])(\d+(?:\.\d+)?)\s*(?:seconds?|secs?|s)\s+(?:of\s+)?"# + quietStart
             // 歌开头有10秒没声音，跳过; 音乐前面5秒是空白的，剪掉
             + #"|(?:歌|音乐|歌曲|配乐|背景音乐|bgm)(?:的)?(?:开头|前面|一开始|开始)(?:有|是)?(?:大概|差不多)?\s*(\d+(?:\.\d+)?)\s*秒(?:钟)?(?:左右)?(?:的)?(?:是)?(?:没有?声音?|静音|空白|安静)(?:的)?\s*[,，]?\s*(?:把它|把这段|这段)?(?:跳过|跳掉|去掉|剪掉|不要)(?:吧|了)?"#) { m, p in
            guard musicCue.occurs(in: p.text), let v = m.number(1) ?? m.number(2) ?? m.number(3), v > 0, v <= 3600 else { return nil }
            // "the intro is 6 seconds of silence, skip it": where the silence is may be said before
            guard m[3] != nil || Pattern(#"\b(?:start|beginning|front|top|intro|opening)\b"#).occurs(in: (p.text as NSString).substring(to: m.range.location + m.range.length)) else { return nil }
            return Found(.musicOffset(ms: FrameTime.ms(seconds: v)))
        }.needing(["dead air", "silence", "nothing", "quiet", "no sound", "blank", "talking", "static", "noise", "声", "静音", "空白", "安静"]),
        // 把music关掉please，店里自己有背景音乐: music the place already has is why none is wanted, not an ask
        Rule(#"(?:自己|本身|本来|已经|都)(?:就)?(?:有|放)(?:自己的)?(?:背景音乐|音乐|配乐|bgm)(?:了|的)?"#) { _, _ in
            Found().notNegatable
        },
        Rule(#"(?:音乐|歌曲?|背景音乐|配乐)(?:就)?从头(?:开始)?(?:播放|放)?|\b(?:start|play) the (?:music|song|track) from the (?:very )?(?:beginning|start)\b"#) { _, _ in
            Found(.musicOffset(ms: 0))
        },
        // "put it at 20%", "put it at about 20%", "turn it down to around 15 percent": a level said with a hedge is the level
        Rule(#"\b(?:at|to) (?:(?:about|around|roughly|approximately|approx|like|maybe|say|just|~)\s*)?(\d+(?:\.\d+)?)\s*(?:%|percent)(?: volume)?"#) { m, _ in volume(m.number(1), percent: true) },
        // "调到20%", 调到大概20%, 放到20%左右: only the volume is set in percent
        Rule(#"(?:调到|调成|调至|降到|降至|降低到|减到|减小到|提高到|升到|加到|开到|设为|设成|设到|改成|改到|改为|放到|放在)\s*(?:大概|大约|差不多|约)?\s*(\d+(?:\.\d+)?)\s*%(?:左右|上下)?"#) { m, _ in volume(m.number(1), percent: true) },
        // "music", "some songs"; not a thing the word only names ("that's the song menu board", "the music box")
        Rule(#"\b(?:some |a )?(?:background music|bgm|music|soundtrack|songs?)\b(?!\s+"# + namedThing + #"\b)|背景音乐|配乐|(?:轻|纯|舒缓的?|安静的?)?音乐"#) { _, _ in
            Found(.music(source: nil))
        },
    ]

    /// A music volume: "35%" → 0.35, "0.35" → 0.35, "35" → 0.35; kept within 0–1.
    static func volume(_ value: Double?, percent: Bool) -> Found? {
        guard let v = value else { return nil }
        let fraction = percent || v > 1 ? v / 100 : v
        let clamped = min(max(fraction, DraftLimits.volume.lowerBound), DraftLimits.volume.upperBound)
        let f = Found(.musicVolume(clamped))
        return clamped == fraction ? f : f.note("music volume must be 0–100%; using \(Int(clamped * 100))%")
    }
    /// A stretch of the song with nothing to hear, and where it is ("dead air at the start", "silence in the beginning of the track").
    static let quietStart = #"(?:dead air|silence|nothing|quiet|no sound|blank|talking|static|noise)(?:\s+(?:at|in)\s+(?:the\s+)?(?:start|beginning|front|top)(?:\s+of\s+(?:it|the\s+(?:song|track|music|file)))?)?"#

}
