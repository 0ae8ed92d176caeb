import Foundation

/// Requests only the cloud can carry out: new footage, AI music or voice, AI image edits.
extension PromptInterpreter {
    /// Languages a voice-over or subtitles may be asked in.
    static let languages = "english|spanish|french|german|chinese|mandarin|cantonese|japanese|korean|italian|portuguese|russian|arabic|hindi|dutch|vietnamese|thai|tagalog|polish|turkish|greek|hebrew|swedish|indonesian"
        + "|icelandic|norwegian|danish|finnish|czech|slovak|hungarian|romanian|ukrainian|bulgarian|serbian|croatian|bosnian|slovenian|macedonian|albanian|lithuanian|latvian|estonian|catalan|basque|galician|welsh|irish|gaelic|maltese|luxembourgish"
        + "|swahili|malay|bengali|bangla|urdu|persian|farsi|pashto|tamil|telugu|kannada|malayalam|marathi|gujarati|punjabi|nepali|sinhala|khmer|lao|burmese|mongolian|kazakh|uzbek|georgian|armenian|azerbaijani|filipino|cebuano|maori|hawaiian|samoan"
        + "|zulu|xhosa|afrikaans|amharic|somali|yoruba|igbo|hausa|haitian creole|creole|esperanto|latin|yiddish|flemish|brazilian portuguese|taiwanese|hokkien|shanghainese"
    /// The same in Chinese.
    static let chineseLanguages = "英文|英语|中文|汉语|普通话|粤语|西班牙语|西班牙文|西语|日语|日文|韩语|韩文|法语|法文|德语|德文|意大利语|葡萄牙语|俄语|阿拉伯语|越南语|泰语"

    /// The English name of a language named in Chinese, for the note.
    static let chineseLanguageNames: [String: String] = [
        "英文": "English", "英语": "English", "中文": "Chinese", "汉语": "Chinese", "普通话": "Mandarin", "粤语": "Cantonese",
        "西班牙语": "Spanish", "西班牙文": "Spanish", "西语": "Spanish", "日语": "Japanese", "日文": "Japanese",
        "韩语": "Korean", "韩文": "Korean", "法语": "French", "法文": "French", "德语": "German", "德文": "German",
        "意大利语": "Italian", "葡萄牙语": "Portuguese", "俄语": "Russian", "阿拉伯语": "Arabic", "越南语": "Vietnamese", "泰语": "Thai",
    ]

