import Foundation
import ReelTimeline

/// Edits that name photos: "make photo 3 longer", "photo 2 should be 6 seconds", "remove photos
/// 2 and 4", "remove the first two", "photo 2 first", "start with photo 4", 第三张放到最后.
extension PromptInterpreter {
    static let noun = #"(?:photo|picture|image|pic|slide|shot)"#
    /// One photo: "photo 3", "the 3rd photo", "the last picture", 第3张, 最后一张.
    static let oneRef = #"(?:the\s+)?(?:"# + noun + #"s?\s+(?:#|no\s+|number\s+)?\d+\b|(?:\d+(?:st|nd|rd|th)\s+to\s+last|next\s+to\s+last|penultimate|\d+(?:st|nd|rd|th)|last|final)\s+"# + noun + #"\b)|第\s*\d+\s*张(?:照片|相片|图片|图)?|最后\s*1?\s*张(?:照片|相片|图片)?"#
    /// Several: "photos 2, 4 and 6", "the 3rd and 4th photos", 第2和第4张; a list typed without
    /// commas ("pics 3 4 and 9") or with "an" for "and" ("pic 1 an pic 10"), or ending with the
    /// last photo ("photo 6 and the last one").
    /// After a number, the people or things it counts: not one more photo of a list ("take out
    /// photos 3 and 7, one little boy is picking his nose in both", "photos 2, 4, two of them are blurry").
    static let countedAfter = #"(?!\s+(?:(?:little|small|tiny|young|old|big|cute)\s+)?(?:of\s+(?:them|these|those|us|the)|boys?|girls?|kids?|child|children|guys?|man|men|woman|women|persons?|people|lady|ladies|baby|babies|toddlers?|dogs?|cats?|guests?|friends?|cousins?)\b)"#
    static let refList = #"(?:the\s+)?(?:"# + noun + #"s?\s+(?:#|no\s+|number\s+)?\d+(?:(?:\s*(?:,|and|&|to|through|thru|\ban(?=\s+"# + noun + #"\s))\s*|\s+(?=(?:\d+\s+)*\d+\s*,?\s*(?:and|&)\s))(?:(?:the\s+)?"# + noun + #"\s+)?(?:#)?\d+"# + countedAfter + #")*\b(?:\s*(?:,|and|&)\s*(?:the\s+)?(?:last|final)\s+(?:one|"# + noun + #")\b)?|(?:\d+(?:st|nd|rd|th)\s+to\s+last|next\s+to\s+last|penultimate|\d+(?:st|nd|rd|th)|last|final)(?:\s*(?:,|and|&)\s*(?:the\s+)?(?:\d+(?:st|nd|rd|th)|last|final))*\s+(?:"# + noun + #"s?|one)\b(?:\s*(?:,|and|&)\s*(?:the\s+)?(?:\d+(?:st|nd|rd|th)|last|final)\s+(?:"# + noun + #"|one)s?\b(?!\s+(?:is|was|looks?|seems?|feels?|has|way|too|so|really|kinda|kind of|a bit|pretty|quite)\b))*)|(?:第\s*\d+\s*张?|最后\s*1?\s*张)(?:\s*(?:和|、|,|与|跟|到|至|~|以及|还有)\s*(?:第?\s*\d+\s*张?|最后\s*1?\s*张))*(?:照片|相片|图片|图)?"#
    /// "pull photos 4 and 7", "pull out the last photo" read as a removal only before a photo named by its number or place
    /// ("pull together the photos" is no removal).
    static let removeVerb = #"\b(?:remove|delete|drop|cut|take out|get rid of|skip|lose|leave out|exclude|ditch|scrap|toss|trash|nix|omit|throw out|throw away|cut out|erase|without|pull(?:\s+out)?(?=\s+(?:the\s+)?(?:(?:photo|picture|pic|image|shot|slide)s?\s*(?:#|no\s+|number\s+)?\d|(?:\d{1,2}(?:st|nd|rd|th)|last|final|first|second|third)\s+(?:photo|picture|pic|image|shot|slide|one|two|three)s?\b)))\s+"#
    /// 删掉, 去掉, 拿走; 撤掉, 撤下来 ("第4张和第7张撤掉", of a photo, never 撤销: an undo).
    static let zhRemove = #"(?:删除|删掉|删去|删了|去掉|去除|去了|移除|拿掉|拿走|撤掉|撤下来|撤下|不要了|不要(?!\s*(?:动|移动|晃|乱动|缩放|放大|缩小|平移|推拉|运动|动画|转场|过渡|黑场|硬切|淡入)))"#

    /// ``zhRemove``, and the words that say not to use the photos named after them: 别用第三张和第七张,
    /// 不要用前两张, 不想用最后一张.
    static let zhRemoveBefore = #"(?:(?:别|不要|不想|不)(?:再)?用|"# + zhRemove + #")"#

    /// ``zhRemove``, and the words that say a photo named before them is not wanted: 第3张别用了,
    /// 第4张别用, 不要放进去 (not 第3张别用转场).
    static let zhRemoveAfter = #"(?:(?:不要|别|不用)(?:放进去|放进来)了?|(?:别|不要)用(?:了|(?=\s*(?:$|[,.;!?])))|不用了|"# + zhRemove + #")"#

    /// More photos named after a removal, ending the clause: "remove photo 2 and also photo 9",
    /// "delete pic 3 as well as pic 7", 删掉第二张，还有第九张, 第三张删了，还有最后一张.
    static let removeMore = #"(?:\s*,?\s*(?:and\s+also|as\s+well\s+as|and|plus|also)\s+(?:"# + refList + #")(?=\s*(?:$|[,.;!?]|(?:too|as well|then|and|please|pls|plz)\b))|\s*,?\s*(?:还有|以及)\s*(?:"# + refList + #")(?=\s*(?:$|[,.;!?]|也)))?"#

