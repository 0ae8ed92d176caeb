import Foundation

/// The rules read last: what the video is of, the story around the request and the words said to
/// Reel on the way (``contentRules``).
extension PromptInterpreter {
    /// Read last: what the video is of ("a 30s short of our hike", "pics from my trip to Rome").
    /// The story around a request too: what was done ("we just got back from two weeks in
    /// portugal", "I picked the best ones"), what will be done with the video ("I can send to my
    /// family") and how many photos there are ("I have like a million photos"). These run last
    /// and never over words a rule took, so they only take what asks for nothing.
    static let contentRules: [Rule] = [
        // "cut it on the beat, darling,", "make it 30 seconds, mate", "make it vertical please babe": a
        // name of endearment or address said to Reel, a clause of its own or right after what was asked
        // (read last, so that the words a rule took before it end the ask)
        Rule(#"(?:^|(?<=[,.;!?\x{01}]))\s*(?:(?:please|pls|plz|thanks|thank you|thx|ty|ok|okay|oh)\s+)*(?:my\s+)?(?:darling|darlin|dear|dearie|honey|hun|hon|sweetie|sweetheart|sweety|babe|mate|buddy|bud|pal|dude|bro|bruh|bruv|fam|chief|boss|sir|maam|madam|love|luv|champ|friend)(?=\s*(?:$|[,.;!?\x{01}]))"#) { _, _ in
            Found().notNegatable
        }.needing(["darling", "darlin", "dear", "honey", "hun", "hon", "sweet", "babe", "mate", "bud", "pal", "dude", "bro", "bru", "fam", "chief", "boss", "sir", "maam", "madam", "love", "luv", "champ", "friend"]),
        // "babe make it a TikTok teaser", "hun can you make it square", "mate just cut it on the beat": a
        // name of endearment or address that opens the request, right before what is asked
        Rule(#"^\s*(?:(?:hey|hi|ok|okay|oh|so)\s+)*(?:my\s+)?(?:darling|darlin|dearie|honey|hun|hon|sweetie|sweetheart|sweety|babe|mate|buddy|bud|pal|dude|bro|bruh|bruv|fam|chief|boss|champ)(?=\s+(?:(?:just|pls|plz|please|quickly|real quick)\s+)*(?:make|can|could|would|will|put|add|set|turn|give|use|do|change|cut|keep|remove|take|drop|i need|i want|we need|we want|i d like|id like)\b)"#) { _, _ in
            Found().notNegatable
        }.needing(["darling", "darlin", "dearie", "honey", "hun", "hon", "sweet", "babe", "mate", "bud", "pal", "dude", "bro", "bru", "fam", "chief", "boss", "champ"]),
        // "for the projector in the museum lobby", "it's for our book club's end of year meeting", "for
        // my daughter's quinceañera": what or where the video is for, a whole clause naming no setting
        // ("for a presentation", with no one's event named, may hint a shape: reported); a name of a few
        // words before the possessive: "it's for Fast Eddie's Car Wash", "this is for Big Al's Towing's"
        Rule(#"(?:^|(?<=[,.;!?\x{01}]))\s*(?:(?:and|but|so|its|it is|this is|thats|that is|it will be|itll be|its going to be|its gonna be|it has to be|its all|mainly|mostly|just|only|all|ok|okay)\s+)*for\s+(?:the|my|our|his|her|their|this|that|next|(?:[a-z]+\s+){0,2}?[a-z]+s)\s+[^,.;!?\x{01}]*(?=\s*(?:$|[,.;!?\x{01}]))"#) { m, p in
            let said = groupNumber.replacing(in: timeOfYear.replacing(in: reasonTime.replacing(in: (p.text as NSString).substring(with: m.range)) { _ in " " }) { _ in " " }) { _ in " " }
            guard reasonBlocked(said) else { return Found().notNegatable }
            // "this is for Big Al's Towing's Facebook Reels": "big" is part of a name
            let unnamed = withoutNames(said, typed: p.said(m.range))
            return unnamed != said && !reasonBlocked(unnamed) ? Found().notNegatable : nil
        }.needing(["for "]),
        // "I picked the best ones", "we went to Rome": a past-tense clause tells, it does not ask
        Rule(#"\b(?:i|we|they|he|she)(?: (?:just|already|finally|recently|all|also|only))? (?:picked|chose|selected|took|shot|snapped|went|came|spent|had|visited|celebrated|adopted|bought|found|finished|returned|flew|drove|hiked|stayed|got back|were|was|changed|decided|realised|realized|noticed|forgot)\b[^,.;!?\x{01}]*?(?=\s*(?:$|[,.;!?\x{01}]|\b(?:and|but|so|can|could|would|please|make)\b))"#) { _, _ in
            Found().notNegatable
        },
        // "Just wrapped a full ceramic coating on a black 2019 Model 3", "just finished a full detail on a 2021 F-150",
        // "Finally done with a kitchen remodel": a job just done, said without who did it, opening the request; the
        // car's year and its model number are part of the story (any other number or setting word is read as asked)
        Rule(#"\b(?:just|finally|recently)\s+(?:wrapped|finished|completed|did|done|delivered|installed|restored|detailed|coated|painted|built|fitted)(?:\s+(?:up|with|off))?\s+(?:a|an|the|another|our|my|this|that)\s+[^,.;!?\x{01}]*?(?=\s*(?:$|[,.;!?\x{01}]))"#) { m, p in
            let before = (p.text as NSString).substring(to: m.range.location)
            guard before.trimmingCharacters(in: .whitespaces).isEmpty || before.hasSuffix("\u{01}") || before.trimmingCharacters(in: .whitespaces).last.map({ ".!?;".contains($0) }) == true else { return nil }
            let said = carModel.replacing(in: m.text) { _ in " " }
            return storySettingWord.occurs(in: said) ? nil : Found().notNegatable
        }.needing(["just", "finally", "recently"]),
        // "I have like a million photos", "we took hundreds of pictures"
        Rule(#"\b(?:i|we) (?:have|got|took|shot|snapped|ve got|have got)(?: (?:like|about|around|over|almost|nearly|maybe|literally|probably))? (?:\d+|a million|a ton of|tons of|loads of|hundreds of|thousands of|so many|too many|a lot of|lots of|a bunch of) (?:photos|pictures|pics|images|shots|snaps)\b"#) { _, _ in
            Found().notNegatable
        },
        // "something I can send to my family", "so we can share it with friends"
        Rule(#"\b(?:i|we|you|they) (?:can|could|will|ll|would|might|want to|wanna|d like to|would like to|plan to|am going to|are going to|gonna) (?:send|show|share|post|give|play|watch)\b(?: (?:it|this|that|them))?(?: (?:to|with|for|at|on|in) (?:the |my |our |all my |all our |his |her )?[a-z]+(?: (?:chat|group|friends|family))?)?"#) { _, _ in
            Found().notNegatable
        },
        // "can the title sit over just the first 2 photos? It's covering the buttonholes in photo 3", "it
        // hides the logo on the last one": the title, named before and called "it", said to cover something
        // in a photo; the reason for its span or place
        Rule(#"\bit(?:'?s|\s+is)?\s+(?:(?:kind of|kinda|totally|completely|partly|always|still)\s+)*(?:covers|covering|hides|hiding|blocks|blocking|obscures|obscuring)\s+(?:(?:the|my|our|his|her|their|all the)\s+)?(?:[a-z']+\s+){0,2}?[a-z]+(?:\s+(?:in|on)\s+(?:(?:photo|picture|pic|image|shot|slide)\s+\d{1,2}|the\s+(?:first|second|third|last|1st|2nd|3rd)\s+(?:one|photo|picture|pic|image|shot|slide)))?(?=\s*(?:$|[,.;!?\x{01}]))"#) { m, p in
            let before = (p.text as NSString).substring(to: m.range.location)
            return before.contains("title") || before.contains("caption") ? Found().notNegatable : nil
        }.needing(["cover", "hid", "block", "obscur"]),
        // "it's covering my wife's face", "my eyes are closed in it", "so it feels like a movie",
        // "that's where the chorus kicks in": a whole clause that says why, about the people or the
        // photos, and names no setting. A clause that names one ("it's too long", "the song is too
        // loud") is left to the other rules, or reported.
        Rule(#"(?:^|(?<=[,.;!?\x{01}]))\s*(?:(?:lol|haha|hahaha|lmao|omg|ugh|tbh|because|since|cause|cuz|coz|as|so|and|please|pls|plz|thx|thanks|ty)\s+)*(?:it's|its|it is|it was|it|that's|thats|that is|that was|this one's|this one is|this is|this was|they're|theyre|they are|they|my|our|his|her|their|we're|we|i'm|im|i am|i|he's|hes|he|she's|shes|she|grandma|grandpa|mom|mum|dad|the kids|everyone|everybody)\b[^,.;!?\x{01}]*(?=\s*(?:$|[,.;!?\x{01}]))"#) { m, p in
            // "… and nobody stands there long": how long people stay is no length of the video
            // "no music pls its 4 a client": the "please" closes the ask before, it asks nothing here
            var said = leadingPlease.replacing(in: withoutPeopleHabits(p.said(m.range).lowercased())) { _ in "" }
            // "I am 78 and new to computers", "she's 5 now": an age is no setting
            said = personAge.replacing(in: said) { _ in " " }
            // "so half of these are shot from below": "shot" as the verb is no photo named
            said = shotAsVerb.replacing(in: said) { _ in " " }
            // "its 4 a client": a "4" the text reads as "for" is no number
            if !(p.text as NSString).substring(with: m.range).contains(where: \.isNumber) { said = fourAsFor.replacing(in: said) { _ in "for" } }
            guard !storySettingWord.occurs(in: said), !storyAskingWord.occurs(in: said) else { return nil }
            return Found().notNegatable
        },
        // 拍糊了, 妈妈想看清楚一点, 前面太安静了, 拍到路人的脸了: a Chinese clause that says why and names no setting
        Rule(#"(?:^|(?<=[,.;!?，。；！？\x{01}]))[^,.;!?，。；！？\x{01}a-z0-9]{2,16}(?=\s*(?:$|[,.;!?，。；！？\x{01}]))"#) { m, p in
            // 大合照很多, 阿嬤要慢慢看: words that hold a setting's character but name people or things
            let said = chineseStoryNeutral.replacing(in: p.said(m.range)) { _ in "" }
            guard !chineseStorySettingWord.occurs(in: said), !chineseLookAsked.occurs(in: said) else { return nil }
            return Found().notNegatable
        },
        // 扇贝那两张拍糊了, 这几张太暗了, 那两张蛤蜊拍糊了: photos just named, called by what they show or
        // by "those", and what is wrong with them (the reason for a removal, not a change of its own);
        // 跟第九张重复了: the photo it repeats; 那两张拍到游客的脸了: someone's face caught in them (no face to aim at);
        // 那两张拍得有点暗, 那两张有人摔倒了: how they came out, what someone in them did; 新娘話自己喺嗰兩張唔靚
        // (Cantonese, as 新娘话自己在那两张不靓): who looks bad in them
        Rule(#"(?:^|(?<=[,.;!?，。；！？\x{01}]))\s*(?:因为|因為)?(?:[\p{Han}]{0,6}?(?:那|这|這)\s*(?:两|几|三|四|2|3|4)?\s*张(?:照片|图片|相片)?[\p{Han}]{0,4}?|(?:跟|和|与|與)\s*(?:第\s*\d{1,3}|最后\s*1?|前面\s*(?:那|这)?\s*1?)\s*张(?:照片|图片|相片)?)\s*(?:都|也|全|全都|真的|实在)?(?:拍)?(?:(?:得|的)?(?:有点|有些|有一点|太|很|比较|特别|好)(?:暗|黑|亮|糊|模糊|虚|歪|丑)|有人\p{Han}{1,4}?|糊|模糊|太暗|太黑|太亮|过曝|歪|闭眼|不靓|不好看|不上镜|难看|样子丑|重复|一样|太像|差不多|不清楚|没对焦|虚|(?:拍到|拍进|拍进去|露出|露了|看得到|看得见|能看到|能看见|有)(?:了)?\p{Han}{0,5}?(?:的)?(?:脸|正脸|侧脸))[了的啦]*(?=\s*(?:$|[,.;!?，。；！？\x{01}]))"#) { _, _ in
            Found().notNegatable
        }.needing(["张"]),
        // "it's the group shot", "that's my favourite photo", "this one is the best pic of us": which
        // photo it is, said to explain a move or a length (an ordinal is a photo reference: not here)
        Rule(#"(?:^|(?<=[,.;!?\x{01}]))\s*(?:(?:lol|haha|and|but|because|cause|cuz|as|since)\s+)*(?:its|it is|thats|that is|this is|this ones|this one is|that ones|that one is|theyre|they are)\s+(?:the|my|our|a|his|her|their|everyones|the only)\s+(?:(?!(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|next|previous|other)\b)[a-z]+\s+){0,3}(?:shot|shots|photo|photos|pic|pics|picture|pictures|image|one|ones|selfie|portrait|snap)\b(?:\s+(?:of|with|from|where|in|at|on)\s+[^,.;!?\x{01}\d]*?)?(?=\s*(?:$|[,.;!?\x{01}])|\s+(?:and|so|but)\s+(?:(?:the|that|this|it|its|all)\b|\x{01}))"#) { _, _ in
            Found().notNegatable
        }.needing(["shot", "photo", "pic", "image", "one", "selfie", "portrait", "snap"]),
        // "the videos are too shaky", "my clips from the bus are way too shaky": how the footage looks, the reason for a choice
        Rule(#"(?:^|(?<=[,.;!?\x{01}]))\s*(?:(?:because|cause|cuz|as|since|and|but|lol)\s+)*(?:the\s+|my\s+|our\s+|some\s+of\s+the\s+|most\s+of\s+the\s+|a\s+lot\s+of\s+the\s+|all\s+the\s+|those\s+|these\s+)?(?:videos?|video clips?|clips?|footage|photos?|pictures?|pics|images?|shots?)(?:\s+(?:from|of|at|on|in|during)\s+(?:the\s+|my\s+|our\s+|that\s+|this\s+)?[a-z]+)?\s+(?:are|is|look|looks|were|was|came out|come out|turned out|seem|seems|feel|feels)\s+(?:(?:too|so|really|very|kinda|kind of|a bit|a little|super|pretty|quite|all|way|mostly)\s+)*(?:shaky|blurry|blurred|dark|grainy|noisy|wobbly|out of focus|pixelated|low quality|bad|ugly|boring|meh|rubbish|terrible|awful|crap|jumpy|shaking)\b(?:\s+(?:anyway|tbh|honestly|lol))?(?=\s*(?:$|[,.;!?\x{01}]))"#) { _, _ in
            Found().notNegatable
        },
        // 最后一张是我们回家那天, 第3张是大合照: which photo it is, said to explain; 那张是全场8折的海报: with a discount
        // or a price in what it shows
        Rule(#"(?:^|(?<=[,.;!?，。；！？\x{01}]))\s*(?:因为|因為)?(?:这|那|這|最后\s*(?:1|一)|最後\s*(?:1|一)|第\s*\d+)\s*张(?:照片|图片)?(?:是|就是|拍的是)(?:[^,.;!?，。；！？\x{01}\d]|\d{1,4}(?:\.\d)?\s?(?:折|元|块钱|块)){1,16}(?=\s*(?:$|[,.;!?，。；！？\x{01}]))"#) { _, _ in
            Found().notNegatable
        }.needing(["张"]),
        // 那是我写得最好的一幅字, 这是我们第一次出国: what the photo just edited shows, said with 那是/这是
        // (a "1" only as "a", before a measure word or 次); 那是奶奶最后一张照片: the last photo of someone's life
        Rule(#"(?:^|(?<=[,.;!?，。；！？\x{01}]))\s*(?:因为|因為)?(?:那|这|這)(?:就)?是(?:[^,.;!?，。；！？\x{01}\da-z]|1(?=[幅个只件位条次])|(?<=最后|最後)1(?=张))+?(?=\s*(?:$|[,.;!?，。；！？\x{01}]))"#) { m, p in
            guard m.range.length <= 20, chinesePhotoNamed.occurs(in: (p.text as NSString).substring(to: m.range.location)) else { return nil }
            return chinesePhotoIsSetting.occurs(in: (p.text as NSString).substring(with: m.range)) ? nil : Found().notNegatable
        }.needing(["是"]),
        // "nothing too crazy with the transitions": a wish for the usual
        Rule(#"\bnothing (?:too |very |overly |super )?(?:crazy|wild|fancy|flashy|complicated|busy|over the top|dramatic|extreme|much)(?: with (?:the )?[a-z]+)?\b"#) { _, _ in
            Found().notNegatable
        },
        // "from these beach photos", "of the wedding pictures"; not an order ("with the oldest photos first")
        Rule(#"\b(?:of|from|with)\s+(?:these|those|the|all (?:these|the|my|our)|my|our)\s+(?!(?:oldest|earliest|newest|latest|most recent)\s)(?:[a-z]+\s+){1,2}(?:photos|pictures|pics|images|shots|snaps)\b"#) { _, _ in
            Found().notNegatable
        },
        // "of today's grooms", "of fluffy's makeover": whose or when, said with an apostrophe
        Rule(#"\b(?:of|from|about|during|at|for|on)\s+(?:(?:the|my|our|his|her|their)\s+)?(?:[a-z]+\s+)?[a-z]+s\s+[a-z]+(?:\s+(?:to|in|at|with|and)?\s*[a-z]+){0,2}(?=\s*(?:$|[,.;!?]|\band\b|\bwith\b|\bbut\b|\bfor\b|\bon\b|\bin\b))"#) { m, p in
            let said = p.said(m.range).lowercased()
            guard said.contains("'s") || said.contains("’s"), !storySettingWord.occurs(in: said), !storyAskingWord.occurs(in: said) else { return nil }
            return Found().notNegatable
        },
        // "its a hype video for the team before saturdays match", "this is a slideshow for grandma's
        // 90th": what the video is for, naming no setting besides the video itself
        Rule(#"(?:^|(?<=[,.;!?\x{01}]))\s*(?:(?:and|but|so|because|cause|since|as)\s+)?(?:its|it is|this is|thats|that is|it will be|itll be|its going to be|its gonna be)\s+(?:a|an|for a|for an|for the|for my|for our|just a|just for)\s+[^,.;!?\x{01}]*?\b(?:video|vid|clip|slideshow|slide show|montage|reel|movie|edit|recap|compilation|tribute)\b[^,.;!?\x{01}]*(?=\s*(?:$|[,.;!?\x{01}]))"#) { m, p in
            let said = videoNoun.replacing(in: p.said(m.range).lowercased()) { _ in " " }
            guard !storySettingWord.occurs(in: said), !storyAskingWord.occurs(in: said), !platformHint.occurs(in: said) else { return nil }
            return Found().notNegatable
        }.needing(["it", "this", "that"]),
        // "make photo 3 longer, the one from Ha Long Bay", "get rid of photo 3 and photo 8, both blurry":
        // which photos the clause before named, or why, said after it
        Rule(#"(?:^|(?<=[,;:\x{01}]))\s*(?:(?:and|but|cause|because|since|as|theyre|they are|theyre both|they are both|its|it is|both|all|each|which are|which is)\s+)*(?:(?:the|that|this|those)\s+ones?\s+(?:from|with|of|in|at|on|where|when|that|which|taken|shot|showing|by|near)\b[^,.;!?\x{01}]*|(?:(?:both|all|each)\s+(?:of\s+them\s+)?)?(?:(?:are|were|look|came out|is|looks)\s+)?(?:(?:a bit|kind of|kinda|so|really|super|way too|too|totally|completely|pretty|very)\s+)*(?:blurry|blurred|dark|too dark|out of focus|bad|ugly|duplicates?|the same|similar|boring|overexposed|underexposed|shaky|grainy|fuzzy|crooked|(?:my\s+)?favou?rites?|cute|gorgeous|great|nice)\b(?:\s+(?:ones?|shots?|lol|haha|anyway))?)(?=\s*(?:$|[,.;!?\x{01}]))"#) { m, p in
            let said = p.said(m.range).lowercased()
            guard !storyAskingWord.occurs(in: said), !Pattern(#"\d|\b(?:music|song|title|transitions?|zoom|pan|vertical|square|seconds?|longer|shorter)\b"#).occurs(in: said) else { return nil }
            // the clause just before named photos by number
            let before = (p.text as NSString).substring(to: m.range.location)
            guard let cut = before.range(of: #"[^,.;!?:\x{01}]*[,;:]\s*$"#, options: .regularExpression),
                  photoNamed.occurs(in: String(before[cut.lowerBound...])) || photosNamed.occurs(in: String(before[cut.lowerBound...])) else { return nil }
            return Found().notNegatable
        },
        // "the last one where she's asleep", "the photo where we're all laughing": which photo, described
        Rule(#"\bwhere\s+(?:shes|hes|theyre|were|im|youre|its|she|he|they|we|i|you|it|everyone|everybody|(?:the|my|our|his|her|their)\s+[a-z]+)\b[^,.;!?\x{01}]*(?=\s*(?:$|[,.;!?\x{01}]))"#) { m, p in
            let said = p.said(m.range).lowercased()
            guard !storySettingWord.occurs(in: said), !storyAskingWord.occurs(in: said) else { return nil }
            return Found().notNegatable
        }.needing(["where"]),
        // "the sign gets cut off", "the 8 rowers keep getting cut off in the wide shots" (the count perhaps taken
        // already as a story number, with its noun), "my face is cropped", "the cake is half hidden": what goes wrong in a
        // photo, the reason for a choice said beside it
        Rule(#"(?:^|(?<=[,.;!?\x{01}]))\s*(?:(?:because|cause|cuz|as|since|and|but|lol|coz)\s+)*(?:(?:the|my|our|his|her|their|its|this|that)\s+(?:\d{1,3}\s+)?[a-z]+(?:\s+[a-z]+)?|(?<=\x{01}))\s+(?:gets|get|got|is|are|was|were|keeps getting|keep getting|kept getting|ends up|end up)\s+(?:(?:always|still|kind of|kinda|a bit|partly|partially|half|all|totally|completely)\s+)*(?:cut off|chopped off|cropped(?: out)?|hidden|covered|blurry|blurred|out of focus|lost|out of frame|out of shot)\b[^,.;!?\x{01}]*(?=\s*(?:$|[,.;!?\x{01}]))"#) { m, p in
            // "the 8 rowers keep getting cut off in the wide shots": photos taken wide, no shape
            let said = wideShots.replacing(in: p.said(m.range).lowercased()) { _ in " " }
            guard !storySettingWord.occurs(in: said), !storyAskingWord.occurs(in: said) else { return nil }
            return Found().notNegatable
        },
        // "For the lobby screen loop: dip to black …": a colon after it opens the list of what is
        // asked, when the words before it name no setting ("for the title: Summer" is a title)
        Rule(#"\b(?:of|from|about|during|at|for|on)\s+(?:my|our|his|her|their|the kids|mys?|grandmas?|grandpas?|moms?|dads?|the|this|last|that)\s+[a-z]+(?:\s+(?:to|in|at|with|and)?\s*[a-z]+){0,2}(?=\s*(?:$|[,.;!?\x{01}]|\band\b|\bwith\b|\bbut\b)|\s*:(?!\d))"#) { m, p in
            let after = (p.text as NSString).substring(from: m.range.location + m.range.length)
            if after.trimmingCharacters(in: .whitespaces).hasPrefix(":"), storySettingWord.occurs(in: m.text) { return nil }
            return Found().notNegatable
        },
        // "a before/after slideshow of a furnace job", "a video about our new bakery": what the video
        // shows, right after the word for the video, when it names no setting ("a video of the first 5
        // photos" is read by the rules)
        Rule(#"\b(?:of|from|about)\s+(?:a|an|the|our|my|this|that|his|her|their)\s+((?:[a-z]+\s+){0,4}?[a-z]+)(?=\s*(?:$|[,.;!?\x{01}])|\s+(?:for|to|with|so|and|that|in|on|at|from|please)\b)"#) { m, p in
            let before = (p.text as NSString).substring(to: m.range.location)
            guard let what = m[1], !storySettingWord.occurs(in: what) else { return nil }
            guard videoNounBefore.occurs(in: String(before.suffix(20))) else { return nil }
            return Found().notNegatable
        }.needing(["of ", "from ", "about "]),
    ]

    /// A name said with a possessive, its words capitalised as typed: "Big Al's", "Big Al's Towing's",
    /// "Fast Eddie's", "Top Dog's".
    static let possessiveName = Pattern(#"(?-i)\b(?:[A-Z][A-Za-z]*\s+){0,3}[A-Z][A-Za-z]*['’]s\b(?:\s+[A-Z][A-Za-z]*['’]s\b)*"#)

    /// `said` (normalised) without the words of the possessive names in `typed` (the same words as
    /// the user typed them): "for big als towings" → "for       " when "Big Al's Towing's" was typed.
    static func withoutNames(_ said: String, typed: String) -> String {
        guard typed.contains("'s") || typed.contains("’s") else { return said }
        var out = said
        for name in possessiveName.matches(in: typed) {
            for word in name.text.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "’" }) {
                let bare = word.filter(\.isLetter)
                let stem = word.hasSuffix("'s") || word.hasSuffix("’s") ? String(word.dropLast(2)) : bare
                out = out.replacingOccurrences(of: #"\b(?:\#(bare)|\#(stem))\b"#, with: " ", options: .regularExpression)
            }
        }
        return out
    }

    /// "shot" said as the verb of how photos were taken: "these are shot from below", "they were all
    /// shot on film", "it was shot at dusk".
    static let shotAsVerb = Pattern(#"\b(?:are|were|was|is|been|being|got|get)\s+(?:all\s+|mostly\s+|both\s+)?shot\b"#)

    /// "2019", "Model 3", "F-150": a car's year or its model, said in the story of a job done on it.
    private static let carModel = Pattern(#"\b(?:19|20)\d{2}\b|\bmodel\s+[a-z0-9]{1,3}\b|\b[a-z]{1,3}-\d{2,4}\b"#)

    /// "the wide shots", "the wide-angle photos": photos taken wide, not the shape of the video.
    private static let wideShots = Pattern(#"\bwide\s?-?\s?(?:angle\s+)?(?:shots?|photos?|pictures?|pics?|images?|ones)\b"#)
}
