import Foundation
import ReelTimeline

/// Video clips among the inputs: "photos only", "skip the videos", "keep clips under 5 seconds".
extension PromptInterpreter {
    static let clipNoun = #"(?:videos?|video clips?|clips?|movies?|footage)"#
    /// What kind of clips: "the phone videos", "my short clips", "those shaky videos", "the drone clips".
    static let clipKind = #"(?:(?:phone|iphone|android|cell|short|little|small|shaky|random|live|slo-?mo|slow-?mo|camera|extra|\d+ second|drone|gopro|go pro|dashcam|dash cam|action cam|underwater|timelapse|time lapse|boomerang|selfie|screen recording)\s+)?"#
    /// "drop" as the verb, not the noun of a release named before it ("sneaker drop pics", "the merch drop clips").
    static let dropVerb = #"(?<!\b(?:sneaker|sneakers|shoe|kicks|album|merch|product|collection|release|restock|launch|mic|beat|bass|latest|surprise|limited|nft|menu|price)\s)drop"#
    static let stillNoun = #"(?:(?:still\s+)?(?:photos?|pictures?|pics|images?)|stills)"#
    static let seconds = #"(\d+(?:\.\d+)?)\s*(?:s|sec|secs|seconds?)\b"#
    /// "only use the match clips", "use only my workout": one kind of clips, named by a few words
    /// before the noun (group 1, so a rule can tell it was said).
    static let onlyUse = #"(\b(?:(?:only|just)\s+(?:use|using|include|including|keep|keeping)|(?:use|using|include|including|keep|keeping)\s+(?:only|just))\s+(?:the\s+|my\s+|our\s+|his\s+|her\s+|their\s+|those\s+|these\s+)?(?:(?!(?:and|or|but|not|no|with|from|of|photos?|pictures?|pics|images?|stills)\b)[a-z0-9'-]+\s+){0,3}?)"#

    /// Clips named as what a length is about ("the clips", "videos", "each clip", "each phone clip"; not "video" or
    /// "the clip", which are the whole video), not after photos ("photos and videos 3 s each" is everything).
    /// (The look-ahead for the first letters lets ICU skip the look-behinds at most characters.)
    static let clipSubject = #"(?:\bclips?\s+(?:len|length|duration|time|max)\b|\bmax(?:imum)?\s+clip\s+(?:len|length|duration)\b|(?=each|every|any|per|video|clip|footage|movie)(?<!\b(?:photos|pictures|pics|images|photo|picture|image) (?:and|or|with|plus|&) )(?<!\b(?:photos|pictures|pics|images) (?:and|or|with|plus|&) (?:the|my|all) )\b(?:(?:each|every|any|per) (?:(?:phone|iphone|gopro|drone|camera|short|little|live|action cam) )?(?:video clip|clip|video)|video clips|clips|videos|footage|movies)\b)"#
    /// Words between clips and their length that name something else or start a new request.
    static let notClipWords = #"\b(?:photos?|pictures?|pics|images?|stills|slides?|transitions?|crossfades?|fades?|title|music|song|total|whole|overall|video|reel|slideshow|and|then|but|plus|it|into|make)\b"#

