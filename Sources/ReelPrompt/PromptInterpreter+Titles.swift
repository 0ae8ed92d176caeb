import Foundation
import ReelTimeline

/// Titles: "titled 'Urban Dreams'", "add the title Summer 2024", "标题为城市之梦", "no title".
extension PromptInterpreter {
    /// The clause just before a place (after a comma or at the start) that is about the title:
    /// "标题只在第3张照片出现，" before "大一点".
    static let titleClause = Pattern(#"(?:^|[,;.])[^,;.]*(?:标题|字幕|\btitle\b)[^,;.]*[,;]\s*$"#)

    static let titleRules: [Rule] = [
        // "can the title be a little bigger?", "could the caption get smaller": the size asked as a question;
        // "Might the title at the beginning be made a little larger?", "could the title please be made bigger":
        // where the title stands, "please" and "made" said between (read first, before "at the beginning" is
        // taken as the title's time and "the title be …" as its words)
        Rule(#"\b(?:can|could|would|should|will|might|may|shall)\s+(?:we\s+|you\s+)?(?:make\s+)?(?:the\s+)?(?:title|heading|caption|title text)\s+(?:(?:at|on|in)\s+the\s+(?:beginning|start|opening|top|bottom|end|middle|centre|center)\s+)?(?:please\s+)?(?:be\s+(?:made\s+)?|get\s+|look\s+|go\s+)?(?:a bit\s+|a little\s+|much\s+|slightly\s+|a touch\s+|a lot\s+|way\s+)?(bigger|larger|smaller|big|large|small|huge|tiny)\b"#) { m, _ in
            Found(.scaleTitle(["smaller", "small", "tiny"].contains(m[1] ?? "") ? 0.7 : 1.4))
        },
        // size and place
        Rule(#"\b(?:(?:the\s+)?(?:title|caption|heading)\s+)?in (bigger|larger|huge|big|large|smaller|small|tiny) (?:letters|text|font|type)\b|\b(?:make\s+)?(?:the\s+)?(?:title|heading|caption|title text)\s+(?:(?:should|could|needs to|must)\s+be\s+|to be\s+)?(?:a bit\s+|a little\s+|much\s+|really\s+|very\s+)?(bigger|larger|smaller|huge|big|large|small|tiny|bold)\b|\b(?:a\s+)?(bigger|larger|huge|big|large|smaller|small|tiny)(?:\s+size)?\s+(?:title|heading|caption)(?:\s+text)?\b|(?:标题|(?<![a-z])title\s*(?=[的字能可要也再更改调弄变放设搞缩大小]))(?:的)?(?:字|文字|字体|字号)?(?:能不能|可不可以|可以|能否|可否|能|要)?(?:也|再|更)?(?:改|调|弄|变|放|设|搞|缩)?(?:得)?(?:再|更)?(大|小)(?:一点|一些|点)?|(大|小)(?:一点的|一些的|的)?标题|\bmake\s+(?:the|those|these|all the)\s+(?:words|text|writing|lettering|letters)\s+(?:a bit\s+|a little\s+|much\s+)?(bigger|larger|smaller)\b|(?:^|(?<=[,，。;；!！?？\s把]))(?:文字|字体|字)(?:再|更)?(?:改|调|弄|变|放|设|搞)?(?:得)?(?:再|更)?(大|小)(?:一点|一些|点)?"#
             // "make bigger the title", "make a bit smaller the caption": the size said before the title, as in German or French
             + #"|\bmake\s+(?:a bit\s+|a little\s+|much\s+|more\s+)?(bigger|larger|smaller|big|large|small)\s+(?:the\s+|my\s+)?(?:title|heading|caption)(?:\s+text)?\b"#) { m, _ in
            // "make the words bigger", "make the text smaller", 字放大一点: the words on the screen are the title;
            // 标题缩小一点, "title 放大一点": the title named in either language
            let w = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6] ?? m[7] ?? m[8] ?? ""
            let bigger = ["bigger", "larger", "huge", "big", "large", "bold", "大"].contains(w)
            return Found(.scaleTitle(bigger ? 1.4 : 0.7))
        },
        // "make the writing bigger", "the text could be a bit larger": the title's lettering named as
        // the writing on screen (the title is the only text a video has)
        Rule(#"\b(?:make\s+)?(?:the|that|all the)\s+(?:writing|text|letters|print|words on (?:the )?screen)\s+(?:(?:should|could|needs to|must)\s+be\s+|to be\s+)?(?:a bit\s+|a little\s+|a lot\s+|much\s+|really\s+|very\s+|way\s+)?(bigger|larger|smaller|huge|big|large|small|tiny)\b"#) { m, _ in
            Found(.scaleTitle(["smaller", "small", "tiny"].contains(m[1] ?? "") ? 0.7 : 1.4))
        },
        // "my grandma can't see small text", "the text is too small to read", 奶奶看不清小字: the letters
        // too small for someone to read is asked as a bigger title; 标题的字太小了: the title's letters
        Rule(#"\b(?:cant|can not|cannot|could not|couldnt|struggles? to|struggling to|has trouble|have trouble|hard to|unable to|can barely|can hardly|barely|hardly)\s+(?:see|read|seeing|reading|make out)\s+(?:the\s+|such\s+|that\s+|any\s+|those\s+)?(?:small|tiny|little|teeny)\s+(?:text|writing|letters|print|font|words|titles?|captions?|type)\b|\b(?:the\s+)?(?:title|text|caption|writing|letters|font|words)\s+(?:is|s|are)\s+(?:way\s+|much\s+|a bit\s+|kind of\s+|kinda\s+)?too\s+(?:small|tiny)\s+(?:for\s+(?:[a-z]+\s+){1,2})?to\s+(?:read|see)\b|(?<!动就|晃就|大就|放就|来就)看不清(?:楚)?(?:那么|这么)?(?:小的|小)?(?:字|文字|标题|字幕)|(?:(?:标题|字幕)的)?(?:字|文字|标题)(?:太小|那么小|这么小|有点小|有些小|不够大)了?(?:[^，。,.;!?]{0,4}?看不清(?:楚)?)?"#) { _, _ in
            Found(.scaleTitle(1.4))
        },
        // "move the title down to the lower third of the screen": the place after the direction
        Rule(#"\b(?:to|in|at|into|on) the lower (?:third|3rd)\b(?:\s+of the (?:screen|frame|video|picture))?"#) { _, p in
            guard !p.quotes.isEmpty || p.text.contains("title") || p.text.contains("caption") else { return nil }
            return Found(.titlePosition(.lowerThird))
        },
        // "put the title «Beach Day» on top", "«X» as the title along the bottom", "put our name «…» as the title at
        // the bottom" (whose name, as the rule for the title's words reads it): the title's words may stand before its place; 标题能不能放到正中间？, 标题可以放在下面吗: the place asked as a question
        Rule(#"\b(?:(?:can|could|should|would)\s+)?(?:(?:with|use|put|have|set|add|stick)\s+(?:his|her|their|our|my)\s+(?:(?:full|first|last|channel|shop|store|business|company|brand|band|team|club|group|page|school|family|farm|restaurant|cafe|bakery|studio)(?:s|\s?'?s)?\s+)?(?:names?|handle|slogan|tagline|motto)\s+(«q[a-z]+»)\s+(?:as|for)\s+(?:the\s+|a\s+)?(?=title\b)|(?:put\s+|move\s+|place\s+|show\s+)?(?:the\s+)?)(?:title|heading|caption)\s+(?:text\s+|(«q[a-z]+»)\s+)?(?:(?:be|go|sit|stay|appear|show up|be placed|be moved|run)\s+)?(?:(?:at|on|to|in|near|along|across)\s+|up\s+(?=top\b))(?:the\s+)?(?:very\s+)?(bottom|top|middle|center|centre|lower third|lower 3rd)\b(?:\s+of the (?:screen|frame|video))?|(?:标题|(?<![a-z])title\s*(?=[放移挪在能可要摆]))(?:能不能|可不可以|可以|能否|能|要|就|再)?(?:放|放在|移到|移动到|挪到|搬到|摆到|摆在|摆|拖到|在|位置)?(?:到|在)?\s*(?:(?:画面|屏幕|视频)(?:的)?)?(最下面|最上面|最底部|最顶部|最底下|下面|底部|下方|底下|下边|上面|顶部|最顶上|顶上|顶端|上方|上边|正中间|最中间|中间|居中|正中)(?:去|来)?(?:吧)?"#
             // "music 50%. title top.", "title: bottom": the place right after the word, in a clipped list of settings
             + #"|\b(?:the\s+)?(?:title|heading|caption)\s*:?\s+(top|bottom|middle|center|centre|lower third)(?=\s*(?:$|[,.;!?]))"#) { m, p in
            // 标题放下面去: "去" says only where it goes
            var f = Found(.titlePosition(position(m[3] ?? m[4] ?? m[5] ?? "")))
            if let words = (m[1] ?? m[2]).flatMap(p.quote) { f.changes.insert((.title(words), false), at: 0) }
            return f
        },
        // "please put the words at the top", "can the writing go at the bottom", 把字放在上面: the words on
        // the screen are the title
        Rule(#"\b(?:(?:put|move|place|have|keep)\s+|(?:can|could|should)\s+)(?:the|those|these|all the|my)\s+(?:words|text|writing|lettering|wording)\s+(?:(?:go|be|sit|stay|appear)\s+)?(?:(?:at|on|to|in|near)\s+|up\s+(?=top\b))(?:the\s+)?(?:very\s+)?(bottom|top|middle|center|centre|lower third|lower 3rd)\b(?:\s+of the (?:screen|frame|video))?|(?:把)?(?:文字|那些字|上面的字|(?<![数名汉打签])字)(?:放|放在|移到|移动到|挪到|搬到|摆到|摆在)(?:到|在)?\s*(?:(?:画面|屏幕|视频)(?:的)?)?(最下面|最上面|最底部|最顶部|下面|底部|下方|上面|顶部|上方|正中间|中间)"#) { m, _ in
            Found(.titlePosition(position(m[1] ?? m[2] ?? "")))
        },
        // "put txt "Club Fly-In" on top", "add "SOLD" in the middle of the screen": the words, then where they go
        Rule(#"(?:\b(?:put|add|write|have|place|show)\s+(?:(?:the|some)\s+)?(?:(?:text|txt|words?|writing|line)\s+)?)?(«q[a-z]+»)\s+(?:(?:at|on|in|across|along|near)\s+(?:the\s+)?(?:very\s+)?|up\s+(?=top\b))(top|bottom|middle|center|centre|lower third|lower 3rd)\b(?:\s+of the (?:screen|frame|video))?"#) { m, p in
            if spokenBefore.occurs(in: (p.text as NSString).substring(to: m.range.location)) { return nil }
            guard let words = m[1].flatMap(p.quote) else { return nil }
            return Found(.title(words), .titlePosition(position(m[2] ?? "")))
        },
        Rule(#"\b(?:(?:put|move|place)\s+(?:it|them)\s+)?(?:(?:at|on|to|in|near)\s+the\s+(?:very\s+)?(bottom|top|middle|center|centre)\b|(?:at\s+|on\s+|to\s+|in\s+)?(?:the\s+)?(bottom|top)(?=\s+of the (?:screen|frame|video)))(?:\s+of the (?:screen|frame|video))?|(?:放在|放到|移到|移动到|挪到|搬到|摆到|摆在|拖到)\s*(?:(?:画面|屏幕|视频)(?:的)?)?(最下面|最上面|最底部|最顶部|底部|下面|下方|底下|顶部|顶上|顶端|上面|上方|中间|(?:bottom|top|middle|center|centre)(?![a-z]))(?:去|来)?"#) { m, p in
            // "标题叫「滑雪」，放在画面下面", "title改成“马拉松”，放在top": the place in the frame, in either language
            guard !p.quotes.isEmpty || p.text.contains("title") || p.text.contains("标题") || chineseLetters.occurs(in: p.text) else { return nil }
            return Found(.titlePosition(position(m[1] ?? m[2] ?? m[3] ?? "")))
        },
        Rule(#"\b(?:at|in) the (?:beginning|start)\b|\bat the start of the video\b"#) { _, p in
            !p.quotes.isEmpty || p.text.contains("title") ? Found() : nil
        },
        // "标题改成“X”，字大一些", "title挪到底部，字号大一点": the letters of the title named before
        Rule(#"(?:字|文字|字体|字号)(?:再|更)?(?:改|调|弄|变|放|设|搞)?(?:得)?(?:再|更)?(大|小)(?:一点|一些|点)?"#) { m, p in
            guard p.text.contains("标题") || p.text.contains("title") || !p.quotes.isEmpty else { return nil }
            return Found(.scaleTitle(m[1] == "大" ? 1.4 : 0.7))
        },
        // "make the title smaller and move it down", "… and put it up top", "move it down to the bottom"
        Rule(#"\b(?:move|shift|put|push|nudge)\s+(?:it|the title|the caption|the text)\s+(?:a bit\s+|a little\s+)?(up|down|higher|lower)\b(?:\s+(?:(?:to|at|on)\s+)?(?:the\s+)?(?:very\s+)?(?:top|bottom)\b(?:\s+of the (?:screen|frame|video))?)?"#) { m, p in
            guard m.text.contains("title") || m.text.contains("caption") || m.text.contains("text") || lastTopic(before: m.range.location, in: p.text) == .title else { return nil }
            return Found(.titlePosition(["up", "higher"].contains(m[1] ?? "") ? .top : .lowerThird))
        },
        // "could the title be bigger, and sit up top instead?", "…, go at the bottom": a place said
        // with a verb of its own after the title was named
        Rule(#"(?:^|(?<=[,;])|(?<=\band ))\s*(?:and\s+)?(?:(?:can|could|should|would)\s+it\s+|(?:have|let)\s+it\s+|it\s+(?:should|could|can)\s+)?(?:sit|go|stay|be|move|appear|show up|live|float|hang|go back|(?:move|put|place|stick|shift|push)\s+it)\s+(?:(?:up|down|over)\s+)?(?:(?:at|on|to|in|near|along|across)\s+)?(?:the\s+)?(?:very\s+)?(top|bottom|middle|center|centre|lower third)\b(?:\s+of the (?:screen|frame|video))?(?:\s+(?:instead|please|pls|too|then))*(?=\s*(?:$|[,.;!?]))"#) { m, p in
            guard lastTopic(before: m.range.location, in: p.text) == .title else { return nil }
            return Found(.titlePosition(position(m[1] ?? "")))
        }.needing(["top", "bottom", "middle", "center", "centre", "lower third"]),
        // "put it at the top actually no the bottom", "title at the top, wait no, the bottom", "… on top, sorry,
        // in the middle": a place for the title taken back and said again right after it; the later is meant
        Rule(#"\b(?:no\s+)?(?:wait|actually|sorry|oops|i mean|scratch that|or rather|make that|hmm|no)\b(?:[,\s]+no\b)?[,\s]+(?:(?:at|on|to|in|along)\s+)?(?:the\s+)?(?:very\s+)?(top|bottom|middle|center|centre|lower third)\b(?:\s+of the (?:screen|frame|video))?(?:\s+(?:instead|please|pls|then))*(?=\s*(?:$|[,.;!?]|and\b))"#) { m, p in
            let before = (p.text as NSString).substring(to: m.range.location).trimmingCharacters(in: CharacterSet(charactersIn: " ,.-–—"))
            guard placeSaidLast.occurs(in: before), lastTopic(before: m.range.location, in: p.text) == .title || captionCue.occurs(in: before) else { return nil }
            return Found(.titlePosition(position(m[1] ?? "")))
        }.needing(["top", "bottom", "middle", "center", "centre", "lower third"]),
        // "title position: top"
        Rule(#"\b(?:title|caption|heading)\s+(?:position|placement|location|place|align(?:ment)?)\s*(?:[:=]|should be|is|to)?\s*(top|bottom|center|centre|middle|lower third)\b"#) { m, _ in
            Found(.titlePosition(position(m[1] ?? "")))
        },
        // "标题写“X”，放底部", "这个title太小了，…，然后放最上面", 标题'X'放最上面, 标题改成X，摆在正中间: a place for the title named in an earlier clause
        Rule(#"(?:^|(?<=[,;])|(?<=点|些|\x{01}|»))\s*(?:然后|再|并且|并)?\s*(?:放|放在|放到|摆|摆在|摆到|移到|挪到|在)\s*(?:(?:画面|屏幕|视频)(?:的)?)?(?:最)?(底部|下面|下方|底下|下边|上面|顶部|顶上|顶端|上方|上边|正中间|最中间|中间|正中|居中|(?:bottom|top|middle|center|centre)(?![a-z]))"#) { m, p in
            guard p.text.contains("标题") || p.text.contains("title") || !p.quotes.isEmpty else { return nil }
            // "标题小一点放上面": right after a size, or at the start of a clause
            // 标题'鼓浪屿的约定'放最上面: right after the title's quoted words
            if let last = (p.text as NSString).substring(to: m.range.location).trimmingCharacters(in: .whitespaces).last,
               ![",", ";", "点", "些"].contains(last),
               !(last == "»" && lastTopic(before: m.range.location, in: p.text) == .title) { return nil }
            let w = m[1] ?? ""
            return Found(.titlePosition(position(w)))
        },
        // "title太小了，大一点，然后只放在最后一张上", 标题改成X，只在第一张出现: the photos the title is on, with the title
        // named in an earlier clause (not 只放最后一张, which keeps photos: the title is what was talked about last)
        Rule(#"只\s*(?:放|放在|放到|显示在|出现在|在)\s*("# + refList + #")(?:上面|上|里面|里)?(?:出现|显示)?(?=\s*(?:$|[,.;!?]|吧|就好|就行))"#) { m, p in
            // 标题只放在第一张上: the title named in the same clause is read by the rules for the title's span
            let before = (p.text as NSString).substring(to: m.range.location)
            let clause = before.split(whereSeparator: { ",;.!?\u{1}".contains($0) }).last.map(String.init) ?? ""
            guard !clause.contains("标题"), !clause.contains("title"), !clause.contains("字幕"),
                  lastTopic(before: m.range.location, in: p.text) == .title else { return nil }
            let refs = photoRefs(m[1] ?? "")
            return refs.first.map { Found(.titleOn($0, through: refs.count > 1 ? refs.last : nil)) }
        }.needing(["只"]),
        // 标题往上移, 标题往下挪一点
        Rule(#"(?:标题|字幕)(?:再)?(?:往|向)(上|下)(?:移|挪|放|调|走)?(?:一点|一些|点)?"#) { m, _ in
            Found(.titlePosition(m[1] == "上" ? .top : .lowerThird))
        },
        // "title at top, bigger", "Title "X", big letters", "Title it X, keep it small", "go at the top and be a bit smaller", "can the
        // title go on photo 2? small and at the top", 'our name "Golden Comb" big in the middle': a bare
        // size (or "be" and a size, or a size and "letters", "text", "font") after the title was named
        Rule(#"(?:^|(?<=[,;?.!])|(?<=\band )|(?<=» ))\s*(?:and\s+)?(?:be\s+|look\s+|get\s+|(?:keep|make|have|leave)\s+it\s+(?:nice and\s+)?)?(?:a bit\s+|a little\s+|much\s+|slightly\s+|a touch\s+|a lot\s+|way\s+|kinda\s+|really\s+|nice and\s+)?(bigger|larger|smaller|big|large|small|huge|tiny)(?:\s+(?:letters|lettering|text|font|type|print|writing|size))?(?:\s+(?:please|pls|too|though))?(?=\s*(?:$|[,.;!?])|\s+(?:and|but)\s+(?:(?:in|at|on|near|centered|centred|up|down)\b|\x{01})|\s*\x{01}|(?<=» (?:big|large|huge|small|tiny))\s+(?:in|at|on|across)\s+(?:the\s+)?(?:middle|center|centre|top|bottom|lower third|corner|left|right)\b)"#) { m, p in
            let before = (p.text as NSString).substring(to: m.range.location)
            guard lastTopic(before: m.range.location, in: p.text) == .title
                    || Pattern(#"\b(?:titled|called|named|captioned)\s+«q[a-z]+»\s*(?:,|and)?\s*$|«q[a-z]+»\s$"#).occurs(in: before) else { return nil }
            return Found(.scaleTitle(["smaller", "small", "tiny"].contains(m[1] ?? "") ? 0.7 : 1.4))
        },
        // "标题放中间，大一点", "标题叫X，大字", "这个title太小了，搞大点": a bare size after the title was named;
        // "标题只在第3张照片出现，大一点": the clause before names the title, whatever photo it names;
        // "標題太小了，…，可以大一點嗎", "個標題太細，…，可唔可以大啲": the size asked as a question
        Rule(#"(?:^|(?<=[,;]))\s*(?:再|字)?(?:(?:可以|可不可以|能不能|能否|可否|能)(?:再)?)?(?:(?:搞|弄|调|改|变|放)得?)?(大|小)(?:一点|一些|点)(?:吗|嘛|吧|呀|啊|呢)?(?=\s*(?:$|[,.;!?]|放|移|挪|\x{01}))|(?:^|(?<=[,;]))\s*(?:要|用|字要|请用)?(大|小)(?:一点|一些|点)?(?:的)?字(?:体|号)?(?:吧)?(?=\s*(?:$|[,.;!?]|放|\x{01}))"#) { m, p in
            guard lastTopic(before: m.range.location, in: p.text) == .title
                    || titleClause.occurs(in: (p.text as NSString).substring(to: m.range.location)) else { return nil }
            return Found(.scaleTitle((m[1] ?? m[2]) == "大" ? 1.4 : 0.7))
        },
        // "bigger text for the title"
        Rule(#"\b(bigger|larger|huge|big|large|smaller|small|tiny)\s+(?:text|font|letters|type|size)\s+(?:for|on|in|of)\s+(?:the\s+)?(?:title|caption|heading)\b"#) { m, _ in
            Found(.scaleTitle(["smaller", "small", "tiny"].contains(m[1] ?? "") ? 0.7 : 1.4))
        },
        // "shrink the title", "enlarge the caption"
        Rule(#"\b(shrink|enlarge|grow|scale up|scale down|upsize|downsize)\s+(?:the\s+)?(?:title|caption|heading)(?:\s+(?:size|text|font|letters))?\b"#) { m, _ in
            Found(.scaleTitle(["shrink", "scale down", "downsize"].contains(m[1] ?? "") ? 0.7 : 1.4))
        },
        // "Title: X — big and centered": words about the title said after it
        Rule(#"\b(big|bigger|large|huge|bold|small|smaller|tiny)\s+and\s+(centered|centred|center aligned|in the (?:middle|centre|center))\b|\b(?:and\s+)?(centered|centred|center aligned)\b"#) { m, p in
            guard !p.quotes.isEmpty || titleCue.occurs(in: p.text) else { return nil }
            var f = Found(.titlePosition(.center))
            if let size = m[1] { f.changes.insert((.scaleTitle(["small", "smaller", "tiny"].contains(size) ? 0.7 : 1.4), false), at: 0) }
            return f
        },
        // "put the title INTO THE WOODS big in the middle", "TITLE = 'GAME DAY' TOP, BIG LETTERS", "… in big
        // letters across the top", "title put 'Ah Huat' big big" (said twice for "very"): a bare
        // size or place right after the title's words (or at the start of the next clause, "big letters please" too)
        Rule(#"(?:^|(?<=[,;»\x{01}]))\s*(?:and\s+)?(?:(big|bigger|large|huge|bold|small|smaller|tiny)(?:\s+(?:letters|text|font))?(?:\s+\1)?(?:\s+(?:and\s+)?(?:(?:at|on|in|across|along)\s+the\s+|up\s+)?(?:very\s+)?(top|bottom|middle|center|centre|lower third)\b)?|(?:(?:at|on|in|across|along)\s+the\s+|up\s+)?(?:very\s+)?(top|bottom|middle|center|centre|lower third))(?:\s+of the (?:screen|frame|video))?(?=\s*(?:(?:please|pls|plz|thanks)\b\s*)?(?:$|[,.;!?\x{01}]))"#) { m, p in
            guard lastTopic(before: m.range.location, in: p.text) == .title else { return nil }
            var f = Found()
            if let size = m[1] { f.changes.append((.scaleTitle(["small", "smaller", "tiny"].contains(size) ? 0.7 : 1.4), false)) }
            if let place = m[2] ?? m[3] { f.changes.append((.titlePosition(position(place)), false)) }
            return f
        }.needing(["top", "bottom", "middle", "center", "centre", "lower third", "big", "large", "huge", "bold", "small", "tiny"]),
        // over which photos; "move the title so it only shows on the last photo", "move the title so it's
        // only over the second photo", "move the title to the last photo only, like an end card", "could the title only
        // come up over the last photo?", 标题“X”只放在第一张照片上, title只放在最后一张上面; "the title should sit over the
        // first two photos", "extend the title so that it remains visible over the first three photographs", 标题只放在前两张
        Rule(#"\b(?:put\s+|show\s+|place\s+|move\s+|have\s+|keep\s+|extend\s+|stretch\s+|lengthen\s+)?(?:the\s+)?(?:title|heading|caption)\s+(«q[a-z]+»\s+)?(?:so\s+(?:that\s+)?(?:it|its|it is)\s+)?(?:(?:only|just|show|shows|showing|shown|appear|appears|appearing|visible|up|be shown|to show|to appear|should|be|be put|go|goes|come|comes|pop|pops|to|sit|sits|stay|stays|remain|remains)\s+)*(?:on|over|during|for|across|(?<=\b(?:move|put|place|shift) (?:the )?(?:title|heading|caption) )(?:to|onto))\s+(?:(?:only|just)\s+)?(?:the\s+)?(?:(1st|first|last)\s+(\d+)\s+"# + noun + #"s?|"# + refList + #")(?:\s+only)?|(?:标题|title|caption)\s*(«q[a-z]+»)?\s*(?:只|仅|就只)?(?:放在|放到|显示在|出现在|在|放)?\s*(第\s*\d+\s*张|最后\s*1?\s*张|(前|最后)\s*(\d+)\s*张)(?:照片|图片)?(?:上面|上)?"#) { m, p in
            // "title 'Snow Days' on the last picture": the words and where they go
            let quoted = m[1] ?? m[4]
            let words: [Setting] = quoted.flatMap { p.quote($0.trimmingCharacters(in: .whitespaces)) }.map { [.title($0)] } ?? []
            let said = quoted.map { m.text.replacingOccurrences(of: $0, with: " ") } ?? m.text
            if let n = Int(m[3] ?? m[7] ?? ""), n > 0 { var f = Found(m[2] == "last" || m[6] == "最后" ? .titleOn(.fromEnd(n), through: .last) : .titleOn(.number(1), through: .number(n))); f.changes = words.map { ($0, false) } + f.changes; return f }
            // "on photos 2 to 4": from the first named to the last
            let refs = photoRefs(m[5] ?? said)
            return refs.first.map { var f = Found(.titleOn($0, through: refs.count > 1 ? refs.last : nil)); f.changes = words.map { ($0, false) } + f.changes; return f }
        },
        // "title it «Class of 2026» but only over the last photo", "标题改成「X」，只放在第二张": the photos
        // the title is over, said in a clause of its own after the title was named ("make the title
        // bigger and only show it on photo 4", "… instead, and only show up on photo 4")
        Rule(#"(?:^|(?<=[,;])|(?<=\b(?:and|but) ))\s*(?:(?:and|but)\s+)?(?:(?:put|show|have|keep|let)\s+it\s+|it\s+(?:should|can|could|must|will)\s+|(?:should|can|could)\s+it\s+)?(?:only|just)\s+(?:(?:show up|pop up|come up|appear|be shown|be visible|show|be|put|have|keep)\s+(?:it\s+)?)?(?:on|over|during|for|across)\s+(?:the\s+)?(?:(1st|first|last)\s+(\d+)\s+"# + noun + #"s?|"# + refList + #")(?:\s+only)?|(?:^|(?<=[,;]))\s*(?:只|仅|就只|只要)(?:放在|放到|显示在|出现在|在|放)\s*(第\s*\d+\s*张|最后\s*1?\s*张)(?:照片|图片)?(?:上)?"#
             // "change the title to 'Fair winds' and put it on the last photo only": "it" the title named before
             + #"|(?:^|(?<=[,;])|(?<=\b(?:and|but|then) ))\s*(?:put|show|have|place|move)\s+it\s+(?:on|over|onto)\s+(?:only\s+)?(?!(?:the\s+)?(?:1st|first|last)\s+\d)("# + refList + #")(?:\s+only)?(?=\s*(?:$|[,.;!?]|please\b|pls\b|thanks\b))"#
             // "… and show it over the first 2 photos", "… and keep it up for the first three pictures", "… and let it
             // remain over the first four photographs": "it" the title, over the first photos
             + #"|(?:^|(?<=[,;])|(?<=\b(?:and|but|then) ))\s*(?:put|show|have|place|keep|leave|let)\s+it\s+(?:(?:remain|stay|sit|be|up|on screen|visible|shown)\s+){0,2}(?:on|over|during|for|across)\s+(?:the\s+)?(1st|first|last)\s+(\d+)\s+"# + noun + #"s?\b"#
             // "… for the title to read «X» and to remain for the whole tribute", "… and have it stay up the whole
             // video": "it" or no word for the title named before, kept on for the whole video
             + #"|(?:^|(?<=[,;])|(?<=\b(?:and|but|then) ))\s*(?:to\s+|(?:have|keep|leave|let)\s+it\s+|it\s+(?:should|can|could|must|will)\s+)?(?:remain|stay|be)\s+(?:(?:up|on screen|on|visible|there)\s+)*(?:for\s+|during\s+|throughout\s+|over\s+)?(?:the\s+)?(whole|entire)\s+(?:video|thing|slideshow|movie|time|tribute|montage|show|film|reel|presentation)\b"#
             // "only show the title 'Maple' while photo 4 is up", "… just when the last photo is on screen": the photos it is over
             + #"|\b(?:only\s+|just\s+)?(?:while|when|whilst|as long as)\s+("# + refList + #")\s+(?:is|are)\s+(?:(?:on\s+screen|onscreen|up|on|showing|shown|visible|playing)\b)"#) { m, p in
            guard lastTopic(before: m.range.location, in: p.text) == .title else { return nil }
            if m[7] != nil { return Found(.titleOn(.first, through: .last)) }
            if let named = m[4] ?? m[8] { let refs = photoRefs(named); return refs.first.map { Found(.titleOn($0, through: refs.count > 1 ? refs.last : nil)) } }
            if let n = Int(m[2] ?? m[6] ?? ""), n > 0 { return Found((m[1] ?? m[5]) == "last" ? .titleOn(.fromEnd(n), through: .last) : .titleOn(.number(1), through: .number(n))) }
            // 放在最后一张: the photo only (photoRefs reads 放在最后 as a move to the end)
            let refs = photoRefs(m[3] ?? m.text)
            return refs.first.map { Found(.titleOn($0, through: refs.count > 1 ? refs.last : nil)) }
        },
        // "keep the title up for the whole video", 标题全程显示
        Rule(#"\b(?:keep|leave|show|have|put)?\s*(?:the\s+)?(?:title|heading)\s+(?:(?:up|on screen|on|visible|shown|showing|there|displayed|should|could|can|must|to|be|stay|stays|remain|remains)\s+)*(?:for|during|throughout|over|across)\s+(?:the\s+)?(?:whole|entire|full|all of the|complete)\s+(?:video|thing|slideshow|movie|clip|time|length|tribute|montage|show|film|reel|presentation)\b|\b(?:title|heading)\s+(?:(?:up|on screen|on|visible|shown|there)\s+)*(?:the\s+)?(?:whole|entire)\s+time\b|标题(?:一直|全程|从头到尾)(?:显示|保留|都在|在)?|标题(?:显示|保留|放)?(?:整个视频|全程|到最后|到结尾)"#) { _, _ in
            Found(.titleOn(.first, through: .last))
        },
        // "get rid of the music and the title", "… and the title completely": the title as the last of a list said no to
        Rule(#"\btitles?\b(?:\s+(?:completely|entirely|altogether|for good))?(?=\s*(?:$|[,.;!?]|(?:too|as well|please|pls|thanks)\b))"#) { m, p in
            let before = (p.text as NSString).substring(to: m.range.location)
            guard listSaidNo.occurs(in: before) else { return nil }
            return Found(.noTitle).notNegatable
        },
        // "lose the song and the Trip title", "drop the music and the 'Trip' title": the title named by
        // its words as the last of a list said no to
        Rule(#"(?<=\s(?:and|&|or|nor)\s)(?:the\s+|a\s+|any\s+|my\s+|that\s+)?(?:«q[a-z]+»|[a-z0-9]+(?:\s+[a-z0-9]+)?)\s+(?:titles?|captions?|title card|heading)\b(?:\s+(?:completely|entirely|altogether|for good))?(?=\s*(?:$|[,.;!?]|(?:too|as well|please|pls|thanks)\b))"#) { m, p in
            let before = (p.text as NSString).substring(to: m.range.location)
            guard listSaidNo.occurs(in: before) else { return nil }
            return Found(.noTitle).notNegatable
        }.needing(["title", "caption", "heading"]),
        // 去掉音乐和Trip标题, 删掉配乐跟“Trip”这个标题: the same in Chinese
        Rule(#"(?:和|跟|以及|还有)\s*(?:那个|这个)?\s*(?:(?:«q[a-z]+»|[a-z0-9]+(?:\s+[a-z0-9]+)?)\s*(?:的|这个|那个)?)?\s*标题(?:也)?(?=\s*(?:$|[,.;!?]|吧|了))"#) { m, p in
            let before = (p.text as NSString).substring(to: m.range.location)
            guard Pattern(#"(?:去掉|删掉|删除|删了|拿掉|取消|不要|关掉)[^,.;!?]{1,8}?$"#).occurs(in: before) else { return nil }
            return Found(.noTitle).notNegatable
        }.needing(["标题"]),
        // "no title", "take the title off", 标题去掉, 把标题删了
        Rule(#"\b(?:no|without (?:a |the )?|remove (?:the )?|drop (?:the )?|hide (?:the )?|ditch (?:the )?|delete (?:the )?|get rid of (?:the )?|lose (?:the )?|take (?:out )?(?:the )?) ?(?:titles?|text|captions?|on-screen text)(?: out)?\b|不要标题|去掉标题|删除标题|无标题|标题(?:也|都|就|还)?(?:给)?(?:去掉|删掉|删除|删了|删|拿掉|拿走|撤掉|不要了?|去了|取消)"#) { _, _ in
            Found(.noTitle)
        },
        // "The title "Trip" isn't quite right, so please change it to "Class of 1978 Reunion"", "the title
        // 'Trip' is wrong, it should say 'Lake Days'": the title named by its words, found wrong, then replaced
        Rule(#"\b(?:the|that|this|your|my)\s+(?:title|caption|heading)\s+«q[a-z]+»\s+(?:is|s|isnt|is not|was|wasnt|looks|feels|doesnt|does not|sounds)\b[^«,.;!?]{0,40}?(?:\s*[,.;]\s*|\s+)(?:(?:so|and|but|then)\s+)?(?:(?:please|pls|could you|can you|would you|could we|can we)\s+)?(?:(?:please|pls)\s+)?(?:(?:change|switch|rename|make|set|update)\s+it(?:\s+(?:to|into))?|(?:it\s+should|should\s+it|let it|have it|make it)\s+(?:say|read|be))\s*(«q[a-z]+»)"#) { m, p in
            m[1].flatMap(p.quote).map { Found(.title($0)) }
        }.needing(["title", "caption", "heading"]),
        // "make the title say Regionals 2026 no wait make it State Finals": the title corrected, the second one kept;
        // "call it Lake Days sorry no call it Summer": read before "call it …" alone, so the "no" of the correction does not turn the title down
        Rule(#"\b(?:no\s+)?(?:wait|actually|sorry|i mean|scratch that|correction|oops)\b(?:[,\s]+no\b)?[,\s]*(?:(?:make|call|change|switch) it(?: to)?|(?:it should |should |let it )?(?:say|read))\s*(«q[a-z]+»)"#) { m, p in
            m[1].flatMap(p.quote).map { Found(.title($0)) }
        },
        Rule(#"(?:\b(?:with |add |and |put )?(?:a |the )?(?:titled|entitled|titles?|tittle|titel|tilte|called|named|captioned|caption|title it|caption it|label it|title the (?:video|movie|slideshow|clip)|(?:call|name) (?:it|the (?:video|movie|slideshow|film|clip))|set the title to|change the title to|rename the title to|rename it to|title card|title screen|opening title|title for the (?:whole |entire )?(?:video|movie|slideshow)|title (?:should |could |must |will |would )?(?:say|says|read|reads|be|is)|title (?:put|use|write|show))(?:\s+(?:that|which)\s+(?:says|reads)|\s+saying|\s+reading|\s+text)?|(?:加上|添加|加)?(?:标题|题目))\s*(?:就)?(?:用的是|用|为|是|叫做|叫作|叫|改成|改为|换成|换为|变成|设为|设成|改叫|写着|写上|写成|写|[:=]|to)?\s*(«q[a-z]+»)"#) { m, p in
            guard let words = m[1].flatMap(p.quote) else { return nil }
            // "The title says Trip. Could you change it to …", "the title reads Trip right now, make it …": the
            // title's words as they are, before another given later; they stand only when nothing else is given
            if titleAsItIs.occurs(in: m.text), ((p.text as NSString).substring(from: m.range.location + m.range.length)).contains("«q") {
                return Found(implied: [.title(words)])
            }
            return Found(.title(words))
        },
        // 标题只在最后一张出现，写 «…»: the words of a title named earlier, in a clause of their own
        Rule(#"(?:^|(?<=[,;]))\s*(?:上面|内容|文字|字)?(?:就)?(?:写着|写上|写成|写住|写|内容是|文字是)\s*(?:[:：]\s*)?(«q[a-z]+»)"#) { m, p in
            m[1].flatMap(p.quote).map { Found(.title($0)) }
        },
        Rule(#"\b(?:saying|that says|which says|reading|that reads|which reads|that should say|which should say|that will say|with the (?:words?|text))\s+(«q[a-z]+»)"#) { m, p in
            // "add an AI voiceover saying «…»": words someone speaks, not the title's
            if spokenBefore.occurs(in: (p.text as NSString).substring(to: m.range.location)) { return Found().notNegatable }
            return m[1].flatMap(p.quote).map { Found(.title($0)) }
        },
        // "«Walter» as the title", "with his name «Walter» as the title", "put my channel name «…» as the
        // title", "use our shop's slogan «…» as the title": the words given as the title, said with whose
        // name (or slogan) they are
        Rule(#"(?:\b(?:with|use|put|have|set|add|stick)\s+(?:his|her|their|our|my|the)\s+(?:(?:full|first|last|channel|shop|store|business|company|brand|band|team|club|group|page|stage|show|event|school|family|farm|boat|restaurant|cafe|bakery|studio|account|youtube|instagram|tiktok)(?:s|\s?'?s)?\s+)?(?:names?|handle|username|user name|slogan|tagline|motto)\s+)?(«q[a-z]+»)\s+(?:as|for)\s+(?:the\s+|a\s+)?title\b"#) { m, p in
            m[1].flatMap(p.quote).map { Found(.title($0)) }
        },
        // 把我的频道名“…”当标题, 用我们店名「…」做标题, “…”作为标题: the words given as the title in Chinese,
        // said with whose name they are
        Rule(#"(?:(?:把|用|拿)\s?(?:我的|我们的|我们|我|咱们的|咱们|他的|她的|他们的)?\s?\p{Han}{0,4}?(?:名字|名称|名号|名)?\s?)?(«q[a-z]+»)\s?(?:来|拿来)?(?:当作|当做|作为|做为|当|做|作)(?:成)?(?:视频的|视频|片子的)?(?:标题|题目|片名)"#) { m, p in
            m[1].flatMap(p.quote).map { Found(.title($0)) }
        }.needing(["标题", "题目", "片名"]),
        // "The title says Trip. Could you change it to «…»", "the caption reads Trip, switch it to «…»": the
        // title named before (also its current words, a sentence earlier), then "it" changed to the quote
        Rule(#"\b(?:change|switch|set|rename|update|make)\s+it\s+(?:to\s+(?:say\s+|read\s+)?|(?:say|read)\s+)(«q[a-z]+»)"#) { m, p in
            let before = (p.text as NSString).substring(to: m.range.location)
            guard titleNamedLast.occurs(in: before) else { return nil }
            return m[1].flatMap(p.quote).map { Found(.title($0)) }
        }.needing(["it"], and: ["«q"]),
        // 标题我们自己加就行, 标题后期我自己写, "we'll add the title ourselves", "I'll do the title myself later":
        // the title left to the user, so none from Reel
        Rule(#"(?:标题|题目)(?:的话|就)?\s*(?:(?:我们|我|咱们|大家)?\s*(?:自己|后期|之后|回头|到时候?)\s*(?:我们|我|咱们)?\s*(?:自己)?|(?:我们|我|咱们)\s*(?:自己)?)\s*(?:会|来|再)?\s*(?:加|写|弄|搞|做|配|打)(?:上去|上)?(?:吧|就行了?|就好了?|就可以了?)?|\b(?:i|we)\s*'?\s*(?:ll|will|can|are going to|re going to|am going to|m going to|gonna)\s+(?:add|do|put|make|write|type)\s+(?:the|a|our own|my own)\s+(?:title|caption)(?:\s+(?:on|in))?\s+(?:ourselves|myself|later|afterwards|after|in (?:tiktok|capcut|instagram|edits|post))\b"#) { _, _ in
            Found(.noTitle).notNegatable
        }.needing(["标题", "题目", "title", "caption"]),
        // quoted text with nothing else to say about it: the title
        Rule(#"«q[a-z]+»"#) { m, p in
            p.quote(m.text).map { Found(implied: [.title($0)]) }
        },
        // "don't add a title"; a title without its words cannot be made ("I want the title to read Summer
        // Camp" gives them, read with the title)
        Rule(#"\b(?:add|with|put|include|want|need|have)\s+(?:a\s+|the\s+|any\s+)?titles?\b(?!\s+to\s+(?:say|read|be)\b)"#) { _, _ in
            var f = Found().note("a title needs its words: say, for example, titled 'Summer'")
            f.ifNegated = [.noTitle]
            return f
        },
    ]

    /// Whether `said` is only the words of a title the plan sets, named elsewhere in the request
    /// ("Making a promo for my escape room, The Vault. … Put The Vault as the title"): what the
    /// video is about, not a second ask.
    static func titleSaidAgain(_ said: String, reading plan: [Setting]) -> Bool {
        let bare = { (s: String) in s.lowercased().split { !$0.isLetter && !$0.isNumber }.joined(separator: " ") }
        let words = bare(said)
        guard !words.isEmpty else { return false }
        return plan.contains { if case .title(let t) = $0 { bare(t) == words } else { false } }
    }

    /// 把字调小一点，放在下面: the letters on the screen named in Chinese, so a place said after them is the title's.
    static let chineseLetters = Pattern(#"(?:^|[,，。;；!！?？\s把])(?:文字|字体|字)(?:再|更)?(?:改|调|弄|变|放|设|搞)"#)

    /// "the title says «…»", "the caption reads «…»", "the title is «…»": the words the title has, said as they are.
    static let titleAsItIs = Pattern(#"\b(?:title|caption|heading)\s+(?:says|reads|is)\s*«q"#)

    /// A voice named right before "saying «…»" ("an AI voiceover saying", "a narrator reading"):
    /// the words are spoken, not shown.
    /// The title is the last thing named before "it": "The title says Trip. Could you change it to …"
    /// (no music, photo or clip named between).
    static let titleNamedLast = Pattern(#"\b(?:title|caption|heading|lettering)\b(?:(?!\b(?:music|song|track|photos?|pictures?|pics?|images?|clips?|videos?|transitions?)\b).){0,80}$"#)
    static let spokenBefore = Pattern(#"\b(?:voice ?overs?|voice|voices|narrat(?:or|ion|ing)|narrate|speaker|announcer|audio|someone|somebody|parrot|robot voice|tts|text to speech)\s*$"#)

    /// "remove the music and ", "no song or ", "take the music off completely, and ": a list said no to, before its last item.
    static let listSaidNo = Pattern(#"\b(?:no|without|remove|delete|drop|ditch|lose|get rid of|take out|hide|(?:take|turn|switch|kill|cut)(?=\s[^,.;!?]{1,30}?\b(?:off|out)\b))\s+(?:the\s+|any\s+|my\s+)?[^,.;!?]{1,30}(?:\s*,)?\s+(?:and|&|or|nor)\s+(?:the\s+|any\s+|a\s+)?$"#)

    static func position(_ word: String) -> TextPosition {
        switch word {
        case "bottom", "lower third", "lower 3rd", "下面", "底部", "下方", "底下", "下边", "最下面", "最底部", "最底下": .lowerThird
        case "top", "上面", "顶部", "上方", "上边", "最上面", "最顶部", "顶上", "最顶上", "顶端": .top
        default: .center
        }
    }

    /// A place in the frame ending what was said ("put it at the top", "title on top"): what a correction
    /// right after it ("actually no the bottom") takes back.
    static let placeSaidLast = Pattern(#"\b(?:top|bottom|middle|center|centre|third|3rd)(?:\s+of the (?:screen|frame|video))?$"#)

    /// The title named by another word ("caption on top", "the heading at the bottom").
    static let captionCue = Pattern(#"\b(?:captions?|heading)\b"#)
}
