import Foundation

/// The words the aside, story and statement rules test a clause for: what makes it a request
/// ("any setting, a number, a photo"), what makes it an ask ("can you", "I'd like"), and the
/// same in Chinese; ages, shapes and looks said beside an ask; photos named or described, a
/// photo's time complained of, a setting disliked, what people do in general.
extension PromptInterpreter {
    /// "square" said of the shape, not of a dance, a place or a measure ("our square dance club", "Times
    /// Square", "square footage", "a square meal", "We're Square One Events": a name, where "a square
    /// one for Instagram" is the shape); put between word bounds. The word is looked for
    /// first (`(?=square)`), so the look-behinds are tried only where it stands, not at every word.
    static let squareShape = #"(?=square)(?<!\btimes )(?<!\btown )(?<!\bvillage )(?<!\bmarket )(?<!\bpublic )(?<!\bcity )square(?![\s-]+(?:1|one)\s+(?!(?:for|on|in|please|pls|plz|too|instead|with|and|or|but|video|format|version|thanks|thx|then|so)\b)[a-z])(?![\s-]*(?:danc\w*|meals?|feet|foot|footage|metres?|meters?|miles?|kilometres?|kilometers?|km|inch\w*|yards?|roots?|knots?|pegs?|deal|dealing|garden|gardens|mall|park)\b)"#

