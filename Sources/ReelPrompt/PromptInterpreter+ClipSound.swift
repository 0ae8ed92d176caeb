import Foundation
import ReelTimeline

/// A clip's own sound: "mute the clips", "with the original audio", "no clip audio", 保留原声,
/// 关掉视频的声音. Read before the music rules, so "mute" said of clips leaves the music alone.
extension PromptInterpreter {
    /// What the clips are called when their sound is meant ("the kids' clips": whose they are may come
    /// first; "the game clips": what they show).
    static let clipWho = #"(?:the |my |our |his |her |your |these |those |all (?:the |my |our )?|each |every |their |any )?(?:(?!(?:and|or|with|without|no|not|of|in|on|for|to|from|the|all|any|some|these|those|their|my|our|your|each|every|other)\s)[a-z]{2,}\s+(?=(?:phone |iphone |camera |short |little |live |raw |own )?(?:video clips?|clips?|videos|footage)\b))?(?:(?:phone|iphone|camera|short|little|live|raw|own)\s+)?(?:video clips?|clips?|videos|footage|movies)"#
    /// The clips' own sound, as opposed to the music.
    static let ownSound = #"(?:(?:the |their |its |my )?(?:original|clips?|video|videos|live|natural|own|camera|real|ambient)(?: own)? (?:sound|audio|noise)s?|original sound|original audio|clip audio|video audio)"#
    static let clipZh = #"(?:视频片段|视频素材|小视频|视频|影片|片段|素材|短片|录像)"#
    static let ownSoundZh = #"(?:原声|原音|原始声音|现场声音|现场音|自带的?声音|声音|音频|声)"#

