import Foundation

/// Reasons, asides and stories said around a request that change nothing: how someone feels
/// ("they make me dizzy"), what happened ("Biscuit got adopted yesterday"), who watches and
/// how ("people just scroll past", "so grandma can follow along"), what the video is
/// ("backpacking portugal", "pitch deck teaser"), a thank-you ("u r the best").
///
/// Each rule reads a whole class of clause, and takes it only when the clause names no
/// setting and asks for nothing (``storySettingWord``, ``storyAskingWord``, ``platformHint``,
/// ``reasonStyleWord``, and no cloud rule reads it): a clause with a setting word or an ask is
/// left to the rules that read it. Read right after ``asideRules``.
extension PromptInterpreter {
    /// Read right after the asides: clauses that only explain, taken so they are neither read
    /// as settings nor reported as not understood.
    static let reasonRules: [Rule] = [
        // "the pieces priced over 5000 yuan need to stand out so (put photo 9 first)", "the cake has to
        // catch the eye": why an edit is asked for, what something should do for the viewer
        Rule(#"\b(?:(?:needs?|has|have|must|should|ought)\s+to|must|should)\s+(?:really\s+|definitely\s+|totally\s+)?(?:stand out|be seen|get noticed|be noticed|catch the eye|catch peoples eye|grab attention|get attention)\b(?:\s+(?:more|a bit more))?(?:\s+so(?=\s))?"#) { _, _ in
            Found().notNegatable
        }.needing(["stand out", "be seen", "noticed", "eye", "attention"]),
        // "u r the best!!", "you're a lifesaver", "you rock": a thank-you around the request
        Rule(#"\b(?:(?:you|u|ya)\s+(?:r|are|re)|youre|ur|you)\s+(?:(?:so|truly|literally|honestly|actually|just|really)\s+)?(?:the best|the greatest|the goat|the man|amazing|awesome|a star|a legend|a lifesaver|a life saver|a genius|a gem|a hero|brilliant|wonderful|incredible|fantastic|great|so helpful|the bomb)\b|\b(?:you|u)\s+(?:rock|rule)\b"#) { _, _ in
            Found().notNegatable
        },
        // "The sisters like to linger over the roses.", "grandpa always loves lingering on the boats": how
        // someone else watches, the reason for a length asked beside it ("linger" is spelt "longer" here)
        Rule(#"(?:^|(?<=[,.;!?\x{01}]))\s*(?:(?:and|but|because|since|as|cause|cos|coz)\s+)?(?:the\s+|my\s+|our\s+|his\s+|her\s+|their\s+)?(?!(?:i|we|you|u|id|wed|youd|please|pls|plz|just|can|could|would|let|make|it|its)\b)[a-z]+(?:\s+(?!(?:like|likes|love|loves|always|really)\b)[a-z]+)?\s+(?:(?:really|always|usually|all|both|just|tend to|tends to)\s+)*(?:like|likes|love|loves|enjoy|enjoys|want|wants)\s+(?:to\s+)?(?:longer|linger|lingering)\s+(?:over|on|at|by|around|in front of)\b[^,.;!?\x{01}]*"#) { _, _ in
            Found().notNegatable
        }.needing(["longer", "linger"]),
        // "so sorry to bother you again", "apologies for bugging you", "sorry for the long message",
        // "apologies for the length of this message",
        // 不好意思又来麻烦你, 不好意思消息有点长, 不好意思写了这么多: an apology around the request, which asks for nothing itself
        Rule(#"(?:^|(?<=[,.;!?，。；！？\x{01}]))\s*(?:(?:oh|and|but|hi|hey|hello|ok|okay)\s+)*(?:(?:so|really|very|terribly|super|truly|awfully)\s+)?(?:sorry|apologies|i apologi[sz]e)\s+(?:(?:to|for|about)\s+(?:bother(?:ing)?|trouble|troubling|bug(?:ging)?|pester(?:ing)?|spam(?:ming)?|annoy(?:ing)?)\s+(?:you|u|ya)(?:\s+(?:again|once more|with (?:this|another one|all this)|so much|like this))*|(?:for|about)\s+(?:the|this|my|such a)\s+(?:(?:long|lengthy|rambling|late|last[- ]minute|essay of a)\s+)+(?:message|text|email|note|request|ask|novel|essay)|(?:for|about)\s+the\s+length\s+of\s+(?:this|my|the)\s+(?:message|text|email|note|request))(?=\s*(?:$|[,.;!?，。；！？\x{01}]))|(?:^|(?<=[,.;!?，。；！？\x{01}]))\s*(?:不好意思|抱歉|对不起|對不起|打扰了|打擾了)[，,]?\s*(?:(?:又|再)?(?:来|來)?(?:麻烦|麻煩|打扰|打擾)(?:你|您)(?:了|一下)?|(?:消息|信息|留言|字|话|話)(?:有点|有些|太|比较|这么|那么)?(?:长|長|多)了?|我?(?:写|寫|说|說|打|讲|講)了?(?:这么|這麼|那么|那麼|好|很)(?:多|长|長)(?:字|话|話)?)(?=\s*(?:$|[,.;!?，。；！？\x{01}]))"#) { _, _ in
            Found().notNegatable
        }.needing(["sorry", "apolog", "不好意思", "抱歉", "对不起", "對不起", "打扰", "打擾"]),
        // "so please bear with me", "can you believe it", "believe it or not", "hope that makes sense", "I hope you
        // don't mind a long message", "forgive the long email": a
        // plea for patience or an exclamation said between the asks, which asks for nothing itself
        Rule(#"(?:^|(?<=[,.;:!?()\x{01}]))\s*(?:(?:so|and|but|oh|ok|okay|well)\s+)*(?:(?:please|pls|plz)\s+)?(?:bear with (?:me|us)(?:\s+(?:here|please|a (?:bit|little|moment|sec|second)))?|(?:can|could|would)\s+(?:you|u|ya)\s+(?:even\s+)?believe\s+(?:it|that|this)|believe it or not|(?:i\s+)?hope\s+(?:that|this|it)\s+makes\s+sense|if\s+(?:that|this|it)\s+makes\s+(?:any\s+)?sense|(?:i\s+)?hope\s+(?:you|u|ya)\s+(?:dont|do not|wont|will not)\s+mind\s+(?:(?:a|the|my|such a|this)\s+(?:(?:long|lengthy|rambling|longish|bit of a)\s+)*(?:message|text|email|note|essay|ramble|novel)|me\s+(?:asking|rambling|writing so much)|(?:all\s+)?(?:the|this|my)\s+(?:detail|details|rambling|length))|(?:please\s+)?(?:forgive|excuse|pardon)\s+(?:the|my|this)\s+(?:(?:long|lengthy|rambling)\s+)+(?:message|text|email|note))(?:\s+(?:please|pls|lol|haha))?(?=\s*(?:$|[,.;:!?()\x{01}]))"#) { _, _ in
            Found().notNegatable
        }.needing(["bear with", "believe", "makes sense", "makes any sense", "mind", "forgive", "excuse", "pardon"]),
        // "(maybe on the bulletin screen) if Pastor Dave lets me", "if the venue allows it", "if my boss says
        // it's ok": whose leave a place to show the video depends on, no ask
        Rule(#"\bif\s+(?:(?:the|my|our|his|her|their)\s+)?(?:[a-z]+\s+){0,2}?(?:lets|let)\s+(?:me|us|them|her|him)(?:\s+(?:show|play|use|run|put up|do)\s+(?:it|that|this))?(?=\s*(?:$|[,.;!?)\x{01}]))|\bif\s+(?:(?:the|my|our|his|her|their)\s+)?(?:[a-z]+\s+){0,2}?(?:allows it|allow it|agrees|agree|approves(?:\s+it)?|says (?:its|it s|it is) (?:ok|okay|fine)|says (?:yes|ok|okay)|is (?:ok|okay|fine) with it|okays it)(?=\s*(?:$|[,.;!?)\x{01}]))"#) { m, _ in
            storySettingWord.occurs(in: m.text) ? nil : Found().notNegatable
        }.needing(["let", "allow", "agree", "approve", "says", "ok"]),
        // "This clip goes into my talk on the vertical migration of zooplankton", "the video is for my lecture
        // about coral", "it'll go in our newsletter": where the video will be shown and what that is about
        // (a setting named in the topic is left to the rules)
        Rule(#"(?:^|(?<=[,.;!?\x{01}]))\s*(?:(?:so|and|but|ok|okay|fyi)\s+)*(?:(?:this|the|my|our)\s+(?:clip|video|vid|slideshow|reel|one|montage)|it|this)\s+(?:goes|is going|will go|ll go|will be|ll be|is|gets played|will be played|will be shown|ll be shown)\s+(?:into|in|for|at|during)\s+(?:my|our|a|the|his|her|their|an)\s+(?:[a-z]+\s+){0,2}?(?:talk|presentation|lecture|deck|keynote|seminar|webinar|lesson|pitch|sermon|newsletter|report|defense|defence|colloquium|symposium|class)\b((?:\s+(?:on|about|for)\s+[^,.;!?()\x{01}]*)?)(?=\s*(?:$|[,.;!?()\x{01}]))"#) { m, _ in
            let topic = verticalThing.replacing(in: m[1] ?? "") { _ in " " }
            return storySettingWord.occurs(in: topic) || storyAskingWord.occurs(in: topic) || platformHint.occurs(in: topic) ? nil : Found().notNegatable
        }.needing(["talk", "presentation", "lecture", "deck", "keynote", "seminar", "webinar", "lesson", "pitch", "sermon", "newsletter", "report", "defen", "colloquium", "symposium", "class"]),
        // 家长想先看最近拍的, 客人都喜欢看新鲜的: what someone wants to see, the reason for the order
        // asked for beside it (奶奶想看大一点的字 names a setting: left to the rules)
        Rule(#"(?:^|(?<=[,.;!?，。；！？\x{01}]))\s*(?:因为|因為|毕竟|畢竟)?(?:我们|我們|我的|我)?(?:家长|家長|爸妈|爸媽|父母|爸爸|妈妈|媽媽|奶奶|爷爷|爺爺|外婆|外公|老人家?|长辈|長輩|客人|顾客|顧客|老板|老闆|老师|老師|同学|同學|朋友|大家|观众|觀眾|粉丝|粉絲|孩子|学生|學生|客户|客戶)(?:们|們)?(?:都|会|會|比较|比較|肯定|一般|通常|最)*(?:想|想要|喜欢|喜歡|希望|爱|愛)(?:先|最先|第一眼)?看(?:到)?([^,.;!?，。；！？\x{01}]{0,12})(?=\s*(?:$|[,.;!?，。；！？\x{01}]))"#) { m, _ in
            chineseStorySettingWord.occurs(in: String((m[1] ?? "").map(Traditional.simplified))) ? nil : Found().notNegatable
        }.needing(["看"]),
        // 阿嬷不喜欢那两张, 妈妈不喜欢这张, 客户嫌那几张太暗: who does not like the photos just named,
        // said as the reason for an edit of them
        Rule(#"(?:^|(?<=[,.;!?，。；！？\x{01}]))\s*(?:因为|因為)?[^,.;!?，。；！？\x{01}a-z0-9]{0,8}?(?:不喜欢|不太喜欢|不爱|讨厌|嫌弃?|看不上|不满意|觉得不好看|说不好看)(?:这|那)\s*(?:\d+|几)?\s*张(?:照片|相片|图片)?[^,.;!?，。；！？\x{01}a-z0-9]{0,6}(?=\s*(?:$|[,.;!?，。；！？\x{01}]))"#) { _, _ in
            Found().notNegatable
        }.needing(["张"]),
        // "fade to black between the poses", "cut between the moves", "from one pose to the next":
        // where every transition goes, said with what the photos show
        Rule(#"\b(?:in\s+)?between\s+(?:the|each|every|all the|all|my|our|his|her|their|these|those)\s+(?:[a-z]+\s+){0,2}?[a-z]+s\b(?=\s*(?:$|[,.;!?\x{01}]|\s(?:with|and|but|so|please|pls)\b))|(?<=\bfrom )(?:one|each|every)\s+[a-z]+\s+to\s+the\s+next(?:\s+one)?\b"#) { m, p in
            reasonOnly(m.range, p) ? Found().notNegatable : nil
        }.needing(["between", "to the next"]),
        // "can't hear it over the wheels", "you can barely see anything", "I couldn't read it in
        // time": what cannot be heard or seen (a clause naming the music or the title is read by
        // the rules)
        Rule(#"(?:^|(?<=[,.;!?\x{01}]))\s*(?:(?:and|but|because|cause|cuz|coz|since|as|lol|ugh|tbh)\s+)*(?:(?:i|we|you|u|people|everyone|everybody|nobody|no one|they|(?:my|our|the)\s+[a-z]+|"# + personNoun + #")\s+)?(?:cant|can not|cannot|couldnt|could not|can barely|can hardly|could barely|could hardly|can never)\s+(?:even\s+|really\s+|quite\s+)?(?:hear|see|read|make out|understand|follow|tell)\b"# + reasonClauseRest) { m, p in
            reasonOnly(m.range, p) ? Found().notNegatable : nil
        }.needing(["cant", "can not", "cannot", "couldnt", "could not", "can barely", "can hardly", "could barely", "could hardly", "can never"]),
        // "(I'm the vertically challenged editor lol,) can't even reach the screen)", "I can't reach the top
        // shelf": what someone cannot reach is a thing in the room, not a setting (up to its bracket)
        Rule(#"(?:^|(?<=[,.;!?\x{01}]))\s*(?:(?:and|but|lol|ugh|tbh|haha)\s+)*(?:(?:i|we|you|u|he|she|they|(?:my|our)\s+[a-z]+)\s+)?(?:cant|can not|cannot|couldnt|could not|can barely|can hardly|could barely|could hardly|can never)\s+(?:even\s+|really\s+|quite\s+)?reach\s+(?:the|a|an|my|our|his|her|their|that|this)\s+(?:[a-z]+\s+){0,2}?[a-z]+(?:\s+(?:lol|haha|tbh))?\s*\)?(?=\s*(?:$|[,.;:!?)\x{01}]))"#) { _, _ in
            Found().notNegatable
        }.needing(["reach"]),
        // "they make me dizzy", "it makes my mum cry", "my hearing aid makes it sound very loud":
        // what something does to someone, said to explain the request beside it
        Rule(#"(?:^|(?<=[,.;!?\x{01}]))\s*(?:(?:and|but|because|cause|cuz|coz|since|as|lol|ugh|tbh|honestly)\s+)*((?:(?:the|my|our|his|her|their|this|that|these|those)\s+)?(?:[a-z]+\s+){0,2}?[a-z]+)\s+(?:(?:just|always|really|kinda|literally|sometimes|all)\s+)*(?:make|makes|made|making|give|gives|gave)\s+(me|us|him|her|them|people|everyone|everybody|it|everything|(?:my|our|his|her|the)\s+[a-z]+)\s+((?:(?!\s(?:so|but|because|cause|then)\s)[^,.;!?\x{01}])*)(?=\s*(?:$|[,.;!?\x{01}]|\s(?:so|but|because|cause|then)\s))"#) { m, p in
            guard let who = m[1], let whom = m[2], let what = m[3] else { return nil }
            guard !notASubject.occurs(in: who), !reasonBlocked(who), !storyAskingWord.occurs(in: what), !what.contains(where: \.isNumber) else { return nil }
            // "makes it sound very loud", "makes everything look stretched": a thing or device's
            // own effect, said with a possessive ("my hearing aid"); otherwise the effect names no setting
            let possessive = reasonPossessive.occurs(in: who)
            let aboutIt = reasonThing.occurs(in: whom) && reasonSenseVerb.occurs(in: what)
            guard (possessive && aboutIt) || !reasonBlocked(whom + " " + what) else { return nil }
            return Found().notNegatable
        }.needing(["make", "made", "give", "gave"]),
        // "so people dont scroll past", "so grandma can follow along", "so nobody gets bored":
        // who the video is for and why, naming no setting
        // "so abuela can follow along": a bare name before "can" or "will" is a person too. "so the
        // finished kitchen is the big reveal at the end": where a photo lands, the reason for the
        // order asked for beside it
        Rule(#"\bso\s+(?:that\s+)?(?:people|everyone|everybody|nobody|no one|noone|they|viewers|followers|guests|folks|you|u|we|i|it|(?:my|our|the|his|her|their)\s+[a-z]+|"# + personNoun + #"|[a-z]+(?=\s+(?:can|cant|could|couldnt|will|wont|would|doesnt|does not|gets? to|is able to)\b))\s+(?:(?:can|cant|could|couldnt|will|wont|ll|would|dont|do not|doesnt|does not|never|actually|just|still|at least|have time to|get to|are able to|is able to)\s+)*[a-z]+\b[^,.;!?\x{01}]*(?=\s*(?:$|[,.;!?\x{01}]))"#) { m, p in
            let ns = p.text as NSString
            var said = ns.substring(with: m.range)
            let rest = ns.substring(to: m.range.location) + " " + ns.substring(from: m.range.location + m.range.length)
            if orderAsk.occurs(in: rest) { said = reasonPlace.replacing(in: said) { _ in " " } }
            return reasonBlocked(reasonTime.replacing(in: said) { _ in " " }) ? nil : Found().notNegatable
        }.needing(["so "]),
        // "(I've been training this juniper for 14 years) so I want something calm", "so we'd like
        // something gentle and heartfelt": the mood the story calls for, said as the reason for the
        // asks beside it (a mood no rule reads; "something slow" is a pace and left to its rule)
        Rule(#"\bso\s+(?:i|we|id|wed)\s+(?:(?:really|just|kind of|kinda|definitely|would|d)\s+)?(?:want|wanna|like|need|prefer|am after|m after|am looking for|m looking for|am hoping for|m hoping for)\s+(?:something|it|this|the video|the whole thing|a video|one|it all)\s+(?:(?:to be|to feel|that feels|that is|thats|really|very|quite|nice and|a bit|pretty|super|more|fairly|simple and|quiet and)\s+)*(?:calm|peaceful|gentle|serene|tranquil|meditative|reflective|relaxing|soothing|restful|understated|dignified|respectful|tasteful|elegant|classy|heartfelt|sentimental|emotional|touching|moving|warm|cozy|cosy|nostalgic|timeless|joyful|cheerful|playful|sweet|minimal|zen)(?:\s+(?:and|but)\s+(?:calm|peaceful|gentle|serene|tranquil|meditative|reflective|relaxing|soothing|restful|understated|dignified|respectful|tasteful|elegant|classy|heartfelt|sentimental|emotional|touching|moving|warm|cozy|cosy|nostalgic|timeless|joyful|cheerful|playful|sweet|minimal|zen))?(?=\s*(?:$|[,.;!?\x{01}]))"#) { _, _ in
            Found().notNegatable
        }.needing(["so "]),
        // "swap photos 2 and 5, the kitchen should come before the bathroom", "the red truck needs to
        // go right after the sign": what the photos show, said as the reason for the order asked for
        // beside it (a photo named by number is read by the order rules)
        Rule(#"(?:(?:^|(?<=[,.;!?\x{01}]))\s*(?:(?:because|since|cause|cuz|as|so|and)\s+)?|\b(?:because|since|cause|cuz)\s+)(?:the|my|our|that|this|his|her|their)\s+(?:[a-z0-9-]+\s+){1,4}?(?:should|needs to|has to|must|is meant to|is supposed to|ought to|has got to|wants to)\s+(?:come|go|be|appear|sit)\s+(?:right\s+|just\s+|straight\s+|directly\s+|immediately\s+)?(?:before|after|ahead of|in front of|behind)\s+(?:the|my|our|that|this|his|her|their)\s+[^,.;!?\x{01}]{1,40}?(?=\s*(?:$|[,.;!?\x{01}]))"#) { m, p in
            let ns = p.text as NSString
            let said = ns.substring(with: m.range)
            let rest = ns.substring(to: m.range.location) + " " + ns.substring(from: m.range.location + m.range.length)
            guard orderAsk.occurs(in: rest), !orderReasonNumber.occurs(in: said) else { return nil }
            return Found().notNegatable
        }.needing(["before", "after", "ahead of", "in front of", "behind"]),
        // "nobody has the patience", "people have no attention span", "attention spans are tiny
        // these days": why it should be short (the length itself is asked for elsewhere)
        Rule(#"\b(?:nobody|no one|noone|people|kids|viewers|followers|everyone|everybody|they|(?:my|our)\s+[a-z]+)\s+(?:(?:just|really|honestly|even|these days|nowadays)\s+)*(?:has|have|s got|ve got|got)\s+(?:the\s+|any\s+|no\s+|enough\s+|zero\s+|a short\s+|short\s+)?(?:patience|attention span|attention spans|time)\b(?:\s+(?:for|to)\s+[^,.;!?\x{01}\d]*)?(?=\s*(?:$|[,.;!?\x{01}]))|\battention spans?\s+(?:are|is|s)\s+(?:(?:so|really|super|way too|too)\s+)?(?:short|tiny|nothing|gone|non ?existent)\b(?:\s+(?:these days|nowadays|now))?"#) { m, p in
            (p.text as NSString).substring(with: m.range).contains(where: \.isNumber) ? nil : Found().notNegatable
        }.needing(["patience", "attention", "time"]),
        // "i wanna check the order before the real thing", "we need to show it to the client
        // first": what the user will do with this cut before the final one ("I just want the other nurses to
        // check the order before we do the proper one": who else looks at it first)
        Rule(#"\b(?:i|we)\s+(?:just\s+)?(?:wanna|want to|need to|d like to|would like to|have to|gotta|will|ll|(?:want|need|d like|would like)\s+(?:the|my|our|his|her|their)\s+(?:other\s+|rest of the\s+)?(?:[a-z]+\s+)?[a-z]+\s+to)\s+(?:quickly\s+|first\s+)?((?:check|see|review|look at|look over|test|double check|make sure|proof|show it to|show|approve|run it by)\b[^,.;!?\x{01}]*?\b(?:before|first|for now|then)\b[^,.;!?\x{01}]*)(?=\s*(?:$|[,.;!?\x{01}]))"#) { m, _ in
            let said = reasonNoun.replacing(in: m[1] ?? "make") { _ in " " }
            return reasonBlocked(said) ? nil : Found().notNegatable
        }.needing(["before", "first", "for now", "then"]),
        // "a rough preview first so I can check the order before demo day": what this cut is for
        // ("a low-res preview for now so the other teachers can check the order": who else looks at it)
        Rule(#"(?:\b(?:first|for now|for the moment|for the time being|for today)\s+)?\bso\s+(?:that\s+)?(?:i|we|the client|my client|my boss|the boss|the team|they|he|she|(?:the|my|our)\s+(?:other\s+|rest of the\s+)?(?:teachers|parents|staff|team|committee|family|class|students|coworkers|co workers|colleagues|organi[sz]ers|board|volunteers|judges|coaches|couple|bride|groom|client|clients|editor|manager|principal))\s+(?:can|could|may|get to)\s+(?:quickly\s+|first\s+|just\s+)?((?:check|see|review|look at|look over|test|double check|make sure|proof|show it to|show|approve|run it by|sign off on|decide)\b[^,.;!?\x{01}]*)(?=\s*(?:$|[,.;!?\x{01}]))"#) { m, _ in
            let said = reasonNoun.replacing(in: m[1] ?? "make") { _ in " " }
            return reasonBlocked(said) ? nil : Found().notNegatable
        }.needing(["so "]),
        // "our holiday in the Algarve", "the trip to Lake Como": where the trip went, a name the user
        // capitalised, said right after the word for the trip
        // (the preposition matched first and the look-behind read through it: ICU tries the long look-behind only after "in", "to"…)
        Rule(#"\b(?:in|to|at|around|across|through|on|from)(?<=\b(?:trip|trips|holiday|holidays|vacation|honeymoon|getaway|weekend|cruise|tour|journey|visit|stay|break|retreat|week|weeks|wedding|adventure|adventures) (?:in|to|at|around|across|through|on|from))\s+(?:the\s+)?[a-z]+(?:\s+[a-z]+){0,2}?(?=\s*(?:$|[,.;!?\x{01}]|\s(?:for|with|and|last|this|in|on|at|from|when|where|so|but)\b))"#) { m, p in
            let said = p.said(m.range)
            guard let name = placeName.firstMatch(in: said), name[1]?.first?.isUppercase == true else { return nil }
            return Found().notNegatable
        }.needing(["trip", "holiday", "vacation", "honeymoon", "getaway", "weekend", "cruise", "tour", "journey", "visit", "stay", "break", "retreat", "week", "wedding", "adventure"]),
        // "from the capture folder", "in the folder", "out of my camera roll": where the files are,
        // which changes nothing ("in folder order" is an order)
        Rule(#"\b(?:in|from|inside|out of|within)\s+(?:the|my|our|this|that|your|same)\s+(?:[a-z]+\s+){0,2}?(?:folder|folders|album|albums|camera roll|gallery|library|directory|dropbox|drive)\b(?!\s+(?:order|name|names)\b)"#) { _, _ in
            Found().notNegatable
        }.needing(["folder", "album", "camera roll", "gallery", "library", "directory", "dropbox", "drive"]),
        // "backpacking portugal", "iceland road trip!!", "pitch deck teaser", "bali honeymoon":
        // a whole clause of a few words that labels the trip or the event, with no verb
        Rule(#"(?:^|(?<=[,.;!?\x{01}]))\s*(?:(?:our|my|the|a|this|that)\s+)?(?:[a-z]+\s+){0,3}?(?:"# + labelNoun + #")(?:\s+(?:in|to|at|around|across|through|with|of)\s+(?:the\s+)?[a-z]+(?:\s+[a-z]+)?|\s+[a-z]+(?:\s+[a-z]+)?)?(?=\s*(?:$|[,.;!?\x{01}]))"#) { m, p in
            let said = (p.text as NSString).substring(with: m.range)
            guard said.split(separator: " ").count <= 5, !reasonVerb.occurs(in: said) else { return nil }
            return reasonOnly(m.range, p) ? Found().notNegatable : nil
        }.needing(labelWords),
        // "photo 6 (blurry finish line shot)": a bracketed note on the photo just named (its first
        // letter matched before the look-behinds, the cheap "digit or space, space" test first, so
        // ICU tries the long look-behind only after a number)
        Rule(#"[a-z](?<=[\d\s]\s[a-z])(?<=\b(?:photo|picture|pic|image|shot|slide|number)\s{1,3}\d{1,3}\s{1,3}[a-z])[^,.;!?\x{01}]{0,60}?(?:\s+(?=(?:and|but|then|so|pls|please|thx|thanks)\b)|\s*(?=$|[,.;!?\x{01}]))"#) { m, p in
            let said = p.said(m.range)
            guard said.contains(")") || said.contains("]") else { return nil }
            let words = reasonNoun.replacing(in: (p.text as NSString).substring(with: m.range)) { _ in " " }
            return reasonBlocked(words) ? nil : Found().notNegatable
        }.needing(["photo", "picture", "pic", "image", "shot", "slide", "number"]),
        // "the 4:5 portrait spot in our instagram feed": the place the video goes, said before the platform
        Rule(#"\b(?:spot|slot|space|place|placement|position|section|tile|post|page)\s+(?:in|on|at)\s+(?:our|my|the|their|his|her)\b(?=\s+(?:[a-z]+\s+)?(?:instagram|insta|ig|tiktok|youtube|facebook|fb|feed|grid|profile|website|site|shop|store|channel|page|wall))"#) { _, _ in
            Found().notNegatable
        },
        // "(I'm vertically challenged lol,) which is why I fence épée", "that's why we moved here": what
        // a remark led to, naming no setting
        Rule(#"(?:^|(?<=[,.;!?\x{01}]))\s*(?:(?:and|so|lol|haha)\s+)*(?:which is|which s|thats|that is|this is|hence)\s+why\s+(?:i|we|he|she|they|(?:my|our)\s+[a-z]+)\s+[^,.;!?\x{01}]+(?=\s*(?:$|[,.;!?\x{01}]))"#) { m, p in
            reasonOnly(m.range, p) ? Found().notNegatable : nil
        }.needing(["why"]),
        // "Biscuit got adopted yesterday", "the DJ will play something over it", "people just
        // scroll past", "the wind noise is awful": a clause with a subject and a verb that names
        // no setting and asks for nothing ("use 60 fps please since the waves move fast": the
        // same after "please" and a "since" or "because")
        Rule(#"(?:(?:^|(?<=[,.;!?\x{01}]))\s*|(?<=[esz]\s)(?<=\b(?:please|pls|plz)\s)(?=(?:because|cause|cuz|coz|since)\s))(?:(?:and|but|because|cause|cuz|coz|since|as|also|plus|btw|lol|haha|omg|oh|ps|tbh|honestly|anyway|ugh)\s+)*((?:(?:the|my|our|his|her|their|this|that|these|those|all|most|some)\s+)?(?:[a-z]+\s+){0,2}?[a-z]+)\s+(?:(?:just|always|never|usually|really|still|also|all|finally|already|literally|totally|even|only|kinda|probably|sometimes|mostly)\s+)*(?:"# + reasonVerbs + #"|([a-z]{3,}(?:s|ed)))\b"# + reasonClauseRest) { m, p in
            guard let subject = m[1], !notASubject.occurs(in: subject) else { return nil }
            // "the bakery opens on friday": any verb, after a subject that starts with "the" or "my"
            if m[2] != nil, !reasonDeterminer.occurs(in: subject) { return nil }
            return reasonOnly(m.range, p) ? Found().notNegatable : nil
        },
        // "mute the music, the ward needs to stay quiet", "no music please, the library has to be
        // silent", "turn it down, it's a quiet office": a place or people that must be quiet, the
        // reason for music muted or turned down elsewhere in the request (alone, it stays reported)
        Rule(#"(?:^|(?<=[,.;!?\x{01}]))\s*(?:(?:and|but|because|cause|cuz|coz|since|as|so)\s+)*(?:(?:(?:the|our|my|this|that|their|his|her)\s+)?(?:[a-z]+\s+){0,2}?(?:ward|wards|hospital|hospice|clinic|library|office|room|rooms|hall|church|chapel|lobby|reception|classroom|school|nursery|house|home|building|floor|place|area|space|venue|patients|residents|neighbou?rs|babies|baby|kids|guests|visitors|everyone|people)\s+(?:(?:really|always|just|all)\s+)?(?:needs? to|has to|have to|must|should|is supposed to|are supposed to|gotta|got to)\s+(?:be|stay|remain|keep)|(?:its|it is|this is|thats|that is|theyre in|were in)\s+(?:a|an)\s+(?:[a-z]+\s+)?)\s*(?:(?:very|really|super|nice and|completely|totally)\s+)?(?:quiet|silent|calm|hushed)(?:\s+(?:place|room|ward|office|library|area|zone|space|building|environment|setting|spot))?(?=\s*(?:$|[,.;!?\x{01}]))"#) { m, p in
            let t = p.text as NSString
            let around = t.substring(to: m.range.location) + " " + t.substring(from: NSMaxRange(m.range))
            return musicDownSaid.occurs(in: around) ? Found().notNegatable : nil
        }.needing(["quiet", "silent", "calm", "hushed"]),
        // "just mute it, he hates that song", "change the music, grandma can't stand this track", "no music,
        // that song is so annoying": who dislikes the song, the reason for the music muted, removed or
        // changed elsewhere in the request (not a wish for music)
        Rule(#"(?:^|(?<=[,.;!?\x{01}]))\s*(?:(?:and|but|because|cause|cuz|coz|since|as|plus|also|honestly|tbh)\s+)*(?:(?:he|she|they|we|i|everyone|everybody|nobody|no one|grandpa|grandma|grandad|granddad|granny|mum|mom|dad|(?:my|our|his|her|the)\s+[a-z]+)\s+(?:(?:really|just|totally|absolutely|kinda|honestly|always|actually|so)\s+)*(?:hates?|hated|dislikes?|disliked|cant stand|cannot stand|doesnt like|dont like|didnt like|does not like|do not like|never liked|(?:is|are|am|got)\s+(?:so\s+)?(?:sick|tired)\s+of)\s+(?:that|this|the|his|her|my|our|their)\s+(?:song|track|tune|music)|(?:that|this|the)\s+(?:song|track|tune|music)\s+(?:is|was|s)\s+(?:(?:so|really|super|kinda|pretty|way too|too|just)\s+)*(?:annoying|awful|terrible|cringe|cringey|cheesy|irritating|overplayed))(?=\s*(?:$|[,.;!?\x{01}]))"#
             // 把音乐去掉，爷爷不喜欢这首歌; 直接关掉吧，他很讨厌那首歌; 那首歌太难听了
             + #"|(?:^|(?<=[,.;!?\x{01}]))\s*(?:因为|反正)?(?:\p{Han}{1,3}?)(?:很|特别|非常|最|真的|一直|都|也|本来就)*(?:讨厌|不喜欢|不爱听|听腻了|受不了)(?:那首|这首|这个|那个)?(?:歌|音乐|曲子|配乐)(?:了|啊|呀)?(?=\s*(?:$|[,.;!?\x{01}]))|(?:^|(?<=[,.;!?\x{01}]))\s*(?:那首|这首)(?:歌|音乐)(?:太|真的|很|好)?(?:难听|吵|烦人|土)(?:了|啊)?(?=\s*(?:$|[,.;!?\x{01}]))"#) { m, p in
            let t = p.text as NSString
            let around = t.substring(to: m.range.location) + " " + t.substring(from: NSMaxRange(m.range))
            return musicDownSaid.occurs(in: around) || musicChangeSaid.occurs(in: around) ? Found().notNegatable : nil
        }.needing(["hate", "dislike", "stand", "like", "sick of", "tired of", "annoying", "awful", "terrible", "cringe", "cheesy", "irritating", "overplayed", "讨厌", "喜欢", "爱听", "听腻", "受不了", "难听", "吵", "烦人", "土"]),
        // "they're two shots of the same moment", "these are both photos of the same view", "those
        // two are near-identical takes of the same pose": photos that show one thing, the reason for
        // a cut or a removal asked for beside it
        Rule(#"(?:^|(?<=[,.;!?\x{01}]))\s*(?:(?:and|but|because|cause|cuz|coz|since|as)\s+)*(?:theyre|they are|these are|those are|both are|the two are|these two are|those two are|its|it is|thats|that is)\s+(?:both\s+|just\s+|basically\s+|really\s+)*(?:two\s+|2\s+)?(?:(?:nearly|almost|near|practically)[- ]identical\s+|similar\s+)?(?:shots|photos|pictures|pics|takes|frames|angles|versions)\s+of\s+(?:the\s+)?(?:same|one)\s+(?:[a-z]+\s+)?(?:moment|thing|scene|view|spot|pose|shot|subject|sunset|place|second|instant|event|person|angle)\b(?=\s*(?:$|[,.;!?\x{01}]))"#) { _, _ in
            Found().notNegatable
        }.needing(["same", "one"]),
        // "Photos 2 and 8 are almost the same shot", "pics 3 and 4 are basically identical", "photo 5 and 6 are
        // duplicates": photos named by number that show one thing, the reason for a removal asked beside them
        // (alone, it stays reported)
        Rule(#"\b(?:photos?|pictures?|pics?|images?|shots?)\s+\d{1,2}\s+(?:and|&|\+)\s+\d{1,2}\s+(?:are|r|look|seem)\s+(?:(?:almost|nearly|basically|pretty much|practically|virtually|kind of|kinda|just|really|exactly)\s+)*(?:the\s+same(?:\s+(?:shot|photo|picture|pic|image|thing|moment|one|pose|view|frame))?|identical|duplicates|near[- ]?duplicates|near[- ]?identical)\b"#) { m, p in
            let t = p.text as NSString
            let around = t.substring(to: m.range.location) + " " + t.substring(from: NSMaxRange(m.range))
            return removalBeside.occurs(in: around) ? Found().notNegatable : nil
        }.needing(["same", "identical", "duplicate"]),
        // "I would like it to be gentle and unhurried", "we want it to feel calm and peaceful", "it should be
        // soft and dignified": the mood wished for, which the pace or the transitions asked for beside it
        // give (alone, it stays reported)
        Rule(#"(?:^|(?<=[,.;!?\x{01}]))\s*(?:(?:and|but|so|also|overall)\s+)*(?:(?:i|we)\s+(?:(?:would|d|really|just|only)\s+)*(?:like|love|want|prefer)\s+(?:it|the video|the film|the slideshow|this|everything|the whole thing)\s+to\s+(?:be|feel|look|seem)|(?:it|the video|the film|the slideshow|the whole thing|everything)\s+(?:should|must|needs to|has to|ought to)\s+(?:be|feel|look|seem))\s+(?:(?:very|really|nice and|quite|rather|so|more|fairly)\s+)*(?:gentle|unhurried|calm|peaceful|relaxed|soft|quiet|tranquil|serene|soothing|restful|leisurely|unrushed|tender|dignified|respectful|solemn|reverent|simple|understated)(?:\s*(?:,|and|&)\s*(?:(?:very|really|quite)\s+)?(?:gentle|unhurried|calm|peaceful|relaxed|soft|quiet|tranquil|serene|soothing|restful|leisurely|unrushed|tender|dignified|respectful|solemn|reverent|simple|understated))*(?=\s*(?:$|[,.;!?\x{01}]))"#) { m, p in
            let t = p.text as NSString
            let around = t.substring(to: m.range.location) + " " + t.substring(from: NSMaxRange(m.range))
            return unhurriedAsk.occurs(in: around) ? Found().notNegatable : nil
        }.needing(["gentle", "unhurried", "calm", "peaceful", "relaxed", "soft", "quiet", "tranquil", "serene", "soothing", "restful", "leisurely", "unrushed", "tender", "dignified", "respectful", "solemn", "reverent", "simple", "understated"]),
        // "(a soft fade to black,) the way they used to do on television", "like they do in old films": what
        // the setting just asked for is likened to, no ask of its own
        Rule(#"(?<=[,;(\x{01}])\s*(?:(?:just|kind of|sort of|a bit|exactly)\s+)?(?:the way|like|as)\s+(?:they|people|you|we|tv shows|films|movies|the old films|the old movies|the news)\s+(?:(?:used to|would|always)\s+)?(?:do|did|does|had|have|do it|did it)\s+(?:(?:it|them)\s+)?(?:on|in|at)\s+(?:the\s+)?(?:old\s+)?(?:television|tv|telly|movies|films|cinema|pictures|news|soaps|soap operas|sitcoms|documentaries|home movies)(?:\s+(?:back then|in the old days|years ago|in the 70s|in the 80s))?(?=\s*(?:$|[,.;!?)\x{01}]))"#) { _, _ in
            Found().notNegatable
        }.needing(["television", "tv", "telly", "movies", "films", "cinema", "pictures", "news", "soap", "sitcom", "documentar"]),
        // "I love this comp footage", "we're so proud of these race photos", "obsessed with these shots lol":
        // how the user feels about what was given, a whole clause that asks for nothing
        Rule(#"(?:^|(?<=[,.;!?)\x{01}]))\s*(?:(?:and|but|so|honestly|tbh|omg|lol|ok|okay)\s+)*(?:(?:i|we)\s+(?:(?:really|just|absolutely|totally|honestly|so)\s+)*(?:love|adore|am obsessed with|m obsessed with|are obsessed with|re obsessed with|am so proud of|m so proud of|are so proud of|re so proud of|am proud of|m proud of|am in love with|m in love with)|obsessed with|so proud of|loving)\s+(?:this|these|the|my|our|all this|all these|all the)\s+(?:(?!(?:song|music|track|title|transitions?|fades?|zoom|motion|audio|sound|length|pace|crop|colou?rs?|filter|look|style)\b)[a-z]+\s+){0,2}?(?:footage|photos|pictures|pics|shots|clips|videos|vids|images|snaps|content|material)(?:\s+(?:lol|haha|so much|a lot|to bits))?(?=\s*(?:$|[,.;!?(\x{01}]))"#) { _, _ in
            Found().notNegatable
        }.needing(["love", "adore", "obsessed", "proud", "loving"]),
        // "nothing should feel rushed", "none of it should feel hurried": why the pace or the
        // transitions asked for beside it are slow (alone, it stays reported)
        Rule(#"(?:^|(?<=[,.;!?\x{01}]))\s*(?:(?:and|but|because|cause|cuz|coz|since|as|so)\s+)*(?:nothing|none of it|no part of it|no photo|no shot)\s+(?:should|must|can|is meant to|is supposed to)\s+(?:ever\s+)?(?:feel|seem|look|be)\s+(?:(?:too|at all|remotely)\s+)?(?:rushed|hurried|hectic|frantic|forced)(?:\s+at all)?(?=\s*(?:$|[,.;!?\x{01}]))"#) { m, p in
            let t = p.text as NSString
            let around = t.substring(to: m.range.location) + " " + t.substring(from: NSMaxRange(m.range))
            return unhurriedAsk.occurs(in: around) ? Found().notNegatable : nil
        }.needing(["rushed", "hurried", "hectic", "frantic", "forced"]),
        // "the file has to be small enough to send over WhatsApp", "it needs to be small enough to
        // email": why the resolution asked for beside it is low (alone, it stays reported)
        Rule(#"(?:^|(?<=[,.;!?\x{01}]))\s*(?:(?:and|but|because|cause|cuz|coz|since|as|so)\s+)*(?:(?:the|this|my|that)\s+(?:file|video|export)|it)\s+(?:has to|needs to|must|should|gotta|has got to)\s+be\s+(?:small|light|tiny)\s+enough\s+(?:to|for)\s+[^,.;!?\x{01}\d]{1,40}?(?=\s*(?:$|[,.;!?\x{01}]))"#) { m, p in
            let t = p.text as NSString
            let around = t.substring(to: m.range.location) + " " + t.substring(from: NSMaxRange(m.range))
            return smallFileAsk.occurs(in: around) ? Found().notNegatable : nil
        }.needing(["enough"]),
        // "I'd like it to tell the story", "we want it to tell our story": why the order asked for
        // beside it follows the dates (alone, it stays reported)
        Rule(#"\b(?:(?:i|we)(?:d|\s+would|\s+really)?\s+(?:like|want|love)\s+(?:it|the video|this)\s+to|(?:it|the video|this)\s+(?:should|has to|needs to|must))\s+tell\s+(?:a|the|our|my|his|her|their)\s+(?:whole\s+)?story(?:\s+of\s+(?:the|our|my)\s+[a-z]+)?(?=\s*(?:$|[,.;!?\x{01}]))"#) { m, p in
            let t = p.text as NSString
            let around = t.substring(to: m.range.location) + " " + t.substring(from: NSMaxRange(m.range))
            return orderAsk.occurs(in: around) || storyOrderAsk.occurs(in: around) ? Found().notNegatable : nil
        }.needing(["story"]),
        // "at the 5K fun run", "after our 10k charity walk": the event the photos are from, its
        // distance a number that sets nothing
        Rule(#"\b(?:at|in|from|after|for|during|of|ran|did|walked|finished|completed|raced)\s+(?:the|our|my|a|this|that|their|his|her)\s+(?:annual\s+|charity\s+|school\s+|local\s+)?\d{1,3}\s*(?:k|km|mile|miles|mi)\s+(?:(?:fun|charity|trail|park|color|colour|night)\s+)?(?:run|race|walk|ride|swim|relay|marathon)\b"#) { _, _ in
            Found().notNegatable
        }.needing(["run", "race", "walk", "ride", "swim", "relay", "marathon"]),
        // "(our trip to Rotorua,) with the hot pools and the concert and my husband's birthday dinner",
        // "with the beaches and the markets": what the photos show, listed in a clause of its own
        Rule(#"(?:^|(?<=[,.;!?\x{01}]))\s*(?:with|including|featuring)\s+(?:the|our|my|his|her|their|some|all the)\s+(?:[a-z]+\s+){0,3}?[a-z]+(?:\s*(?:,|and|&)\s*(?:the|our|my|his|her|their|some|all the|a|an)\s+(?:[a-z]+\s+){0,3}?[a-z]+)*(?=\s*(?:$|[.;!?\x{01}]|,\s*(?!(?:and\s+)?(?:the|our|my|his|her|their|some|a|an)\s)))"#) { m, p in
            let listed = (p.text as NSString).substring(with: m.range).replacingOccurrences(of: "with ", with: "")
            return reasonOnly(m.range, p) && !notASubject.occurs(in: listed) ? Found().notNegatable : nil
        }.needing(["with", "including", "featuring"]),
        // 一动就看不清字, 一晃就看不清了, 放大就看不见上面的字: what motion would hide, the reason for a
        // photo kept still beside it (alone, it stays reported)
        Rule(#"(?:^|(?<=[,.;!?，。；！？\x{01}]))\s*(?:因为|因為)?(?:一|只要)?(?:动|動|晃|移动|移動|放大|缩放|縮放|动起来|動起來)(?:了)?就(?:会|會)?(?:看不清|看不见|看不見|看不到|认不出|認不出)(?:楚)?(?:了|上面的字|上面的文字|字|文字|写的什么|寫的什麼)?(?=\s*(?:$|[,.;!?，。；！？\x{01}]))"#) { m, p in
            let t = p.text as NSString
            let around = t.substring(to: m.range.location) + " " + t.substring(from: NSMaxRange(m.range))
            return stillAsked.occurs(in: around) ? Found().notNegatable : nil
        }.needing(["就"]),
        // "laggy transitions kill retention", "long intros hurt watch time", "a slow start tanks
        // engagement": what a choice does to how many keep watching, the reason for the ask beside it;
        // the few words before it in its clause, its subject, go with it
        Rule(#"\b(?:kills?|killing|remove|removes|hurts?|hurting|tanks?|tanking|ruins?|ruining|lowers?|drops?|destroys?|boosts?|helps?|improves?|drives?)\s+(?:(?:our|the|your|my|their|all)\s+)?(?:retention|engagement|watch\s?time|completion(?:\s+rates?)?|reach|conversions?|ctr|click[- ]?throughs?|views|impressions|the algorithm)\b"#) { m, p in
            var f = Found().notNegatable
            let head = (p.text as NSString).substring(to: m.range.location) as NSString
            let stop = head.rangeOfCharacter(from: CharacterSet(charactersIn: ",.;:!?\u{01}"), options: .backwards)
            let start = stop.location == NSNotFound ? 0 : NSMaxRange(stop)
            let subject = head.substring(from: start)
            if subject.split(separator: " ").count <= 4, !storyAskingWord.occurs(in: subject), !defaultAskWord.occurs(in: subject) {
                f.claims.append(NSRange(location: start, length: head.length - start))
            }
            return f
        }.needing(["retention", "engagement", "watch", "completion", "reach", "conversion", "ctr", "click", "views", "impressions", "algorithm"]),
    ]