    /// Words that make a clause a request rather than a reason: any setting, a number, a photo
    /// ("tune" after its subject is the verb: "I mostly tune pianos"; "right after" is a time, no direction;
    /// `(?=tune)` and `(?=shot)` before their look-behinds, which are then tried only where the word stands).
    static let storySettingWord = Pattern(#"\d|\b(?:music|song|songs|track|(?=tune)(?<!\b(?:i|we|they|he|she|mostly|usually|also|often|professionally) )tune|sound|audio|volume|loud|louder|quiet|quieter|soft|softer|title|titles|caption|text|font|photos?|pictures?|pics?|images?|slides?|shots|(?=shot)(?<!\b(?:are|were|was|is|been|be|got|get) )shot|clips?|videos?|transitions?|fades?|fading|cuts?(?! off\b)|crossfades?|dissolves?|black|zoom|zooms|zooming|pan|panning|motion|moving|move|still|long(?!\s+(?:panorama|pano|exposure|day|days|night|nights|week|weekend|drive|walk|hike|road|queue|line|haul|shelf|shelves|table|tables|wall|bench|counter|row|corridor|hallway|beach|bridge|pier|rail|rails|rack|racks|aisle|aisles|fence|hall|tunnel|train)\b)|longer|short|shorter|length|seconds?|secs?|minutes?|mins?|fast|faster|slow|slower|quick|quicker|speed|pace|vertical(?![\s-]*challenged\b)(?!\s+"# + verticalThingWords + #"\b)|horizontal|"# + squareShape + #"|(?:portrait|landscape)(?!"# + kindOfWork + #")|wide|tall|fps|frames?|quality|previews?|resolution|hd|4k|order|backwards?|reversed?|first|last|end|start|begin|beginning|remove|delete|add|bigger|smaller|big|small|top|bottom|center|centre|middle|left|right(?!\s+(?:after|before|now|away|when|as|then|there|here|at the time)\b)|higher|lower|size|ratio|tiktok|instagram|youtube|reels?|story|stories|undo|redo|export|upload|credits)\b"#)

    /// Words that make a clause a wish rather than a reason ("I want it in sepia", "we'd love a
    /// vintage look", "it should feel dreamy", "my students want it to look more cinematic": a look
    /// wished by someone else; "I wonder if it could look vintage", a wish asked as a wonder): such a clause is
    /// read by the rules or reported.
    /// Thanks or a "please" at the start of a clause, said to close the ask before it.
    static let leadingPlease = Pattern(#"^\s*(?:(?:please|pls|plz|thx|thanks|ty)\s+)+"#)
    /// A "4" standing for "for" ("its 4 my mom").
    static let fourAsFor = Pattern(#"\b4\b"#)
    static let storyAskingWord = Pattern(#"\b(?:i|we|you)(?:'d|d| would| really| just)*\s+(?:want|wanna|need|prefer|wish|like|love)\b|\b(?:i|we)\s+(?:was\s+|were\s+|am\s+|m\s+)?wonder(?:ing)?\s+(?:if|whether)\s+(?:it|the video|the film|the slideshow|the whole thing|you)\s+(?:could|can|might|would)\b|\b(?:please|pls|plz|can you|could you|would you|let's|lets)\b|\bshould (?:be|have|look|feel|sound)\b|\b(?:wants?|wanted|would like|d like|needs?)\s+(?:it|this|the video|the whole thing)\s+(?:to\s+(?:look|feel|seem|sound)|(?:(?:to be|a bit|a little|much|way)\s+)?(?:more|less))\b|\b(?:make|add|give|use|apply|put|try|turn|change)\b"#)

    /// Chinese words that hold a setting's character (大, 小, 长, 慢, 动…) but name people, things
    /// or a manner (大合照, 长辈, 慢慢看): left out before a clause is judged a reason.
    /// An age said of the person who asks or of someone in the photos ("i am 78", "shes 5 now",
    /// "my son turned 12", "he is 90 years old").
    static let personAge = Pattern(#"\b(?:i am|im|i['’]m|she is|shes|she['’]s|he is|hes|he['’]s|they are|theyre|they['’]re|we are|were|we['’]re|(?:is|are)(?= (?:now |almost |nearly |just |over )?\d{1,3} (?:years?|yrs?|yo)\b)|turned|turning|turns|aged?)\s+(?:now\s+|almost\s+|nearly\s+|just\s+|over\s+)?\d{1,3}(?:\s*(?:years?|yrs?|yo)(?:\s+old)?|\s+(?:now|today|this year))?\b"#)

    /// A shape or a platform named ("vertical", "9:16", "for tiktok", 竖屏): a complaint about the
    /// shape beside one is the reason for it.
    static let shapeAsked = Pattern(#"\b(?:vertical|horizontal|portrait|landscape|square|widescreen|9:16|16:9|4:5|1:1|tiktok|reels?|shorts|stories|story|instagram|insta|ig|youtube)\b|竖屏|横屏|方形|正方形"#)

    /// A look or a decoration asked for (加个复古滤镜, 要有电影感, 调成黑白, 加几个贴纸, 做成復古懷舊的感覺,
    /// 要那种复古film的感觉):
    /// a wish Reel cannot grant, never a story. Read in either script, as the clause is typed.
    static let chineseLookAsked = Pattern(Traditional.either(#"滤镜|特效|复古|怀旧|调色|色调|风格|贴纸|表情包|(?:电影|胶片|高级|氛围|年代|大片|复古|怀旧|文艺|故事)感|(?:加|要|来|换|用|做成|弄成|搞成|调成|改成|变成|弄|搞)(?:个|一个|一点|点|些|上|得|那种|这种|一种)?(?:复古|怀旧|黑白|电影|文艺|清新|梦幻|胶片|日系|港风|赛博|油画|卡通|动漫)|(?:做成|弄成|搞成|调成|改成|变成|做出|弄出)(?:一种|一点|点|个)?\p{Han}{1,6}的(?:感觉|风格|色调|画风|氛围|味道)|(?:复古|怀旧|黑白|文艺|清新|梦幻|胶片|日系|港风|赛博|油画|卡通|动漫)\s*(?:[a-z]+\s*)?(?:的)?(?:感觉|风格|色调|画风|氛围|味道)"#))

    /// A photo named by its place in Chinese (第3张, 最后一张), said before a clause about it.
    static let chinesePhotoNamed = Pattern(#"第\s*\d{1,3}\s*张|最后\s*1?\s*张"#)
    /// Words that make "那是…" about the video rather than the photo (那是标题, 这是30秒的视频); "最后一张"
    /// after a person (奶奶最后一张照片) is the last one taken of them.
    static let chinesePhotoIsSetting = Pattern(#"(?<!最后|最後)\d(?![幅个只件位条次])|秒|分钟|音乐|歌|声音|音量|配乐|标题|字幕|转场|过渡|视频|画质|比例|竖屏|横屏|太长|太短|太快|太慢"#)
    /// Words that hold a setting's character but name people, places or things (大合照, 大学; the
    /// route a bus runs: 我揸16號線小巴嘅, 我开88路公交); also
    /// 节 of a festival where the photos were taken (青岛啤酒节拍的: no 节拍, no beat; the festival's name goes with it), and a whole clause
    /// that only names photos by what they show (大三巴同议事亭前地嗰啲相: the places, no size), or one photo, 那张 or
    /// 嗰張 ending the clause (佢哋兩個喺大三巴前面嗰張: who is in it and where, "the two of them" no count); a photo
    /// named by its number before what it shows (第五张那件驼色羊绒大衣卖得最好, 第4张那个dyno太帅了); 那张是 left alone
    /// once what it shows was taken as story (那张是全场8折的海报); how many kinds or pieces of a product (那两款已经卖断货了,
    /// 这几件: no count) and a weight felt (期末周压力好大, 风很大: no size).
    static let chineseStoryNeutral = Pattern(#"(?:啤酒|灯|花|美食|文化|艺术|电影|狂欢|泼水|中秋|春|国庆|端午|元宵|情人|圣诞|母亲|父亲|儿童|教师|劳动|万圣|感恩|樱花|冰雪|风筝|龙舟|读书|科技)节(?=\s?拍(?:的|了|摄|照|下))|^(?!.*(?:第|最|前面|后面|前几|后几|张|秒|倍|放大|缩小|变大|变小|大一|小一|大点|小点|竖|横|黑白|彩色|慢|快|长|短))\p{Han}{2,12}?(?:的|那些|这些|那几张|这几张|嗰啲|呢啲|嘅)\s?(?:照片|图片|相片|相)$|\d(?<!第\d)\d{0,3}\s?(?:号线|路(?=\s?(?:车|巴士|小巴|公交|公车|电车)))|大屏幕|大屏|大荧幕|大银幕|屏幕|投影仪?|投影幕|^(?:(?![第最前后\d])\p{Han}){0,6}?(?:那|这|這|嗰|呢)(?:一|两|兩|俩|倆|几|幾|[2-9])?\s*张(?:照片|图片|图)?(?=\p{Han})|^(?:那|这|這|嗰)\s*张(?:照片|图片|相片)?(?:就)?是$|^第\s?(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s?张(?:照片|图片|相片)?(?:里|里面|上)?(?:的)?(?=(?:那|这)(?:个|件|只|条|位|双|套|款|瓶|盘|碗|座|辆|杯|块))|(?:(?:的|嘅)(?:那|这|這|嗰|呢)(?<=\p{Han}{4})|(?:那|这|這|嗰|呢)(?<=\p{Han}{3}))\s*张(?:照片|图片|图|相片|相)?$|(?:佢哋|我哋|你哋|他们|她们|我们|它们|你们)(?:两|兩|俩|倆|三|四)\s*个|(?:那|这|這|嗰|呢)(?:两|兩|俩|倆|三|四|五|几|幾)\s*(?:款|件|套|双|条|位|家|只|种)(?![\p{Han}]{0,2}(?:张|秒))|(?:压力|风|雨|雪|浪|太阳|作业|工作量|功课|年纪|岁数)(?:好|很|太|特别|超|真|这么|那么|有点|挺|蛮|巨|老)?大|动作|大合照|合照|合影|大家|大人|长辈|小孩|小朋友|小时候|小宝宝?|大宝|老大|长大|大学|小学|大海|长城|动物园?|运动|活动|慢慢|快快|好好|大大的|小小的|大姐|大哥|小姐|小弟|小妹|一家大小|唱歌|生日歌|(?:鸡|牛|猪|羊|鸭)排|排骨|排队|排球|排档|大排档|看得(?:很|比较|太)?慢|反应慢|看不过来|看不清|不小心\p{Han}{0,6}|(?:拍到|拍进|露出|看得到|看得见|能看到|能看见)(?:了)?\p{Han}{1,5}?的(?:脸|正脸|侧脸)"#)

    /// The Chinese counterpart of ``storySettingWord``.
    static let chineseStorySettingWord = Pattern(#"[0-9二三四五六七八九十两半]|一(?:秒|分|张|倍)|秒|分钟|张|音乐|歌|声音|音量|配乐|标题|字幕|文字|字|转场|过渡|竖|横|方形|正方|快|慢|长|短|删|去掉|移|换|帧|画质|清晰|高清|大(?![班家学厅堂楼學廳樓])|小|上面|下(?<!一下)面|底部|顶部|中间|左|右|最前|最后|第|黑|淡|缩放|放大|缩小|动|静止|比例|尺寸|抖音|快手|小红书|视频号|b站|撤|恢复|导出|上传|顺序|排|倒|原声|卡点|节拍|人脸|脸"#)

    /// "nobody stands there long", "nobody at work watches long videos": how long people stay or
    /// what they watch in general, no length of this video; left out before a clause is judged.
    static let peopleHabit = Pattern(#"\b(?:nobody|no one|noone|no body|people|everyone|everybody|anyone|anybody|someone|somebody|visitors|guests|viewers|customers|folks|followers|kids|parents|students|coworkers|colleagues|patients|passersby)\b(?:\s+[a-z]+){0,3}?\s+(?:(?:really|ever|actually|even|usually|just|will|would|wants? to|wanna|can|likes? to|is going to|are going to)\s+)*(?:(?:watch(?:es)?|likes?|wants?|enjoys?|finish(?:es)?|sits? through|ha(?:s|ve) time for|cares? about|bothers? with|reads?)\s+(?:(?:any|really|super|such|those|these)\s+)?(?:long|lengthy|longer)\s+(?:videos|vids|clips|movies|films|slideshows|ones|things|stuff|posts|texts|captions)\b|(?:stands?|stays?|stops?|lingers?|waits?|hangs? around|sticks? around|looks?|watch(?:es)?|sits?|pauses?|reads?)\s+(?:(?:there|around|here|at it|it)\s+)?(?:for\s+)?(?:(?:very|that|too|so|all that)\s+)?long\b)"#)

    /// The clause with ``peopleHabit`` left out.
    static func withoutPeopleHabits(_ said: String) -> String {
        peopleHabit.replacing(in: said) { _ in " " }
    }

    /// The video itself, named in a clause that says what it is for ("its a hype video for the team").
    static let videoNoun = Pattern(#"\b(?:videos?|vids?|clips?|slideshow|slide show|montage|reel|movie|edit|recap|compilation|tribute)\b"#)

    /// People who can do something in a clause that says why ("my nephew gets motion sick").
    static let personNoun = #"(?:husband|hubby|wife|mum|mom|mother|dad|father|parents|grandma|grandpa|gran|granny|nan|nana|grandad|granddad|grandparents|nephew|niece|son|daughter|kids?|children|child|baby|toddler|sister|brother|sis|bro|friends?|family|boss|teacher|aunt|auntie|uncle|cousins?|partner|boyfriend|girlfriend|bf|gf|followers|viewers|audience|guests|inlaws|in-laws|everyone|everybody|he|she)"#
    /// The word for the video, ending the text before a phrase ("a slideshow " before "of a furnace job", "a
    /// before-and-after " before "of a vertical garden we put up").
    static let videoNounBefore = Pattern(#"\b(?:slideshow|slide show|video|vid|reel|showreel|montage|recap|movie|loop|highlights?|before\s*(?:and|&|\+|/|n|-)?\s*afters?)\s+$"#)

    /// A group named by its number ("our grade 2 field trip", "troop 41's campout", "room 214"): a
    /// name, not a setting.
    static let groupNumber = Pattern(#"\b(?:grade|class|room|troop|pack|cabin|ward|station|district|local|unit|squad|division|platoon|company|engine|ladder)\s+\d{1,3}(?:s)?\b(?!\s*(?:seconds?|secs?|s\b|minutes?|mins?|fps|%|percent|photos?|pictures?|pics|x\b))"#)

    /// Where or how people watch, which a person's clause may hint a shape by ("my kids watch
    /// everything on tiktok"): such a clause is read by the other rules.
    static let platformHint = Pattern(#"\b(?:tiktok|tik tok|instagram|insta|ig|youtube|yt|reels?|shorts|stories|snapchat|facebook|fb|vertical(?![\s-]*challenged\b)(?!\s+"# + verticalThingWords + #"\b)|horizontal|"# + squareShape + #"|(?:landscape|portrait)(?!"# + kindOfWork + #")|4k|hd|1080p?|720p?)\b"#)

    /// Words after a person that make the clause an opinion or a wish passed on ("my mum wants
    /// it shorter", "my wife thinks it's too long"), a state ("my sister is in photo 3") or not a
    /// clause about the person at all: such a clause is read by the other rules.
    static let notAVerb = #"(?:wants?|wanted|needs?|needed|likes?|liked|loves?|loved|prefers?|preferred|hates?|hated|dislikes?|disliked|wish(?:es)?|wished|says?|said|thinks?|thought|feels?|felt|finds?|found|reckons?|asked|asks?|told|tells?|suggests?|suggested|would|could|should|can|cant|will|wont|must|might|may|is|are|was|were|isnt|arent|and|or|with|in|on|at|for|from|of|to|the|a|an|s|who|that|photos?|pictures?|pics?|clips?|videos?)\b"#

    /// What a photo shows, named with a photo noun ("the summit shot", "our group photo", "the one
    /// of grandma"): a description, not a setting.
    static let photoDescription = Pattern(#"^\s*(?:the|a|an|my|our|his|her|their)\s+(?:[a-z'’]+\s+){0,3}?(?:shots?|photos?|pictures?|pics?|images?|snaps?|ones?)(?:\s+(?:of|from|with)(?:\s+(?:the|my|our|a))?(?:\s+[a-z'’]+){1,3})?\s*$"#)

    /// What is wrong with one photo's time, said on its own ("too long", "way too short", "a bit quick",
    /// "on too long").
    static let lengthComplaint = Pattern(#"^\s*(?:(?:on|up|there|on screen|up on screen)\s+)?(?:(?:way|much|a bit|a little|kind of|kinda|so|really|just|far)\s+)*(?:too\s+)?(?:long|short|quick|fast|slow|brief|rushed)\s*$"#)

    /// What is wrong with one photo's time, in Chinese ("太短了", "有点长", "太快了"): the reason for the
    /// length said after it (第二张太短了，给它5秒吧).
    static let chineseLengthComplaint = Pattern(#"^\s*(?:有点|有些|太|稍微|还是|真的|实在|也|好像)*(?:短|长|快|久|拖)(?:了|啦|吧|呢|一点|点)*\s*$"#)

    /// After a setting, words that say it is disliked ("all that zooming makes me seasick", "the
    /// zooming makes some of the little ones dizzy", "the crossfades are so cheesy", "the movement makes
    /// the linework look soft", "the zoom thing is kinda cringe", 缩放看得我头晕):
    /// the setting is said no to, as after "no".
    static let dislikedAfter = Pattern(#"^\s*(?:(?:thing|stuff|effect|effects|feature)\s+)?(?:(?:is|are|s|was|were|keeps?|really|just|kind of|kinda|always|literally|honestly)\s+)*(?:makes?|making|made|gives?|giving|gave)\s+(?:me|us|them|people|everyone|(?:my|our) [a-z]+|(?:(?:some|a few|all|one|most|many|half|a couple) of\s+)?(?:the|my|our)\s+(?:[a-z]+\s+)?(?:ones|kids|children|babies|toddlers|people|guests|viewers|students|residents|patients|folks|grandparents))\s+(?:feel\s+)?(?:(?:so|really|kinda|a bit|a little|super)\s+)?(?:seasick|sick|dizzy|nauseous|queasy|motion sick|carsick|ill|a headache|headaches|motion sickness|seasickness|nausea)\b|^\s*(?:(?:is|are|s|was|were|keeps?|really|just|kind of|kinda|always)\s+)*(?:makes?|making|made)\s+(?:it|them|things|everything|(?:the|my|our|his|her|their|all the)\s+(?:[a-z]+\s+)?[a-z]+)\s+(?:look\s+)?(?:(?:so|really|kinda|a bit|a little|super|all|too)\s+)?(?:blurry|blurred|fuzzy|pixelated|pixelly|grainy|soft|low[- ]res|wobbly|shaky|weird|distorted|muddy|smeared|smudged|smudgy|mushy|warped|jittery)\b|^\s*(?:(?:thing|stuff|effect|effects|feature)\s+)?(?:is|are|s|was|were|looks?|feels?|gets?|seems?)\s+(?:(?:so|really|very|kinda|kind of|a bit|super|way|too|just|honestly|lowkey|low key|pretty)\s+)*(?:annoying|distracting|cheesy|tacky|nauseating|dizzying|cringe|cringey|cringy|jarring|irritating|obnoxious|overdone|dated)\b|^\s*(?:drives?|driving)\s+me\s+(?:crazy|nuts|mad|insane)\b|^\s*(?:hurts?|hurting)\s+my\s+(?:eyes|head)\b|^\s*(?:看得|看着|让|弄得|搞得)?(?:我|人)?(?:有点|很|好|都)?(?:头晕|晕车|想吐|恶心)"#)

    /// The words after `found` that say its motion or transition is disliked, or nil. Only those:
    /// "the music is distracting" may as well ask for it quieter as for none.
    static func disliked(_ found: Found, after text: String) -> PatternMatch? {
        guard !found.changes.isEmpty, found.changes.allSatisfy({ c in
            switch c.0 { case .motion, .transition, .scaleZoom: true; default: false }
        }) else { return nil }
        return dislikedAfter.firstMatch(in: text)
    }

    /// The words after a transition that run it down as the reason for another ("(hard cuts) because fades
    /// look soft", "since crossfades feel a bit naff"), or nil: only after "because" or its kin, so that
    /// "make the fades look soft" still asks for soft fades.
    static func dislikedAsReason(_ found: Found, in text: NSString, from start: Int, to end: Int) -> PatternMatch? {
        guard !found.changes.isEmpty, found.changes.allSatisfy({ if case .transition = $0.0 { true } else { false } }) else { return nil }
        let after = text.substring(from: end)
        guard after.hasPrefix(" "), let m = runDownAfter.firstMatch(in: after) else { return nil }
        let before = text.substring(with: NSRange(location: max(0, start - 24), length: start - max(0, start - 24)))
        return reasonLeadBefore.occurs(in: before) ? m : nil
    }

    /// "look soft", "feel a bit naff", "are so boring": a transition run down, said after it.
    private static let runDownAfter = Pattern(#"^\s*(?:look|looks|feel|feels|seem|seems|are|is|r)\s+(?:(?:so|too|a bit|a little|kinda|kind of|really|way|just|all|pretty|quite|bit)\s+)*(?:soft|mushy|weak|wishy washy|boring|amateur|amateurish|naff|cheap|lame|old fashioned|outdated|dated|tired|meh|sluggish|cheesy|tacky|cringe|cringey)\b"#)

    /// "because ", "since the ", "bc all those ": a reason opening just before a transition's name.
    private static let reasonLeadBefore = Pattern(#"\b(?:because|cause|cuz|coz|bc|since|as)\s+(?:(?:the|those|these|all the|all those|all)\s+)?$"#)

    /// One photo named by number or ordinal ("photo 5", "the 3rd one", "the last picture", 第5张): a
    /// reason said after it is about that photo.
    static let photoNamed = Pattern(#"\b(?:photo|picture|pic|shot|image)\s+#?\d{1,3}\b|\b\d{1,3}(?:st|nd|rd|th)\s+(?:photo|picture|pic|shot|image|one)\b|\b(?:last|final|first)\s+(?:photo|picture|pic|shot|image|one)\b|第\s*\d+\s*张"#)

    /// Several photos named by number ("photos 2 and 5", "pics 3, 4").
    static let photosNamed = Pattern(#"\b(?:photos|pictures|pics|shots|images)\s+#?\d{1,3}\b"#)

    /// A customer's order, said with what is done with it ("take order", "taking orders", "we ship the
    /// orders", "place an order"): trade, no order of the photos.
    static let customerOrder = Pattern(#"\b(?:take|takes|taking|took|taken|place|places|placed|placing|ship|ships|shipped|shipping|deliver|delivers|delivered|delivering|pack|packs|packed|packing|fill|fills|filled|filling)\s+(?:(?:the|their|his|her|our|my|your|an|a|customers?|peoples?|people's|customer's|food|drink|drinks|coffee|lunch)\s+){0,2}orders?\b"#)
}
