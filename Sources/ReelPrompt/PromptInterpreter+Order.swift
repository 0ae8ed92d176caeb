import Foundation

/// Photo order and photo edits: "in date order", "shuffle", "reverse", "swap photo 3 and 4",
/// "remove the last photo", "move photo 5 to the start".
extension PromptInterpreter {
    static let photoRef = #"(\d+(?:st|nd|rd|th)?|first|last|final)"#
    static let firstWord = #"(?:first|1st)"#
    static let shuffleSeed: UInt64 = 1

    static let orderRules: [Rule] = [
        // 照片按时间倒着排, 按日期倒序, 按拍摄时间反过来排: the date order turned around, newest first
        Rule(#"(?:按|按照|根据)\s*(?:照片|相片|图片)?(?:的)?(?:拍摄|拍照|拍)?(?:的)?(?:时间|日期|时间顺序|日期顺序)\s*(?:的)?(?:顺序)?\s*(?:来)?(?:倒着|倒过来|反过来|反着|倒序|逆序|反序)(?:来)?(?:排序|排列|排|放|播)?|(?:时间|日期)(?:倒序|逆序|倒着排|反着排)"#) { _, _ in
            Found(.order(.newestFirst))
        },
        Rule(#"\b(?:swap|switch|exchange|flip|trade|reverse)\s+(?:places\s+(?:between|of)\s+)?(?:the\s+)?(?:(?:order|places|positions|spots)\s+of\s+(?:the\s+)?)?(?:"# + photoNoun + #"\s+)?(?:#|no\s+|number\s+)?"# + photoRef + #"(?:\s+"# + photoNoun + #")?\s*(?:and|with|&|,)\s*(?:the\s+)?(?:"# + photoNoun + #"\s+)?(?:#|no\s+|number\s+)?"# + photoRef + #"(?:\s+"# + photoNoun + #")?"#) { m, _ in
            guard let a = ref(m[1]), let b = ref(m[2]) else { return nil }
            return Found(.swapPhotos(a, b))
        },
        Rule(#"(前|最后)\s*2\s*张(?:照片|图片)?\s*(?:交换|互换|对调|调换|换)(?:一下)?(?:位置)?"#) { m, _ in
            m[1] == "前" ? Found(.swapPhotos(.number(1), .number(2))) : Found(.swapPhotos(.fromEnd(2), .last))
        },
        // 交换第2张和第5张, 把第1张和最后1张对调; Cantonese 將第一張同最後一張調轉 / 掉轉 (read as 把第1张和最后1张调转);
        // 第一张和最后一张要换一下位置, 第2张跟第3张可以对调吗: a modal before the verb; 第二张和第五张swap一下:
        // the English verb in a Chinese request
        Rule(#"(?:交换|互换|对调|调换)\s*(第?\s*\d+\s*张?|最后\s*1?\s*张)(?:照片|图片)?\s*(?:和|与|跟)\s*(第?\s*\d+\s*张?|最后\s*1?\s*张)(?:照片|图片)?|把?\s*(第\s*\d+\s*张|最后\s*1?\s*张)(?:照片|图片)?\s*(?:和|与|跟)\s*(第\s*\d+\s*张|最后\s*1?\s*张)(?:照片|图片)?\s*(?:要|想|需要|得|可以|能不能|可不可以|能|帮我|再)?\s*(?:交换|互换|对调|调换|调转|掉转|换一下|换个位置|换位置|换|swap|switch)(?:一下)?(?:位置)?"#) { m, _ in
            guard let a = photoRefs(m[1] ?? m[3] ?? "").first, let b = photoRefs(m[2] ?? m[4] ?? "").first else { return nil }
            return Found(.swapPhotos(a, b))
        },
        // "cut the 3rd photo down to 2 seconds" is a length, not a removal
        Rule(#"\b(?:remove|delete|drop|cut|take out|get rid of|skip|lose)\s+(?:the\s+)?(?:(?:"# + photoNoun + #")\s+(?:#|no\s+|number\s+)?(\d+)\b|"# + photoRef + #"\s+(?:"# + photoNoun + #"|1)\b)(?!\s+(?:down|back)\s+to\b)"#) { m, _ in
            ref(m[1] ?? m[2]).map { Found(.removePhoto($0)) }
        },
        Rule(#"(?:删除|删掉|去掉|去除|移除|不要)\s*(?:最后\s*1?\s*张|第\s*(\d+)\s*张)(?:照片|图片)?|把?\s*(?:最后\s*1?\s*张|第\s*(\d+)\s*张)(?:照片|图片)?\s*(?:删除|删掉|去掉|去除|移除)"#) { m, _ in
            let r: PhotoRef? = (m[1] ?? m[2]).map { ref($0) } ?? .last
            return r.map { Found(.removePhoto($0)) }
        },
        Rule(#"\bmove\s+(?:the\s+)?(?:"# + photoNoun + #"\s+)?(?:#|number\s+)?"# + photoRef + #"(?:\s+"# + photoNoun + #")?\s+to\s+(?:the\s+)?(?:(start|beginning|front|first|1st)|(end|last|back)|position\s+(\d+))\b"#) { m, _ in
            guard let from = ref(m[1]) else { return nil }
            let to: PhotoRef? = m[2] != nil ? .first : m[3] != nil ? .last : ref(m[4])
            return to.map { Found(.movePhoto(from, to: $0)) }
        },
        // "newest first", "sort by date newest first" (one order: the date order, newest first), "from the newest to the oldest", 最新的在前;
        // the user's own plural noun for the photos: "newest games first", "latest matches first", 最新的比赛放前面
        Rule(#"\b(?:start|begin) with (?:the )?(?:most recent|newest|latest)(?: photos?| pictures?| pics?| images?| ones?| shots?)?\b|\b(?:(?:order|sort|arrange)(?:ed)? (?:them |it |the photos )?)?by (?:newest|latest|most recent)(?: first)?\b|\b(?:(?:sort|order|arrange)(?:ed)? (?:them |it |the (?:photos|pictures|pics) )?by (?:date|time)(?: taken)?\s*[,-]?\s*(?:with (?:the )?)?)?(?:newest|latest|most recent)(?: photos?| pictures?| pics?| images?| ones?| shots?| 1(?![\d.])| (?!(?:is|was|has|does)\b)[a-z]{2,}s)?(?: (?:come|comes|go|goes|should come|should go|should be|can be|to be|be|are|is|to come|to go|coming|going))? (?:first|1st|at the (?:start|beginning|front)|up front|in front)\b|\b(?:(?:sort|order|arrange)(?:ed)? (?:them |it |the (?:photos|pictures|pics|images) )?)?(?:from )?(?:the )?(?:newest|latest|most recent)(?: (?:photo|picture|pic|image|one|shot)s?| 1(?![\d.]))? to (?:the )?(?:oldest|earliest)(?: (?:photo|picture|pic|image|one|shot)s?| 1(?![\d.]))?\b|\breverse chronological(?:ly)?(?: order)?\b|\breverse (?:date|time) order\b|(?:从|由)(?:新到旧|晚到早|近到远)|最新的在前(?:面|头|边)?|按(?:照)?(?:拍摄)?(?:时间|日期)倒序|(?:时间|日期)倒序|倒序排列?时间|(?:最新|最近|新拍|最近拍|最晚|最后拍)(?:拍)?(?:摄)?的?(?:照片|图片|那张|那些|1张|(?<=的)\p{Han}{1,3}?(?=放|排))?(?:放|排|是)?(?:在)?(?:前面|最前面?|开头|前|第\s*1\s*(?:张|个|位)?)|(?:从|由|以)(?:最新|最近|新拍|最近拍)(?:拍)?的?(?:那)?(?:照片|图片|张|一张|1张)?(?:开始|开头|打头)"#) { _, _ in
            Found(.order(.newestFirst))
        },
        // "end on the first day of the hike", "start with the last day", 以第一天结尾: days are dates, so an order
        // ("finish with the first day when they still fell all the time": the day told of, part of it)
        Rule(#"\b(?:(end|ends|ending|finish|finishes|finishing|close|closes|wrap up|conclude|concludes)|(start|starts|starting|begin|begins|beginning|open|opens|opening))\s+(?:it\s+|things\s+)?(?:on|with|at)\s+(?:the\s+)?(?:(?:(first|1st|earliest|oldest)|(last|latest|final|newest|most recent))\s+(?:day|days|morning|night|evening)|(?:(earliest|oldest)|(latest|newest|most recent))\s+(?:photos?|pictures?|pics|ones?|shots?|days?))\b(?:\s+when\s+(?:we|they|i|he|she|you|everyone|everybody|(?:my|our|the)\s+[a-z]+)\s+[^,.;!?\x{01}]{1,80})?"#
             + #"|(?:以|在)(第\s*(?:1|一)\s*天|最早的?(?:那)?\s*(?:1|一)?\s*天)(?:结尾|结束|收尾)|(?:从)(第\s*(?:1|一)\s*天|最早的?(?:那)?\s*(?:1|一)?\s*天)(?:开始)|(?:以|在)(最后\s*(?:1|一)\s*天)(?:结尾|结束|收尾)|(?:从)(最后\s*(?:1|一)\s*天)(?:开始)"#) { m, p in
            // "reverse the order of the photos, I want it to end on the first day": what the reversal
            // is for, said after it, not a second order (the photos are taken to be in the order shot)
            let before = (p.text as NSString).substring(to: m.range.location)
            if wantedSo.occurs(in: before), reverseAsked.occurs(in: before) { return Found().notNegatable }
            let ending = m[1] != nil
            let early = m[3] != nil || m[5] != nil
            if m[1] != nil || m[2] != nil { return Found(.order(ending == early ? .newestFirst : .date)) }
            return Found(.order(m[7] != nil || m[10] != nil ? .newestFirst : .date))
        }.needing(["day", "morning", "night", "evening", "est", "recent", "天"]),
        // "most recent at the end": oldest first
        Rule(#"\b(?:newest|latest|most recent)(?: photos?| pictures?| pics?| images?| ones?| shots?)?(?: (?:come|comes|go|goes|should come|should go|are|is))? (?:at the end|last)\b"#) { _, _ in
            Found(.order(.date))
        },
        Rule(#"\b(?:oldest|earliest)(?: photos?| pictures?| pics?| images?| ones?| shots?)?(?: (?:come|comes|go|goes|should come|should go|are|is))? (?:at the end|last)\b"#) { _, _ in
            Found(.order(.newestFirst))
        },
        // "I want it to end on the oldest one", "finish with the most recent shots": the end says the order
        Rule(#"\b(?:end|ends|ending|finish|finishes|finishing|close|closes|closing|wrap up)(?: (?:it|the video|the slideshow|things|off|it off|things off))? (?:on|with) (?:the )?(oldest|earliest|newest|latest|most recent)(?: photos?| pictures?| pics?| ones?| shots?| 1(?![\d.]))?\b|(?:以|用)?(最早|最旧|最新|最近)(?:拍)?的(?:照片|图片|那张|一张|1张)?(?:结尾|收尾)"#) { m, _ in
            let word = m[1] ?? m[2] ?? ""
            return Found(.order(["oldest", "earliest", "最早", "最旧"].contains(word) ? .newestFirst : .date))
        },
        // "oldest first", "earliest games first" (the user's own plural noun for the photos); "photos going from the
        // oldest to the newest", "order the pictures from the earliest one to the latest one"; "arranged in the order
        // in which they were taken" (the order of taking said as a letter-writer's relative clause).
        // The English forms share one word boundary, tested once; the Chinese ones are tried only at
        // the characters they start with (按 时 照 从 由 最 早 以 先: keep this list in step with them).
        Rule(#"\b(?:(?:in |by )?(?:date|chronological|time|capture) order\b|chronological(?:ly)?\b|(?:sort(?:ed)?|order(?:ed)?|arrange(?:d)?) (?:them |it )?by (?:date|time)(?: taken)?\b|by (?:the )?date(?: (?:the photos were |the pictures were |they were |it was |i )?(?:taken|shot|took them))?\b|(?:start|begin) with (?:the )?(?:oldest|earliest)(?: photos?| pictures?| pics?| images?| ones?| shots?)?\b|(?:oldest|earliest)(?: photos?| pictures?| pics?| images?| ones?| shots?| 1(?![\d.])| (?!(?:is|was|has|does)\b)[a-z]{2,}s)?(?: (?:come|comes|go|goes|should come|should go|should be|can be|to be|be|are|is|to come|to go|coming|going))? (?:first|1st|at the (?:start|beginning|front)|up front|in front)\b|(?:(?:sort|order|arrange)(?:ed)? (?:them |it |the (?:photos|pictures|pics|images) )?)?(?:from )?(?:the )?(?:oldest|earliest)(?: (?:photo|picture|pic|image|one|shot)s?| 1(?![\d.]))? to (?:the )?(?:newest|latest|most recent)(?: (?:photo|picture|pic|image|one|shot)s?| 1(?![\d.]))?\b|(?:sort|order|arrange)(?:ed)? (?:them |it |the photos |the pictures )?by (?:the )?(?:capture |shooting |creation |photo |exif |taken )?(?:date|time)(?: (?:the photos were |the pictures were |they were |it was |i )?(?:taken|shot|took them))?\b|in the order (?:in which )?(?:(?:they|these|those|the photos|the pictures|the pics|it) (?:were|was) (?:(?:originally|first|actually) )?(?:taken|shot)|(?:i|we|he|she) (?:took|shot|snapped) them|taken|(?:they|it|things|everything|events) happened)\b|in order of (?:the )?(?:date|time|capture)(?: taken)?\b|by date taken\b|in (?:the )?order of when (?:they were|it was|the photos were|the pictures were|we|i) (?:taken|shot|took them)\b|(?:order(?:ed)?|sort(?:ed)?|arrange(?:d)?) (?:them |it |the photos )?by when (?:they were|it was|the photos were|i) (?:taken|shot|took them)\b)|(?=[按根时照从由最早以先])(?:(?:按|根据)(?:照)?(?:照片|相片|图片)?(?:的)?(?:拍摄|拍照|拍)?(?:的)?(?:时间|日期)(?:顺序|先后)?(?:排序|排列|来排|排好|排)?|时间顺序|(?:按|按照|照)(?:拍摄|拍照|拍的)(?:的)?(?:顺序|先后)(?:排序|排列|来排|排好|排)?|(?:从|由)(?:旧到新|早到晚|远到近)|(?:最旧|最早|早拍|以前拍|先拍|最先拍|最老)(?:拍)?(?:摄)?的?(?:照片|图片|那张|那些|1张|(?<=的)\p{Han}{1,3}?(?=放|排))?(?:放|排|是)?(?:在)?(?:前面|最前面?|开头|前|第\s*1\s*(?:张|个|位)?)|(?:从|由|以)(?:最旧|最早|早拍|最先拍)(?:拍)?的?(?:那)?(?:照片|图片|张|一张|1张)?(?:开始|开头|打头))"#) { _, _ in
            Found(.order(.date))
        },
        Rule(#"\bshuffle[ds]?(?: (?:up )?(?:the )?(?:photos|pictures|images|order|them|it))?(?: (?:with )?seed (\d+))?\b|\brandom(?:ize|ise|ly)?(?: (?:the )?(?:order|ordered|sequence|photos|pictures|them|it))?\b|\bin (?:a )?random order\b|\bmix (?:them |it )?up\b|随机(?:顺序|排序|播放)?|打乱(?:顺序)?"#) { m, _ in
            Found(.order(.shuffled(seed: m[1].flatMap { UInt64($0) } ?? shuffleSeed)))
        },
        // "so it runs backwards, last photo first", "reverse the order - last one first": the reversal said
        // again as where the last photo goes, read with it (not a move of the last photo); 将啲相倒转晒次序
        // (Cantonese: turn the whole order around)
        Rule(#"(?:\brevers(?:e|ed)(?: (?:the )?(?:current |photo |whole |picture )?(?:order|sequence|photos|pictures))?\b|\bbackwards?\b|\bback to front\b|\bin reverse(?: order)?\b|\bflip (?:the )?(?:order|sequence)\b|\binvert (?:the )?(?:order|sequence)\b)(?:\s*(?:[,;:]|-+|\()\s*(?:(?:so|with|like|meaning|i ?e)\s+)?(?:the\s+)?last\s+(?:one|photo|picture|pic|image|shot|1)?\s*(?:comes?\s+|goes?\s+|is\s+|at\s+)?first\b(?:\s*(?:,|and)?\s*(?:the\s+)?first\s+(?:one|photo|picture|pic|image|shot|1)?\s*(?:comes?\s+|goes?\s+|is\s+|at\s+)?last\b)?)?|\blast to first\b|\bflip it\b|\b(?:in|into)\s+(?:the\s+)?(?:opposite|other|inverse|inverted)\s+(?:order|direction|sequence)(?:[\s,]+(?:(?:so|with)\s+)?(?:the\s+)?last\s+(?:one|photo|picture|pic|image|shot)?\s*(?:comes?\s+|goes?\s+|is\s+)?first)?\b|\b(?:opposite|inverse)\s+order\b|\blast (?:one|photo|picture|pic|image|shot)s? first,? first (?:one|photo|picture|pic|image|shot)s? last\b|倒序|反序|倒过来|反过来|(?:倒着|反着)(?:排序|排列|排|放|来)?|(?:(?:把|将)\s*(?:啲|些|所有|全部)?(?:的)?(?:照片|相片|图片|图)?\s*)?(?:(?:倒|掉|调|反)(?:返)?转|颠倒)(?:晒|哂|一下|过来)?(?:的)?(?:顺序|次序)|(?:顺序|次序)(?:全部|都|全)?(?:(?:倒|掉|调|反)(?:返)?转|颠倒)(?:晒|哂|过来)?"#) { m, p in
            // "photos 6 and 7 … but they're backwards, swap 6 and 7": two photos said to be the wrong way
            // round, the reason for the swap asked beside it, not the whole order reversed
            if pairSaidBackwards.occurs(in: (p.text as NSString).substring(to: m.range.location) + m.text), swapAsked.occurs(in: p.text) {
                return Found().notNegatable
            }
            return Found(.order(.reversed))
        },
        // "把顺序倒过来，从最后一张开始", "将啲相倒转晒次序，最后嗰张放第一", "reverse it, starting from the
        // last one": where a reversed order starts, said after the reversal (already said)
        Rule(#"(?:从|由)最后\s*(?:1|一)?\s*张(?:照片|图片|相片|图)?(?:开始|打头|开头)(?:放|播|排)?|最后\s*(?:那|一|1)?\s*张(?:照片|图片|相片|图)?(?:放|排|摆)(?:在)?(?:第一|最前面?|开头)(?:张|个)?|\b(?:starting|start|beginning|begin)\s+(?:from|with)\s+the\s+(?:very\s+)?last\s+(?:one|photo|picture|pic|image|shot)\b"#) { m, p in
            let before = (p.text as NSString).substring(to: m.range.location)
            guard Pattern(#"倒序|反序|倒过来|反过来|倒着|反着|倒转|颠倒|\brevers|\bbackwards?\b"#).occurs(in: before) else { return nil }
            return Found(.order(.reversed))
        },
        // "reverse the order, I want it to end on the empty rink": the photo a reversal ends (or starts)
        // on, described, said as what the reversal is for; understood, nothing more to change
        Rule(#"\b(?:end|ends|finish|finishes|close|closes|start|starts|begin|begins|open|opens)\s+(?:on|with)\s+(?:the|that|a|an|my|our)\s+((?:[a-z]+\s+){0,3}?[a-z]+)(?=\s*(?:$|[,.;!?]))"#) { m, p in
            let before = (p.text as NSString).substring(to: m.range.location)
            guard wantedSo.occurs(in: before), reverseAsked.occurs(in: before), !storySettingWord.occurs(in: m[1] ?? "") else { return nil }
            return Found().notNegatable
        },
    ]

    /// "3", "3rd", "first", "last" as a photo reference.
    static func ref(_ s: String?) -> PhotoRef? {
        guard let s else { return nil }
        if s == "first" { return .first }
        if s == "last" || s == "final" { return .last }
        let digits = s.prefix { $0.isNumber }
        return Int(digits).flatMap { $0 > 0 ? .number($0) : nil }
    }
    /// "I want it to", "so it", "so that it", ", it should", 我想, 让它, 应该: the words that say what an order said before is for
    /// ("…, I want it to end on the first day", "…, I want to finish with the first day": the user's own wish).
    private static let wantedSo = Pattern(#"(?:\b(?:(?:i|we)\s+(?:want|wanted|need|d like|would like|wanna)|id like)\s+(?:it|the video|the slideshow)\s+to|\b(?:(?:i|we)\s+(?:want|wanted|d like|would like)|id like)\s+to|\b(?:i|we)\s+wanna|\bso\s+(?:that\s+)?(?:it|the video|the slideshow)(?:\s+(?:will|can|would))?|(?:^|[,;:]|\band)\s*(?:so\s+)?(?:it|the video|the slideshow)\s+(?:should|must|needs to|has to|ought to|will|would))\s*$|(?:我想|我希望|我要|想要|希望|让它|这样|应该|要)\s*$"#)
    /// "they're backwards", "those two are back to front": a pair of photos said to be the wrong way round.
    private static let pairSaidBackwards = Pattern(#"\b(?:they|theyre|those|these|them|both|the two|those two|these two|the pair|(?:photos|pictures|pics)\s+\d{1,3}\s+(?:and|&)\s+\d{1,3})\s+(?:(?:are|re|were|got|have been|seem|look|came out|ended up)\s+)?(?:(?:all|kinda|kind of|a bit|totally|the wrong way|in)\s+)*(?:backwards?|back to front)$"#)
    /// "swap 6 and 7", "switch photos 2 and 3", "swap them": two photos asked to trade places.
    private static let swapAsked = Pattern(#"\b(?:swap|switch|exchange|trade)\b"#)
    /// "reverse the order", "backwards", 倒过来: an order turned around, asked before its reason.
    private static let reverseAsked = Pattern(#"\b(?:reverse|reversed|backwards|invert|flip)\b|倒过来|反过来|倒序|反序"#)
}
