import Foundation

/// The story a chatty user tells around the ask: who they are ("we run a small bakery"), what
/// they are doing ("putting together something for…"), what there is ("there are loads of
/// memories in there"), what people think ("my mum loved the previous one", "nobody on my feed
/// has the patience", "it would feel more emotional"), what went wrong before ("some of them
/// went the other way before") and hedges around the ask ("maybe a bit quieter?", "if posible").
///
/// Each rule reads a whole kind of clause, not a phrase: a clause is taken as a reason only when
/// it names no setting, no number and asks for nothing, so a clause that does ("my mum wants it
/// shorter", "there are too many photos") is still read by the other rules or reported. A
/// complaint that names a setting ("the photos flew by way too fast") is a reason only when
/// another clause of the request asks for a change of that same setting outright.
extension PromptInterpreter {
    /// Read right after ``asideRules``, before the rules that read settings.
    static let storyRules: [Rule] = [
        // "maybe a bit quieter?", "perhaps a little louder please", "I guess smaller": a hedge before a
        // bare comparative is part of the ask (the sound; the title's size after the title was named);
        // "quieter a bit can?", "louder a bit or not": the same asked as in Singapore;
        // "and it could be a touch louder overall": the wish said of the video
        Rule(#"(?:^|(?<=[,.;!?\x{01}]))\s*(?:(?:and|but|so|then|or|ok|okay|hmm|um|also|oh)\s+)*(?:(?:maybe|perhaps|possibly|probably|ideally|i guess|i think|i suppose|i reckon|idk|just|even|if possible|if you can|could it be|can it be|it could be|it can be|it should be|it could use being|could you make it|can you make it|make it)\s+)*(?:(?:a bit|a little|a tad|a touch|slightly|much|a lot|way|even|just|bit)\s+)*(louder|quieter|softer|bigger|larger|smaller)(?:\s+(?:a bit|a little|a tad|abit|slightly))?(?:\s+(?:please|pls|plz|maybe|perhaps|i guess|i think|if possible|if you can|then|though|too|still|thanks|thx|can|or not|can or not|can anot|anot|lah|leh|ok|overall|all round|throughout))*(?=\s*(?:$|[,.;!?\x{01}]))"#) { m, p in
            switch m[1] ?? "" {
            // "clip sound on, a bit louder": the clips' own sound, which has no level to set
            case _ where clipSoundNamedLast(before: m.range.location, in: p.text): return nil
            case "louder": return Found(.adjustMusicVolume(0.1))
            case "quieter", "softer": return Found(.adjustMusicVolume(-0.1))
            default:
                guard lastTopic(before: m.range.location, in: p.text) == .title else { return nil }
                return Found(.scaleTitle(m[1] == "smaller" ? 0.7 : 1.4))
            }
        }.needing(["louder", "quieter", "softer", "bigger", "larger", "smaller"]),
        // 可能小声一点, 要不再大声点, 然后大声一点, 应该小声一点: a hedge (or "then", "ought to") before louder or quieter, after the music was named
        Rule(#"(?:^|(?<=[,.;!?，。；！？\x{01}]))\s*(?:可能|也许|或许|要不然|要不|大概|最好|应该|应当|能不能|可不可以|稍微|再|然后|接着)+(小声|大声|轻|响)(?:一点|一些|点)(?:吧|呀|啊|呢)?(?=\s*(?:$|[,.;!?，。；！？\x{01}]))"#) { m, p in
            guard lastTopic(before: m.range.location, in: p.text) == .music else { return nil }
            return Found(.adjustMusicVolume(m[1] == "大声" || m[1] == "响" ? 0.1 : -0.1))
        }.needing(["可能", "也许", "或许", "要不", "大概", "最好", "应该", "应当", "能不能", "可不可以", "稍微", "再", "然后", "接着"]),
        // "if possible", "if posible", "if at all possible", "if that's ok": a hedge after the ask
        Rule(#"\bif\s+(?:at all\s+|its\s+|it is\s+|thats\s+|that is\s+)?(?:pos{1,2}[aiy]b(?:le|el|l)|feasible|doable|(?:ok|okay|alright|not too much trouble|no trouble|no problem)(?=\s*(?:$|[,.;!?\x{01}])))\b"#) { _, _ in
            Found().notNegatable
        }.needing(["if "]),
        // "we run a small bakery", "I teach piano", "my wife and I sell handmade candles", "I mostly
        // do portrait work", "I'm a landscape architect": who is asking, said as what they do or are
        Rule(#"(?:^|(?<=[,.;!?\x{01}])|(?<=\s)(?=(?:i|we|im)\s))\s*(?:(?:hi|hello|hey|ok|okay|so|well|and|but|because|cause|since|as|also)\s+)*(?:(?:im|i am|were|we are)\s+(?:(?:just|also|only|both|still|actually)\s+)*(?:a|an)(?=\s)|(?:i|we|me and my [a-z]+|my [a-z]+ and i)\s+(?:(?:just|also|only|both|still|recently|currently|now|actually|mostly|mainly|usually|normally)\s+)*(?:run|own|do|shoot|manage|sell|make|bake|teach|coach|work|live|host|organi[sz]e|breed|grow|rent|help|volunteer|lead|study|write|design|cook|brew|craft|knit|restore|renovate|raise|foster|train|photograph))\b[^,.;:!?\x{01}]*?(?=\s*(?:$|[,.;:!?\x{01}]|\s(?:and|so|but|who|because)\s))"#) { m, p in
            // "a listing walkthrough (I mostly do portrait work, …)": mid-sentence, only as a bracket opens
            let ns = p.text as NSString
            if m.range.location > 0, ns.character(at: m.range.location - 1) == 0x20,
               !p.said(NSRange(location: max(0, m.range.location - 2), length: min(2, m.range.location) + 1)).contains("(") { return nil }
            // "I run a small landscape design studio (just 3 of us)": how many they are, in brackets
            let said = teamSize.replacing(in: sizeOfABusiness.replacing(in: withoutOccasions(p.said(m.range))) { _ in "" }) { _ in " " }
            guard !storySettingWord.occurs(in: said), !storyAskingWord.occurs(in: said), !platformHint.occurs(in: said) else { return nil }
            return Found().notNegatable
        }.needing(["run", "own", "do", "shoot", "im a", "am a", "re a", "manage", "sell", "make", "bake", "teach", "coach", "work", "live", "host", "organi", "breed", "grow", "rent", "help", "volunteer", "lead", "study", "write", "design", "cook", "brew", "craft", "knit", "restore", "renovate", "raise", "foster", "train", "photograph"]),
        // 我们开了一家小面包店, 我是开花店的, 我家经营一个小农场: who is asking, said as their business;
        // 我们是长沙一家口味虾店, 我们是1家小面馆: the business they are, where it is said before it
        Rule(#"(?:^|(?<=[,.;!?，。；！？\x{01}]))\s*(?:我们家|我们一家|咱家|我们|我家|我|我和[\p{Han}]{1,3})(?:自己)?(?:(?:是)?(?:开了|开|经营|经营着|在|做)(?:(?:一|1)(?:家|个|间)|家|个)?|是[\p{Han}]{0,6}?(?:一|1)(?:家|个|间))(?:小小的|小|大)?[\p{Han}]{1,6}?(?:店|馆|铺|工作室|公司|餐厅|农场|学校|幼儿园|诊所|民宿)(?:的)?(?=\s*(?:$|[,.;!?，。；！？\x{01}]))"#) { m, p in
            // the town said before 一家 (长沙一家…) names no setting, whatever its characters
            let said = Pattern(#"(?<=是)[\p{Han}]{1,6}?(?=(?:一|1)(?:家|个|间))|(?:(?:一|1)(?:家|个|间)|小小的|小|大)(?=[\p{Han}]{0,6}(?:店|馆|铺|工作室|公司|餐厅|农场|学校|幼儿园|诊所|民宿))"#).replacing(in: p.said(m.range)) { _ in "" }
            guard !chineseStorySettingWord.occurs(in: said) else { return nil }
            return Found().notNegatable
        }.needing(["店", "馆", "铺", "工作室", "公司", "餐厅", "农场", "学校", "幼儿园", "诊所", "民宿"]),
        // 妈妈很喜欢上一个, 大家都挺满意之前那版: what people thought of a video made before
        Rule(#"(?:^|(?<=[,.;!?，。；！？\x{01}]))\s*[\p{Han}]{0,4}?(?:很|特别|挺|超|都|也|非常|真的|蛮)*(?:喜欢|爱|满意)(?:上(?:一|1)个|上(?:一|1)版|上个|上次那个|上次的|之前那个|之前那版|之前的|原来的|原来那个)(?:视频|版本|版)?(?:的)?(?:了|啊|呀)?(?=\s*(?:$|[,.;!?，。；！？\x{01}]|但|可是|不过))"#) { _, _ in
            Found().notNegatable
        }.needing(["喜欢", "爱", "满意"]),
        // 上次做的有黑场，这次不要黑场了; 之前那版用了很多转场，这次…: what the video made before had, said
        // before what this one should have (the clause after it says 这次 / 这回 / 现在 and asks)
        Rule(#"(?:^|(?<=[,.;!?，。；！？\x{01}]))\s*(?:上次|上一次|上回|上个版本|之前|以前|原来)(?:做|剪|弄|出|发)?(?:的|那个|那版|的那个|的那版)?(?:视频|片子|版本|版)?(?:里|里面|中)?(?:有|用了|用的是|是|加了)[^,.;!?，。；！？\x{01}]{1,12}(?=\s*[,，;；。]\s*(?:这次|这回|今次|现在))"#) { _, _ in
            Found().notNegatable
        }.needing(["上次", "上一次", "上回", "上个版本", "之前", "以前", "原来"], and: ["这次", "这回", "今次", "现在"]),
        // "last time it had fade to black, this time no fades", "the last one used hard cuts, but this time…": the
        // same in English (the clause after it starts with "this time")
        Rule(#"(?:^|(?<=[,.;!?\x{01}]))\s*(?:(?:so|and|ok|okay)\s+)?(?:(?:the\s+)?last\s+(?:time|one|version|video|cut)|(?:the\s+)?(?:first|previous|old)\s+(?:one|version|video|cut)|before)\s+(?:it\s+|you\s+|we\s+|there\s+)?(?:had|has|used|was|were|did|put|added|got)\s+[^,.;!?\x{01}]{1,40}?(?=\s*[,;.]\s*(?:(?:but|so|and)\s+)?this\s+(?:time|one)\b)"#) { _, _ in
            Found().notNegatable
        }.needing(["last", "first", "previous", "old", "before"], and: ["this time", "this one"]),
        // "(I should be most grateful if you would) assemble these photographs of my late husband's garden into
        // a film (of one minute and thirty seconds)", "compile the pictures from the reunion into a slideshow",
        // "put these suit fittings into a video (for our Instagram feed)":
        // the photos made into the video, said as a letter says it (the length after "of" is read later)
        Rule(#"\b(?:assemble|compile|gather|collect|arrange|fashion|craft|weave|combine|stitch|put|make|turn|edit|bring|join|piece)\s+(?:together\s+)?(?:all\s+(?:of\s+)?)?(?:these|the|my|our|those|his|her|their)\s+(?:(?:lovely|old|few|precious|treasured|favourite|favorite|family|holiday)\s+)*(?:photographs|photos|pictures|pics|images|snapshots|snaps|prints|((?:[a-z]+\s+){0,2}?[a-z]+s))(?:\s+(?:together\s+)?(?:of|from|taken at|taken in|taken on|i took of|we took of)\s+([^,.;!?\x{01}]*?))?\s+(?:together\s+)?into\s+(?:a|an|one)\s+(?:(?:little|small|simple|lovely|nice|single|moving)\s+)*(?:film|video|movie|slideshow|slide show|montage|keepsake|picture show)(?:\s+of(?=\s+(?:\d|a\s+(?:minute|min)\b|half\b|about\s+\d|around\s+\d|roughly\s+\d|some\s+\d)))?(?=\s|$|[,.;!?\x{01}])"#) { m, _ in
            // "put these suit fittings into a video": the user's own noun for the photos, not a setting
            let subject = (m[1] ?? "") + " " + (m[2] ?? "")
            return storySettingWord.occurs(in: subject) || platformHint.occurs(in: subject)
                || wishWord.occurs(in: subject) ? nil : Found().notNegatable
        }.needing(["into"]),
        // "I'd like a little video of our new cakes for [Instagram Reels]", "we want a nice slideshow
        // about the garden", "we'd like a short teaser for the screens" (beside a length), "I teach chanoyu and
        // would like a calm little video of Sunday's tea gathering", "(I run the front desk) and need a calm
        // loop for the waiting-room TV", "I should like to prepare a short film of my late wife's rose garden for
        // the family": a wish for the video itself (what it
        // is of; the shape and the length are read later)
        Rule(#"(?:(?:\b(?:i|we)(?:d| would| should)?|(?<=\band )would)\s+|(?<=\band )(?=(?:(?:really|just|also|so)\s+)*(?:want|need)\s))(?:(?:really|just|also|so)\s+)*(?:like|love|want|need)\s+(?:to\s+(?:have|get|make|do|create|put together|prepare)\s+)?(?:a|an|some|one)\s+(?:(?:little|nice|cute|simple|fun|lovely|small|new|sweet|special|calm|peaceful|gentle|quiet|video|short|quick|brief)\s+)*(?:video|vid|slideshow|slide show|montage|reel|movie|film|recap|teaser|promo|trailer|loop)\b(?:\s+(?:of|about|from|showing|featuring)\s+(?:(?:the|our|my|his|her|their|some|all|all our|all my)\s+)?(?:[a-z]+\s+){0,3}?[a-z]+)?(?:\s+for(?=\s+(?:instagram|insta|ig|tiktok|tik tok|youtube|yt|facebook|fb|snapchat|reels?|stories|shorts|whatsapp)\b))?(?=\s*(?:$|[,.;!?\x{01}])|\s+(?:for|and|with|that|which|so|but|please|pls|in|on|to|about)\b)"#) { m, p in
            // "we'd like a short teaser …, just make the video 20 seconds long": how short is said by the length
            if wishedShort.occurs(in: m.text), !lengthGiven.occurs(in: p.text) { return nil }
            let said = Pattern(#"^.*?\b(?:like|love|want|need)\b|\b(?:little|nice|cute|simple|fun|lovely|small|new|sweet|special|calm|peaceful|gentle|short|quick|brief)\b"#).replacing(in: videoNoun.replacing(in: p.said(m.range).lowercased()) { _ in " " }) { _ in " " }
            guard !storySettingWord.occurs(in: said), !platformHint.occurs(in: said.replacingOccurrences(of: " for", with: "")) else { return nil }
            return Found().notNegatable
        }.needing(["like", "love", "want", "need"]),
        // "… she loves the bees can you make each one 4 seconds": what someone loves, said without a
        // comma before the ask ("she loves these old photos so can you make every photo 5 seconds": the
        // photos someone loves are no setting)
        Rule(#"(?:^|(?<=\s))(?:she|he|they|(?:my|our|his|her)\s+[a-z]+)\s+(?:(?:really|just|totally)\s+)?(?:loves?|likes?|adores?)\s+(?:[a-z]+\s+){0,3}?[a-z]+(?=\s+(?:(?:so|and)\s+)?(?:can you|could you|would you|please|pls)\b)"#) { m, _ in
            let loved = lovedPhotos.replacing(in: m.text) { _ in " " }
            return storySettingWord.occurs(in: loved) || platformHint.occurs(in: loved) ? nil : Found().notNegatable
        }.needing(["love", "like", "adore"]),
        // "putting together something for my grandparents' anniversary", "I'm making a surprise for
        // my dad": what the user is doing (up to a clause said without a comma: "hi im making a video
        // for my daughters 7th birthday she loves the bees …")
        Rule(#"(?:^|(?<=[,.;!?\x{01}]))\s*(?:(?:hi|hey|so|ok|okay|well|and|but|just)\s+)*(?:(?:im|i am|were|we are|i was|we were)\s+)?(?:(?:just|currently|finally|still|busy|trying to|hoping to)\s+)*(?:putting together|throwing together|pulling together|put together|making|doing|creating|working on|preparing|planning|organi[sz]ing)\s+(?:something|a little something|a thing|a surprise|a gift|a present|(?:a|an|the|my|our|a little|a small)\s+(?:[a-z]+\s+){0,2}?(?:video|slideshow|montage|recap|compilation|highlights?|surprise|gift|present|tribute|party|celebration|presentation|display|memorial|thing|project))\b(?:\s+(?:for|of|about)\s+[^,.;!?\x{01}]*?)?(?=\s*(?:$|[,.;!?\x{01}])|\s+(?:she|he|they|we)\s+(?:loves?|likes?|adores?|is|was|took|turned|turns)\b)"#) { m, p in
            let said = videoNoun.replacing(in: withoutOccasions(p.said(m.range))) { _ in " " }
            guard !storySettingWord.occurs(in: said), !platformHint.occurs(in: said) else { return nil }
            return Found().notNegatable
        }.needing(["together", "making", "doing", "creating", "working on", "preparing", "planning", "organi"]),
        // "I am writing on behalf of the Department of Decorative Arts regarding the short film we are
        // preparing", "writing to you about our club's video": who a letter is from and what it is about,
        // up to a number (a date is read by its own rule)
        Rule(#"\bwriting\s+(?:to\s+you\s+)?(?:on behalf of|regarding|about|concerning|in connection with|with regard to|in relation to|from|for)\b[^,.;!?\x{01}\d]*"#) { m, p in
            onlyTells(writtenAbout.replacing(in: p.said(m.range)) { _ in " " }) ? Found().notNegatable : nil
        }.needing(["writing"]),
        // "my granddaughter Emma says I can make a film from my pictures", "my son told me we could
        // turn our photos into a video": what someone told the user Reel can do
        Rule(#"\b(?:my|our)\s+[a-z]+(?:\s+[a-z]+)?\s+(?:says|said|told me|tells me|told us|tells us|showed me)\s+(?:that\s+|how\s+)?(?:i|we)\s+(?:can|could|should)\s+(?:make|do|create|turn|put together)\s+(?:(?:a|an|my|our|the)\s+)?(?:(?:little|nice|short)\s+)?(?:film|video|movie|slideshow|slide show|montage|photos|pictures|pics)(?:\s+(?:from|of|out of|with|into)\s+(?:(?:a|an|my|our|the)\s+)?(?:film|video|movie|slideshow|slide show|montage|photos|pictures|pics))?(?=\s*(?:$|[,.;!?\x{01}]))"#) { _, _ in
            Found().notNegatable
        }.needing(["say", "said", "told", "tells", "showed"]),
        // "My grandson showed me how to use this", "my daughter set this up for me", "my son helped me
        // with the app", "my grandson put this program on my computer for me": who helped the user with Reel,
        // asking nothing
        Rule(#"\b(?:my|our)\s+[a-z]+(?:\s+[a-z]+)?\s+(?:(?:showed|shown|taught|teached|helped)\s+(?:me|us)\s+(?:how\s+to\s+(?:use|work|do)|(?:to\s+)?use|with)|(?:set|put)\s+(?:this|it|the app|this app)\s+up\s+for)\s+(?:me|us|this|it|the app|this app|this thing|the program|this program|reel)(?:\s+(?:app|thing|program))?(?=\s*(?:$|[,.;!?\x{01}]))|\b(?:my|our)\s+[a-z]+(?:\s+[a-z]+)?\s+(?:put|installed|downloaded|loaded|got|set up)\s+(?:this|the|reel)(?:\s+(?:app|program|programme|software|thing))?\s+(?:on|onto)\s+(?:my|our|the|his|her)\s+(?:new\s+|old\s+)?(?:computer|laptop|pc|mac|phone|tablet|ipad|iphone)(?:\s+for\s+(?:me|us|him|her))?(?=\s*(?:$|[,.;!?\x{01}]))"#) { _, _ in
            Found().notNegatable
        }.needing(["showed", "shown", "taught", "teached", "helped", "set", "put", "installed", "downloaded", "loaded", "got"]),
        // "from wax model to final polish", "all the way from demolition to move-in day", "from the refit on the
        // slip right through to her first trip out": the
        // progress the photos show, said after what they show
        Rule(#"(?:^|(?<=[,.;!?\x{01}]))\s*(?:(?:all the way|right|going|starting|everything)\s+)?from\s+(?:(?:the|a|an|my|our|his|her|their|its)\s+)?[a-z]+(?:\s+[a-z0-9]+){0,4}?\s+(?:(?:all the way|right|straight)\s+)?(?:to|through|thru|till|until|up to)\s+(?:(?:the|a|an|my|our|his|her|their|its)\s+)?[a-z0-9]+(?:\s+[a-z0-9]+){0,4}(?=\s*(?:$|[,.;!?\x{01}]))"#) { m, p in
            // "from oldest to newest", "from dark to light": an order or a look, read by other rules;
            // "right through to her first trip out": a first in the story, no first photo
            onlyTells(lifeFirst.replacing(in: progressJoin.replacing(in: p.said(m.range).lowercased()) { _ in " " }) { _ in " " }) && !fromToSetting.occurs(in: progressJoin.replacing(in: outingEnd.replacing(in: m.text) { _ in "" }) { _ in " " }) ? Found().notNegatable : nil
        }.needing(["from "]),
        // "there are loads of memories in there", "there's a lot going on": what there is
        Rule(#"(?:^|(?<=[,.;!?\x{01}]))\s*(?:(?:and|but|so|because|cause|cuz|since|as|plus|also|lol|honestly|tbh)\s+)*(?:theres|there is|there are|there were|there was|there will be|therell be|there (?=(?:are|is|were|was|be)\b))[^,.;!?\x{01}]*(?=\s*(?:$|[,.;!?\x{01}]))"#) { m, p in
            onlyTells(p.said(m.range)) ? Found().notNegatable : nil
        }.needing(["there"]),
        // "nobody on my feed has the patience", "people can't read it in time", "everyone at work
        // will see it": what people do or cannot do
        Rule(#"(?:^|(?<=[,.;!?\x{01}]))\s*(?:(?:and|but|so|because|cause|cuz|coz|since|as|lol|honestly|tbh)\s+)*(?:nobody|no one|noone|no body|everyone|everybody|people|most people|some people|anyone|anybody|someone|somebody|the guests|guests|the viewers|viewers|followers|my followers|our followers|our customers|customers)\b[^,.;!?\x{01}]*(?=\s*(?:$|[,.;!?\x{01}]))"#) { m, p in
            onlyTells(p.said(m.range)) ? Found().notNegatable : nil
        }.needing(["nobody", "no one", "noone", "no body", "everyone", "everybody", "people", "anyone", "anybody", "someone", "somebody", "guests", "viewers", "followers", "customers"]),
        // "some of them went the other way before", "most of the pics are sideways": what some of
        // the photos did or are, said to explain (a setting or a wish in it is read by the rules)
        Rule(#"(?:^|(?<=[,.;!?\x{01}]))\s*(?:(?:and|but|so|because|cause|cuz|since|as|lol)\s+)*(?:some|most|a few|a couple|all|half|many|none|several|lots|loads|one|two|three|1|2|3|a lot|plenty)\s+of\s+(?:them|those|these|the\s+(?:photos|pictures|pics|shots|images|clips|videos)|my\s+(?:photos|pictures|pics|shots)|(?:the|my|our|his|her|their)\s+(?:[a-z]+\s+)?(?:parents|guests|kids|children|friends|family|relatives|teachers|coaches|players|students|members|neighbou?rs|cousins|moms|mums|dads|grandparents|people|bridesmaids|groomsmen|staff|clients|customers|followers|viewers|girls|boys|ladies|guys|aunts|uncles|siblings|colleagues|coworkers|volunteers))\b([^,.;!?\x{01}]*?)(?=\s*(?:$|[,.;!?\x{01}]|\s(?:and|but|so)\s))"#) { m, _ in
            guard let predicate = m[1], onlyTells(predicate) else { return nil }
            return Found().notNegatable
        }.needing(["of "]),
        // "my mum loved the previous one", "we all liked the earlier version": what people thought of
        // a video made before
        Rule(#"\b(?:i|we|they|he|she|everyone|everybody|(?:my|our|his|her|the)\s+(?:[a-z]+\s+)?"# + personNoun + #")\s+(?:(?:really|absolutely|totally|all|both|also|just|kind of|kinda)\s+)*(?:loved|liked|enjoyed|adored|hated|disliked|was happy with|were happy with|was thrilled with|was impressed by|cried at|laughed at)\s+(?:(?:the|your|my|our|that|this)\s+)?(?:(?:previous|earlier|original|old|other|last|first|latest)\s+)?(?:one|1|version|video|draft|cut|edit|attempt|try|slideshow|it)\b(?:\s+(?:so much|a lot|too|already|last time|before|yesterday))*"#) { m, p in
            let said = p.said(m.range).lowercased()
            // "loved it" and "the video" say nothing about a setting; the first or last one is a photo
            guard !said.contains(where: \.isNumber), said.hasSuffix(" it") || Pattern(#"\b(?:previous|earlier|original|old|other)\b|\b(?:version|draft|attempt|try|video|slideshow|cut|edit)$"#).occurs(in: said) else { return nil }
            return Found().notNegatable
        }.needing(["loved", "liked", "enjoyed", "adored", "hated", "disliked", "happy with", "thrilled with", "impressed by", "cried at", "laughed at"]),
        // "(fading through black) would feel more emotional", "it'll look more professional": a
        // feeling the change is expected to give (not a wish for a look: "make it more emotional"
        // is reported)
        Rule(#"\b(?:would|will|might|ll|d|wd|itll|itd|thatll|thatd|thisll|theyll|theyd)\s+(?:(?:probably|definitely|maybe|really|just|also|surely)\s+)*(?:feel|look|be|seem|come across)\s+(?:(?:a lot|much|way|so much|a bit|a little|even|far|kind of|kinda|more|less|really|so|super|very)\s+)*(?:emotional|personal|special|meaningful|heartfelt|touching|sentimental|nostalgic|romantic|elegant|classy|professional|polished|natural|calm|calmer|peaceful|relaxed|relaxing|fun|festive|cheerful|happy|happier|magical|intimate|warm|warmer|cosy|cozy|authentic|clean|cleaner|tidy|tidier|modern|fresh|interesting|exciting|lively|engaging|epic|powerful|respectful|appropriate|fitting|solemn|serious|playful|cute|sweet|nicer|nice|better|lovely|beautiful|prettier|pretty|cool|cooler|sad|sadder|tasteful|thoughtful|impressive|satisfying|stylish)\b"#) { _, _ in
            Found().notNegatable
        }.needing(["feel", "look", "be", "seem", "come across"]),
        // "iceland road trip!!", "grandma's 90th birthday.", "our wedding": the occasion as a headline
        Rule(#"(?:^|(?<=[,.;!?\x{01}]))\s*(?:(?:our|my|the|a|this|that|his|her|their)\s+)?(?:[a-z]+\s+){0,3}?(?:trip|road trip|roadtrip|holiday|holidays|hols|vacation|vacay|wedding|birthday|bday|party|anniversary|graduation|reunion|weekend|getaway|honeymoon|hike|camping|christmas|xmas|easter|thanksgiving|halloween|festival|concert|memories|adventure|adventures|tour|cruise|retreat|day out|picnic|baptism|christening|baby shower|bachelorette|stag do|hen do|photo dump|dump)(?:\s+(?:pics|photos|video|vid|recap|memories|edition|time))?(?=\s*(?:$|[,.;!?\x{01}]))"#) { m, p in
            let said = p.said(m.range).lowercased()
            guard said.split(separator: " ").count <= 5, onlyTells(Pattern(#"\b(?:pics|photos|video|vid)$"#).replacing(in: said) { _ in "" }) else { return nil }
            return Found().notNegatable
        }.needing(["trip", "holiday", "hols", "vacation", "vacay", "wedding", "birthday", "bday", "party", "anniversary", "graduation", "reunion", "weekend", "getaway", "honeymoon", "hike", "camping", "christmas", "xmas", "easter", "thanksgiving", "halloween", "festival", "concert", "memories", "adventure", "tour", "cruise", "retreat", "day out", "picnic", "baptism", "christening", "shower", "bachelorette", "stag do", "hen do", "dump"]),
        // "but said the photos flew by way too fast", "the beginning is just silence", "people can't
        // read the title in time": a complaint about a setting, the reason for a change of it that
        // another clause asks for outright (without such a clause it is read by the rules or reported)
        Rule(#"(?:^|(?<=[,.;!?\x{01}]))\s*(?:(?:and|but|so|because|cause|cuz|coz|since|as|lol|honestly|tbh|ugh|also)\s+)*(?:(?:(?:she|he|they|i|we|everyone|people|(?:my|our|his|her)\s+[a-z]+)\s+)?(?:said|says|thinks|thought|told me|tells me|feels|felt|reckons|reckoned|mentioned|complained|noticed)(?:\s+that)?\s+)?(?:the|my|our|some of the|all the|those|these|it|its|they|theyre|people|everyone|nobody|no one|you|u|we|i)\b[^,.;!?\x{01}]*(?=\s*(?:$|[,.;!?\x{01}]))"#) { m, p in
            // "my mother is 92 and can't read it": someone's age is no setting
            let said = storyPersonAge.replacing(in: m.text) { _ in " " }
            guard complaint.occurs(in: said), !said.contains(where: \.isNumber), !storyAskingWord.occurs(in: said), !askWord.occurs(in: said) else { return nil }
            // "the transitions feel rushed", "the zooming is too fast": read by the transition and motion rules
            guard !motionOrTransition.occurs(in: said), !clipWord.occurs(in: said) else { return nil }
            let families = complaintFamilies.filter { $0.named.occurs(in: said) }
            guard !families.isEmpty else { return nil }
            let end = m.range.location + m.range.length
            for c in clause.matches(in: p.text) where c.range.location >= end || c.range.location + c.range.length <= m.range.location {
                guard askWord.occurs(in: c.text) || storyAskingWord.occurs(in: c.text) else { continue }
                // the same setting asked for ("can't read the title in time, make it stay 5 seconds")
                if families.contains(where: { $0.asked.occurs(in: c.text) }) { return Found().notNegatable }
                // "the title flashes by, make it 3 seconds": "it" is the title named last, as the title rules read it
                if families.contains(where: { $0.topic == .title }), titleTooShort.occurs(in: said), titleItLength.occurs(in: c.text),
                   lastTopic(before: c.range.location, in: p.text) == .title { return Found().notNegatable }
            }
            return nil
        }.needing(["too", "so", "way", "really", "just", "only", "odd", "weird", "strange", "off", "wrong", "awkward", "boring", "rushed", "hard", "cant", "cannot", "couldnt", "barely", "hardly", "never", "silen", "nothing", "empty", "flew", "flies", "fly", "flying", "whizz", "zip", "raced", "drag", "annoying", "distracting", "messy", "jumpy", "choppy", "abrupt", "sudden", "missed", "blurry", "tiny", "dull", "flat", "meh", "bad", "forever", "ages", "mostly", "gone", "disappear", "vanish", "flash", "anyone"]),
        // "so I can text it to the homeowner", "so we can send it to grandma", "so my sister can show it
        // at the party": who the video is shared with, the reason for the ask before it
        Rule(#"\bso (?:that )?(?:i|we|you|they|he|she|(?:my|our|the)\s+[a-z]+)\s+(?:can|could|will|may|might|get to)\s+(?:(?:quickly|just|easily|then)\s+)*(?:send|text|email|e-mail|mail|whatsapp|message|forward|airdrop|share|show|give|play)\s+(?:it|this|them|that)\b([^,.;!?\x{01}]*)(?=\s*(?:$|[,.;!?\x{01}]))"#) { m, _ in
            onlyTells(m[1] ?? "") ? Found().notNegatable : nil
        }.needing(["so "]),
        // "720p is enough, file must be small to send on WeChat", "480p, the file has to be small enough for email",
        // "720p so the file size stays small", 720p就行，文件要小，方便发给家人: a small file wished for, the reason for a
        // lower resolution asked outright in the same request (there is no file size to set but the resolution)
        Rule(#"\b(?:the\s+|my\s+|our\s+)?(?:video\s+)?(?:file|filesize)(?:\s+size)?\s+(?:(?:must|should|needs to|need to|has to|have to|gotta|got to|can|will)\s+be|stays?|is|needs|must)\s+(?:(?:very|really|quite|pretty|super|fairly|kept|kinda)\s+)*(?:small|smaller|tiny|light|compact)(?:\s+enough)?(?:\s+(?:to|for|so|because|since)\b[^,.;!?\x{01}]*)?(?=\s*(?:$|[,.;!?\x{01}]))|(?:文件|档案|檔案)(?:大小)?(?:要|得|必须|需要|一定要)?(?:小|小一点|小点|小一些)(?:一点)?(?:，?(?:方便|好|才能|才好)(?:发|傳|传|寄)[\p{Han}a-z]{0,8})?"#) { _, p in
            lowResolutionAsked.occurs(in: p.text) ? Found().notNegatable : nil
        }.needing(["file", "文件", "档案", "檔案"]),
        // "this loops behind them", "it'll play in the background during dinner", "the video runs behind
        // the band": where the video will play, the reason for a length or a look asked elsewhere
        Rule(#"\b(?:this|it|itll|the video|the slideshow|the show|the reel)\s+(?:(?:will|would|is going to|gonna|just|can|should)\s+)?(?:(?:be\s+)?(?:loops?|looping|plays?|playing|runs?|running))(?:\s+on\s+(?:a\s+)?(?:loop|repeat))?\s+(?:behind|in the background|in the back)\b([^,.;!?\x{01}]*)(?=\s*(?:$|[,.;!?\x{01}]))"#) { m, _ in
            onlyTells(m[1] ?? "") ? Found().notNegatable : nil
        }.needing(["behind", "background", "in the back"]),
        // "slow zoom in on every photo, I want it to feel like you're walking up to the mushrooms": the
        // feeling a motion asked elsewhere should give, said as someone moving; the motion's reason
        Rule(#"(?:^|(?<=[,.;!?\x{01}]))\s*(?:(?:and|but|so|because|cause|cuz)\s+)*(?:(?:i|we)(?:d| would)?\s+(?:want|wanted|like|love|need)\s+(?:it|them|the video|the photos|this)\s+to\s+|(?:it|this|that)\s+should\s+|so\s+(?:it|they)\s+)(?:feel|feels|look|looks)\s+like\s+(?:(?:youre|you are|were|we are|im|i am|someone is|somebodys|the viewer is|the camera is|ur)\s+)(?:slowly\s+|really\s+|just\s+)?(?:walking|moving|stepping|flying|drifting|floating|creeping|leaning|getting|sneaking|gliding|wandering|strolling|running|swimming|diving|climbing|driving|sailing|peeking|looking)\b([^,.;!?\x{01}]*)(?=\s*(?:$|[,.;!?\x{01}]))"#) { m, p in
            guard motionCue.occurs(in: p.text), !storySettingWord.occurs(in: m[1] ?? "") else { return nil }
            return Found().notNegatable
        }.needing(["feel", "look"]),
    ]

    /// "my mother is 92", "she just turned 80", "who's 95 years old": someone's age, said in a complaint.
    /// The photos someone loves, said as what they love ("these old photos", "the pictures of grandad"): no setting.
    private static let lovedPhotos = Pattern(#"\b(?:photos?|pictures?|pics?|images?|shots|snaps)\b"#)
    private static let storyPersonAge = Pattern(#"\b(?:(?:my|our|his|her|their)\s+[a-z]+|she|he|they|who|whos|im|i am|hes|shes)\s+(?:is|s|are|just turned|turned|turns|turning|will be)\s+\d{1,3}\b(?:\s+(?:years?|yrs?)\s+old|\s+yo)?(?!\s*(?:%|percent|fps|p\b|k\b|seconds?|secs?|s\b|minutes?|mins?|ms\b))"#)

    /// Words of a clause that complains ("too", "odd", "flew by", "can't read", "just silence").
    private static let complaint = Pattern(#"\b(?:too|so|way|really|just|only|odd|weird|strange|off|wrong|awkward|boring|rushed|hard|cant|cannot|couldnt|barely|hardly|never|silence|silent|nothing|empty|flew|flies|fly|flying|whizz(?:ed|es|ing)?|zipped|zip|raced|drags?|dragged|dragging|annoying|distracting|messy|jumpy|choppy|abrupt|sudden|missed|blurry|tiny|dull|flat|meh|bad|forever|ages|mostly|nothing but|gone|disappears?|disappeared|vanish(?:es|ed)?|flash(?:es|ed)?|before anyone|anyone)\b"#)

    /// Words of a clause that asks for a change: a number, a comparative, a verb that edits or a question put to Reel.
    private static let askWord = Pattern(#"\d|\b(?:longer|shorter|slower|faster|quicker|louder|quieter|softer|bigger|smaller|lower|higher|double|twice|half|halve)\b|^\s*(?:(?:and|then|also|so|but|just|maybe|perhaps|pls|please|ok|okay)\s+)*(?:skip|start|make|use|put|cut|trim|remove|drop|mute|fade|zoom|pan|set|move|swap|keep|turn|change|add|give|have|let|show|play|slow|speed|shorten|lengthen|extend|stay)\b|\b(?:can|could|would|will|should)\s+(?:you|u|we|it|the|each|every|all|they|this|that)\b"#)

    /// The settings a complaint may be about: the words that name one, and the words of a clause that asks for a change of it.
    private static let complaintFamilies: [(named: Pattern, asked: Pattern, topic: Topic)] = [
        // how long the video or each photo lasts
        (Pattern(#"\b(?:photos?|pictures?|pics?|images?|slides?|shots?|fast|slow|quick|long|short|length|flew|flies|fly|flying|rushed|drags?|dragged|dragging|forever|ages)\b"#),
         Pattern(#"\d(?:\.\d+)?\s*(?:s|sec|secs|seconds?|minutes?|mins?)\b|\b(?:longer|shorter|slower|faster|quicker|double|twice|half|halve|seconds?|secs?|minutes?|mins?|length|duration|on screen|stay)\b"#), .video),
        // the music
        (Pattern(#"\b(?:music|song|track|tune|soundtrack|audio|volume|sound|loud|quiet|silence|silent|beginning|start|intro|end|ending|outro)\b"#),
         Pattern(#"\b(?:music|song|track|tune|soundtrack|audio|volume|sound|louder|quieter|softer|mute)\b"#), .music),
        // the title
        (Pattern(#"\b(?:title|caption|text|font|words|read)\b"#),
         Pattern(#"\b(?:title|caption|text|font|stay|stays|on screen|bigger|larger|smaller|top|bottom|middle|center|centre)\b"#), .title),
    ]

    /// "make it 3 seconds", "keep it up longer": a length said of "it".
    private static let titleItLength = Pattern(#"\b(?:it|its)\b.*(?:\d(?:\.\d+)?\s*(?:s|sec|secs|seconds?)\b|\b(?:longer|shorter)\b)"#)

    /// A complaint that the title is not up long enough ("flashes by", "gone before anyone could read it").
    private static let titleTooShort = Pattern(#"\b(?:fast|quick|quickly|short|flash(?:es|ed)?|gone|disappears?|disappeared|vanish(?:es|ed)?|read|in time|blink)\b"#)

    /// The clips and their own sound ("the clips are too quiet"), which the music's level does not answer.
    private static let clipWord = Pattern(#"\b(?:clips?|footage|videos?|original (?:sound|audio))\b"#)

    /// Whether the clips were named after the music, last before `location`.
    private static func clipSoundNamedLast(before location: Int, in text: String) -> Bool {
        let before = (text as NSString).substring(to: location)
        guard let clip = clipWord.matches(in: before).last else { return false }
        return (musicCue.matches(in: before).last?.range.location ?? -1) < clip.range.location
    }

    /// A clause of the request, between punctuation.
    private static let clause = Pattern(#"[^,.;!?]+"#)

    /// Transitions and motion, whose complaints the rules for them read ("the crossfades are so cheesy").
    private static let motionOrTransition = Pattern(#"\b(?:transitions?|fades?|fading|cuts?|crossfades?|dissolves?|dips?|zoom(?:s|ing)?|pan(?:s|ning)?|motion|movement|ken burns)\b"#)

    /// "(just 3 of us)", "(a team of 4)", "(12 staff)": how many people a business has, said in
    /// brackets after it; no setting.
    private static let teamSize = Pattern(#"\(\s*(?:(?:just|only|about|around|like)\s+)?(?:\d{1,3}\s+of\s+(?:us|them)|a\s+team\s+of\s+\d{1,3}|\d{1,3}\s+(?:people|staff|employees|full\s?time|part\s?timers))\s*(?:\)|$)"#)

    /// "a small bakery", "a little family shop": the size of a business, not of a title.
    private static let sizeOfABusiness = Pattern(#"\b(?:small|little|big|tiny|new|young|local|family)\b"#)

    /// "my best friend's 30th", "our 25th", "my daughters 7th birthday", "an under 10s team": an occasion or an age group, whose
    /// number is no length or photo; left out (lowercased) before a clause is judged.
    private static func withoutOccasions(_ said: String) -> String {
        occasionNumber.replacing(in: said.lowercased()) { _ in " " }
    }

    private static let occasionNumber = Pattern(#"(?:['’]s|\b(?:my|his|her|our|their|your))\s+\d{1,3}(?:st|nd|rd|th)\b|\b\d{1,3}(?:st|nd|rd|th)\b(?=\s+(?:birthday|bday|b-day|anniversary|reunion)\b)|\b(?:under|over|u)[- ]?\d{1,2}s?\b(?=\s+(?:[a-z]+\s+)?(?:team|squad|side|club|league|group|class|kids|players|girls|boys))"#)

    /// "right through to", "straight to", "right from": how a progress runs, no pan to the right.
    private static let progressJoin = Pattern(#"\b(?:right|straight)(?=\s+(?:from|to|through|thru|till|until|up to)\b)"#)

    /// "… to her first trip out", "… to our night out": an outing that ends a progress, no zoom out.
    private static let outingEnd = Pattern(#"\s+out$"#)

    /// Ends of a "from … to …" that name an order, a look or a motion rather than a progress.
    private static let fromToSetting = Pattern(#"\b(?:oldest|newest|earliest|latest|old|new|older|newer|young|youngest|eldest|recent|date|dates|a to z|big|biggest|small|smallest|dark|darkest|light|lightest|bright|black|white|colou?r|gr[ae]y|sepia|left|right|top|bottom|in|out|close|far|near|slow|fast|quiet|loud|soft|day|night|morning|evening)\b"#)

    /// Whether a clause only tells: it names no setting, no number, no platform and asks for nothing.
    private static func onlyTells(_ said: String) -> Bool {
        // "last time", "this time": when, not the last photo or a length
        // "nobody stands there long": how long people stay, not the video's length
        let s = Pattern(#"\b(?:last|this|next|the first|first)\s+time\b"#).replacing(in: withoutPeopleHabits(withoutOccasions(said))) { _ in " " }
        return !storySettingWord.occurs(in: s) && !storyAskingWord.occurs(in: s) && !platformHint.occurs(in: s)
    }

    /// The video named as what a letter is about ("the short film", "our little video"): its kind, no length.
    private static let writtenAbout = Pattern(#"\b(?:short|little|quick|brief|small)\s+(?:film|video|movie|clip|slideshow|presentation)\b"#)

    /// "a short teaser", "a quick promo": a wish for a short video, which a length said elsewhere answers.
    private static let wishedShort = Pattern(#"\b(?:short|quick|brief)\b"#)

    /// "720p", "480p", "low res": a resolution lower than the default, asked outright (a small file is its reason).
    private static let lowResolutionAsked = Pattern(#"\b(?:360|480|540|720)\s*p\b|\blow(?:er)?[- ]?res(?:olution)?\b"#)

    /// A length with its unit anywhere in the request ("20 seconds", "1 min"): how short the video is.
    private static let lengthGiven = Pattern(#"\b\d+(?:\.\d+)?\s*(?:seconds?|secs?|s|minutes?|mins?)\b"#)
}