    static let photoRules: [Rule] = [
        // "3 seconds is too short", 3秒太短了: the length as it is now, complained of (the change is said beside
        // it: "make the first photo longer, 3 seconds is too short", 第一张放久一点，3秒太短了)
        Rule(#"(?<![\d.:])(\d+(?:\.\d+)?)\s*(?:seconds?|secs?|s|秒钟?)(?![a-z])\s*(?:(?:is|was|feels|seems)\s+)?(?:(?:way|far|a bit|a little|kind of|just|much)\s+)?(?:too\s+(?:short|long|quick|fast|brief)\b|(?:太|有点|有些)(?:短|长|快|久)了?|不够(?:看)?了?)"#) { _, _ in Found().notNegatable },
        // "make photo 4 longer, like 5 seconds", 第4张放久一点，5秒吧: a photo said longer or shorter, then a
        // length alone in the next clause: the length is that photo's, said more exactly
        Rule(#"(?:\b(?:make|leave|keep|let|have|hold)\s+)?("# + refList + #")(?:\s+(?:(?:stay|stays|last|be|on screen|up|should|can|for)\s+)*(?:a\s+(?:bit|little|tad)\s+|slightly\s+|much\s+)?(?:longer|shorter)\b|\s*(?:再|稍微|多)?(?:放|停|留|显示|停留)?(?:得)?(?:久|长|短)(?:一点|一些|点)?(?:吧)?)\s*[,;]\s*(?:(?:like|say|maybe|about|around|roughly|make it|make that|to|id say|大概|差不多|大约|就|放|停|给它)\s*)*"# + number + #"\s*(?:seconds?|secs?|s|秒钟?)(?![a-z])(?:\s*(?:左右|吧|就行|就好|好了|or so|ish|please|pls))?(?=\s*(?:$|[,.;!?]))"#) { m, _ in
            let refs = photoRefs(m[1] ?? "")
            guard !refs.isEmpty, let s = m.number(2), s > 0 else { return nil }
            var f = Found()
            f.changes = refs.map { (.photoLength($0, ms: FrameTime.ms(seconds: s)), false) }
            return f
        },
        // "swap the last two photos", "the last two photos should trade places, can you swap them", 最后两张换一下,
        // 前两张互换: the two photos at one end change places
        Rule(#"\b(?:swap|switch|flip|trade|exchange)\s+(?:around\s+)?(?:the\s+)?(?:order\s+of\s+(?:the\s+)?)?(last|final|first|1st)\s+2(?:\s+(?:photos|pictures|pics|images|shots|slides|ones))?(?:\s+(?:around|over|places|positions))?\b|\b(?:the\s+)?(last|final|first|1st)\s+2\s+(?:photos|pictures|pics|images|shots|slides|ones)\s+(?:(?:should|could|can|need to|to|would)\s+)?(?:trade|swap|switch|exchange)\s+(?:places|spots|positions|order)\b(?:\s*[,.;!?]*\s*(?:(?:can|could|would)\s+you\s+|please\s+|just\s+|so\s+)?(?:swap|switch|flip|trade)\s+(?:them|those|these|those 2|them around)(?:\s+(?:around|over))?\b)?|(?:把)?(最后|前)\s*2\s*张(?:照片|图片)?\s*(?:的)?(?:顺序|位置)?\s*(?:交换|互换|对调|调换|换)\s*(?:一下)?\s*(?:位置|顺序)?"#) { m, _ in
            let end = m[1] ?? m[2] ?? m[3] ?? ""
            return end == "last" || end == "final" || end == "最后" ? Found(.swapPhotos(.fromEnd(2), .last)) : Found(.swapPhotos(.number(1), .number(2)))
        },
        // "remove photo 2 actually no not 2 remove photo 9", "delete the 3rd pic... wait no, the 4th": a removal
        // taken back and said again of another photo; only the photo said last goes
        Rule(removeVerb + #"("# + oneRef + #")\s*[,.;!]*\s*(?:(?:actually|wait|sorry|oops|hmm|um|i mean|no wait)\s*[,.;!]*\s*)+(?:(?:no|nope|nah)\s*[,.;!]*\s*)?(?:not\s+(?:that one|(?:"# + noun + #"\s+)?\d{1,3}|the\s+\d{1,3}(?:st|nd|rd|th)(?:\s+(?:one|"# + noun + #"))?)\s*[,.;!]*\s*)?(?:(?:remove|delete|drop|take out|cut|lose|ditch)\s+|i meant\s+)?("# + oneRef + #"|the\s+\d{1,3}(?:st|nd|rd|th)(?:\s+one)?\b)"#) { m, _ in
            guard let first = photoRefs(m[1] ?? "").first, let ref = photoRefs(m[2] ?? "").first, ref != first else { return nil }
            return Found(.removePhoto(ref))
        },
        // "swap the 2nd and the 8th pictures, sorry, I mean the 9th", "swap photos 3 and 5... wait, 3 and 6": a
        // swap said again with the photo named last (or both) corrected; only the swap said last is done
        Rule(#"\b(?:swap|switch|exchange|trade)\s+(?:the\s+)?(?:"# + noun + #"s?\s+)?(?:#|no\s+|number\s+)?"# + photoRef + #"(?:\s+"# + noun + #"s?)?\s*(?:and|with|&)\s*(?:the\s+)?(?:"# + noun + #"\s+)?(?:#|no\s+|number\s+)?"# + photoRef + #"(?:\s+"# + noun + #"s?)?\s*[,.;!]*\s*(?:(?:no|nope|um|hmm|sorry|my bad)\s*[,.;!]*\s*)*(?:sorry|actually|wait|oops|i mean|i meant|i meant to say|correction)\s*[,.;!:]*\s*(?:(?:no|i mean|i meant|its|it s)\s*[,.;!]*\s*)*(?:the\s+)?(?:"# + noun + #"\s+)?(?:#|no\s+|number\s+)?"# + photoRef + #"(?:\s*(?:and|with|&)\s*(?:the\s+)?(?:"# + noun + #"\s+)?(?:#|no\s+|number\s+)?"# + photoRef + #")?(?:\s+(?:one|"# + noun + #"s?))?(?![\d.]|\s*(?:seconds?|secs?|s|%|fps|minutes?|mins?)\b)"#
             // 交换第二张和第八张，不对，是第九张
             + #"|(?:交换|互换|对调|调换)\s*(第\s*\d+\s*张?|最后\s*1?\s*张)(?:照片|图片)?\s*(?:和|与|跟)\s*(第\s*\d+\s*张|最后\s*1?\s*张)(?:照片|图片)?\s*[,.;!]*\s*(?:不对|不是|说错了|搞错了|错了|我是说|我说错了)\s*[,.;!]*\s*(?:(?:是|应该是|我是说|我的意思是)\s*)?(第\s*\d+\s*张|最后\s*1?\s*张)"#) { m, _ in
            if let zh = m[5], let a = photoRefs(zh).first, let b = photoRefs(m[6] ?? "").first, let c = photoRefs(m[7] ?? "").first {
                return c != a && c != b ? Found(.swapPhotos(a, c)) : nil
            }
            guard let a = ref(m[1]), let b = ref(m[2]), let c = ref(m[3]) else { return nil }
            if let d = ref(m[4]) { return Found(.swapPhotos(c, d)) }
            guard c != a, c != b else { return nil }
            return Found(.swapPhotos(a, c))
        },
        // one photo's length
        // "photo 3 → 4s", "photo 4 => 6s": an arrow reads as "to"; "pic 4: 5 sec", a colon as a label; "photo 3 should only be 2 seconds";
        // "leave photo 9 up for 5 seconds", "hold photo 2 for 4s", "show photo 6 for just 2 seconds", 第四张只放两秒, 第4张给5秒
        // "cut the 3rd photo down to 2 seconds", "bring photo 4 back to 3s"
        // "photos 1 thru 3 only need 2 seconds each", "photo 5 gets 4 seconds", "photo 2 needs to be 5s",
        // "photo 3 should show up for 5 seconds"
        Rule(#"(?:\b(?:make|leave|keep|hold|let|cut|trim|bring)\s+)?("# + refList + #")(?![\d.])\s*(?:[=:]\s*)?(?:should\s+|(?:(?<=\b(?:cut|trim|bring)\s[^,.;!?]{1,30})(?:down|back)\s+)?to\s+)?(?:only\s+|just\s+)?(?:be\s+|last\s+|lasts\s+|stay\s+|stays\s+|sit\s+|sits\s+|remain\s+|for\s+|at\s+|on\s+screen\s+|onscreen\s+|on\s+(?=for\s)|up\s+|needs?\s+(?:to\s+)?|gets?\s+|(?:show|shows|appear|appears)\s+(?:up\s+)?(?=for\s)|显示|停留|停|待|留|放|延长到|缩短到|加长到|增加到|减少到|延长为|缩短为|变为|改成|改为|设为|设成|调到|调成|变成|给它|给|都|每张|各|时间|时长|的|只|就|要)*(?:for\s+)?(?:(?:just|only|about|around|like|roughly|exactly)\s+)?\s*(?:-(?=\d)|minus\s+|negative\s+)?"# + number + #"\s*(?:seconds?|secs?|s|秒钟?)(?![a-z])(?:\s+(?:each|apiece)\b)?"#) { m, _ in
            let refs = photoRefs(m[1] ?? "")
            guard let ref = refs.first, let s = m.number(2) else { return nil }
            // "set photo 3 to -2 seconds", "foto 4 shud b -2s": a negative length, reported with the photo it names
            if m.text.range(of: #"(?:-|\bminus\s+|\bnegative\s+)\d+(?:\.\d+)?\s*(?:seconds?|secs?|s|秒钟?)(?![a-z])"#, options: .regularExpression) != nil {
                return Found().note("a negative length (-\(NumberWords.format(s)) s) for \(ref) makes no sense; it is unchanged").notNegatable
            }
            guard s > 0 else { return Found().note("0 s for \(ref) makes no sense; it is unchanged").notNegatable }
            var f = Found()
            f.changes = refs.map { (.photoLength($0, ms: FrameTime.ms(seconds: s)), false) }
            return f
        },
        // "photo 9 is on too long", "photo 4 stays way too short", "photo 2 flashes by too fast": that photo's time complained about
        // (the change when nothing else says how much)
        Rule(#"("# + refList + #")\s+(?:is|stays|stay|remains|lingers|sits|shows|was|flashes(?:\s+by)?|goes(?:\s+by)?|zips\s+by|flies\s+by|whizzes\s+by|rushes\s+by|passes(?:\s+by)?|disappears|vanishes|drags(?:\s+on)?)\s+(?:(?:on|up|there|on screen|up on screen)\s+)?(?:for\s+)?(?:(?:a bit|a little|kind of|kinda|way|much|far|just|so)\s+)?too\s+(long|short|briefly|quick|fast)\b"#) { m, _ in
            let refs = photoRefs(m[1] ?? "")
            guard !refs.isEmpty else { return nil }
            var found = Found()
            found.changes = refs.map { (.scalePhotos($0, m[2] == "long" ? 0.8 : 1.25), true) }
            return found
        },
        // longer or shorter photos ("let photo 5 hold a bit longer", "wants photo 8 held longer", "photo 6 deserves longer on screen", 第二张多放会儿, 第3张多停留一会儿, 第三张缩到一半); "the 6th photo with the snow leopard should stay up longer": what
        // the photo shows, said after its number, names no other photo
        Rule(#"(?:\b(?:make|leave|keep|let|have)\s+)?("# + refList + #")(?:\s+(?:with|of|from|showing|where|in|at|on)\s+(?:(?!(?:should|must|needs?|stays?|is|are|be|longer|shorter|and|but|then|photo|picture|pic|image)\b)[a-z]+\s+){1,5}?(?=(?:should|must|needs? to|stays?|can|could|will|to)\b))?\s*(?:(?:last|stay|stays|be|appear|show|shown|on|screen|for|up|remain|hold|holds|held|linger|lingers|should|must|needs to|need to|to|can|could|will|a bit|a little|deserves|deserve|merits|earns)\s+)*(a bit |a little |slightly |much |a lot |way )?(longer|more long|shorter|twice as long|half as long|(?:缩短|缩|剪短|剪|砍)(?:到|成)(?:原来的)?一半|(?:再|更)?(?:显示|停留|停|留|放|播放|播|展示|待|呆)?(?:的)?(?:时间)?(?:再|更)?(?:延长|加长|拉长|缩短|长|短|久)(?!到|为|成)(?:一点|一些|点|一倍|一半)?|多(?:停留|停|放|留|显示|展示|播)(?:一?会儿?|一阵子?|一下|几秒钟?|久一点|久点|一点))(?:(?<=longer)\s+(?:a bit |a little |slightly )?longer\b)?(?:(?<=longer|shorter)\s+(?:on screen|onscreen)\b)?"#) { m, _ in
            // "let photo 8 linger a bit longer": "linger" is read as "longer", said once
            let refs = photoRefs(m[1] ?? "")
            guard !refs.isEmpty, let word = m[3] else { return nil }
            let strong = m[2].map { $0.contains("much") || $0.contains("lot") || $0.contains("way") } ?? false
            let f: Double = word.contains("twice") || word.contains("倍") ? 2 : word.contains("half") || word.contains("半") ? 0.5
                : word.contains("long") || word.contains("长") || word.contains("久") || word.hasPrefix("多") ? (strong ? 1.6 : 1.25) : (strong ? 0.6 : 0.8)
            var found = Found()
            found.changes = refs.map { (.scalePhotos($0, f), false) }
            return found
        },
        // "make photos 6-8 quicker", "make photo 2 a bit slower" (also "make them quicker" after "photos
        // 6-8 are the speeches"), "could photos 4 to 6 go a bit quicker", "photos 2 to 4 go by quicker": a
        // photo's pace is its time on screen
        Rule(#"\b(?:(?:make|have|get)\s+("# + refList + #")\s+|("# + refList + #")\s+(?:(?:should|could|can|to|will|would|must)\s+)?(?:go|goes|move|moves|run|runs|play|plays|pass|flash|flashes|fly|flies)\s+(?:by\s+|past\s+)?)(?:(a bit|a little|slightly|much|a lot|way)\s+)?(faster|quicker|snappier|slower)\b"#) { m, _ in
            let refs = photoRefs(m[1] ?? m[2] ?? "")
            guard !refs.isEmpty, let word = m[4] else { return nil }
            let strong = m[3].map { $0.contains("much") || $0.contains("lot") || $0.contains("way") } ?? false
            var found = Found()
            found.changes = refs.map { (.scalePhotos($0, word == "slower" ? (strong ? 1.6 : 1.25) : (strong ? 0.6 : 0.8)), false) }
            return found
        }.needing(["faster", "quicker", "snappier", "slower"]),
        // 第三张快一点, 第二张到第四张快一点过去, 第5张慢一点: the same in Chinese
        Rule("(" + refList + #")\s*(?:都|也|就)?(?:再|稍微|稍)?(快|慢)(?:一点|一些|点)(?:过去|地过去|播)?"#) { m, _ in
            let refs = photoRefs(m[1] ?? "")
            guard !refs.isEmpty, let word = m[2] else { return nil }
            var found = Found()
            found.changes = refs.map { (.scalePhotos($0, word == "慢" ? 1.25 : 0.8), false) }
            return found
        }.needing(["快", "慢"]),
        // "shorten photo 4", "give photo 3 a bit more time", "give the photos less screen time";
        // "photo 6 needs more time on screen", "photo 2 deserves a lot more screen time", "more time on
        // screen for photo 4": the time the photo needs, said of it
        Rule(#"\b(shorten|lengthen|extend|stretch)\s+("# + refList + #")|\b(give|allow)\s+("# + refList + #")\s+(?:a\s+(?:bit|little|tad)\s+|slightly\s+)?(more|less)\s+(?:time|screen time|seconds)\b|\b(?:give|allow)\s+(?:the\s+|all\s+the\s+|all\s+|each\s+|every\s+)?("# + noun + #"s?)\s+(?:a\s+(?:bit|little|tad)\s+|slightly\s+)?(more|less)\s+(?:time|screen time|seconds)(?:\s+each)?\b|("# + refList + #")\s+(?:(?:really|also|just|definitely)\s+)?(?:needs?|should (?:have|get)|deserves?|could (?:use|do with)|has to (?:have|get)|must (?:have|get)|wants?)\s+(?:a\s+(?:bit|little|tad)\s+|slightly\s+|(much|a lot|way|quite a bit)\s+)?(more|less)\s+(?:time|screen time|seconds)(?:\s+on\s*screen)?\b|\b(more|less)\s+(?:time|screen time)(?:\s+on\s*screen)?\s+for\s+("# + refList + #")"#) { m, _ in
            if m[6] != nil { return Found(.scalePhotos(nil, m[7] == "less" ? 0.8 : 1.25)) }
            let refs = photoRefs(m[2] ?? m[4] ?? m[8] ?? m[12] ?? "")
            guard !refs.isEmpty else { return nil }
            var found = Found()
            let shorter = m[1] == "shorten" || m[5] == "less" || m[10] == "less" || m[11] == "less"
            let f: Double = m[9] != nil ? (shorter ? 0.6 : 1.6) : (shorter ? 0.8 : 1.25)
            found.changes = refs.map { (.scalePhotos($0, f), false) }
            return found
        },
        Rule(#"\b(?:make\s+)?(?:each|every|all(?: the)?)\s+"# + noun + #"s?\s+(\d+(?:\.\d+)?)\s*(?:%|percent)\s+(longer|shorter)\b"#) { m, _ in
            guard let p = m.number(1), p > 0, p < 100 || m[2] == "longer" else { return nil }
            return Found(.scalePhotos(nil, m[2] == "longer" ? 1 + p / 100 : 1 - p / 100))
        },
        // "make the last two photos longer", "the first 3 pictures a bit shorter"
        Rule(#"\b(?:make\s+)?(?:the\s+)?(1st|first|last)\s+(\d+)\s+"# + noun + #"s?\s+(?:(?:last|stay|be|should be|a bit|a little)\s+)*(much\s+|a lot\s+)?(longer|shorter)\b"#) { m, _ in
            guard let n = Int(m[2] ?? ""), n > 0, n <= 100 else { return nil }
            let f: Double = m[4] == "longer" ? (m[3] != nil ? 1.6 : 1.25) : (m[3] != nil ? 0.6 : 0.8)
            var found = Found()
            found.changes = (1...n).map { (.scalePhotos(m[1] == "last" ? ($0 == 1 ? .last : .fromEnd($0)) : .number($0), f), false) }
            return found
        },
        // 每张照片的时间加倍 / 减半
        Rule(#"每张(?:照片|图片|图)?(?:的)?(?:时间|时长|停留时间|显示时间)?\s*(?:都)?(加倍|翻倍|减半)"#) { m, _ in
            Found(.scalePhotos(nil, m[1] == "减半" ? 0.5 : 2))
        },
        // "make the photos stay up longer": every photo
        Rule(#"\b(?:make\s+|let\s+|have\s+)?(?:the\s+|all\s+the\s+|my\s+)?(?:photos|pictures|images|pics|slides|shots)\s+(?:should\s+|to\s+)?(?:stay|last|remain|linger|show|be shown)\s+(?:up\s+|on screen\s+|on\s+)?(a bit |a little |slightly |much |a lot )?(longer|shorter)\b"#) { m, _ in
            let strong = m[1].map { $0.contains("much") || $0.contains("lot") } ?? false
            return Found(.scalePhotos(nil, m[2] == "longer" ? (strong ? 1.6 : 1.25) : (strong ? 0.6 : 0.8)))
        },
        // "remove everything after photo 6", "drop all the photos after the 5th"
        Rule(#"\b(?:remove|delete|drop|cut|lose|ditch|get rid of)\s+(?:everything|all(?: the)?(?: "# + noun + #"s)?|the rest|every "# + noun + #")\s+(?:after|past|beyond|following)\s+("# + oneRef + #")"#) { m, _ in
            guard case .number(let n)? = photoRefs(m[1] ?? "").first, n >= 1 else {
                return Found().note("removing the photos after another works with a photo number (\"remove everything after photo 6\"); nothing removed")
            }
            return Found(.keepPhotos((1...n).map { .number($0) }))
        },
        // "the first 3 photos 5 seconds each", 前三张每张5秒
        Rule(#"\b(?:make\s+)?(?:the\s+)?(1st|first|last)\s+(\d+)\s+"# + noun + #"s?\s+(?:should\s+|to\s+)?(?:be\s+|last\s+|get\s+|for\s+|at\s+)*"# + number + #"\s*(?:seconds?|secs?|s)\b(?:\s+(?:each|apiece))?|(前|最后)\s*(\d+)\s*张(?:照片|图片|图)?\s*(?:每张|都|各)?\s*(?:显示|停留|放|改成|改为|设为)?\s*(\d+(?:\.\d+)?)\s*秒钟?"#) { m, _ in
            guard let n = Int(m[2] ?? m[5] ?? ""), n > 0, n <= 100, let s = m.number(3) ?? m.number(6), s > 0 else { return nil }
            let fromEnd = m[1] == "last" || m[4] == "最后"
            var f = Found()
            f.changes = (1...n).map { (.photoLength(fromEnd ? ($0 == 1 ? .last : .fromEnd($0)) : .number($0), ms: FrameTime.ms(seconds: s)), false) }
            return f
        },
        // every photo longer or shorter ("each one could stay up a little longer"), or its pace ("each one more
        // slow", "every photo a bit faster"): the per-photo time, not the total
        Rule(#"\b(?:make\s+)?(?:each|every|all(?: the)?)\s+(?:"# + noun + #"s?|one)\s+(?:(?:could|can|should|would|must|to)\s+)?(?:last\s+|stay\s+|be\s+|appear\s+)?(?:up\s+)?(?:(?:up\s+|on\s+)?(?:on )?screen\s+)?(?:for\s+)?(?:a bit |a little |slightly |much |a lot )?(longer|shorter|slower|faster|quicker|twice as long|half as long)\b|\b(double|halve)\s+(?:the\s+)?(?:time|length|duration)\s+(?:per|of each|for each|of every|for every|on each)\s+"# + noun + #"\b|(?:(?:每\s*1?\s*张|所有的?|全部的?)(?:照片|图片|图)?|(?:照片|图片)(?=都))(?:的)?(?:(?:停留|显示|展示|出现|播放)?(?:的)?(?:时间|时长))?(?:都|全|全部|统一)?(?:再|更|稍微|稍稍|略微|稍)*(?:(?:缩|减|延|加|拉|变|放|显示|停)(?=[长短]))?(长|短)(?:一点|一些|点)?(?!\s*\d|到|为|成|了?\s*(?:\d|一倍|一半))"#) { m, _ in
            // 每张照片都缩短一点, 所有照片再长一些, 每张照片停留的时间再长一点 (the time each one stays, named by its verb): each photo, not the whole video
            let word = m[1] ?? m[2] ?? m[3] ?? ""
            let strong = m.text.contains("much") || m.text.contains("a lot")
            let f: Double = word.contains("twice") || word == "double" ? 2 : word.contains("half") || word == "halve" ? 0.5
                : word.contains("long") || word == "slower" || word == "长" ? (strong ? 1.6 : 1.25) : (strong ? 0.6 : 0.8)
            return Found(.scalePhotos(nil, f))
        },
        // "don't use the first two or the last one", "dont include photos 3 and 4": photos not wanted
        // are removed (not "keep only them", declined)
        Rule(#"\b(?:dont|do not|never)\s+(?:use|include|want|need|show)\s+("# + unwantedRef + #"(?:\s*(?:,|or|and|nor|&)\s*"# + unwantedRef + #")*)"#) { m, _ in
            let refs = unwantedRefs(m[1] ?? "")
            guard !refs.isEmpty else { return nil }
            var found = Found()
            found.changes = refs.map { (.removePhoto($0), false) }
            return found.notNegatable
        },
        // keep only some ("using photos 1 thru 8 only", "just using photos 2 to 7"; "only the first 4 seconds" is a time, not photos; not part of a list: "keep photos 2 and 3 still" keeps them still;
        // "leave photos 4, 7 and 8 out" removes them; nor the first of a list said photo by photo: "keep photo 9 and photo 10 still")
        Rule(#"\b(?:(?:keep|use|using|leave)\s+(?:only\s+)?|(?:only|just)\s+(?:keep|use|using|want|need)\s+|only\s+(?=(?:the\s+)?(?:1st|first|last)\s+\d)|(?:want|need)\s+only\s+|(?:remove|delete|drop)\s+(?:every|all(?: the)?|each)\s+"# + noun + #"s?\s+(?:except|but|other than)\s+|(?:everything|all)\s+(?:except|but)\s+|just\s+)(?:the\s+)?(?:(1st|first|last)\s+(\d+)(?:\s+"# + noun + #"s?)?|("# + refList + #"))(?:\s+only)?(?![a-z]|\s*(?:seconds?|secs?|s|minutes?|mins?|ms)\b|\s*(?:,|and|&)\s*(?:(?:the\s+)?"# + noun + #"\s+(?:#|no\s+|number\s+)?)?\d|(?<=leave\s[^.;!?]{1,40})\s+out\b|\s+(?:"# + noun + #"s?\s+)?(?:on\s+screen|onscreen|up\b|for\s+\d|longer|shorter|\d)|(?:\s+"# + noun + #"s?)?\s+(?:completely\s+|totally\s+)?(?:still|static|motionless|moving|zooming|panning)\b)|只(?:要|保留|留|用)(前|最后)\s*(\d+)\s*张"#) { m, _ in
            if let n = Int(m[2] ?? m[5] ?? ""), n > 0 {
                let fromEnd = m[1] == "last" || m[4] == "最后"
                return Found(.keepPhotos((1...n).map { fromEnd ? ($0 == 1 ? .last : .fromEnd($0)) : .number($0) }))
            }
            let refs = photoRefs(m[3] ?? "")
            return refs.isEmpty ? nil : Found(.keepPhotos(refs))
        },
        // "swap the last two photos", "swap the first two"
        Rule(#"\b(?:swap|switch|exchange|flip)\s+(?:the\s+)?(1st|first|last)\s+(?:2|two)(?:\s+"# + noun + #"s?)?\b"#) { m, _ in
            m[1] == "last" ? Found(.swapPhotos(.fromEnd(2), .last)) : Found(.swapPhotos(.number(1), .number(2)))
        },
        // remove the first / last few; not the last of a list ("第1张和最后1张不要了" is read by the list rule);
        // with more photos named after them: "leave out the first two photos and the last one", 别用前两张
        Rule(removeVerb + #"(?:the\s+)?(1st|first|last|final)\s+(\d+)(?![\d.]|\s*(?:seconds?|secs?|s|minutes?|mins?|ms)\b)(?:\s+"# + noun + #"s?)?\b("# + removeMore + #")|"# + zhRemoveBefore + #"\s*(前|最后)\s*(?:那|这|的)?\s*(\d+)\s*张(?:照片|图片)?|(?<![和、跟与及]\s{0,2})把?\s*(前|最后)\s*(?:那|这|的)?\s*(\d+)\s*张(?:照片|图片)?\s*(?:都|也|就|全)?\s*"# + zhRemoveAfter + #""#) { m, _ in
            guard let n = Int(m[2] ?? m[5] ?? m[7] ?? ""), n > 0 else { return nil }
            let fromEnd = ["last", "final", "最后"].contains(m[1] ?? m[4] ?? m[6] ?? "")
            var found = Found()
            found.changes = (1...n).map { (.removePhoto(fromEnd ? ($0 == 1 ? .last : .fromEnd($0)) : .number($0)), false) }
            let more = photoRefs(m[3] ?? "").filter { r in !found.changes.contains { $0.0 == .removePhoto(r) } }
            found.changes += more.map { (.removePhoto($0), false) }
            return found
        },
        // the first / last few said with where they go after them: "first two pics out", "take the last 3
        // photos out", "the first 2 shots can go", "last two pics gone pls"
        Rule(#"\b(?:(?:take|leave|throw|kick)\s+)?(?:the\s+)?(1st|first|last|final)\s+(\d+)\s+"# + noun + #"s\s*(?:-|:|=|to)?\s*(?:out|gone|removed|deleted|binned|(?:can|should|must|has to|have to|need to|needs to|gotta)\s+go)\b(?:\s+(?:please|pls|plz))?(?=\s*(?:$|[,.;!?]|too\b|as well\b))"#) { m, _ in
            guard let n = Int(m[2] ?? ""), n > 0, n < 100 else { return nil }
            let fromEnd = m[1] == "last" || m[1] == "final"
            var found = Found()
            found.changes = (1...n).map { (.removePhoto(fromEnd ? ($0 == 1 ? .last : .fromEnd($0)) : .number($0)), false) }
            return found
        }.needing(["first", "1st", "last", "final"]),
        // remove named photos: "photo 3 out", "pic#10 ➡️ gone" (an arrow reads "to"), "asked that photograph 4 be removed", "ought to be removed"
        Rule(#"\b(?:"# + refList + #")\s*(?:-|:|,|=|to)?\s*(?:remove|delete|drop|cut|out|gone|deleted|removed|binned|trashed|in the bin|in the trash)(?:\s+(?:it|that|them|please|pls|plz))?(?=\s*(?:$|[,.;!?]))|\b(?:"# + refList + #")\s+(?:to\s+|(?:can|could|should|must|will|would|has to|have to|needs to|need to|ought to)\s+)?be\s+(?:removed?|deleted?|dropped|drop|cut|taken out|left out|binned)\b|\b(?:"# + refList + #")\s+(?:can|should|must|has to|have to|needs to|need to|gotta)\s+go\b(?=\s*(?:$|[,.;!?]|too\b|as well\b|please\b|pls\b|lol\b))|\b(?:take|leave|pull)\s+(?:"# + refList + #")\s+out\b|"# + removeVerb + #"(?:"# + refList + #")"# + removeMore + #"|"# + zhRemoveBefore + #"\s*(?:"# + refList + #")"# + removeMore + #"|把?\s*(?:"# + refList + #")\s*(?:都|全|全部|也)?\s*"# + zhRemoveAfter + removeMore) { m, _ in
            let refs = photoRefs(m.text)
            guard !refs.isEmpty else { return nil }
            var found = Found()
            found.changes = refs.map { (.removePhoto($0), false) }
            return found
        },
        // "out of these 10 photos, drop the 3rd and the 5th", "of the pics, remove the 2nd": photos named by their
        // place alone, once the request has named photos
        Rule(removeVerb + #"(?:the\s+)?\d{1,2}(?:st|nd|rd|th)(?:\s*(?:,|and|&)\s*(?:the\s+)?\d{1,2}(?:st|nd|rd|th))*(?=\s*(?:$|[,.;!?]|(?:too|as well|please|pls|plz|ones?)\b))"#) { m, p in
            guard photosInRequest.occurs(in: p.text) else { return nil }
            let refs = photoRefs(m.text)
            guard !refs.isEmpty else { return nil }
            var found = Found()
            found.changes = refs.map { (.removePhoto($0), false) }
            return found
        }.needing(["1st", "2nd", "3rd", "0th", "1th", "2th", "3th", "4th", "5th", "6th", "7th", "8th", "9th"]),
        // 3-5张删掉, 删掉3到5张, 3至5张不要了: a range of photos said without 第
        Rule(#"(\d{1,2})\s*(?:to|到|至|~)\s*(\d{1,2})\s*张(?:照片|相片|图片)?\s*(?:都|全|全部|也)?\s*"# + zhRemoveAfter + #"|"# + zhRemoveBefore + #"\s*(\d{1,2})\s*(?:to|到|至|~)\s*(\d{1,2})\s*张"#) { m, _ in
            guard let a = Int(m[1] ?? m[3] ?? ""), let b = Int(m[2] ?? m[4] ?? ""), a >= 1, b > a, b - a <= 50 else { return nil }
            var found = Found()
            found.changes = (a...b).map { (.removePhoto(.number($0)), false) }
            return found
        }.needing(["张"]),
        // "move photo 3 after photo 6", "put the last photo before photo 2"
        Rule(#"\b(?:move|put|place|insert)\s+("# + oneRef + #")\s+(?:so\s+(?:that\s+)?(?:it|its)\s+(?:(?:comes|is|goes|sits|lands|shows up|appears|ends up|plays)\s+)?)?(?:to\s+)?(?:right\s+|just\s+|directly\s+)?(after|behind|following|before|in front of|ahead of)\s+("# + oneRef + #")"#) { m, _ in
            guard let a = photoRefs(m[1] ?? "").first, let b = photoRefs(m[3] ?? "").first else { return nil }
            guard case .number(let from) = a, case .number(let target) = b, from != target else {
                return Found().note("moving a photo next to another works with photo numbers (\"move photo 3 after photo 6\"); nothing moved")
            }
            let after = ["after", "behind", "following"].contains(m[2] ?? "")
            let to = after ? (from < target ? target : target + 1) : (from < target ? target - 1 : target)
            return Found(.movePhoto(a, to: .number(to)))
        },
        // 把第7张放到第2张的位置, 第3张放第5位
        Rule(#"(第\s*\d+\s*张|最后\s*1?\s*张)(?:照片|图片)?\s*(?:放到|放在|移到|挪到|调到|移动到|放)\s*第\s*(\d+)\s*(?:张|个|位)(?:的)?(?:位置|位)(?:上)?"#) { m, _ in
            guard let ref = photoRefs(m[1] ?? "").first, let n = Int(m[2] ?? ""), n >= 1 else { return nil }
            return Found(.movePhoto(ref, to: .number(n)))
        },
        // 把第10张放到第1张前面, 第2张移到第5张后面
        Rule(#"(第\s*\d+\s*张|最后\s*1?\s*张)(?:照片|图片)?\s*(?:放到|放在|移到|挪到|调到|移动到)\s*(第\s*\d+\s*张)(?:照片|图片)?\s*(?:的)?(前面|后面|之前|之后|前|后)"#) { m, _ in
            guard case .number(let target)? = photoRefs(m[2] ?? "").first, let a = photoRefs(m[1] ?? "").first else { return nil }
            let after = (m[3] ?? "").contains("后")
            if case .number(let from) = a {
                guard from != target else { return Found() }
                return Found(.movePhoto(a, to: .number(after ? (from < target ? target : target + 1) : (from < target ? target - 1 : target))))
            }
            // the last photo: nothing after it moves
            return Found(.movePhoto(a, to: .number(after ? target + 1 : target)))
        },
        // "put photo 6 second", "make photo 2 third", "make photo 8 the second one" (read as "the second
        // photo"), "move the last photo so it comes second": a place in the order
        Rule(#"\b(?:put|move|make|place)\s+("# + oneRef + #")\s+(?:so\s+(?:that\s+)?(?:it|its)\s+(?:(?:comes|is|goes|sits|lands|shows up|appears|ends up|plays|becomes)\s+)?)?(?:the\s+)?(second|2nd|3rd|\d+th|\d+rd|\d+nd)(?:\s+(?:one|place|position|in line|in the order|photo|picture|pic|image|shot|slide))?(?:\s+(?:please|pls|plz|instead))?(?=\s*(?:$|[,.;!?]))"#) { m, _ in
            guard let ref = photoRefs(m[1] ?? "").first else { return nil }
            let place = m[2] == "second" ? 2 : Int((m[2] ?? "").prefix { $0.isNumber }) ?? 0
            guard place >= 1 else { return nil }
            return Found(.movePhoto(ref, to: .number(place)))
        },
        // "put the last three photos at the start", "move the first 2 pictures to the end", 把最后三张放到最前面:
        // the end photo moved that many times keeps the group in its order
        Rule(#"\b(?:put|move|place|bring|stick|shift)\s+(?:the\s+)?(last|final|first|1st)\s+(\d{1,2})\s+(?:photos|pictures|pics|images|shots|slides|ones)\s+(?:(?:to|at|in)\s+(?:the\s+)?(?:very\s+)?)?(start|beginning|front|end|back|top|bottom|first|1st|last)\b|(?:把)?(最后|前)\s*(\d{1,2})\s*张(?:照片|图片|图)?\s*(?:放到|放在|移到|挪到|调到|移动到)\s*(最前面|最前|开头|前面|最后面|最后|末尾|结尾|后面)"#) { m, _ in
            guard let n = Int(m[2] ?? m[5] ?? ""), n >= 1, n <= 50 else { return nil }
            let fromEnd = m[1] == "last" || m[1] == "final" || m[4] == "最后"
            let place = m[3] ?? m[6] ?? ""
            let toStart = ["start", "beginning", "front", "top", "first", "1st"].contains(place) || place.contains("前") || place == "开头"
            // moving the last photos later, or the first ones earlier, changes nothing
            guard fromEnd == toStart else { return Found().note("the \(fromEnd ? "last" : "first") \(n) photos are already at the \(toStart ? "start" : "end"); nothing moved") }
            var found = Found()
            found.changes = Array(repeating: (fromEnd ? .movePhoto(.last, to: .first) : .movePhoto(.first, to: .last), false), count: n)
            return found
        },
        // "linger on the final shot", "stay on photo 4 a bit longer", "hold on the last one": that photo longer
        Rule(#"\b(?:linger|longer|dwell|stay|hold|pause|rest|stop)\s+(?:a\s+(?:bit|little|moment|second)\s+(?:longer\s+)?|longer\s+|a\s+beat\s+)?on\s+("# + refList + #"|(?:the\s+)?(?:last|final|first|1st|opening)\b)(?:\s+(?:a\s+(?:bit|little)\s+)?(?:longer|for a (?:bit|while|moment|second)))?"#) { m, _ in
            let refs = endRefs(m[1] ?? "")
            guard !refs.isEmpty else { return nil }
            var found = Found()
            found.changes = refs.map { (.scalePhotos($0, 1.25), false) }
            return found
        },
        // "zoom in on the first photo and out on the last", "pan left on photo 2 and right on photo 5"
        Rule(#"\b(zoom|pan)\s+(in|out|left|right|up|down)\s+on\s+("# + refList + #"|(?:the\s+)?(?:last|final|first|1st|opening)\b)\s*(?:,\s*)?(?:and|but|then)\s+(in|out|left|right|up|down)\s+on\s+("# + refList + #"|(?:the\s+)?(?:last|final|first|1st|opening)\b)"#) { m, _ in
            func style(_ w: String?) -> MotionStyle? {
                switch w { case "in": .zoomIn; case "out": .zoomOut; case "left": .panLeft; case "right": .panRight; case "up": .panUp; case "down": .panDown; default: nil }
            }
            let a = endRefs(m[3] ?? ""), b = endRefs(m[5] ?? "")
            guard let s1 = style(m[2]), let s2 = style(m[4]), !a.isEmpty, !b.isEmpty else { return nil }
            var found = Found()
            found.changes = [(.onPhotos(a, .motion(s1)), false), (.onPhotos(b, .motion(s2)), false)]
            return found
        },
        // "put photo 10 between photo 1 and photo 2"
        Rule(#"\b(?:move|put|place|insert)\s+("# + oneRef + #")\s+(?:right\s+)?between\s+("# + oneRef + #")\s+(?:and|&)\s+("# + oneRef + #")"#) { m, _ in
            guard case .number(let from)? = photoRefs(m[1] ?? "").first, case .number(let a)? = photoRefs(m[2] ?? "").first,
                  case .number(let b)? = photoRefs(m[3] ?? "").first, from != a, from != b else {
                return Found().note("moving a photo between two others works with photo numbers (\"put photo 10 between photo 1 and photo 2\"); nothing moved")
            }
            let target = min(a, b)
            return Found(.movePhoto(.number(from), to: .number(from < target ? target : target + 1)))
        },
        // moves ("put photo 9 in first place", "into the last spot": the place said as a rank)
        Rule(#"\bmake\s+(?:"# + oneRef + #")\s+(?:the\s+)?(?:(?:1st|first|opening|last|final|closing|ending)\s+(?:one|"# + noun + #")|(?:1st|first|last))\b|(?:"# + oneRef + #")\s+the\s+(?:1st|first|opening|last|final|closing|ending)\s+(?:one|"# + noun + #")\b|\b(?:start|begin|open)\s+(?:the video\s+|the slideshow\s+|it\s+|things\s+)?with\s+(?:"# + oneRef + #")|\b(?:end|finish|close)\s+(?:the video\s+|the slideshow\s+|it\s+)?(?:with|on)\s+(?:"# + oneRef + #")|(?:\bput\s+|\bmove\s+|\bplace\s+)?(?:"# + oneRef + #")\s+(?:(?:should|must|can|could|will|would)\s+(?:be|go|come)\s+|goes\s+|comes\s+|(?:to\s+)?(?:be|go|come)\s+)?(?:(?:1st|first)\b|(?:last)\b|the\s+(?:very\s+)?(?:1st|first|last|final)(?:\s+(?:one|"# + noun + #"))?\b|(?:(?:right|just|all\s+the\s+way)\s+)?(?:at|to)\s+the\s+(?:very\s+)?(?:start|beginning|front|end|back)\b|to\s+(?:the\s+)?(?:last|end|first|1st|front|start)\b|(?:in|into)\s+(?:(?:the\s+)?(?:1st|first|last|final)\s+(?:position|spot|slot)|(?:1st|first|last)\s+place)\b)|第\s*\d+\s*张(?:照片|图片)?\s*(?:可以|可不可以|能|能不能|要|就|再)?(?:放到|放在|移到|挪到|调到|移动到|放)\s*(?:最后面|最后|末尾|结尾|最前面|最前|开头|前面|第\s*1\s*(?:张|个|位)?)|把?最后\s*1?\s*张(?:照片|图片)?\s*(?:可以|可不可以|能|能不能|要|就|再)?(?:放到|放在|移到|挪到|调到|移动到|放)\s*(?:最前面|最前|开头|前面|第\s*1\s*(?:张|个|位)?)"#) { m, p in
            // "in first place": a rank, no photo of its own
            let refText = m.text.replacingOccurrences(of: #"\s+in(?:to)?\s+(?:the\s+)?[a-z0-9]+\s+(?:place|position|spot|slot)$"#, with: "", options: .regularExpression)
            guard let ref = photoRefs(refText).first else { return nil }
            // "so it runs backwards, last photo first": the reversal said again, left to the order rules
            if ref == .last, reversalSaid.occurs(in: (p.text as NSString).substring(to: m.range.location)) { return nil }
            let t = ["放", "移", "挪", "调到"].compactMap { m.text.range(of: $0, options: .backwards) }.max { $0.lowerBound < $1.lowerBound }
                .map { String(m.text[$0.lowerBound...]) } ?? m.text
            let toEnd = t.hasPrefix("end") || t.hasPrefix("finish") || t.hasPrefix("close")
                || t.hasSuffix("last") || t.hasSuffix("end") || t.hasSuffix("back") || t.contains("最后") || t.contains("末尾") || t.contains("结尾")
                || !(t.hasPrefix("start") || t.hasPrefix("begin") || t.hasPrefix("open"))
                && t.range(of: #"\bthe (?:last|final|closing|ending) (?:one|photo|picture|image|pic|slide|shot)$"#, options: .regularExpression) != nil
                // "put photo 9 in last place", "into the final spot": the place named last
                || t.range(of: #"\b(?:last|final) (?:place|position|spot|slot)$"#, options: .regularExpression) != nil
            return Found(.movePhoto(ref, to: toEnd ? .last : .first))
        },
    ]

    /// A reversal of the order said just before ("runs backwards, ", "reverse the order - "): "last
    /// photo first" after it says the same.
    static let reversalSaid = Pattern(#"\b(?:revers(?:e|ed)(?: (?:the )?(?:current |photo |whole |picture )?(?:order|sequence|photos|pictures))?|backwards?|back to front|in reverse(?: order)?|(?:flip|invert) (?:the )?(?:order|sequence))\s*(?:[,;:(]|-+)\s*(?:(?:so|with|like|meaning|i ?e)\s+)?(?:the\s+)?$"#)
    /// One part of a list of photos not wanted: "the first 2", "the last one", "photos 3 and 4".
    static let unwantedRef = #"(?:(?:the\s+)?(?:1st|first|last|final)\s+(?:\d+\s+)?(?:"# + noun + #"s?|ones?)\b|(?:the\s+)?(?:1st|first|last|final)\s+\d+(?![\d.]|\s*(?:seconds?|secs?|s|minutes?|mins?|ms)\b)|"# + refList + #")"#

    /// The photos a list of ``unwantedRef`` names: "the first 2 or the last one" is photos 1, 2
    /// and the last.
    static func unwantedRefs(_ text: String) -> [PhotoRef] {
        var out: [PhotoRef] = []
        let parts = text.replacingOccurrences(of: #"\s*(?:,|&|\bor\b|\bnor\b|\band\b)\s*"#, with: "|", options: .regularExpression)
        for part in parts.split(separator: "|").map(String.init) {
            if let m = Pattern(#"^\s*(?:the\s+)?(1st|first|last|final)\s+(\d+)\b"#).firstMatch(in: part), let n = Int(m[2] ?? ""), n > 0 {
                let fromEnd = m[1] == "last" || m[1] == "final"
                out += (1...n).map { fromEnd ? ($0 == 1 ? .last : .fromEnd($0)) : .number($0) }
            } else if Pattern(#"^\s*(?:the\s+)?(?:1st|first)\s"#).occurs(in: part) {
                out.append(.number(1))
            } else {
                out += photoRefs(part)
            }
        }
        return out
    }

    /// ``photoRefs(_:)``, and "the first" / "the last" said without a noun.
    static func endRefs(_ text: String) -> [PhotoRef] {
        if Pattern(#"^(?:the\s+)?(?:first|1st|opening)$"#).occurs(in: text) { return [.number(1)] }
        if Pattern(#"^(?:the\s+)?(?:last|final)$"#).occurs(in: text) { return [.last] }
        return photoRefs(text)
    }

    /// The photos a phrase names, in order: numbers and ordinals ("photo 3", "3rd", 第3张),
    /// "last" / 最后, "first".
    static func photoRefs(_ text: String) -> [PhotoRef] {
        var out: [PhotoRef] = []
        // the destination of a move is not a photo named
        let named = Pattern(#"(?:at|to)\s+the\s+(?:very\s+)?(?:start|beginning|front|end|back)$|to\s+(?:the\s+)?(?:last|end|first|front|start)$|(?:放到|放在|移到|挪到|调到|移动到|放)\s*(?:第\s*1\s*(?:张|个|位)?|最.*|末尾|结尾|开头|前面)$|\s(?:1st|first|last)$"#)
            .replacing(in: text) { _ in "" }
        let matches = refWord.matches(in: named)
        for (k, m) in matches.enumerated() {
            // "photos 5 to 7": every photo in between too
            if k > 0, let n = Int(m[3] ?? ""), case .number(let a)? = out.last, a < n, n - a <= 50,
               Pattern(#"^\s*(?:张(?:照片|图片)?)?\s*(?:to|through|thru|到|至|~)\s*(?:(?:the\s+)?(?:photo|picture|image|pic|slide|shot)\s+(?:#|no\s+|number\s+)?)?第?\s*$"#).occurs(in: (named as NSString).substring(with: NSRange(location: matches[k - 1].range.location + matches[k - 1].range.length, length: m.range.location - matches[k - 1].range.location - matches[k - 1].range.length))) {
                out += (a + 1...n).map { .number($0) }
                continue
            }
            if let n = Int(m[1] ?? ""), n > 0 { out.append(n == 1 ? .last : .fromEnd(n)); continue }
            if m.text.hasPrefix("next") || m.text.hasPrefix("penultimate") { out.append(.fromEnd(2)); continue }
            if m[2] != nil || m.text.hasPrefix("最后") { out.append(.last) } else if let n = Int(m[3] ?? ""), n > 0 { out.append(.number(n)) }
        }
        return out
    }

    /// Photos named anywhere in the request ("these 10 photos", "the pics"): what a place alone ("the 3rd") counts.
    static let photosInRequest = Pattern(#"\b(?:photo|picture|pic|image|shot|slide)s?\b|照片|图片|相片"#)

    private static let refWord = Pattern(#"(?<![\d.])(\d+)(?:st|nd|rd|th) to last\b|\b(?:next to last|penultimate)\b|\b(last|final)\b|最后(?:\s*1\s*张)?|(?<![\d.])(\d+)(?:st|nd|rd|th)?(?![\d.])"#)
}
