import Foundation
import ReelTimeline

/// Common edits said in a form of their own: a phrasal verb split around its object ("slow the
/// transitions down a little", "speed the fades up"), a clip's longest play said as a rule for
/// the clips ("clips shouldn't play for more than 5 seconds"), and the order said by which
/// photos come first (新的在前, 旧的放前面, "newer ones first").
extension PromptInterpreter {
    static let formRules: [Rule] = [
        // "slow the transitions down a little", "speed the fades up", "slow those crossfades way down"
        Rule(#"\b(slow|speed)\s+(?:the\s+|those\s+|these\s+|all\s+(?:the\s+)?)?(transitions?|cross ?fades?|fades?|dissolves?|dips?(?: to black)?|blends?)\s+(?:(a bit|a little|slightly|a touch|way|much|a lot|right)\s+)?(down|up)\b(?:\s+(a bit|a little|slightly|a touch|a lot|loads))?"#) { m, _ in
            let slower = m[1] == "slow"
            guard (m[4] == "down") == slower else { return nil }
            let strong = ["way", "much", "a lot", "right", "loads"].contains(m[3] ?? m[5] ?? "")
            return transitionSpeed(slower: slower, strong: strong, noun: m[2])
        }.needing(["slow", "speed"]),
        // "clips shouldn't play for more than 5 seconds", "don't let the videos run longer than 4 s",
        // "the clips should only play for up to 3 seconds"
        Rule(#"\b(?:the\s+|any\s+|my\s+)?(?:video\s+clips?|clips?|videos)\s+(?:should(?:nt| not)?|must(?:nt| not)?|can(?:t|not)?|shall(?:nt| not)?|dont|do not|may not|wont|will not|need to|needs to)?\s*(?:only\s+|just\s+)?(?:play|run|last|go|be)\s+(?:for\s+)?(?:more than|longer than|over|beyond|past|up to|at most|no more than|no longer than|max(?:imum)?|a max of|a maximum of)\s+(\d+(?:\.\d+)?)\s*(?:seconds?|secs?|s)\b(?:\s+(?:each|long|max|tops))?|\b(?:dont|do not|never)\s+let\s+(?:the\s+|any\s+)?(?:video\s+clips?|clips?|videos)\s+(?:play|run|last|go)\s+(?:for\s+)?(?:more than|longer than|over|past|beyond)\s+(\d+(?:\.\d+)?)\s*(?:seconds?|secs?|s)\b"#) { m, _ in
            guard let v = m.number(1) ?? m.number(2), v > 0, v <= 600 else { return nil }
            return Found(.clipMax(ms: FrameTime.ms(seconds: v))).notNegatable
        }.needing(["clip", "video"]),
        // 新的在前, 旧的放前面, 最新的在最前面, 新照片排前面
        Rule(#"(?:最)?(新|旧|早|晚|近)(?:的|一些的)?(?:照片|图片|图)?(?:排|放|摆)?(?:在)?(?:最)?(?:前面|前边|前|开头|第一)"#) { m, _ in
            Found(.order(["新", "晚", "近"].contains(m[1] ?? "") ? .newestFirst : .date))
        },
        // "newer ones first", "put the older pics first", "the more recent photos should come first"
        Rule(#"\b(?:most\s+)?(newer|older|more recent|recent|latest|earlier)\s+(?:ones?|1s|photos?|pictures?|pics?|shots?|images?)\s+(?:go\s+|come\s+|should\s+(?:go|come|be)\s+|at the\s+|up\s+)?(?:first|1st|in front|at the (?:start|beginning|front))\b"#) { m, _ in
            Found(.order(["newer", "more recent", "recent", "latest"].contains(m[1] ?? "") ? .newestFirst : .date))
        },
        // "just normal crossfades but slower", "the fades, but quicker": a pace said right after the transitions
        Rule(#"\b(transitions?|cross ?fades?|fades?|dissolves?|dips?)\s*,?\s+(?:but|just|and|only)\s+(?:(a bit|a little|slightly|much|way|a lot)\s+)?(slower|faster|quicker|longer|shorter|gentler)\b"#) { m, _ in
            let slower = ["slower", "longer", "gentler"].contains(m[3] ?? "")
            return transitionSpeed(slower: slower, strong: ["much", "way", "a lot"].contains(m[2] ?? ""), noun: m[1])
        },
        // "music → louder", "volume: lower", "music = quieter"
        Rule(#"\b(?:the\s+)?(?:music|song|volume|audio|bgm)\s*(?:to|:|=|-)\s*(?:a\s+bit\s+|a\s+little\s+)?(louder|quieter|softer|lower|higher|up|down)\b"#) { m, _ in
            Found(.adjustMusicVolume(["louder", "higher", "up"].contains(m[1] ?? "") ? 0.1 : -0.1))
        },
        // "each one a bit shorter", "every one of them longer": each photo's time
        Rule(#"\b(?:each|every)\s+(?:one|1|single one|single 1)(?:\s+of\s+them)?\s+(?:(?:a bit|a little|slightly|much|way)\s+)?(longer|shorter)\b|\b(?:stay|stays|be|on screen)\s+less\s+long(?:\s+each)?\b"#) { m, _ in
            Found(.scalePhotos(nil, m[1] == "longer" ? 1.25 : 0.8))
        },
        // 跳过歌的前30秒, 音乐跳过开头20秒: where the music starts in its file
        Rule(#"(?:跳过|跳掉|去掉|剪掉)(?:歌|音乐|歌曲|配乐|背景音乐|bgm)?(?:的)?(?:前|开头|开头的|前面)\s*(\d+(?:\.\d+)?)\s*秒|(?:歌|音乐|歌曲|配乐|背景音乐|bgm)(?:的)?(?:要)?(?:跳过|跳掉|去掉|剪掉)(?:前|开头|开头的|前面)\s*(\d+(?:\.\d+)?)\s*秒"#) { m, _ in
            guard let v = m.number(1) ?? m.number(2), v >= 0, v <= 3600 else { return nil }
            return Found(.musicOffset(ms: FrameTime.ms(seconds: v)), implied: [.music(source: nil)])
        },
        // "my camera saved the wedding photos backwards", "the phone put them in the wrong order": why the order changes
        Rule(#"\b(?:(?:my|the|our|his|her)\s+)?(?:camera|phone|app|computer|laptop|drive|cloud|icloud|google photos|photographer)\s+(?:(?:must have|must ve|has|had|always|somehow)\s+)*(?:saved|put|sorted|exported|named|ordered|numbered|shuffled|mixed up|messed up|uploaded|sent)\s+(?:the\s+|my\s+|our\s+|them|it|all)?\s*(?:[a-z]+\s+){0,2}?(?:photos?|pictures?|pics|images|files|them|it)?\s*(?:backwards|in reverse(?: order)?|in the wrong order|out of order|upside down|sideways|randomly|all mixed up)\b"#) { _, _ in
            Found().notNegatable
        },
        // "the salon plays its own music anyway", "the hall has its own sound system": why there is no music
        Rule(#"\b(?:the|our|my|their|his|her)\s+[a-z]+(?:\s+[a-z]+)?\s+(?:plays|play|has|have|will play|will have|provides|brings|already plays|already has)\s+(?:its|their|our|his|her|my)\s+own\s+(?:music|songs?|soundtrack|playlist|piano|pianist|band|dj|sound system|speakers|radio)\b(?:\s+(?:anyway|anyways|already|playing))?"#) { _, _ in
            Found(implied: [.noMusic]).notNegatable
        }.needing(["own"]),
    ]
}
