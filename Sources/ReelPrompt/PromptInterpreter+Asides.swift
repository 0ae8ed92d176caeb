import Foundation

/// Words that explain rather than ask: "so it uploads faster", "the total doesn't matter",
/// "of our hike", "from my trip to Rome". Taken so they are neither read as requests ("faster")
/// nor reported as not understood.
extension PromptInterpreter {
    /// Read before the other rules: a reason or a "whatever" about something else.
    /// The title named ("the title", "caption", 标题): what a photo's busyness is said against.
    static let titleNamed = Pattern(#"\b(?:title|caption|text|words)\b|标题|字幕|文字"#)

    /// A shape named anywhere ("4:5", "square", "vertical"): what a complaint about the last crop is said for.
    static let aspectNamed = Pattern(#"\b(?:square|vertical|horizontal|portrait|landscape|widescreen|\d{1,2}\s?[:x]\s?\d{1,2})\b"#)

    static let asideRules: [Rule] = [
        // "cn u do 1 w/ song.mp3", "could you make me one", "do us another": asking for a video, the
        // "one" it says is the video, not a number
        Rule(#"\b(?:(?:can|could|would|will)\s+(?:you|u|ya)\s+(?:please\s+|pls\s+|plz\s+|just\s+|quickly\s+)?(?:do|make|whip up|put together|throw together)|do)\s+(?:me\s+|us\s+)?(?:1|another|a quick 1)\b(?!\s*(?:seconds?|secs?|s\b|minutes?|mins?|min\b|m\b|fps|%|x\b|:|\.\d|and a half|[-–]))"#) { _, _ in
            Found().notNegatable
        }.needing(["do", "make", "whip", "put", "throw"]),
        // "umm hi 👋 first time using this… just make a tiktok": an emoji or an ellipsis only marks where
        // a clause ends; taken (masked) so the clauses around it are read as clauses
        Rule(#"[\x{1F000}-\x{1FAFF}\x{2600}-\x{27BF}\x{2B00}-\x{2BFF}\x{FE0F}\x{200D}]+|…+"#) { _, _ in
            Found().notNegatable
        },
        // "Aiyo the words so small one", "alamak, the song so loud": an exclamation heard in Singapore and
        // Malaysia that opens a clause; taken so what follows is read as a clause of its own;
        // "Eh can make this vertical anot", "oi the song too loud": a call for attention opening the clause
        Rule(#"(?:^|(?<=[,.;!?\x{01}]))\s*(?:aiyo+h?|aiyoyo|aiya+h?|alamak|walao(?:\s+eh)?|wah+\s+lau(?:\s+eh)?|haiz+|adoi+|aduh+|eh+|oi+)\b"#) { _, _ in
            Found().notNegatable
        }.needing(["aiy", "alamak", "walao", "wah", "haiz", "adoi", "aduh", "eh", "oi"]),
        // "Please keep it gentle: no zooming or panning, slower transitions", "keep it simple - just cuts":
        // how the user sums up the asks listed after the colon, which are read one by one; "I'd like it
        // calm: slow zoom in…", "we want it simple - cuts only": the same as a wish
        Rule(#"(?:^|(?<=[,.;!?\x{01}]))\s*(?:(?:please|pls|plz|just|and|so|but)\s+)*(?:keep|make|(?:i|we)(?:\s*d|\s+would|\s+really|\s+just)*\s+(?:like|love|prefer|want))\s+(?:it|everything|things|the video|it all|this one)\s+(?:(?:nice and|really|very|super|quite|a bit|a little|nice|extra)\s+)*(?:gentle|soft|calm|simple|subtle|understated|low key|lowkey|quiet|peaceful|tasteful|respectful|classy|elegant|clean|minimal|soothing|sober|dignified|restrained|easy on the eyes)(?:\s+(?:please|pls|plz))?(?=\s*(?::|\s-\s|—|–))"#) { _, _ in
            Found().notNegatable
        }.needing(["keep", "make", "like", "love", "prefer", "want"], and: [":", " - ", "—", "–"]),
        // "umm hi 👋", "hmm ok…": a clause of only hesitations and greetings
        Rule(#"(?:^|(?<=[,.;!?\x{01}]))\s*(?:(?:um+|uhm+|uh+|hmm+|hm+|erm+|er|ah+|oh+|eh|well|so|ok|okay|hey+|hi+|hello|heya|hiya|yo|howdy)\s*)+(?=\s*(?:$|[,.;!?\x{01}]))"#) { _, _ in
            Found().notNegatable
        },
        // 这十张照片里第三张和第五张不要, 这些照片中，最后一张删掉, 呢十張相入面: the photos the ones named next are
        // picked from (the count is no count to keep)
        Rule(#"(?:^|(?<=[,.;!?，。；！？\x{01}]))\s*(?:在)?(?:这|这些|呢|呢些|我的|这组|这批|下面|上面)\s?(?:\d{1,3}\s?张)?(?:照片|图片|相片|图)?(?:里面|里边|里头|里|入面|入边|当中|中间|中)(?=\s*(?:[,，]\s*)?(?:第\s?\d|最后|最前|前\s?\d|后\s?\d|头\s?\d))"#) { _, _ in
            Found().notNegatable
        }.needing(["里", "中", "入面", "入边"]),
        // "the photographer sent us 10 pics", "my mum gave me 25 photos", 摄影师发了10张照片给我们: how
        // many photos someone sent or took, not a count to keep
        Rule(#"\b(?:(?:(?:the|my|our|his|her|their)\s+(?:[a-z]+\s+){0,2}?[a-z]+|[a-z]+)\s+(?:(?:just|already|finally|also|only)\s+)?)?(?:sent|gave|shared|emailed|texted|uploaded|airdropped|dropped off|took|shot|snapped|delivered|got)\s+(?:(?:me|us|him|her|them|you)\s+)?(?:(?:like|about|around|over|almost|nearly|maybe|only|just|exactly|all)\s+)?\d{1,4}\s+(?:[a-z]+\s+)?(?:photos|pictures|pics|images|shots|snaps|jpegs|jpgs)\b(?!\s+(?:longer|shorter|each|apiece|per)\b)"#
             + #"|(?:^|(?<=[,.;!?，。；！？\x{01}]))[\p{Han}]{0,6}?(?:发了|给了|拍了|传了|发来了|发过来|传过来|挑了|选了)(?:我们|我)?\s*(?:一共|总共|大概|差不多)?\s*(?:\d{1,4}|[一二两三四五六七八九十百几]{1,4})\s*张(?:照片|图片|相片|图)?(?:给(?:我们|我))?"#) { _, _ in
            Found().notNegatable
        }.needing(["sent", "gave", "shared", "emailed", "texted", "uploaded", "airdropped", "dropped off", "took", "shot", "snapped", "delivered", "got", "张"]),
        // "before and after of our kitchen remodel", "a before/after reel": the kind of video, not where
        // something goes (a setting after it, "fade before and after the title", is read by the rules)
        Rule(#"(?:(?:^|(?<=[,.;!?\x{01}]))\s*(?:(?:a|an|the|my|our|this|some|just)\s+)?|\b(?:a|an|the|my|our|this|some|of|with)\s+)before\s*(?:and|&|\+|/|n|-)?\s*after(?:s)?(?:\s+(?:video|vid|reel|slideshow|photos|pics|pictures|shots|comparison|transformation|transformations|edit|montage))?(?=\s*(?:$|[,.;!?\x{01}])|\s+(?:of|for|from|showing)\b)|\bbefore\s*(?:and|&|\+|/|n|-)?\s*after\s+(?:video|vid|reel|slideshow|photos|pics|pictures|shots|comparison|transformation|transformations|montage)\b"#) { _, _ in
            Found().notNegatable
        }.needing(["after"]),
        // "a 99999999999999999999 second video", "1e300 seconds": no setting takes such a number
        Rule(#"(?<![\d.])(?:\d{10,}(?:\.\d+)?|\d+(?:\.\d+)?e[+-]?\d+)(?![\d.])(?:\s*(?:seconds?|secs?|s|minutes?|mins?|hours?|ms|fps|%|percent|photos?|pictures?|x\s*\d+))?"#) { m, p in
            Found().note("\(p.said(m.range)) is out of range for any setting; nothing was changed for it").notNegatable
        },
        // "two weeks in portugal", "3 days at the lake", "31 years with the fire brigade": how long the trip
        // or the job was, not the video ("took us 3 days start to finish": end to end)
        Rule(#"\b(?:\d+|a|a few|a couple of|few|couple of|several) (?:days?|weeks?|months?|years?|nights?)(?: (?:from )?(?:start to (?:finish|end)|beginning to end|end to end)| (?:in|at|on|around|across|away|of)(?: the)? [a-z]+| with (?:the|my|our|his|her|their) (?!(?:music|song|soundtrack|title|transitions?|fades?|zoom|photos?|pictures?|pics|clips?)\b)[a-z]+(?: [a-z]+(?=\s*(?:$|[,.;!?\x{01}])))?)?\b(?! (?:long|each|per|apiece)\b)"#) { _, _ in
            Found().notNegatable
        },
        // "change the fades to dip to black": the kind replaced, named before the one that replaces it
        Rule(#"\b(?:change|switch|turn|convert|swap|make)\s+(?:the\s+|all\s+the\s+|all\s+|those\s+)?(?:transitions?|cross ?fades?|fades?|dissolves?|cuts?)\s+(?:to|into|for)\b(?=\s+(?:a\s+|the\s+)?(?:dip|fade|fades|hard|cuts?|crossfades?|cross fades?|dissolves?|black|straight|simple|smooth|wipes?|slides?|zoom))"#) { _, _ in
            Found().notNegatable
        },
        // "Memorial tribute for Margaret, 1931-2025", "Joe 1950 - 2024" (a spaced dash reads as a comma), "2019 to now": a lifespan or an era,
        // years that name no setting
        Rule(#"(?<![\d.:])(?:1[89]|20)\d{2}\s*(?:-|–|—|,|to|till|until)\s*(?:(?:1[89]|20)\d{2}|present|now|today)(?![\d.:])(?!\s*(?:seconds?|secs?|s\b|ms\b|minutes?|mins?|fps|%|percent|photos?|pictures?|pics|x\b))"#) { _, _ in
            Found().notNegatable
        },
        // "my brother is turning 30", "she turns 5", "90 years old", "(Mia,) who just turned 11", "Sam will be 5 (in
        // the spring)": an age, not a length
        Rule(#"(?:\b(?:who|that|which)\s+(?:(?:just|only|recently|finally|has|had|is|was)\s+)*(?=turn))?(?:\b(?:turning|turns|turned|will be|will turn|ll be|is going to be|s going to be)\s+\d+\b(?!\s*(?:seconds?|secs?|s|minutes?|mins?|fps|%|percent|photos?|pictures?|x\b|k\b|p\b|:))|\b\d+\s+(?:years?|yrs?)\s+old\b)(?:\s+(?:(?:next|this|last)\s+(?:week|month|year|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|today|tomorrow|tonight|on \w+day))?"#) { m, p in
            ageSaidOfSomeone(m, in: p) ? Found().notNegatable : nil
        },
        // "the colours are fine", "the order is ok": about what stays as it is
        Rule(#"\b(?:the )?(?:colou?rs?|lighting|colou?r grading|photos|pictures|order|rest)\s+(?:are|is|look|looks|seem|seems)\s+(?:fine|ok|okay|good|great|perfect|alright)\b"#) { _, _ in
            Found().notNegatable
        },
        // "in 720p so it uploads faster": the reason, not a pace
        Rule(#"\bso (?:that )?(?:it|the file|the video|they|people|friends|everyone|i|we)(?: can| will|ll)? (?:uploads?|loads?|renders?|exports?|sends?|downloads?|plays?|fits?|shares?|posts?|looks?|is|are|be|watch|see) (?:faster|quicker|quickly|fast|easily|better|smoothly|smaller|good|nice|great|it)\b"#) { _, _ in
            Found().notNegatable
        },
        // "4:5 so it also looks right in my grid", "so it fits my feed", "so it matches the rest of our
        // profile": where the video will sit, the reason for the shape asked beside it (a platform named
        // here is left to the rules that read it)
        Rule(#"\bso (?:that )?(?:it|the video|they|it all)(?:\s+(?:also|still|really|actually|too))?(?:\s+(?:can|will|would|ll))?\s+(?:looks?|fits?|sits?|matches|match|works?|shows? up|displays?|blends? in)(?:\s+(?:right|correct|correctly|properly|good|nice|nicely|fine|ok|okay|neat|clean|consistent|great|well|better|in|into|with|on))*\s+(?:the rest of\s+)?(?:my|our|the|her|his|their)\s+(?:(?:profile|main|whole|own)\s+)?(?:grid|feed|profile|page|timeline)\b"#) { _, _ in
            Found().notNegatable
        }.needing(["grid", "feed", "profile", "page", "timeline"]),
        // "draft quality so I can check the framing first", "so we can see how it flows", "so my boss
        // can approve it", "for now so the choir committee can have a look": who looks at the result and
        // why, the reason for the ask before it (the text reads "first" as "1st")
        Rule(#"(?:\bfor (?:now|the moment|the time being)\s+)?\bso (?:that )?(?:i|we|you|they|my boss|the boss|the client|my client|my team|the team|mum|mom|dad|my wife|my husband|(?:the|my|our)\s+(?:[a-z]+\s+)?(?:committee|board|council|panel|organisers|organizers|members|parents|elders|family|group|class|staff|volunteers|editors?|manager|producer|director|coach))\s+(?:can|could|will|may|might|get to)\s+(?:(?:quickly|first|just|at least|easily|properly|all)\s+)*(?:have a look|take a look|have a (?:quick )?look|take a (?:quick )?look|check|double check|see|review|look at|look over|go over|preview|proof|proofread|approve|judge|compare|test|try|decide|confirm|tell|sign off on|give feedback on|comment on)\b(?:[^,.;!?\x{01}\d]|\b1st\b)*(?=\s*(?:$|[,.;!?\x{01}]))"#) { _, _ in
            Found().notNegatable
        }.needing(["so "]),
        // "WHY IS IT STILL SIDEWAYS?? NEED 9:16", "how come its still horizontal, i need vertical": the
        // shape the video had, complained of beside the shape asked for; alone it is left to the rules
        Rule(#"(?:^|(?<=[,.;!?\x{01}]))\s*(?:(?:but|and|ugh|omg|seriously)\s+)*(?:why|how come)\s+(?:is|are|was|does)?\s*(?:it|its|it's|this|the video|my video|everything|it all)\s+(?:(?:still|always|again|so|all|coming out|come out|looking|look|showing|shown|displayed)\s+)*(?:sideways|horizontal|landscape|vertical|portrait|square|wide|tall)\b(?:\s+(?:again|still|lol|wtf))*(?=\s*(?:$|[,.;!?\x{01}]))"#) { m, p in
            let ns = p.text as NSString
            let rest = ns.substring(to: m.range.location) + " " + ns.substring(from: m.range.location + m.range.length)
            guard shapeAsked.occurs(in: rest) else { return nil }
            return Found().notNegatable
        }.needing(["why", "how come"]),
        // "turn my 10 photos into a video", "a video from my 10 favourite shots", "there are 10 photos of our
        // scarves": how many there are, not a change
        Rule(#"\b(?:my|these|those|all (?:my|the|these|of my|of the|of these)|all|of my|of these|the|there are|there re|theres|there s|we have|i have)\s+(\d+)\s+(?:vacation |holiday |trip |travel |family |beach |wedding |new |old |favourite |favorite |fave |best |top |chosen |selected )?(?:photos|pictures|pics|images|shots|snaps)\b(?!\s+(?:longer|shorter|each|apiece|per)\b)"#) { m, p in
            // "remove the 2 photos" is about which photos; only a count said while asking for a video is kept
            let before = (p.text as NSString).substring(to: m.range.location)
            guard !Pattern(#"\b(?:remove|delete|drop|cut|keep|use|only|swap|move|first|last)\s*$"#).occurs(in: before) else { return nil }
            return Found().notNegatable
        },
        // "Dear Reel, good afternoon", "hi Reel!", "thanks Reel", "Dear Reel team,": the app (or its
        // makers) greeted by its name, no platform
        Rule(#"(?:^|(?<=[,.;!?\x{01}]))\s*(?:(?:dear|hi|hello|hey|hiya|good morning|good afternoon|good evening|thanks|thank you|thx|ok|okay)\s+)+reel(?:\s+(?:app\s+)?(?:team|folks|people|crew|staff|support(?:\s+team)?|developers|devs))?(?=\s*(?:$|[,.;:!?\x{01}]))"#) { _, _ in
            Found().notNegatable
        }.needing(["reel"]),
        // "I have put 10 photos in the folder", "we uploaded about 40 pics", "I've added 12 photos": how
        // many photos the user gave, not a change
        Rule(#"\b(?:i|we)(?:\s?ve|\s?'ve)?\s+(?:(?:have|already|just|now|also)\s+)*(?:put|uploaded|added|dropped|attached|included|selected|picked|chose|chosen|sent|shared|saved|loaded|copied)\s+(?:(?:about|around|like|some|over|nearly|almost|all|only|just)\s+)?\d{1,4}\s+(?:(?:of\s+(?:the|my|our)\s+)?[a-z]+\s+)?(?:photos|pictures|pics|images|shots|snaps|files)\b(?:\s+(?:in|into|to|on|inside)\s+(?:the|my|our|this|that|a)\s+(?:[a-z]+\s+)?(?:folder|album|drive|app|project|upload|library|dropbox))?(?!\s+(?:longer|shorter|each|apiece|per|for)\b)"#) { _, _ in
            Found().notNegatable
        }.needing(["put", "uploaded", "added", "dropped", "attached", "included", "selected", "picked", "chose", "sent", "shared", "saved", "loaded", "copied"]),
        // "the music can go", "the title has to go"
        Rule(#"\b(?:the\s+)?(music|song|soundtrack|title|caption|transitions|fades|zoom(?:ing)?|motion|ken burns|videos|video clips|clips|footage)\s+(?:can|should|must|has to|have to|needs to|need to)\s+go\b"#) { m, _ in
            switch m[1] ?? "" {
            case "title", "caption": Found(.noTitle)
            case "transitions", "fades": Found(.transition(.cut))
            case "music", "song", "soundtrack": Found(.noMusic)
            case "videos", "video clips", "clips", "footage": Found(.media(.photosOnly))
            default: Found(.motion(.off))
            }
        },
        // "cut straight from one photo to the next", "between one picture and the next": where every transition is
        Rule(#"(?<=\bfrom |\bbetween )(?:one|1|each|a|every) (?:photo|picture|image|slide|shot|pic)s? (?:to|and|into) the next(?: one)?\b"#) { _, _ in
            Found().notNegatable
        },
        // "the music drowns everything out", "the music is drowning out the mood": a complaint that the level said next answers
        Rule(#"\b(?:(?:is|s|keeps|kinda|really|totally|just)\s+)*(?:drowns?|drowning|drowned|overpowers?|overpowering|overpowered)\s+(?:out\s+)?(?:everything|it all|us|the (?:voices?|talking|speech|sound|video|mood|moment|vibe|atmosphere|photos|pictures|whole thing))(?:\s+out)?\b"#) { _, _ in
            Found().notNegatable
        }.needing(["drown", "overpower"]),
        // "my nephew gets motion sick", "my mum watches with her volume all the way up", "my
        // friends never watch to the end", "my husband films everything waaay too long": a person
        // doing something is a reason even when a setting's word is in it (read before those rules)
        Rule(#"(?:^|(?<=[,.;!?\x{01}]))\s*(?:(?:lol|haha|omg|ugh|tbh|because|since|cause|cuz|coz|as|and|but|so)\s+)*(?:(?:my|our|his|her|their|the)\s+)?(?:(?:little|older|younger|big|baby|old|elderly|whole)\s+)?(?:"# + personNoun + #"\s+(?:(?:never|always|usually|just|only|still|also|really|mostly|even|kinda|literally|probably|sometimes|often|already|hardly|barely|rarely)\s+)*(?:(?:is|are|was|were)\s+(?=[a-z]+ing\b))?(?!"# + notAVerb + #")([a-z]{2,})|(?:you|u)\s+(?:can|could)(?:\s+(?:only|barely|still|just|even))?\s+(hear|see|tell))\b(?:(?!\s(?:so|but|because|cause|then)\s)[^,.;!?\x{01}])*(?=\s*(?:$|[,.;!?\x{01}]|\s(?:so|but|because|cause|then)\s))"#) { m, p in
            let said = p.said(m.range).lowercased()
            guard let verb = m[1] ?? m[2], !storySettingWord.occurs(in: verb), !storyAskingWord.occurs(in: said), !platformHint.occurs(in: said),
                  !said.contains(where: \.isNumber) else { return nil }
            // "you can hear the kids in the clips" says what to keep: read by the clip rules
            if m[2] != nil, storySettingWord.occurs(in: said) { return nil }
            return Found().notNegatable
        },
        // "I'll add a sound in the app later", "we'll do the title ourselves": what the user will do
        // elsewhere is why, not a wish (read before the rules that would take "sound" or "title")
        Rule(#"(?:^|(?<=[,.;!?\x{01}]))\s*(?:(?:and|but|because|cause|cuz|as|since|so)\s+)?(?:ill|i will|i(?:m| am) (?:going to|gonna)|i plan to|i can|i might|well|we will|we(?:re| are) (?:going to|gonna)|we can|we plan to)\s+(?:(?:just|probably|then|also|prob)\s+)?(?:add|put|do|make|set|choose|pick|record|use|fix|change|handle|sort|edit|overlay|throw|slap|stick|lay|layer|dub|mix)\b[^,.;!?\x{01}]*?\b(?:later|myself|ourselves|afterwards|after|separately|in (?:the )?(?:app|tiktok|instagram|insta|capcut|editor|inshot|imovie|premiere|youtube|reels?|stories|story|edits?))\b[^,.;!?\x{01}]*(?=\s*(?:$|[,.;!?\x{01}]))"#
             // 文字我之后自己加, 字幕我自己加: the thing named first, then who adds it (no ask of Reel, nor of the cloud)
             + #"|(?:(?:^|(?<=[,.;!?，。；！？\x{01}]))\s*(?:文字|字幕|标题|文案|音乐|配乐|logo|bgm))?我(?:们)?(?:(?:之后|等下|等一下|等会儿?|回头|到时候|稍后|以后)(?:会|要|再)?(?:自己)?(?:在[^，。,.;!?；！？]{1,10}?(?:里面|里|上))?(?:自己)?|(?:会|要)?(?:在[^，。,.;!?；！？]{1,10}?(?:里面|里|上))?自己)(?:来|再)?(?:加|配|放|弄|做|添加|选|上)[^，。,.;!?；！？]{0,10}"#) { _, _ in
            Found().notNegatable
        }.needing(["ll ", "will", "going to", "gonna", "plan to", "can ", "might", "我"]),
        // "my brother wants to add his own later", "I'll add a sound in the app later", "we'll put one
        // in ourselves", "we'll lay our own track over it later", 我哥之后自己加: someone will do it
        // themselves, afterwards; Reel is not asked to
        Rule(#"(?:^|(?<=[,.;!?\x{01}]))\s*(?:(?:and|but|because|cause|cuz|since|as|so)\s+)?(?:i|we|he|she|they|ill|well|hell|shell|theyll|my [a-z]+|our [a-z]+|his [a-z]+|her [a-z]+|their [a-z]+|[a-z]+ and i)(?: will| ll| wants? to| want to| is going to| are going to| am going to| is gonna| are gonna| gonna| plans? to| would like to| d like to| might| can| could| needs? to| has to| have to| prefers? to)?\s+(?:probably\s+|just\s+|then\s+|rather\s+)?(?:add|do|put|record|pick|choose|make|edit|change|fix|insert|use|sing|play|write|handle|sort|take care of|deal with|lay|layer|dub|mix)\b[^,.;!?\x{01}]*?\b(?:later(?: on)?|afterwards|after that|himself|herself|themselves|myself|ourselves|(?:his|her|their|my|our) own|(?:in|on|with) (?:the|another|an|his|her|my|our|their) (?:app|editor|program|phone)|separately|manually)\b[^,.;!?\x{01}]*(?=\s*(?:$|[,.;!?\x{01}]))|(?:^|(?<=[,.;!?，。；！？\x{01}]))[^,.;!?，。；！？\x{01}]{0,6}(?:之后|以后|后期|回头|到时候|自己)(?:再|会|要|来)?(?:自己)?(?:再|会|要|来)?(?:加|配|弄|做|放|剪|处理)[^,.;!?，。；！？\x{01}]{0,8}(?=\s*(?:$|[,.;!?，。；！？\x{01}]))"#
             // 视频号那个版本我另外做, 抖音版我之后自己剪: a platform's version the user makes apart, no shape asked
             + #"|(?:^|(?<=[,.;!?，。；！？\x{01}]))\s*(?:抖音|快手|微信视频号|视频号|小红书|b站|youtube|tiktok|ig|instagram|reels?)\s*(?:的|那个|那版|这个|那条)?\s*(?:版本|版)?(?:的话)?\s*(?:我们?)?(?:之后|以后|回头|到时候|自己|另外|单独|再)+(?:会|要|来)?(?:做|弄|剪|发|出)[^,.;!?，。；！？\x{01}]{0,6}(?=\s*(?:$|[,.;!?，。；！？\x{01}]))"#) { _, _ in
            Found().notNegatable
        },
        // "the song is way longer than the video", 歌比视频长很多: a comparison that explains, not an edit
        Rule(#"\b(?:the\s+|my\s+|our\s+|this\s+|that\s+)?(?:song|music|track|tune|soundtrack|audio|video|movie|slideshow|photos|pictures|pics|clips?)\s+(?:is|are|s|was|were|seems|feels|looks|runs|sounds)\s+(?:(?:way|much|a lot|a bit|a little|far|quite a bit|slightly|so much|already|still|kind of|kinda)\s+)*(?:longer|shorter|louder|quieter|faster|slower)\s+than\s+(?:the\s+|my\s+|our\s+|this\s+|all\s+the\s+)?(?:song|music|track|tune|soundtrack|audio|video|movie|slideshow|photos|pictures|pics|clips?|slides)\b(?:\s+(?:sound|audio|footage|length))?|(?:歌|歌曲|音乐|背景音乐|配乐|视频|照片|图片)(?:比|要比)(?:视频|歌|歌曲|音乐|背景音乐|配乐|照片|图片)(?:还|要)?(?:长|短|快|慢)(?:很多|得多|多了|不少|一点|一些|多)?"#) { _, _ in
            Found().notNegatable
        },
        // "the music is so distracting, turn it down", "the transitions are jarring, use hard cuts":
        // a complaint the words after it answer; 标题太丑了，干脆去掉吧, 这首歌好土，换掉: the same in Chinese
        Rule(#"\b(?:the\s+|that\s+|this\s+)?(?:music|song|soundtrack|track|tune|audio|title|caption|text|font|transitions?)\s+(?:is|s|are|was|were|gets|get|sounds|looks|look|feel|feels)\s+(?:(?:so|really|very|kinda|kind of|a bit|super|way|too|just|honestly|a little)\s+)*(?:annoying|distracting|cheesy|tacky|jarring|irritating|obnoxious|overdone|dated|cringe|cringey|cringy|grating)\b|(?:这个|那个)?(?:标题|字幕|文字|字体|音乐|背景音乐|配乐|(?:这首|那首)?歌|转场|过渡|特效)(?:的字体?)?(?:真的|实在|也)?(?:太|有点|有些|好|很|超|真|特别)(?:丑|难看|土|俗|俗气|土气|尬|尴尬|难听|烦人|烦|low)了?(?:吧|啊|呀|啦)?"#) { _, _ in
            Found().notNegatable
        },
        // "our new tv can handle it", "my phone can't play 4k": the screen it will play on, as the subject of a clause
        Rule(#"(?:^|(?<=[,.;!?\x{01}]))\s*(?:(?:because|since|cause|cuz|as|and|so)\s+)?(?:my|our|his|her|their|the|grandmas|grandpas|moms|mums|dads|the kids)\s+(?:(?:new|old|big|huge|little|small|smart|fancy|ancient)\s+)*(?:tv|television|telly|phone|laptop|screen|projector|monitor|ipad|tablet|computer|pc|mac)\s+(?:can|cant|cannot|could|couldnt|will|wont|does|doesnt|is|isnt|has|supports|handles|plays)\b[^,.;!?\x{01}]*(?=\s*(?:$|[,.;!?\x{01}]))"#) { m, p in
            let said = p.said(m.range).lowercased()
            // "my tv only plays 4:5", "the phone is vertical": a shape or number said about the screen is read by the rules
            guard !Pattern(#"\d|\b(?:vertical|horizontal|square|portrait|landscape|widescreen|hd|4k)\b"#).occurs(in: said) else { return nil }
            return Found().notNegatable
        },
        // 横屏不用动, 标题就不用改了: what need not change (not "no motion"), left as it is
        Rule(#"(?:横屏|竖屏|横版|竖版|尺寸|比例|画幅|大小|分辨率|帧率|标题|字幕|音乐|配乐|背景音乐|转场|过渡|顺序|时长|长度|画质|清晰度)\s*(?:就|都|也|的话)?\s*(?:不用|不需要|不必|无需|不要|别)(?:再)?(?:动|改|变|调|换)(?:了|吧|啦)?"#) { _, _ in
            Found().notNegatable
        },
        // 标题只在第三张出现就行，别一开头就挡住大佛 / 个标题小一点，现在遮住晒我们成班人: what the title, said
        // in the clause before, is in the way of, with no title named again (the reason for its edit)
        Rule(#"(?:^|(?<=[,.;!?，。；！？\x{01}]))\s*(?:别|不要|免得|省得|以免|不然|要不然|因为|现在|而家)?(?:一开头|一开始|开头|开始|刚开始|现在|而家)?(?:就|会|都|总是|老是|总)?(?:挡住|遮住|盖住|挡到|遮到|压住|挡着|遮着|盖着)(?:了|晒|完|哂)?([^,.;!?，。；！？\x{01}\d]{1,10}?)(?:了|啊|呀|啦)?(?=\s*(?:$|[,.;!?，。；！？\x{01}]))"#) { m, p in
            let start = m.range.location
            guard titleBefore.occurs(in: (p.text as NSString).substring(to: start)),
                  !coveredIsSetting.occurs(in: m[1] ?? "") else { return nil }
            return Found().notNegatable
        }.needing(["挡", "遮", "盖", "压"]),
        // "the title covers the faces", "the text is blocking my son", 标题挡住了脸: what the title is in
        // the way of, the reason for moving or shrinking it (the next clause says which)
        Rule(#"\b(?:the\s+|that\s+|this\s+)?(?:title|caption|text|words|writing|lettering)\s+(?:(?:is|s|keeps|always|kind of|kinda|totally|completely|partly)\s+)*(?:covers?|covering|hides?|hiding|blocks?|blocking|obscures?|obscuring|overlaps?|overlapping|cuts? off|cutting off|sits? on|sitting on|is over|(?:is|s) on top of|(?:is|s|gets) in the way of)\s+(?:the\s+|my\s+|our\s+|his\s+|her\s+|their\s+|everyones\s+|peoples\s+|all\s+the\s+)?(?:[a-z]+\s+){0,2}?(?:faces?|heads?|people|kids?|family|eyes|everyone|everybody|person|subject|cake|photo|picture|view|baby|dog|cat|mum|mom|dad|son|daughter|wife|husband|grandma|grandpa)\b|(?:标题|字幕|文字|字)(?:把)?(?:挡住|遮住|盖住|挡到|遮到|压住|挡着|遮着|盖着|压到)了?[^,.;!?，。；！？\x{01}\d]{0,8}?(?:的)?(?:脸|人脸|头|人|眼睛|脸部|蛋糕|宝宝)(?:的(?:脸|头|眼睛|脸部))?(?:了)?"#) { _, _ in
            Found().notNegatable
        },
        // "show the title on photo 2 only, photo 1 is too busy", "title over the last one, the first one's too
        // cluttered", 标题放第二张，第一张太乱了: how busy a photo is, the reason the title goes elsewhere
        Rule(#"(?:^|(?<=[,.;!?\x{01}]))\s*(?:(?:because|cause|cuz|coz|as|since|and|but)\s+)*(?:the\s+)?(?:(?:photo|picture|pic|image|shot|slide)\s+(?:no\.?\s*)?\d{1,2}|(?:first|second|third|last|1st|2nd|3rd)\s+(?:one|photo|picture|pic|image|shot|slide))\s+(?:is|s|looks|gets)\s+(?:(?:too|way too|a bit|a little|kind of|kinda|really|so|very|pretty|quite|just)\s+)*(?:busy|cluttered|crowded|messy|full|noisy)(?:\s+for\s+(?:it|the title|a title|text|the text|words))?(?=\s*(?:$|[,.;!?\x{01}]))|(?<=[,，;；\s])\s*第\s?[\d一二三四五六七八九十]{1,2}\s?张(?:照片|图片)?(?:太|有点|比较|很)(?:乱|杂|花|满)了?(?=\s*(?:$|[,.;!?，。；！？]))"#) { m, p in
            let before = (p.text as NSString).substring(to: m.range.location)
            guard titleNamed.occurs(in: before) else { return nil }
            return Found().notNegatable
        }.needing(["busy", "clutter", "crowded", "messy", "full", "noisy", "乱", "杂", "花", "满"]),
        // "Not square this time, the last one got cropped weird. Make it 4:5.", "the previous version came out
        // squashed, 16:9 please": how the video before this one was cropped, the reason for the shape asked
        Rule(#"(?:^|(?<=[,.;!?\x{01}]))\s*(?:(?:because|cause|cuz|coz|as|since|and|but)\s+)*(?:the\s+)?(?:last|previous|old|other|first)\s+(?:one|1|photo|picture|pic|version|video|attempt|try|draft|edit)\s+(?:(?:just|kind of|kinda|totally|all)\s+)?(?:got|was|were|came out|looked|ended up)\s+(?:(?:all|kind of|kinda|really|so|totally|completely|badly|weirdly)\s+)*(?:cropped|cut off|chopped off|chopped|squashed|squished|stretched|letterboxed)(?:\s+(?:weird|weirdly|wrong|badly|funny|strangely|oddly|awkwardly|off|lol))?(?=\s*(?:$|[,.;!?\x{01}]))"#) { m, p in
            guard aspectNamed.occurs(in: p.text) else { return nil }
            return Found().notNegatable
        }.needing(["last", "previous", "old", "other", "first"]),
        // "ok change of plan: vertical, 45 seconds", "slight change of plans, make it square", "on second
        // thought, 30 seconds", 计划有变：竖屏: the user changing their mind, said before the new settings
        Rule(Traditional.either(#"(?:^|(?<=[,.;!?\x{01}]))\s*(?:(?:ok|okay|so|right|hmm|um|umm|actually|well|sorry|hi|hey|oh)\s+)*(?:(?:a\s+)?(?:slight|small|little|quick|big|total|complete|major|bit of a)\s+)?(?:change of plans?|change of heart|change of mind|new plan|plan b|(?:the\s+)?plans? (?:have |has )?changed|on second thoughts?|second thoughts|(?:ive|i have|weve|we have|i|we) changed (?:my|our) minds?)(?=\s*(?:[:,.;!?\x{01}]|\s-\s|$))|(?:^|(?<=[，,。；;！!？?：:\x{01}]))\s*(?:我|我们)?(?:改主意了|计划有变|计划变了|计划改了|换个方案|改变主意了|又改主意了)(?=\s*(?:[，,。；;！!？?：:\x{01}]|$))"#)) { _, _ in
            Found().notNegatable
        }.needing(["plan", "heart", "mind", "thought", "主意", "计划", "計劃", "方案"]),
        // "colour me impressed if you can", "I'd be so grateful if you could", "I should be most grateful if
        // you would", "we would be much obliged if you could", "I should be most grateful if the film could be
        // made", "I would be obliged if the photographs could be (arranged)": a polite wrapper around the
        // request that follows, said of the video or of the photos ("… if the film could (be slow)": the pace
        // wished for is left to the rule that reads it)
        Rule(#"\b(?:colou?r me|i(?:d| would| should| will|ll) be|we(?:d| would| should| will|ll) be|(?:it|that)(?:d| would| will|ll|s) be|would be|will be)\s+(?:so\s+|really\s+|very\s+|super\s+|well\s+|truly\s+|forever\s+|most\s+|ever so\s+|extremely\s+|immensely\s+|deeply\s+|awfully\s+|terribly\s+|much\s+)?(?:impressed|amazed|grateful|thankful|obliged|happy|thrilled|stoked|chuffed|delighted|glad|great|awesome|amazing|lovely|nice|cool|ace|brilliant|fantastic|perfect|ideal|sweet)\s+if\s+(?:(?:you|u|ya)\s+(?:can|could|would|will|manage to|managed to|are able to)\b|(?:(?:the|my|our|this|that|these|those)\s+(?:film|video|slideshow|slide show|movie|reel|montage|presentation|photos|pictures|images)|it|they)\s+(?:can|could|would|might)(?:\s+be(?!\s+(?:(?:quite|rather|fairly|very|really|nice and)\s+)?(?:slow|relaxed|leisurely|unhurried)\b)(?:\s+made\b)?)?)"#) { _, _ in
            Found().notNegatable
        },
        // "With kind regards and many thanks, Margaret", "Best wishes", "Many thanks in advance": a
        // letter's sign-off, a clause of its own (the name after it is left to the rules that read names)
        Rule(#"(?:^|(?<=[,.;!?\x{01}]))\s*(?:(?:and|with)\s+)?(?:(?:(?:very\s+)?(?:kind|kindest|best|warm|warmest|warmer|fond|fondest)\s+)?(?:regards|wishes)|yours\s+(?:sincerely|faithfully|truly)|sincerely(?:\s+yours)?|(?:many|many many|a thousand|heartfelt)\s+thanks(?:\s+in\s+advance)?|thanks\s+in\s+advance|cheers)(?:\s+(?:and|&)\s+(?:(?:many|much|big)\s+)?(?:thanks|love|gratitude|best wishes))?(?=\s*(?:$|[,.;!?\x{01}]))"#) { _, _ in
            Found().notNegatable
        }.needing(["regards", "wishes", "yours", "sincerely", "thanks", "cheers"]),
        // "please do forgive me if I have asked for anything silly", "excuse me if this is a silly
        // question", "pardon my typing": an apology around the request, no setting
        Rule(#"(?:^|(?<=[,.;!?\x{01}]))\s*(?:(?:so|and|but|oh|also)\s+)*(?:(?:please|pls|plz)\s+)?(?:do\s+)?(?:forgive|excuse|pardon)\s+(?:me|us|my|our)\b(?:\s+if\b)?[^,.;!?\x{01}]*(?=\s*(?:$|[,.;!?\x{01}]))"#) { m, p in
            let said = p.said(m.range).lowercased()
            guard !Pattern(#"\d|\b(?:seconds?|minutes?|vertical|horizontal|square|music|song|title|transitions?|fades?|zoom|photos?|pictures?)\b"#).occurs(in: said) else { return nil }
            return Found().notNegatable
        }.needing(["forgive", "excuse", "pardon"]),
        // "several of them are in their 90s", "mum is in her late 80s", "we're all in our sixties": a
        // decade of age, not a length
        Rule(#"\bin\s+(?:their|his|her|my|our|your)\s+(?:(?:early|mid|late)[\s-]*)?(?:[1-9]0s|[1-9]0's|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b"#) { _, _ in
            Found().notNegatable
        }.needing(["their", "his", "her", "my", "our", "your"]),
        // "I pace the 3:30 group at the Riverside Marathon", "we lead the sub-2 hour bus", "my husband
        // runs the 4:00 pace group": a runner's finish-time group, not a length or a pace
        Rule(#"\b(?:i|we|(?:my|our)\s+[a-z]+)\s+(?:(?:also|usually|always|will|often|sometimes)\s+)?(?:pace|paces|paced|pacing|lead|leads|led|run|runs|ran|sweep|sweeps|swept|coach|coaches)\s+the\s+(?:sub[\s-]?)?\d{1,2}(?:[:.]\d{2})?(?:\s*(?:h|hr|hrs|hour|hours))?\s+(?:(?:pace|finish|finishing)\s+)?(?:group|bus|pack|squad|runners|wave)\b(?:\s+(?:at|in|for|of)\s+(?:the\s+|this\s+years\s+|our\s+|a\s+)?(?:[a-z]+\s+){0,3}?(?:marathon|half marathon|half|10k|5k|race|run|parkrun|triathlon|relay))?"#) { _, _ in
            Found().notNegatable
        }.needing(["group", "bus", "pack", "squad", "runners", "wave"]),
        // "$35 each or 2 for $60", "3 for £10", "two for 25 dollars": a price offer, no count or length
        Rule(#"(?:[$£€]\s?\d+(?:[.,]\d{1,2})?\s+(?:each|apiece|a piece|per (?:board|item|piece|one))\s+or\s+)?\b(?:\d{1,3}|two|three|four|five|ten)\s+for\s+(?:[$£€]\s?\d+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?\s*(?:dollars|bucks|pounds|quid|euros|usd|eur|gbp))\b"#) { _, _ in
            Found().notNegatable
        }.needing(["$", "£", "€", "dollars", "bucks", "pounds", "quid", "euros", "usd", "eur", "gbp"]),
        // "my aunt says that gets cropped", "my son thinks it looks weird": what someone says about how
        // things look, the reason for an ask beside it (a shape or setting said in it is read by the rules)
        Rule(#"(?:^|(?<=[,.;!?\x{01}]))\s*(?:(?:and|but|because|cause|cuz|since|as|so|plus|also)\s+)*(?:(?:my|our|his|her|their|the)\s+)?(?:"# + personNoun + #")\s+(?:(?:always|also|just|even|really)\s+)?(?:says?|said|thinks?|thought|reckons?|told me|tells me|warned me|warns)\s+(?:that\s+)?[^,.;!?\x{01}]*(?=\s*(?:$|[,.;!?\x{01}]))"#
             // (the person and "says" may be taken already: then what they say is read alone; the
             // last letter of the word and the space, `(?<=[sde] )`, tested first: ICU would otherwise
             // try the look-behind of the words at every position of the text)
             + #"|(?<=[sde] )(?<=\b(?:says|said|thinks|reckons|warned me|told me) )(?:that\s+)?[^,.;!?\x{01}]*(?=\s*(?:$|[,.;!?\x{01}]))"#
             // "(…says) that gets cropped", "it gets cut off": what happens to the shape, the reason for another
             + #"|(?:^|(?<=[,.;!?\x{01}]))\s*(?:that|it|this|which|they)\s+(?:always\s+|just\s+|sometimes\s+)?(?:gets?|got|is|are)\s+(?:cropped|cut off|chopped off|chopped|squashed|stretched)(?:\s+(?:there|on (?:there|it|instagram|insta|tiktok|facebook|her phone|my phone)))?(?=\s*(?:$|[,.;!?\x{01}]))"#) { m, p in
            let said = p.said(m.range).lowercased()
            guard !storySettingWord.occurs(in: said), !storyAskingWord.occurs(in: said), !platformHint.occurs(in: said) else { return nil }
            return Found().notNegatable
        }.needing(["say", "said", "think", "thought", "reckon", "told", "tells", "warn"]),
    ] + platformLimitAsides + [
        // 我们这次去云南玩了一个星期, 上个月去日本旅游了两周: where the trip went and how long, not the video's length
        Rule(#"(?:^|(?<=[,.;!?，。；！？\x{01}]))\s*(?:我们|我|咱们|全家|一家人|我和[\p{Han}]{1,4})?(?:这次|上次|上周|上个月|上个星期|今年|去年|前几天|前段时间|最近|刚刚|刚|暑假|寒假|国庆|春节|五一)?(?:一起)?(?:去|到|在)[\p{Han}a-z]{1,8}?(?:玩|旅游|旅行|度假|逛|出差|自驾|徒步)了?(?:\s*(?:\d+|[一二两三四五六七八九十几半]{1,3})\s*(?:个)?\s*(?:星期|礼拜|周|天|晚|月|年)(?:多)?)?(?=\s*(?:$|[,.;!?，。；！？\x{01}]))"#) { _, _ in
            Found().notNegatable
        }.needing(["去", "到", "在"]),
        // "the total doesn't matter", "any length is fine", 多长都行
        Rule(#"\b(?:the )?(?:total |overall |video )?(?:length|duration|total|time)\s+(?:doesnt|does not|dont|do not|wont|will not)\s+matter\b|\b(?:any|whatever) (?:length|duration)(?: is (?:fine|ok|okay)| works)?\b|\b(?:length|duration) is up to you\b|多长都(?:行|可以|无所谓)|时长(?:不限|随意|无所谓)|长度(?:不限|随意|无所谓)"#) { _, _ in
            Found().notNegatable
        },
        // "our choir director gets motion sick lol", "I get carsick", "motion sickness": a reason, never motion
        // ("the zooming makes my boss seasick" is left to the words before it, which it turns down)
        Rule(#"(?:(?:^|(?<=[,.;!?\x{01}]))\s*(?:(?:and|but|because|cause|cuz|since|as|lol|also|plus)\s+)*(?:(?:my|our|his|her|their|the|a|some)\s+)?(?:[a-z]+\s+){0,3}?(?:gets?|got|getting|is|are|was|were|feels?|felt|becomes?|can get)\s+(?:so\s+|really\s+|very\s+|a bit\s+|kinda\s+|super\s+|easily\s+)*)?(?<!makes me )(?<!make me )(?<!made me )(?<!makes us )(?<!make us )(?<!gives me )(?<!give me )(?<!gives us )(?<!give us )(?<!giving me )(?<!(?:makes|make|made|gives|give|gave) (?:my|our) [a-z]{1,12} )\b(?:motion|car|sea|travel)[- ]?sick(?:ness)?\b(?:\s+(?:lol|haha|tbh|easily|sometimes))*"#) { _, _ in
            Found().notNegatable
        }.needing(["sick"]),
        // "so it tells the story of the climb", "so it feels like a journey", "so it covers the whole
        // first-dance intro": what the choice is for
        Rule(#"\bso (?:that )?(?:it|the video|the whole thing|people|everyone|everybody|they|you|viewers?|the guests|the family)\s+(?:(?:can|will|would|could)\s+)?(?:tells?|shows?|follows?|feels? like|reads? like|makes? sense|flows?|follow along with|see how|get a sense of|remember|(covers?|spans?))\b[^,.;!?\x{01}]*(?=\s*(?:$|[,.;!?\x{01}]))"#) { m, p in
            let said = p.said(m.range).lowercased()
            // "so it covers the whole song" asks to fit the music; "so it covers the first-dance intro" explains a length
            if m[1] != nil, Pattern(#"\b(?:song|track|tune|audio|soundtrack)\b"#).occurs(in: said) { return nil }
            guard !Pattern(#"\d|\b(?:longer|shorter|faster|slower|vertical|horizontal|square|louder|quieter|zoom|zooms|zooming|music|title|transitions?|fades?|each photo|every photo|seconds?)\b"#).occurs(in: said) else { return nil }
            return Found().notNegatable
        }.needing(["so "]),
        // "keep photo 5 still, the zoom makes it blurry", "… the movement makes the sign hard to read": why that photo stays still, not a word against every zoom
        Rule(#"\b(?:the\s+|all\s+(?:the|that|this)\s+|that\s+|this\s+)?(?:zoom|zooms|zooming|motion|movement|ken burns|panning|pan)\s+(?:(?:just|really|always|kinda)\s+)?(?:makes?|made|making)\s+(?:the face|his face|her face|their faces|it|her|him|them|that one|the (?:sign|text|writing|name|names|logo|words|lettering|menu))\s+(?:look\s+)?(?:(?:so|really|kinda|a bit|super|all|too)\s+)?[a-z]+(?:\s+to\s+(?:read|see|make out|recognise|recognize|look at))?(?:\s+(?:lol|haha))?"#) { m, p in
            let before = (p.text as NSString).substring(to: m.range.location)
            guard photoNamed.occurs(in: before) else { return nil }
            return Found().notNegatable
        }.needing(["make", "made"]),
        // "cause dad hates most songs", "my wife can't stand pop music": why there is no music (and none when nothing else is said)
        Rule(#"\b(?:(?:cause|because|cuz|coz|since|as)\s+)?(?:(?:my|our|the|his|her)\s+)?(?:"# + personNoun + #"|they|i|we)\s+(?:really\s+|just\s+|honestly\s+)?(?:hates?|dislikes?|cant stand|cannot stand|doesnt like|dont like|does not like|do not like|isnt into|is not into|arent into|gets annoyed by|is sick of|are sick of)\s+(?:(?:most|all|any|the|modern|pop|new|background|loud|cheesy)\s+)*(?:songs|music|tunes|background music|pop)\b"#) { _, _ in
            Found(implied: [.noMusic]).notNegatable
        }.needing(["songs", "music", "tunes", "pop"]),
        // "my boss hates the fades", "the client can't stand all the zooming", "mum doesn't like titles":
        // why there are none (said beside another ask, the ask wins: "fade to black, my boss hates the crossfades")
        Rule(#"\b(?:(?:cause|because|cuz|coz|since|as)\s+)?(?:(?:my|our|the|his|her)\s+)?(?:"# + personNoun + #"|client|clients|customer|customers|they|i|we)\s+(?:really\s+|just\s+|honestly\s+)?(?:hates?|dislikes?|cant stand|cannot stand|doesnt like|dont like|does not like|do not like|isnt into|is not into|arent into|gets annoyed by|is sick of|are sick of)\s+(?:(?:the|all|all of the|those|these|any|fancy|cheesy|slow)\s+)*(transitions|fades|fade effects|crossfades|cross fades|dissolves|fading|zooms|zooming|zoom effects|ken burns|panning|motion|movement|titles?|captions?)\b"#) { m, _ in
            switch m[1] ?? "" {
            case "title", "titles", "caption", "captions": Found(implied: [.noTitle]).notNegatable
            case "zooms", "zooming", "zoom effects", "ken burns", "panning", "motion", "movement": Found(implied: [.motion(.off)]).notNegatable
            default: Found(implied: [.transition(.cut)]).notNegatable
            }
        }.needing(["hate", "dislike", "stand", "like", "into", "annoyed", "sick of"]),
        // "they're not great with phones", "grandma isn't good with computers": who watches, a reason
        Rule(#"(?:^|(?<=[,.;!?\x{01}])|(?<=\band )|(?<=\bbut )|(?<=\bso )|(?<=\bbecause ))\s*(?:(?:and|but|because|cause|cuz|since|as|so)\s+)*(?:(?:my|our|his|her|the)\s+)?(?:"# + personNoun + #"|they|theyre|we|were|i|im)\s*(?:are|is|am|re|s|m|arent|isnt)?\s+(?:(?:not|never|really|very|so|pretty|quite|super|too)\s+)*(?:great|good|bad|comfortable|familiar|confident|used|handy|savvy|techy|old)\s+(?:with|at|to|for)\s+(?:[a-z]+\s+){0,2}?[a-z]+(?=\s*(?:$|[,.;!?\x{01}]|\s(?:so|and|but)\s))"#) { m, p in
            let said = p.said(m.range).lowercased()
            guard !storySettingWord.occurs(in: said), !storyAskingWord.occurs(in: said) else { return nil }
            return Found().notNegatable
        }.needing(["great", "good", "bad", "comfortable", "familiar", "confident", "used", "handy", "savvy", "techy"]),
        // "I'm a real estate agent", "we're a small bakery", "hi! I'm a teacher": who is asking
        Rule(#"(?:^|(?<=[,.;!?\x{01}]))\s*(?:(?:hi|hello|hey|ok|okay|so|well|and|but|because|cause|since|as)\s+)*(?:im|i am|were|we are)\s+(?:just\s+)?(?:a|an)\s+(?:[a-z]+\s+){0,3}?[a-z]+(?=\s*(?:$|[,.;!?\x{01}]|\s(?:and|so|but|who|from|in|with)\s))"#) { m, p in
            // "a small bakery", "a little family shop": the size of the business, not of a title
            let said = Pattern(#"\b(?:small|little|big|tiny|new|young|local|family|short)\b"#).replacing(in: p.said(m.range).lowercased()) { _ in "" }
            guard !storySettingWord.occurs(in: said), !storyAskingWord.occurs(in: said), !platformHint.occurs(in: said) else { return nil }
            return Found().notNegatable
        }.needing(["im", "i am", "were", "we are"]),
        // "and want to show the new cakes", "we'd like to show off our garden": what the video is about
        Rule(#"\b(?:(?:and|so|i|we|just)\s+)*(?:want|wanna|wants|would like|d like|need|needs|hope|am hoping|are hoping|trying)\s+to\s+(?:show|showcase|show off|share|feature|highlight|celebrate|remember|announce|promote|advertise)\s+(?:off\s+)?(?:the|our|my|his|her|their|all the|all our|some of (?:the|our|my)|everyone|everybody|people|a|an)?\s*(?:[a-z]+\s+){0,3}?[a-z]+(?=\s*(?:$|[,.;!?\x{01}]|\s(?:and|so|but|because|to|for|with|in|on|at)\s))"#) { m, p in
            let said = p.said(m.range).lowercased()
            guard !storySettingWord.occurs(in: said), !platformHint.occurs(in: said) else { return nil }
            return Found().notNegatable
        }.needing(["to show", "to share", "to feature", "to highlight", "to celebrate", "to remember", "to announce", "to promote", "to advertise"]),
        // "I have a folder of pictures from the trip", "we've got a bunch of photos": what there is
        Rule(#"\b(?:i|we)\s+(?:have|ve got|got|ve|have got|took|shot)\s+(?:a|some|this|my|the|a whole|a big)\s+(?:folder|bunch|lot|ton|load|set|album|pile|heap|camera roll|roll)s?\s+of\s+(?:(?:[a-z]+)\s+)?(?:photos|pictures|pics|images|shots|snaps)\b"#) { _, _ in
            Found().notNegatable
        }.needing(["folder", "bunch", "lot", "ton", "load", "set", "album", "pile", "heap", "roll"]),
        // "half the folder is phone videos", "most of them are clips", "a few of the files are videos": what the files are
        Rule(#"\b(?:half|most|some|a few|a lot|lots|a couple|a bunch|part|all|one|\d{1,3})\s+(?:of\s+)?(?:the|my|these|those|them|this|our)?\s*(?:folder|files?|stuff|things|media|uploads?|ones)?\s+(?:is|are|was|were)\s+(?:just\s+|actually\s+|all\s+)?(?:(?:phone|iphone|short|little|camera|gopro)\s+)?(?:videos|video clips|clips|movies|footage)\b"#) { _, _ in
            Found().notNegatable
        }.needing(["videos", "clips", "movies", "footage"]),
    ] + stillReasonAsides + [
        // "the intro is boring", "the start of the song is too slow": why the music starts later
        Rule(#"\b(?:the\s+|its\s+|that\s+)?(?:intro|beginning|start|opening|first part|first bit)(?:\s+of\s+(?:the\s+|that\s+|this\s+|my\s+)?(?:song|track|music|tune))?\s+(?:is|s|was|gets|feels|sounds)\s+(?:(?:so|too|really|very|kinda|kind of|a bit|way too|super|just|pretty)\s+)*(?:boring|slow|dull|quiet|weird|annoying|meh|lame|long|draggy|empty|silent)\b"#) { _, _ in
            Found().notNegatable
        }.needing(["intro", "beginning", "start", "opening", "first"]),
        // "plz its blurry lol", "it's out of focus", "they're the same shot twice": why the photo named goes
        Rule(#"(?:^|(?<=[,.;!?\x{01}])|(?<=\b(?:plz|pls|please|bc|because|cuz|coz|since|as|cause) ))\s*(?:(?:plz|pls|please|bc|because|cuz|coz|since|as|cause|lol|haha|and)\s+)*(?:its|it is|it was|thats|that is|that one is|that ones|this one is|this ones|they are|theyre|they were)\s+(?:(?:so|too|really|very|kinda|kind of|a bit|a little|super|way too|totally|all|just|pretty)\s+)*(?:blurry|blurred|out of focus|dark|ugly|awful|terrible|bad|shaky|fuzzy|grainy|overexposed|underexposed|a duplicate|a dupe|a repeat|the same(?:\s+(?:shot|photo|picture|pic|image|one|thing))?(?:\s+twice)?|embarrassing|unflattering|sideways|crooked)\b(?:\s+(?:shots?|photos?|pictures?|pics?|images?|snaps?|ones?)\s+of\s+(?:(?!(?:so|and|but|then|please|pls|plz|can|could|make)\b)[^\s,.;!?\x{01}]+\s*){1,10})?(?:\s+(?:lol|haha|tbh|sorry|oops|lmao))*"#) { _, _ in
            Found().notNegatable
        },
        // "For the car club's final version I want 4K", "for the gym's cut we'd like it 60 fps": what
        // the settings said next are for, before the asking words (the settings are read by the rules)
        Rule(#"(?:^|(?<=[,.;!?\x{01}]))\s*for\s+(?:the|our|my|this|that|their|his|her)\s+((?:[a-z]+\s+){0,4}?[a-z]+)\s+(?:i|we|they|he|she)(?:\s*d)?(?:\s+(?:really|just|would|also))*\s+(?:want|wants|need|needs|like|prefer|wanna)\b(?:\s+(?:it|the video|the whole thing)\b)?(?=\s+[a-z0-9])"#) { m, p in
            guard let what = m[1], !storySettingWord.occurs(in: what) else { return nil }
            return Found().notNegatable
        }.needing(["for "]),
        // "make it a bit longer while you're at it", "and while you are at it, add fades": a polite
        // wrapper, no setting
        Rule(#"\b(?:(?:and|oh|also)\s+)*while\s+(?:you|u|ya)\s*(?:re|are|r)\s+at\s+it\b"#) { _, _ in
            Found().notNegatable
        }.needing(["at it"]),
        // "slow zoom in on every room", "zoom in slowly on each shot", "gently zoom into every shot": what the
        // motion said just before applies to, every photo (as the motion rules read it already)
        Rule(#"(?:\bon\s+|(?<=\binto\s))(?:every|each|all(?:\s+(?:of\s+)?the)?)\s+(?:single\s+)?(?:room|space|area|shot|photo|picture|pic|image|slide|one|house|listing)s?\b"#) { m, p in
            let before = (p.text as NSString).substring(to: m.range.location)
            guard Pattern(#"\b(?:zoom|zooms|zooming|pan|pans|panning|ken burns|motion|in|out|slowly|slow|gently)\s*$|\b(?:zoom|zooms|zooming|push|pushing)\s+(?:(?:slowly|gently|in)\s+)?into\s*$"#).occurs(in: before) else { return nil }
            return Found().notNegatable
        }.needing(["on ", "into "]),
        // "pan left across every photo, like a slow sweep of the valley", "zoom in, like a gentle drift over the
        // water": a picture of the motion just named, not the video's pace
        Rule(#"(?:^|(?<=[,;.!?]))\s*(?:(?:just|kind of|kinda|sort of)\s+)?like\s+(?:a|an)\s+(?:(?:slow|slowly|gentle|smooth|lazy|long|soft|steady|wide|sweeping|calm)\s+){0,2}(?:sweep|drift|glide|pan|scan|camera move|tracking shot)(?:\s+(?:of|over|across|along|around|through|down|up)\s+(?:the\s+|a\s+|my\s+|our\s+)?(?:[a-z]+\s+){0,2}?[a-z]+)?(?=\s*(?:$|[,.;!?]))"#) { m, p in
            let before = (p.text as NSString).substring(to: m.range.location)
            guard Pattern(#"\b(?:pan|pans|panning|zoom|zooms|zooming|ken burns|motion|push in|drift|drifts)\b"#).occurs(in: before) else { return nil }
            return Found().notNegatable
        }.needing(["like "]),
        // "I need a loop of production photos", "a short loop for the lobby": a looping video is a video
        Rule(#"\b(?:a|an|one)\s+(?:(?:short|quick|simple|little|continuous|endless|slideshow|photo|video)\s+)?loop\b(?!\s+(?:it|them|this|that|the|back|around|music|song|track|through))"#) { _, _ in
            Found().notNegatable
        }.needing(["loop"]),
        // "at intermission", "during halftime", "before pickup": when in the day it plays
        Rule(#"\b(?:at|during|before|after|over|for)\s+(?:the\s+)?(?:intermission|halftime|half time|recess|lunch|lunchtime|pickup|pick up|drop off|dropoff|coffee hour|happy hour|open house)\b"#) { _, _ in
            Found().notNegatable
        },
        // "coach Dana wants it on the team channel", "Mrs Lee asked for it": who asks, by title and name,
        // before where or what they want it (what follows is read by the rules)
        Rule(#"\b(?:coach|mr|mrs|ms|miss|dr|pastor|father|reverend|principal|captain|chief|sergeant|officer|professor|aunt|uncle|auntie|grandma|grandpa|nana)\s+[a-z]+\s+(?:wants|asked for|asks for|needs|prefers|would like|likes)\s+it\b(?=\s*(?:$|[a-z,.;!?\x{01}]))"#) { _, _ in
            Found().notNegatable
        },
        // "by friday", "before the weekend", "for tomorrow": when it is needed, not how long it runs (not
        // "for the tuesday night bowling league", who it is for)
        Rule(#"\b(?:by|before|for|until)\s+(?:this\s+|next\s+|the\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|tomorrow|weekend|end of (?:the\s+)?(?:day|week|month)|eod|noon|morning|afternoon|evening)\b(?:\s+(?:morning|afternoon|evening|night|at the latest))?(?!\s*(?:seconds?|secs?|minutes?|mins?))(?!\s+(?:[a-z]+\s+)?(?:league|club|class|classes|group|crew|team|service|market|game|show|meetup|meeting|session|ride|run|lesson|lessons|practice|choir|band|mass|trivia|quiz|regulars)\b)"#) { _, _ in
            Found().notNegatable
        },
        // 王教练要周五之前发到队里的群, 下周一前发到公众号: who wants it, by when and where it is posted
        Rule(#"(?:[\p{Han}]{1,2}(?:教练|老师|经理|老板|主任|校长|导演|客户|领导)(?:说)?(?:要|想要|希望|想)?)?(?:在)?(?:(?:下)?(?:周|星期|礼拜)[1-7一二三四五六日天]|明天|今晚|今天|月底|下周)(?:之前|以前|前)(?:发到|发在|放到|传到|发给)?(?:[\p{Han}]{0,6}?(?:群|频道|公众号|主页|官网|朋友圈))?|[\p{Han}]{1,2}(?:教练|老师|经理|老板|主任|校长|导演|客户|领导)(?:说)?(?:要|想要|希望|想)(?=发到|发在|放到|传到)"#) { _, _ in
            Found().notNegatable
        }.needing(["前", "教练", "老师", "经理", "老板", "主任", "校长", "导演", "客户", "领导"]),
        // "use the halftime show videos too", "include the drone clips as well": the clips are used by
        // default; said without a number, this asks for nothing more ("use the match clips too but max 4
        // seconds each" says how long they play, left to the clip rules)
        Rule(#"\b(?:use|include|add|put in|throw in|keep)\s+(?:the\s+|my\s+|our\s+|those\s+|these\s+|all\s+(?:the\s+)?)?((?:[a-z]+\s+){0,3}?)(?:videos|vids|clips|video clips|footage)\s+(?:too|as well|also)\b"#) { m, p in
            guard !storySettingWord.occurs(in: m[1] ?? "") else { return nil }
            guard !clipLengthAfter.occurs(in: (p.text as NSString).substring(from: m.range.location + m.range.length)) else { return nil }
            return Found().notNegatable
        }.needing(["too", "as well", "also"]),
        // "since most people read it on a laptop", "because our members watch it on their computers":
        // where people see it, given as the reason for a shape already asked for
        Rule(#"\b(?:since|because|cause|cuz|as|bc)\s+(?:(?:most|all|many|some)\s+(?:of\s+)?)?(?:people|everyone|everybody|folks|readers|viewers|parents|members|customers|subscribers|families|(?:our|my|the)\s+[a-z]+|they|we|most of them)\s+(?:[a-z]+\s+){0,2}?(?:read|reads|watch|watches|see|sees|view|views|open|opens|check|checks|get|gets)\s+(?:it|them|this|the\s+[a-z]+|our\s+[a-z]+)\s+(?:on|in)\s+(?:a|an|the|their|our|my)\s+(?:laptop|laptops|computer|computers|desktop|desktops|tablet|tablets|ipad|ipads|pc|pcs|email|inbox|browser)\b"#) { _, _ in
            Found().notNegatable
        },
    ]

    /// "end of year", "start of the season": when, not the end or the start of the video.
    static let timeOfYear = Pattern(#"\b(?:end|start|beginning|middle)\s+of\s+(?:the\s+|this\s+|next\s+|last\s+)?(?:school\s+)?(?:year|term|semester|season|month|week|summer|winter|spring|fall|autumn|day|night|decade|era)\b"#)

    /// A length said right after clips were named ("…, but max 4 seconds each", " no longer than 3 s"): how long they play.
    private static let clipLengthAfter = Pattern(#"^\s*,?\s*(?:(?:but|and|just|only|though)\s+)*(?:(?:no more than|not more than|no longer than|not longer than|max(?:imum)?|at most|up to|under|less than|like|about|around)\s+)?\d+(?:\.\d+)?\s*(?:s|sec|secs|seconds?)\b"#)

    /// Whether what a clause said about a photo ("blurry", "my favourite", 拍糊了) only explains:
    /// it names no setting and asks for nothing.
    static func onlyDescribes(_ predicate: NSRange, _ p: PromptText) -> Bool {
        guard predicate.location >= 0, predicate.location + predicate.length <= (p.text as NSString).length else { return false }
        // "the 7th picture is too long, shorten it": a complaint about that photo's time, which the
        // clause pointing back at it answers
        if lengthComplaint.occurs(in: (p.text as NSString).substring(with: predicate)) { return true }
        // 第二张太短了，给它5秒吧: the same complaint in Chinese
        if chineseLengthComplaint.occurs(in: (p.text as NSString).substring(with: predicate)) { return true }
        // "photo 6 is the summit shot, can it stay on a bit longer?": what the photo is, said with a photo noun
        if photoDescription.occurs(in: (p.text as NSString).substring(with: predicate)) { return true }
        // the user's own words: "the best one" is not the number 1; another photo named ("a
        // duplicate of the 4th") is part of the reason
        var said = otherPhoto.replacing(in: p.said(predicate).lowercased()) { _ in " " }
        // 第五张是第五窟的大佛: another thing's number (第五窟, 3号馆) and 大 of a big thing shown are names, no setting
        if said.contains("第") || said.contains("大") || said.contains("號") || said.contains("号") { said = chineseNamed.replacing(in: said) { _ in " " } }
        // "our youngest students (they're 6 and 8!)": ages are no setting
        if said.contains(where: \.isNumber) {
            said = agesAfter.replacing(in: personAge.replacing(in: said) { _ in "\u{1}" }) { _ in " " }
        }
        return !storySettingWord.occurs(in: said) && !storyAskingWord.occurs(in: said) && !chineseStorySettingWord.occurs(in: said)
    }

    /// A thing's own number or size word in Chinese, part of what a photo shows: 第五窟, 第3号馆, 5号楼, 大佛, 大合照.
    private static let chineseNamed = Pattern(#"第?\s*[\d一二三四五六七八九十百两]{1,4}\s*(?=窟|号|號|层|層|站|届|屆|名|期|排|组|組|关|關|区|區|栋|棟|座|馆|館|展厅|集|章|季|轮|輪|棒|局|代)|大(?=佛|象|熊猫|熊貓|桥|橋|树|樹|山|楼|樓|厦|廈|殿|门|門|雁塔|教堂|合照|合影|海|草原|峡谷|峽谷|瀑布|蛋糕|奖|獎|餐|排档|排檔|卫|衛|院|厅|廳)"#)

    /// An age taken out (as U+0001) and the ages listed after it ("they're 6 and 8").
    private static let agesAfter = Pattern(#"\x{1}(?:\s*(?:,|and|&|or)\s*\d{1,3}\b)*"#)

    private static let otherPhoto = Pattern(#"\b(?:the\s+)?(?:\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|last|other|next|previous)(?:\s+(?:one|photo|picture|pic|shot|image))?\b|\b(?:photo|picture|pic|shot|image)\s*#?\d{1,3}\b"#)

    /// The title named in the clause right before this one (标题只在第三张出现就行，…).
    private static let titleBefore = Pattern(#"(?:标题|字幕|\btitle\b)[^,.;!?，。；！？\x{01}]*[,.;!?，。；！？]\s*$"#)
    /// What a title may cover that is itself a setting (not a person or a thing in the photo).
    private static let coveredIsSetting = Pattern(#"标题|字幕|文字|音乐|歌|转场|过渡|照片|图片|视频|画面|\d"#)
}
