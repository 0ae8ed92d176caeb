import Foundation
import ReelTimeline

/// Shape, size, frame rate, format, quality and fit: "vertical", "for TikTok", "Instagram post",
/// "4:5", "YouTube", "1080p", "4K", "60fps", "MP4", "quick preview", "best quality".
extension PromptInterpreter {
    /// What "vertical" names when it is no shape: "the vertical migration of zooplankton", "my vertical
    /// jump", "vertical farming" (the words after it).
    static let verticalThingWords = #"(?:migrations?|jumps?|leaps?|farms?|farming|gardens?|gardening|blinds|integration|drops?|gain|miles?|limits?|axis|stripes|lift|climbs?|walls?|rise|distance|growth|tasting|markets?|takeoff|take off|launch|ascent|descent|profile|transport|mixing|zonation|distribution)"#

    /// "vertical migration", "vertical jump": "vertical" with a thing that goes up and down, no shape.
    static let verticalThing = Pattern(#"\bvertical\s+"# + verticalThingWords + #"\b"#)

    /// Specificity of shape words: an exact ratio or size beats a platform, which beats a shape word.
    static let exactRank = 30, platformRank = 20, shapeRank = 10
    /// A shape word said against the platform ("It's for TikTok but I'd rather have it square"): above the platform, below an exact ratio.
    static let preferredShapeRank = 25
    /// "but I'd rather have it ", "but make it ", "though I want it ": the words before a shape said
    /// against what was named before it (read on the text before the shape word).
    private static let ratherBefore = Pattern(#"\b(?:but|though|tho|although|however)\s+(?:(?:i|we)\s*'?d\s+|id\s+|(?:i|we)\s+(?:would|want|wanna|need)\s+)?(?:(?:rather|prefer|like|love)\s+)?(?:(?:have|make|keep|get|do|see)\s+)?(?:it|the video|this|them)?\s*(?:to be\s+|in\s+|as\s+)?(?:a\s+)?$"#)
    /// The rank of a shape word at `range`: above a platform when said against it ("… but I'd rather have it square").
    static func rankOfShape(_ range: NSRange, _ p: PromptText) -> Int {
        let start = max(0, range.location - 48)
        let before = (p.text as NSString).substring(with: NSRange(location: start, length: range.location - start))
        let against = before.contains("but") || before.contains("tho") || before.contains("however")
        return against && ratherBefore.occurs(in: before) ? preferredShapeRank : shapeRank
    }
    /// "instagram" alone: a platform, but "reel" or "story" said with it is more precise.
    static let bareInstagramRank = 15

    /// After a "d/m" that is a date: "/2025", " at 10am", " from 2pm".
    static let dateAfter = Pattern(#"^(?:/\d|\s*(?:at|from|until|till|@)\s*\d|\s*\d{1,2}(?::\d\d)?\s*(?:am|pm)\b)"#)
    /// Before a "d/m" that is a date: "sat 14/06", "on 14/6", "due 3/4".
    static let dateBefore = Pattern(#"\b(?:on|due|by|from|until|till|since|date|dated|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s*$"#)

    static let aspectRules: [Rule] = [
        // "1:1 square 1080": a resolution said as a bare number
        Rule(#"(?<![\d:x.])\b(2160|1440|1080|720|480)\b(?![\d.:])(?!\s*(?:x|by|\*|p\b|px|pixels|wide|tall|high|seconds?|s\b|ms\b|photos?|%))"#) { m, p in
            guard let side = m.number(1).map(Int.init), !Pattern(#"\d\s*(?:x|by|\*)\s*$"#).occurs(in: (p.text as NSString).substring(to: m.range.location)) else { return nil }
            return Found(.resolution(shortSide: side))
        },
        // exact ratios; "an 8x20 ft trailer", "a 10 by 12 foot room", "4x6 inch prints", "the new 4x8 beds": a thing's size, not the video's
        Rule(#"(?:\b(?:crop|crops|cropped|cropping|reframe|reframed|resize|resized|change|convert|switch|set|format|make)\s+(?:it|them|the video|everything|all|the photos|the pictures|this)?\s*(?:to|into|as|in|for)\s+(?:a\s+|an\s+)?)?(?<![\d:.])(\d{1,2})\s*(?::|x|by|比|/)\s*(\d{1,2})(?![\d.])(?!\s*(?:photos?|pictures?|images?|pics?|seconds?|secs?|s\b|minutes?|mins?|%|'|"|(?:ft|feet|foot|inch|inches|cm|mm|m|meters?|metres?|yards?|yd|km|miles?|mi)\b|米|厘米|尺|(?:raised |garden |wooden |new |planter )?(?:beds?|boards?|plots?|sheets?|plywood|rugs?|tarps?|lumber|beams?|timbers?|planters?|tables?|rooms?|sheds?|trailers?|tents?|boxes|bricks?|pavers?|slabs?|quilts?|decks?|patios?)\b))(?:\s+(?:crop|crops|cropping|format|frame|aspect ratio|aspect|ratio|shape)\b)?"#) { m, p in
            // "a 1:1 crop", "4:5 format": the noun goes with the ratio
            guard let w = m.number(1), let h = m.number(2), w > 0, h > 0, w / h <= 4, h / w <= 4 else { return nil }
            // "open day is sat 14/06 at 10am", "on 03/12/2025": a date, not a ratio (a ratio has no leading zero)
            if m.text.contains("/") {
                if m[1]?.first == "0" || m[2]?.first == "0" { return nil }
                let ns = p.text as NSString
                let end = m.range.location + m.range.length
                let after = ns.substring(with: NSRange(location: end, length: min(14, ns.length - end)))
                let from = max(0, m.range.location - 14)
                let before = ns.substring(with: NSRange(location: from, length: m.range.location - from))
                if dateAfter.occurs(in: after) || dateBefore.occurs(in: before) { return nil }
            }
            return Found(.aspect(AspectRatio(Int(w), Int(h)))).ranked(exactRank)
        },
        Rule(#"(?<![\d])(\d{3,4})\s*(?:px |pixels )?(?:[x*]|by|wide(?: and| by|,)?)\s*(\d{3,4})(?![\d])(?:\s*(?:px |pixels )?(?:tall|high)|\s*(?:px|pixels)\b)?"#) { m, _ in
            guard let w = m.number(1), let h = m.number(2) else { return nil }
            let (ew, eh) = (Int(w) / 2 * 2, Int(h) / 2 * 2)
            guard DraftLimits.isUsableOutputSize(width: ew, height: eh) else {
                return Found().note("\(Int(w))×\(Int(h)) is not a usable size (sides from \(DraftLimits.outputSide.lowerBound) to \(DraftLimits.outputSide.upperBound)); size unchanged")
            }
            let f = Found(.size(width: ew, height: eh)).ranked(exactRank)
            return ew == Int(w) && eh == Int(h) ? f : f.note("sizes must be even; using \(ew)×\(eh)")
        },
        // platforms (the current specs)
        Rule(#"\b(?:square (?:instagram|insta|ig)(?: post| feed| grid)?|(?:instagram|insta|ig) square(?: post| feed)?)\b"#) { _, _ in
            Found(.aspect(.square)).ranked(platformRank)
        },
        // "a reel for instagram", "stories", "our Facebook story about the breakfast": the platform; a showreel ("portfolio reel", "demo reel",
        // "acting reel", "a sample reel for my website") names the kind of video, not the platform; "reel" or "stor" is looked for
        // before the look-behinds, so they are tried only where one of the words starts;
        // "a hype reel for the crew", "the blooper reel", "a sponsor reel", "the promo reel", "a pitch reel": the kind of video too; "storytime", "story time at the library": an hour of reading aloud
        // "the story only makes sense that way", "so the story really flows": the story the photos tell, said with a verb
        // "so it is like a story from September to December": what the photos are like, no platform
        Rule(#"\b(?:instagram|insta|ig|facebook|fb) stor(?:y|ies)\b|\b(?:instagram |insta |ig |facebook |fb )?(?=reel|stor)(?<!highlight )(?<!highlights )(?<!demo )(?<!sample )(?<!sizzle )(?<!sponsor )(?<!sponsors )(?<!sponsorship )(?<!promo )(?<!pitch )(?<!portfolio )(?<!photography )(?<!videography )(?<!cinematography )(?<!directing )(?<!design )(?<!acting )(?<!show )(?<!vfx )(?<!animation )(?<!editing )(?<!modeling )(?<!modelling )(?<!tells the )(?<!tell the )(?<!telling the )(?<!tells a )(?<!tell a )(?<!telling a )(?<!tells our )(?<!tell our )(?<!love )(?<!whole )(?<!short )(?<!long )(?<!sad )(?<!funny )(?<!bedtime )(?<!hype )(?<!blooper )(?<!gag )(?<!fishing )(?<!film )(?<!like a )(?:reels?|stories|story(?!\s*time\b)(?!\s+(?:(?:only|just|really|actually|still|also|then|kind of|sort of|mostly|finally|better|clearly|properly)\s+)?(?:of|about|behind|so far|arc|line|telling|makes|make|made|is|was|goes|flows|works|feels|gets|comes|needs|should|has|unfolds|reads|will|would|can|could|isnt|doesnt|holds|hangs|starts|ends|begins|continues|matters|depends|develops|builds|runs|moves)\b))\b|\btik ?toks?\b|\bdouyin\b|\bkuaishou\b|\b(?:youtube|yt|you tube) shorts?\b|\bshorts\b|\bsnapchat\b|\bwhats ?app status\b|抖音|快手|视频号|微信视频号|(?:ig|instagram|fb|facebook)?\s*限时动态|(?:ig|instagram|fb|facebook)\s*限动"#) { _, _ in
            Found(.aspect(.vertical)).ranked(platformRank)
        },
        // "Instagram帖子的尺寸", "ig贴文": the feed post, named in Chinese
        Rule(#"\b(?:instagram|insta|ig)(?: (feed|post|posts|grid|carousel|portrait|portrait post|feed portrait))*\b(?:\s*(帖子|贴子|帖文|贴文|图文|发帖|主页|动态(?!\s*限时)))?"#) { m, _ in
            Found(.aspect(.portrait4x5)).ranked(m[1] == nil && m[2] == nil ? bareInstagramRank : platformRank)
        },
        // "小红书笔记的尺寸": the note, the kind of post there
        Rule(#"(?:小红书|\bxiaohongshu\b|\bred ?note\b|\bxhs\b)(?:\s*(?:笔记|帖子|贴子|图文|帖文|贴文))?"#) { _, _ in
            Found(.aspect(AspectRatio(3, 4))).ranked(platformRank)
        },
        // "not regular YouTube", "normal youtube": the landscape site named against its Shorts
        Rule(#"\b(?:(?:regular|normal|ordinary|standard|plain|classic|main|long[- ]?form)\s+)?you ?tube\b|\bvimeo\b|\bbilibili\b|b\s?站|哔哩哔哩|\btv\b|\b(?:the\s+)?telly\b|\bcinema\b"#) { _, _ in
            Found(.aspect(.landscape)).ranked(platformRank)
        },
        // platforms that take any shape ("for the parish facebook page", "square for Marketplace", "Facebook帖子"): understood, the shape stays as said or as it is
        Rule(#"\b(?:for |on |to )?((?:facebook |fb )?marketplace|facebook|fb|twitter|linkedin|whatsapp|telegram|pinterest|threads|bluesky|mastodon|imessage|email)(?: (?:post|posts|feed|group|chat|page|pages|profile|account|wall|timeline))?\b(?:\s*(?:帖子|贴子|帖文|贴文|图文|主页|动态|群))?|微信|微博|qq空间"#) { m, p in
            let name = m[1].map { $0 == "fb" ? "Facebook" : $0.prefix(1).uppercased() + $0.dropFirst() } ?? p.said(m.range)
            return Found().note("\(name) takes any shape; the shape is as asked or as it was").notNegatable
        },
        // shape words
        // "it's her wedding portrait", "the family portrait of grandma": a photo of a person, not the shape
        // "I'm vertically challenged": a joke about being short, not the shape; "the vertical migration of
        // zooplankton", "my vertical jump", "vertical farming": a thing that goes up and down, not the shape
        // "I tune upright pianos", "an upright freezer": a thing that stands upright, not the shape
        // "not the tall phone shape", "no vertical phone format": the shape word and the phone's shape are one
        // phrase, so a "not" before them turns both down
        Rule(#"\b(?:(?:tall|vertical|upright|narrow|skinny)\s+(?:(?:and\s+)?(?:thin|skinny|narrow)\s+)?)?(?:phone|mobile)[ -](?:format|size|screen|video|shape)\b|\bvertical(?:ly)?\b(?![\s-]*challenged\b)(?!\s+"# + verticalThingWords + #"\b)|\bportrait(?: mode| orientation)?\b|\bfor (?:my |a |the )?(?:phone|mobile)s?\b|\bupright\b(?!\s+(?:grand\s+)?(?:pianos?|bass|basses|freezers?|fridges?|vacuums?|hoovers?|bikes?|posture|position|citizens?|rows?|tanks?|tents?|plants?|cabinets?|trucks?))|\btall\b|竖屏|竖版|竖向|竖的|竖着"#) { m, p in
            if m.text == "portrait", portraitNoun(m.range, p) || namesAKindOfWork(m.range, p) { return nil }
            if m.text == "upright", uprightPiano(m.range, p) { return nil }
            if inProperName(m.range, p) { return nil }
            return Found(.aspect(.vertical)).ranked(rankOfShape(m.range, p))
        },
        // "our square dance club", "Times Square", "square footage", "a square meal": a dance, a place or a
        // measure, not the shape
        // "We're Square One Events", "at Union Square": a name the user wrote with capitals, no shape
        Rule(#"\b"# + squareShape + #"\b|正方形|方形|方的"#) { m, p in
            inProperName(m.range, p) ? nil : Found(.aspect(.square)).ranked(rankOfShape(m.range, p))
        },
        // "I'm a landscape architect", "landscape photography": a kind of work, not the shape
        // "cut off in the wide shots", "the wide-angle photos": photos taken wide, not the shape
        Rule(#"\blandscape(?: mode| orientation)?\b|\bwide ?screen\b|\bwide\b(?!\s?-?\s?(?:angle\s+)?(?:shots?|photos?|pictures?|pics?|images?|ones)\b)|\bhorizontal(?:ly)?\b|横屏|横版|横向|横的|横着|横过来|宽屏"#) { m, p in
            if m.text == "landscape", namesAKindOfWork(m.range, p) { return nil }
            if inProperName(m.range, p) { return nil }
            return Found(.aspect(.landscape)).ranked(rankOfShape(m.range, p))
        },
        // resolution and frame rate
        Rule(#"\b(\d{3,4})p(\d{2})?\b"#) { m, _ in
            guard let side = m.number(1).map(Int.init) else { return nil }
            guard [240, 360, 480, 540, 720, 1080, 1440, 2160].contains(side) else {
                return Found().note("\(side)p is not a resolution Reel renders (use 480p, 720p, 1080p, 1440p or 4K); resolution unchanged")
            }
            var f = Found(.resolution(shortSide: side))
            if let fps = m.number(2) { f = merge(f, frameRate(fps)) }
            return f
        },
        Rule(#"\b(?:4k|uhd|ultra hd)(?:(\d{2})(?:fps|p)?)?\b|超清|超高清"#) { m, _ in
            // "4k60": the frame rate typed against it
            m.number(1).map { merge(Found(.resolution(shortSide: 2160)), frameRate($0)) } ?? Found(.resolution(shortSide: 2160))
        },
        Rule(#"\b(?:2k|qhd)\b"#) { _, _ in Found(.resolution(shortSide: 1440)) },
        // "要高清的", "高清一点": 高清 is asked of the picture, so the best quality as well as 1080p
        Rule(#"\b(?:full hd|fhd|hd)\b|(高清)"#) { m, _ in
            m[1] != nil ? Found(.resolution(shortSide: 1080), .quality(.high)) : Found(.resolution(shortSide: 1080))
        },
        Rule(#"(?:frame ?rate|\bfps|帧率)\s*(?:of|at|to|=|:|用|是|要|为|设为|改成|改为|调到|调成|设成|设置为|设置成)?\s*(\d{1,3}(?:\.\d+)?)(?:\s*(?:fps|帧))?"#) { m, _ in frameRate(m.number(1)) },
        Rule(#"\b(?:at|in)\s+(\d{2,3})\s*frames\b(?!\s+(?:long|total|in total))"#) { m, _ in frameRate(m.number(1)) },
        Rule(#"\b(?:set|use|make it)\s+(\d{1,3})\s+(?:as\s+)?(?:the\s+)?(?:frame ?rate|fps)\b"#) { m, _ in frameRate(m.number(1)) },
        Rule(#"\b(?:fps|frames? (?:per|a) second)\s*(?:[:=]|of|at|is|should be)\s*(\d{1,3}(?:\.\d+)?)(?![\d.])"#) { m, _ in frameRate(m.number(1)) },
        Rule(#"(?<![\d.])(\d{1,3}(?:\.\d+)?)\s*(?:fps|frames? (?:per|a) (?:sec|second)\b|frames?/s|帧每秒|帧/秒|帧)"#) { m, _ in
            frameRate(m.number(1))
        },
        // format
        Rule(#"\b(?:as |in |to )?(?:an? )?(?:mp4|h ?264|h \. 264|avc)(?: format| file| video)?\b"#) { _, _ in Found(.format(.mp4)) },
        Rule(#"\b(?:as |in |to )?(?:an? )?(mov|gif|webm|avi|mkv|wmv|flv|hevc|h ?265|prores)(?: format| file| video)?\b"#) { m, _ in
            Found(.format(.mp4)).note("Reel makes MP4 (H.264) videos only, not \((m[1] ?? "").uppercased()); making MP4")
        },
        // quality
        // "quality to high", "quality: preview", "quality = best"
        Rule(#"\bquality\s*(?:to|at|on|=|:|->|should be|set to)\s*(high|higher|highest|best|max|maximum|top|preview|draft|low|lower|standard|normal|medium|default)\b"#) { m, _ in
            switch m[1] ?? "" {
            case "preview", "draft", "low", "lower": Found(.quality(.preview))
            case "standard", "normal", "medium", "default": Found(.quality(.standard))
            default: Found(.quality(.high))
            }
        },
        Rule(#"\b(?:(?:quick|fast|rough|draft|low|lower|low res|lo res) )?(?:quality )?previews?(?: quality| mode| version)?\b|\bdraft quality\b|\blow(?:er)? (?:quality|res(?:olution)?)(?: draft| version| cut)?\b|\blo res(?: draft| version| cut)?\b|\b(?:low res |lo res |quick |rough |fast )+(?:draft|cut|version)(?: quality)?\b|\brough draft\b|(?<!\b(?:the|my|this|that|current|your|our) )\bdraft\b|\bfast render(?:ing)?\b|\ba (?:draft|preview|test|rough|quick) (?:version|render|cut|copy)\b|\bdraft version\b|\btest render\b|\bjust a draft\b|\bquality (?:doesnt|does not|dont|do not|wont) matter\b|\b(?:i )?(?:just )?(?:want to|wanna|need to|would like to) (?:see|check|look at) (?:it|how it looks|what it looks like)(?: (?:quickly|fast|first|real quick|quick))?\b|\bfor a quick look\b|\bquick look\b|先看看效果|快速看一下|画质无所谓|快速预览|预览|草稿|低画质|粗剪"#) { _, _ in
            // "vertical 720p draft of my photos": a draft (not "the draft" there is) is a preview render
            Found(.quality(.preview))
        },
        Rule(#"\b(?:best|highest|high|top|max|maximum|great|better|excellent|crisp|sharp)(?: possible)? (?:quality|res(?:olution)?)\b|\bhq\b|\b(?:high|hi) res\b|\bquality first\b|\bcrisp\b|(?:画质|清晰度|quality)\s*(?:要|调|再|开|拉|设|弄|搞|给|直接|用|选|挑)*(?:到|成|为)?\s*(?:最高|最好|最大|最高档|高|好|满|拉满|(?:high(?:er|est)?|best|max)(?![a-z]))(?:一点|一些|点)?|最高画质|最佳画质|最高质量|最佳质量|高质量|高画质|(?:画质|画面)(?:要|再|更)?(?:清晰|清楚)|(?:要|再|更)?(?:清晰|清楚)(?:一点|一些|点|些)"#) { _, _ in
            // "画质清晰", "清晰一点": a sharper picture is the best quality; "画质开到最高", "quality调到最高", 画质用最高的,
            // "quality要high一点" (the level said in English)
            Found(.quality(.high))
        },
        Rule(#"\b(?:standard|normal|medium|default) quality\b|标准画质|标准质量"#) { _, _ in Found(.quality(.standard)) },
        // fit
        Rule(#"\b(?:blur(?:red)?|blurry) (?:background|backdrop|bars|sides|edges|fill|borders?)\b|模糊背景|背景模糊"#) { _, _ in Found(.fit(.blur)) },
        Rule(#"\b(?:show|keep|fit) (?:the )?(?:whole|entire|full) (?:photos?|images?|pictures?)\b|\bno crop(?:ping)?\b|\bdont crop\b|\bletterbox(?:ed|ing)?\b|\bblack bars\b|完整显示|不要裁剪|不裁剪"#) { _, _ in
            Found(.fit(.fit))
        },
        Rule(#"\bfill the (?:frame|screen)\b|\bcrop to fill\b|\bfull ?screen\b|\bzoom to fill\b|铺满|填满|裁剪填充"#) { _, _ in Found(.fit(.fill)) },
    ]

    /// A supported frame rate for `value` (the nearest one, with a note when it had to change).
    static func frameRate(_ value: Double?) -> Found? {
        guard let v = value, v > 0 else { return nil }
        let supported = OutputProfile.supportedFrameRates
        let nearest = supported.min { abs(Double($0) - v) < abs(Double($1) - v) }!
        let f = Found(.frameRate(nearest))
        if Double(nearest) == v { return f }
        let list = supported.map(String.init).joined(separator: ", ")
        return f.note("\(NumberWords.format(v)) fps is not supported (use \(list)); using \(nearest) fps")
    }

    static func merge(_ a: Found, _ b: Found?) -> Found {
        guard let b else { return a }
        var f = a
        f.changes += b.changes
        f.notes += b.notes
        return f
    }

    /// Whether "portrait" at `range` names a photo of a person rather than the shape: after a
    /// possessive, a word for the occasion or "each" ("her wedding portrait", "a family portrait",
    /// "4 seconds per portrait"), or before "of" ("the portrait of grandma"), and not before a word for the video's shape
    /// ("a family portrait video" is still the shape).
    static func portraitNoun(_ range: NSRange, _ p: PromptText) -> Bool {
        let ns = p.text as NSString
        let before = ns.substring(to: range.location)
        let after = ns.substring(from: range.location + range.length)
        if portraitShapeAfter.occurs(in: after) { return false }
        return portraitOwnerBefore.occurs(in: before) || portraitOfAfter.occurs(in: after)
    }

    /// Whether the "upright" at `range` is a piano named by its maker or its year: "restoring a 1923
    /// Steinway upright", "our old Yamaha upright", "grandma's 1910 upright"; "make the video upright" is the shape.
    static func uprightPiano(_ range: NSRange, _ p: PromptText) -> Bool {
        let start = max(0, range.location - 40)
        let before = (p.text as NSString).substring(with: NSRange(location: start, length: range.location - start))
        return uprightMakerBefore.occurs(in: before)
    }

    /// "a 1923 steinway ", "yamaha ", "grandma's 1890s ": a piano's maker or year, just before "upright".
    private static let uprightMakerBefore = Pattern(#"(?:\b(?:steinway|yamaha|kawai|bechstein|b[öo]sendorfer|bl[üu]thner|broadwood|baldwin|chickering|knabe|hamlin|petrof|schimmel|pleyel|erard|wurlitzer|kimball|challen|zimmermann|grotrian|seiler|samick|young chang|hohner|rippen|rönisch|ronisch|feurich|förster|forster)(?:\s+(?:&\s+sons|and\s+sons|piano|pianos))?|(?<![\d.:/-])\b(?:1[6-9]\d0s|1[6-9]\d\d|20[0-2]\d)(?:\s+[a-z]+)?)\s+$"#)

    /// Whether the shape word at `range` is part of a name the user wrote in capitals: "We're Square
    /// One Events", "Vertical Limit Climbing": the word in title case with a title-case word right
    /// after it that is no word of an ask ("Make It Square And 12 Seconds", "Square Format" are the shape).
    static func inProperName(_ range: NSRange, _ p: PromptText) -> Bool {
        guard isTitleCase(Substring(p.said(range))) else { return false }
        let length = (p.text as NSString).length
        let end = range.location + range.length
        // " One Events": the next word
        let after = p.said(NSRange(location: end, length: min(16, length - end)))
        guard let next = after.drop(while: { $0 == " " || $0 == "-" }).split(separator: " ").first else { return false }
        let word = next.prefix { $0.isLetter }
        return word.count == next.count && isTitleCase(word) && !askWordInCapitals.contains(word.lowercased())
    }

    /// Words that go on an ask typed in title case ("Make It Square And 12 Seconds", "Vertical Please").
    private static let askWordInCapitals: Set<String> = [
        "and", "or", "for", "with", "please", "pls", "format", "video", "videos", "crop", "ratio", "shape", "aspect", "mode",
        "orientation", "version", "to", "in", "on", "at", "of", "the", "is", "instead", "too", "thanks", "post", "size",
        "frame", "screen", "slideshow", "reel", "clip", "style", "not", "no", "but", "so", "then", "also", "only",
    ]

    /// "One", "Union": a capital, then lowercase letters only.
    private static func isTitleCase(_ w: Substring) -> Bool {
        guard let first = w.first, first.isUppercase, w.count > 1 else { return false }
        return w.dropFirst().allSatisfy { $0.isLowercase }
    }

    /// Whether the shape word at `range` names a kind of work rather than the shape: "a portrait
    /// photography business", "I mostly do portrait work", "a landscape architect".
    static func namesAKindOfWork(_ range: NSRange, _ p: PromptText) -> Bool {
        kindOfWorkAfter.occurs(in: (p.text as NSString).substring(from: range.location + range.length))
    }

    /// " photography", " work", " architect": the trade a "portrait" or "landscape" goes with.
    static let kindOfWorkAfter = Pattern(#"^"# + kindOfWork)

    /// The words after "portrait" or "landscape" that make it a kind of work (" photography",
    /// " work", " architect"), as a pattern to follow the shape word.
    static let kindOfWork = #"\s+(?:photography|photographers?|photo studio|studio|studios|work|business|businesses|company|session|sessions|shoots?|photoshoots?|clients?|artists?|painters?|painting|paintings|specialist|career|gigs?|jobs?|lighting|lens|architects?|architecture|designers?|design|gardeners?|gardening|contractors?|crew|firm|pieces?|commissions?|drawings?|sketches|tattoos?|illustrations?)\b"#

    /// "her wedding ", "my ", "a family ": who or what occasion a portrait is of, just before it;
    /// "each ", "every ", "per ": one of the photos ("give each portrait 4 seconds").
    private static let portraitOwnerBefore = Pattern(#"(?:\b(?:each|every|per)(?:\s+single)?\s+|\b(?:his|her|their|my|our|your)\s+(?:(?!(?:video|videos|vid|slideshow|movie|reel|clip|film|montage|story|edit|whole|thing)\b)[a-z]+\s+)?|\b(?:wedding|family|graduation|engagement|school|studio|baby|newborn|senior|class|group|formal|bridal|couple|pet|self|official|professional)\s+)$"#)
    /// " video", " mode", " format": the shape after all.
    private static let portraitShapeAfter = Pattern(#"^\s+(?:video|videos|mode|format|orientation|version|size|shape|layout|ratio|aspect|screen|style|please|pls|plz)\b"#)
    /// " of grandma", " of the couple": a photo of someone.
    private static let portraitOfAfter = Pattern(#"^\s+of\s+(?:the\s+|my\s+|our\s+|his\s+|her\s+|their\s+)?[a-z]+"#)
}