    /// "clips only" right after the clips' description ("use the parade clips only").
    private static let onlyAfter = Pattern(#"^\s*(?:video\s+)?(?:clips|videos|footage)\s+only\b"#)

    /// Words one of which every request about clips holds (clip-length rules are not tried otherwise).
    static let clipWords = ["clip", "vid", "footage", "movie", "视频", "影片", "片段", "素材", "短片", "录像"]

    /// Read before the lengths of photos: "vid clips → 2 sec each" is about the clips.
    static let clipLengthRules: [Rule] = [
        // "include the parade clips but no more than 4 seconds each": the clips named by what they show,
        // the words before the noun (the noun is left to the rules that read a length or a sound of the clips;
        // read first, so those rules have not taken it yet)
        Rule(#"(?<!\bonly |\bjust )\b(?:use|using|include|including|add|adding)\s+(?:the\s+|all\s+(?:the\s+)?|my\s+|our\s+|those\s+|these\s+)?(?:(?!(?:the|my|our|your|his|her|their|those|these|all|any|and|or|but|not|no|with|from|of|only|just|first|last|other|\d+|photos?|pictures?|pics|images?|stills|videos?|clips?|footage)\b)[a-z0-9'-]+\s+){1,2}?(?=(?:video\s+)?(?:clips|videos|footage)\b)"#) { m, p in
            // "use the parade clips only": which clips, the rest said by "clips only"
            if onlyAfter.occurs(in: (p.text as NSString).substring(from: m.range.location + m.range.length)) { return Found() }
            var f = Found().note("the video clips are used with the photos, as in every draft")
            f.ifNegated = [.media(.photosOnly)]
            return f
        },
        // "the clips should only play their first 2 seconds", "videos capped at 6 seconds",
        // "keep the clips short, like 3 seconds max", "vid clips → 2 sec each", "use the clips but no
        // longer than 4 seconds each": a length said of the clips is how long each plays, however it
        // is worded ("each" included); "clips only, max 4 sec a clip" says which first (read by the media rules)
        Rule(#"(?:\b(?:keep|cap|limit|trim|cut|shorten|let|have|set)\s+(?:the\s+|all\s+(?:the\s+)?|my\s+)?|"# + onlyUse + #"|\b(?:only|just)\s+(?:the\s+|my\s+|our\s+)?)?"# + clipSubject + #"(?!\s+only\s*(?:$|[,.;!?]))((?:(?!"# + notClipWords + #")[^,.;!?，。；！？]){0,40}?)(?:(?:\s*,\s*|\s*,?\s*(?:but|yet|just|only)\s+(?=no\b|not\b|at\b|max|under|up to|less))(?:like|say|about|around|maybe|so|ideally|max|at most|tops|no more than|not more than|no longer than|not longer than|not over|under|up to|less than|at the most)\s+)?(?<![\d.])(\d+(?:\.\d+)?)\s*(?:(?:s|sec|secs|seconds?)\b|秒(?:钟)?)(?:\s+(?:max(?:imum)?|tops|each|apiece|at most|or less|long|or so))?(?!\s*(?:-\s*)?(?:long\s+)?(?:video|reel|slideshow|film|movie|montage|edit|vlog|total|in total|overall)\b)"#) { m, p in
            guard let text = m[3], let s = Double(text), s > 0 else { return nil }
            // "clips longer than 5 seconds": which clips, not how long (a removal is not offered);
            // "don't let the clips play longer than 4 seconds" is the longest they play
            let said = String((p.text as NSString).substring(to: m.range.location).suffix(24)) + (m[2] ?? "")
            if let between = m[2], Pattern(#"\b(?:over|more than|longer than|at least)\s*$"#).occurs(in: between),
               !Pattern(#"\b(?:no|not|never|dont|doesnt|nothing)\b"#).occurs(in: said) { return nil }
            // "only use my workout clips, max 2 sec each": which clips, and how long each plays
            // "only the clips from my phone, max 4 seconds each": the same, said without a verb
            if m[1] != nil || m.text.hasPrefix("only") || m.text.hasPrefix("just") {
                return Found(.media(.clipsOnly), .clipMax(ms: FrameTime.ms(seconds: s))).notNegatable
            }
            return Found(.clipMax(ms: FrameTime.ms(seconds: s))).notNegatable
        },
        // "use the phone clips only, max 3 s each", "only the gopro clips, 4 seconds each": with only clips in the
        // video, a length said "each" in the next clause is how long each clip plays, not a photo's time (read after
        // the rule above, which takes "use only the clips, max 4 seconds each" whole)
        Rule(#"\b(?:(?:only|just)\s+(?:use\s+|using\s+)?(?:the\s+|my\s+|our\s+)?(?:(?!(?:and|or|but|not|no|with|without|skip|skipping|drop|dropping|remove|removing|exclude|excluding|ditch|lose|leave|leaving|cut|photos?|pictures?|pics|images?|stills)\b)[a-z0-9'-]+\s+){0,2}?(?:video\s+)?(?:clips|videos|footage)|(?:clips|videos|footage)\s+only)\s*,\s*(?:(?:and\s+|but\s+)?(?:max(?:imum)?|at most|up to|no more than|no longer than|not more than|under|like|about|around)\s+)?(\d+(?:\.\d+)?)\s*(?:s|sec|secs|seconds?)\b(?:\s+(?:each|apiece|max(?:imum)?|tops|at most|a clip|per clip))*"#) { m, _ in
            guard let s = m.number(1), s > 0 else { return nil }
            return Found(.media(.clipsOnly), .clipMax(ms: FrameTime.ms(seconds: s))).notNegatable
        }.needing(["only"]),
        // "3 seconds max for the clips", "2 secs per clip", "nothing over 3 seconds for the videos":
        // the length first, then the clips it is for
        Rule(#"(?:\b(?:nothing|none|no more than|not more than|max(?:imum)?|at most|up to|under|no longer than)\s+(?:(?:over|longer than|more than|above|past)\s+)?)?(?<![\d.])(\d+(?:\.\d+)?)\s*(?:s|sec|secs|seconds?)\b(?:\s+(?:max(?:imum)?|at most|tops|each|apiece|or less|long))?\s+(?:for|on|per)\s+(?:the\s+|each\s+|every\s+|any\s+|all\s+(?:the\s+|my\s+)?|my\s+)?(?:video clips?|clips?|videos|footage)\b|\b(?<![\d.])(\d+(?:\.\d+)?)\s*(?:s|sec|secs|seconds?)\s+(?:per|each|a|for each|for every)\s+(?:video\s+)?clip\b"#) { m, _ in
            guard let text = m[1] ?? m[2], let s = Double(text), s > 0 else { return nil }
            return Found(.clipMax(ms: FrameTime.ms(seconds: s))).notNegatable
        },
        // "no clip longer than 5 seconds", "no video should run over 4 s": the longest a clip plays
        Rule(#"\b(?:no|not a|not one|none of the|nothing in the)\s+(?:single\s+)?(?:video\s+)?(?:clips?|videos?|footage)\s+(?:should\s+(?:be|play|run|last|go)\s+|(?:is|are|plays?|runs?|lasts?|goes)\s+)?(?:longer than|over|more than|above|beyond|past|exceeding)\s+(\d+(?:\.\d+)?)\s*(?:s|sec|secs|seconds?)\b"#) { m, _ in
            guard let text = m[1], let s = Double(text), s > 0 else { return nil }
            return Found(.clipMax(ms: FrameTime.ms(seconds: s))).notNegatable
        },
        // "only use the phone clips, none longer than 6 seconds", "…, none of them over 4 s": "none" is
        // of the clips just named (after photos it is their length, left to the photo rules)
        Rule(#"(?:^|(?<=[,;:]))\s*(?:(?:and|but|with|just|so)\s+)*(?:none|none of them|none of those|none of these|nothing|not one|not one of them|neither)\s+(?:(?:should|can|may|must|will)\s+(?:be|play|run|last|go)\s+|(?:is|are|plays?|runs?|lasts?|goes|being)\s+)?(?:longer than|over|more than|above|beyond|past|exceeding)\s+(?<![\d.])(\d+(?:\.\d+)?)\s*(?:s|sec|secs|seconds?)\b"#) { m, p in
            // ("only use the videos not the pics, … none longer than 4 secs": what was left out is not what "none" names)
            capOnClipsNamedBefore(m, p)?.notNegatable
        }.needing(["none", "nothing", "not one", "neither"]),
        // "keep the phone clips but don't let any of them run longer than 4 seconds", "… and let none of
        // them go over 3 s", "make sure none of them play past 5 seconds": a cap on the clips just named
        Rule(#"\b(?:(?:dont|do not|never)\s+let\s+(?:any\s+(?:one\s+)?of\s+(?:them|those|these|em)|any(?:\s+one)?|them|those|these|either\s+of\s+them)|let\s+none(?:\s+of\s+(?:them|those|these|em))?|make\s+sure\s+none(?:\s+of\s+(?:them|those|these|em))?)\s+(?:run|runs|play|plays|go|goes|last|lasts|be|is|are)\s+(?:any\s+)?(?:longer than|over|more than|past|beyond)\s+(?<![\d.])(\d+(?:\.\d+)?)\s*(?:s|sec|secs|seconds?)\b"#) { m, p in
            capOnClipsNamedBefore(m, p)?.notNegatable
        }.needing(["let", "none"]),
        // "the videos are too long, cut each one down to 3 seconds": "each one" is what was just named
        Rule(#"\b(?:cut|trim|shorten|keep|limit|cap|make)\s+(?:each one|each of them|every one|them all|all of them|them|each)\s+(?:down\s+)?(?:to|at|under|below)?\s*(?:their first\s+|the first\s+|at most\s+)?(?<![\d.])(\d+(?:\.\d+)?)\s*(?:s|sec|secs|seconds?)\b"#) { m, p in
            // ("the videos not the photos are too long, cut each one to 3 s": what was left out is not "each one")
            capOnClipsNamedBefore(m, p)
        },
        // "there are a few phone videos mixed in. use them, but no more than 2 seconds each": a cap on
        // what "them" is, when the last things named before were clips
        Rule(#"\b(?:use|keep|include|put in|add|show|leave in)\s+(?:them|those|these|em|them all|all of them|each of them)\s*,?\s*(?:but|just|only)?\s*(?:no more than|not more than|no longer than|not longer than|nothing over|max(?:imum)?|at most|up to|under|less than|only|just)\s+(?<![\d.])(\d+(?:\.\d+)?)\s*(?:s|sec|secs|seconds?)\b(?:\s+(?:each|apiece|max|tops|at most|a piece|per clip))?"#) { m, p in
            capOnClipsNamedBefore(m, p)
        },
        // 视频太长了，每个剪到4秒; 只用片段，每个最多3秒; 那几段视频太长了，每段别超过5秒: "each one" is what was just named
        Rule(#"(?:每个|每段|每条|都)(?:都)?(?:只)?(?:剪到|剪成|截到|截成|缩短到|控制在|留|保留|只要|要|最多|最长|不超过|不要超过|别超过|不能超过|不得超过|不可以超过)(?:前)?\s*(\d+(?:\.\d+)?)\s*秒"#) { m, p in
            guard let text = m[1], let s = Double(text), s > 0 else { return nil }
            let before = (p.text as NSString).substring(to: m.range.location)
            let nouns = Pattern(#"视频|影片|片段|素材|短片|录像|照片|图片|相片"#).matches(in: before)
            guard let last = nouns.last, !["照片", "图片", "相片"].contains(last.text) else { return nil }
            return Found(.clipMax(ms: FrameTime.ms(seconds: s)))
        },
        // "the clips are too long", 片段太长了: shorter clips, unless a length for them follows
        Rule(#"\b(?:the\s+|my\s+)?(?:video clips|clips|videos|footage)\s+(?:are|is|run|feel|seem)\s+(?:a bit\s+|way\s+|far\s+|much\s+|a little\s+)?too long\b|(?:视频片段|片段|素材)(?:有点|也|都)?太长了?"#) { _, _ in
            Found(implied: [.clipMax(ms: DraftDefaults.clipMaxMs / 2)]).notNegatable
        },
        // "keep the clips short", "keep each clip short", 视频片段剪短一点, 每个片段短一点: no length said, so half the usual cap (5 s)
        Rule(#"\b(?:keep|make|have|want)\s+(?:(?:the\s+|all\s+(?:the\s+)?|my\s+)?(?:video clips|clips|videos|footage)|(?:each|every)\s+(?:single\s+)?(?:video\s+)?clip)\s+(?:short|shorter|brief|quick|nice and short)\b|\bshort(?:er)?\s+(?:video\s+)?clips\b|(?:视频片段|片段|素材|每段视频|每个片段|每段片段)(?:都)?(?:剪)?短(?:一点|一些|点)?|(?:剪短|缩短)(?:一点|一些|点)?(?:视频片段|片段|素材|每段视频)"#) { _, _ in
            Found(.clipMax(ms: DraftDefaults.clipMaxMs / 2))
        },
        // 视频只要前3秒, 每段视频最多5秒, 视频片段每段不超过4秒, 影片只保留前兩秒, 影片裡的片段最多放3秒
        Rule(#"(?:每段(?:视频|影片|片段|素材|短片)?|(?:每个|每条)(?:视频|影片|片段|素材|短片)|(?:(?:视频|影片)(?:里面|里|中)?的?)?片段(?:每段|每个|每条)?|(?:视频|影片)?素材(?:每段|每个|每条)?|(?:视频|影片|短片|录像)(?:每段|每个|每条))(?:都|只|就)?(?:最多|最长|顶多|至多)?(?:要|保留|留|用|取|截取|剪到|剪成|控制在|最多|最长|不超过|不要超过|别超过|不能超过|不得超过|限制在|放|播|播放)?(?:前|开头的?|头)?\s*(\d+(?:\.\d+)?)\s*秒(?:钟)?(?:以内|之内|左右)?"#
             + #"|(?:视频|影片|短片|录像)(?:都|只|就)?(?:只要|只保留|只留|只用|只取|只放|只播|保留|截取|取|留)(?:前|开头的?|头)\s*(\d+(?:\.\d+)?)\s*秒(?:钟)?"#) { m, _ in
            guard let text = m[1] ?? m[2], let s = Double(text), s > 0 else { return nil }
            return Found(.clipMax(ms: FrameTime.ms(seconds: s))).notNegatable
        },
    ].map { $0.needing(clipWords) }

    /// Photos only or clips only ("leave the videos out", "just the videos pls not the photos", 照片only不要clips, 只要影片片段;
    /// 只用照片，video clips都不要: the clips named in English, refused in Chinese after them).
    static let clipRules: [Rule] = [
        // "only use the match clips", "use only my workout clips", "just use the test bench footage":
        // which clips (any few words before the noun) and that nothing else is used
        Rule(onlyUse + #"(?:videos|video clips|clips|footage)\b"#) { _, _ in
            Found(.media(.clipsOnly)).notNegatable
        },
        // "leave the videos out"
        Rule(#"\bleave\s+(?:the\s+|all\s+(?:the\s+)?|my\s+|any\s+)?"# + clipNoun + #"\s+out\b"#) { _, _ in Found(.media(.photosOnly)) },
        // "use the videos", "include the phone clips", "keep the videos in", "use the clips too",
        // "keep the dashcam clips in but turn their sound off", "keep the gopro clips, just don't let them run
        // longer than 5 seconds" (the clips kept, what else of them said next): what
        // a first cut does anyway (said so); "don't use the videos": photos only
        // "only use the video clips", "just use the photos": one kind only
        Rule(#"\b(?:(only|just)\s+)?(?:use|using|include|including|add|adding|(?:keep|keeping)(?=\s+(?:the\s+|my\s+|all\s+the\s+)?(?:\S+\s+)?(?:videos|video clips|clips|footage)\s*(?:[,;]|\s(?:but|though|just)\b))|(?:put|putting|keep|keeping|leave|leaving)(?=\s+(?:\S+\s+){0,3}?(?:videos|video clips|clips|footage)\s+in(?:\s+(?:it|there|the video))?(?:\s+(?:too|as well|please|pls|thanks))*\s*(?:$|[,.;!?]|(?:but|and|though|just|only)\b))|(?:put|putting)(?=\s+\S+(?:\s+\S+)?\s+in(?:\s+(?:it|there|the video))?(?:\s+(?:please|pls|thanks))?\s*(?:$|[,.;!?])))\s+(?:the\s+|all\s+(?:the\s+|of\s+(?:the\s+|my\s+)?)?|my\s+|any\s+|those\s+|these\s+)?"# + clipKind + #"(?:(videos|video clips|clips|footage)|(photos|pictures|pics|images|stills))\b(?:\s+in(?:\s+(?:it|there|the video))?(?=\s*(?:$|[,.;!?]|\s+(?:too|as well|but|and|though|just|only)\b)))?(?:\s+(?:too|as well))?"#) { m, _ in
            if m[1] != nil { return Found(.media(m[2] != nil ? .clipsOnly : .photosOnly)) }
            var f = m[2] != nil ? Found().note("the video clips are used with the photos, as in every draft") : Found()
            f.ifNegated = [.media(m[2] != nil ? .photosOnly : .clipsOnly)]
            return f
        },
        Rule(#"\b(?:keep|cap|limit|trim|cut|shorten)\s+(?:the\s+|each\s+|every\s+|all\s+)?"# + clipNoun
             + #"\s+(?:to\s+|at\s+|under\s+|below\s+|shorter than\s+|no longer than\s+|to at most\s+|at most\s+|within\s+)?"# + seconds
             + #"|\b"# + clipNoun + #"\s+(?:of\s+)?(?:under|below|no longer than|at most|up to|max(?:imum)?|shorter than)\s+"# + seconds
             + #"|\b"# + clipNoun + #"\s+(?:max|maximum)\s+"# + seconds
             + #"|(?:视频|片段)\s*(?:不超过|最多|最长|限制在|控制在|不要超过)\s*(\d+(?:\.\d+)?)\s*秒"#) { m, _ in
            guard let text = m[1] ?? m[2] ?? m[3] ?? m[4], let s = Double(text), s > 0 else { return nil }
            return Found(.clipMax(ms: FrameTime.ms(seconds: s)))
        },
        // "I don't want any of the videos in it", "just the pictures": photos only
        Rule(#"\b(?:dont|do not|didnt|never)\s+(?:really\s+)?(?:want|need|like)\s+(?:to\s+(?:use|include|see|have)\s+)?(?:any\s+(?:of\s+)?)?(?:the\s+|my\s+|those\s+|these\s+)?"# + clipNoun + #"(?:\s+(?:in it|in there|in the video|at all))?\b"#
             + #"|(?:^|(?<=[,.;!?]))\s*(?:(?:but|and|so)\s+)?just\s+(?:use\s+)?(?:the\s+|my\s+)?"# + stillNoun + #"(?:\s+(?:please|pls|plz|thanks|then|instead))?(?:\s*,?\s*(?:and\s+|but\s+)?(?:not|no)\s+(?:the\s+|any\s+|my\s+)?"# + clipKind + clipNoun + #")?(?=\s*(?:$|[,.;!?]))"#) { _, _ in
            Found(.media(.photosOnly)).notNegatable
        },
        // "just the videos pls not the photos", "just the clips, no photos": clips only, said the same way;
        // "just my skate clips no photos": which clips, named by a word or two before the noun; "just the
        // video clips from the boat this time": or by where they were shot, after it
        Rule(#"(?:^|(?<=[,.;!?]))\s*(?:(?:but|and|so)\s+)?just\s+(?:use\s+)?(?:the\s+|my\s+|our\s+)?"# + clipKind + #"(?:(?!(?:and|or|but|not|no|with|from|of|the|photos?|pictures?|pics|images?|stills|videos?|clips?|footage)\b)[a-z0-9'-]+\s+){0,2}?(?:videos|video clips|clips|footage)(?:\s+(?:from|of|at|on)\s+(?:the\s+|my\s+|our\s+|that\s+)?(?!(?:photos?|pictures?|pics|images?|stills|video|music|song)\b)[a-z0-9'-]+(?:\s+(?!(?:this|for|please|pls|then|instead|not|no)\b)[a-z0-9'-]+)?)?(?:\s+(?:this time|for this one|for now|this round))?(?:\s+(?:please|pls|plz|thanks|then|instead))?(?:\s*,?\s*(?:and\s+|but\s+)?(?:not|no)\s+(?:the\s+|any\s+|my\s+)?"# + stillNoun + #")?(?=\s*(?:$|[,.;!?]))"#) { _, _ in
            Found(.media(.clipsOnly)).notNegatable
        },
        Rule(#"\b"# + stillNoun + #"\s+only\b|\bonly\s+(?:use\s+)?(?:the\s+)?"# + stillNoun + #"\b|\b(?:skip|"# + dropVerb + #"|remove|leave out|no|without|exclude|ignore|lose)\s+(?:the\s+|any\s+(?:of\s+(?:the\s+|my\s+)?)?|all\s+(?:of\s+)?(?:the\s+|my\s+)?|my\s+)?(?:(?:the|my|those|these)\s+)?"# + clipKind + clipNoun + #"\b|只(?:要|用|留|保留|剩)(?:下)?(?:那些|这些)?(?:照片|图片|相片)|(?:照片|图片|相片)\s*only\b|(?:不要|去掉|删掉|删除|拿掉|跳过|不用|去除)(?:所有|全部)?的?(?:航拍|无人机|手机)?的?(?:视频|影片|短片|录像)(?:片段|素材)?|(?:不要|去掉|删掉|删除|拿掉|跳过|不用|去除)(?:所有|全部)?的?片段(?=\s*(?:$|[,.;!?，。；！？]))|(?:不要|去掉|删掉|删除|拿掉|跳过|不用|去除)\s*(?:the\s+|any\s+)?(?:videos?|video clips?|clips?|footage)\b|(?:所有|全部)?的?(?:视频|影片|短片|录像)(?:片段|素材)?(?:都|全部)?(?:不要了?|去掉|删掉|删了|删除|去了|拿掉|不用了?)(?=\s*(?:$|[,.;!?]))|(?:^|(?<=[,.;!?]))\s*(?:(?:the|all the|any)\s+)?(?:video\s+)?(?:clips?|videos?|footage)\s*(?:都|全部|就)?(?:不要了?|去掉|删掉|删了|拿掉|不用了?)(?=\s*(?:$|[,.;!?]))|\b(?:videos|clips|video clips) off\b"#) { _, _ in
            Found(.media(.photosOnly))
        },
        Rule(#"\b"# + clipNoun + #"\s+only\b|\bonly\s+(?:use\s+)?(?:the\s+)?"# + clipNoun + #"\b|\b(?:skip|"# + dropVerb + #"|leave out|no|without|exclude|ignore)\s+(?:the\s+|any\s+|all\s+)?"# + stillNoun + #"\b|只(?:要|用|留|保留|剩)(?:下)?(?:那些|这些)?(?:视频|影片|短片|录像)(?:片段|素材)?|只(?:要|用|留|保留)(?:下)?(?:那些|这些)?(?:片段|素材)|(?:视频|影片|片段)\s*only\b|不要照片|去掉照片|跳过照片"#
             // 只要那些clips, 只用这些videos: the clips named in English (read as 片段, 视频 by then, so 只用这些视频 is the
             // same); 照片不要 in a clause of its own
             + #"|只(?:要|用|留|保留)(?:下)?(?:那些|这些)?(?:的)?\s*(?:video\s+)?(?:clips?|videos?|footage)\b|(?:^|(?<=[,.;!?]\s)|(?<=[,.;!?]))\s*(?:照片|图片|相片)(?:都|全部|就)?(?:不要了?|不用了?|去掉|删掉)(?=\s*(?:$|[,.;!?]))"#) { _, _ in
            Found(.media(.clipsOnly))
        },
    ]

    /// A cap of `m[1]` seconds on each clip, when the last things named before the match were clips:
    /// "the videos are too long, cut each one down to 3 seconds", "use them, but no more than 2 seconds
    /// each". What was left out ("the videos not the photos", "without the pics") names nothing.
    static func capOnClipsNamedBefore(_ m: PatternMatch, _ p: PromptText) -> Found? {
        guard let text = m[1], let s = Double(text), s > 0 else { return nil }
        let before = (p.text as NSString).substring(to: m.range.location)
        guard let last = namedBefore.matches(in: before).last, clipNamed.occurs(in: last.text) else { return nil }
        return Found(.clipMax(ms: FrameTime.ms(seconds: s)))
    }

    /// Clips or photos named, not after "not", "no" or "without".
    private static let namedBefore = Pattern(#"(?<!\bnot\s|\bnot\sthe\s|\bnot\sany\s|\bno\s|\bwithout\s|\bwithout\sthe\s|\bwithout\sany\s)\b(?:video clips?|clips?|videos|footage|photos?|pictures?|pics|images?|shots|slides)\b"#)
    private static let clipNamed = Pattern(#"^(?:video clips?|clips?|videos|footage)$"#)
}
