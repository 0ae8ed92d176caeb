import Foundation

/// Clauses around a request that only tell: who is writing again ("Tashi again from the agency"),
/// why the music starts later ("so we skip the slow piano intro"), what the photos mostly are
/// ("since it's mostly action shots"), where the user studies or works (我在西安读大四), the user's trade
/// ("I make sails for a living"), what the user
/// is making ("Making a build video of my first dovetail box"), and the
/// user's own noun for the photos in an order asked for ("put the elevations in the order I shot
/// them", "put the pages in date order").
extension PromptInterpreter {
    /// Read after ``storyNumberRules``, before ``reasonRules`` and the rules that read settings.
    static let storyClauseRules: [Rule] = [
        // "Tashi again from the agency", "Hi, Maria here from the bakery", "it's Dave again", "me again":
        // who is writing, back with another request (a name as typed in capitals, or "me")
        Rule(#"(?:^|(?<=[,.;!?\x{01}]))\s*(?:(?:hi|hello|hey|hiya|morning|good morning|good afternoon|good evening|ok|okay|so)\s+)*(?:(?:its|it is|this is)\s+)?((?:[a-z]+\s+){0,1}[a-z]+)\s+(?:again|here|back)(?:\s+(?:again|here))?(?:\s+(?:from|at|with|of)\s+(?:the\s+)?(?:[a-z&]+\s+){0,2}?[a-z&]+)?(?=\s*(?:$|[,.;!?\x{01}]))"#) { m, p in
            guard let name = m[1] else { return nil }
            let names = name.split(separator: " ").map(String.init)
            guard !storySettingWord.occurs(in: m.text), !platformHint.occurs(in: m.text), !storyAskingWord.occurs(in: m.text) else { return nil }
            if names == ["me"] { return Found().notNegatable }
            let said = p.said(m.range).split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
            guard let at = said.firstIndex(where: { ["again", "here", "back"].contains($0.lowercased()) }), at >= names.count else { return nil }
            let typed = said[(at - names.count)..<at]
            guard typed.allSatisfy({ $0.first?.isUppercase == true }),
                  !["It", "This", "Its", "I", "We"].contains(typed.first ?? "") else { return nil }
            return Found().notNegatable
        }.needing(["again", "here", "back"]),
        // "(start the song 30 seconds in) so we skip the slow piano intro", "so you don't hear the
        // talking at the start": why the music starts later, what of the song is skipped
        Rule(#"\bso\s+(?:that\s+)?(?:we|you|u|they|people|everyone|viewers|it)\s+(?:(?:can|could|dont|do not|wont|will not|dont have to|never|just)\s+)*(?:skip|skips|miss|misses|avoid|avoids|bypass|bypasses|jump past|jumps past|get past|gets past|skip past|skip over|skips over|hear|sit through|lose|loses|cut out|cuts out|lands? on|gets? to|go straight to|goes straight to)\s+(?:(?:the|that|its|all the|this|those|straight to the|right to the)\s+)(?:[a-z]+\s+){0,3}?(?:intro|introduction|opening|beginning|part|bit|section|build up|buildup|verse|silence|talking|speech|applause|count in|countdown|noise|chorus|drop|hook|good part|best part)\b(?=\s*(?:$|[,.;!?\x{01}]|\s+(?:and|but|then)\b))"#) { _, p in
            musicNamed.occurs(in: p.text) || !p.files.isEmpty ? Found().notNegatable : nil
        }.needing(["intro", "opening", "beginning", "part", "bit", "section", "build", "verse", "silence", "talking", "speech", "applause", "count", "noise", "chorus", "drop", "hook"]),
        // "(60 fps please) since it's mostly action shots", "because they're all landscape photos", "as the
        // pictures are mostly sports shots": why a setting is asked, what the photos mostly are (a shape
        // named there, "since they're all vertical shots", is left to the rules)
        Rule(#"\b(?:since|because|cause|cuz|coz|as|bc)\s+(?:its|it is|theyre|they are|these are|those are|(?:the|my|our|these|those)\s+(?:photos|pictures|pics|shots|images)\s+(?:are|were))\s+(?:(?:mostly|mainly|all|just|only|largely|basically|pretty much|almost all|nearly all|a lot of|lots of|of)\s+)*((?:[a-z]+\s+){0,2}?)(?:shots|photos|pictures|pics|images|portraits|landscapes|selfies|close ups|closeups|candids|snaps|stills)\b(?=\s*(?:$|[,.;!?\x{01}]))"#) { m, _ in
            let kind = m[1] ?? ""
            return storySettingWord.occurs(in: kind) || platformHint.occurs(in: kind) ? nil : Found().notNegatable
        }.needing(["since", "because", "cause", "cuz", "coz", "as ", "bc"]),
        // "Put the elevations in the order I shot them", "could you put the pages in date order", "sort the
        // renders by date": the user's own noun for the photos, before the order asked for (read by the
        // order rules)
        Rule(#"(?:^|(?<=[,.;!?\x{01}]))\s*(?:(?:so|and|but|also|then|now|ok|okay|please|pls|plz)\s+)*(?:(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+|pls\s+|just\s+)?)?(?:put|arrange|sort|order|line up|lay out|place|have)\s+(?:all\s+)?(?:the|my|our|these|those)\s+((?:[a-z]+\s+)?[a-z]+s)(?=\s+(?:in\s+(?:the\s+)?(?:order|date order|chronological order|time order|sequence)\b|chronologically\b|by\s+(?:date|time|when)\b|(?:from\s+)?(?:oldest|earliest|newest|latest)\b))"#) { m, _ in
            let noun = m[1] ?? ""
            return storySettingWord.occurs(in: noun) || platformHint.occurs(in: noun) || wishWord.occurs(in: noun) ? nil : Found().notNegatable
        }.needing(["order", "chronolog", "date", "time", "when", "oldest", "earliest", "newest", "latest"]),
        // "My portrait photography business needs (a quick low-res preview)", "our studio wants (a square
        // version)", "the client would like (a 30 second cut)": who the video is for, opening the ask that
        // follows (read by the rules); "Committee wants a (90 second slideshow)", "now the club owner wants it (for the big
        // screen)": the same, with who asks named bare or the video called "it" before what it is for; a setting named in the subject leaves the clause to them; "one of our
        // families asked for a memorial video (of their dad)": who asked, and the occasion of the video
        Rule(#"(?:^|(?<=[,.;!?\x{01}])|(?<=\s)(?=(?:and|but|so)\s+(?:now\s+)?(?:(?:one|some|two|three|\d{1,3}|a few|several|many|most|all|each|both|a couple) of\s+)?(?:my|our|the|his|her|their)\s))\s*(?:(?:so|and|but|ok|okay|well|hi|hello|hey|now)\s+)*(?:(?:one|some|two|three|\d{1,3}|a few|several|many|most|all|each|both|a couple) of\s+)?(?:(?:my|our|the|his|her|their)\s+|(?=(?:committee|client|boss|management|marketing|council|board|mum|mom|dad|coach|teacher|grandma|nan|nana|school|church)\s))((?:[a-z]+\s+){0,3}?[a-z]+)\s+(?:(?:really|just|also|now|urgently)\s+)?(?:needs|wants|would like|d like|is after|asked for|has asked for|have asked for|asked me for|asked us for|requested)\s+(?:(?:a|an|some)(?:\s+(?:quick|fast|short|simple|rough|little|small|new))?(?:\s+(?:memorial|tribute|farewell|birthday|retirement|anniversary|wedding|graduation|celebration|remembrance|funeral|thank you|welcome|recap|highlights?)\s+(?:video|slideshow|slide show|montage|reel|movie)\b)?|it(?=\s+(?:for|by|on|before|tonight|today|tomorrow|asap)\b|\s*\x{01}))(?=\s+[a-z0-9]|\s*(?:$|[,.;!?\x{01}]))"#) { m, _ in
            let subject = m[1] ?? ""
            return storySettingWord.occurs(in: subject) || platformHint.occurs(in: subject) || wishWord.occurs(in: subject) ? nil : Found().notNegatable
        }.needing(["needs", "wants", "would like", "d like", "is after", "asked for", "requested"]),
        // "(Dad kept the light for 31 years) and these are his last ten photos from the tower", "here are 12 pics
        // from our trip", "these are the only photos we have of the farm": the photos given, said as what they are
        // (a first or last of them only as a first or last in someone's life: "his last ten photos", never "the
        // last 3 photos", which names photos of the video)
        Rule(#"(?:^|(?<=[,.;!?\x{01}])|(?<=\s)(?=(?:and|so|but)\s+(?:these|here|those)\s))\s*(?:(?:and|so|but|ok|okay|hi|hey|also)\s+)*(?:these|here|those|attached)\s+(?:are|r|were)\s+(?:(?:all|just|only|some of|most of|all of)\s+)?(?:(?:the|these|those)\s+)?(?:(?:his|her|my|our|their|your|[a-z]+s)\s+(?:(?:very|old|own)\s+)?(?:(?:last|first|final|only|favou?rite|best|oldest|newest|latest|remaining|earliest)\s+)?|(?:only|remaining|best|favou?rite|old|few|couple of)\s+)?(?:\d{1,3}\s+|(?:a\s+)?(?:few|couple(?:\s+of)?)\s+)?(?:(?:old|favou?rite|best|family|wedding|holiday|vacation|trip|film|scanned|phone)\s+)?(?:photos|pictures|pics|images|snaps|scans|prints|polaroids)\b([^,.;!?\x{01}]{0,60})(?=\s*(?:$|[,.;!?\x{01}]))"#) { m, _ in
            // "photos of one violin", "pictures of a single house": one thing shown, no number of the video
            let rest = oneThingShown.replacing(in: m[1] ?? "") { _ in " of " }
            guard rest.isEmpty || photosGivenTail.occurs(in: rest) else { return nil }
            return storySettingWord.occurs(in: rest) || platformHint.occurs(in: rest) || storyAskingWord.occurs(in: rest)
                || wishWord.occurs(in: rest) ? nil : Found().notNegatable
        }.needing(["photos", "pictures", "pics", "images", "snaps", "scans", "prints", "polaroids"]),
        // "(a welcome video for the waiting-room TV —) ten photos of the team", "ten shots from callouts and training",
        // "(for our Instagram stories:) ten staff photos": the photos given, said as a count opening a clause
        // (what they are of is story by default; a count with a pace, "10 photos a minute", is left to the rules)
        Rule(#"\b\d{1,3}\s+((?:[a-z]+\s+){0,2}?)(?:photos|pictures|pics|images|shots|snaps|stills|portraits)\b(?=\s*(?:$|[,.;:!?\x{01}])|\s+(?:of|from|taken|showing|shot)\b)"#) { m, p in
            let kind = m[1] ?? ""
            // the 24 characters before it, marked so that a cut-off start is no start of the text
            let whole = (p.text as NSString).substring(to: m.range.location)
            guard countOpens.occurs(in: whole.count > 24 ? "x" + whole.suffix(24) : whole) else { return nil }
            return storySettingWord.occurs(in: kind) || platformHint.occurs(in: kind) || storyAskingWord.occurs(in: kind)
                || wishWord.occurs(in: kind) || countedAsk.occurs(in: kind) ? nil : Found().notNegatable
        }.needing(["photos", "pictures", "pics", "images", "shots", "snaps", "stills", "portraits"]),
        // "(make it 1:1 please,) I'll add text above and below", "we'll put the prices in ourselves in Canva", "I'm
        // going to add music later in CapCut": what the user will add on their own, no ask of Reel (only with
        // where, when or who: a plain "I'll add a title" is left to the rules); 文字我之后自己加, 字幕我自己会加
        Rule(#"(?:^|(?<=[,.;!?\x{01}])|(?<=\s)(?=(?:and|so|but|since|as|because|cause|cuz|coz|bc)\s))\s*(?:(?:and|so|but|since|as|because|cause|cuz|coz|bc|then)\s+)*(?:i|we)\s*(?:'?\s*ll|will|'?\s*m\s+going\s+to|am\s+going\s+to|'?\s*re\s+going\s+to|are\s+going\s+to|'?\s*m\s+gonna|'?\s*re\s+gonna|plan\s+to|want\s+to|can)\s+(?:(?:just|probably|then|also|still)\s+)*(?:add|put|write|type|overlay|do|drop|stick|slap|place|lay)\s+(?:(?:in\s+)?(?:the|some|my|our|a|an|all the|any)\s+)?(?:[a-z]+\s+){0,2}?(?:text|texts|captions?|titles?|words|writing|wording|logos?|stickers?|music|songs?|sound|audio|voice ?over|narration|hashtags?|info|details|prices?|dates?|names?|credits|graphics)(?:\s+(?:in|on|into|with|using|via|over)\s+(?:[a-z]+\s+)?[a-z]+|\s+(?:myself|ourselves|later|later on|afterwards|after|after that|above and below|above|below|on top|underneath|at the top and bottom|at the top and the bottom|top and bottom|separately|in post|by hand|on my end|on my own|on our end|on our own))+\b(?=\s*(?:$|[,.;!?\x{01}]))|(?:^|(?<=[,.;!?，。；！？\x{01}]))\s*(?:文字|字幕|标题|文案|音乐|配乐|logo)?(?:我|我们)(?:之后|后面|回头|等下|待会儿?|后期)?(?:会)?(?:自己|亲自)(?:会)?(?:再)?(?:加|配|打|写|放)(?:上|进去)?(?:文字|字幕|标题|文案|音乐|配乐|logo)?(?:就行|就好|就可以)?了?(?=\s*(?:$|[,.;!?，。；！？\x{01}]))"#) { m, _ in
            // a photo named ("on photo 3", "over the last pic") makes it an edit of the video
            photoWordOrNumber.occurs(in: m.text) ? nil : Found().notNegatable
        }.needing(["add", "put", "write", "type", "overlay", "do ", "drop", "stick", "slap", "place", "lay", "自己", "亲自"]),
        // "Making a build video of my first dovetail box for my apprenticeship portfolio", "I'm putting together a
        // slideshow of our allotment for the open day", "Putting together a clip of our kestrel's first free flights
        // for the club newsletter", "Putting together a short video of this season's dig for the department open
        // day": what the user is making and of what, opening the request
        // (a setting named in it, "making a vertical video of…", leaves it to the rules)
        Rule(#"(?:^|(?<=[,.;!?\x{01}]))\s*(?:(?:so|ok|okay|hi|hey|hello|just|well)\s+)*(?:(?:i\s*m|i am|we\s*re|we are)\s+(?:just\s+)?)?(?:making|doing|putting together|creating|editing|building)\s+(?:a|an|my|our|this)\s+((?:[a-z-]+\s+){0,2}?)(?:video|vid|slideshow|slide show|reel|montage|film|recap|clip|compilation|edit|short film|tribute)\s+(?:of|about|for|on|showing)\s+([^,.;!?\x{01}]{1,90})(?=\s*(?:$|[,.;!?\x{01}]))"#) { m, _ in
            // "a short video of this season's dig", "a quick little clip of…": the kind of video, no length asked
            let kind = makingKindSize.replacing(in: m[1] ?? "") { _ in " " }
            // "my first dovetail box": a first in the user's life, no first photo
            let what = ownFirst.replacing(in: m[2] ?? "") { _ in " " }
            return [kind, what].contains { storySettingWord.occurs(in: $0) || platformHint.occurs(in: $0) || storyAskingWord.occurs(in: $0)
                || wishWord.occurs(in: $0) } ? nil : Found().notNegatable
        }.needing(["making", "doing", "putting together", "creating", "editing", "building"]),
        // "I make sails for a living", "we build wooden boats by hand", "my wife and I bake sourdough for the
        // farmers market", "I restore old motorbikes as a hobby": the user's trade or craft, told to introduce
        // what the photos show (what is made names no setting, platform or ask)
        Rule(#"(?:^|(?<=[,.;!?\x{01}]))\s*(?:(?:so|ok|okay|hi|hey|hello|well|and)\s+)*(?:i|we|my\s+[a-z]+\s+and\s+i|[a-z]+\s+and\s+i)\s+(?:(?:also|still|mostly|mainly|just)\s+)?(?:make|build|sew|bake|brew|knit|crochet|carve|paint|restore|repair|fix|design|craft|grow|raise|breed|train|groom|weld|forge|throw|blow|roast|cook|stitch|weave|tattoo)\s+((?:[a-z'-]+\s+){0,3}?[a-z'-]+)\s+(?:for a living|for work|for my job|as my job|as a job|for money|professionally|full time|part time|as a hobby|on the side|in my spare time|by hand|from home|for (?:the|a|our|my)\s+(?:farmers\s+|local\s+|weekend\s+|village\s+|christmas\s+|night\s+)?(?:market|markets|shop|store|cafe|café|bakery|business|brand|stall|fair|fairs))(?=\s*(?:$|[,.;!?\x{01}])|\s+(?:and|but|so)\s)"#) { m, _ in
            let what = m[1] ?? ""
            return storySettingWord.occurs(in: what) || platformHint.occurs(in: what) || storyAskingWord.occurs(in: what)
                || wishWord.occurs(in: what) || Pattern(#"^(?:it|them|this|that|these|those|sure|one)\b"#).occurs(in: what) ? nil : Found().notNegatable
        }.needing(["for a living", "for work", "for my job", "as my job", "as a job", "for money", "professionally", "full time", "part time", "as a hobby", "on the side", "in my spare time", "by hand", "from home", "market", "shop", "store", "cafe", "café", "bakery", "business", "brand", "stall", "fair"]),
        // 我在西安读大四, 我们在成都上班, 我喺香港读书: where the user studies or works, a story only
        Rule(#"(?:^|(?<=[,.;!?，。；！？\x{01}]))\s*(?:我们|我們|我哋|我|本人)(?:现在|現在|目前|今年|还|還)?(?:在|喺|于|於)\p{Han}{1,8}?(?:读书|讀書|念书|念書|上学|上學|读|讀|念|上班|工作|打工|生活|教书|教書)(?:大[一二三四1-4]|研[一二三1-3]|高[一二三1-3]|初[一二三1-3]|大学|大學|高中|初中|小学|小學|研究生|博士|硕士|碩士|中学|中學)?(?=\s*(?:$|[,.;!?，。；！？\x{01}]))"#) { m, _ in
            let rest = String(m.text.drop(while: { $0 != "在" && $0 != "喺" && $0 != "于" && $0 != "於" }).dropFirst())
            return chineseStorySettingWord.occurs(in: String(schoolYear.replacing(in: rest) { _ in "" }.map(Traditional.simplified))) ? nil : Found().notNegatable
        }.needing(["在", "喺", "于", "於"]),
        // "(start the song 12 seconds in) because the intro is just crowd noise", "since the opening is
        // all talking", "as the song's first bit is silent", "because the intro drags", "since the intro takes
        // forever": why the music starts later, what its intro is
        Rule(#"\b(?:because|since|as|cause|cuz|coz|bc)\s+(?:the\s+|its\s+)?(?:(?:songs|tracks|musics|tunes)\s+)?(?:intro|introduction|opening|beginning|start|first bit|first part|first few seconds)\s+(?:(?:is|s|are|was|has|sounds)\s+|(?:(?:just|really|kinda|kind of|totally|always)\s+)*(?:drags|dragged|drag|drags on|goes on|went on|takes|took|lasts|lasted|runs|ran|feels|felt|sucks|bores|bored|puts|kills)\b)([^,.;!?\x{01}]*)(?=\s*(?:$|[,.;!?\x{01}]))"#) { m, p in
            // "is way too long", "takes forever", "feels so slow": how long the intro is, what the later start skips
            let what = introPace.replacing(in: m[1] ?? "") { _ in " " }
            guard musicNamed.occurs(in: p.text) || !p.files.isEmpty, !storySettingWord.occurs(in: what),
                  !storyAskingWord.occurs(in: what) else { return nil }
            return Found().notNegatable
        }.needing(["intro", "opening", "beginning", "start", "first bit", "first part", "first few"]),
        // "(don't use fade to black,) the black flashes make me dizzy", "those flashes give me a
        // headache": what a transition said no to elsewhere does to the viewer, its reason (a motion
        // or transition named in the clause is said no to by the words after it instead)
        Rule(#"(?:^|(?<=[,.;!?\x{01}]))\s*(?:(?:and|but|because|cause|cuz|since|as|plus|also|cos)\s+)*(?:the|all the|all that|all those|those|these|that|this)\s+((?:[a-z]+\s+){0,2}?[a-z]+)\s+(?:(?:just|really|always|kind of|kinda)\s+)?(?:makes?|made|gives?|gave)\s+(?:me|us|him|her|them|people|everyone|(?:my|our)\s+[a-z]+)\s+(?:feel\s+)?(?:(?:so|really|kinda|a bit|a little|super)\s+)?(?:dizzy|sick|nauseous|queasy|seasick|carsick|motion sick|a headache|headaches)\b(?=\s*(?:$|[,.;!?\x{01}]))"#) { m, p in
            let subject = m[1] ?? ""
            guard !motionOrTransitionName.occurs(in: subject) else { return nil }
            let outside = (p.text as NSString).replacingCharacters(in: m.range, with: " ")
            return motionOrTransitionName.occurs(in: outside) ? Found().notNegatable : nil
        }.needing(["dizzy", "sick", "nauseous", "queasy", "headache"]),
        // "like the slide shows we used to put on in the mess", "just like the home movies my dad used
        // to make": the user's memory the video should recall, a story only
        Rule(#"\b(?:(?:just|kind of|kinda|a bit)\s+)?like\s+(?:the|those|our|my|his|her|their)\s+(?:old\s+)?(?:[a-z]+\s+){0,2}?(?:slide shows?|slideshows?|videos?|films?|movies?|home movies|shows?|ones|tapes|reels)\s+(?:(?:we|i|they|you|he|she|(?:my|our)\s+[a-z]+)\s+)?(?:used to|would|did|made|had|put on|watched|once made)\b([^,.;!?\x{01}]*)(?=\s*(?:$|[,.;!?\x{01}]))"#) { m, _ in
            storySettingWord.occurs(in: m[1] ?? "") ? nil : Found().notNegatable
        }.needing(["used to", "would", "did", "made", "had", "put on", "watched"]),
        // BGM小声一点，把我说话的声音都盖住了; 音乐太吵了，都听不清我讲话; "turn the music down, it drowns out my
        // voice"; 孩子们唱歌的声音都被盖住了, "it drowns out the kids singing": the reason the music should be
        // quieter, a voice (speaking or singing) it covers
        Rule(#"(?:^|(?<=[,.;!?，。；！？\x{01}]))\s*(?:因为|不然|要不然|都)?(?:它|音乐|背景音乐|bgm|歌)?(?:都)?(?:把)?(?:我|我们|人|大家|他|她|人家|孩子们|孩子|小朋友们|小朋友|宝宝|新人|新娘|合唱团|大家伙)?(?:说话|讲话|解说|旁白|对白|念的|唱歌|唱的歌|歌唱|致辞|发言)(?:的)?(?:声音|声)?(?:都|全|完全)?(?:被)?(?:盖住|盖过|压住|淹没|听不清|听不见|听不到)了?(?:啊|呀|吧|啦)?(?=\s*(?:$|[,.;!?，。；！？\x{01}]))|(?:^|(?<=[,.;!?，。；！？\x{01}]))\s*(?:都)?听不(?:清|见|到)(?:我|我们|人|他|她)?(?:说话|讲话|说的话|在说什么)了?(?=\s*(?:$|[,.;!?，。；！？\x{01}]))|\b(?:it|the music|the song|the bgm|the track)\s+(?:(?:completely|totally|kind of|kinda|just|really)\s+)?(?:drowns out|drowned out|drowns|covers|covered|is covering|overpowers|buries|is drowning out)\s+(?:my|our|the|his|her|their)\s+(?:(?:kids|childrens|children|choirs|brides|grooms|pastors)\s+)?(?:voice|voices|voiceover|voice over|narration|talking|speech|speeches|commentary|words|singing|choir|vows|toast|toasts|sermon)\b"#) { _, p in
            musicNamed.occurs(in: p.text) ? Found().notNegatable : nil
        }.needing(["说话", "讲话", "解说", "旁白", "对白", "念的", "唱", "致辞", "发言", "drown", "cover", "overpower", "bur"]),
        // 我们是大三班家委会, 我是二年级三班的班主任, 我们都是足球队的家长: who is asking, said as the group they are of
        Rule(#"(?:^|(?<=[,.;!?，。；！？\x{01}]))\s*(?:大家好|你好|您好)?\s*(?:我们|我|咱们|本人)(?:都)?是(\p{Han}{0,10}?|[\p{Han}0-9]{0,10}?)(?:家委会|家长会|家长|老师|班主任|志愿者|队员|同学|学生|员工|店主|老板|摄影师|社团|俱乐部|协会|工作人员|校友会|同学会|团队)(?:的)?(?:成员|一员|代表)?(?=\s*(?:$|[,.;!?，。；！？\x{01}]))"#) { m, _ in
            let group = schoolClass.replacing(in: m[1] ?? "") { _ in "" }
            return chineseStorySettingWord.occurs(in: group) ? nil : Found().notNegatable
        }.needing(["是"]),
        // 今天这家九宫格火锅巨巴适, 这家店的拉面超好吃, 这碗面真香: what the user thinks of the food, a story
        Rule(#"(?:^|(?<=[,.;!?，。；！？\x{01}]))\s*(?:今天|今晚|昨天|这次|刚刚)?(?:吃的)?(?:这家|那家|这间|这个|这顿|这碗|这道|这锅)([\p{Han}0-9]{0,10}?)(?:也|真的)?(?:巨|超|太|很|好|真|贼|特别|超级|非常|老)(?:巴适|好吃|香|棒|赞|绝|辣|鲜|嫩|下饭|值|划算|正宗|地道|过瘾|爽)了?(?:啊|呀|哦|吧|啦|哈)?(?=\s*(?:$|[,.;!?，。；！？\x{01}]))"#) { m, _ in
            let what = (m[1] ?? "").filter { !$0.isNumber }
            return chineseStorySettingWord.occurs(in: what) ? nil : Found().notNegatable
        }.needing(["巴适", "好吃", "香", "棒", "赞", "绝", "辣", "鲜", "嫩", "下饭", "值", "划算", "正宗", "地道", "过瘾", "爽"]),
        // "(I'm vertically challenged) so half the group shots are from below", "most of the pics were taken from
        // the back row", "the photos are all from a low angle": where the photos were taken from, a story only
        Rule(#"(?:^|(?<=[,.;!?\x{01}])|(?<=\s)(?=(?:so|and|but|because|cause|since|as)\s))\s*(?:(?:so|and|but|because|cause|cuz|since|as|also|sadly|unfortunately)\s+)*(?:(?:half|most|some|all|a few|a lot|lots|many|several|a couple|one|two|three|\d{1,2})\s+(?:of\s+)?)?(?:the|my|our|these|those|his|her|their)\s+(?:[a-z]+\s+)?(?:shots|photos|photographs|pictures|pics|images|snaps)\s+(?:are|were|r|got|ended up|came out)\s+(?:(?:all|mostly|kind of|kinda|a bit|basically|pretty much|taken|shot|being|looking up)\s+)*(?:from\s+(?:below|above|underneath|behind|far away|a distance|down low|low down|up high|up top|(?:the|a|my|our)\s+(?:[a-z]+\s+)?(?:side|back|front|floor|ground|stands|crowd|balcony|back row|bleachers|gallery|pit|sidelines|touchline|stage|stairs|low angle|high angle|weird angle|odd angle|distance))|at\s+(?:a|an)\s+(?:weird|odd|funny|low|high|strange|awkward)\s+angle)(?=\s*(?:$|[,.;!?\x{01}]))"#) { _, _ in
            Found().notNegatable
        }.needing(["shot", "photo", "pic", "image", "snap"], and: ["from", "angle"]),
        // 一半的合照都是从下面拍的, 照片大部分是在后排拍的: where the photos were taken from, a story only
        Rule(#"(?:^|(?<=[,.;!?，。；！？\x{01}]))\s*(?:因为|所以|不好意思|抱歉|可惜)?\s*(?:(?:一半|1半|大部分|大多数|很多|好多|不少|有些|有几张|几张|所有|全部)(?:的)?)?(?:合照|合影|照片|相片|图片)(?:里|中)?(?:有(?:一半|1半)|有些|大部分|大多|基本上?|几乎)?(?:都|全)?(?:是)?(?:从|在)(?:下面|下往上|下方|底下|上面|上往下|上方|后面|后排|侧面|旁边|远处|台下|观众席|看台|楼上|低处|高处)(?:往上|往下)?(?:拍|照|拍摄)(?:的)?(?:了)?(?=\s*(?:$|[,.;!?，。；！？\x{01}]))"#) { _, _ in
            Found().notNegatable
        }.needing(["拍", "照"], and: ["从", "在"]),
        // "(could you) make a gentle little film (of my garden photographs)", "create a lovely quiet slideshow (for
        // grandma)": the video asked for, called by words of its kind (what it is of, its length and its shape are
        // read by the rules; a short or quick one is left to them)
        Rule(#"\b(?:make|create|prepare|produce|put together|do|craft)\s+(?:me\s+|us\s+|her\s+|him\s+|them\s+)?(?:a|an)\s+(?:(?:little|lovely|gentle|calm|peaceful|quiet|soft|simple|sweet|nice|small|special|heartfelt|tender|touching|beautiful|modest|humble|proper|private|personal|keepsake|memorial)\s+)+(?:film|video|movie|slideshow|slide show|montage|keepsake|tribute|picture show)(?=\s+(?:of|about|for|from|showing|with|to)\s)"#) { _, _ in
            Found().notNegatable
        }.needing(["film", "video", "movie", "slide", "montage", "keepsake", "tribute", "picture show"]),
        // "(could you make) the end-of-year video", "our end of season party", "the end-of-term slideshow": the
        // occasion at the end of a school year or a season, no end of the video
        Rule(#"\bend\s*-?\s*of\s*-?\s*(?:the\s+)?(?:school\s+|academic\s+|club\s+|football\s+|rugby\s+|netball\s+|swim\s+|dance\s+)?(?:year|term|season|semester|summer|camp|course|tour)\b|\b(?:year|season|term)\s*-?\s*end\b"#) { _, _ in
            Found().notNegatable
        }.needing(["end"]),
        // "quick before/after of today's oak takedown", "a before and after of the kitchen", "before-and-after
        // reel": a video that shows a job before and after, a kind of video (not where a transition goes: "a crossfade
        // before and after photo 5")
        Rule(#"\b(?:(?:a|an|the|my|our|quick|simple|short|little)\s+)*before\s*(?:/|&|\+|-|and|n|vs\.?|versus|to|or)\s*after(?:\s+(?:video|vid|reel|clip|slideshow|post|comparison|compare|shots?|photos|pics|pictures|transformation|reveal))?\b(?!\s+(?:(?:photo|picture|pic|image|slide|shot|clip)s?\b|(?:the|each|every)\s+(?:(?:first|last|title|song|music|speech|photo|picture|pic|slide)\b)|\d))"#) { _, _ in
            Found().notNegatable
        }.needing(["before"], and: ["after"]),
        // "(a photographer who charges $50 a bout) which is a steal honestly", "which was a bargain tbh", "which is
        // pretty reasonable": what the user thinks of a price told in the story
        Rule(#"(?<=\s|,)\s*(?:which|that|and that|and it)\s+(?:is|was|s|seems|felt)\s+(?:(?:a|an|such a|a real|an absolute|a total|really|honestly|pretty|so|very|quite|actually|totally|a bit|kind of|kinda)\s+)*(?:steal|bargain|good deal|great deal|deal|rip off|ripoff|rip-off|cheap|reasonable|fair|expensive|pricey|worth it|daylight robbery)(?:\s+(?:honestly|tbh|really|imo|though|lol|haha|if you ask me|for what you get))*(?=\s*(?:$|[,.;!?\x{01}]))"#) { _, _ in
            Found().notNegatable
        }.needing(["steal", "bargain", "deal", "rip", "cheap", "reasonable", "fair", "expensive", "pricey", "worth", "robbery"]),
        // "I need it to fill the gap between the two speeches", "we need it to cover the break before the
        // raffle", "it's to fill the pause between sets": what the video is for at the event, no length named
        // (the length said beside it is read by the rules)
        Rule(#"(?:^|(?<=[,.;!?\x{01}]))\s*(?:(?:so|and|but|basically|well|ok|okay)\s+)*(?:(?:i|we|they|she|he)\s+(?:just\s+|really\s+)?(?:need|needs|want|wants|d like|would like)\s+(?:it|this|the video|the slideshow|something)\s+|(?:it|this)\s*(?:s|is|will be|ll be)\s+(?:just\s+)?|(?:its|the video is|the slideshow is)\s+(?:just\s+)?)?(?:to|for)\s+(?:fill|cover|plug|play (?:in|during))\s+(?:the|a|that)\s+(?:(?:short|little|long|awkward|big)\s+)?(?:gap|break|interval|pause|intermission|changeover|lull|wait|slot|downtime)\s+(?:between|before|after|during|in)\s+([^,.;!?\x{01}]{1,60}?)(?=\s*(?:$|[,.;!?\x{01}]))"#) { m, _ in
            // "the 2 speeches", "the 3rd and 4th sets": how many of the event's parts, no number of the video
            let what = eventCount.replacing(in: m[1] ?? "") { _ in " " }
            return storySettingWord.occurs(in: what) || wishWord.occurs(in: what) ? nil : Found().notNegatable
        }.needing(["gap", "break", "interval", "pause", "intermission", "changeover", "lull", "wait", "slot", "downtime"], and: ["fill", "cover", "plug", "play"]),
        // "(my late wife's rose garden,) which she tended from 1974 until 2019", "which he ran from 1962 to 1998",
        // "that we built in 1985": what someone did with the thing named, and in which years
        Rule(#"(?:^|(?<=[,.;!?\x{01}])|(?<=\s))\s*(?:which|that|where|who)\s+(?:(?:he|she|they|we|i|my\s+[a-z]+|our\s+[a-z]+|his\s+[a-z]+|her\s+[a-z]+)\s+)?(?:(?:had|has|have|lovingly|proudly|carefully|first)\s+)?([a-z]+)(?:\s+(?:it|them|up|on|there|together|herself|himself|themselves))?\s+(?:from|since|between|in|back in|around)(?:\s*(?:1[5-9]\d\d|20\d\d)(?:\s+(?:until|till|to|and|through)\s+(?:1[5-9]\d\d|20\d\d))?)?(?=\s*(?:$|[,.;!?\x{01}]))"#) { m, _ in
            // (the years may have been taken already as story numbers, "1974 until 2019": their place is marked,
            // and a match may not take a part already read, so the mark is only looked at)
            let verb = m[1] ?? ""
            return storySettingWord.occurs(in: verb) || wishWord.occurs(in: verb) || storyAskingWord.occurs(in: verb)
                || verb == "is" || verb == "was" ? nil : Found().notNegatable
        }.needing(["which", "that", "where", "who"], and: ["from", "since", "between", "in", "around"]),
        // 用来填两个致辞中间的空档, 是拿来垫颁奖前的空当的: the gap at the event the video fills, no length named
        Rule(#"(?:^|(?<=[,.;!?，。；！？\x{01}]))\s*(?:这个|这个视频|视频)?(?:是)?(?:用来|拿来|为了)(?:填|填补|垫|撑|补)(?:一下)?([\p{Han}0-9]{0,14}?)的?(?:空档|空当|空隙|间隙|空白|冷场)的?(?:吧|啦|哈)?(?=\s*(?:$|[,.;!?，。；！？\x{01}]))"#) { m, _ in
            // "两个致辞中间": where the gap is, no setting
            let what = (m[1] ?? "").filter { !$0.isNumber }.replacingOccurrences(of: "中间", with: "").replacingOccurrences(of: "之间", with: "")
            return chineseStorySettingWord.occurs(in: what) ? nil : Found().notNegatable
        }.needing(["空档", "空当", "空隙", "间隙", "空白", "冷场"]),
    ]

    /// A size word in the kind of video the user is making ("a short video of…", "a quick little clip of…"):
    /// what kind of video it is, no length asked.
    private static let makingKindSize = Pattern(#"\b(?:short|quick|little|small|brief|wee)\b"#)

    /// A first in someone's life ("my first dovetail box", "her very first recital", "our kestrel's first free
    /// flights", as normalised "our kestrels first"): no first photo.
    private static let ownFirst = Pattern(#"\b(?:my|our|his|her|their|your)\s+(?:[a-z]+s\s+)?(?:very\s+)?(?:first|1st)\b"#)

    /// How long or slow a song's intro is ("way too long", "so slow", "forever", "a bit long"): said of the
    /// intro, what a later start skips, no length of the video.
    private static let introPace = Pattern(#"\b(?:(?:way|far|much|so|too|really|super|kinda|a bit|a little|bit)\s+)*(?:long|slow|boring|forever|ages)\b"#)

    /// A photo or a number, which a clause of what the user adds on their own does not name.
    private static let photoWordOrNumber = Pattern(#"\d|\b(?:photos?|pictures?|pics?|images?|slides?|shots?|clips?)\b|照片|第"#)

    /// What may stand before a count of photos that opens a clause: the clause's start, "and", "about".
    private static let countOpens = Pattern(#"(?:^|[,.;:!?\x{01}])\s*(?:(?:and|so|plus)\s+)?(?:(?:about|around|roughly|some)\s+)?$"#)

    /// Words before a count of photos that make it an ask ("10 more photos", "3 extra pics", "5 other shots").
    private static let countedAsk = Pattern(#"\b(?:more|extra|fewer|less|other|last|first|best|random|new)\b"#)

    /// What may follow the photos given in "these are his last ten photos …": where or when they were
    /// taken, or who took them ("from the tower", "of the farm", "we have", "she took").
    private static let photosGivenTail = Pattern(#"^\s+(?:from|of|at|on|in|with|taken|shot|that|which|i|we|he|she|they|you|my|our|his|her|left|before|after|during)\b"#)

    /// A count or rank of an event's parts ("2 speeches", "3rd"), left out before what a video fills a gap
    /// between is judged (a unit after it, "2 seconds", is still a setting word).
    private static let eventCount = Pattern(#"\b\d{1,2}(?:st|nd|rd|th)?\b"#)

    /// One thing the photos show ("of 1 violin", as normalised, "of a single house"), not a number of photos or
    /// seconds: left out before the photos given are judged.
    private static let oneThingShown = Pattern(#"^\s+of\s+(?:1|a single|just 1|only 1)\s+(?=[a-z]+(?:\s+[a-z]+)?\s*$)(?!(?:seconds?|secs?|minutes?|mins?|photos?|pictures?|pics?|images?|shots?|slides?)\b)"#)

    /// Motion and transitions named by what they are ("zooming", "fade to black"): a clause that
    /// names one as what makes someone dizzy is left to the words that say it is disliked.
    private static let motionOrTransitionName = Pattern(#"\b(?:transitions?|fades?|fading|crossfades?|dissolves?|cuts?|zoom(?:s|ing)?|pan(?:s|ning)?|motion|movement|moving|ken burns)\b"#)

    /// A class or year at school (大3班, 2年级3班, 中班): part of a group's name, no setting.
    private static let schoolClass = Pattern(#"(?:[大中小]|学前)?\s?[\d一二三四五六七八九十]{0,2}\s?年级|(?:[大中小]|学前)?\s?[\d一二三四五六七八九十]{0,2}\s?班|[高初]\s?[\d一二三]|[\d一二三四五六七八九十]{1,2}\s?届"#)

    /// A year at university or school (大三, 研一, 高二): part of where the user studies, no setting.
    private static let schoolYear = Pattern(#"大[一二三四1-4]|研[一二三1-3]|高[一二三1-3]|初[一二三1-3]"#)
}