    /// The clips or the photos, whichever is named: group 1 or 2 when photos.
    static let mediaNoun = Pattern(#"\b(?:video clips?|clips?|videos|footage|movies)\b|\b(photos?|pictures?|pics|images?)\b|视频|影片|片段|素材|(照片|图片)"#)

    /// Only the clips asked for ("clips only", "only the gopro clips").
    static let clipsOnlySaid = Pattern(#"\b(?:clips|videos|footage)\s+only\b|\b(?:only|just)\s+(?:use\s+|using\s+)?(?:the\s+|my\s+|our\s+)?(?:(?!(?:skip|skipping|drop|remove|exclude|without|no|not|ditch|lose|leave|cut)\b)[a-z0-9'-]+\s+){0,2}?(?:video\s+)?(?:clips|videos|footage)\b"#)
    /// The start of a clause, or "and", right before a sound turned off.
    static let soundClauseStart = Pattern(#"(?:^|[,.;!?]|\b(?:and|also|plus|then))\s*$"#)
    /// The music named ("the song", "music", a file): what a sound turned off may be instead of the clips'.
    static let musicNamedBeside = Pattern(#"\b(?:music|song|songs|track|bgm|soundtrack|tune)\b|«f"#)

    /// Words one of which every clip-sound request holds (the rules are not tried otherwise).
    static let clipOrSoundWords = clipWords + ["sound", "audio", "noise", "mute", "silen", "original", "hear", "声", "音"]

    static let clipSoundRules: [Rule] = [
        // off: "mute the clips", "no clip audio", "turn off the sound on the clips", "clips muted"
        Rule(#"\b(?:mute|muted|silence|silent|turn off|switch off|kill|cut|drop|lose|remove|disable|no|without|strip|take out|get rid of)\s+"# + ownSound + #"(?:\s+(?:on|of|from|in|for)\s+"# + clipWho + #")?\b"#
             + #"|\b(?:mute|silence|turn off|switch off|kill|cut|drop|remove|disable|no|without|strip|take)\s+(?:the\s+)?(?:sound|audio|noise)s?(?:\s+(?:off|out))?\s+(?:(?:on|of|from|in|for)\s+)?"# + clipWho + #"\b"#
             + #"|\b(?:mute|unmute|silence)\s+"# + clipWho + #"\b"#
             // "mute the wind noise on the clips", "get rid of the crowd sound in the videos": a sound the clips hold
             + #"|\b(?:mute|silence|kill|cut|remove|drop|lose|get rid of|turn off|take out)\s+(?:the\s+|all\s+the\s+)?(?!(?:music|song|songs|soundtrack|tune|track|background|title|voice ?over|narration)\b)[a-z]{3,}\s+(?:noises?|sounds?)\s+(?:on|in|from|of)\s+"# + clipWho + #"\b"#
             + #"|\b(?:turn|switch|put|have)\s+"# + clipWho + #"(?:'?s)?(?:\s+(?:sound|audio))?\s+(?:off|on mute)\b"#
             + #"|\b"# + clipWho + #"\s+(?:(?:should|must|need to|needs to|can|will|have to|has to)\s+)?(?:(?:be|stay|remain|play|go)\s+)?(?:muted|silent|silenced|on mute|without (?:sound|audio)|with no (?:sound|audio))\b"#
             // "with the clip sound turned off", "the video audio switched off"
             + #"|\b"# + clipWho + #"(?:'?s)?\s+(?:sound|audio|volume)\s+(?:(?:turned|switched|shut|set|put)\s+)?(?:off|muted|to 0|at 0|to zero|at zero)\b"#
             + #"|\b(?:sound|audio)\s+off\s+(?:on|for|in|from)\s+"# + clipWho + #"\b"#
             // "with the sound of the clips off", "keep the audio on the videos muted": the sound named by
             // whose it is, then turned off
             + #"|\b(?:with|keep|keeping|leave|leaving|have|want|put)\s+(?:the\s+)?(?:sound|audio|noise)s?\s+(?:of|on|from|in|for)\s+"# + clipWho + ownSoundOff
             + #"|\b(?:silent|muted|soundless)\s+(?:video\s+)?clips\b|\b(?:keep|make|leave)\s+"# + clipWho + #"\s+(?:silent|muted|quiet)\b"#
             + #"|"# + clipZh + #"(?:都|也)?(?:不要|不用|不需要|没有|别有|去掉)(?:原声|原音|声音|音频)"#
             + #"|(?:关掉|关闭|关了|去掉|不要|拿掉|删掉|消掉|取消|屏蔽)(?:所有|全部)?(?:的)?(?:"# + clipZh + #"(?:的)?"# + ownSoundZh + #"|原声|原音|现场声音)"#
             // 原声关掉: the clips' own sound needs no clip word; 片段原声不用要, 啲片段原聲唔使要: not needed
             + #"|(?:"# + clipZh + #"(?:的)?(?:原声|原音|声音|音频)|原声|原音)(?:都|全部|就|也)?(?:静音|关掉|关闭|关了|去掉|不要了?(?!\s*(?:静音|消音|关|去掉))|消音|不用要了?|不需要了?|不用了?(?=\s*(?:$|[,.;!?])))|"# + clipZh + #"(?:都|全部)?(?:静音|消音)|(?:静音|消音)(?:所有|全部)?(?:的)?"# + clipZh) { m, _ in
            // "unmute the clips": the one word here that turns the sound on
            Found(.clipAudio(on: m.text.hasPrefix("unmute")))
        },
        // "use the phone clips only, max 3 s each, audio off": with only clips and no music named, the sound
        // turned off is the clips' own
        Rule(#"\b(?:(?:audio|sound)\s+(?:off|muted)|(?:no|mute|without|kill|turn off)\s+(?:the\s+|any\s+)?(?:audio|sound))\b"#) { m, p in
            // said as a clause of its own ("…, audio off"): "turn their sound off" is read whole by the rules above and below
            guard soundClauseStart.occurs(in: (p.text as NSString).substring(to: m.range.location)) else { return nil }
            return clipsOnlySaid.occurs(in: p.text) && !musicNamedBeside.occurs(in: p.text) ? Found(.clipAudio(on: false)).notNegatable : nil
        }.needing(["audio", "sound"], and: ["only"]),
        // on: "with the original audio", "keep the clip sound", "bring back the clip audio", 保留原声
        Rule(#"\b(?:with|keep|keeping|leave|leaving|use|using|bring back|turn on|switch on|restore|enable|play|include|want)\s+(?:the\s+)?"# + ownSound + #"(?!\s+(?:(?:turned|switched|shut|set|put)\s+)?(?:off|muted)\b)(?:\s+(?:on|of|from|in|for)\s+"# + clipWho + #")?(?:\s+on)?\b"#
             + #"|\b(?:turn|switch)\s+(?:the\s+)?(?:sound|audio)\s+(?:back\s+)?on\s+(?:on|for|in)\s+"# + clipWho + #"\b"#
             + #"|\b"# + clipWho + #"(?:'?s)?\s+(?:sound|audio)\s+(?:back\s+)?on\b"#
             + #"|\b"# + clipWho + #"\s+(?:already\s+|all\s+)?(?:have|has|keep|with)\s+(?:(?:their|its)\s+own|(?:their|its)|some|good|nice|(?:the\s+)?real)?\s*(?:sound|audio)\b"#
             + #"|\b(?:original|live|natural) (?:sound|audio)\b"#
             // "I want to hear the people talking in my videos", "the videos with sound"
             + #"|\b(?:hear|hearing|listen to)\b[^,.;!?]{0,40}?\b(?:in|from|on|of)\s+"# + clipWho + #"\b|\b(?:hear|hearing|listen to)\s+"# + clipWho + #"\b"#
             // "I want to hear the waves": a sound in the clips (not the music, which is said by name)
             + #"|\b(?:want to|wanna|need to|have to|should|must|gotta|would love to|d love to|d like to)\s+(?:still\s+)?hear\s+(?:the\s+|my\s+|our\s+|his\s+|her\s+|their\s+)?+(?!(?:the|my|our|his|her|their|it|that|this|music|song|songs|soundtrack|tune|track|beat|beats|voice ?over|narration|background)\b)[a-z]+(?:\s+(?!(?:music|song|soundtrack|tune|track)\b)[a-z]+){0,3}"#
             + #"|\b"# + clipWho + #"\s+with\s+(?:(?:their|its)\s+(?:own\s+)?)?(?:sound|audio)\b"#
             // "keep the wave sound", "with the crowd noise", "keep the game audio", 保留海浪声: a sound the
             // clips hold, named by what makes it
             + #"|\b(?:keep|keeping|leave|leaving|with|want)\s+(?:the\s+|all\s+the\s+)?(?!(?:the|all|its|their|my|our|your|this|that|some|any)\s+(?:audio|sounds?|noises?)\b)(?!(?:music|song|songs|soundtrack|tune|track|background|same|overall|whole|video|clip|clips|original|volume|title|voice|voiceover|narration|new|old|current|other|mp3|wav)\b)[a-z]{3,}\s+(?:sounds?|noises?|audio)\b"#
             + #"|(?:保留|留着|留|要|带上?)(?:海浪|浪花|海|风|鸟叫|鸟|流水|水|雨|人|环境|现场|街头|观众|欢呼)(?:的)?声(?:音)?"#
             // "keep the sound on the clips", "leave the audio in the videos", "keep the sound on for the game clips",
             // "keep the clips' sound"
             + #"|\b(?:keep|keeping|leave|leaving|with|want|turn on|switch on|bring back|restore|enable)\s+(?:the\s+|their\s+)?(?:sound|audio|noise)s?\s+(?:on\s+(?=(?:for|in)\s))?(?:on\s+|of\s+|from\s+|in\s+|for\s+)"# + clipWho + #"\b"# + ownSoundOffAfter
             + #"|\b(?:keep|keeping|leave|leaving|want|use|using|bring back|restore)\s+"# + clipWho + #"(?:'?s)?\s+(?:sound|audio|noise)s?\b"#
             // "keep the sound of the waves on them", "leave the noise of the crowd in the clips": a sound the
             // clips hold, named by what makes it after "of" (not the music's)
             + #"|\b(?:keep|keeping|leave|leaving|with|want)\s+(?:the\s+|all\s+the\s+)?(?:sounds?|noises?)\s+of\s+(?:the\s+|my\s+|our\s+|their\s+)?(?!(?:the|my|our|their|a|music|song|songs|soundtrack|tune|track|background|title|voice ?over|narration|it|this|that)\b)[a-z]{3,}(?:\s+(?!(?:on|in|from|for|and|but|too)\b)[a-z]{3,})?(?:\s+(?:on|in|from)\s+(?:them|those|these|em|"# + clipWho + #"))?\b"#
             // "let the clips' own sound play", "let the original audio come through": the clips heard
             + #"|\b(?:let|have)\s+(?:"# + clipWho + #"(?:'?s)?\s+(?:own\s+|original\s+)?(?:sound|audio|noise)s?|(?:the\s+)?"# + ownSound + #")\s+(?:play|come through|be heard|through|run)\b"#
             + #"|(?:保留|保持|打开|开启|开着|开|要|用|加上|带上?|留着|留|恢复)(?:所有|全部)?(?:的)?(?:"# + clipZh + #"(?:的)?"# + ownSoundZh + #"|原声|原音|现场声音)"#
             + #"|"# + clipZh + #"(?:的)?(?:原声|原音|声音|音频)(?:要)?(?:保留|留着|打开|开着|开启|恢复)|(?:原声|原音)"#
             // 片段的声音不要静音, 视频别消音: the clips' mute said no to
             + #"|"# + clipZh + #"(?:的)?(?:原声|原音|声音|音频)?(?:都|也)?(?:不要|别|不用|不需要)(?:再)?(?:静音|消音)"#) { _, _ in
            Found(.clipAudio(on: true))
        },
        // "keep the clips but mute them", 视频保留，但是要静音: muting what was just named, when the clips were
        // "mute the sound on them", "keep the clips short … and no sound on them": the sound of what was just named
        // "keep the clips' sound, don't mute them", 影片片段的原声要保留，不要静音, 片段的声音别静音: the mute said no
        // to, which keeps their sound
        Rule(#"\b(?:(dont|do not|never|no need to)\s+)?(?:(?:(un)mute|mute|silence)\s+(?:the\s+(?:sound|audio|noise)\s+(?:on|of|in|from)\s+)?|(?:turn off|switch off|kill|cut|drop|lose|remove|get rid of)\s+the\s+(?:sound|audio|noise)\s+(?:on|of|in|from)\s+|(?:no|without|with no|zero)\s+(?:sound|audio)\s+(?:on|in|from|for)\s+)(?:them|those|these|em|them all|all of them|each one|each of them)\b|(?<!不|别)(?:但是?|不过|可是|并且|然后)?(?:要|都|也|全部)?((?:不要|别|不用|不需要)(?:再)?)?(?:静音|消音)(?:一下|吧|了)?(?=\s*(?:$|[,.;!?，。；！？]))"#) { m, p in
            let before = (p.text as NSString).substring(to: m.range.location)
            guard let last = clipOrMusicNoun.matches(in: before).last, clipNounOnly.occurs(in: last.text) else { return nil }
            // "unmute them", "don't mute them", 不要静音: on
            return Found(.clipAudio(on: (m[1] != nil) != (m[2] != nil) || m[3] != nil)).notNegatable
        },
        // "keep the phone clips short and mute their sound", "keep every clip under 4 s with its sound",
        // 视频片段…把它们的声音关掉: "their" is the clips when they were named before (photos have no sound);
        // so is "the" in "the clips, with the sound on"
        Rule(#"\b(?:(mute|silence|turn off|switch off|kill|cut|drop|lose|remove|strip|take out|get rid of|no|without)|(keep|keeping|leave|with|use|turn on|switch on|bring back|restore|unmute))\s+(?:their|its|(?<=\bwith\s)the)\s+(?:own\s+|original\s+)?(?:sound|audio|noise)s?"# + ownSoundOffAfter + #"(?:\s+(?:on|in))?\b"#
             + #"|\b(?:turn|switch|put|take)\s+their\s+(?:sound|audio)\s+(?:(off|out)|(back on|on))\b"#
             + #"|(?:把)?(?:它们|他们|它|这些视频|这些片段)的?(?:原声|原音|声音|音频)(?:都|也)?(?:(关掉|关了|关闭|去掉|静音|消音|不要了?)|(保留|留着|打开|开着))"#
             + #"|(?:(关掉|去掉|静音|不要)|(保留|留着|打开))(?:它们|他们|这些视频|这些片段)的?(?:原声|原音|声音|音频)"#
             // 视频素材太长了，每段剪到3秒，声音也关掉: the sound of the clips just named
             + #"|(?<=^|[,;]|\s)\s*(?:声音|原声)(?:也|都)?(?:(关掉|关了|去掉|静音|不要了?)|(保留|留着|打开|开着))(?=\s*(?:$|[,.;!?]))"#
             // 淨係用啲片段…開埋聲 (开埋 read as 打开 by then), 只用视频，每段3秒，保留声音: the verb before the sound
             + #"|(?<=^|[,;]|\s)\s*(?:也|都)?(?:(关掉|关了|关闭|去掉)|(打开|开着|开启|保留|留着))\s?(?:声音|原声|声)(?=\s*(?:$|[,.;!?]))"#
             // "clips no longer than 5 seconds with their audio muted", "with the sound off": off, said after the sound
             + #"|\bwith\s+(?:their|its|the)\s+(?:own\s+|original\s+)?(?:sound|audio|noise)s?"# + ownSoundOff + #"|\b(?:their|its)\s+(?:own\s+|original\s+)?(?:sound|audio|noise)s?"# + ownSoundOff) { m, p in
            let before = (p.text as NSString).substring(to: m.range.location)
            // "only use the phone videos, not the photos, and keep their sound": photos said no to are not "their"
            let named = mediaNoun.matches(in: before).filter { !saidNoTo.occurs(in: (before as NSString).substring(to: $0.range.location)) }
            guard let last = named.last, last[1] == nil, last[2] == nil else { return nil }
            // 声音 alone is the music's when the music was named
            if m[9] != nil || m[10] != nil || m[11] != nil || m[12] != nil, musicCue.occurs(in: p.text) { return nil }
            let on = m[2] != nil || m[4] != nil || m[6] != nil || m[8] != nil || m[10] != nil || m[12] != nil
            return Found(.clipAudio(on: on)).notNegatable
        },
        // "drone clips … use only the clips each max 5 seconds sound off", "only the gopro clips, 4 s each, no sound",
        // "only the clips, no photos, 5 seconds max each, sound on too": a bare "sound off" or "sound on" after the
        // clips were named, with no music named, is the clips' own sound; so is one before a reason set aside ("so u can hear the wheels")
        Rule(#"(?:^|(?<=[,;.!?])|(?<=\s))(?:(?:and|with|but|plus)\s+)?(?:(?:the\s+)?(?:sound|audio)\s+(?:off|muted|(on)(?:\s+(?:too|as well|please))?)|no\s+(?:sound|audio))(?=\s*(?:$|[,.;!?])|\s*\x{01}+\s*(?:$|[,.;!?]))"#) { m, p in
            let before = (p.text as NSString).substring(to: m.range.location)
            let named = mediaNoun.matches(in: before).filter { !saidNoTo.occurs(in: (before as NSString).substring(to: $0.range.location)) }
            // the music named anywhere else ("audio off" itself is no music cue)
            let after = (p.text as NSString).substring(from: m.range.location + m.range.length)
            guard let last = named.last, last[1] == nil, last[2] == nil, !musicCue.occurs(in: before + " " + after) else { return nil }
            return Found(.clipAudio(on: m[1] != nil)).notNegatable
        },
        // "mute the clip sound because the bus was SO loud", "mute the clip audio, the wind noise on the
        // trail is awful": how bad the sound in the clips is, the reason for muting them (not the music's)
        Rule(#"(?:(?:^|(?<=[,.;!?\x{01}]))\s*(?:(?:because|cause|cuz|coz|since|as)\s+)?|\b(?:because|cause|cuz|coz|since)\s+)(?:the\s+|that\s+|all\s+(?:the|that)\s+|my\s+|our\s+)?"# + noiseSource + #"(?:\s+"# + noiseSource + #"){0,5}?\s+(?:is|was|are|were|s|gets|got|sounds|sounded)\s+(?:(?:so|way|super|really|too|pretty|just|kinda|absolutely|totally|insanely|crazy|very)\s+)*(?:loud|noisy|awful|terrible|annoying|horrible|bad|deafening|distracting|obnoxious|unbearable|painful|brutal)(?:\s+(?:lol|haha|tbh|honestly))?(?=\s*(?:$|[,.;!?\x{01}]))"#) { m, p in
            let before = (p.text as NSString).substring(to: m.range.location)
            guard clipSoundOffSaid.occurs(in: before) else { return nil }
            return Found().notNegatable
        },
    ].map { $0.needing(clipOrSoundWords) }

    /// A word of what makes the noise in the clips ("the bus", "the wind noise on the trail"): not the music, title or transitions.
    static let noiseSource = #"(?!(?:music|song|songs|soundtrack|tune|track|bgm|title|text|transitions?|video|slideshow|it|this|that)\b)[a-z]+"#
    /// The clips' own sound turned off, said before a reason for it.
    static let clipSoundOffSaid = Pattern(#"\b(?:mute|muted|silence|silent|kill|cut|turn off|switch off|no|without|remove|drop|lose)\b[^.;!?]{0,30}\b(?:clips?|videos?|footage|original|sound|audio)\b"#)

    /// Words after the clips' sound that turn it off ("their audio muted", "the sound off").
    static let ownSoundOff = #"\s+(?:(?:all|completely|fully)\s+)?(?:muted|off|turned off|switched off|silenced|removed|taken out|cut|on mute)\b"#
    /// Not followed by ``ownSoundOff``: "with their audio" keeps the sound unless "muted" comes next.
    static let ownSoundOffAfter = "(?!" + ownSoundOff + ")"

    /// The words before a noun said no to ("not the photos", "without any pictures", 不要照片).
    static let saidNoTo = Pattern(#"(?:\b(?:not|no|without|skip|except|excluding|instead of|rather than|but not)\s+(?:the\s+|any\s+|my\s+|all\s+(?:the\s+)?)?|(?:不要|不用|别用|去掉|跳过)(?:所有的?|全部的?)?)$"#)

    /// What a "them" after a verb of sound can stand for, nearest last.
    static let clipOrMusicNoun = Pattern(#"\b(?:video clips?|clips?|videos|footage|music|song|songs|soundtrack|track|tune|audio|photos?|pictures?|pics|images?|title)\b|视频片段|视频|影片|片段|素材|录像|音乐|配乐|歌|照片|图片|标题"#)
    static let clipNounOnly = Pattern(#"^(?:video clips?|clips?|videos|footage|视频片段|视频|影片|片段|素材|录像)$"#)
}
