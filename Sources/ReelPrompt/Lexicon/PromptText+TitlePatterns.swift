import Foundation

/// The patterns that find a title said in words, and the step that takes each title out of the
/// request before the rules read it (``PromptText/extractTitles()``).
extension PromptText {
    /// "titled Beach Day", "the title should read Lisbon and Porto 2026", "change the title to In Loving
    /// Memory of Rosa", "make the title bigger and change it to Welcome Home Leo": the words after a
    /// verb that gives the title. "and" or "with" before a capitalised name goes on ("Lisbon and Porto",
    /// "In the Garden with Grandpa"), and a title may start with "In", "To"… when a capitalised word follows.
    /// The title ends before "not" or "instead of" and the old one ("should say Summer Crew not Trip"),
    /// and before a correction that gives another ("say Regionals 2026 no wait make it State Finals", "say Elm St
    /// bathroom actually no make it Elm St bathroom refit": the second is read);
    /// it goes on past "at" before a house number and a capitalised street ("Storytime at 12 Elm Street").
    /// The words may follow a clause about the title ("title on the last photo only, saying See You Soon"),
    /// also a sentence about it ("The title says Trip. Could you change it to Margaret Smith?").
    /// It ends before "put it", "move it" in lowercase ("make the title say Black Belt Grading put it at the top"),
    /// and before thanks in lowercase at the end ("a title that says Lily Turns 7 thank you so much"),
    /// and before "up" said of the place ("the title should say Harvest Day up at the top").
    /// A spaced hyphen ends it, unless a capitalised word or a year goes on after it: "say Glenbrae Pipe
    /// Band - Cowal 2026" is one title, "say Harvest Day - make it bigger" is not.
    /// A word such as "on" or "in" ends it only as the user wrote it in lowercase or capitals: "the title should
    /// say Paddle On at the top" keeps "On", a word of the title in title case. "May the title be made
    /// bigger?" asks its size: "made" and a size give no title.
    /// A colon before a quote leaves the title to the quote ("the title should be: "Miss Tara Bull"").
    /// "called" that tells of a call ("my boss called again", "she called me yesterday", "the vendor just called and
    /// they want …", "she called to say …") gives no title.
    /// A colour word starts a title when a capitalised word follows ("make the title say Black Belt Grading", not "make the title black").
    /// The verb may be said as a wish: "I would like the title to say Cherry Burl Hollow Form", "I want the title to read Summer Camp".
    /// The old title may be replaced with the new words: "Kindly replace the title with The Keeper's Daughter".
    /// The change may be asked for by someone else, the verb after the title: "Margaret would like the title changed
    /// to Silver Voices", "the client wants the title to be changed to Spring Open House".
    /// A look-behind for the title's word before a verb ("title on the last photo, saying …") is
    /// tried only where the verb stands (`(?=saying|…)` first): ICU would otherwise try it at
    /// every position of the clause, some forty starts each (most of this pattern's cost).
    static let titlePhrase = Pattern(#"\b(?:(?:(?:a|an|the)\s+)?(?:(?:big|bigger|large|larger|huge|small|smaller|tiny|little|bold|short|simple|nice|plain|white|black|cute|fancy)\s+)?(?:title|caption|heading|banner)(?: card| text)?\s+(?:(?:at|on|in|across|along) (?:the )?(?:very )?(?:top|bottom|middle|center|centre|lower third)(?: of the (?:screen|frame|video))?\s+)?(?:(?:that|which)\s+(?:says|reads|should say|will say)|saying|reading)\b|titled|entitled|title it|(?:call|name) (?:it|the (?:video|movie|slideshow|film|clip))|called(?!\s+(?:again|back|in|off|out|up|me|us|him|her|them|yesterday|today|tonight|twice|earlier|this morning|last night|(?-i:and|but|so|to))\b)|named|with (?:a |the )?title|add (?:a |the )?title(?: of| that says| saying)?|set (?:the|teh|hte|da) (?:title|tittle|titel|tilte|ttile|titl) to|(?:change|chnage|chagne|cahnge|chnge|chang) (?:the|teh|hte|da) (?:title|tittle|titel|tilte|ttile|titl) to|(?:the|teh|hte|da) (?:title|tittle|titel|tilte|ttile|titl) (?:(?:to be|be|should be|needs to be|must be) )?(?:changed|chnaged|switched|renamed|updated) to|rename (?:the title|it) to|replace (?:the|teh|hte|da) (?:title|tittle|titel|tilte|ttile|titl)(?: text| words)? with(?=\s+(?-i:[A-Z0-9«]))|(?=(?:change|chnage|chagne|cahnge|chnge|chang|rename|set|switch) it to)(?<=\b(?:title|tittle|titel|tilte|ttile|titl|caption|heading)\b[^;!?«]{0,40})(?:change|chnage|chagne|cahnge|chnge|chang|rename|set|switch) it to(?=\s+(?-i:[A-Z0-9]))|(?=saying|reading|that says|which says|that reads|which reads)(?<=\b(?:title|tittle|titel|tilte|ttile|titl|caption|heading)\b[^.;!?«]{0,40},\s{0,3})(?:saying|reading|that says|which says|that reads|which reads)(?=\s+(?-i:[A-Z0-9]))|(?<=\s)(?:no\s+)?(?:wait|actually|sorry|i mean|scratch that|correction|oops)\b(?:[,\s]+no\b)?(?<=\b(?:title|tittle|titel|tilte|ttile|titl|caption|heading)\b[^.;!?«]{0,70})[,\s]*(?:(?:make|call|change|switch) it(?: to)?|(?:it should |should |let it )?(?:say|read))(?=\s+(?-i:[A-Z])|\s+\d+(?!\s*(?:s|secs?|seconds?|mins?|minutes?|%|x|fps|k|p)\b)\s+(?-i:[A-Z]))|(?:the )?(?:title|tittle|titel|tilte|ttile) (?:should|could|must|will|would|to)? ?(?:say|says|read|reads|be)\b|(?:title|tittle|titel|tilte|ttile|titl|caption|heading)(?: text| for the (?:whole |entire )?(?:video|movie|slideshow)| (?:at|on|in) (?:the )?(?:very )?(?:top|bottom|middle|center|centre|lower third)| (?:up )?top| cent(?:er|re)d)?\s*[:=])\s*+(?:[:=]\s*+)?(?:(?=(?-i:(?:In|On|At|To|For|Over|From|Only|Just)\s+(?:the\s+|a\s+|an\s+|our\s+|my\s+)?[A-Z][a-z]))|(?!«|[:=]|none\b|nothing\b|no\b|ourselves\b|myself\b|yourself\b|later\b|afterwards\b|big\b|small\b|large\b|huge\b|tiny\b|bold\b|(?:white|black)\b(?!\s+(?-i:[A-Z][a-z]))|centered\b|centred\b|lower\b|higher\b|removed\b|gone\b|there\b|a bit\b|a little\b|much\b|way\b|more\b|less\b|bigger\b|smaller\b|larger\b|made (?:a bit |a little |much |slightly |way )?(?:bigger|smaller|larger|big|small|large|huge|tiny|bold)\b|(?:placed|moved|positioned|put|shifted|pushed|nudged|aligned|kept|set|shown|displayed)\s+(?:at|on|in|to|near|along|across|up|down|over|lower|higher)\b|that says|saying|which says|called\b|named\b|titled\b|showing\b|shown\b|show\b|appears?\b|appearing\b|visible\b|displayed\b|stays?\b|should\b|size\b|position\b|bigger\b|smaller\b|larger\b|text\b|font\b|only\b|just\b|up\b|last\b|longer\b|shorter\b|disappears?\b|fades?\b|is\b|be\b|will\b|can\b|to\b|from\b|off\b|until\b|till\b|during\b|throughout\b|the whole\b|first\b|photo\b|picture\b|[0-9]+ ?s(?:ec)?\b|at the\b|on the\b|in the\b|to the\b|for\b|over\b|only\b|on\b|at\b|in\b))([^,.;!?\n«—–]+?)(?=\s+(?:and(?!\s+(?-i:(?!(?:Make|Set|Use|Put|Add|Change|Remove|Turn|Then|Please|Can|Could|Also|The|It|I|Ken|Music|Song|Crossfades?|Fades?|Hard|No|Each|Every|MAKE|SET|USE|PUT|ADD|CHANGE|REMOVE|TURN|THEN|PLEASE|CAN|COULD|ALSO|KEEP|MOVE|IT)\b)[A-Z])|\s+(?:19|20)\d\d\b)|with(?!\s+(?-i:(?!(?:Make|Set|Use|Put|Add|Change|Remove|Turn|Then|Please|Can|Could|Also|The|It|I|Ken|Music|Song|Crossfades?|Fades?|Hard|No|Each|Every|MAKE|SET|USE|PUT|ADD|CHANGE|REMOVE|TURN|THEN|PLEASE|CAN|COULD|ALSO|KEEP|MOVE|IT)\b)[A-Z][a-z]))|then|plus|using|set|make|use|as|(?-i:but)|(?-i:put|move|place)(?=\s+(?:it|that|the title)\b))\b|[,\s]+(?:no\s+)?(?:wait|actually|sorry|i mean|scratch that|correction|oops)\b(?:[,\s]+no\b)?[,\s]*(?:(?:make|call|change|switch) it|(?:it should |should |let it )?(?:say|read))\b|\s+(?:instead|please|pls|plz|thanks|thx)\s*(?:$|[,.;!?\n])|\s+(?-i:thank\s+(?:you|u)|thanks|thx)(?:\s+(?-i:so\s+much|very\s+much|a\s+lot|a\s+bunch|in\s+advance))?\s*(?:$|[,.;!?\n])|\s+(?-i:not|instead of|rather than)\s+(?-i:[A-Z0-9])[^,.;!?\n«]{0,40}?\s*(?:$|[,.;!?\n])|\s+(?-i:at|in|for|of|on|over|during|from|until|till|throughout|AT|IN|FOR|OF|ON|OVER|DURING|FROM|UNTIL|TILL|THROUGHOUT)\b(?!\s+(?:the\s+)?(?-i:[A-Z])[a-z]|\s+(?:19|20)\d\d\b|\s+\d{1,5}[a-z]?\s+(?!(?:seconds?|secs?|minutes?|mins?|photos?|pictures?|pics?)\b)(?-i:[A-Z])[a-z])|\s+up(?=\s+(?:at\s+|on\s+)?(?:the\s+)?(?:very\s+)?top\b)|\s+-\s(?!\s*(?-i:(?!(?:Make|Set|Use|Put|Add|Change|Remove|Turn|Then|Please|Can|Could|Also|And|The|It|I|Music|Song|No|Each|Every)\b)[A-Z][a-z]|(?:19|20)\d\d\b))|\s*[,.;!?\n«—–]|\s*[(\[（](?=\s*(?-i:[a-z]))|(?<=(?-i:[A-Z0-9]{2}))(?=\s+(?-i:(?:big|bigger|small|smaller|large|larger|huge|tiny|bold|top|bottom|centered|centred|up top)\b))|\s+[\p{So}\x{FE0F}\x{200D}\x{1F3FB}-\x{1F3FF}]+(?=\s*$|\s+(?-i:[a-z])|\s*[\p{So}])|$)"#)
    /// "title Happy 60th Mum", "title First Day", "put da titl Beach Day on top": a capitalised title
    /// straight after the word (or a typo of it); "Live at the Basement", "Class of 2026" go on past
    /// "at the" before a capital, "of" before a year and "and" or "with" before a name ("Tom and Anna"). As after "title:", a title ends before a
    /// bracket that starts in lowercase ("Stone Forest Tour (first 5 seconds only)") and, after a
    /// word in capitals, before a size or place in lowercase ("SUMMER CAMP 2025 small at the bottom"); it
    /// ends before an emoji said after it ("title Tour Day 3 🙏", "title Happy 60th Mum 🎉 make it square";
    /// not "I ❤️ NY"). A number may start it before a capitalised word ("the title 25 Years on the Ridge at the top").
    static let bareTitle = Pattern(#"\b(?:title|caption|titl|titel|tittle|tilte|ttile)\s+(?=(?-i:[A-Z][a-z]|\d{1,4}(?:st|nd|rd|th)?\s+[A-Z][a-z]))(?!(?-i:(?:At|In|On|For|Over|To|From|Only|Just|Should|Size|Position|Bigger|Smaller|Larger|Text|Font|The|Is|Be|Will|Can|Off|Until|During|Shown|Showing)\b))([^,.;!?\n«—–]+?)(?=\s+(?:and(?!\s+(?-i:(?!(?:Make|Set|Use|Put|Add|Change|Remove|Turn|Then|Please|Can|Could|Also|The|It|I|Ken|Music|Song|Crossfades?|Fades?|Hard|No|Each|Every|MAKE|SET|USE|PUT|ADD|CHANGE|REMOVE|TURN|THEN|PLEASE|CAN|COULD|ALSO|KEEP|MOVE|IT)\b)[A-Z])|\s+(?:19|20)\d\d\b)|with(?!\s+(?-i:(?!(?:Make|Set|Use|Put|Add|Change|Remove|Turn|Then|Please|Can|Could|Also|The|It|I|Ken|Music|Song|Crossfades?|Fades?|Hard|No|Each|Every|MAKE|SET|USE|PUT|ADD|CHANGE|REMOVE|TURN|THEN|PLEASE|CAN|COULD|ALSO|KEEP|MOVE|IT)\b)[A-Z][a-z]))|then|plus|using|set|make|use|as|(?-i:but))\b|[,\s]+(?:no\s+)?(?:wait|actually|sorry|i mean|scratch that|correction|oops)\b(?:[,\s]+no\b)?[,\s]*(?:(?:make|call|change|switch) it|(?:it should |should |let it )?(?:say|read))\b|\s+(?:instead|please|pls|plz|thanks|thx)\s*(?:$|[,.;!?\n])|\s+(?-i:thank\s+(?:you|u)|thanks|thx)(?:\s+(?-i:so\s+much|very\s+much|a\s+lot|a\s+bunch|in\s+advance))?\s*(?:$|[,.;!?\n])|\s+(?-i:not|instead of|rather than)\s+(?-i:[A-Z0-9])[^,.;!?\n«]{0,40}?\s*(?:$|[,.;!?\n])|\s+(?-i:at|in|for|of|on|over|during|from|until|till|throughout|AT|IN|FOR|OF|ON|OVER|DURING|FROM|UNTIL|TILL|THROUGHOUT)\b(?!\s+(?:the\s+)?(?-i:[A-Z])[a-z]|\s+(?:19|20)\d\d\b|\s+\d{1,5}[a-z]?\s+(?!(?:seconds?|secs?|minutes?|mins?|photos?|pictures?|pics?)\b)(?-i:[A-Z])[a-z])|\s+up(?=\s+(?:at\s+|on\s+)?(?:the\s+)?(?:very\s+)?top\b)|\s+-\s(?!\s*(?-i:(?!(?:Make|Set|Use|Put|Add|Change|Remove|Turn|Then|Please|Can|Could|Also|And|The|It|I|Music|Song|No|Each|Every)\b)[A-Z][a-z]|(?:19|20)\d\d\b))|\s*[,.;!?\n«—–]|\s*[(\[（](?=\s*(?-i:[a-z]))|(?<=(?-i:[A-Z0-9]{2}))(?=\s+(?-i:(?:big|bigger|small|smaller|large|larger|huge|tiny|bold|top|bottom|centered|centred|up top)\b))|\s+[\p{So}\x{FE0F}\x{200D}\x{1F3FB}-\x{1F3FF}]+(?=\s*$|\s+(?-i:[a-z])|\s*[\p{So}])|$)"#)
    /// "put the title INTO THE WOODS big in the middle", "caption SOLD OUT at the top": a title in
    /// capitals after the word written in lowercase; it ends where the words go back to lowercase (a
    /// request typed all in capitals is not read this way).
    static let capitalTitle = Pattern(#"(?-i:\b(?:[Tt]itle|[Cc]aption|[Hh]eading|[Bb]anner)(?:\s+(?:text|card))?\s*[:=]?\s+)(?!(?-i:(?:AT|IN|ON|TO|OFF|THE)\b))((?-i:[A-Z][A-Z0-9'&!-]+(?:\s+[A-Z0-9][A-Z0-9'&!-]*)*))(?=\s+(?-i:[a-z])|\s*[,.;!?(\n]|$)"#)
    /// "put the title happy retirement dad at the top", "and the title welcome home jake at the bottom": a
    /// title in lowercase after "the title", bounded by the place it is put; not "put the title text up
    /// at the top" nor "have the title placed in the middle" (words that say how or where, not what).
    static let placedTitle = Pattern(#"\b(?:put|add|use|have|place|stick|with|and|plus)\s+(?:a|the)\s+(?:title|caption|heading)\s+(?!(?:text|words|writing|card|itself|back|up|down|in|on|at|to|a|bit|higher|lower|bigger|smaller|big|small|large|larger|huge|tiny|bold|also|only|just|right|above|below|over|near|and|so|please|pls|more|there|here|somewhere|way|all|again|instead|centered|centred|should|that|which|saying|reading|is|will|can|placed|moved|positioned|shifted|pushed|aligned|kept|shown|displayed)\b)((?:(?!(?:big|bigger|small|smaller|large|larger|huge|tiny|bold|text|font|white|black|then|also|please|pls|up|right)\b)[a-z0-9][a-z0-9'&]*)(?:\s+(?!(?:big|bigger|small|smaller|large|larger|huge|tiny|bold|text|font|white|black|then|also|please|pls|up|right)\b)[a-z0-9'&]+){0,7}?)(?=\s+(?:at|on|in|across|along)\s+(?:the\s+)?(?:very\s+)?(?:top|bottom|middle|center|centre|lower third)\b)"#)
    /// "put Go Bulldogs Band as the title", "use Class of 2026 as the caption": capitalised words (small
    /// words such as "of", "the" between them) given as the title before the word; "with his name
    /// Walter as the title": the words may follow whose name they are.
    static let titleAs = Pattern(#"\b(?:put|use|have|set|add|with|make)\s+(?:(?:his|her|their|our|my)\s+(?:full\s+|first\s+)?names?\s+)?((?-i:[A-Z0-9][^\s,.;!?«]*(?:\s+(?:(?:of|the|and|a|an|in|on|at|for|to|with|&)\s+)*[A-Z0-9][^\s,.;!?«]*)*))(?=\s+as\s+(?:the|a|an|my|our|its)\s+(?:title|caption|heading)\b)"#)

    /// "title改成Bali 2025", "标题叫Bali Trip", "title 用 Reef Survey": a Latin title after a Chinese verb,
    /// spaces and all, with the Chinese written straight after it to the clause's end ("title改成Series A融资成功",
    /// and Latin or a year after that Chinese: "title换成Bali之旅2025");
    /// not a word of chat or of the title's look: "标题叫Summer Camp就行") (after 用 only a capitalised one: not "标题用bold"); also with no verb after
    /// "add a title", capitalised: 加个标题 Harbin Ice Festival.
    static let mixedTitle = Pattern(Traditional.either(#"(?:(?<![A-Za-z])title|标题|题目)\s*(?:就)?(?:改成|改做|改为|换成|换为|变成|设为|设成|改叫|叫做|叫作|叫|是|为|写成|写着|写|(?:改)?用(?:的是)?(?=\s*(?-i:[A-Z0-9]))|(?<=(?:加个|加一个|加上|添加|加|来个|来一个|配个|配上|写个)(?:标题|题目)\s{0,2})(?=\s*(?-i:[A-Z0-9])))\s*([A-Za-z0-9][A-Za-z0-9 &'!-]*[A-Za-z0-9!](?:(?!吧|就|好|放|在|的|了|呀|啊|哦|嘛|呢|啦|和|并|然后|再|也|要|字|大|小|细|用|居|改|换|加|去|到|能|可|行|吗|谢|别|不|还|同|跟|颜色|出现|显示|停|只)\p{Han}{2,12}(?<![吧吗呀啊啦呢哦嘛了])(?:[A-Za-z0-9][A-Za-z0-9&'!-]*)?(?=\s*(?:$|[，,。；;！？?、])))?|[A-Za-z0-9])(?=\s*(?:$|[，,。；;！？?、]|\p{Han}))"#))

    /// 标题叫城市之梦, 标题：明年见, 個標題改做點心之王 (Cantonese): the words after the title's verb; not a place or size asked of it
    /// (标题放中间, 标题能不能放到正中间, 标题可以大一点吗), nor the look of its letters (标题的字太小了), nor a question about it (标题是什么), nor who
    /// will add it (标题我们自己加就行, 标题后期我自己写).
    static let chineseTitle = Pattern(Traditional.either(#"(?:标题|题目|(?<![A-Za-z])title\s*(?=(?:就)?(?:为|是|叫做|叫作|叫|改成|改做|改为|换成|换为|变成|设为|设成|改叫|写着|写上|写成|写)))(?:就)?+(?:为|是|叫做|叫作|叫|改成|改做|改为|换成|换为|变成|设为|设成|改叫|写着|写上|写成|写|[:：])?+\s*+(?!(?:能不能|可不可以|可唔可以|可以|能否|可否|能|要)(?:放|在|移|挪|搬|摆|拖|靠|往|居|大|小|细|再|更)|的(?:字|文字|字体|字号|大小|颜色|位置)|«|什么|啥|放|在|大|小|细(?:啲|一点|少少|些)|太|有点|有些|不够|搞|弄|改|调|变|显示|字|位置|往|移|挪|搬|摆|拖|靠|[\p{Han}]{1,2}(?:到|去)(?:画面|屏幕|视频)|居|再|更|时间|时长|停留|持续|只|净(?:係|系)|喺|出现|不要|不用|不需要|不必|无需|别|去掉|删|用|加|也|都|还|拿掉|拿走|撤掉|取消|关掉|关了|缩|一闪|一晃|一下|一眨眼|闪|一出来|刚出来|(?:我们|我|咱们|大家)?(?:自己|后期|之后|回头|到时候?)|(?:我们|我|咱们)(?:会|来|再)?(?:加|写|弄|搞|做|配|打)|\d(?!\d{3}(?:\p{Han}|[A-Za-z])))([^，,。；;！!？?\s«和并'"]+)"#))

    /// 标题只在最后一张出现，写 See you next year, 标题放在最后一张，写明年见: the words of a title
    /// named earlier in the sentence, given in a clause of their own after 写 (写着, 写住, 内容是);
    /// not how it is written (写大一点, 写得清楚些).
    static let laterTitle = Pattern(Traditional.either(#"(?<=(?:(?<![A-Za-z])title|标题|题目)[^。；;！!？?«\n]{1,24}[，,]\s{0,2})(?:上面|内容|文字|字)?(?:就)?(?:写着|写上|写成|写住|写|内容是|文字是)\s*(?:[:：]\s*)?([A-Za-z0-9][A-Za-z0-9 &'!-]*[A-Za-z0-9!]|[A-Za-z0-9]|(?!得|的|大|小|清楚|明白|在|到|上|成|错|好|一下|点|些)[^，,。；;！!？?\s«和并'"A-Za-z0-9]+)(?=\s*(?:$|[，,。；;！？?、]))"#))

    /// 这个title可以改成「X」吗, 标题能不能改成X: the 可以 / 能不能 of a title change asked as a question,
    /// taken out so the change reads as if said outright.
    static let titleChangeAsked = Pattern(Traditional.either(#"(?<=标题|题目|title|Title|TITLE)\s*(?:可以|可不可以|可唔可以|能不能|能否|可否|能)(?=\s*(?:改成|改做|改为|换成|换为|改叫|改做|叫做|叫))"#))

    /// Takes the titles said in words out of the request (as quotes: ``quotes``), each pattern in
    /// turn; a title that is only "it", "the title"… or what the title is in the way of is left.
    mutating func extractTitles() {
        // none of the patterns below can match without one of these words (most long requests)
        let lower = mapped.string.lowercased()
        guard Self.titleWords.contains(where: lower.holds) else { return }
        var quotes = self.quotes
        defer { self.quotes = quotes }
        // 这个title可以改成「X」吗, 标题能不能改成X: the change asked as a question is the change
        mapped.replace(Self.titleChangeAsked) { _ in "" }
        for p in [Self.titlePhrase, Self.bareTitle, Self.capitalTitle, Self.titleAs, Self.placedTitle, Self.mixedTitle, Self.chineseTitle, Self.laterTitle] {
            mapped.replace(p) { (m: PatternMatch) -> (kept: Int, text: String) in
                let all = (m.text as NSString).length
                guard let title = m[1]?.trimmingCharacters(in: .whitespaces), !title.isEmpty,
                      !Self.notATitle.contains(title.lowercased()), !Self.inTheWay.occurs(in: title) else { return (all, "") }
                quotes.append(title)
                let start = (m.text as NSString).range(of: m[1]!, options: .backwards)
                return (start.location, Self.markerName("q", quotes.count - 1))
            }
        }
    }

    /// Words one of which every title pattern needs ("title", "caption", "called", "name it",
    /// 标题, 題目…); a request with none is not searched for a title.
    private static let titleWords = ["titl", "tittle", "titel", "tilte", "ttile", "caption", "heading", "banner", "call", "name", "题", "題"]

    private static let notATitle: Set<String> = ["it", "the video", "the title", "title", "a title", "the end", "text"]
    /// 标题挡住了脸: what the title is in the way of, not its words.
    private static let inTheWay = Pattern(#"^(?:把)?(?:挡|遮|盖住|盖着|压住|压到|压着)"#)
}
