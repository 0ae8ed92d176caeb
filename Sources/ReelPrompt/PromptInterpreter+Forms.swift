import Foundation
import ReelTimeline

/// Common edits said in a form of their own: a phrasal verb split around its object ("slow the
/// transitions down a little", "speed the fades up"), a clip's longest play said as a rule for
/// the clips ("clips shouldn't play for more than 5 seconds"), and the order said by which
/// photos come first (新的在前, 旧的放前面, "newer ones first").
extension PromptInterpreter {
    static let formRules: [Rule] = [
        // "… 45 seconds … actually no make it 40 seconds", "wait no make it square", "oh no use song2.mp3":
        // "no" right before a fresh ask takes back what was said before, it does not turn the ask down;
        // "take the music out actually no keep the music": the same with keep
        // (a title given again, "… actually no make it «Elm St bathroom refit»", is left to the title's correction)
        Rule(#"\b(?:(?:actually|wait|oh|ah|hmm|um|sorry|ok|okay|hold on)\s+)+no\b(?!\s+(?:make|call|change|switch)\s+it\s+(?:to\s+)?«q)(?=\s+(?:make|change|set|put|do|switch|keep|leave)\s+(?:it|that|them|the|this|to|«)|\s+(?:use|go with)\s|\s+(?:make|do)\s+\d)"#) { _, _ in
            Found().notNegatable
        }.needing(["actually", "wait", "oh", "ah", "hmm", "um", "sorry", "ok", "hold on"], and: [" no "]),
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
        // "newer ones first", "put the older pics first", "the more recent photos should come first",
        // "reorder it so the most recent pictures come first" (the order asked for by what comes first)
        Rule(#"(?:\b(?:re-?order|re-?arrange|rearrange|sort|order|arrange|change the order of)\s+(?:it|them|the\s+(?:photos|pictures|pics|images|slides|shots))\s+so\s+(?:that\s+)?(?:the\s+)?)?\b(?:most\s+)?(newer|older|more recent|recent|latest|earlier|newest|oldest|earliest)\s+(?:ones?|1s|photos?|pictures?|pics?|shots?|images?)\s+(?:go\s+|come\s+|should\s+(?:go|come|be)\s+|at the\s+|up\s+)?(?:first|1st|in front|at the (?:start|beginning|front))\b"#) { m, _ in
            Found(.order(["newer", "more recent", "recent", "latest", "newest"].contains(m[1] ?? "") ? .newestFirst : .date))
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
        // "the photos all anyhow order", "pics damn anyhow arrange": the order complained of as said in
        // Singapore (anyhow: any old way), why the order asked beside it changes
        Rule(#"\b(?:(?:the|my|these|all the)\s+)?(?:photos?|pictures?|pics|images|order|sequence)\s+(?:(?:is|are|all|damn|so|very|really|a bit|abit)\s+)*anyhow(?:\s+(?:order|arrange|arranged|sort|sorted|put|one)(?!\s+(?:by|the|them|it)\b))*\b(?!\s+(?:the|them|it)\b)"#) { _, _ in
            Found().notNegatable
        }.needing(["anyhow"]),
        // "the salon plays its own music anyway", "the hall has its own sound system": why there is no music
        Rule(#"\b(?:the|our|my|their|his|her)\s+[a-z]+(?:\s+[a-z]+)?\s+(?:plays|play|has|have|will play|will have|provides|brings|already plays|already has)\s+(?:its|their|our|his|her|my)\s+own\s+(?:music|songs?|soundtrack|playlist|piano|pianist|band|dj|sound system|speakers|radio)\b(?:\s+(?:anyway|anyways|already|playing))?"#) { m, p in
            // "drop the music volume to 20%, the bar plays its own playlist": the level asked for stands
            let ns = p.text as NSString
            let around = ns.substring(to: m.range.location) + " " + ns.substring(from: m.range.location + m.range.length)
            return musicLevelAsked.occurs(in: around) ? Found().notNegatable : Found(implied: [.noMusic]).notNegatable
        }.needing(["own"]),
        // "the last picture should open the video", "photo 3 should close it", "the 3rd picture should start the
        // slideshow": a move said as what opens or closes
        Rule(#"\b(?:the\s+)?(?:(last|final|first|\d{1,3}(?:st|nd|rd|th))\s+(?:photo|picture|pic|image|shot|one)|(?:photo|picture|pic|image|shot)\s+#?(\d{1,3}))\s+(?:should|must|can|could|has to|needs to|will)\s+(open|start|begin|kick off|close|end|finish)\s+(?:the\s+video|the\s+slideshow|it|things|the\s+whole\s+thing)\b"#) { m, _ in
            let ordinal = (m[1] ?? "").prefix { $0.isNumber }
            let ref: PhotoRef = (m[2] ?? (ordinal.isEmpty ? nil : String(ordinal))).flatMap(Int.init).map { .number($0) } ?? (m[1] == "last" || m[1] == "final" ? .last : .number(1))
            let toStart = ["open", "start", "begin", "kick off"].contains(m[3] ?? "")
            return Found(.movePhoto(ref, to: toStart ? .first : .last))
        },
        // "put it along the bottom", "move it to the top" after the title is named: where the title goes
        Rule(#"\b(?:put|move|place|set|stick|have)\s+(?:it|them|that|the text)\s+(?:along|at|on|to|across|near)\s+(?:the\s+)?(?:very\s+)?(bottom|top|middle|center|centre)\b"#) { m, p in
            let before = (p.text as NSString).substring(to: m.range.location)
            guard Pattern(#"\b(?:title|caption|heading|text)\b|标题|字幕"#).occurs(in: before) else { return nil }
            return Found(.titlePosition(position(m[1] == "bottom" ? "bottom" : m[1] == "top" ? "top" : "center")))
        },
        // "the client wants it silent", "my boss asked for it vertical": who asks, before what they ask
        // for; "the principal wants it readable": what they want, when it is no setting, is the reason;
        // "the league page wants everything 1:1", "the club wants it square": a page or a group asks too;
        // "the judges want it twice as long", "my lecturer wants it vertical": who grades it
        Rule(#"\b(?:the|my|our)\s+(?:client|clients|customer|customers|boss|manager|bride|groom|couple|director|organi[sz]ers?|principal|coach|teacher|teachers|editor|agency|venue|judges?|jury|panel|lecturers?|professor|prof|tutor|examiners?|assessors?|sponsors?|hosts?|producers?|curator|landlord|realtor|(?:[a-z]+\s+)?(?:page|channel|account|feed|group chat|league|club|team|school|church|committee|board|company|association|pta|hoa))\s+(?:wants|want|asked for|asks for|needs|prefers|would like|likes|said|only takes|takes|requires|accepts)\s+(?:(?:it|everything|all|them|all of them|videos|all videos|all posts|posts)\s+)?(?:(?:to be\s+)?(?:readable|legible|easy to read|clear)(?=\s*(?:$|[,.;!?]))|(?=[a-z]|\d{1,2}\s*:\s*\d))"#) { _, _ in
            Found().notNegatable
        },
        // "in the shop window", "at the front desk", "in a quiet waiting room", "on the team channel",
        // "in reception", "at church", "on the church bulletin screen": where the video plays (a few places
        // named without an article)
        Rule(#"\b(?:in|at)\s+(?:reception|church|chapel|school|class|assembly|hospital)\b(?=\s*(?:$|[,.;!?\x{01}]|\s(?:and|but|so|please|pls)\b))|\b(?:in|at|on|by)\s+(?:the|our|my|their|a|an)\s+(?:[a-z]+\s+)?(?:channel|studio|workshop|shop|store|office|lobby|reception|waiting room|waiting area|front desk|hall|church|gym|salon|restaurant|cafe|café|bar|classroom|school|museum|gallery|venue|booth|stall|showroom|dealership|lounge|living room|foyer|clinic|hotel|bakery|boutique|library)(?:\s+(?:window|windows|lobby|wall|entrance|front|counter|screen|tv|hall|hallway|corridor|foyer|canteen|cafeteria|gym|library|playground|reception)|\s+(?!(?:vertical|horizontal|portrait|landscape|square|wide|widescreen|big|small|tiny|phone)\b)[a-z]+\s+(?:screen|screens|tv|tvs|display|monitor|board))?\b"#) { _, _ in
            Found().notNegatable
        },
        // "half our students don't speak English": why subtitles
        Rule(#"\b(?:half|most|some|many|all|none|a lot|lots)\s+(?:of\s+)?(?:our|my|the|their|his|her)\s+[a-z]+\s+(?:dont|do not|cant|cannot|doesnt|does not|only)\s+(?:speak|read|understand|know)\s+[a-z]+\b"#) { _, _ in
            Found().notNegatable
        },
        // 奶奶九十大寿用的, 给婚礼准备的, 我们小巴群组用的, KTV宣传用的: what the video is for, in Chinese (a size word
        // that starts a thing's name, 小巴, is no setting)
        Rule(#"(?:^|(?<=[，,。.;；!！?？\x{01}]))\s*(?:这是|是)?(?:给|为)?((?:[a-z]{2,10}\s?)?[^，,。.;；!！?？\x{01}a-z]{1,12}?)(?:用的|要用的|准备的|做的)(?=\s*(?:$|[，,。.;；!！?？\x{01}]))"#) { m, _ in
            // KTV宣传用的: a place named in letters, not a platform or a setting (抖音 and tiktok are read as platforms)
            if let first = m[1]?.first, first.isASCII, storySettingWord.occurs(in: m[1] ?? "") || platformHint.occurs(in: m[1] ?? "") { return nil }
            let aged = Pattern(#"[一二两三四五六七八九十百\d]+(?:岁|周岁|大寿|寿|周年|年)|大寿"#).replacing(in: m[1] ?? "") { _ in "" }
            // 小红书 is a platform, its 小 no size and no thing's name
            let what = shapeWord.occurs(in: aged) ? aged : chineseNamedThing.replacing(in: aged) { _ in "" }
            guard !chineseStorySettingWord.occurs(in: what) else { return nil }
            return Found().notNegatable
        },
        // 歌还没放完, 音乐还没结束: why the video is lengthened
        Rule(#"(?:歌|音乐|歌曲|配乐|背景音乐)(?:都)?还没(?:放完|播完|结束|唱完)(?:呢|啊)?"#) { _, _ in
            Found().notNegatable
        },
        // "slower zoom", "gentler pans", "faster ken burns": the motion's strength, not the video's pace
        Rule(#"\b(slower|gentler|softer|subtler|calmer|faster|quicker|stronger|bigger|more dramatic)\s+(?:ken burns|zoom|zooms|zooming|pan|pans|panning|motion|movement|moves)\b|\b(?:zoom|zooms|zooming|pan|pans|panning|motion|movement|ken burns)\s+(?:a bit\s+|a little\s+|much\s+)?(slower|gentler|faster|quicker|stronger)\b"#) { m, _ in
            let w = m[1] ?? m[2] ?? ""
            return Found(.scaleZoom(["slower", "gentler", "softer", "subtler", "calmer"].contains(w) ? 2.0 / 3 : 1.5))
        },
        // "only pan, no zoom", "just pans and no zooms": the motion's kind, not no motion
        Rule(#"\b(?:only|just)\s+(pan|pans|panning|zoom|zooms|zooming)\s*(?:,|and|but)?\s*(?:no|not|without)\s+(?:zoom|zooms|zooming|pan|pans|panning)\b"#) { m, _ in
            Found(.motion((m[1] ?? "").hasPrefix("pan") ? .pan : .zoom)).notNegatable
        },
        // "delete 3", "remove 2 and 7 please": bare numbers after a removal are photo numbers; "delete 3
        // thru 5", "remove 2-4": a range of them (both ends kept out, an end before its start is not a range)
        Rule(#"\b(?:delete|remove|drop|lose|ditch|nix|scrap|bin|skip)\s+(?:#\s*)?(\d{1,2})(?:\s*(?:-|–|to|through|thru|till)\s*#?\s*(\d{1,2}))?((?:\s*(?:,|and|&)\s*#?\s*\d{1,2})*)(?=\s*(?:$|[,.;!?]|(?:please|pls|plz|thanks|thx|too|as well)\b))"#) { m, _ in
            var numbers = [m[1] ?? ""].compactMap(Int.init)
            if let first = numbers.first, let last = m[2].flatMap({ Int($0) }) {
                guard last > first, last - first < 20 else { return nil }
                numbers = Array(first...last)
            }
            numbers = (numbers + Pattern(#"\d{1,2}"#).matches(in: m[3] ?? "").compactMap { Int($0.text) }).filter { $0 > 0 }
            guard !numbers.isEmpty else { return nil }
            var found = Found()
            found.changes = numbers.map { (.removePhoto(.number($0)), false) }
            return found
        },
        // "take the last photo and put it at the very start": a move said in two verbs
        Rule(#"\b(?:take|grab|pick)\s+("# + refList + #"|(?:the\s+)?(?:last|final|first|1st)\s+(?:one|photo|picture|pic|shot|image))\s*(?:,\s*)?(?:and|then)?\s*(?:put|move|place|stick|drop)\s+it\s+(?:at|to|in)\s+(?:the\s+)?(?:very\s+)?(start|beginning|front|end|back)\b"#) { m, _ in
            guard let ref = endRefs(m[1] ?? "").first else { return nil }
            return Found(.movePhoto(ref, to: ["start", "beginning", "front"].contains(m[2] ?? "") ? .first : .last))
        },
        // "the picture number 3 put to the last", "photo 5 move to the front", "the 2nd pic put at the end": a
        // learner's word order, the photo first and the move after it (把第3张放到最后 said word for word)
        Rule(#"\b(?:the\s+)?(?:(?:photo|picture|pic|image|shot)\s+(?:number\s+|no\.?\s+|#)?(\d{1,3})|(\d{1,3})(?:st|nd|rd|th)\s+(?:photo|picture|pic|image|shot))\s+(?:please\s+|pls\s+)?(?:put|move|place|go|goes|change)\s+(?:to|at|in|into)\s+(?:the\s+)?(?:very\s+)?(?:(start|beginning|front|first)|end|back|last)(?:\s+(?:one|place|position))?\b"#) { m, _ in
            guard let n = (m[1] ?? m[2]).flatMap(Int.init), n > 0 else { return nil }
            return Found(.movePhoto(.number(n), to: m[3] != nil ? .first : .last))
        }.needing(["put", "move", "place", "go", "change"]),
        // "leave the music alone", "keep the title as is": understood, nothing to change
        Rule(#"\b(?:leave|keep)\s+(?:the\s+|my\s+)?(?:music|song|soundtrack|title|transitions?|crossfades?|order|length|photos?|pictures?|zoom|motion|size|shape)\s+(?:alone|as is|as it is|the way it is|untouched|unchanged|like it is)\b"#) { _, _ in
            Found().notNegatable
        },
        // "put the marathon club photos oldest first": which photos, said before the order
        Rule(#"\b(?:put|sort|order|arrange|have)\s+(?:the|my|our|all the|all our|all my)\s+(?:[a-z]+\s+){1,3}?(?:photos|pictures|pics|images|shots)(?=\s+(?:oldest|newest|in\b|by\b|from\b|chronolog|latest|earliest|backwards|reversed))"#) { _, _ in
            Found().notNegatable
        },
        // 照片不要放大缩小, 别缩放也别平移, 去掉缩放平移效果: no motion at all; a dislike of it
        // (我不太喜欢照片放大缩小, 讨厌画面一直缩放) is the same ask
        Rule(#"(?:不要|别|不用|不需要|不想要|去掉|关掉|关闭|取消|不喜欢|不太喜欢|不怎么喜欢|讨厌|受不了)(?:有)?(?:任何)?(?:的)?(?:(?:照片|图片|相片|画面)(?:的)?(?:一直|老是|总是)?)?(?:放大缩小|放大和缩小|放大或缩小|放大、缩小|缩放(?:和|与|跟|、|/|及)?平移|平移(?:和|与|跟|、|/|及)?缩放|推拉摇移)(?:的)?(?:效果|动画|动效)?"#) { _, _ in
            Found(.motion(.off)).notNegatable
        },
        // "for the big screen at the festival": where it plays ("big" is not the title's size)
        Rule(#"\bfor\s+(?:the|a|our|their)\s+(?:big|large|huge|giant|massive|main)\s+(?:screen|screens|projector|tv|display|wall)\b"#) { _, _ in
            Found().notNegatable
        },
        // "grandpa's hearing aid whistles with it": why there is no music
        Rule(#"\b(?:(?:my|our|his|her|the)\s+)?(?:[a-z]+s\s+)?hearing aids?\s+(?:(?:always|just|kind of|kinda)\s+)?(?:whistles?|buzz(?:es)?|squeals?|beeps?|goes crazy|hates? it|cant handle it|struggles?)\b(?:\s+(?:with|when|if)\s+[a-z]+(?:\s+[a-z]+)?)?"#) { _, _ in
            Found().notNegatable
        }.needing(["hearing"]),
        // 第三张拍糊了，去掉吧, …，帮我删掉, 第三张相片不要了 删了吧: the photo just described, removed by a
        // verb with no object
        Rule(#"((?:第\s*\d{1,3}\s*张|最后\s*1?\s*张)(?:\s*(?:和|跟|与|还有|,)\s*(?:第\s*\d{1,3}\s*张|最后\s*1?\s*张))*(?:照片|相片|图片|图)?)[^,.;!?«\x{01}\d]{1,12}?(?:\s*[,.;!?]\s*|\s+)(?:(?:那就|就|还是|直接|请|麻烦你?|帮我|帮忙|给我|你)\s*)*(?:去掉|删掉|删了|删除|删去|拿掉|拿走|移除|去除|不要了|扔掉)(?:吧|了|啊|好了|一下|哦)*(?=\s*(?:$|[,.;!?]))"#) { m, _ in
            let refs = photoRefs(m[1] ?? "")
            guard !refs.isEmpty else { return nil }
            var found = Found()
            found.changes = refs.map { (.removePhoto($0), false) }
            return found
        },
        // "turn my Patagonia trek photos into a …", "can you turn these headshots into a …", "make a short out of the chess club tournament pics",
        // "turn my rodeo bits into a YouTube Short": which photos or footage (not an order: "with the oldest photos first")
        Rule(#"\b(?:turn|make)\s+(?:my|our|these|the|all my|all our|all these|all the)\s+(?:[a-z]+\s+){0,4}?(?:photos|photographs|pictures|pics|images|shots|snaps|snapshots|headshots|portraits|selfies|polaroids|scans|prints|stills|clips|videos|vids|footage|bits|snippets|stuff|content)\s+into\s+(?:a|an)\b|\b(?:out of|from|using|with)\s+(?:my|our|these|those|the|all my|all our|all the)\s+(?:(?!(?:but|and|then|so|swap|switch|remove|delete|drop|move|put|make|keep|use|oldest|earliest|newest|latest|recent)\b)[a-z]+\s+){1,4}?(?:photos|pictures|pics|images|shots|snaps)\b"#) { m, p in
            guard !storySettingWord.occurs(in: Pattern(#"\b(?:photos|photographs|pictures|pics|images|shots|snaps|snapshots|headshots|portraits|selfies|polaroids|scans|prints|stills|clips|videos|vids|footage|bits|snippets|stuff|content|make|turn|into)\b"#).replacing(in: m.text) { _ in " " }) else { return nil }
            return Found().notNegatable
        }.needing(["photos", "photographs", "pictures", "pics", "images", "shots", "snaps", "portraits", "selfies", "polaroids", "scans", "prints", "stills", "clips", "videos", "vids", "footage", "bits", "snippets", "stuff", "content"]),
        // "newborn sessions look calmer when the photos stay still": why a choice is made
        Rule(#"\b[a-z]+(?:\s+[a-z]+)?\s+(?:look|looks|feel|feels|seem|seems|come across|comes across)\s+(?:so\s+|much\s+|a lot\s+|way\s+)?(?:calmer|nicer|better|cleaner|classier|softer|more [a-z]+)\s+when\b"#) { _, _ in
            Found().notNegatable
        },
        // "I'll do the real one tonight": what the user will do later
        Rule(#"\b(?:ill|i will|well|we will|i(?:m| am) going to|i(?:m| am) gonna)\s+(?:do|make|render|export|finish|send)\s+(?:the\s+)?(?:real|final|proper|full|finished|actual)\s+(?:one|1|version|video|thing|cut)\s+(?:tonight|tomorrow|later|next week|this weekend|on \w+day|after)\b"#) { _, _ in
            Found().notNegatable
        },
        // "45 seconds of yoga retreat pics": what the photos are of, without "the" or "my"
        Rule(#"\b(?:of|from)\s+(?!(?:the|my|our|these|those|all|his|her|their|your)\b)(?:[a-z]+\s+){1,3}?(?:photos|pictures|pics|images|shots|snaps)\b(?!\s*\d)"#) { m, _ in
            guard !storySettingWord.occurs(in: Pattern(#"\b(?:photos|pictures|pics|images|shots|snaps|of|from)\b"#).replacing(in: m.text) { _ in " " }) else { return nil }
            return Found().notNegatable
        }.needing(["photos", "pictures", "pics", "images", "shots", "snaps"]),
        // "food truck promo for tiktok", "bakery ad for insta": what the video is, before the platform
        Rule(#"(?:^|(?<=[,.;!?\x{01}]))\s*(?:(?:a|an|the|my|our)\s+)?(?:[a-z]+\s+){0,3}?(?:promo|promotion|ad|advert|advertisement|teaser|trailer|recap|montage|tribute|highlights|video|clip|slideshow|post)\s+for(?:\s+(?:our|my|the|their))?(?=\s+(?:tik ?tok|instagram|insta|ig|reels?|youtube|yt|facebook|fb|stories|story|shorts|snapchat|feed|gram))"#) { m, p in
            let said = Pattern(#"\b(?:video|clip|slideshow|post|for|promo|reel|our|my|the|their)\b"#).replacing(in: p.said(m.range).lowercased()) { _ in " " }
            guard !storySettingWord.occurs(in: said), !storyAskingWord.occurs(in: said) else { return nil }
            return Found().notNegatable
        },
        // "it'll play on the big screen in the lobby", "it'll play on loop at the fete", "during open day", "this loops on the TV in the
        // waiting area" (the screen left to the shape rules): where and when it plays;
        // ", showing on the big TV,", "projected on the big wall": how it is shown there, said as a participle
        Rule(#"\b(?:it|this|the video|the slideshow)\s+(?:loops|plays|runs|will loop|is looping|goes on a loop|runs on a loop|plays on a loop|plays on repeat)(?=\s+(?:on|in|at)\s+(?:the|a|our|my)\s+(?:[a-z]+\s+){0,2}?(?:screen|screens|tv|tvs|telly|projector|wall|monitor|monitors|display|displays)\b)|\b(?:itll|it will|this will|its going to|it is going to|its gonna|they ll|theyll)\s+(?:be\s+)?(?:play|playing|played|shown|show|run|running|loop|looping|go up|be up)\b(?:\s+(?:on|in)\s+(?:a\s+)?(?:loop|repeat)\b)?(?:\s+(?:on|in|at)\s+(?:the|a|our|my)\s+(?:big\s+|large\s+|main\s+)?(?:screen|tv|projector|wall|monitor|display))?|\bduring\s+(?:the\s+|our\s+|my\s+|their\s+)?(?:[a-z]+\s+){0,2}?(?:day|night|event|party|ceremony|reception|dinner|service|meeting|assembly|festival|week|weekend|break|show|game|match)\b|\b(?:(?:showing|shown|playing|played|running|screening|screened|projected|displayed|looping|going up|up)\s+)?on\s+(?:the|a|our)\s+(?:big|large|huge|giant|main)\s+(?:screen|screens|projector|tv|display|wall)\b"#) { _, _ in
            Found().notNegatable
        },
        // "the bar loops it behind the stage all night", "the gym plays it on the big screen": who plays
        // the video and where, a clause of its own that asks nothing (a TV is left to the shape rules)
        Rule(#"(?:^|(?<=[,.;!?\x{01}]))\s*(?:(?:and|so|because|since|as)\s+)?((?:the|our|my|their)\s+[a-z]+|we|they|he|she)\s+(?:(?:will|always|usually|just|then)\s+)?(?:loops?|plays?|runs?|shows?|screens?|projects?)\s+(?:it|this|the video|the slideshow)((?:\s+(?:on|in|at|behind|above|over|during|outside|all|every|each)\b(?:(?!\b(?:tvs?|telly)\b)[^,.;!?\x{01}]){0,40}?)?)(?=\s*(?:$|[,.;!?\x{01}])|\s+on\s+(?:the|a|our|my)\s+(?:[a-z]+\s+){0,2}?(?:tvs?|telly)\b)"#) { m, _ in
            let said = (m[1] ?? "") + " " + (m[2] ?? "")
            guard !storySettingWord.occurs(in: said), !platformHint.occurs(in: said), !shapeWord.occurs(in: said) else { return nil }
            return Found().notNegatable
        }.needing(["loop", "play", "run", "show", "screen", "project"]),
        // "nothing zooming out", "no photo panning left": the other direction said no to, beside the one asked for
        Rule(#"\b(?:nothing|none|no photos?|no pictures?|no pics?)\s+(?:should\s+(?:be\s+)?)?(zooming|zooms?|panning|pans?)\s+(out|in|left|right|up|down)\b"#) { _, _ in
            Found().notNegatable
        },
        // "that's when she cuts the cake", "that's the moment we got engaged": which moment a photo shows,
        // up to an ask joined to it ("that's the one where Dave fell in and also the title should say Paddle On")
        Rule(#"\bthat(?:s| is| was)\s+(?:when|where|the (?:moment|part|bit|one) (?:when|where))\s+(?:she|he|they|we|i|you|it|the [a-z]+|my [a-z]+|our [a-z]+|[a-z]+)\s+(?:(?!\s(?:and|but|so|then|plus)\s+(?:also\s+|then\s+|please\s+|can you\s+|could you\s+)*(?:the\s+(?:title|music|song|transitions?|video)\b|(?:make|add|remove|delete|keep|put|move|use|set|give|turn|zoom|pan|swap|change|drop|take|show|cut|fade|let|have)\s))[^,.;!?\x{01}«])*"#) { m, p in
            guard !platformHint.occurs(in: p.said(m.range).lowercased()) else { return nil }
            return Found().notNegatable
        },
        // "let the transitions take longer", "have the fades last a bit longer"
        Rule(#"\b(?:let|make|have|can)\s+(?:the\s+)?(transitions?|cross ?fades?|fades?|dissolves?)\s+(?:take|last|run|go|be)\s+(?:(a bit|a little|much|way)\s+)?(longer|shorter|quicker|faster|slower)\b(?:\s+between (?:the\s+)?(?:photos|pictures|pics|slides|shots))?"#) { m, _ in
            transitionSpeed(slower: ["longer", "slower"].contains(m[3] ?? ""), strong: ["much", "way"].contains(m[2] ?? ""), noun: m[1])
        },
        // "title at the top and leave it up for 5 seconds": the title's time, said with a verb of its own
        Rule(#"\b(?:leave|keep|have)\s+it\s+(?:up|on|on screen|there|showing|visible)(?=\s+for\b)"#) { m, p in
            let before = (p.text as NSString).substring(to: m.range.location)
            guard Pattern(#"\b(?:title|caption|heading)\b|标题"#).occurs(in: before) else { return nil }
            return Found().notNegatable
        },
        // "dip to black between each wine", "crossfades between the outfits": where the transitions go
        Rule(#"\bbetween\s+(?:each|every|all the|all of the|the)\s+(?!photos?\b|pictures?\b|pics?\b|images?\b|slides?\b|shots?\b|one\b)[a-z]+(?:\s+(?!and\b|but\b|with\b|then\b|for\b|please\b|pls\b)[a-z]+){0,2}\b"#) { _, p in
            guard transitionCue.occurs(in: p.text) else { return nil }
            return Found().notNegatable
        }.needing(["between"]),
        // "leave all the phone videos out", "keep the clips out": photos only
        Rule(#"\b(?:leave|keep)\s+(?:all\s+)?(?:of\s+)?(?:the\s+|my\s+|our\s+)?(?:[a-z]+\s+)?(?:videos|clips|video clips|footage)\s+out\b"#) { _, _ in
            Found(.media(.photosOnly))
        },
        // "keep the bikes still", "keep the cakes static": the photos still, named by what they show
        Rule(#"\bkeep\s+(?:the|my|our|all the|all my)\s+(?:[a-z]+\s+)?[a-z]+s\s+(?:still|static|steady)\b"#) { _, _ in
            Found(.motion(.off))
        },
        // 给球队家长看, 发给奶奶看: who watches
        Rule(#"(?:发)?给[^,.;!?«\x{01}\d]{1,8}?看(?:的)?"#) { m, _ in
            chineseStorySettingWord.occurs(in: Pattern(#"家长|队长|校长|班长|组长|部长|董事长|院长|市长|长辈|大家|大人|小朋友|小孩"#).replacing(in: m.text) { _ in "" }) ? nil : Found().notNegatable
        }.needing(["给"]),
        // 店里要放自己的歌: why there is no music
        Rule(#"[^,.;!?«\x{01}\d]{0,6}?(?:要|会|自己)?放自己的(?:歌|音乐|歌曲|bgm|曲子)"#) { _, _ in
            Found(implied: [.noMusic]).notNegatable
        }.needing(["自己的"]),
        // "keep the phone clips short, 5 seconds max": the clips' longest play
        Rule(#"\b(?:keep|make)\s+(?:the\s+|my\s+|all\s+(?:the\s+)?)?(?:[a-z]+\s+)?(?:clips|videos|video clips)\s+(?:short|shorter|brief)\s*,?\s*(?:at most\s+|max\s+|no more than\s+|under\s+|up to\s+)?(\d+(?:\.\d+)?)\s*(?:seconds?|secs?|s)\b(?:\s+(?:max|tops|each|apiece|at most))?"#) { m, _ in
            guard let v = m.number(1), v > 0, v <= 600 else { return nil }
            return Found(.clipMax(ms: FrameTime.ms(seconds: v)))
        },
        // "stretch it out a little": longer
        Rule(#"\bstretch\s+(?:it|the video|things|everything|the whole thing)\s+out\b(?:\s+(?:a little|a bit|a touch|some))?"#) { _, _ in
            Found(.scaleDuration(1.25))
        },
        // "photo 8 a bit shorter, it's kind of boring": the complaint is about that photo, the reason for its edit
        Rule(#"\b(?:its|it is|thats|that is|that ones|this ones)\s+(?:(?:kind of|kinda|a bit|a little|so|really|too|pretty|just)\s+)*(?:boring|dull|meh|long|slow|draggy|short|rushed)\b"#) { m, p in
            let before = (p.text as NSString).substring(to: m.range.location)
            guard photoNamed.occurs(in: before) else { return nil }
            return Found().notNegatable
        },
        // 时长double一下, 长度x2: the length doubled, said in two languages
        Rule(#"(?:(?:总|整体|整个)(?:的)?)?(?:时长|长度|视频|总长)\s*(?:double|x\s*2|×\s*2|翻倍|翻一倍)(?:一下)?"#) { _, _ in
            Found(.scaleDuration(2))
        },
        // "x2 the length", "2x the video length", "length x2", "the video x 2": the length doubled, as a multiplication
        Rule(#"(?<![\w.])(?:x|×)\s*2\s+(?:the\s+)?(?:video\s+|total\s+|whole\s+)?(?:length|duration|video)\b|(?<![\w.])2\s*(?:x|×)\s+(?:the\s+)?(?:video\s+|total\s+)?(?:length|duration)\b|\b(?:length|duration|video)\s*(?:x|×)\s*2\b(?![\d.])"#) { _, _ in
            Found(.scaleDuration(2))
        },
        // "can it be twice the length?", "make it twice as long"; not a named photo's ("photo 4 should be twice as
        // long as the others", "the 4th photo should be twice as long": the photo rules read it)
        Rule(#"\b(?:be|make it|is it|have it)\s+twice\s+(?:the|its|as)\s+(?:length|long|duration)\b"#) { m, p in
            if m.text.hasPrefix("be"), photoBeforeBe.occurs(in: (p.text as NSString).substring(to: m.range.location)) { return nil }
            return Found(.scaleDuration(2))
        },
        // "trim it to 15 seconds": the verb before a length said with its unit
        Rule(#"\b(?:trim|cut|shorten|bring|get|take|stretch|extend|lengthen)\s+(?:it|the video|this|the whole thing|everything)\s+(?:down\s+|up\s+|out\s+)?to(?=\s+(?:about\s+|around\s+|just\s+)?\d+(?:\.\d+)?\s*(?:seconds?|secs?|s\b|minutes?|mins?|min\b))"#) { _, _ in
            Found().notNegatable
        },
        // "make the fades between pictures faster": the transitions' pace
        Rule(#"\bmake\s+(?:the\s+)?(transitions?|fades?|cross ?fades?|dissolves?)(?:\s+between\s+(?:the\s+)?(?:photos|pictures|pics|slides|shots))?\s+(?:(a bit|a little|much|way)\s+)?(faster|quicker|slower|longer|shorter|snappier)\b"#) { m, _ in
            transitionSpeed(slower: ["slower", "longer"].contains(m[3] ?? ""), strong: ["much", "way"].contains(m[2] ?? ""), noun: m[1])
        },
        // "because he's blinking in it lol", "my sister says [no zoom]": a reason, and who said it
        Rule(#"\b(?:because|cause|cuz|coz|since|as)\s+(?:hes|shes|theyre|he is|she is|they are|its|it is|were|im)\s+[a-z]+ing\b[^,.;!?\x{01}\d]*|\b(?:my|our)\s+[a-z]+\s+(?:says|said|thinks|insists|reckons)(?=\s+(?:no|to|that|we|it|its)\b)"#) { m, p in
            let said = p.said(m.range).lowercased()
            guard !storySettingWord.occurs(in: Pattern(#"\b(?:says|said|thinks|insists|wants|reckons)\b"#).replacing(in: said) { _ in " " }) else { return nil }
            return Found().notNegatable
        },
        // "vintage car show pics, newest first": what the photos are, said as a label
        Rule(#"^\s*(?:(?!(?:the|a|an|my|our|these|those|all|out|of|up|and|to|for|from|with|in|on|some|no|just|only|use|make|reverse|shuffle|static|still|more|less)\b)[a-z]+\s+){1,3}(?:pics|photos|pictures|shots|snaps)(?=\s*[,.;!?]\s*\S)"#) { m, p in
            let said = Pattern(#"\b(?:pics|photos|pictures|shots|snaps)\b"#).replacing(in: p.said(m.range).lowercased()) { _ in " " }
            guard !storySettingWord.occurs(in: said), !storyAskingWord.occurs(in: said), !platformHint.occurs(in: said) else { return nil }
            return Found().notNegatable
        },
        // "let the fifth photo open the video", "have photo 2 close it": what opens or closes, with another verb;
        // "can the last shot open the video instead?", "could photo 7 close the slideshow": the same, asked
        Rule(#"\b(?:let|have|make|(?:can|could|would|will|should|shall|might)(?:\s+(?:we|you)\s+(?:have|let|make))?)\s+(?:the\s+)?(?:(last|final|1st|first|\d{1,3}(?:st|nd|rd|th))\s+(?:photo|picture|pic|image|shot|one)|(?:photo|picture|pic|image|shot)\s+#?(\d{1,3}))\s+(open|start|begin|kick off|close|end|finish)\s+(?:the\s+video|the\s+slideshow|it|things|the\s+whole\s+thing)\b"#) { m, _ in
            let word = m[1] ?? ""
            let ref: PhotoRef = m[2].flatMap(Int.init).map { .number($0) } ?? (word == "last" || word == "final" ? .last : .number(Int(word.filter(\.isNumber)) ?? 1))
            return Found(.movePhoto(ref, to: ["open", "start", "begin", "kick off"].contains(m[3] ?? "") ? .first : .last))
        },
        // "only use the video clips, 5 seconds max each": a limit said after the clips
        Rule(#"(?<![\d.])(\d+(?:\.\d+)?)\s*(?:seconds?|secs?|s)\s+(?:max|tops|at most|maximum)\s*(?:each|apiece|per clip|a clip)?\b"#) { m, p in
            let before = (p.text as NSString).substring(to: m.range.location)
            guard Pattern(#"\b(?:clips?|videos|video clips?|footage)\b[^.;!?]*$"#).occurs(in: before), let v = m.number(1), v > 0, v <= 600 else { return nil }
            return Found(.clipMax(ms: FrameTime.ms(seconds: v)))
        }.needing(["max", "tops", "at most"]),
        // "replace the song with some AI generated music": the new music is the cloud's; the song stays until then
        Rule(#"\b(?:replace|swap|switch)\s+(?:the\s+|my\s+|this\s+)?(?:song|music|track|soundtrack|audio)\s+(?:with|for)(?=\s+(?:some\s+|an?\s+|new\s+)*ai\b)"#) { _, _ in
            Found().notNegatable
        },
        // "the campfire part needs more energy": why the music is louder
        Rule(#"\bthe\s+(?:[a-z]+\s+){0,2}(?:part|bit|section|moment|scene|end|ending|start)\s+(?:needs|could use|wants|should have|lacks)\s+(?:more\s+|a bit more\s+|some\s+|a little more\s+)?(?:energy|life|oomph|punch|pep|excitement|drama)\b"#) { _, _ in
            Found().notNegatable
        },
        // "(faster transitions than normal,) a surf video need energy!", "a party reel needs more life", "this
        // kind of video has to have some punch": what a kind of video calls for, the reason for the pace or the
        // transitions asked for beside it (alone, it stays reported)
        Rule(#"\b(?:a|an|the|this|that|these|those|my|our|every|any|such a)\s+(?:(?:kind|sort|type)\s+of\s+)?(?:[a-z]+\s+){0,2}?(?:video|videos|vid|vids|edit|edits|reel|reels|montage|montages|slideshow|slideshows)\s+(?:(?:really|just|always|definitely|totally|kinda)\s+)*(?:needs?|wants?|has to have|have to have|must have|should have|could use|calls? for|lives? on|is all about)\s+(?:more\s+|a bit more\s+|some\s+|a little more\s+|lots of\s+|a lot of\s+|plenty of\s+|real\s+)?(?:energy|life|oomph|punch|pep|excitement|drama|hype|adrenaline|momentum)\b"#) { m, p in
            let t = p.text as NSString
            let around = t.substring(to: m.range.location) + " " + t.substring(from: NSMaxRange(m.range))
            return storySettingWord.occurs(in: around) ? Found().notNegatable : nil
        }.needing(["energy", "life", "oomph", "punch", "pep", "excitement", "drama", "hype", "adrenaline", "momentum"]),
    ]

    /// A level for the music said in the request ("to 20%", "quieter", "turn it down").
    static let musicLevelAsked = Pattern(#"\b(?:volume|quieter|quiet|louder|softer|lower|turn (?:it|the music|the song|the volume)\s+(?:(?:way|right|a bit|a little|all the way)\s+)?(?:down|up)|\d+\s*(?:%|percent))\b|\d+\s*%|调小|调低|小声|关小"#)
    /// A named photo as the subject right before "be twice as long": "photo 4 should ", "the 4th photo must ".
    static let photoBeforeBe = Pattern(#"(?:\b(?:photo|picture|pic|image|slide|shot)s?\s+(?:#\s*|no\s+|number\s+)?\d+|\b(?:\d+(?:st|nd|rd|th)|first|last|final)\s+(?:photo|picture|pic|image|slide|shot))\s+(?:should|must|needs to|need to|could|can|will|would|has to|to)\s+$"#)
}