    /// A photo kept still asked for (别动, 不要动, 静止, "keep it still"): what a clause saying motion
    /// would hide the words is the reason for.
    private static let stillAsked = Pattern(#"别动|別動|不要动|不要動|不动|不動|静止|靜止|固定|\bstill\b|\bno (?:motion|movement|zoom)\b"#)

    /// An order by date asked for ("oldest first", "in chronological order", "earliest to latest"):
    /// what a clause wishing the video to tell the story is the reason for.
    private static let storyOrderAsk = Pattern(#"\b(?:oldest|earliest|newest|latest|chronological(?:ly)?|date order|by date|in order|order)\b"#)

    /// Words of a request that set the pace or the transitions ("slowly", "1 s transitions",
    /// "5 seconds each"): what a clause asking that nothing feel rushed is the reason for.
    private static let unhurriedAsk = Pattern(#"\b(?:slow|slower|slowly|longer|seconds?|secs?|transitions?|fades?|crossfades?|pace|gentle|gently|minutes?|relaxed|calm)\b"#)

    /// A low resolution or a small file asked for ("720p", "480p", "low quality"): what a clause
    /// saying the file must be small enough to send is the reason for.
    private static let smallFileAsk = Pattern(#"\b(?:\d{3,4}p|sd|low(?:er)?\s+(?:res|resolution|quality)|small(?:er)? file|preview)\b"#)

    /// Music muted or turned down ("mute the music", "no music", "quieter", "turn it down"): what a
    /// place that must stay quiet is the reason for.
    private static let musicDownSaid = Pattern(#"\b(?:mute|muted|no (?:background )?music|without (?:any )?music|music off|silent|silence|quieter|softer|lower|turn (?:it|the music|the song|the volume|that) down|(?:kill|remove|drop|lose|cut) the (?:music|song))\b|静音|不要(?:背景)?音乐|关掉(?:背景)?音乐|小声"#)

    /// Another song asked for ("change the music", "a different song", "swap the track", 换首歌), or the music
    /// turned off (音乐太吵了，直接关掉吧): what a clause
    /// saying someone dislikes the song is the reason for.
    private static let musicChangeSaid = Pattern(#"\b(?:change|swap|replace|switch)\s+(?:out\s+)?(?:the\s+|that\s+|this\s+)?(?:music|song|track|tune)\b|\b(?:different|another|other|new)\s+(?:song|track|music|tune)\b|换(?:一首|首|个|掉)?(?:歌|音乐)|(?:音乐|歌|配乐|bgm)[^.;!?]{0,12}?(?:关掉|关了|去掉|删掉|拿掉|换掉|不要)|(?:^|[,;!?\x{01}])\s*(?:算了\s*,?\s*)?(?:直接|干脆|就|都)?(?:关掉|去掉|删掉|拿掉)"#)

    /// The first word of a place's name after "in", "to" or "in the" (group 1), as the user typed it.
    private static let placeName = Pattern(#"^(?:in|to|at|around|across|through|on|from)\s+(?:the\s+)?([A-Za-z]+)"#)

    /// Words of a request that change the order of the photos ("swap the first and last").
    private static let orderAsk = Pattern(#"\b(?:swap|switch|move|put|reverse|flip|reorder|rearrange|order|first|last|start with|end with|open with|close with)\b"#)

    /// A photo named by its number or its place ("photo 3", "the 2nd", "the last one"): a clause
    /// with one asks for an order of its own.
    private static let orderReasonNumber = Pattern(#"\b(?:photos?|pictures?|pics?|images?|shots?|slides?|number|no|#)\s*\d|\b\d+(?:st|nd|rd|th)\b|\b(?:first|last|final|second|third|fourth|fifth|start|end|beginning)\b"#)

    /// "at the end", "at the very start": where a photo lands, said in the reason for an order asked for.
    /// A removal asked in the request ("delete 8", "remove one of them"): what photos that show one thing explain.
    private static let removalBeside = Pattern(#"\b(?:delete|remove|drop|cut|lose|ditch|skip|get rid of|take out|leave out|keep only|only keep)\b"#)

    private static let reasonPlace = Pattern(#"\b(?:at|in|to)\s+the\s+(?:very\s+)?(?:end|start|beginning)\b|\b(?:open|opens|open up|opens up|close|closes|start|starts|end|ends|begin|begins|kick off|kicks off|finish|finishes|wrap up|wraps up)\s+(?:the|our|my)\s+(?:whole\s+)?(?:video|slideshow|slide show|film|movie|reel|montage|show|thing)\b"#)

    private static let reasonPossessive = Pattern(#"^(?:my|our|his|her|their)\s"#)
    private static let reasonDeterminer = Pattern(#"^(?:the|my|our|his|her|their)\s"#)
    private static let reasonThing = Pattern(#"^(?:it|everything|the\s+[a-z]+)$"#)
    private static let reasonSenseVerb = Pattern(#"^(?:sound|sounds|look|looks|seem|seems|feel|feels)\b"#)

    /// The rest of a clause: up to its punctuation, or to a "so", "but", "because" or "then"
    /// that starts the next one ("the wind noise is awful so mute the clips").
    static let reasonClauseRest = #"(?:(?!\s(?:so|but|because|cause|then)\s)[^,.;!?\x{01}])*(?=\s*(?:$|[,.;!?\x{01}]|\s(?:so|but|because|cause|then)\s))"#

    /// When something happened ("last month", "this weekend", "right next to"): words that hold
    /// a setting's word ("last", "right") but name a time or a place, left out before a clause is judged.
    static let reasonTime = Pattern(#"\bbig\s+(?:reveal|day|moment|finale|finish|surprise|news|announcement|event|game|night|win|celebration)\b|\b(?:last|this|next|first)\s+(?:week|month|year|night|weekend|summer|winter|spring|fall|autumn|time|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\bright\s+(?=next|now|away|before|after|there|here|by|behind|outside|beside)|\bat (?:the )?last minute\b|\bin the end\b"#)

    /// Verbs (and auxiliaries) a clause that explains is built on ("got adopted", "will play",
    /// "scroll past", "is awful"), and how people in the photos move ("kids move fast so 60fps").
    static let reasonVerbs = #"(?:is|are|was|were|s|got|gets|get|will|ll|would|has|have|had|keeps?|kept|cant|couldnt|wont|doesnt|dont|didnt|isnt|arent|wasnt|werent|does|did|scroll|scrolls|swipe|swipes|skip|skips|leave|leaves|left|lose|loses|lost|love|loves|loved|hate|hates|hated|sell|sells|sold|live|lives|lived|works?|worked|passed|died|moved|moves|graduated|retired|adopted|arrived|happened|started|ended|won|broke|came|went|goes|go|ran|ate|fell|flew|drove|met|took|brought|bought|caught|sang|slept|woke|grew|became|began|wrote|built|held|move|run|jump|race|dance|swim|climb|sprint)"#
    private static let reasonVerb = Pattern(#"\b"# + reasonVerbs + #"\b|\b[a-z]{3,}ed\b"#)

    /// Nouns that name a trip, an event or a kind of video: a clause of a few words around one is a label.
    static let labelNoun = #"(?:trip|trips|road trip|roadtrip|holiday|holidays|vacation|vacay|getaway|honeymoon|teaser|recap|highlights|trailer|promo|tour|weekend|adventure|adventures|journey|reunion|wedding|birthday|party|anniversary|graduation|christmas|festival|concert|camp|camping|backpacking|hiking|hike|skiing|ski week|surfing|interrailing|travelling|traveling|road tripping|cruise|deck|launch|memories|retreat|expedition|safari|elopement|shower|bachelorette|bachelor|hen do|stag do|marathon|race|tournament|match|recital|gig|show and tell|showcase)"#

    /// The label nouns as plain words, for ``Rule/needing(_:)``.
    static let labelWords: [String] = labelNoun.dropFirst(3).dropLast().split(separator: "|").map(String.init)

    /// Words that name what the video shows, not a setting ("check the order", "finish line
    /// shot"): left out before a clause is judged.
    static let reasonNoun = Pattern(#"\b(?:order|shots?|photos?|pictures?|pics?|images?|ones?|(?:real|proper|actual) (?:thing|one|1|version|video|deal)|final|whole thing|first)\b"#)

    /// Words that start a question or an order, not a subject ("what is…", "make…", "you…").
    static let notASubject = Pattern(#"^(?:(?:what|whats|how|hows|why|where|when|which|who|is|are|can|could|do|does|did|will|would|should|you|u|ya|i|id|ive|im|we|wed|weve|were|make|add|remove|keep|put|use|set|turn|change|give|let|lets|try|get|take|leave|cut|drop|swap|move|fade|speed|slow|crop|show|play|start|end|bring|no|not|just|only|also|please|pls|plz)\b|.*\b(?:music|song|title|photo|photos|picture|pictures|video|clip|clips)\b)"#)

    /// Words of a look or a mood ("cinematic", "upbeat", "vibes"): a clause with one asks for a style.
    static let reasonStyleWord = Pattern(#"\b(?:vibes?|style|styled|look|mood|moody|cinematic|vintage|retro|upbeat|chill|calm|epic|happy|sad|funny|dramatic|emotional|romantic|cozy|cosy|dreamy|energetic|fun|cute|elegant|classy|minimal|clean|professional|aesthetic|warm|warmer|cool|cooler|bright|brighter|dark|darker|sepia|filter|colou?rs?|grade|graded|voice|voiceover|narrat\w*|sticker|emoji|effects?|glitch|slowmo|slow mo|loop|loops|looping|reverse|boomerang|again|instead|more|less|too|soundtrack|tunes?|beats?|faces?|heads?|tracking|focus|crop|cropped|cropping|cut off|framing|centered|centred)\b"#)

    /// Whether the clause in `range` only explains: no setting word, no ask, no platform, no
    /// style, and no cloud rule reads it.
    static func reasonOnly(_ range: NSRange, _ p: PromptText) -> Bool {
        let said = reasonTime.replacing(in: (p.text as NSString).substring(with: range)) { _ in " " }
        return !reasonBlocked(reasonMotion.replacing(in: said) { _ in " runs " })
    }

    /// How fast people or animals in the photos move ("kids move fast", "the dogs move so quickly"):
    /// "move" that moves no photo, left out before a clause is judged.
    static let reasonMotion = Pattern(#"\b(?:move|moves|moving)\s+(?:(?:so|really|super|very|pretty|too)\s+)?(?:fast|quick|quickly|a lot)\b"#)

    /// Whether `said` (normalised text) names a setting, a platform or a style, asks for
    /// something, or is what a cloud rule reads.
    static func reasonBlocked(_ said: String) -> Bool {
        storySettingWord.occurs(in: said) || storyAskingWord.occurs(in: said) || platformHint.occurs(in: said)
            || reasonStyleWord.occurs(in: said) || readElsewhere.contains { $0.pattern.occurs(in: said) }
    }

    /// Rules whose words a reason or a statement could hold (an effect only the cloud makes,
    /// where crops aim, the music): a clause one of them reads is an ask. Shared with
    /// ``statementAside(_:paceRead:)`` and ``labelAside(_:opensRequest:)``.
    static let readElsewhere: [Rule] = cloudRules + focusRules + musicLevelRules + musicRules
}