    /// One language named.
    static let languageWord = Pattern(#"\b(?:\#(languages))\b|\#(chineseLanguages)"#)

    /// A cloud ask with the words after it that say what it is about: "an AI voiceover that tells
    /// where we went", "narration describing each place", 配音介绍每个地方. They belong to the ask.
    static func topic(of found: Found, after m: PatternMatch, in p: PromptText) -> Found {
        var f = found
        let end = m.range.location + m.range.length
        let rest = (p.text as NSString).substring(from: end)
        // "a voiceover about how we met", "explaining the recipe step by step": the ask's own words
        // already began the topic, so the rest of the clause is it
        let more = topicWords.firstMatch(in: rest) ?? (topicBegun.occurs(in: m.text) ? clauseRest.firstMatch(in: rest) : nil)
        if let more, more.range.length > 0 {
            f.claims.append(NSRange(location: end, length: more.range.length))
        }
        return f
    }

    /// A verb or "about" that starts what a voice-over says.
    static let topicBegun = Pattern(#"\b(?:about|telling|describing|explaining|saying|reading|narrating|introducing)\b"#)
    /// The rest of a clause, up to punctuation, a number or an "and" that starts another ask.
    static let clauseRest = Pattern(#"^(?:(?!\s(?:and|but|then|also|plus)\s)[^,.;!?\x{01}\d])*"#)

    /// "that tells where we went", "which explains each photo", "describing the trip", "about
    /// our trip", "subtitles on from what the chef says", 介绍一下每个地方: up to the end of the clause
    /// (or an "and" that starts another ask). Also which clip they are for: "subtitles please for the
    /// clip where Dave explains the route", "captions on the interview part", "subtitles from the interview
    /// clip (we talk in Mandarin)"; 加字幕，根据我说的话自动生成; 字幕用AI自动生成.
    static let topicWords = Pattern(#"^\s*(?:(?:please|pls|plz)\s+)?(?:for|on|over|from)\s+(?:the|this|that|each|every|my|our|all the)\s+(?:[a-z]+\s+)?(?:clips?|videos?|parts?|bits?|scenes?|sections?|interviews?|speech|speeches|footage)\b(?:\s*\((?!\s*\d)[^()\d]{1,40}\))?(?:\s+(?:where|when|that|which|with|of|in which)\b(?:(?!\s(?:and|but|then|also|plus)\s)[^,.;!?\x{01}\d])*)?|^\s*(?:(?:that|which|who|to)\s+(?:will\s+|can\s+|could\s+|would\s+|just\s+|kind of\s+|sort of\s+)?(?:tells?|describes?|explains?|says?|narrates?|talks?|reads?|introduces?|names?|mentions?|covers?|goes|walks?|gives?|recaps?|sums?|summari[sz]es?|shows?|lists?|translates?|announces?|welcomes?|thanks?|greets?|presents?|congratulates?)|(?:"# + topicParticiples + #"|going|walking|giving|recapping|summing|summari[sz]ing|listing|translating|about))\b(?:(?!\s(?:and|but|then|also|plus)\s)[^,.;!?\x{01}\d])*|^\s*(?:on\s+)?(?:from|of|for|with)\s+(?:what|whatever|everything|all)\b(?:(?!\s(?:and|but|then|also|plus)\s)[^,.;!?\x{01}\d])*|^\s*(?:来|用来|去)?(?:介绍|讲|讲讲|讲述|说|说说|描述|解说|说明|念)[^,.;!?，。；！？\x{01}\d]*"#
        // 加字幕，根据我说的话自动生成: what they are made from, said in the clause after the ask
        // 字幕用AI自动生成, 字幕让你们自动识别: who or what makes them
        + #"|^\s*[,，]?\s*(?:要|就|请|都|全)?(?:用|让|由|靠|交给)\s*(?:ai|人工智能|智能|机器|软件|系统|你们|你)\s*(?:来|去)?(?:自动|智能)?(?:生成|识别|转写|转成|做|配|加|弄|出)(?:出来|一下)?(?:吧|就行|就好|就可以)?"#
        + #"|^\s*[,，]?\s*(?:要|就|请|都|全)?(?:根据|按照|照着|按|从)[^,.;!?，。；！？\x{01}\d]{1,12}?(?:自动|智能)?(?:生成|识别|转写|转成|转|出来|做|配)(?:出来|一下)?"#
        // 加字幕，把大家说的话转成文字; "subtitles, turn what everyone says into text": what is written out, said after the ask
        + #"|^\s*(?:吧|啦|哦)?\s*[,，]?\s*(?:要|就|请)?(?:把|将)[^,.;!?，。；！？\x{01}\d]{1,12}?(?:自动|智能)?(?:转成|转为|转换成|变成|打成|识别成|写成)(?:文字|文本|字)(?:吧|就行|就好)?"#
        + #"|^\s*,?\s*(?:(?:and|so|just)\s+)?(?:turn|convert|transcribe|put|write)\s+(?:what|whatever|everything|all)\b[^,.;!?\x{01}\d]{0,40}?\s+(?:in)?to\s+(?:text|words|writing)\b"#)

    /// Up to two words that say what kind of thing the cloud should make ("funny ", "hype ", "calm
    /// piano "), not words that point at what is there ("the", "of", "ai", "background") or join
    /// the video's own words ("make a video with music").
    static let cloudKind = #"(?:(?!(?:ai|of|the|it|this|that|my|our|your|background|more|less|with|for|and|or|to|in|on|at|from|video|videos|slideshow|reel|montage|movie|film|version|photos?|pictures?|clips?|new|louder|quieter|softer)\b)[a-z-]+\s+){0,2}"#

    static let cloudRules: [Rule] = [
        // "a funny ai song", "make some hype music", "generate a lullaby with AI", "have AI compose an
        // original track" (the AI that makes it is part of the ask), 让AI创作一首原创配乐, 用AI给这个视频作一首曲子:
        // the ask with the
        // words that say what kind of music (up to two, not "of the" or "the": "make some of the music
        // quieter" asks nothing of the cloud, nor does "make a fun music video")
        Rule(#"(?:\b(?:add|make|generate|create|compose|write|give (?:it|them|us|me))\s+(?:me\s+|us\s+)?(?:a|an|some)\s+\#(cloudKind))?\b(?:ai|artificial(?:ly)?)[ -]?(?:generated |made |composed )?(?:background )?(?:music|songs?|soundtrack|bgm)\b|\b(?:(?:have|let|get|ask|use) (?:the )?ai (?:to )?)?(?:generate|compose|create|write) (?:me )?(?:some |a |an |the |new |original )*\#(cloudKind)(?:music|songs?|soundtrack|bgm|background music|tune|jingle|lullaby|lullabies|anthem|melody|theme song|score|tracks?)\b(?!\s+(?:video|videos|slideshow|montage|clip|clips))|\b(?:(?:have|let|get|ask|use) (?:the )?ai (?:to )?)?make (?:me )?(?:some |a |an |new |original )+\#(cloudKind)(?:music|songs?|soundtrack|bgm|background music|tune|jingle|lullaby|anthem|melody|theme song)\b(?!\s+(?:video|videos|slideshow|montage|clip|clips))|(?:ai|生成|ai生成|创作)\s*的?(?:音乐|配乐|歌曲|背景音乐)|ai\s*配乐|(?:(?:让|用|请|叫)\s*ai\s*(?:帮我|给我|来)?\s*(?:(?:给|为)(?:这个|这支|我的)?(?:视频|片子|影片))?\s*)?(?:(?:创作|生成|谱写|原创)(?:一首|首|一段|段|一支|支)?|(?:作|写|谱|做)(?:一首|首|一段|一支|支))(?:原创|新|全新|专属)?(?:的)?(?:音乐|配乐|歌曲|歌|背景音乐|曲子|bgm|主题曲)"#) { m, p in
            // "… that fits the mood": the words about the music go with it
            cloudAsk("generate music", m, p)
        },
        // "add a funny ai voiceover": the ask with the words that say what kind
        Rule(#"(?:\b(?:add|make|generate|create|record|do|give (?:it|them|us|me))\s+(?:me\s+|us\s+)?(?:a|an|some)\s+\#(cloudKind))?\b(?:(?:ai )?voice ?overs?|(?:voice |ai (?:to )?)?narrat(?:e|ion|or))(?:\s+(?:reading|narrating|describing|saying|telling|explaining|about)(?:\s+(?:out|aloud))?(?:\s+(?:the|my|our|each|every|all the))?(?:\s+(?:photos?|pictures?|images?|captions?|story|trip|places?|scenes?))?)?(?:\s+in\s+(?:\#(languages)))?(?:\s+(?:with|in)\s+an?\s+(?:male|female|deep|calm|friendly|warm|soft|british|american)\s+voice)?\b|\btext to speech\b|\btts\b|\bread (?:it |them )?(?:out )?aloud\b|\b(?:ai\s+)?voiced?\b|(?:ai\s*)?(?:旁白|配音|解说)"#) { m, p in
            cloudAsk("an AI voice-over", m, p)
        },
        // ("auto-generate captions for the clips" asks for captions, not for clips)
        Rule(#"\b(?:generate|create|make|add|film|shoot|produce) (?:some |new |more |extra |a few |additional |ai )*(?:footage|video clips|b ?roll|scenes?|cinematic shots|animations?)\b|\b(?:generate|create|film|shoot|produce)\b(?:\s+(?!(?:captions?|subtitles?|text)\b)[\w-]+){0,3}\s+(?:footage|clips?|b ?roll)\b|\btext to video\b|\b(?:ai|generative)[ -]?(?:generated )?(?:video|footage|clips?)\b|\bnew footage\b|生成(?:一些|一段|几个|几段|更多|点)?(?:新的)?(?:视频片段|视频素材|素材|镜头|画面|动画)|ai\s*生成视频|文生视频"#) { m, p in
            // "… of a sunset": what the footage shows goes with it
            var f = Found.cloud("generate new footage")
            let rest = (p.text as NSString).substring(from: m.range.location + m.range.length)
            if let more = Pattern(#"^\s+(?:of|with|showing)\s+(?:an?\s+|the\s+|some\s+)?[a-z]+(?:\s+[a-z]+)?(?=\s*(?:$|[,.;!?]))"#).firstMatch(in: rest) {
                f.claims.append(NSRange(location: m.range.location + m.range.length, length: more.range.length))
            }
            return f
        },
        Rule(#"\b(?:generate|create|draw|paint) (?:me )?(?:some |new |more |an? )*(?:images?|pictures?|photos?|art(?:work)?|illustrations?|drawings?)\b(?:\s+of\s+(?:an?\s+|the\s+|some\s+)?[a-z]+(?=\s*(?:$|[,.;!?])))?|生成(?:图片|照片|图像)|ai绘画|ai画"#) { _, _ in
            .cloud("generate new images")
        },
        Rule(#"\b(?:remove|replace|change|erase|swap out) (?:the )?(?:background|backgrounds|sky|skies|people|person|tourists|objects?|faces?|strangers|crowds?|photobombers)\b(?:\s+(?:from|in|out of|of|on)\s+(?:the\s+|all\s+(?:the\s+)?|each\s+|every\s+)?(?:background|photos?|pictures?|images?|shots?|sky)(?:\s+\d+)?)?(?:\s+(?:and\s+)?(?:(?:replace|swap|fill)\s+(?:it|them)\s+)?with\s+(?:an?\s+|the\s+|some\s+)?[a-z]+)?|\bbackground removal\b|抠图|去背景|换背景|换天空|去路人"#) { _, _ in
            .cloud("AI photo editing (backgrounds, sky, objects)")
        },
        Rule(#"(?:\b(?:ai )?upscal(?:e|ed|ing)\b|\bsuper ?resolution\b|\benhance(?:d)?\b|\brestore\b|\bcolou?ri[sz](?:e|ed|ation)\b|\bsharpen\b|\bdenoise\b|\bretouch\b|\bbeautify\b|\bdeblur\b)(?:\s+(?:the\s+|my\s+|all\s+(?:the\s+)?)?(?:blurry\s+|old\s+|dark\s+|grainy\s+|noisy\s+|faded\s+|low[- ]?res\s+)?(?:photos|pictures|images|shots|pics|faces))?|(?:修复|增强|上色|超分|美颜|磨皮)(?:一下)?(?:老照片|旧照片|照片|图片)?"#
             // "fix the blurry photos", "make the blurry ones sharp", 把几张糊掉的照片修清楚, 变清晰一点, 去模糊:
             // blurry photos made sharp
             + #"|\bun-?blur\b|\b(?:fix|clean up|clear up|sharpen up)\s+(?:up\s+)?(?:the\s+|my\s+|(?:some|a few|all|a couple)\s+(?:of\s+)?(?:the\s+|my\s+)?)?(?:blurry|blurred|out[- ]of[- ]focus|fuzzy|grainy)\s+(?:photos?|pictures?|pics|shots?|images?|ones?)\b|\bmake\s+(?:the\s+|my\s+)?(?:blurry|blurred|fuzzy|out[- ]of[- ]focus)\s+(?:photos?|pictures?|pics|shots?|images?|ones?)\s+(?:look\s+)?(?:sharp|sharper|clear|clearer|crisp|crisper|in focus)\b"#
             + #"|把[^，。,.;!?；！？]{0,10}?(?:糊|模糊|不清楚|不清晰)[^，。,.;!?；！？]{0,6}?(?:修|弄|变|处理|搞)(?:得|成)?(?:好|清楚|清晰|一下)|(?:修|变|处理)(?:得|成)?(?:清楚|清晰)(?:一点|一些|点)?|去(?:模糊|噪点|噪)"#) { _, _ in
            .cloud("AI photo enhancement")
        },
        Rule(#"\b(?:ai )?animate\b|\bbring (?:them|it|the photos|the pictures) to life\b|\bmake (?:them|the photos|the pictures|the people|everyone|everybody|the faces|it|(?:the )?(?:clouds|water|waves|sea|trees|leaves|hair|sky|flags?|dogs?|cats?|kids|children|baby|person|eyes|flowers|grass|river|fire|stars))(?: in (?:the|my|these) (?:photos|pictures|pics))? (?:move|talk|dance|smile|sing|wave|blink)\b|\btalking (?:photos?|heads?|avatars?)\b(?:\s+(?:from|of|out of)\s+(?:the|my|this|a|that)\s+(?:portrait|photo|picture|selfie|image)\b)?|\blip ?sync\b|让照片动起来|动起来|对口型|会说话"#) { _, _ in
            .cloud("AI photo animation")
        },
        // "an oil painting style" (the text reads a painting as a photo: "oil photo"), "anime style transfer"
        Rule(#"\b(?:anime|cartoon|ghibli|pixar|disney|oil (?:painting|photo)|watercolou?r|sketch|comic|van gogh|cyberpunk)(?: style)?(?: transfer)?\b|\bstyle transfer\b|\bstyli[sz]e\b|(?:动漫|卡通|漫画|油画|水彩|素描|赛博朋克|宫崎骏|二次元)(?:风格|风)|风格化"#) { _, _ in
            .cloud("AI style transfer")
        },
        // "Spanish subtitles", "captions in English", 英文字幕, "translate the captions into French": the language goes with them;
        // "auto-generate subtitles from what I say": the verb that asks for them too;
        // 根据老板说的话自动生成字幕: what the subtitles are made from goes with them too, and
        // 把视频里说的话自动转成字幕: what is turned into them
        // (字幕一下子就不见了, 字幕太小, 字幕往上移, 字幕去掉吧: the words already on screen, the title, not captions)
        Rule(#"\btranslat(?:e|ed|ing)\s+(?:the\s+|all\s+(?:the\s+)?)?(?:captions?|subtitles?|text|words)\s+(?:in)?to\s+(?:\#(languages))\b|(?:\b(?:auto(?:matically)?[ -]?)?(?:generate|create|transcribe|produce)\s+(?:some\s+|the\s+)?)?(?:\b(?:\#(languages))\s+)?(?:\b(?:auto(?:matic)?|ai)[ -]?(?:subtitles?|captions?)\b|\bsubtitles?\b|\bcaptions\b)(?:\s+in\s+(?:\#(languages))\b)?|(?:(?:根据|按照|照着)\p{Han}{1,10}?(?=自动|智能|生成|识别|添加|加|配)|把\p{Han}{1,12}?(?=(?:自动|智能)?(?:转成|转为|转换成|变成|做成)))?(?:自动|智能)?(?:生成|识别|添加|加上|配上|加|配|转成|转为|转换成|变成|做成)?(?:\#(chineseLanguages))?(?:的)?字幕(?!(?:的字)?(?:一闪|一晃|一下子?|一眨眼|闪一下|刚出来|一出来)|(?:出现|显示|停留|停)?的?时间|(?:有点|有些|太|好|再)?(?:大|小|丑|难看|短)|(?:再)?(?:往|向|放|移|挪|摆)(?:上|下|中|大|小|到|在)|(?:给)?(?:去掉|删|拿掉|关|不要|改))"#) { m, p in
            let language = languageWord.firstMatch(in: m.text).map { chineseLanguageNames[$0.text] ?? $0.text.prefix(1).uppercased() + $0.text.dropFirst() }
            return topic(of: .cloud("automatic captions or subtitles" + (language.map { ", in \($0)" } ?? "")), after: m, in: p)
        },
        Rule(#"\bai\s*(?:剪辑|特效|效果|滤镜)|\bai(?: edit(?:s|ing|or)?| magic| effects?| powered| enhanced)?\b|\bsmart edit(?:ing)?\b|\bauto ?edit\b|\bautomagic(?:ally)?\b|智能剪辑|一键成片"#) { _, _ in
            .cloud("AI editing")
        },
    ]

    /// A cloud ask with the clause that says what it should be ("an AI voice-over that describes
    /// each place", "music that sounds like summer", 配音，介绍每个地方): the clause goes with it.
    static func cloudAsk(_ what: String, _ m: PatternMatch, _ p: PromptText) -> Found {
        // 加个AI配音: the ask in the user's own words as well ("an AI voice-over (AI配音)")
        let said = m.text.contains(where: PromptText.isHan) ? p.said(m.range) : ""
        var f = Found.cloud(said.isEmpty ? what : what + " (" + said + ")")
        let end = m.range.location + m.range.length
        // "narration describing the food we ate": the rule took "describing the", the clause goes on
        let clause = participle.occurs(in: m.text) ? cloudRest : cloudClause
        if let more = clause.firstMatch(in: (p.text as NSString).substring(from: end)) {
            // "reading Psalm 100 over the beginning": a text named with its number is the topic, not a setting
            if !numberedText.replacing(in: more.text, { _ in " " }).contains(where: \.isNumber) {
                f.claims.append(NSRange(location: end, length: more.range.length))
            } else if let year = topicYear.firstMatch(in: more.text),
                      !(more.text as NSString).substring(to: year.range.location).contains(where: \.isNumber),
                      !topicYear.replacing(in: more.text, { _ in " " }).contains(where: \.isNumber) {
                // "explaining how the terracotta warriors were found in 1974": the topic up to its year,
                // which is left to the story numbers
                f.claims.append(NSRange(location: end, length: year.range.location))
            }
        }
        // "generate some music for it, waves and a foghorn kind of thing": what the music should sound like, said after it
        if what == "generate music", let style = musicStyleAfter.firstMatch(in: (p.text as NSString).substring(from: end)),
           !storySettingWord.occurs(in: styleTail.replacing(in: style.text) { _ in " " }) {
            f.claims.append(NSRange(location: end, length: style.range.length))
        }
        return f
    }

    /// ", waves and a foghorn kind of thing", " for it, something calm", ", a piano vibe": clauses after
    /// a music ask that only say what it should sound like.
    static let musicStyleAfter = Pattern(#"^(?:\s+for\s+(?:it|this|them|the video|the photos|the slideshow))?(?:\s*,\s*(?:(?:[a-z'-]+\s+){0,6}?(?:kind|sort|type)\s+of\s+(?:thing|vibe|vibes|sound|feel|style)|something\s+(?:[a-z'-]+\s+){0,3}?[a-z'-]+|(?:[a-z'-]+\s+){0,3}?(?:vibes?|feel|style))(?=\s*(?:$|[,.;!?\x{01}])))+"#)
    /// "kind of sound", "vibe": the words that say a style is meant, left out before the style is judged.
    static let styleTail = Pattern(#"\b(?:(?:kind|sort|type)\s+of\s+(?:thing|vibe|vibes|sound|feel|style)|vibes?|feel|style)\b"#)

    /// Words that start what a voice-over or captions say ("describing each place", "announcing
    /// each rider", "welcoming the guests", "walking through each move"), for ``topicWords`` and ``cloudClause``.
    static let topicParticiples = #"(?:telling|describing|explaining|saying|narrating|talking|reading|introducing|naming|mentioning|covering|announcing|welcoming|thanking|greeting|calling out|cheering|congratulating|presenting|commenting on|walking through|going through|talking through|stepping through|guiding (?:us|you|viewers|people|everyone) through|breaking down|analy[sz]ing|recapping|summing up|summari[sz]ing|pointing out)"#

    /// A year the topic of a voice-over is set in ("… were found in 1974", "… since the 1960s", "from 1974 until 2019"):
    /// the topic ends before it, and the year is left to the story numbers.
    /// A text named with its number, read aloud by a voice-over ("Psalm 100", "John 3:16", "chapter 2", "poem 4").
    static let numberedText = Pattern(#"\b(?:psalms?|chapter|verses?|proverbs|john|luke|matthew|genesis|isaiah|romans|corinthians|surah|poem|page)\s+\d{1,3}(?::\d{1,3}(?:-\d{1,3})?)?(?![\d.:])"#)
    static let topicYear = Pattern(#"\s+(?:in|since|from|by|around|back in|during|until|till|before|after)\s+(?:the\s+)?(?:1[5-9]\d\d|20\d\d)s?\b(?:\s*(?:-|to|until|till|and)\s*(?:1[5-9]\d\d|20\d\d)s?\b)?"#)

    /// The words of a cloud ask that start saying what it is about ("describing", "about").
    static let participle = Pattern(#"\b(?:reading|narrating|describing|saying|telling|explaining|about)\b"#)
    /// The rest of a clause whose start a cloud ask took.
    static let cloudRest = Pattern(#"^[^,.;!?]{0,60}?(?=\s*(?:$|[,.;!?])|\s+(?:and|then|but|plus|also)\s+(?:make|add|use|put|set|change|keep|turn|give|move|swap|cut|trim|fade|zoom|pan|sort|remove|delete|drop)\b)"#)
    /// "that/which … " up to the end of the clause or a new request ("and make it …"); the ask as the
    /// subject of its verb ("could an AI voiceover read his favourite poem over the photos", "whether an AI
    /// narration could read Harold's obituary"); 介绍/讲述… after a comma.
    static let cloudClause = Pattern(#"^\s+(?:(?:could|can|would|will|should|might|may)\s+)?(?:read|reads|recite|recites|tell|tells|narrate|narrates|describe|describes|explain|explains|introduce|introduces)\s+(?:(?:out|aloud)\s+)?(?:the|a|an|my|our|his|her|their|some|each|every|what|how|where|who|why|about|[a-z]+'?s(?=\s+[a-z]))\b[^,.;!?]{0,60}?(?=\s*(?:$|[,.;!?])|\s+(?:and|then|but|plus|also)\s+(?:make|add|use|put|set|change|keep|turn|give|move|swap|cut|trim|fade|zoom|pan|sort|remove|delete|drop)\b)|^\s+(?:(?:that|which|who|to)\s+(?:(?:can|will|would|could|should|kind of|sort of|really|just)\s+)?(?:describes?|explains?|tells?|talks?|narrates?|reads?|introduces?|says?|sounds?|fits?|matches|match|suits?|goes|go|feels?|captures?|walks?|guides?|sets?|gives?|brings?|is|has|names?|mentions?|covers?)|"# + topicParticiples + #"|about)\b[^,.;!?]{0,60}?(?=\s*(?:$|[,.;!?])|\s+(?:and|then|but|plus|also)\s+(?:make|add|use|put|set|change|keep|turn|give|move|swap|cut|trim|fade|zoom|pan|sort|remove|delete|drop)\b)|^\s*(?:,\s*)?(?:来|用来|去|帮我)?(?:介绍|讲述|讲讲|讲|描述|解说|说说|说明|念|读)[^,.;!?]{0,20}"#)
}
