import Foundation

/// Numbers that are part of the story, not settings: a street address ("14 Maple Ct"), a home's
/// rooms ("3 bed 2 bath"), a price ("$625,000", "20% off this week", 一条一千二起步), opening hours ("open 9 to 5
/// mon to sat", "11am to 2am"), a time of day (早上6点40接班), a date ("12/24/2025", "the board meeting on the 14th", 6月28号), a
/// year or an age ("our 2019 trip", "when I was 34"), how many people there were ("about 200
/// people came") and how long something else lasts ("the whole 3-hour party", "the clips are like
/// a minute long").
///
/// A clause whose only numbers are such and that names no setting and asks for nothing is taken
/// whole ("We're at 88 Jiefangbei Road", "3 bed 2 bath"); in a clause that also asks for
/// something only the numbers are taken, so the rest is still read by the other rules.
extension PromptInterpreter {
    /// Read after ``titleRules`` (a title keeps its numbers: "Eastfield Turns 25") and ``asideRules``
    /// (a lifespan, "1931-2025", is theirs), before the rules that read settings.
    static let storyNumberRules: [Rule] = [
        // 小朋友们都5、6岁, 孩子们3，4岁: two ages listed (the list's mark read as a comma), taken together before the
        // clause after the comma is judged alone
        Rule(#"(?:(?:都|才|已经|大概|差不多|大多)\s?)?\d{1,2}\s?[,，]\s?\d{1,2}\s?(?:周岁|岁)(?:了|左右)?"#) { _, _ in
            Found().notNegatable
        }.needing(["岁"]),
        // "We're at 88 Jiefangbei Road", "we moved 12 families in May avg $1,500 a move", "3 bed 2
        // bath", "$8.50 pints": a whole clause that only tells, once its story numbers are left out
        Rule(#"(?:^|(?<=[,.;!?()，。；！？（）\x{01}]))\s*[^,.;!?()，。；！？（）\x{01}\d]*\d(?:[^,.;!?()，。；！？（）\x{01}]|(?<=\d\s?)[,.]\s?(?=\d{3}(?!\d))|(?<=\d)\.(?=\d))*(?=\s*(?:$|[,.;!?()，。；！？（）\x{01}]))(?![.,]\d)"#) { m, _ in
            // the request as normalised: "two and a half" is 2.5 there, a number like any other
            toldOnly(m.text) ? Found().notNegatable : nil
        }.needing(["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"]),
        // "(Dec 14, dancers aged 5 to 12) please make it square", "(about 40 guests) make it 30
        // seconds": the end of a note in brackets that only tells, with the ask after it in the same
        // clause once the brackets are spaces (the words as typed, up to the ask, end with the bracket)
        Rule(#"(?:^|(?<=[,.;!?，。；！？\x{01}]))\s*[^,.;!?，。；！？\x{01}\d]*\d(?:[^,.;!?，。；！？\x{01}]|(?<=\d)\.(?=\d))*?\s(?=(?:please|pls|plz|can you|could you|would you|can we|could we|i d like|id like|i would like|i want|we want|i need|we need|make|give|use|put|add|set|turn|keep|drop|remove|cut)\b)"#) { m, p in
            let typed = p.said(m.range)
            return (typed.hasSuffix(")") || typed.hasSuffix("）")) && toldOnly(m.text) ? Found().notNegatable : nil
        }.needing(["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"]),
        // "(a slideshow) for a coworker who's retiring after 32 years on the ward", "for my teacher who is
        // leaving": who the video honours and why, the years perhaps taken already as a trip's length
        Rule(#"\b(?:for|to|about|honoring|honouring)\s+(?:a|an|our|my|the|his|her|their)\s+(?:(?:dear|good|favorite|favourite|beloved|longtime|long time|fellow)\s+)?(?:coworker|co worker|colleague|friend|teacher|nurse|doctor|boss|manager|neighbor|neighbour|mentor|coach|pastor|principal|officer|firefighter|employee|staff member|member)\s+(?:who(?:\s+is|\s?s|\s?'s)?|that is|thats|that\s?s)\s+(?:retiring|leaving|moving away|stepping down|graduating)\b(?:\s+after(?:(?=\s*\x{01})|\s+(?:(?:almost|nearly|over|about|like|some)\s+)?\d{1,3}\+?\s+(?:years?|yrs|decades)\b(?:\s+(?:on|at|with|in)\s+(?:the\s+)?[a-z]+)?))?(?=\s*(?:$|[,.;!?\x{01}]))"#) { _, _ in
            Found().notNegatable
        }.needing(["retiring", "leaving", "moving away", "stepping down", "graduating"]),
        // "a quick walkaround of a 2019 Camry", "a video of our 1967 Mustang SE", "make the slideshow of my
        // '57 Bel Air build": what the video shows, a thing with its model year (also said short, with an apostrophe)
        Rule(#"(?:\b(?:make|do|create)\s+)?\b(?:a|an|the)\s+(?:(?:quick|short|little|simple|full|nice)\s+)*(?:walkaround|walk around|walkthrough|walk through|tour|video|vid|slideshow|reel)\s+(?:of|for)\s+(?:a|an|the|my|our|this|his|her|their)\s+((?:19|20)\d{2}|\d{2})\s+(?:[a-z]+\s+){0,3}?[a-z]+(?=\s*(?:$|[,.;!?\x{01}]))"#) { m, p in
            // a year of two digits only as typed with its apostrophe ("'57", "’98")
            if (m[1] ?? "").count == 2, !["'", "’"].contains(where: { p.said(m.range).contains($0 + (m[1] ?? "")) }) { return nil }
            return storySettingWord.occurs(in: String(m.text.drop(while: { !$0.isNumber }).drop(while: \.isNumber))) ? nil : Found().notNegatable
        }.needing(["video", "vid", "slideshow", "tour", "walk", "reel"]),
        // "just want to check the order before the board meeting on the 14th": why a preview is
        // asked for, what the user will look at before an occasion
        Rule(#"(?:^|(?<=[,.;!?\x{01}]))\s*(?:(?:i|we)\s+)?(?:(?:just|only|mainly|mostly|really)\s+)*(?:want|wanna|need|would like|d like)\s+to\s+(?:(?:quickly|first)\s+)?(?:check|see|review|look at|look over|go over|double check|confirm)\s+(?:(?:the|how)\s+)?(?:order|framing|flow|timing|pacing|sequence|it|everything|things|it flows|it looks)\b(?:\s+1st)?(\s+before\s+[^,.;!?\x{01}]*)(?=\s*(?:$|[,.;!?\x{01}]))"#) { m, p in
            guard Pattern(#"\b(?:preview|draft|low res|lo res|rough|quick version|test version)\b"#).occurs(in: p.text),
                  tellsOnly(storyNumber.replacing(in: m[1] ?? "") { _ in " " }) else { return nil }
            return Found().notNegatable
        }.needing(["check", "see", "review", "look", "go over", "confirm"]),
        // "a pot of spring-water longjing is ¥38", "a bowl of laksa is $9": the measure it is sold by before the thing;
        // "tickets $12", "skin fades are $25 all month", "entry is only $5", "our gouda is $18 a pound", "(they're $45 each)",
        // "tacos are $3.50 on tuesdays", "wings are $1 every friday": what a price is for and when it holds, read
        // before the price alone (and not part of ``storyNumber``, which needs the price only)
        Rule(#"(?:\b(?:a|an|one|each|every|per)\s+(?:pot|cup|bowl|glass|pint|plate|slice|dozen|half dozen|box|bag|bottle|jar|loaf|scoop|basket|bunch|pound|kilo|piece|serving|order|pack|tin|can|carton|tray|portion|pair|set|round|jug|pitcher|flight|bucket|cone|stick|skewer)\s+(?:of\s+)?)?\b(?:[a-z]+\s+){0,2}?(?:tickets?|entry|admission|cover|adults|kids|children|seniors|students|members|(?:[a-z]+\s+)?(?:are|is|cost|costs|were|was|go for|goes for|run|runs)|theyre|they are|its|thats)\s+(?:(?:only|just|still|now)\s+)?[$£€¥]\s?\d{1,3}(?:\s?,\s?\d{3}(?!\d))*(?:\.\d{1,2})?(?:\s+(?:all|this|next)\s+(?:week|weekend|month|year|day|summer|season)|\s+(?:today|tonight|each|apiece|(?:a|an|per)\s+(?!(?:seconds?|secs?|minutes?|mins?|photos?|pictures?|pics?|slides?|clips?|videos?)\b)[a-z]+))?(?:\s+(?:on|every|each|most|all day)\s+(?:"# + weekday + #")s?\b|\s+(?:on|at|over)\s+(?:the\s+)?weekends?\b|\s+(?:every|each)\s+(?:day|night|morning|evening|week)\b|\s+(?:daily|nightly|weekdays|weeknights))?"#) { _, _ in Found().notNegatable }.needing(["$", "£", "€", "¥"]),
        // "(my talk on zooplankton,) slide 12 of 40", "it goes on slide 3 of my deck", "page 4 of the handout": where
        // the video sits in a talk or a document, no photo of the draft (only when a talk or a deck is named)
        Rule(#"\b(?:(?:on|in|for|at)\s+)?(?:slide|page)\s+\d{1,3}\s+(?:of|out of)\s+(?:\d{1,3}\b(?!\s*(?:photos?|pictures?|pics?|images?|shots?|seconds?|secs?))|(?:my|the|our|his|her|their|this)\s+(?:(?:[a-z]+\s+)?(?:deck|presentation|talk|lecture|keynote|powerpoint|ppt|handout|slides|webinar|seminar|pitch)\b))"#) { _, p in
            talkWord.occurs(in: p.text) ? Found().notNegatable : nil
        }.needing(["slide", "page"]),
        // "tune ups from $45", "oil changes and tune-ups": a car's service offered, no song (the
        // price beside it is read below)
        Rule(#"\btune\s?ups\b"#) { _, _ in Found().notNegatable }.needing(["tune"]),
        // "make the video 20 seconds, my shop is at 221 Baker Street", "pics from the 12/24/2025 xmas
        // party", 6月28号毕业典礼: the story numbers alone, beside an ask in the same clause
    ] + storyNumberKinds.map { pattern, words in
        Rule(pattern) { _, _ in Found().notNegatable }.needing(words)
    } + [
        // "We're Big Rig Towing, (on the road 24/7 since 1998)": who is asking, a name in capitals
        // (its words may be setting words: "Big")
        Rule(#"(?:^|(?<=[,.;!?\x{01}]))\s*(?:(?:hi|hello|hey)\s+)?(?:were|we are|this is|its|it is|im|i am)\s+((?:the\s+)?[a-z&']+(?:\s+[a-z&']+){0,4})(?=\s*(?:$|[,.;!?\x{01}]))"#) { m, p in
            guard let name = m[1] else { return nil }
            let count = name.split(separator: " ").count
            let words = p.said(m.range).split(separator: " ").suffix(count).filter { $0 != "the" }
            guard words.count >= 2, words.allSatisfy({ $0.first?.isUppercase == true || $0 == "&" }),
                  !name.contains(where: \.isNumber), !storyAskingWord.occurs(in: name), !platformHint.occurs(in: name) else { return nil }
            return Found().notNegatable
        }.needing(["were", "we are", "this is", "its", "it is", "im", "i am"]),
        // "… at 30 percent thanks coach mike", "thank you so much, Captain Dave": a sign-off with who
        // is asking, at the end of the request (read here, before the numbers of the clause it ends)
        Rule(#"(?:^|(?<=[,.;!?\x{01}])|(?<=\s))(?:thanks|thank you|thx|ty|cheers|much appreciated)(?:\s+(?:so much|a lot|again|in advance|a bunch|heaps))*\s*,?\s*(?:-\s*)?(?:coach|captain|capt|cap|mr|mrs|ms|miss|dr|doc|pastor|chef|uncle|aunt|auntie|grandma|grandpa|nana|papa|officer|sgt|sarge|rev|father|sister|brother|principal|professor|prof|nurse|mama|mom|dad)\s+[a-z]+\s*[.!]*\s*$"#) { _, _ in
            Found().notNegatable
        }.needing(["thanks", "thank you", "thx", " ty", "cheers", "appreciated"]),
        // "my students dared me to (make it -3 seconds long)", "my boss asked me to (…)": who put the
        // user up to the ask that follows, a lead-in only
        Rule(#"(?:^|(?<=[,.;!?\x{01}]))\s*(?:(?:so|and|but|ok|okay|well|lol)\s+)*(?:my|our|the|his|her|their)\s+(?:[a-z]+\s+){0,2}?(?:dared|bet|challenged|asked|told|begged|wanted|want|wants|made)\s+(?:me|us)\s+to(?=\s+(?:make|set|do|put|change|turn|add|use|try|cut|give)\b)"#) { _, _ in
            Found().notNegatable
        }.needing(["dared", "bet", "challenged", "asked", "told", "begged", "want", "made"]),
        // "(square video for the store's page) showing off the new paint aisle": what the video shows
        Rule(#"\b(?:showing off|showcasing|featuring|highlighting|show casing|showing)\s+(?:the|our|my|their|his|her|a|an|some|all|all the|all our)\s+(?:[a-z]+\s+){0,3}?[a-z]+(?=\s*(?:$|[,.;!?\x{01}]))"#) { m, p in
            tellsOnly(p.said(m.range).lowercased().replacingOccurrences(of: "showing", with: " ")) ? Found().notNegatable : nil
        }.needing(["showing", "showcasing", "featuring", "highlighting", "show casing"]),
    ]

    /// Whether a clause as normalised (`said`) only tells: it asks for nothing, names no platform,
    /// and once its story numbers and the words that say when or what happened are left out, it
    /// names no number and no setting ("we're at 88 jiefangbei road", "dancers aged 5 to 12").
    private static func toldOnly(_ said: String) -> Bool {
        guard !storyAskingWord.occurs(in: said), !platformHint.occurs(in: said) else { return false }
        let rest = storyNumber.replacing(in: said) { _ in " " }
        return rest.count < said.count
            && tellsOnly(storyTrade.replacing(in: titleWon.replacing(in: personalFirst.replacing(in: storyShotVerb.replacing(in: storyWhen.replacing(in: rest) { _ in " " }) { _ in " " }) { _ in " " }) { _ in " " }) { _ in " " })
    }

    /// Whether a clause, its story numbers left out, only tells: no number, no setting, no platform
    /// and no ask.
    /// Whether `s` (lowercase, said in brackets) only tells: no number, no setting, no ask, no wish.
    static func bracketTellsOnly(_ s: String) -> Bool { tellsOnly(s) }

    private static func tellsOnly(_ s: String) -> Bool {
        !s.contains(where: \.isNumber) && !storySettingWord.occurs(in: s) && !storyAskingWord.occurs(in: s)
            && !platformHint.occurs(in: s) && !wishWord.occurs(in: s) && !chineseStorySettingWord.occurs(in: s)
    }

    /// A unit after a number that makes it a setting ("3 seconds", "30 fps", "20%"): no story number.
    private static let settingUnit = #"(?!\s*(?:seconds?|secs?|s\b|ms\b|minutes?|mins?|min\b|m\b|fps|%|percent|x\b|×|px|p\b|photos?|pictures?|pics?|images?|slides?|shots?|clips?|transitions?|[:/.]\d))"#

    /// Days of the week, as typed in opening hours ("mon", "tues", "saturday").
    private static let weekday = #"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?"#

    /// A month and day with a slash ("12/14", "2/6"), or a day and month ("14/06", "25/12"), not a shape
    /// (9/16, 4/5, 3/4, 21/9…) and not followed by a shape word ("2/3 vertical").
    private static let dayOfMonth = #"(?!(?:9\s?/\s?16|16\s?/\s?9|4\s?/\s?[35]|3\s?/\s?[24]|1\s?/\s?1|2\s?/\s?3|5\s?/\s?4|(?:1[6-9]|2[0-2])\s?/\s?(?:9|10))\b)(?:(?:1[0-2]|0?[1-9])\s?/\s?(?:3[01]|[12]\d|0?[1-9])|(?:3[01]|2\d|1[3-9])\s?/\s?(?:1[0-2]|0?[1-9]))\b(?!\s?[/:]|\s*(?:ratio|aspect|format|vertical|horizontal|portrait|landscape)\b)"#

    /// A time of day said after a date ("on 14/03 at 9:30", "on 12/6 at 10am").
    private static let timeAfterDay = #"(?:,?\s+at\s+(?:[01]?\d|2[0-3])(?::[0-5]\d)?(?:\s*(?:am|pm))?\b(?!\s*[:/.]\d)(?!\s*(?:ratio|aspect|format|vertical|horizontal|portrait|landscape|crop|frame)\b))?"#

    /// A month's name ("may", "sept", "december").
    private static let month = #"(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)"#

    /// The story numbers (see the type's summary), one pattern per kind, each with words it
    /// cannot match without (a cheap test that spares most requests the pattern).
    private static let storyNumberKinds: [(String, [String])] = [
        // 厦大2026届毕业, 2022级新生, 2019届的: a school year group named by its year, in Chinese (with the
        // school's name when the clause opens with it)
        (#"(?:(?:^|(?<=[,.;!?，。；！？\x{01}]))\s*[\p{Han}]{1,6}?\s?(?=(?:19|20)\d{2}\s?(?:届|级)))?(?:19|20)\d{2}\s?(?:届|级)(?:的)?(?:毕业生?|新生|校友)?(?!\s?(?:视频|片|音乐|歌|转场))"#, ["届", "级"]),
        // "it's 1:76 scale", "a 1/18 diecast", "my OO gauge layout", "N scale": a model's scale, no shape
        (#"\b1\s?[:/]\s?\d{1,3}(?:\.\d)?\s*(?:scale|diecast|die cast|models?|replicas?|kits?)\b|\b(?:1\s?[:/]\s?\d{1,3}|ho|oo|n|o|z|tt|g|s)\s+(?:scale|gauge)\b"#, ["scale", "gauge", "diecast", "die cast", "model", "replica", "kit"]),
        // 下个月28号, 这个月5号, 月底30号: a day of a month named by when it is, in Chinese
        (#"(?:下\s?个?\s?月|这\s?个?\s?月|上\s?个?\s?月|本月|下月|上月|月底|月初)\s?\d{1,2}\s?(?:号|日)"#, ["月"]),
        // "mom is 62", "dad's 70", "grandma just turned 95", "our dog is only 3": an age, said of a
        // relative or a pet
        (#"\b(?:(?:my|our|his|her|their|the)\s+)?(?:mom|mum|mommy|mummy|mother|dad|daddy|father|grandma|grandpa|granny|gran|nana|nan|papa|grandmother|grandfather|wife|husband|uncle|aunt|auntie|brother|sister|cousin|dog|cat|puppy|pup|kitty|horse)(?:s|\s+(?:is|was|just turned|turned|turns|is turning|will be|will turn))\s+(?:(?:only|just|almost|nearly|now|already)\s+)?\d{1,3}\b"# + settingUnit + #"(?:\s*(?:years?|yrs?)(?:\s+old)?)?(?=\s*(?:$|[,.;!?()\x{01}]|\s+(?:now|today|this year|tomorrow|soon|and|but|so|lol|haha)\b|\s+(?:next|this|on|in)\s+(?:week|weekend|month|year|"# + weekday + #")\b))"#, ["mom", "mum", "mother", "dad", "father", "gran", "nan", "papa", "wife", "husband", "uncle", "aunt", "brother", "sister", "cousin", "dog", "cat", "pup", "kitty", "horse"]),
        // "the U10 season", "our u-12s", "U14 girls": a team's age group
        (#"\bu-?\d{1,2}s?\b"# + settingUnit, ["u1", "u2", "u3", "u4", "u5", "u6", "u7", "u8", "u9", "u-"]),
        // "from a Bortle 2 site", "class 4 rapids", "a category 5 hurricane", "Kp 7", "grade 8 piano", "stage 3 of the
        // tour", "season 2": a number on a scale or in a series that something of the story has
        (#"\b(?:bortle|kp|category|cat|force|magnitude|class|grade|stage|tier|division|div|season|episode|ep|belt|dan|kyu)\s+\d{1,2}(?:\.\d)?[a-z]?\b"# + settingUnit + #"(?!\s*(?:and|to|-|–)\s*\d)"#, ["bortle", "kp ", "category", "cat ", "force", "magnitude", "class", "grade", "stage", "tier", "div", "season", "episode", "ep ", "belt", "dan ", "kyu"]),
        // "we have 1,200 students watching", "there'll be about 300 guests", "expecting 80 parents", "we've got
        // like 30 kids coming and their parents": how many people will watch
        (#"\b(?:we(?:ll|\s+will)?\s+have|we\s+ll\s+have|we\s*(?:ve|\s+have|\s+ve)?\s+got|there(?:ll|\s+will)?\s+be|therell\s+be|there\s+are|theres|were\s+expecting|we\s+are\s+expecting|expecting)\s+(?:(?:about|around|over|nearly|almost|some|like|up to|maybe|roughly)\s+)?\d{1,3}(?:\s?,\s?\d{3}(?!\d))*\+?\s+(?:people|students|guests|parents|families|kids|children|members|visitors|attendees|fans|spectators|viewers|employees|staff|alumni|guys|folks)\b(?:\s+(?:watching|attending|coming|there|in the audience|in the crowd|in the hall|in attendance|at the show|at the event))?(?:\s+(?:and|plus|with|along with)\s+(?:all\s+)?(?:their|the|our)\s+(?:parents|families|kids|children|mums|moms|dads|grandparents|teachers|coaches|friends|siblings|carers))?"#, ["have", "there", "expecting", "got"]),
        // "at 221 Baker Street", "office at 250 King St", "14 Maple Ct", "214 bedok north st 1", "1200 W 5th St": a
        // street address (its street perhaps named by an ordinal)
        (#"(?:\b(?:at|on)\s+)?\b\d{1,5}[a-z]?\s+(?:(?!(?:seconds?|secs?|minutes?|mins?|photos?|pictures?|pics?|images?|slides?|shots?|clips?|and|or|to|of|the|a|an|more|less|is|are|each|every|per|times|fps|percent)\b)(?:[a-z]+|\d{1,3}(?:st|nd|rd|th))\s+){1,2}(?:st|street|rd|road|ave|avenue|blvd|boulevard|ln|lane|ct|court|dr|drive|way|pl|place|hwy|highway|pkwy|parkway|terrace|crescent|plaza|alley)\b(?:\s+\d{1,2}\b"# + settingUnit + #")?"#, [" st", "street", " rd", "road", " ave", "avenue", "blvd", "boulevard", " ln", "lane", " ct", "court", " dr", "drive", " way", " pl", "place", "hwy", "highway", "pkwy", "parkway", "terrace", "crescent", "plaza", "alley"]),
        // "we opened at 12 Market Square", "on 3 Town Sq": a square named as an address, after a word of
        // place (never "30 s square", a shape)
        (#"\b(?:at|on|in|near|off)\s+\d{1,5}[a-z]?\s+(?:(?!(?:seconds?|secs?|minutes?|mins?|photos?|pictures?|pics?|images?|slides?|shots?|clips?|videos?|vids?|and|or|to|of|the|a|an|more|less|is|are|each|every|per|times|fps|percent|instagram|insta|ig|facebook|fb|feed|post|posts|format|crop|aspect|ratio)\b)[a-z]{3,}\s+){1,2}(?:square|sq)\b"#, ["square", " sq"]),
        // "at 42 Jalan Sultan", "12 Jln Ampang", "88 Lorong Kulit": a street address where the street's word
        // comes first (Malaysia, Indonesia)
        (#"(?:\b(?:at|on)\s+)?\b\d{1,5}[a-z]?\s+(?:jalan|jln|lorong|lrg|persiaran|lebuh|lebuhraya)\s+[a-z]+(?:\s+\d{1,3}[a-z]?\b)?"#, ["jalan", "jln", "lorong", "lrg", "persiaran", "lebuh"]),
        // "Event在Jalan Ampang 88号", "住在Baker Street 221号": a street address written in Chinese, the
        // street's name in letters and the number after it
        (#"\b(?:(?:jalan|jln|lorong|lrg|persiaran|lebuh)\s+[a-z]+(?:\s+[a-z]+)?|[a-z]+(?:\s+[a-z]+)?\s+(?:road|rd|street|st|avenue|ave|lane|ln|drive|boulevard|blvd))\s?\d{1,5}[a-z]?\s?号"#, ["号"]),
        // "26.2 miles", "a 10 km run", "hiked 12.5 kilometres", 跑了21公里: a distance (no setting is in miles)
        (#"\b\d{1,4}(?:\.\d{1,2})?\s?-?\s?(?:miles?|mi|km|kms|kilometers?|kilometres?)\b|(?:\d{1,4}(?:\.\d{1,3})?|[一二两三四五六七八九十百千]{1,5})\s?多?\s?(?:公里|千米)"#, ["mile", " mi", "km", "kilomet", "公里", "千米"]),
        // 海拔5200米, 海拔约4000多米, 5200米高, 一千多米的雪山: a height or an altitude, in Chinese
        (#"(?:海拔|高度|高约|高达)\s?(?:约|大约|大概|将近|超过|近|有|是)?\s?\d{2,5}\s?多?\s?(?:米|公尺|m\b)|\d{3,5}\s?多?\s?(?:米|公尺)\s?(?:高|的高度|以上|左右)"#, ["海拔", "高", "米", "公尺"]),
        // "I taught Standard 6", "my Form 4 class", "Primary 5", "Year 6": a school year, as said in Malaysia,
        // Singapore and Britain
        (#"\b(?:standard|std|form|primary|year)\s+\d{1,2}\b"# + settingUnit + #"(?!\s*(?:and|to|-|–)\s*\d)"#, ["standard", "std", "form", "primary", "year"]),
        // "(flat 4B, £425k)", "unit 12", "apt 3c", "suite 200", "lot 14": a home's or an office's number in a
        // building or an estate (never "flat 2 seconds": a unit after it makes it a setting)
        (#"\b(?:unit|apt|apartment|suite|ste|flat|lot|plot|villa|condo)\s+#?\d{1,4}[a-z]?\b"# + settingUnit + #"(?!\s*(?:and|to|-|–)\s*\d)"#, ["unit", "apt", "apartment", "suite", "ste ", "flat", "lot", "plot", "villa", "condo"]),
        // "the Marriott on 5th Street", "at 3rd Ave": a street named by its ordinal
        (#"\b(?:at|on|off)\s+(?:the\s+)?\d{1,3}(?:st|nd|rd|th)\s+(?:st|street|ave|avenue)\b"#, ["street", " st", "ave"]),
        // "I keep 12 hives", "we have 3 dogs", "we raise about 40 goats": how many of something the
        // user keeps (no photos, clips or songs)
        (#"\b(?:i|we)\s+(?:keep|have|own|run|raise|manage|look after|care for|foster)\s+(?:(?:about|around|over|like|some|nearly|almost|only|just)\s+)?\d{1,4}\s+(?!(?:seconds?|secs?|minutes?|mins?|photos?|pictures?|pics?|images?|slides?|shots?|clips?|videos?|vids?|songs?|tracks?|transitions?|frames?|titles?|captions?|parts?|sections?|files?|more|less|of)\b)[a-z]+s\b"#, ["keep", "have", "own", "run", "raise", "manage", "look after", "care for", "foster"]),
        // "retiring after 32 years on the ward", "been with us 30 years", "leaving after 12 years at the
        // firm": how long someone has worked somewhere
        (#"\b(?:(?:retiring|retires|retired|leaving|leaves|left|stepping down|graduating)\s+after|(?:been|worked|served)\s+(?:with|at|for|here|there|in)\s+(?:us|them|the\s+[a-z]+|[a-z]+)\s+(?:for\s+)?)\s*(?:(?:almost|nearly|over|about|like|some)\s+)?\d{1,3}\+?\s+(?:years?|yrs|decades)\b(?:\s+(?:on|at|with|in)\s+(?:the\s+)?[a-z]+(?:\s+[a-z]+(?=\s*(?:$|[,.;!?()\x{01}])))?)?"#, ["after", "been", "worked", "served"]),
        // "my new 600mm lens", "shot at 35mm f/1.8", "a 70-200mm": a lens, no setting
        (#"\b\d{1,4}(?:\s?-\s?\d{1,4})?\s?mm\b(?:\s+f\s?/?\s?\d{1,2}(?:\.\d)?\b)?|\bf\s?/\s?\d{1,2}(?:\.\d)?\b"#, ["mm", "f/", "f /"]),
        // "1.5k swim / 40k bike / 10k run", "a 5k run", "ran the 10k", "did a half marathon and a 5k": a race's
        // distances in kilometres said "k" (never a resolution: a sport or a race is named)
        (#"\b\d{1,3}(?:\.\d{1,2})?\s?k\s+(?:swim|swims|bike|bikes|ride|rides|cycle|run|runs|walk|walks|race|races|row|paddle|hike|ski|leg|fun run|trail run|relay|time trial|tt|loop|course|pb|pr)\b|\b(?:ran|run|running|did|finished|walked|raced|won|entered|signed up for|training for|trained for)\s+(?:a|the|my|our|his|her|their|another|her first|his first|my first|our first)\s+\d{1,3}(?:\.\d)?\s?k\b(?!\s*(?:video|vid|resolution|export|quality|version|upload|file|render|footage|tv|screen|monitor|display))"#, ["k "]),
        // "our 2k times dropped by 8 seconds this year", "my pb came down 3 minutes", "shaved 8 seconds off
        // her 500m time", "improved his mile time by 4 seconds": how much someone's time in a race changed,
        // no length of the video (the time run is named)
        (#"\b(?:\d{1,3}(?:\.\d{1,2})?\s?(?:k|m)\s+(?:erg\s+|race\s+)?)?(?:times?|splits?|pbs?|prs?|records?|personal bests?|pace)\s+(?:have\s+|has\s+|had\s+|all\s+)?(?:dropped|fell|improved|went down|came down|got faster|decreased|fallen|gone down|come down|shrank)\s+(?:by\s+)?(?:(?:about|around|over|nearly|almost|like|roughly|a full|another|an average of)\s+)?\d{1,3}(?:\.\d{1,2})?\s*(?:seconds?|secs?|s|minutes?|mins?)\b(?:\s+(?:this|last)\s+(?:year|season|month|week|term|spring|fall|autumn|summer|winter))?"#
            + #"|\b(?:shaved|knocked|took|cut|dropped|chopped|trimmed)\s+(?:(?:about|around|over|nearly|almost|like|roughly|a full|another)\s+)?\d{1,3}(?:\.\d{1,2})?\s*(?:seconds?|secs?|s|minutes?|mins?)\s+off\s+(?:my|our|his|her|their|the teams?|the boats?|the crews?)\s+(?:[a-z0-9]+\s+){0,2}?(?:times?|splits?|pbs?|prs?|records?|best)\b"#
            + #"|\b(?:improved|dropped|lowered|cut|bettered|beat)\s+(?:my|our|his|her|their)\s+(?:[a-z0-9]+\s+){0,2}?(?:times?|splits?|pbs?|prs?|records?|best)\s+by\s+(?:(?:about|around|over|nearly|almost|like|roughly|a full|another)\s+)?\d{1,3}(?:\.\d{1,2})?\s*(?:seconds?|secs?|s|minutes?|mins?)\b"#, ["time", "split", "pb", "pr", "record", "best", "pace"]),
        // "our 2k times", "my 5k splits", "her 500m time": a race's distance said with the times run over it
        // (never a resolution: the times are named; not "a 4k time lapse")
        (#"\b\d{1,3}(?:\.\d{1,2})?\s?(?:k|m)\s+(?:erg\s+|race\s+|finish\s+|lap\s+)?(?:times?|splits?|scores?|results?|tests?|pieces?|records?)\b(?!\s*lapse)"#, ["time", "split", "score", "result", "test", "piece", "record"]),
        // "flying 737s", "flew A320s for Delta", "fixing DC-9s", "a Boeing 747", "a 747 captain": an aircraft's
        // (or a machine's) model, its number no length
        (#"\b(?:flying|flew|flown|piloting|piloted|crewing|crewed|fixing|repairing|repaired|servicing|serviced|maintaining|maintained|working on|worked on|wrenching on)\s+(?:(?:the|a|an|those|big|old|jumbo)\s+)?(?:(?:boeing|airbus|cessna|embraer|bombardier|lockheed|douglas|mcdonnell douglas|antonov|piper|beechcraft)\s+)?(?:(?:[a-z]{1,3}(?:\s?-\s?)?|(?:dc|md|crj|erj|atr|kc|uh|ah|ch|mig|su|tu|il|an)\s)\d{1,4}(?:s\b|\b"# + settingUnit + #")|[1-9]\d{2,3}s\b|[1-9]\d{2,3}\b"# + settingUnit + #")"#
            + #"|\b(?:boeing|airbus|cessna|embraer|bombardier|lockheed|douglas|antonov|piper|beechcraft)\s+(?:[a-z]{1,3}\s?-?\s?)?\d{2,4}(?:s|[a-z]{1,2})?\b"#
            + #"|\b(?:[a-z]{1,3}-)?[1-9]\d{2}s?\s+(?:pilot|captain|first officer|copilot|co pilot|flight engineer|mechanic|crew|fleet)s?\b"#, ["fly", "flew", "flown", "flies", "pilot", "crew", "fix", "repair", "servic", "maintain", "working on", "worked on", "wrenching", "boeing", "airbus", "cessna", "embraer", "bombardier", "lockheed", "douglas", "antonov", "piper", "beechcraft", "captain", "officer", "engineer", "mechanic", "fleet"]),
        // 开了30年737, 飞了20多年波音747, 修了十年空客a320: an aircraft's model flown or fixed, in Chinese (with how long)
        (#"(?:开|飞|修)(?:了|过)?\s?(?:\d{1,3}\s?多?\s?年\s?(?:的)?)?\s?(?:波音|空客|空中客车)?\s?(?:[a-z]{1,3}\s?-?\s?)?[1-9]\d{2}(?!\d)(?!\s?(?:秒|分|张|帧|个|倍|度|毫秒|ms\b|fps|p\b|%))|(?:波音|空客|空中客车)\s?(?:[a-z]{1,3}\s?-?\s?)?\d{3}(?!\d)"#, ["开", "飞", "修", "波音", "空客"]),
        // 我们2000米的成绩快了8秒, 他的个人最好成绩提高了3秒, 5公里用时缩短了1分钟: how much someone's time in a race
        // changed, in Chinese (no length of the video)
        (#"(?:\d{1,5}\s?(?:米|公里|千米|k)\s?(?:的)?\s?)?(?:个人最好成绩|最好成绩|成绩|用时|pb|纪录|记录)\s?(?:(?:又|今年|这个赛季|这一季|一共|总共)\s?)*(?:快了|提高了|提升了|进步了|缩短了|减少了|少了|降了|提前了)\s?(?:整整|足足|将近|差不多|大概|近)?\s?\d{1,3}(?:\.\d{1,2})?\s?多?\s?(?:秒钟|秒|分钟|分)"#, ["成绩", "用时", "pb", "纪录", "记录"]),
        // 飞了40次任务, 跑了12场马拉松, 接生了三千多个宝宝: how many times someone did what their life or trade is about, in Chinese
        (#"(?:飞|跑|打|比|参加|完成|执行|接生|演|赢|拍|办)(?:了|过)\s?\d{1,5}\s?多?\s?(?:次|场|趟|个|届|架次)\s?(?:飞行任务|任务|马拉松|比赛|演出|宝宝|婴儿|航班|巡演|音乐会|婚礼|赛季)"#, ["任务", "马拉松", "比赛", "演出", "宝宝", "婴儿", "航班", "巡演", "音乐会", "婚礼", "赛季"]),
        // "flew 40 missions", "ran 12 marathons", "delivered over 3,000 babies", "coached 30 seasons": how many
        // times someone did what their life or trade is about
        (#"\b(?:flew|flown|flying|ran|run|played|coached|served|completed|did|delivered|logged|climbed|summited|won|jumped|sailed|rowed|raced|fought|taught|refereed|umpired|performed|shot|photographed|baked|built|brewed|officiated|catered|planned|made)\s+(?:(?:over|about|around|nearly|almost|more than|some|like|well over|close to)\s+)?\d{1,3}(?:\s?,\s?\d{3}(?!\d))*\+?\s+(?:(?:combat|bombing|rescue|search and rescue|solo|full|ultra|half)\s+)?(?:missions|sorties|tours|marathons|ultras|races|regattas|games|seasons|matches|fights|bouts|jumps|flights|babies|deliveries|weddings|funerals|concerts|gigs|shows|summits|peaks|voyages|crossings|classes|courses|surgeries|operations|cakes|houses|homes|boats|events)\b"#, ["flew", "flown", "flying", "ran", "run", "played", "coached", "served", "completed", "did", "delivered", "logged", "climbed", "summited", "won", "jumped", "sailed", "rowed", "raced", "fought", "taught", "refereed", "umpired", "performed", "shot", "photographed", "baked", "built", "brewed", "officiated", "catered", "planned", "made"]),
        // "the 8 rowers keep getting cut off", "our 6 swimmers all got a pb": the members of a team or a group, how
        // many there are, as the subject of what is told (not "keep the 2 girls in frame", where they are named)
        (#"\b(?:(?:the|our|my|all|all the|both|his|her|their)\s+)?\d{1,2}\s+(?:rowers|paddlers|runners|swimmers|dancers|players|riders|cyclists|climbers|skaters|singers|musicians|bridesmaids|groomsmen|girls|boys|pilots|nurses|midwives|firefighters|soldiers|scouts|campers|divers|surfers|skiers|hikers|golfers|wrestlers|boxers|gymnasts|cheerleaders|actors|performers|crew members|teammates)\b(?=\s+(?:keep|keeps|kept|get|gets|got|are|were|all|always|have|had|did|won|finished|rowed|raced|came|look|looked|never)\b)"#, ["rowers", "paddlers", "runners", "swimmers", "dancers", "players", "riders", "cyclists", "climbers", "skaters", "singers", "musicians", "bridesmaids", "groomsmen", "girls", "boys", "pilots", "nurses", "midwives", "firefighters", "soldiers", "scouts", "campers", "divers", "surfers", "skiers", "hikers", "golfers", "wrestlers", "boxers", "gymnasts", "cheerleaders", "actors", "performers", "crew members", "teammates"]),
        // "48k miles", "120,000 km on it": how far a car has gone
        (#"\b\d{1,3}(?:\s?,\s?\d{3}(?!\d)|\s?k)\s*(?:miles|mi|km|kms|kilometers|kilometres)\b(?:\s+on\s+(?:it|the clock))?"#, ["mile", " mi", "km", "kilomet"]),
        // "we spent like $40 on balloons", "raised $2,000 for the shelter": money spent or raised
        // ("12 kids $40 on pizza lol": said without the verb, what it went on named)
        (#"\b(?:spent|spend|paid|raised|saved|donated|earned|made)\s+(?:(?:like|about|around|over|almost|nearly|only|just)\s+)?[$£€¥]\s?\d{1,3}(?:\s?,\s?\d{3}(?!\d))*(?:\.\d{1,2})?(?:\s?k)?(?:\s+(?:on|for)\s+(?:the\s+|a\s+|an\s+|our\s+|my\s+)?[a-z]+)?|(?:[$£€¥]\s?\d{1,3}(?:\s?,\s?\d{3}(?!\d))*(?:\.\d{1,2})?(?:\s?k)?|\b\d{1,3}(?:\s?,\s?\d{3}(?!\d))*(?:\.\d{2})?\s?(?:dollars|bucks|euros|pounds|quid))\s+(?:just\s+|alone\s+)?on\s+(?:the\s+|a\s+|an\s+|our\s+|my\s+)?(?!(?:photos?|pictures?|pics?|images?|music|songs?|tracks?|titles?|videos?|the|it|each|every|top|screen|instagram|insta|ig|tiktok|youtube|facebook|fb)\b)[a-z]{3,}(?:\s+(?:and|&)\s+[a-z]{3,})?"#, ["$", "£", "€", "¥", "dollars", "bucks", "euros", "pounds", "quid"]),
        // "3 bed 2 bath", "2br/1ba", "4 bedrooms", "a 3-bedroom move", "2,400 sq ft": a home's rooms and
        // size, with the job done there
        (#"\b\d(?:\.5)?\s*-?\s*(?:bed(?:room)?s?|br|bd|bdrm)\b(?:\s*(?:,|/|and|&|\+)?\s*\d(?:\.5)?\s*-?\s*(?:bath(?:room)?s?|ba)\b)?(?:\s+(?:move|moves|moving job|house move|clean ?out|deep clean|clean|reno|renovation|remodel|repaint|paint job)\b)?|\b\d(?:\.5)?\s*-?\s*bath(?:room)?s?\b|\b\d{1,3}(?:\s?,\s?\d{3}(?!\d))*\s*(?:sq\.?\s*ft|sqft|square feet|sq\.?\s*m|acres?|hectares?)\b"#, ["bed", "bath", " br", " bd", "sq", "acre", "hectare"]),
        // "asking $649,000", "avg $1,500 a move", "every taco $3", "50 bucks", "$8.50 pints": a price
        (#"(?:\b(?:asking|avg|average|only|just|from|at|priced at|listed at|under|over|around|about|for|(?:every|each|all)\s+[a-z]+)\s+)?[$£€¥]\s?\d{1,3}(?:\s?,\s?\d{3}(?!\d))*(?:\.\d{1,2})?(?:\s?(?:k|m|million|mil|grand|bucks)\b)?(?:\s+(?:a|an|per|each)\s+[a-z]+|\s+(?!(?:seconds|secs|minutes|mins|photos|pictures|pics|images|slides|shots|clips|videos|transitions|frames|titles|songs|tracks|fps|and|or|for|to|is|are|was|were|each|every|per|please|pls|thanks)\b)[a-z]{3,}s(?=\s*(?:$|[,.;!?)\x{01}])))?|\b\d{1,3}(?:\s?,\s?\d{3}(?!\d))*(?:\.\d{2})?\s?(?:dollars|bucks|euros|pounds|quid|usd|eur|gbp)\b"#, ["$", "£", "€", "¥", "dollar", "bucks", "euro", "pound", "quid", "usd", "eur", "gbp"]),
        // "(everything's) 20% off this week": a sale
        (#"(?:\b(?:everythings|everything is|everything|all|prices|items)\s+(?:(?:are|is)\s+)?)?\b\d{1,3}\s?(?:%|percent)\s+off\b(?:\s+(?:(?:this|next|all)\s+(?:weekend|week|month)|today|storewide|everything))?"#, ["% off", "percent off"]),
        // "open 9 to 5 mon to sat", "11am to 2am every day", "til 9pm": opening hours and times of day
        (#"(?:\b(?:were|we are|its|it is|were|is|are|we|they)\s+)?\bopen(?:s|ing)?\s+(?:(?:from|daily|every day)\s+)?\d{1,2}(?::\d{2})?(?:\s*(?:am|pm))?\s*(?:to|-|–|til|till|until)\s*\d{1,2}(?::\d{2})?(?:\s*(?:am|pm))?\b"#
                + #"(?:\s+(?:"# + weekday + #"\s*(?:to|-|–|thru|through)\s*"# + weekday + #"|every day|daily|every weekday|every weekend|weekdays|weekends|on weekends|7 days a week))?"#, ["open"]),
        (#"\b\d{1,2}(?::\d{2})?(?:\s*(?:am|pm))?\s*(?:to|-|–|til|till|until)\s*\d{1,2}(?::\d{2})?\s*(?:am|pm)\b(?:\s+(?:"# + weekday + #"\s*(?:to|-|–|thru|through)\s*"# + weekday + #"|every day|daily|every weekday|every weekend|weekdays|weekends|on weekends|7 days a week))?"#, ["am", "pm"]),
        (#"(?:\b(?:til|till|until|from|at|by|before|after|around)\s+)?\b\d{1,2}(?::\d{2})?\s*(?:am|pm)\b"#, ["am", "pm"]),
        // "open house on 3/15 from 1 to 4", "Sat 12/6 from 10 to 2": the hours of a day named just before
        // (no am or pm needed once the day is said)
        (#"\b(?:(?:on|this|next)\s+)?(?:(?:"# + weekday + #"\.?,?\s+)?"# + dayOfMonth + #"|"# + weekday + #")\s+(?:from\s+)?\d{1,2}(?::\d{2})?(?:\s*(?:am|pm))?\s*(?:to|-|–|til|till|until)\s*\d{1,2}(?::\d{2})?(?:\s*(?:am|pm))?\b"# + settingUnit, ["/", "mon", "tue", "wed", "thu", "fri", "sat", "sun"]),
        // "asking 425k", "asking price 1.2m", "listed at 650k": a home's price without its currency sign
        (#"\b(?:asking(?:\s+price)?|listed at|priced at|selling for|sold for|offers over)\s+(?:(?:is|of|about|around|just|only)\s+)?\d{1,4}(?:\.\d{1,3})?\s?(?:k|m|million|mil|grand)\b"#, ["asking", "listed", "priced", "selling", "sold", "offers"]),
        // "42 members", "over 300 volunteers", "2k followers": how many people a group has
        (#"\b(?:(?:about|around|over|nearly|almost|some|just|only)\s+)?\d{1,5}(?:\.\d)?\s?k?\+?\s+(?:(?:active|paying|registered|regular|loyal)\s+)?(?:members|volunteers|employees|staff members|parishioners|subscribers|followers|congregants)\b"#, ["members", "volunteers", "employees", "parishioners", "subscribers", "followers", "congregants"]),
        // "an 8x20 ft trailer", "a 10 by 12 foot shed", "4x6 inch prints", "2.5 x 3 m": the size of a thing
        (#"\b\d{1,4}(?:\.\d{1,2})?\s*(?:ft|feet|foot|cm|m)?\s*(?:x|by|×|\*)\s*\d{1,4}(?:\.\d{1,2})?\s*-?\s*(?:ft|feet|foot|inch|inches|cm|mm|m|meters?|metres?|yards?|yd)\b"#, ["ft", "feet", "foot", "inch", "cm", "mm", "meter", "metre", "yard", "yd", "m "]),
        // "4,718 at Namtso", "from about 1,500 feet", "3650 metres up": a number with thousands
        // separators (no setting runs to thousands), or a height or distance in metres or feet
        (#"\b\d{1,3}(?:\s?,\s?\d{3}(?!\d))+(?!\s?,\s?\d)(?:\s*(?:metres|meters|feet|ft)\b)?"# + settingUnit + #"|\b\d{2,5}\s*(?:metres|meters|feet|ft)\b(?:\s+(?:high|up|tall|deep|above sea level))?"#, [",", "metre", "meter", "feet", "ft"]),
        // "shot with my Mavic at about 120 m", "flying at 80m over the bay", "60 m up", "an altitude of 100 m":
        // a height in metres said with "m" alone (a video's length is not said "at 120 m"); "900 m of climbing",
        // "1200 m elevation gain": how far up or down, said with what was climbed
        (#"\b(?:at|from)\s+(?:(?:about|around|roughly|like|maybe|approx|approximately|some|over|under|nearly|almost|just|only)\s+)?(?:[2-9]\d|[1-9]\d{2,3})\s*m\b(?!\s*(?:in|into)\b)|\b[1-9]\d{1,3}\s*m\s+(?:high|up|altitude|above|agl|asl|elevation|in the air|overhead)\b|\b[1-9]\d{1,3}(?:\.\d)?\s*m\s+(?:of\s+)?(?:climbing|climb|elevation(?: gain)?|vertical|ascent|descent|gain|altitude|uphill|downhill|swimming|swim|drop|depth)\b|\b(?:altitude|height|elevation)\s+of\s+(?:(?:about|around|roughly)\s+)?\d{1,4}\s*m\b"#, ["0m", "1m", "2m", "3m", "4m", "5m", "6m", "7m", "8m", "9m", "0 m", "1 m", "2 m", "3 m", "4 m", "5 m", "6 m", "7 m", "8 m", "9 m"]),
        // "the pieces priced over 5000 yuan", "it cost 300 bucks": a price with its currency said as a word
        (#"(?:\b(?:priced|costing|costs?|selling for|sold for|worth)\s+)?(?:\b(?:over|under|above|below|at|about|around|from|for)\s+)?\b\d{1,3}(?:\s?,\s?\d{3}(?!\d))*\d*(?:\.\d{1,2})?\s?(?:k\s?)?(?:yuan|rmb|dollars|bucks|euros|rupees|ringgit|baht|pesos|yen|quid|sgd|usd|hkd|aud|cad)\b"#, ["yuan", "rmb", "dollar", "bucks", "euro", "rupee", "ringgit", "baht", "peso", "yen", "quid", "sgd", "usd", "hkd", "aud", "cad"]),
        // "people scroll past in like 2 seconds", "the client only looks at stuff for like a minute": how
        // long someone looks at things, no length of the video
        (#"\b(?:looks?|looked|looking|glances?|glanced|scrolls?|scrolled|scrolling|swipes?|swiped|swiping|browses?|browsing)\s+(?:(?:at|past|through|on|away)\s+)?(?:(?:stuff|things|it|them|videos|posts|ads|each one|anything|everything|a post|a video)\s+)?(?:for|in|after|within)\s+(?:(?:like|about|around|maybe|only|just|roughly|under|less than)\s+)*(?:a|an|\d{1,3}(?:\.\d)?)\s*(?:seconds?|secs?|minutes?|mins?)\b"#, ["look", "glance", "scroll", "swip", "brows"]),
        // "a 40 lb salmon", "it weighed 3.2 kg", 两百多斤, 二十公斤: a weight
        (#"\b\d{1,5}(?:\.\d{1,2})?\s?-?\s?(?:lbs?|pounds?|kg|kgs|kilos?|kilograms?|tons?|tonnes?|oz|ounces?|grams?)\b(?!\s*(?:a|an|per|each)\s)|(?:\d{1,5}(?:\.\d{1,2})?|[一二两三四五六七八九十百千万几]+)\s?多?\s?(?:斤|公斤|千克|吨)"#, ["lb", "pound", "kg", "kilo", "ton", "oz", "ounce", "gram", "斤", "千克", "吨"]),
        // "12/24/2025", "2025-06-28", "june 14th", "14 may 2024", "the board meeting on the 14th", "3 to 14
        // March 2025", "march 3-14": a date or a span of dates
        (#"\b\d{1,2}\s?/\s?\d{1,2}\s?/\s?(?:\d{4}|\d{2})\b|\b(?:19|20)\d{2}-\d{2}-\d{2}\b"#, ["/", "-"]),
        // "(8 of the 10 are of the altos)": how many of the photos show whom, the whom read as an aside
        (#"\b\d{1,3}\s+of\s+(?:the|my|our|these|those)\s+\d{1,3}(?:\s+(?:photos|pictures|pics|images|shots))?\s+(?:are|were)(?=\s+(?:of|from)\b|\s*\x{01})"#, [" of "]),
        // "12.06.2016", "24.6.2016": a date written with dots (its year in full)
        (#"\b\d{1,2}\.\d{1,2}\.(?:19|20)\d{2}\b"#, ["19", "20"]),
        // "we've taken about a hundred pictures since", "I took 300 photos that day": how many photos were taken
        (#"\b(?:(?:i|we|they|he|she|you)\s*(?:ve|have|had|d)?\s+)?(?:(?:already|probably|easily)\s+)?(?:taken|took|shot|snapped)\s+(?:(?:about|around|over|like|nearly|almost|maybe|roughly|some|at least|well over)\s+)?(?:\d{2,5}\+?|(?:a\s+|a\s+few\s+|a\s+couple\s+(?:of\s+)?)?(?:hundred|thousand)s?)\s+(?:of\s+)?(?:photos|pictures|pics|images|shots|snaps)\b(?:\s+(?:since|so far|already|that day|today|in total|altogether|since then))?"#, ["taken", "took", "shot", "snapped"]),
        // "June 20th at 9:30", "on 3 May at 6:45pm", "March 4-6, 2024": a date with the month's name,
        // and the time of day said after it (not a shape)
        (#"\b"# + month + #"\.?\s+\d{1,2}(?:st|nd|rd|th)?\b(?:\s*(?:to|until|till|through|thru|[-–])\s*\d{1,2}(?:st|nd|rd|th)?\b)?(?:,?\s+(?:19|20)\d{2}\b)?"# + settingUnit + timeAfterDay + #"|\b(?:\d{1,2}(?:st|nd|rd|th)?\s*(?:to|until|till|through|thru|[-–])\s*)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?"# + month + #"\b(?:,?\s+(?:19|20)\d{2}\b)?"# + timeAfterDay, ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]),
        (#"\b(?:meeting|party|wedding|event|show|game|deadline|opening|launch|ceremony|conference|presentation|recital|funeral|service|sale|reunion|trip|dinner|gala|match|concert|open house|interview)\s+(?:is\s+|was\s+)?(?:on\s+)?the\s+\d{1,2}(?:st|nd|rd|th)\b(?:\s+of\s+(?:"# + month + #"|this month|next month))?"#, ["th", "st", "nd", "rd"]),
        // 中山路12号, 弥敦道238号二楼, 6月28号: an address (with its floor or room) or a date; 6月20号9:30,
        // 10月3日下午3点半: a date and the time of day said after it (no shape)
        (#"\p{Han}{1,6}?(?:路|街|大道|道|巷|弄)\s?\d{1,5}\s?号(?:\s?(?:\d{1,3}|[一二三四五六七八九十地]{1,3})\s?(?:楼|层|座|栋|室)|\s?[a-z]?\d{1,4}\s?室)?|(?:\d{2,4}\s?年\s?)?\d{1,2}\s?月\s?\d{1,2}\s?(?:号|日)(?:\s?(?:早上|上午|中午|下午|晚上|傍晚|凌晨)?\s?(?!(?:9\s?:\s?16|16\s?:\s?9|4\s?:\s?[35]|3\s?:\s?4|1\s?:\s?1)\b)(?:[01]?\d|2[0-3])\s?(?::\s?[0-5]\d\b|点(?:半|\s?[0-5]?\d\s?分?)?))?|\d{4}\s?年(?:\s?\d{1,2}\s?月)?"#, ["月", "年", "号"]),
        // 赛格3楼A28, 万象城B1层128号, 信和中心2楼12号铺, 负一层, 1508室: a floor of a building and the shop or
        // room on it (not 第3层, the nth of something)
        (#"(?<!第)(?<!第\s)(?:[a-z]?\d{1,2}|[一二三四五六七八九十地负]{1,3})\s?(?:楼|层)(?:\s?[a-z]{0,2}\s?-?\s?\d{1,4}[a-z]?(?:\s?(?:号铺|号房|号|室|铺|档|房))?)?|(?<![a-z0-9])(?:[a-z]{1,2}\s?-?\s?)?\d{1,4}\s?(?:号铺|号房|室)"#, ["楼", "层", "铺", "房", "室"]),
        // "the 1990s", "back to the 1890s", "our 2019 trip", "in 2024": a year or a decade; "a slideshow
        // from the 90s", "80s music", "like the old 90s skate tapes", "late 80s vibes": a decade said in
        // two digits, after "the", "old", "early" or "late", or before a style or what was made then
        (#"\b(?:1[5-9]|20)\d0s\b|\bthe\s+'?[2-9]0s\b(?!\s*(?:long|each|per|total|max|video|clip))|\b(?:old|early|late|mid|classic|retro|good old)\s+'?[2-9]0s\b(?!\s*(?:long|each|per|total|max|video|clip|slideshow))|\b'?[5-9]0s(?=\s+(?:music|style|vibes?|look|feel|songs?|hits|fashion|party|theme|aesthetic|kid|kids|tv|movies?|films?|tapes?|vhs|camcorders?|cartoons|commercials|ads|era|nostalgia|skate|skateboarding|hip hop|rap|rock|grunge|rave|home videos?)\b)|(?<![-–—/x×*:]\s?)(?<![-–—/x×*:])(?<!\bby\s)\b(?:(?:in|since|back in|founded in|established|est)\s+)?(?:19\d{2}|20[0-3]\d)\b"# + settingUnit + #"(?!\s*(?:(?:by|to|[-–—])\s*\d|(?:wide|tall|high|pixels)\b))"#, ["15", "16", "17", "18", "19", "20", "0s"]),
        // "when I was 34", "they're 6 and 8", "(they're all 5 and 6!)", "the kids are between 8 and 10", "the twins turn 5 next week", "twins turn 3 tomorrow", "a 34-year-old", "aged 5",
        // "ages 9 to 11": an age
        (#"\bwhen\s+(?:i|we|he|she|they|you|my [a-z]+)\s+(?:was|were|turned)\s+\d{1,2}\b"# + settingUnit, ["when"]),
        (#"\b(?:theyre|they are|hes|he is|shes|she is|im|i am|were|we are|(?:(?:the|my|our|his|her|their)\s+)?(?:kids|boys|girls|twins|triplets|children|sons|daughters|grandkids|grandchildren)\s+(?:are|were|turn|turned|just turned|are turning|will be|will turn)|(?:my|our|his|her|their)\s+(?:daughter|son|kid|boy|girl|baby|grandson|granddaughter|niece|nephew|little one|youngest|oldest|eldest)\s+(?:is|was|just turned|turned|turns|is turning|will be|will turn))\s+(?:(?:all|both|only|just|about|around|nearly|almost|between)\s+)?\d{1,2}(?:\s*(?:and|&|or|to|-|–)\s*\d{1,2})?(?=\s*(?:$|[,.;!?()\x{01}]|\s+(?:now|today|this year|tomorrow|soon)\b|\s+(?:next|this|on|in)\s+(?:week|weekend|month|year|"# + weekday + #")\b|\s+(?:and|but|so)\s+(?!\d)|\s+(?:when|while|back then|at the time)\b))"#, ["theyre", "they are", "hes", "he is", "shes", "she is", "im ", "i am", "were", "we are", "kids", "boys", "girls", "twins", "triplets", "children", "sons", "daughters", "grandkids", "grandchildren", "daughter", "son", "kid", "boy", "girl", "baby", "niece", "nephew", "little one", "youngest", "oldest", "eldest"]),
        // "passed away last week at 91", "died peacefully at 87", "retired at 65", "married at 22": the age
        // at which something happened in a life
        (#"\b(?:passed away|passed on|passed|died|retired|got married|married|graduated|enlisted|emigrated)\s+(?:(?:(?:last|this)\s+(?:week|month|year|night|"# + weekday + #")|yesterday|today|recently|peacefully|suddenly|quietly|at home|in (?:his|her|their) sleep)\s+){0,3}at\s+(?:the\s+age\s+of\s+|age\s+)?\d{1,3}\b"# + settingUnit + #"(?=\s*(?:$|[,.;!?()\x{01}]|\s+(?:and|but|so|after|surrounded|with|in|on|last|this|years?|yrs)\b))"#, ["passed", "died", "retired", "married", "graduated", "enlisted", "emigrated"]),
        (#"\b\d{1,3}\s*-?\s*(?:years?|yrs?|yo)\s*-?\s*old\b|\bage[sd]?\s+\d{1,3}(?:\s*(?:to|-|–|and)\s*\d{1,3})?\b"# + settingUnit, ["old", "age"]),
        // "kids under 5 get in free", "children 12 and under", "under 5s": an age limit
        (#"\b(?:kids|children|babies|toddlers|anyone|everyone|people|guests|adults|seniors|those)\s+(?:under|over|below|above)\s+\d{1,2}s?\b"# + settingUnit + #"|\b(?:kids|children)\s+\d{1,2}\s+(?:and|&)\s+(?:under|up|over|younger|older)\b|\bunder\s+\d{1,2}s\b"#, ["under", "over", "below", "above"]),
        // 我今年68了, 她3岁, 快90周岁了, 我们都60几岁了, 孩子们都才6到10岁, 小朋友们都5、6岁, 她今年本来要满80岁了: an age, in Chinese (with the words that say
        // when it is reached); 今年七十三了, 我今年都八十几啦, 外婆今年已经九十了: the age after 今年 needs no 岁 (its numeral
        // stays a numeral, no unit follows it)
        (#"(?:(?:今年|明年|已经|都|快|本来|就|要|该|会|满|刚|才)\s?){0,4}(?:\d{1,3}\s?(?:到|至|-|~|～|、|和|,|，)\s?)?(?:\d{1,3}|[一二两三四五六七八九十百]{1,4})\s?[多几]?\s?(?:周岁|岁)(?:了)?|今年\s?(?:(?:已经|都|快|才|刚|满|就)\s?){0,2}(?:\d{1,3}|[二三四五六七八九十百][一二三四五六七八九十]{0,2})\s?[多几]?\s?(?:了|啦|喇)"#, ["岁", "今年"]),
        // "my levain is 100% hydration", "70% cocoa", "the battery was at 5%" (no setting is in them):
        // a share of something that is no part of the video
        (#"\b\d{1,3}(?:\.\d)?\s?(?:%|percent)\s+(?:hydration|humidity|cocoa|cacao|cotton|wool|linen|silk|cashmere|polyester|alcohol|abv|fat|protein|juice|rye|whole ?wheat|spelt|organic|recycled|natural|funded|sold|sold out|booked|full|capacity|attendance|finished|complete|done|humid|chance of rain|containment|grade|grades|score|scores)\b|\b(?:battery|phone|charge)\s+(?:was|is)\s+(?:(?:at|on)\s+)?\d{1,3}\s?(?:%|percent)"#, ["%", "percent"]),
        // "bday party 12 kids 40 dollars on pizza", "30 guests came", "like 50 people": how many people there
        // were, said beside an ask (never before a word for photos: "the 12 kids photos")
        (#"\b(?:(?:about|around|over|nearly|almost|like|some|maybe|roughly|only|just)\s+)?(?<!\b(?:those|these|the|both|all|of|first|last|photo|photos|pic|pics)\s)\d{1,3}\s+(?:kids|children|guests|people|adults|friends|families|grandkids|grandchildren|cousins|teenagers|toddlers|babies)\b(?!\s+(?:photos?|pictures?|pics?|images?|shots?|slides?|clips?|ones?)\b)(?:\s+(?:came|showed up|turned up|were there))?"#, ["kids", "children", "guests", "people", "adults", "friends", "families", "grand", "cousins", "teenagers", "toddlers", "babies"]),
        // 走了318国道, G318, 去了12个省: a road's number, and how many places a trip went to
        (#"(?:(?:走了|走|开了|沿着|沿|上了|走的)\s?)?(?:g\s?)?\d{1,4}\s?(?:国道|省道|号公路|高速)|(?:去了|去过|走了|跑了|玩了)?\s?\d{1,4}\s?多?\s?(?:个|座)\s?(?:省份|省|城市|国家|地方|景点|州|县|市|镇)"#, ["国道", "省道", "公路", "高速", "省", "城市", "国家", "地方", "景点", "州", "县", "市", "镇"]),
        // "Highway 1", "route 66", "the I-95", "interstate 80": a road's number
        (#"\b(?:(?:the|on|along|down|up)\s+)?(?:highway|hwy|interstate|freeway|motorway|state route)\s*-?\s*\d{1,4}\b"# + settingUnit, ["highway", "hwy", "interstate", "freeway", "motorway", "state route"]),
        // 当志愿者第3年了, 开店第十年: the how-manieth year of something the user does
        (#"(?:已经|都|快)?第\s?\d{1,3}\s?(?:个)?年(?:了|头)?"#, ["年"]),
        // "5 foot 1", "he's 6 ft 4 in", "180 cm tall", 一米八: a height
        (#"\b[3-7]\s*(?:foot|feet|ft)\b(?:\s*\d{1,2}\b(?:\s*(?:inches|inch|in)\b)?)?"# + settingUnit + #"(?:\s+tall)?|\b1\d{2}\s*cm\b(?:\s+tall)?|\b1\s?米\s?\d{1,2}(?!\s?(?:秒|分))|\b1\d{2}\s?(?:公分|厘米)"#, ["foot", "feet", "ft", "cm", "米", "公分", "厘米"]),
        // "took 2nd at state", "finished 3rd", "1st place", "projector for 3rd period": a place won, a class period
        (#"\b(?:took|came|came in|finished|placed|got|won|ranked)\s+\d{1,2}(?:st|nd|rd|th)\b(?:\s+place)?|\b\d{1,2}(?:st|nd|rd|th)\s+(?:place|period|grade|floor|round|inning|quarter|generation|gen|semester|prize|runner up|chair)\b(?:\s+(?!(?:photos?|pictures?|pics?|images?|slides?|shots?|clips?|videos?|and|or|is|was|so|for|in|at|to|with|make|please)\b)[a-z]+){0,2}(?=\s*(?:$|[,.;!?()\x{01}]))"#, ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"]),
        // "won regionals 3-1", "a 21-14 win", "the score was 2-2": a score
        (#"\b(?:won|lost|beat|tied|drew|finished|ended)\s+(?:(?!(?:photos?|pictures?|pics?|images?|slides?|shots?|clips?|it|them)\b)[a-z]+\s+){0,3}?\d{1,3}\s?(?:-|–|to)\s?\d{1,3}\b"# + settingUnit + #"|\b\d{1,3}\s?[-–]\s?\d{1,3}\s+(?:win|victory|loss|defeat|final|score|finish|record|season)\b|\b(?:score|scored|record)\s+(?:was\s+|of\s+|is\s+)?\d{1,3}\s?[-–]\s?\d{1,3}\b"#, ["won", "lost", "beat", "tied", "drew", "finished", "ended", "win", "victory", "loss", "defeat", "final", "score", "record", "season"]),
        // "we won by 40 runs", "lost by 3 wickets", "beat them by 12 points", "won the final by 2 goals": a margin
        (#"\b(?:won|win|wins|lost|lose|loses|beat\s+(?:them|us|[a-z]+)|edged\s+(?:them|it|[a-z]+)|scraped\s+(?:it|through))\s+(?:(?:the|our|their|this|that)\s+(?:[a-z]+\s+){0,2}?[a-z]+\s+)?by\s+(?:just\s+|only\s+|over\s+|nearly\s+|almost\s+)?\d{1,3}\s+(?:runs|wickets|points|pts|goals|tries|strokes|votes|pins|lengths|laps|holes|games|sets|frames|baskets)\b"#, ["by"]),
        // "call 555-0199", "(555) 123-4567", "text us at 604.555.0199": a phone number (its dashes
        // read as "to" by then)
        (#"(?:\b(?:call|text|phone|tel|ring|whatsapp|dial|reach)\s+(?:us\s+|me\s+)?(?:at\s+|on\s+)?)?(?:\b1\s+(?:to\s+)?)?(?:\b\d{3}(?:\.|\s+(?:to\s+)?))?\b\d{3}(?:\.|\s+to\s+|\s+)\d{4}\b"#, ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"]),
        // "for room 214", "gate 12", "troop 42", "apt 3b": a room, a gate, a unit's number; "Team 4481's season",
        // "Squad 3's trophy", "Lodge 112's dinner": a team's or a club's number, said with its apostrophe ("4481s");
        // "stall #01-23", "unit #B1-12": a floor and a unit, written as in a Singapore address
        (#"\b(?:room|rm|suite|ste|apt|apartment|unit|gate|table|booth|aisle|lot|exit|route|bus|flight|platform|locker|cabin|ward|classroom|stall|pier|dock|hangar|building|bldg|station|troop|pack|engine|ladder|precinct|district|local|team|squad|crew|lodge|chapter|squadron|battalion|regiment|company|den|post)\s*(?:#\s?(?:\d{2,3}|b\d{1,2})\s?(?:-|to)\s?\d{2,4}[a-z]?\b|(?:#|no\.?\s?|number\s+)?\d{1,5}[a-z]?\b)"# + settingUnit, ["room", " rm", "suite", " ste", "apt", "apartment", "unit", "gate", "table", "booth", "aisle", " lot", "exit", "route", " bus", "flight", "platform", "locker", "cabin", "ward", "stall", "pier", "dock", "hangar", "building", "bldg", "station", "troop", "pack", "engine", "ladder", "precinct", "district", "local", "team", "squad", "crew", "lodge", "chapter", "squadron", "battalion", "regiment", "company", " den", " post"]),
        // "Order #4471", "invoice 2231", "job no. 88": an order's or a document's number ("order" only with
        // its sign: "in order 3, 1, 2" orders the photos)
        (#"\b(?:(?:invoice|receipt|ticket|ref|reference)\s*(?:#\s?|no\.?\s?|number\s+)?|(?:order|job|case|po)\s*(?:#\s?|no\.?\s?|number\s+))\d{1,7}[a-z]?\b"# + settingUnit, ["invoice", "receipt", "ticket", " ref", "order", "job", "case", " po"]),
        // "(a dining table,) seats 8", "the cabin sleeps 6", "holds up to 40": how many it seats
        (#"\b(?:seats|sleeps|holds|fits|serves|feeds)\s+(?:(?:up to|about|around|over|like|only|just)\s+)?\d{1,4}\b"# + settingUnit + #"(?:\s+(?:people|guests|adults|kids))?"#, ["seats", "sleeps", "holds", "fits", "serves", "feeds"]),
        // "I skipper the 6:40 ferry", "we caught the 7:15 train", "the 10:30 service": a time of day that
        // names a departure or an occasion
        (#"\b(?:the|my|our|a|an)\s+\d{1,2}:\d{2}\s+(?:(?:am|pm|morning|evening|early|late|last|first)\s+)?(?:ferry|ferries|train|bus|flight|boat|tram|sailing|crossing|departure|service|mass|class|show|screening|shift|slot|appointment|session|game|kickoff|kick off|tee time|start|run|tour)\b"#, [":"]),
        // "Dave finally rolled a 300", "bowled a 279", "shot a 72", "ran a 5:10 mile": a score of the story
        (#"\b(?:rolled|bowled|shot|carded|posted|hit|scored|got)\s+(?:a|an|his|her|their|my|our)\s+(?:(?:perfect|personal best|career high|new)\s+)?\d{2,3}\b"# + settingUnit + #"(?:\s+(?:game|series|round))?"#, ["rolled", "bowled", "shot", "carded", "posted", "hit", "scored", "got"]),
        // "repeater on 146.940", "the club net on 3.850 MHz", "tuned to 98.7 FM": a radio frequency
        (#"\b(?:repeater|frequency|freq|simplex|net|station|tuned to|listening on)\s+(?:(?:is|on|at|to)\s+){0,2}\d{1,4}\.\d{1,4}\b(?:\s*(?:mhz|khz|ghz|fm|am)\b)?|\b\d{1,4}(?:\.\d{1,4})?\s*(?:mhz|khz|ghz)\b|\b\d{2,3}\.\d\s*fm\b"#, ["repeater", "freq", "simplex", "net ", "station", "tuned to", "listening on", "hz", "fm"]),
        // "Dave's perfect 300 game", "a 300 game", "his 289 series": a bowling score
        (#"\b(?:perfect|flawless)\s+\d{2,3}\b"# + settingUnit + #"(?:\s+(?:game|series|round))?|\b[1-3]\d{2}\s+(?:game|series)\b(?!\s+(?:photos?|pictures?|pics?|images?|slides?|shots?|clips?|videos?|vids?)\b)"#, ["perfect", "flawless", "game", "series"]),
        // "Roti canai RM1.50", "teh tarik RM2.20", "S$12": a price in ringgit or Singapore dollars
        (#"\b(?:rm|s\$)\s?\d{1,4}(?:\.\d{1,2})?\b"#, ["rm", "s$"]),
    ] + chineseStoryNumberKinds + [
        // "blk 51 old airport rd #01-12", "unit #03-45": a block and a unit number (its dash read as
        // "to" by then)
        (#"\bblk\s?\d{1,4}[a-z]?\b|#\s?(?:\d{2,3}|b\d{1,2})\s?(?:-|to)\s?\d{2,4}[a-z]?\b"# + settingUnit, ["blk", "#"]),
        // "(it was) -25°C", "it hit 40 degrees": a temperature
        (#"(?:-|minus\s)?\s?\b\d{1,3}(?:\.\d)?\s?(?:°\s?[cf]?|degrees?(?:\s+(?:c|f|celsius|fahrenheit)\b)?)"#, ["°", "degree"]),
        // "on the road 24/7", "open 24/7": all the time
        (#"\b24\s?/\s?(?:7|365)\b"#, ["24"]),
        // "again on the 12th so it's mixed up", "since the 3rd": a day of the month on its own
        (#"\b(?:on|since|by|until|till|before|after|from)\s+the\s+\d{1,2}(?:st|nd|rd|th)\b(?=\s*(?:$|[,.;!?()\x{01}]|(?:so|but|too|because|cause|when|this|next|last|of this|of next|of last)\b))"#, ["th", "st", "nd", "rd"]),
        // "last Saturday the 14th", "on Sunday the 3rd", "Friday the 13th": a day of the month after its weekday
        (#"\b(?:(?:last|this|next|on|that)\s+)?"# + weekday + #"\s+the\s+(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)\b"#, ["th", "st", "nd", "rd"]),
        // "our anniversary on 12/14", "since 3/2", "open house Sat 12/6", "from 2/6 to 9/6": a month and
        // day after a word of time or a weekday, and the day a span ends (not a shape: 9/16, 4/5, 3/4…)
        (#"\b(?:(?:on|since|by|before|after|until|till|from)\s+|"# + weekday + #"\.?,?\s+)"# + dayOfMonth
            + #"(?:\s*(?:to|-|–|thru|through|until|till)\s*"# + dayOfMonth + #")?"# + timeAfterDay, ["/"]),
        // "Birdhouse fair is 12/06", "the party's on 3/14 at 1400 Oak Rd", "the wedding was 6/12": the day of an
        // occasion named just before; "12/06", "06/12": a day written with a leading zero (no shape is)
        // "opens 12/8", "launches 3/14", "sale ends 6/30": the day a thing opens, starts or ends
        (#"\b(?:fair|festival|party|wedding|event|show|sale|meeting|opening|launch|ceremony|recital|funeral|service|reunion|dinner|gala|match|game|concert|open house|market|bazaar|fundraiser|auction|expo|graduation|birthday|anniversary|memorial|tournament|race|parade)(?:\s+(?:is|was|will be|falls on|happens)|s)\s+(?:on\s+)?"# + dayOfMonth + timeAfterDay + #"|\b(?:opens|opened|reopens|launches|launched|closes|closed|starts|started|begins|began|ends|ended|kicks off|goes live|went live|drops|dropped|released|due|expires)\s+(?:on\s+)?"# + dayOfMonth + timeAfterDay + #"|\b(?:0[1-9]\s?/\s?(?:3[01]|[12]\d|0[1-9])|1[0-2]\s?/\s?0[1-9])\b(?!\s?[/:]|\s*(?:ratio|aspect|format|vertical|horizontal|portrait|landscape)\b)"# + timeAfterDay, ["/"]),
        // 新店12/8开业, 3/14开张, 6/30截止: the day a thing opens, starts or ends, said in Chinese after it
        (#"(?<![\d/.:])(?!(?:9\s?/\s?16|16\s?/\s?9|4\s?/\s?[35]|3\s?/\s?[24]|1\s?/\s?1|2\s?/\s?3|5\s?/\s?4)(?!\d))(?:1[0-2]|0?[1-9])\s?/\s?(?:3[01]|[12]\d|0?[1-9])(?![\d/:.])(?:号|日)?\s*(?:就|正式|将|要|会)?\s*(?:开业|开张|开幕|开售|开卖|上市|截止|发布|举行|举办|营业|开课|开学|开始|结束)"#, ["/"]),
        // "on 14/03 at 9:30", "since 23/6": a day and month said day first (the day over 12, so no
        // shape), with the time of day said after it
        (#"\b(?:on|since|by|before|after|until|till|from)\s+(?:1[3-9]|2\d|3[01])\s?/\s?(?:1[0-2]|0?[1-9])\b(?!\s?[/:])"# + timeAfterDay, ["/"]),
        // "reunion is friday 21/9 at 7pm", "sat 16/9", "on 4/3 at 7:30pm": a date written like a ratio, a date by the
        // weekday before it or the time of day after it ("21:9", "21/9 widescreen" stay shapes)
        (#"\b"# + weekday + #",?\s+(?:the\s+)?(?:3[01]|[12]\d|0?[1-9])\s?/\s?(?:3[01]|[12]\d|0?[1-9])\b(?!\s?[/:]|\s*(?:ratio|aspect|format|vertical|horizontal|portrait|landscape|widescreen|crop|frame)\b)"# + timeAfterDay
            + #"|\b(?:3[01]|[12]\d|0?[1-9])\s?/\s?(?:3[01]|[12]\d|0?[1-9])\s*,?\s+at\s+(?:[01]?\d|2[0-3])(?::[0-5]\d\s*(?:am|pm)?|\s*(?:am|pm))\b"#, ["/"]),
        // "saturday at 9:30", "tomorrow at 10:00am": a time of day after the day it falls on (a time
        // said alone may be where the song starts)
        (#"\b(?:"# + weekday + #"|today|tomorrow|tonight|this morning|this evening|this afternoon)\s+at\s+(?:[01]?\d|2[0-3]):[0-5]\d\b(?:\s*(?:am|pm)\b)?(?!\s*(?:ratio|aspect|format|vertical|horizontal|portrait|landscape|crop|frame)\b)"#, [":"]),
        // "jordan 4s", "air max 90s", "yeezy 350s": a sneaker's model, its number no length
        (#"\b(?:air\s+)?(?:jordan|jordans|aj|air max|air force|yeezy|yeezys|dunk|dunks|new balance|nb|kayano|pegasus|vomero|foamposite|ultraboost|ultra boost)\s+(?:retro\s+)?\d{1,4}\s?s?\b(?!\s*(?:seconds?|secs?|each|per|long|total|in total)\b)"#, ["jordan", "aj ", "air ", "yeezy", "dunk", "balance", "nb ", "kayano", "pegasus", "vomero", "foamposite", "boost"]),
        // "size 10.5", "a US size 9", "her size 8 dress": a shoe's or clothes' size, not the title's
        (#"(?<!\b(?:title|font|text|caption|file|letter|letters|logo)\s)\b(?:(?:shoe|dress|ring|us|uk|eu|mens|womens)\s+)?size\s+\d{1,2}(?:\.5)?\b"# + settingUnit, ["size"]),
        // "from 3/2 to 3/9": a span whose end is no shape makes its start a day too
        (#"\b(?:from|between)\s+(?:1[0-2]|0?[1-9])\s?/\s?(?:3[01]|[12]\d|0?[1-9])\s*(?:to|-|–|thru|through|until|till|and)\s*"# + dayOfMonth, ["/"]),
        // "finished in 4:12", "ran a 3:45 marathon", "my pb is 21:30", "finished my first marathon in
        // 4:12:37", "ran 17:52 for the 5k", "clocked 1:32 in the half marathon": a race time, and the race it was run in
        (#"\b(?:finished|finishing|finish|ran|run|clocked|time|pr|pb|personal best|chip time|came in)\s+(?:(?:my|his|her|their|our|the|a|an)\s+(?:[a-z0-9]+\s+){0,3}?(?=in\s))?(?:(?:in|of|was|is|at|a|an)\s+)?\d{1,2}:\d{2}(?::\d{2})?\b(?:\s+(?:for|in|at|over|on)\s+(?:the|a|my|his|her|their|our|that|this)\s+(?:[a-z]+\s+){0,2}?(?:\d{1,3}(?:\.\d{1,2})?\s?(?:k|km|mi|miles?)|(?:half\s+)?marathon|mile|race|course|leg|loop|run|swim|ride|climb|hill climb|time trial|tt|parkrun|relay)\b)?"#, ["finish", "ran", "run", "clocked", "time", "pr", "pb", "best", "came in"]),
        // "I paced the 3:45 group", "ran with the sub-4:00 pace group", "the 2:30 pacers", "the 5:00
        // bus": a pace group of a race, named by its finish time
        (#"\b(?:sub\s?-?\s?)?\d{1,2}:\d{2}(?::\d{2})?\s+(?:pace\s+)?(?:group|groups|pacers?|pace team|bus|wave|corral)\b"#, ["group", "pacer", "pace team", "bus", "wave", "corral"]),
        // "not bad for 52", "pretty good for a 70 year old": an age the user is proud of
        (#"\b(?:not bad|not too bad|pretty good|good|great)\s+for\s+(?:a |an )?\d{1,3}\b(?:\s*(?:-?\s*years?\s*-?\s*old|yo|yrs? old))?"# + settingUnit, ["not bad", "not too bad", "good for", "great for"]),
        // "about 9 inches tall", "a 40 cm high vase", "3 feet wide", "two stories tall": how big a thing is,
        // the size word with it (not the shape of the video)
        (#"\b\d{1,4}(?:\.\d{1,2})?\s?-?\s?(?:inch|inches|cm|mm|centimetres?|centimeters?|metres?|meters?|ft|feet|foot|yards?|stories|storeys|floors)\s?-?\s?(?:tall|high|wide|long|deep|thick|across)\b"#, ["tall", "high", "wide", "long", "deep", "thick", "across"]),
        // "my 8 inch Dobsonian", "a 70-200mm lens", "12 inches of snow": a size of something else
        (#"\b\d{1,4}(?:\.\d)?\s?(?:-|to)?\s?(?:\d{1,4}\s?)?(?:inch|inches|mm)\b"#, ["inch", "mm"]),
        // 上个礼拜六, 这个星期天, 周日, 店里周五搞活动: a day of the week, in Chinese (its numeral a digit by then;
        // not 两周, 每周3张)
        (#"(?:上|这|下|今|呢)?\s?(?:个)?\s?(?:(?:礼拜|星期)\s?[1-7一二三四五六日天]|(?<![\d一两三四五六七八九十几每半]|[\d一两三四五六七八九十几]\s)周\s?[1-6一二三四五六日天](?!\s?(?:\d|秒|分|张|次|个|%)))"#, ["礼拜", "星期", "周"]),
        // 麦理浩径第2段, 第3届, 第2名 (第N天 may name photos by day): the nth part of something that is no photo (第N张 is one)
        (#"第\s?\d{1,3}\s?(?:段|届|站|季|期|集|名|代|周年)(?!\s?(?:视频|片|音乐|歌|转场))"#, ["第"]),
        // 卖了30年鸡饭, 做了20多年, 学了3个月, 老茶树有两百年了, 有一百多年历史: how long the user has done
        // something or how old a thing is, in Chinese
        (#"(?:了|过|有|快|近|整整)\s?(?:\d{1,3}|[一二两三四五六七八九十百千]{1,4})\s?[多几]?\s?(?:年|个多月|个月)(?:的?历史)?"#, ["年", "月"]),
        // 走了6个小时, 爬了三个多钟头, 成6個鐘 (Cantonese: a whole six hours), 一个半小时: how long something
        // of the story lasted, in hours (no video is that long)
        (#"(?:\d{1,2}(?:\.\d)?|[一二两三四五六七八九十几]{1,3}|半)\s?多?\s?(?:个\s?[多半]?\s?(?:小时|钟头|钟)(?![表楼声点])|[多半]?\s?(?:小时|钟头))(?!\s?(?:的|长的)?\s?(?:视频|片|影片|短片))"#, ["小时", "钟头", "个钟"]),
        // 我开店20年了, 教书三十几年了: how long, said after what the user does, closed by 了
        (#"(?:\d{1,3}|[一二两三四五六七八九十百千]{1,4})\s?[多几]?\s?(?:年|个多月|个月)(?:的?历史)?了"#, ["年了", "月了"]),
    ]

    /// A talk or a document the video goes into ("my talk", "the deck", "the handout").
    private static let talkWord = Pattern(#"\b(?:talk|talks|presentation|deck|lecture|keynote|seminar|webinar|pitch|powerpoint|ppt|handout|conference|symposium|class)\b"#)

    /// ``storyNumberKinds`` as one pattern.
    private static let storyNumberPattern = storyNumberKinds.map(\.0).joined(separator: "|")

    /// Story numbers that are left out of a clause judged whole but not taken alone: an occasion's
    /// ordinal, a count of people, how long another thing lasted and how long the clips given are,
    /// which other rules read with the words around them.
    private static let storyCountPattern = [
        // "25th anniversary", "our 10th season": an occasion's ordinal
        #"\b\d{1,3}(?:st|nd|rd|th)\s+(?:birthday|bday|anniversary|reunion|annual|season|year|grade|jubilee|edition|wedding anniversary|marathon|half marathon|race|triathlon|ironman|game|match|tournament|trip|visit|time|kid|child|baby|grandchild|grandkid|album|book|show|concert|recital|competition|championship|title)\b"#,
        // "about 200 people came", "12 families", "over 50 guests", "12 taps", "some 40 former colleagues",
        // "23 species", "40 birds": how many people or things there were
        #"(?:\b(?:about|around|over|nearly|almost|like|some|more than|less than|maybe|roughly|only|just)\s+)?(?<!\b(?:those|these|the|both|all|of)\s)\b\d{1,3}(?:\s?,\s?\d{3}(?!\d))*\+?\s+(?:(?:happy|new|local|little|amazing|wonderful|former|old|retired|fellow|dear|close|past|current|different|bird|plant)\s+)?(?:species|birds|breeds|varieties|butterflies|people|guests|families|colleagues|coworkers|co-workers|classmates|schoolmates|alumni|teammates|neighbours|neighbors|parishioners|kids|children|students|customers|clients|members|players|movers|workers|helpers|cleaners|techs|drivers|runners|attendees|volunteers|visitors|grandkids|grandchildren|girls|boys|women|men|ladies|guys|dogs|cats|homes|houses|taps|beers|brews|wines|flavors|flavours|dishes|tables|seats|rooms|beds|locations|stores|shops|branches|lanes|courts|holes|stalls|hives|cows|goats|sheep|chickens|pieces|products|pints|cakes|pies|cupcakes|pizzas|burgers|tacos|cocktails|teams|staff|employees|couples|graduates|dancers|riders|patients|residents|moves|jobs|orders|trees|cars|trucks|bikes|boats|planes|horses|animals|puppies|kittens|angles|schools|classes|vendors|booths|bands|acts|performers|athletes|swimmers|cousins|friends|relatives|babies|adults|seniors|games|matches|races|meets|tournaments|concerts|gigs|shows|trips|events|weddings|performances|goals|wins|touchdowns|of us|of them)\b"#,
        // "2 movers, 6 hours", "took us 3 hours": how long a job took, said on its own (no video is hours long)
        #"(?:\b(?:took|takes|take|took us|took me|about|around|over|nearly|almost|like|just|only)\s+)*\b\d{1,2}(?:\.\d)?\s*(?:hours?|hrs?)\b(?!\s*(?:long|of\s+(?:footage|video|clips)))"#,
        // "so 7 years now", "married 50 years", "in business for 30 years": how long something has gone on
        #"(?:\b(?:for|over|almost|nearly|about|after|like|so)\s+)?\b\d{1,3}\s+(?:years?|yrs|decades)(?:\s+(?:now|ago|later|strong|running|in business|together|married))?\b"#,
        // 我们幼儿园大班有30个小朋友, 一共来了40多位客人 (一共 read as "1共" by then), 有30个小朋友和他们的家长来:
        // how many people there were or will come, in Chinese
        #"(?:(?:一共|1\s?共|总共|共|大概|差不多)\s?)?(?:有|来了)?\s?\d{1,5}\s?(?:多)?\s?(?:个|位|名)?\s?(?:人|小朋友|孩子|学生|同学|客人|家长|老师|朋友|队员|员工|家庭|宝宝|小孩|亲戚|嘉宾|观众|球员|选手)(?:\s?(?:和|跟|还有|加上|带着)(?:他们|她们|孩子们|孩子)?(?:的)?(?:家长|爸妈|父母|家人|老师)(?:们)?)?(?:\s?(?:一起)?(?:会|要)?(?:来|参加|到场))?"#,
        // "the whole 3-hour party", "a 10 mile hike", "our 5k", "between 12-hour shifts": how long something else lasted
        #"(?:\b(?:for|during|at|through|throughout)\s+)?(?:\b(?:the|a|an|our|my|this|that)\s+)?(?:(?:whole|entire|full|long)\s+)?\b\d{1,3}(?:\.\d)?\s*-?\s*(?:hours?|hrs?|days?|weeks?|nights?|months?|miles?|mile|km|k)\s*-?\s*(?:long\s+)?(?:party|event|wedding|reception|ceremony|trip|hike|drive|ride|flight|race|marathon|shifts?|meeting|show|concert|celebration|festival|conference|service|game|match|tournament|camp|retreat|course|workshop|class|session|journey|walk|run|climb|vacation|holiday|road trip|stay|tour|cruise|program|fundraiser|marathon)\b"#,
        // "some of the climbing clips are like a minute long": how long the clips given are
        #"(?:\b(?:some|most|a few|all|half|many|several|one|two|three|\d{1,2})\s+of\s+)?\b(?:the|my|our|these|those)\s+(?:[a-z]+\s+)?(?:clips|videos|vids|footage|recordings)\s+(?:are|were|is|was|run|last)\s+(?:(?:like|about|around|almost|nearly|over|up to|all|mostly|really|pretty|kind of|kinda)\s+)*(?:a|an|\d{1,3}(?:\.\d)?)\s*(?:minutes?|mins?|seconds?|secs?|hours?)(?:\s+long)?\b"#,
    ].joined(separator: "|")

    /// ``storyNumberPattern`` compiled, to leave story numbers out of a clause.
    private static let storyNumber = Pattern(storyNumberPattern + "|" + storyCountPattern, lowercaseInput: true)

    /// "Shot Saturn … through my 8 inch Dobsonian": "shot" as the verb a clause starts with, the
    /// taking of the photos, no setting.
    private static let storyShotVerb = Pattern(#"^\s*(?:(?:i|we|just|finally|so|and)\s+)*(?:shot|snapped|photographed)\b(?!\s+(?:of|is|was|are|were|for|on|with|\d)\b)"#)

    /// "her first axel", "his first race", "our first home": a first in someone's life, no first photo.
    private static let personalFirst = Pattern(#"\b(?:my|his|her|their|our|your)\s+(?:very\s+)?(?:first|1st)\s+(?!(?:photos?|pictures?|pics?|images?|slides?|shots?|clips?|videos?|vids?|songs?|tracks?|transitions?|frames?|ones?|few|part|half|bit|and|one|two|three|\d)\b)[a-z]+\b"#)

    /// "won her first junior chess title", "took the state crown": a title won, no title of the video.
    private static let titleWon = Pattern(#"\b(?:won|wins|win|winning|claimed|clinched|defended|took|earned|captured)\s+(?:(?:her|his|their|my|our|the|a|an|its|another)\s+)?(?:(?:first|1st|second|third|\d{1,2}(?:st|nd|rd|th)|very|junior|senior|state|national|regional|district|county|world|club|league|age group|chess|[a-z]+)\s+){0,4}?(?:title|titles|crown|championship)\b"#)

    /// "moving job at 1420 Oak St", "a moving company": the moving of a home, the work the user does, no motion.
    private static let storyTrade = Pattern(#"\b(?:moving|removals?)\s+(?:job|jobs|company|business|crew|team|truck|van|day|gig|quote)\b"#)

    /// When something happened, without a number ("last saturday", "this week"): no setting.
    private static let storyWhen = Pattern(#"\b(?:last|this|next|that)\s+(?:"# + weekday + #"|week|weekend|month|year|night|time|summer|winter|spring|fall|autumn|season|term)\b"#)
}
