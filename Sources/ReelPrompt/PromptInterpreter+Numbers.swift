import Foundation
import ReelTimeline

/// A number with a unit of time ("5 seconds", "1.5 s", "两秒半", "a minute"), attached to what the
/// words around it name: the whole video, each photo, each transition, the title, or where the
/// music starts. Impossible values (zero, negative) are reported and change nothing.
extension PromptInterpreter {
    /// What a length is about.
    enum LengthTarget { case total, photo, transition, title, musicStart }

    static let numberRules: [Rule] = [
        // "half as long please, nobody watches past 15 seconds", "people stop watching after 10 s", "their
        // attention span is like 8 seconds": how long people watch is the reason for a change of length said
        // outright, and the length only when none is
        Rule(#"\b(?:nobody|no one|no 1|noone|no body|people|viewers|most people|everyone|kids|folks|my followers|followers)\s+(?:(?:really|ever|actually|usually|just|even|will|wont|dont|do not|doesnt|does not|gonna|going to)\s+)*(?:watch(?:es)?|stops? watching|sits? through|stays?|sticks? around|loses? interest|tunes? out|swipes? away|scrolls? away|clicks? away|bails?|leaves?|skips?)\s+(?:(?:anything|it|videos?|stuff|one)\s+)?(?:past|beyond|after|longer than|more than|over)\s+(?:the\s+)?(?:first\s+)?(?:like\s+|about\s+|maybe\s+)?"# + number + #"\s*"# + "(" + secondUnit + "|" + minuteUnit + ")" + #"(?![a-z])|\battention spans?\s+(?:is|are|of)\s+(?:like\s+|about\s+|only\s+|maybe\s+|barely\s+)?"# + number + #"\s*"# + "(" + secondUnit + "|" + minuteUnit + ")" + #"(?![a-z])"#) { m, _ in
            guard let v = m.number(1) ?? m.number(3), let unit = m[2] ?? m[4] else { return nil }
            let minutes = unit.hasPrefix("m") || unit.hasPrefix("分")
            return total(seconds: minutes ? v * 60 : v)?.asReason
        }.needing(["watch", "through", "stay", "stick", "interest", "tune", "away", "bail", "leave", "skip", "attention"]),
        // "1:30 long", "1:30 minutes", "0:45 total", "0:50 overall"
        Rule(#"(?<![\d:.])(\d{1,2}):([0-5]\d)\s*(?:long|minutes?|mins?|in length|(?:in\s+)?total|overall|all in)\b"#) { m, _ in
            guard let mins = m.number(1), let secs = m.number(2) else { return nil }
            return total(seconds: mins * 60 + secs)
        },
        // "start the song at 1:15": where the music starts
        Rule(#"(?<![\d:.])(\d{1,2}):([0-5]\d)(?![\d:])"#) { m, p in
            guard let mins = m.number(1), let secs = m.number(2) else { return nil }
            let target = lengthTarget(m.range, in: p.text, seconds: mins * 60 + secs)
            // "a 2:30 montage", "1:30的视频", "…crawl, 1:30, best quality": a clock length before the video's noun,
            // or said alone between commas, is the total (not "at 2:30", a time of day)
            let before = (p.text as NSString).substring(to: m.range.location)
            let after = (p.text as NSString).substring(from: m.range.location + m.range.length)
            if target.kind == .total, !(mins == 9 && secs == 16), !clockTimeBefore.occurs(in: before),
               clockVideoAfter.occurs(in: after) || clockClauseBefore.occurs(in: before) && clockClauseAfter.occurs(in: after) {
                return total(seconds: mins * 60 + secs)
            }
            // "make it 9:16": the shape, not nine minutes sixteen
            if target.kind == .total, !(mins == 9 && secs == 16), Pattern(#"\b(?:duration|length|total|runtime|run time)\s*:?\s*$|时长\s*:?\s*$|总长\s*:?\s*$|\b(?:make|keep|have|get|bring|cut|trim|shorten|extend|stretch|change|set)\s+(?:it|the video|this|that|the whole thing|the slideshow|the length|the duration)?\s*(?:down\s+|up\s+)?(?:to\s+|at\s+|under\s+|about\s+|around\s+|just\s+)*$|(?:做成|做|剪成|剪到|改成|改为|缩短到|缩到|延长到|控制在)\s*$"#).occurs(in: (p.text as NSString).substring(to: m.range.location)) {
                return total(seconds: mins * 60 + secs)
            }
            // "make the song start at the chorus, around 1:05": a time said after the music start was named
            let said = (p.text as NSString).substring(to: m.range.location)
            if target.kind != .musicStart, musicCue.occurs(in: said), musicStartCue.occurs(in: said) {
                return Found(.musicOffset(ms: FrameTime.ms(seconds: mins * 60 + secs)))
            }
            guard target.kind == .musicStart else { return nil }
            return claim(Found(.musicOffset(ms: FrameTime.ms(seconds: mins * 60 + secs))), target.span)
        },
        // "one minute twenty"
        Rule(#"(?<![\d.])(\d+)\s*(?:minutes?|mins?)\s*(?:and\s*)?([1-5]?\d)(?![\d.])(?!\s*(?::|x|by|比)\s*\d)(?!\s*(?:%|percent|fps|p\b|k\b|x\b|photos?|pictures?|seconds?|secs?|s\b|ms\b))"#) { m, _ in
            guard let mins = m.number(1), let secs = m.number(2) else { return nil }
            return total(seconds: mins * 60 + secs)
        },
        // "1 min 30 s", "2分30秒": a total
        Rule(#"(?<![\d.])"# + number + #"\s*"# + minuteUnit + #"\s*(?:and\s*)?"# + number + #"\s*"# + secondUnit + #"(?![a-z])"#) { m, p in
            guard let mins = m.number(1), let secs = m.number(2) else { return nil }
            // "音乐从1分10秒开始": where the music starts
            let target = lengthTarget(m.range, in: p.text, seconds: mins * 60 + secs)
            if target.kind == .musicStart { return claim(Found(.musicOffset(ms: FrameTime.ms(seconds: mins * 60 + secs))), target.span) }
            return total(seconds: mins * 60 + secs)
        },
        // "add 10 seconds", "5 seconds longer", "trim it by 3 s", "cut it down by 5 seconds"
        Rule(#"\b(?:(add|add another|plus|extend (?:it |the video )?by|lengthen (?:it |the video )?by|longer by|another)|(cut|trim|shorten|take off|shave off|knock off|chop off|reduce|shorter by|lose|drop|shave|remove|cut out|get rid of)(?: it| the video| the length)?(?: down)?(?: by)?)(?:\s+(?:like|about|around|maybe|roughly|approximately|some))?\s+"# + number + #"\s*(?:more\s+|extra\s+)?(seconds?|secs?|s|minutes?|mins?)\b(?:\s+(?:more|extra|to it|to the video|off|to the end|at the end|to the length))?|"# + number + #"\s*(seconds?|secs?|s|minutes?|mins?)\s+(longer|shorter|more|less|extra)\b"#) { m, _ in
            guard let v = m.number(3) ?? m.number(5), let unit = m[4] ?? m[6] else { return nil }
            let ms = FrameTime.ms(seconds: unit.hasPrefix("m") ? v * 60 : v)
            guard ms > 0 else { return Found().note("adding 0 s changes nothing").notNegatable }
            let shorter = m[2] != nil || m[7] == "shorter" || m[7] == "less"
            return Found(.addDuration(ms: shorter ? -ms : ms))
        },
        // "take 5 seconds off (the total)", "knock 10 seconds off"
        Rule(#"\b(?:take|knock|shave|cut|trim|chop)\s+"# + number + #"\s*(seconds?|secs?|s|minutes?|mins?)\s+off\b(?:\s+(?:of\s+)?(?:the\s+)?(?:total|video|length|end|it|whole thing|duration))?"#) { m, _ in
            guard let v = m.number(1), let unit = m[2] else { return nil }
            let ms = FrameTime.ms(seconds: unit.hasPrefix("m") ? v * 60 : v)
            return ms > 0 ? Found(.addDuration(ms: -ms)) : Found().note("taking 0 s off changes nothing").notNegatable
        },
        Rule(#"(?:(?:总|视频|整体|整个视频)?(?:的)?(?:时长|长度|时间)\s*)?(?:再|多)?(加|增加|延长|加长|减|减少|缩短|减掉|去掉|剪短|剪掉|砍掉|(?<=再)长|(?<=再)短)\s*(\d+(?:\.\d+)?)\s*(秒钟?|分钟)"#) { m, _ in
            // "再剪短5秒", "砍掉10秒": cut words too
            guard let v = m.number(2) else { return nil }
            let ms = FrameTime.ms(seconds: m[3] == "分钟" ? v * 60 : v)
            let shorter = ["减", "减少", "缩短", "减掉", "去掉", "剪短", "剪掉", "砍掉", "短"].contains(m[1] ?? "")
            return ms > 0 ? Found(.addDuration(ms: shorter ? -ms : ms)) : nil
        },
        // "45 seconds instead of 30": the old value, used as such (not the ratio of "1:1 not 9:16")
        Rule(#"\b(?:instead of|rather than|not|from)\s+(\d+(?:\.\d+)?)(?![\d.])(?!\s*(?::|x|by|/)\s*\d)(?!\s*(?:%|percent|fps|p\b|k\b|x\b|photos?|pictures?|seconds?|secs?|s\b|minutes?|mins?|ms\b))"#) { m, p in
            lengthSaid.occurs(in: p.text) ? Found().notNegatable : nil
        },
        // "make it 30 no 20 seconds", "40, sorry, 45 s": a number corrected by the length said right after it
        Rule(#"(?<![\d.:])(\d+(?:\.\d+)?)\s*(?:,\s*)?(?:no|nope|nah|wait|sorry|oops|actually|i mean|or rather|make that|scratch that|correction)\s*(?:[,:]\s*)?(?:(?:no|sorry|wait|actually|i mean|make that|make it)\s*(?:,\s*)?)*(?=\d+(?:\.\d+)?\s*(?:seconds?|secs?|s\b|minutes?|mins?|秒|分钟))|(?<![\d.:])(\d+(?:\.\d+)?)\s*(?:秒|分钟)?\s*[,，]?\s*(?:不对|不是|哦不|不不|错了|说错了)\s*[,，]?\s*(?:是|改成)?\s*(?=\d+(?:\.\d+)?\s*(?:秒|分钟))"#) { _, _ in Found().notNegatable },
        // "25-30 seconds": a range, the upper end used
        Rule(#"(?<![\d.])(\d+(?:\.\d+)?)\s*(?:to|or|~)\s*(?=\d+(?:\.\d+)?\s*(?:seconds?|secs?|s\b|minutes?|mins?|秒|分钟))"#) { _, _ in Found().notNegatable },
        // "cut it down to 15", "trim it to 20", "stretch it to 40": a bare number is the new length in seconds
        Rule(#"\b(?:cut|trim|shorten|bring|get|take|lengthen|extend|stretch|change|make)\s+(?:it|the video|the length|this|that|the whole thing|the duration|the slideshow)?\s*(?:down\s+|up\s+)?to\s+(?:just\s+|only\s+|about\s+)?(\d+(?:\.\d+)?)(?![\d.%:])(?!\s*(?:%|percent|fps|p\b|k\b|x\b|photos?|pictures?|images?|pics?|slides?|seconds?|secs?|s\b|minutes?|mins?|ms\b|秒|分|frames?))"#) { m, _ in
            guard let v = m.number(1), v <= 600 else { return nil }
            return total(seconds: v)
        },
        // "make it 20", "make it just 15 please": a bare number after "make it" is the length in seconds
        Rule(#"\bmake\s+(?:it|the video|this|the whole thing)\s+(?:just\s+|only\s+|about\s+|around\s+|roughly\s+)?(\d{1,3}(?:\.\d+)?)(?![\d.%:])(?=\s*(?:$|[,.;!?]|(?:please|pls|plz|thanks|thx|instead|tops|max|or so|ish)\b))"#) { m, _ in
            guard let v = m.number(1), v >= 3, v <= 600 else { return nil }
            return total(seconds: v)
        },
        // "under 30 seconds, say 28", "7 seconds per photo no actually 6": a bare number standing for
        // the length said just before ("no" before a correction word is part of it, no negation)
        Rule(#"\b(?:(?:no|nope|nah|oh|ok|okay|sorry|wait),?\s+)*(?:say|like|maybe|perhaps|make that|or rather|actually|no wait|wait|i mean|no)\s+(?:,\s+)?(\d+(?:\.\d+)?)(?![\d.%])(?!\s*(?:%|percent|fps|p\b|k\b|x\b|photos?|pictures?|seconds?|secs?|s\b|minutes?|mins?|ms\b|秒|分))"#) { m, p in
            guard let v = m.number(1) else { return nil }
            let prefix = (p.text as NSString).substring(to: m.range.location)
            guard let earlier = lengthSaid.matches(in: prefix).last, let unit = earlier[2] else { return nil }
            let seconds = unit.hasPrefix("m") || unit.hasPrefix("分") ? v * 60 : v
            var target = lengthTarget(earlier.range, in: p.text, seconds: seconds)
            // "4 seconds a photo — actually make that 5": the length said for each photo with "a" is corrected as such
            if target.kind == .total, earlierForEachPhoto.occurs(in: (p.text as NSString).substring(from: earlier.range.location + earlier.range.length)) {
                target = (.photo, nil, true, "the photo length", nil)
            }
            return length(seconds: seconds, negative: false, unit: (v, false, unit.hasPrefix("m")), target: target)
        },
        // "each photo like 4 seconds and fade to black between them actually no make it 3 seconds each":
        // a length for "each" right after a correction corrects the length said before for each photo (or
        // each transition), not the thing named last
        Rule(#"\b(?:make|do)\s+(?:it|that|them|those)\s+(\d+(?:\.\d+)?)\s*(?:seconds?|secs?|s)\s+(?:each|apiece|a piece)\b"#) { m, p in
            guard let v = m.number(1), v > 0, v <= 60 else { return nil }
            let before = (p.text as NSString).substring(to: m.range.location)
            guard correctedBefore.occurs(in: before) else { return nil }
            let earlier = lengthSaid.matches(in: before).map { lengthTarget($0.range, in: p.text, seconds: v).kind }
            if earlier.last(where: { $0 == .photo || $0 == .transition }) == .transition, v <= 5 {
                return transitionLength(v * 1000, noun: nil)
            }
            return photo(seconds: v)
        }.needing(["make", "do"], and: [" each", "apiece", "a piece"]),
        Rule(#"(?<![\d.:x])(minus |negative )?(-)?"# + number + #"\s*((?:ms|milliseconds?)(?![a-z])|毫秒|(?:seconds?|secs?|s)(?![a-z])|秒钟?|(?:minutes?|mins?|m)\b|分钟|分(?!辨))(\s*long)?"#) { m, p in
            guard let v = m.number(3), let unit = m[4] else { return nil }
            let negative = m[1] != nil || m[2] != nil
            let isMs = unit.hasPrefix("m") && (unit == "ms" || unit.hasPrefix("milli")) || unit == "毫秒"
            let isMinutes = unit.hasPrefix("min") || unit == "m" || unit.hasPrefix("分")
            let seconds = isMs ? v / 1000 : isMinutes ? v * 60 : v
            // "people won't sit through 25 seconds of cupcakes": what the video is now, no new length
            let text = p.text
            if text.holds("through") || text.holds("watch") || text.holds("endure") || text.holds("put up") || text.holds("stare") || text.holds("看"),
               sittingThrough.occurs(in: (text as NSString).substring(to: m.range.location)) { return Found().notNegatable }
            // "it was only a 2 minute flight", "a 20-minute drive", 只飞了两分钟: how long something else
            // lasted, part of the story
            if otherThingAfter.occurs(in: (text as NSString).substring(from: m.range.location + m.range.length))
                || (m.range.location > 0 && text.holds("了") && otherThingBefore.occurs(in: (text as NSString).substring(to: m.range.location))) {
                return Found().notNegatable
            }
            let target = lengthTarget(m.range, in: p.text, seconds: seconds)
            // a length too long for the transition it stands before is the video's: the noun stays free
            let free = target.kind == .transition && seconds > 5 && (!target.joined || seconds >= 10)
            // "video of my dog for tiktok 15 sec": words between the noun and the number that name a shape stay free
            let span = target.span.flatMap { span in shapeWord.occurs(in: (p.text as NSString).substring(with: span)) ? nil : span }
            return claim(length(seconds: seconds, negative: negative, unit: (v, isMs, isMinutes), target: target), free ? nil : span)
        },
    ]

    /// A length said right before a transition noun ("half-second crossfades", "1 s fades") or
    /// after it in its clause ("crossfades of 1 second"): the transitions' own.
    static let timedBefore = Pattern(#"(?:\d|\bhalf|\bquarter)[\s-]*(?:seconds?|secs?|s|ms)?[\s-]*(?:long\s+|slow\s+|quick\s+|short\s+|soft\s+|smooth\s+)?$"#)
    /// "normal ", "the usual ", "just regular " right before the transitions named: the default ones, with their own length.
    static let usualBefore = Pattern(#"\b(?:normal|regular|standard|default|usual|plain|simple|basic|ordinary|classic)\s+$"#)
    /// "no ", "without any ", "skip the " right before the transitions named: none of them.
    static let noneBefore = Pattern(#"\b(?:no|without|zero|skip|skip the|drop the|ditch the|lose the|remove the|get rid of the|not any)\s+(?:any\s+|the\s+)?(?:fancy\s+|special\s+)?$"#)
    static let timedAfter = Pattern(#"^[^,.;!?]{0,16}?\d+(?:\.\d+)?\s*(?:seconds?|secs?|s|ms)\b"#)

    /// Words of a shape or platform, which a length's claim on the words before it must leave to their rules
    /// ("each portrait" is one of the photos: "give each portrait 4 seconds").
    static let shapeWord = Pattern(#"\b(?:tik ?tok|instagram|insta|ig|reels?|stories|story|youtube|yt|shorts?|facebook|fb|vertical|horizontal|landscape|(?<!\beach |\bevery |\bper )portrait|square|widescreen|snapchat|vimeo|whatsapp)\b|抖音|快手|小红书|视频号|竖|横|方形"#)

    static func claim(_ f: Found?, _ span: NSRange?) -> Found? {
        guard var f, let span else { return f }
        f.claims.append(span)
        return f
    }

    static func length(seconds: Double, negative: Bool, unit: (v: Double, isMs: Bool, isMinutes: Bool),
                       target: (kind: LengthTarget, noun: String?, joined: Bool, name: String, span: NSRange?)) -> Found? {
            let (v, isMs, isMinutes) = unit
            let said = (negative ? "-" : "") + NumberWords.format(v) + " " + (isMs ? "ms" : isMinutes ? "min" : "s")
            if negative { return Found().note("a negative length (\(said)) makes no sense; \(target.name) unchanged").notNegatable }
            switch target.kind {
            case .total:
                guard seconds > 0 else { return Found().note("a length of 0 s makes no sense; the length is unchanged").notNegatable }
                return total(seconds: seconds)
            case .photo:
                guard seconds > 0 else { return Found().note("0 s per photo makes no sense; the photo length is unchanged").notNegatable }
                return photo(seconds: seconds)
            case .transition:
                // "a 30-second crossfade slideshow": too long for a transition, so the video's length
                if seconds > 5, !target.joined || seconds >= 10 { return total(seconds: seconds) }
                return transitionLength(seconds * 1000, noun: target.noun)
            case .title:
                guard seconds > 0 else { return Found().note("a title shown for 0 s makes no sense; the title is unchanged").notNegatable }
                return Found(.titleDuration(ms: FrameTime.ms(seconds: seconds)))
            case .musicStart:
                return Found(.musicOffset(ms: FrameTime.ms(seconds: seconds)))
            }
    }

    /// What the words around the number at `range` say it is about.
    static func lengthTarget(_ range: NSRange, in text: String, seconds: Double) -> (kind: LengthTarget, noun: String?, joined: Bool, name: String, span: NSRange?) {
        let ns = text as NSString
        let clauseStart = [clauseBreak, Pattern(#"\band\b|\bwhile\b|并且|然后"#)].compactMap { $0.matches(in: ns.substring(to: range.location)).last }
            .map { $0.range.location + $0.range.length }.max() ?? 0
        let before = ns.substring(with: NSRange(location: clauseStart, length: range.location - clauseStart))
        let afterStart = range.location + range.length
        let rest = ns.substring(from: afterStart)
        let after = clauseBreak.firstMatch(in: rest).map { (rest as NSString).substring(to: $0.range.location) } ?? rest
        let afterAt = { (m: PatternMatch) in NSRange(location: afterStart, length: m.range.location + m.range.length) }
        let beforeAt = { (m: PatternMatch) in NSRange(location: clauseStart + m.range.location, length: range.location - clauseStart - m.range.location) }
        // "加上背景音乐song.mp3，从第10秒开始播放", "用song.mp3, 从20秒开始放": the music named in an earlier clause
        // "use song.mp3 starting 45 seconds in": a file named in the same clause, the start cue checked below
        let music = musicCue.occurs(in: before) || musicCue.occurs(in: after) || fileMarker.occurs(in: before)
            || (musicCue.occurs(in: ns.substring(to: clauseStart)) || fileMarker.occurs(in: ns.substring(to: clauseStart))) && Pattern(#"从\s*第?\s*$|\b(?:start|starting|begin|beginning|play|playing)\s+(?:it\s+|the song\s+|the music\s+)?(?:at|from)\s*$"#).occurs(in: before)
            // "the music a little louder and start 10 seconds in", "use song.mp3 and start it 10 seconds in":
            // "in" after the number says where it starts
            || (musicCue.occurs(in: ns.substring(to: clauseStart)) || fileMarker.occurs(in: ns.substring(to: clauseStart)))
                && startsIn.occurs(in: before) && inAfter.occurs(in: after)
            // "start it at the chorus, like 42 sec in": the start said again as a time in a clause of its own
            || hedgeOnly.occurs(in: before) && inAlone.occurs(in: after) && musicCue.occurs(in: ns.substring(to: clauseStart))
                && musicStartCue.occurs(in: ns.substring(to: clauseStart))
        // "could the song start at the chorus? it comes in around 42 seconds": the part the music
        // should start at, said earlier, arriving at a time in a clause of its own
        // ("… which comes in about 1:05 into the track": the song named after the time is the same)
        let partArrives = (!music || intoSong.occurs(in: after)) && partArrival.occurs(in: before)
            && (musicCue.occurs(in: ns.substring(to: clauseStart)) || fileMarker.occurs(in: ns.substring(to: clauseStart)))
            && songPartStart.occurs(in: ns.substring(to: clauseStart))
        if partArrives, let part = songPartStart.matches(in: ns.substring(to: clauseStart)).last {
            // "… 1:05 into the track": the words that say it is a time in the song go with it
            let into = intoSong.firstMatch(in: after).map { $0.range.length } ?? 0
            return (.musicStart, nil, true, "the music start", NSRange(location: part.range.location, length: afterStart + into - part.range.location))
        }
        // "add song.mp3 … and skip the first 20 seconds of it", "use song.mp3, cut the first 12 s off it":
        // "it" is the music when the music is the last thing named before the clause
        if !music, let skip = skipFirstBefore.firstMatch(in: before), let of = ofIt.firstMatch(in: after) {
            let earlier = ns.substring(to: clauseStart)
            if let named = [musicCue, fileMarker].compactMap({ $0.matches(in: earlier).last }).max(by: { $0.range.location < $1.range.location }),
               !otherThingNamed.occurs(in: (earlier as NSString).substring(from: named.range.location + named.range.length)) {
                let lo = clauseStart + skip.range.location
                return (.musicStart, nil, true, "the music start", NSRange(location: lo, length: afterStart + of.range.length - lo))
            }
        }
        // "make every photo 5 seconds and dip to black … and start the song 10 seconds in": a start and
        // music named only past an "and" after the number belong to a clause of their own
        let startsLater = !musicStartCue.occurs(in: before) && !musicCue.occurs(in: before) && !fileMarker.occurs(in: before)
            && andAfter.firstMatch(in: after).map { and in
                [musicStartAfter, musicCue].compactMap { $0.firstMatch(in: after) }.allSatisfy { $0.range.location > and.range.location }
            } ?? false
        if music, !startsLater, musicStartCue.occurs(in: before) || musicStartAfter.occurs(in: after) {
            let first = [musicStartCue, musicCue].compactMap { $0.firstMatch(in: before) }.min { $0.range.location < $1.range.location }
            let last = [musicStartAfter, musicCue].compactMap { $0.matches(in: after).last }.max { $0.range.location < $1.range.location }
            let lo = first.map { clauseStart + $0.range.location } ?? range.location
            let hi = last.map { afterStart + $0.range.location + $0.range.length } ?? (range.location + range.length)
            return (.musicStart, nil, true, "the music start", NSRange(location: lo, length: hi - lo))
        }
        // the words right after: "5 seconds each", "1 second crossfades", "2 s per transition", "30 second video"
        if let m = afterCue.firstMatch(in: after) {
            if let noun = m[2], transitionCue.occurs(in: noun) {
                // "a 2 second fade to black": the kind comes with it
                let rest = (after as NSString).substring(from: m.range.location + m.range.length)
                if let black = Pattern(#"^\s*(?:out\s+)?(?:to|too|through|thru|into|via)\s+black\b"#).firstMatch(in: rest) {
                    return (.transition, "fade to black", false, "the transitions",
                            NSRange(location: afterStart, length: m.range.location + m.range.length + black.range.length))
                }
                return (.transition, noun, false, "the transitions", afterAt(m))
            }
            // "1.5 seconds between the images": the transitions
            if let noun = m[2], photoCue.occurs(in: noun), m[1]?.contains("between") == true { return (.transition, nil, true, "the transitions", afterAt(m)) }
            if let noun = m[2], photoCue.occurs(in: noun) { return (.photo, nil, true, "the photo length", afterAt(m)) }
            if let noun = m[2], titleCue.occurs(in: noun) { return (.title, nil, true, "the title", afterAt(m)) }
            if m[2] == nil, m[1].map({ $0.contains("each") || $0.contains("per") || $0.contains("apiece") || $0.contains("piece") }) == true {
                // "transitions 1 second each": each of the thing named before
                // (or in an earlier clause: "fade to black between each photo, 1 second each")
                let said = before.isEmpty || !(transitionCue.occurs(in: before) || eachPhotoCue.occurs(in: before)) ? ns.substring(to: range.location) : before
                // "half-second crossfades, 4 seconds each": transitions named in an earlier clause with a
                // length of their own leave "each" to the photos
                // "no transitions, 2 seconds each", "without any fades, 4 s each": transitions said no to have
                // no length, so "each" is each photo
                let timed = { (t: PatternMatch) -> Bool in
                    guard said != before else { return false }
                    let saidNS = said as NSString
                    let lead = saidNS.substring(to: t.range.location), rest = saidNS.substring(from: t.range.location + t.range.length)
                    // "just normal crossfades, two and a half seconds each": transitions asked as the usual ones
                    // keep their usual length, so a bare length for "each" in a clause of its own is each photo's
                    return timedBefore.occurs(in: lead) || timedAfter.occurs(in: rest) || noneBefore.occurs(in: lead)
                        || usualBefore.occurs(in: lead) && !before.contains(where: \.isLetter)
                }
                // "fade to black between pics and 5 secs each": longer than a transition can be, so each photo
                if seconds <= 3, let t = transitionCue.matches(in: said).last, !timed(t),
                   eachPhotoCue.matches(in: said).last.map({ $0.range.location + $0.range.length <= t.range.location + t.range.length }) ?? true {
                    // "and make the dips 1 second each": the noun in the same clause goes with the length
                    if said == before {
                        let from = clauseStart + t.range.location
                        return (.transition, t.text, true, "the transitions", NSRange(location: from, length: afterStart + m.range.location + m.range.length - from))
                    }
                    return (.transition, t.text, true, "the transitions", afterAt(m))
                }
                // "4 seconds per plant", "5 sec per room": what each photo shows, named in place of "photo"
                if m[1].map(perWordLast.occurs) == true,
                   let thing = perThing.firstMatch(in: (after as NSString).substring(from: m.range.location + m.range.length)) {
                    return (.photo, nil, true, "the photo length", NSRange(location: afterStart, length: m.range.location + m.range.length + thing.range.length))
                }
                return (.photo, nil, true, "the photo length", afterAt(m))
            }
            if m[2] != nil { return (.total, nil, true, "the length", afterAt(m)) }
            // "6 seconds a dish", "4 sec a room": a short length for each thing the photos show
            if seconds <= 20, m[1].map(rateArticle.occurs) == true,
               let thing = perThing.firstMatch(in: (after as NSString).substring(from: m.range.location + m.range.length)),
               !notAThing.occurs(in: thing.text) {
                return (.photo, nil, true, "the photo length", NSRange(location: afterStart, length: m.range.location + m.range.length + thing.range.length))
            }
        }
        if let m = chinesePhotoAfter.firstMatch(in: after) { return (.photo, nil, true, "the photo length", afterAt(m)) }
        // "with photos at 2 seconds", "pics of 4 s": the photos just named, at a length a photo can have
        if seconds <= 10, let m = photosAt.firstMatch(in: before) { return (.photo, nil, true, "the photo length", beforeAt(m)) }
        // otherwise the nearest noun before it: "each photo for 5 s", "transitions of 0.8 s", "title for 3 s"
        var best: (LengthTarget, Int, PatternMatch?) = (.total, -1, nil)
        for (kind, cue) in [(LengthTarget.photo, eachPhotoCue), (.transition, transitionCue), (.title, titleCue), (.total, totalCue)] {
            // a noun too far before the number is not what it is about ("/" is no word: "each before/after pic")
            if let m = cue.matches(in: before).last, m.range.location + m.range.length > best.1,
               (before as NSString).substring(from: m.range.location + m.range.length).split(separator: " ").filter({ $0 != "/" }).count <= 6 {
                best = (kind, m.range.location + m.range.length, m)
            }
        }
        var span = best.2.map(beforeAt)
        // "make the club video 30 seconds": the words that say which video go with the noun
        if best.0 == .total, let m = best.2, let s = span,
           let named = videoNamedBefore.firstMatch(in: (before as NSString).substring(to: m.range.location)) {
            let grow = m.range.location - named.range.location
            span = NSRange(location: s.location - grow, length: s.length + grow)
        }
        // "fade through black, 1 sec": a length too short for a video, after transitions were named
        if best.2 == nil, seconds <= 3, transitionCue.occurs(in: ns.substring(to: range.location)) {
            return (.transition, nil, true, "the transitions", nil)
        }
        // "标题“周年纪念”，显示4秒": a short length right after the title was named
        if best.2 == nil, seconds <= 10, let t = titleCue.matches(in: ns.substring(to: range.location)).last,
           !([eachPhotoCue, transitionCue].contains { $0.matches(in: ns.substring(to: range.location)).last.map { $0.range.location > t.range.location } ?? false }) {
            return (.title, nil, true, "the title", nil)
        }
        // "every photo gets the same time, 3 seconds": a short length after photos were named
        if best.2 == nil, seconds <= 10, let e = eachPhotoCue.matches(in: ns.substring(to: range.location)).last,
           !(transitionCue.matches(in: ns.substring(to: range.location)).last.map { $0.range.location > e.range.location } ?? false) {
            return (.photo, nil, true, "the photo length", nil)
        }
        switch best.0 {
        case .photo: return (.photo, nil, true, "the photo length", span)
        case .transition: return (.transition, best.2?.text, true, "the transitions", span)
        case .title: return (.title, nil, true, "the title", span)
        default: return (.total, nil, false, "the length", span)
        }
    }

    /// What a length right before it says lasted, not the video: " flight", "-long hike", " drive" ("a 2 minute flight"),
    /// " slot" ("I've only got a 10 minute slot for the report"), " talk"; not " walk-through" (the video itself).
    static let otherThingAfter = Pattern(#"^\s*-?\s*(?:long\s+)?(?:flight|flights|hike|drive|ride|boat ride|ferry ride|walk(?!\s*-?\s*(?:through|thru|around|round)\b)|climb|commute|layover|delay|swim|dive|skydive|jump|speech|toast|ceremony|queue|line|wait|slot|time slot|timeslot|talk|lecture|sermon|lesson|interval|intermission|nap)\b"#)
    /// A verb of doing said right before a length in Chinese (飞了, 开车开了, 排队排了): how long that took.
    static let otherThingBefore = Pattern(#"(?:飞|开车|开|走|爬|骑|坐|游|排队|排|等)了\s*$"#)

    /// Words that endure a length, in the words right before it ("won't sit through", "nobody wants to watch", 没人想看):
    /// the video as it is now.
    static let sittingThrough = Pattern(#"\b(?:sit(?:ting)? through|suffer(?:ing)? through|endure|put up with|(?:won'?t|wont|don'?t|dont|doesn'?t|doesnt|not going to|nobody (?:wants to|will)|no one (?:wants to|will)|can'?t|cant)\s+(?:\w+\s+){0,2}?(?:watch|sit for|stare at))\s+(?:another\s+|a full\s+|all\s+|like\s+|nearly\s+|almost\s+|over\s+)?$|(?:没人|没有人|谁)(?:想|会|愿意|要)?(?:坐着)?看完?(?:整整)?\s*$"#)
    /// A correction ending the text before a new ask: "… actually no ", "… wait, no, ", "… sorry no ".
    static let correctedBefore = Pattern(#"\b(?:actually|wait|sorry|oh|ok|okay|hmm|um|no wait)[,\s]+no[,\s]*$"#)
    /// Words right after a length that make it each photo's ("4 seconds a photo", "5 s per pic").
    static let earlierForEachPhoto = Pattern(#"^\s*(?:a|an|per|each|for each|every|for every)\s+(?:single\s+)?(?:photo|picture|pic|image|slide|shot|snap|one)s?\b"#)
    /// The video's noun right after a clock length ("a 2:30 montage", "1:30 video", "1:30的视频").
    static let clockVideoAfter = Pattern(#"^\s*(?:-\s*)?(?:(?:long|minute|min)\s+)?(?:video|vid|montage|slideshow|slide show|reel|edit|clip|film|movie|compilation|recap|highlights?|highlight reel|tribute|version|cut)\b(?!\s+(?:call|chat|meeting)\b)|^\s*(?:的)?\s*(?:视频|短片|影片|片子|小视频)"#)
    /// The start of a clause, or a comma, right before a clock length said alone ("…crawl, 1:30, best quality").
    static let clockClauseBefore = Pattern(#"(?:^|[,;，；]|\b(?:and|plus))\s*$"#)
    /// The end of a clause right after a clock length said alone.
    static let clockClauseAfter = Pattern(#"^\s*(?:(?:or so|ish|max|tops|please|pls)\b\s*)?(?:[,;.!，；。！]|$)"#)
    /// Words before a clock that make it a time of day ("at 2:30", "from 1:30", "until 4:15").
    static let clockTimeBefore = Pattern(#"\b(?:at|by|from|until|till|til|since|before|after|around at|starting|starts?|begins?|kick ?off|dinner|lunch|party)\s*$|(?:点|在|从|到)\s*$"#)
    static let lengthSaid = Pattern(#"(\d+(?:\.\d+)?)\s*(seconds?|secs?|s|minutes?|mins?|秒|分钟)(?![a-z])"#)
    static let clauseBreak = Pattern(#"[,;!?。，；|]|/\s*/|\.(?!\d)|\bbut\b|\bthen\b"#)
    /// A file named in the request ("用song.mp3, 从20秒开始放": the music, named in an earlier clause).
    static let fileMarker = Pattern(#"«f[a-z]+»"#)
    /// The music named: "the song", "bgm", 音乐; "the recording" when it is the thing itself ("start the recording 45 seconds in").
    static let musicCue = Pattern(#"\b(?:music|song|track|audio|bgm|soundtrack)\b|\b(?:the|this|that|my|our)\s+(?:audio\s+)?recording\b|音乐|歌|配乐"#)
    /// "skip the first ", "cut off the first about ": the part of the music left out, said right before its length.
    static let skipFirstBefore = Pattern(#"\b(?:skip|skipping|skip past|jump past|cut|cut off|trim|trim off|chop off|drop|lose)\s+(?:the\s+)?(?:first|1st)\s+(?:(?:about|around|like|roughly)\s+)?$"#)
    /// " of it", " off it": what the part is left out of, said right after its length.
    static let ofIt = Pattern(#"^\s*(?:of|off|from)\s+(?:it|that|that one|this one)\b"#)
    /// What else "it" could stand for, named after the music ("use song.mp3, make the video 30 s and cut the first 3 s of it").
    static let otherThingNamed = Pattern(#"\b(?:video|clip|film|movie|slideshow|reel|title|photos?|pictures?|pics?|transitions?)\b"#)
    static let musicStartCue = Pattern(#"\b(?:start|starts|starting|begin|begins|beginning|skip|skipping|cut off|from)\b|开始|从"#)
    /// "and start 10 seconds in", "have it start 30 seconds in", "start it about 20 seconds in":
    /// the start, with "in" after the number.
    /// "can it start 22 seconds in", "could you start it 30 seconds in": the same asked as a question.
    /// "(it has a long intro,) so start it 20 seconds in": the same after "so" or "and".
    static let startsIn = Pattern(#"^\s*(?:(?:so|and|just|please|pls)\s+)*(?:(?:can|could|would|will|should)\s+(?:it|you|we|the song|the music|the track)\s+)?(?:(?:have|let|make)\s+(?:it|the song|the music|the track)\s+)?(?:start|starting|begin|beginning|kick in|come in)s?\s+(?:(?:it|that|the song|the music|the track)\s+)?(?:(?:about|around|like|roughly|maybe|say|approximately|approx|at|from)\s+)*$"#)
    static let inAfter = Pattern(#"^\s*in\b"#)
    /// "in" and nothing more to the end of the clause ("42 sec in", not "30 seconds in total").
    /// "start at the chorus", "start it at the drop", "begin from the good part", 从副歌开始: a part of the song to start at.
    static let songPartStart = Pattern(#"\b(?:start|starts|starting|begin|begins|beginning|kick off|open)\s+(?:(?:it|the song|the music|the track)\s+)?(?:at|from|on|with)\s+(?:the\s+)?(?:chorus|drop|hook|refrain|good part|best part|second verse|bridge|beat drop|(?:(?:guitar|sax|saxophone|piano|drum|violin|trumpet|bass|keyboard|organ|fiddle|banjo)\s+)?solo)\b|从(?:副歌|高潮)(?:部分)?开始"#)
    /// "it comes in around", "the chorus kicks in at", "that hits at about", "that's around", 副歌大概在: the part arriving, before its time.
    /// "which comes in about" reads the same ("start it at the sax solo, which comes in about 1:05").
    static let partArrival = Pattern(#"^\s*(?:(?:and|but|so)\s+)?(?:(?:it|that|this|which|the (?:chorus|drop|hook|refrain|good part|best part|bridge|second verse|solo|guitar solo|beat drop))\s+(?:comes in|kicks in|comes|starts|begins|hits|drops|lands|is)\s+|(?:thats|its|that is|it is)\s+)(?:(?:at|around|about|like|roughly|maybe|right|just|somewhere|approx|approximately)\s+)*$|^\s*(?:(?:副歌|高潮)(?:部分)?)?(?:大概|大约|差不多|约)?(?:在|是)?(?:大概|大约|差不多|约)?(?:第)?\s*$"#)
    /// "in", "into the track", "into the song" right after a time in the music.
    static let intoSong = Pattern(#"^\s*(?:in|into\s+(?:the\s+)?(?:song|track|music|tune))\b"#)
    static let inAlone = Pattern(#"^\s*in(?:\s+(?:where|when|at which point|as|once)\s+the\s+(?:chorus|drop|beat|vocals?|singing|good part|main part|melody|verse|bridge|guitar|drums)\s+(?:comes(?:\s+in)?|kicks in|starts|begins|drops|hits|comes back))?\s*$"#)
    /// Nothing before a number in its clause but a hedge: "like", "about", "say" ("…, like 42 sec in").
    static let hedgeOnly = Pattern(#"^\s*(?:(?:like|about|around|roughly|maybe|say|approx|approximately|somewhere around|right|just|at|from)\s+)*$"#)
    /// "and" after a number: what follows is a clause of its own ("5 seconds and start the song …").
    static let andAfter = Pattern(#"\band\b"#)
    static let musicStartAfter = Pattern(#"^\s*in\b|\b(?:start|starts|starting|begin|begins)\b|开始(?:播放|放|播|响起|响)?"#)
    static let photoCue = Pattern(#"^(?:photo|picture|image|pic|slide|shot|still|one)s?$"#)
    static let transitionCue = Pattern(#"\b(?:cross ?)?(?:fades?|fading|dips?) (?:out )?(?:to|too|2|through|thru|into|via) black\b|\bfades? ?2 ?(?:black|blk|blck)\b|\bxfades?\b|\b(?:transitions?|cross ?fades?|fades?|(?:cross )?dissolves?|dips?|blends?)\b|\bbetween (?:each |every |the |all )?(?:photo|picture|image|slide|shot|pic)s?\b|(?:每个|每次)?(?:转场|过渡|黑场|淡入淡出)"#)
    static let titleCue = Pattern(#"\b(?:re)?titles?\b|标题"#)
    /// "(make) the club (video)", "our wedding (video)": a video named by what it is of, right before
    /// the noun (no setting word among them).
    static let videoNamedBefore = Pattern(#"\b(?:the|my|our|this|that|his|her|their)\s+(?:(?!(?:music|song|title|photos?|pictures?|pics?|images?|clips?|slides?|transitions?|vertical|horizontal|square|landscape|portrait|wide|tall|tiktok|instagram|insta|youtube|reels?|shorts?|story|slow|fast|quick|short|long|final|whole|entire|total|new|first|last|and|or|of|to|for|a|an|is|it)\b)[a-z]+\s+){1,2}$"#)

    /// The whole video named before its length: "video", "total", 视频, 总时长, 长度设成 (not 每张照片时长, 转场时长).
    static let totalCue = Pattern(#"\b(?:video|movie|film|slideshow|total|overall|whole thing|altogether|in all)\b|总(?:时长|长度|共)?|视频|(?<![张片图场题幕乐歌的])(?:长度|时长)"#)
    /// Each photo named before its length: "each photo", "every pic", "the photos are (5 seconds)", 每张照片, Malay "setiap gambar", and 每个产品, 每道菜, 每间房
    /// (one thing of those the photos show, right before the length).
    static let eachPhotoCue = Pattern(#"^\s*(?:make |have |set |keep )?(?:the |all |all the |all my )?(?:photos|pictures|images|pics|slides|shots)(?:\s+(?:are|should be|can be|could be|need to be|must be|will be))?\s*:?\s*$|\b(?:setiap|tiap|tiap-tiap|setiap satu|satu) (?:gambar|foto|photo|picture|pic|slide)\b|\b(?:1|one|a) (?:new )?(?:photo|picture|image|pic|slide|shot) every\b|\b(?:each|every|per)(?: single)? (?:photo|picture|image|pic|slide|shot|still|one)s?\b|\beach\b|\bevery\b|每\s*(?:1|一)\s*张(?:照片|图片|图)?|每张(?:照片|图片|图)?|每一张|每幅|(?:每(?:个|样|款|道|件|位|只|套|间|家|处|种))(?!转场|过渡|黑场|淡入淡出|片段|视频|镜头|clip)\p{Han}{1,4}?\s*(?:都|各)?\s*$|单张|(?<![\d.])1\s*张|一张|(?:所有|全部)(?:的)?(?:照片|图片)\s*(?:都|各)?\s*(?:显示|停留|放)?\s*$"#)
    static let photosAt = Pattern(#"\b(?:photos|pictures|images|pics|slides|shots)\s+(?:at|of|@|lasting|staying|on screen for|each at)\s*(?:about\s+|around\s+|roughly\s+)?$"#)
    static let chinesePhotoAfter = Pattern(#"^\s*(?:1\s*张|一张|每张)"#)
    /// "per" or "each" last before a length's noun: a thing in the photos may stand for "photo".
    static let perWordLast = Pattern(#"\b(?:per|each|every)\s*$"#)
    /// "a" or "an" alone between a length and a noun: a rate ("6 seconds a dish").
    static let rateArticle = Pattern(#"^\s*an?\s*$"#)
    /// Nouns after "a" that say a time or an amount, not what a photo shows ("30 seconds a day", "a bit").
    static let notAThing = Pattern(#"^\s*(?:day|week|month|year|time|times|bit|while|go|second|minute|hour|piece|lot|little|few|half|quarter|tad|touch|moment|sec|min)\s*$"#)
    /// One word that ends the clause, or comes before its "and", after "per" ("per plant", "per
    /// room", "each dish", "each quilt and 2-second transitions"): what each photo shows, not a word that closes or qualifies the ask ("per, please", "each max") nor a
    /// setting ("per song", "each zoom"); the photo noun may follow it ("per room photo", "each dish shot").
    static let perThing = Pattern(#"^\s*(?!(?:please|pls|plz|thanks|thx|tbh|lol|max|maximum|tops|min|minimum|long|or|and|then|only|exactly|roughly|approx|approximately|ish|is|so|too|with|but|instead|at|in|on|for|to|the|a|an|it|them|one|ones|song|music|track|beat|bar|zoom|pan|title|text|fade|cut|clip|clips|video|total|overall|max)\b)[a-z]{3,}(?:\s+(?:photo|picture|pic|image|shot|slide|snap)s?)?(?=\s*(?:$|[,.;!?\x{01}])|\s+(?:and|but|plus|then)\b)"#)

    /// Words right after a length: connectors, then perhaps the noun it is about ("2 sec a piece":
    /// the "a" of "a piece" is not a connector).
    static let afterCue = Pattern(#"^\s*((?:(?:each|every|per|/|for|on|of|a(?! piece\b)|an|the|long|in|apiece|a piece|between)\s+)*(?:each|apiece|a piece|per|/)?)\s*(?:((?:photo|picture|image|pic|slide|shot|still|one)s?|transitions?|cross ?fades?|fades?|dissolves?|dips?|blends?|titles?|video|movie|film|slideshow|clip|转场|过渡|黑场|视频)(?![a-z]))?"#)
}
