import Foundation
import ReelTimeline

/// Transitions ("smooth transitions", "crossfade", "fade to black", "hard cuts", "1-second
/// crossfades", "slower transitions") and Ken Burns motion ("Ken Burns", "slow zoom", "pan",
/// "static", "a bit more zoom").
extension PromptInterpreter {
    static let transitionNoun = #"(?:transitions?|cross ?fades?|cross dissolves?|dissolves?|fades?|转场|过渡)"#
    static let fadeBlack = #"(?:(?:cross ?)?(?:fades?|fading) (?:out )?(?:to|too|2|through|thru|into|via) black|fades? ?2 ?(?:black|blk|blck)|black (?:transitions?|screens? between)|fade in and out|fade out and in|fade in/out|dips? (?:to|too|2|through|thru|into) black|black (?:fades?|dips?)|fade black|淡出(?:到|至|成)黑(?:场|屏)?|黑场(?:过渡|转场)?|黑屏(?:过渡|转场)|(?<=之间|中间|之间用|中间用|之间不要|中间不要|之间别|中间别)黑屏|渐黑)"#
    static let smoothTransitionMs = 1000

    static let transitionRules: [Rule] = [
        // "never mind the fade": the transitions said no to, as "forget the fade" is (hard cuts); after a fade
        // to black asked earlier in the request ("fade to black between them … and never mind the fade") it
        // takes that back, and the crossfades stay
        Rule(#"\bnever ?mind (?:about )?(?:the |those |that |these |all the )?(?:fades?|fading)\b(?! (?:to|into) (?:black|white))"#) { m, p in
            let before = (p.text as NSString).substring(to: m.range.location)
            return Found(.transition(before.contains("black") ? .crossfade : .cut)).notNegatable
        }.needing(["mind"], and: ["fad"]),
        // twice as long, halved
        Rule(#"\b(?:make\s+)?(?:the\s+)?(transitions?|fades?|cross ?fades?|dissolves?)\s+(twice as long|double(?: the)? length|2x longer|half as long|twice as fast|twice as slow)\b|\b(double|halve)\s+(?:the\s+)?(transitions?|transition (?:time|length|duration)|fades?|fade (?:time|length|duration)|cross ?fades?)\b"#) { m, _ in
            let w = m[2] ?? m[3] ?? ""
            let longer = w.contains("twice as long") || w.contains("double") || w.contains("2x") || w.contains("slow")
            return Found(.scaleTransitions(longer ? 2 : 0.5))
        },
        Rule(#"\b(double|halve|triple)\s+(?:the\s+)?(?:duration|length|time|speed)\s+(?:of|for)\s+(?:each|every|the|all(?: the)?)\s+(?:transitions?|fades?|cross ?fades?|dissolves?)\b"#) { m, _ in
            Found(.scaleTransitions(m[1] == "halve" ? 0.5 : m[1] == "triple" ? 3 : 2))
        },
        // "transitions 50% shorter", "make the fades 20 percent longer"
        Rule(#"\b(?:make\s+)?(?:the\s+)?(?:transitions?|cross ?fades?|dissolves?|fades?)\s+(?:should be\s+|to be\s+)?(\d+(?:\.\d+)?)\s*(?:%|percent)\s+(shorter|longer|faster|slower|quicker)\b"#) { m, _ in
            guard let v = m.number(1), v > 0, v < 1000 else { return nil }
            let shorter = ["shorter", "faster", "quicker"].contains(m[2] ?? "")
            guard !shorter || v < 100 else { return Found().note("\(NumberWords.format(v))% shorter would leave no transitions; they are unchanged") }
            return Found(.scaleTransitions(shorter ? 1 - v / 100 : 1 + v / 100))
        },
        // "speed up the transitions", "slow down the crossfades", "shorten the dips" (dips to black)
        Rule(#"\b(speed up|quicken|shorten|slow down|lengthen|stretch|extend)\s+(?:the\s+|all\s+the\s+|all\s+)?(transitions?|cross ?fades?|dissolves?|fades?|dips?)\b|\b(transitions?|cross ?fades?|dissolves?|fades?|dips?)\s+(?:need to\s+|should\s+)?(speed up|slow down)\b"#) { m, _ in
            let verb = m[1] ?? m[4] ?? ""
            return transitionSpeed(slower: ["slow down", "lengthen", "stretch", "extend"].contains(verb), strong: false, noun: m[2] ?? m[3])
        },
        // "the transitions feel rushed", "the fades are too abrupt": a complaint, the reason for a pace
        Rule(#"\b(transitions?|cross ?fades?|dissolves?|fades?|dips?)\s+(?:feel|feels|are|is|seem|seems|look|looks|go|come across as|s)\s+(?:a bit |a little |kind of |kinda |way |too |so |really |very |pretty |rather )*(rushed|hurried|abrupt|sudden|jarring|fast|quick|short|slow|sluggish|draggy|long|drawn out)\b|(?:转场|过渡)(?:感觉|有点|显得|太|好)*(仓促|急促|突兀|生硬|拖沓)"#) { m, _ in
            let w = m[2] ?? m[3] ?? ""
            return transitionSpeed(slower: !["slow", "sluggish", "draggy", "long", "drawn out", "拖沓"].contains(w), strong: false, noun: nil).asReason
        },
        // faster / slower; "a slow fade to black": the kind named with its pace; "make the dips longer"
        Rule(#"\b(a bit |a little |slightly |much |really |very )?(slower|slow|longer|faster|quicker|quick|fast|rapid|swift|brief|shorter|snappier|snappy|leisurely|lingering)(?:\s*,?\s*(?:and\s+)?(?:smooth|smoother|soft|softer|gentle|gentler|nice|nicer|more gradual))*\s+(?:smooth\s+)?(transitions?|cross ?fades?|dissolves?|(?:fades?|dips?) (?:to|through|into) black|fades?)\b|\bmake (?:the )?(transitions?|cross ?fades?|fades?|dissolves?|dips?) (?:really |very |a bit |much )?(quick|quicker|fast|faster|slow|slower|shorter|longer|snappy|snappier)\b"#) { m, _ in
            transitionSpeed(slower: ["slower", "slow", "longer", "leisurely", "lingering"].contains(m[2] ?? m[5] ?? ""), strong: m[1]?.contains("much") == true, noun: m[3] ?? m[4])
        },
        Rule(#"\b(transitions?|cross ?fades?|dissolves?|fades?|dips?)\s+(?:a bit |a little |slightly |much )?(slower|longer|faster|quicker|shorter|snappier)\b"#) { m, _ in
            transitionSpeed(slower: ["slower", "longer"].contains(m[2] ?? ""), strong: m.text.contains("much"), noun: m[1])
        },
        Rule(#"\b(transitions?|cross ?fades?|dissolves?|fades?|dips?)(?:\s+speed)?\s*:?\s+(?:should be |to be |are |being |need to be |must be |be |could be )?(?:really |very |super |nice and |a bit |a little |more |much )?(slower|faster|quicker|shorter|longer|snappier|slow|quick|fast|short|long|snappy|gentle)(?: and (smooth|soft|gentle))?\b"#) { m, _ in
            var f = transitionSpeed(slower: ["slow", "long", "gentle", "slower", "longer"].contains(m[2] ?? ""), strong: m.text.contains("much"), noun: m[1])
            if m[3] != nil { f.changes.insert((.transition(.crossfade), false), at: 0) }
            return f
        },
        Rule(#"(?:转场|过渡)(?:的)?(?:速度|时间|时长)?(?:再|更)?(慢|快|长|短)(?:一点|一些|点)?"#) { m, _ in
            transitionSpeed(slower: m[1] == "慢" || m[1] == "长", strong: false, noun: nil)
        },
        // "crossfade 0.5", "transitions: 1.5": a bare short number after the noun is its length in seconds
        Rule(#"\b(transitions?|cross ?fades?|dissolves?|fades?)\s*(?:of|:|=|at)?\s*(\d*\.\d+|[1-3](?:\.\d+)?)(?![\d.:a-z])(?!\s*(?:black|blk|blck)\b)(?!\s*(?:%|x\b|fps|p\b|k\b|photos?|pictures?|seconds?|secs?|s\b|ms\b|minutes?|mins?|m\b|frames?|times))"#) { m, _ in
            guard let v = m.number(2), v > 0 else { return nil }
            return transitionLength(v * 1000, noun: m[1])
        },
        // "with soft 1 second transitions", "gentle half-second crossfades": how the transitions look,
        // said before the length the rule above reads; no kind or length of its own
        Rule(#"\b(?:soft|gentle|subtle|nice|elegant|graceful|lovely|quiet|calm|simple|pretty|beautiful|delicate|dreamy)(?:\s*(?:,|and)\s*(?:soft|gentle|subtle|nice|elegant|graceful|lovely|quiet|calm|simple|pretty|beautiful|delicate|dreamy))?(?=\s+[\x{01}\d.h])"#) { m, p in
            // the length and the noun may be read already: looked for in the words as said
            lookedLength.occurs(in: (p.text as NSString).substring(from: m.range.location + m.range.length)) ? Found().notNegatable : nil
        }.needing(["transition", "fade", "dissolve"]),
        // kinds; "a gentle fade to black", "a simple dip to black": how it looks, said of the kind
        Rule(#"(?:\b(?:gentle|soft|subtle|simple|nice|elegant|classic|classy|graceful|quiet|calm|clean|plain|lovely|beautiful|tasteful|respectful|peaceful)\s+(?:(?:and|,)\s*(?:gentle|soft|subtle|simple|nice|elegant|classic|classy|graceful|quiet|calm|clean|plain|lovely|beautiful|tasteful|respectful|peaceful)\s+)?)?"# + fadeBlack + #"(?:\s+transitions?)?(?:\s+between\s+(?:each\s+|every\s+|the\s+|all\s+(?:the\s+)?)?(?:photo|picture|image|shot|slide|pic)s?\b(?!\s*(?:#\s*)?\d))?"#) { _, _ in Found(.transition(.fadeBlack)) },
        // hard cuts: "straight cuts", "a hard jump", "no fades", "no cringe fades", 不要俗气的转场, 别用那些土气的淡入淡出 (turned down with a judgement of them), "just cut straight from one wave to the next" (what the photos show), 硬切,
        // 别弄那些转场, 照片之间直接cut;
        // "cut between 5 and 6": the photo numbers with the noun left out
        Rule(#"\binstant (?:transitions?|cuts?|changes?)\b|\btransitions?\s*(?:[:=]|should be|to)\s*(?:none|off|nothing)\b|\btransitions? (?:type|style|kind|effect)s?\s*:?\s*(?:hard |straight )?(?:cuts?|none)\b|\b(?:hard|straight|jump|simple|quick|clean|sharp|direct|fast|instant|abrupt|plain) cuts?\b|\b(?:hard|abrupt|sudden|sharp|instant) jumps?\b|\bcut (?:straight|directly|right) (?:from|to|between)(?: (?:photo|picture|image|one) to (?:photo|picture|image|the next))?\b|\bjust cut(?: (?:straight |directly |right )?from (?:one|1|each|every) [a-z]+ (?:to|into) the next(?: one| 1)?)?\b|\bcuts\b(?! (?:off|out|short)\b)(?<!\b(?:song|music|track|audio|sound|it|that|this|which|tune|soundtrack|video|mic|signal) cuts)|\bcut(?=\s+(?:everywhere|elsewhere|anywhere|on the rest|into\s|between (?:the )?(?:photo|picture|image|pic|shot|slide)s? \d|between \d{1,3} ?(?:and|&) ?\d{1,3}\b(?! ?(?:s|secs?|seconds?|minutes?|mins?|%)\b)|before (?:the )?(?:photo|picture|image|pic|shot|slide|last|final|\d+(?:st|nd|rd|th))))|\bcut transitions?\b|\bno (?:fancy |special |flashy |cheesy |animated |extra |crazy |cringe |cringey |cringy |tacky |corny |lame |naff |ugly )?(?:transitions?|cross ?fades?|fades?|dissolves?)\b|\bwithout (?:any )?transitions?\b|\bdont (?:use |want |add )?(?:any )?transitions?\b|\b(?:turn off|disable|remove|drop|get rid of|kill|lose|skip|take out|take away) (?:the |all |all the |any )?(?:transitions?|cross ?fades?|fades?|transition effects?)\b|\bno (?:effects?|transitions?|fades?) between (?:the )?(?:photos|pictures|images|slides|shots)\b|无转场|不要任何(?:的)?(?:转场|过渡)(?:效果)?|取消(?:所有|全部)?(?:的)?(?:转场|过渡)(?:效果)?|(?:转场|过渡)(?:效果)?(?:全部|都|统统)?(?:去掉|删掉|取消|不要了?|关掉)|(?:别|不要|不用|不需要|不加|无需)(?:用|加|要|做|弄|搞|整)?(?:任何|那些|这些|那种|这种|什么)?(?:(?:花哨|花里胡哨|俗气|土气|老土|尴尬|难看|很丑|丑)(?:的)?(?:转场|过渡|淡入淡出)|(?:的)?(?:转场|过渡))(?:效果)?|不需要转场|去掉转场|取消转场|不要转场|没有转场|不要过渡|不用转场|硬切|直接切换?|(?:直接|硬|(?:之间|中间)(?:都|全)?(?:用)?)\s*(?:hard\s*)?cuts?(?![a-z])"#) { _, _ in
            Found(.transition(.cut))
        },
        // "no transition between photo 5 and 6, just jump straight in", "hard cut, go right to the next
        // one": the cut asked for beside it, said again as what the picture does
        Rule(#"\b(?:just\s+|simply\s+)?(?:jump|go|snap|switch|skip|cut)\s+(?:straight|right|directly)\s+(?:in|into it|to it|across|over|to the next(?:\s+(?:one|photo|picture|pic|shot|slide))?)\b"#) { _, p in
            Pattern(#"\b(?:cuts?|no (?:transitions?|fades?|crossfades?|cross fades?|dissolves?))\b"#).occurs(in: p.text) ? Found().notNegatable : nil
        }.needing(["straight", "right", "directly"]),
        // "no transition between photo 6 and 7, the second one should just pop in", "hard cut into photo 4,
        // it should just appear", 第6张和第7张之间不要转场，第7张直接跳出来: the cut asked for beside it, said
        // again as how the photo comes on
        Rule(#"\b(?:(?:the\s+)?(?:second|next|later|latter|other|new|following|2nd)\s+(?:one|1|photo|picture|pic|image|shot|slide)|it|that one|this one|that|(?:the\s+)?(?:photo|picture|pic|image|shot|slide)\s+\d{1,3})\s+(?:(?:should|can|could|will|would|must|needs? to|has to)\s+)?(?:just\s+|simply\s+|kind of\s+|kinda\s+)?(?:(?:pop|pops|snap|snaps|jump|jumps|appear|appears|flash|flashes)(?:\s+(?:in|up|on))?|(?:come|comes|show|shows)\s+(?:in|up|on))(?:\s+(?:on screen|straight away|right away|suddenly|instantly|at once))?(?=\s*(?:$|[,.;!?]|(?:and|but|please|pls|instead|like that)\b))|(?:第\s*\d+\s*张|下一张|后一张|后面那张|它)?(?:就)?(?:直接|突然|一下子?)(?:跳|弹|蹦|冒)(?:出来|进来|出)(?:就行了?|就好了?|就可以了?)?"#) { _, p in
            Pattern(#"\b(?:cuts?|no (?:transitions?|fades?|crossfades?|cross fades?|dissolves?|effects?))\b|切|(?:不要|别|不用)(?:弄|搞|用|加)?(?:那些|这些|任何)?(?:转场|过渡|黑场|淡入淡出|特效)|无转场|没有转场"#).occurs(in: p.text) ? Found().notNegatable : nil
        }.needing(["pop", "snap", "jump", "appear", "come", "show", "flash", "跳", "弹", "蹦", "冒"]),
        // "直接切，一张接一张就行", "hard cuts, just one photo after another": the cut asked for beside it,
        // said again as how the photos follow each other
        Rule(#"\b(?:just\s+|simply\s+)?(?:one|1)\s+(?:(?:photo|picture|pic|image|shot|slide)\s+)?(?:after|then)\s+(?:another|the other|the next)\b|\b(?:just\s+)?(?:photo|picture|pic|image|shot|slide)\s+after\s+(?:photo|picture|pic|image|shot|slide)\b|(?:就|只要|只是)?(?:一|1)张(?:接|跟|连)着?(?:一|1)张(?:地)?(?:放|播|切|来)?(?:就行了?|就好了?|就可以了?|就ok|即可)?"#) { _, p in
            Pattern(#"\b(?:cuts?|no (?:transitions?|fades?|crossfades?|cross fades?|dissolves?|effects?))\b|切|(?:不要|别|不用)(?:弄|搞|用|加)?(?:那些|这些|任何)?(?:转场|过渡|黑场|淡入淡出|特效)|无转场|没有转场"#).occurs(in: p.text) ? Found().notNegatable : nil
        },
        // "60 fps please, it looks smoother on our TV", "60fps so the kites look smooth": what the frame
        // rate asked for does (said of anything but the transitions)
        Rule(#"\b(?:(?:it|that|this|everything|motion|the motion|(?:the|my|our|his|her|their|all the)\s+(?!(?:transitions?|cross ?fades?|fades?|dissolves?|cuts?|changes)\b)[a-z]+)\s+)?(?:looks?|feels?|seems?|runs?|plays?|moves?|is|are|will be|would be|gets?|(?:will|would)\s+(?:look|move|feel|run|play))\s+(?:(?:a lot|much|way|so much|a bit|so|even|super|really|nice and|more)\s+)?(?:smoother|smooth|smoothly)\b(?!\s+(?:transitions?|cross ?fades?|fades?|dissolves?))"#) { _, p in
            Pattern(#"\b\d+\s*(?:fps|frames)\b|\bframe ?rate\b|\b\d+p\d+\b"#).occurs(in: p.text) ? Found() : nil
        }.needing(["smooth"]),
        Rule(#"\bsmooth(?:er)? (?:motion|movement|playback|video|footage|frame ?rate)\b|\bsmooth(?:er)?(?= (?:at )?\d+ ?(?:fps|frames))"#) { _, _ in Found() },
        // ("just the usual gentle dissolve", "the normal smooth crossfades": the transitions as they
        // are by default, their length kept; "keep the soft crossfades, just make them slower": the
        // transitions there are, kept, their length changed only as asked)
        Rule(#"\b((?:usual|normal|regular|standard|default)\s+)?(?:(?:smooth|smoother|seamless|silky)(?: (transitions?|cross ?fades?|fades?|dissolves?))?|(?:soft|gentle|elegant) (transitions?|cross ?fades?|fades?|dissolves?))\b|平滑(?:过渡|转场)?|柔和的?(?:过渡|转场)|丝滑"#) { m, p in
            // "not fade to black, smooth crossfades please", "no fades to black, just soft crossfades":
            // said as the contrast to a transition turned down, the words name the kind only
            if m[1] != nil || keptAsTheyAre.occurs(in: (p.text as NSString).substring(to: m.range.location))
                || (m[2] != nil || m[3] != nil) && rejectedTransition.occurs(in: sentence(around: m.range, in: p.text)) {
                return m[2] == nil && m[3] == nil ? Found(implied: [.transition(.crossfade)]) : Found(.transition(.crossfade))
            }
            return m[2] == nil && m[3] == nil ? Found(implied: [.transition(.crossfade), .transitionDuration(ms: smoothTransitionMs)])
                : Found(.transition(.crossfade), implied: [.transitionDuration(ms: smoothTransitionMs)])
        },
        // crossfades: "just crossfades", "dissolve", "fades" (not "fade it out", which is said of a sound or the end); 交叉溶接, 溶接:
        // a dissolve as Taiwan names it
        Rule(#"\b(?:(?:just|plain|simple|normal|regular|basic|standard|ordinary|good old|old school)\s+){0,2}cross ?fad(?:es?|ing)\b|\bcross dissolves?\b|\bdissolves?\b|\bfades?\b(?! (?:in|out|to|through|into)\b)(?! (?:it|them|that|this) (?:in|out)\b)(?! (?:the |its |their |that )?(?:sound|music|audio|song|track|volume|noise)\b)|\bfading\b|淡入淡出|叠化|交叉溶解|溶解|交叉溶接|溶接"#) { _, _ in
            Found(.transition(.crossfade))
        },
        // "I just want them to blend into each other", "let each photo melt into the next one", "have the pictures
        // fade into one another", 我想让它们自然地融在一起: one photo dissolving into the next, a crossfade
        Rule(#"\b(?:blend|blends|blending|melt|melts|melting|fade|fades|fading|dissolve|dissolves|dissolving|flow|flows|flowing|bleed|bleeds)\s+(?:(?:gently|softly|smoothly|slowly|nicely)\s+)?into\s+(?:each other|one another|the next(?:\s+(?:one|photo|picture|pic|image|shot|slide))?)\b|(?:互相|彼此)?(?:自然地?|慢慢地?|柔和地?)?融(?:在一起|合在一起|到一起|进下一张|到下一张)"#) { _, _ in
            Found(.transition(.crossfade))
        }.needing(["into each", "into one another", "into the next", "融"]),
        Rule(#"\b(?:with|add|use|using|some|nice) transitions?\b|加转场|加过渡"#) { _, _ in Found(implied: [.transition(.crossfade)]) },
        // "the default transitions are fine", 转场用默认的就好, 默认转场: the transitions Reel uses unless told, crossfades
        Rule(#"\b(?:the\s+)?(?:default|usual|normal|standard|regular)\s+transitions?\b|(?:转场|过渡)(?:效果)?\s*(?:就|都)?\s*(?:用|保持|按|要)?\s*默认(?:的)?(?:就好|就行|就可以|即可)?|默认(?:的)?(?:转场|过渡)"#) { _, _ in
            Found(.transition(.crossfade))
        }.needing(["default", "usual", "normal", "standard", "regular", "默认"]),
    ]

    /// "keep the ", "stay with those ": what follows is what the draft has, kept (read before a transition named by its look).
    static let keptAsTheyAre = Pattern(#"\b(?:keep|keeping|leave|stay with)\s+(?:the\s+|those\s+|these\s+|my\s+|our\s+|your\s+|its\s+)?$"#)

    /// A transition turned down ("not fade to black", "no fades to black", "I don't want any hard
    /// cuts", "instead of the dip to black"): read in the sentence of soft or smooth crossfades.
    static let rejectedTransition = Pattern(#"\b(?:not|no|dont want|don't want|do not want|without|instead of|rather than|never|none of)\s+(?:any\s+|the\s+|those\s+|these\s+|more\s+)?(?:"# + fadeBlack + #"|(?:hard |harsh |abrupt |jump |straight )?cuts\b|wipes?\b)"#)

    /// The sentence of `text` that holds `range`: from the mark that ends the sentence before it to the
    /// mark that ends its own ("Smooth crossfades please, not fade to black, and 3.5 s a photo.").
    static func sentence(around range: NSRange, in text: String) -> String {
        let s = text as NSString
        let marks = CharacterSet(charactersIn: ".!?;\n。！？；")
        let before = s.rangeOfCharacter(from: marks, options: .backwards, range: NSRange(location: 0, length: range.location))
        let start = before.location == NSNotFound ? 0 : before.location + 1
        let after = s.rangeOfCharacter(from: marks, range: NSRange(location: NSMaxRange(range), length: s.length - NSMaxRange(range)))
        let end = after.location == NSNotFound ? s.length : after.location
        return s.substring(with: NSRange(location: start, length: end - start))
    }

    static let motionRules: [Rule] = [
        // "photo 2 shouldn't move", "should be still", "keep photo 5 still": tried only when such a word is there
        // "the nail art should stay still": what the photos show, kept still, is the photos kept still;
        // "I want the photos dead still", "keep them stock still": how still, said with the word
        Rule(#"\b(?:shouldnt|mustnt|cant|wont|doesnt|should not|must not|does not|cannot|will not|should never)\s+(?:move|zoom|pan)\b|(?:\b(?:the|my|our|his|her|their|these|those)\s+(?:(?!(?:photos?|pictures?|pics?|images?|shots?|slides?|titles?|text|captions?|ones?|music|song|video)\b)[a-z]+\s+){1,3}?(?:should|must|needs? to|has to|have to|will|can)\s+(?:(?:just|really|all|both)\s+)?(?=stay|remain|be\b))?\b(?:stay|stays|remain|remains|be|kept)\s+(?:(?:completely|totally|perfectly|absolutely|dead|stock)\s+)?(?:still|static|motionless)\b|(?<=(?:\d|photo|picture|image|pic|shot|slide|one) )(?:completely |totally |perfectly |absolutely |dead |stock )?(?:still|static|motionless)\b"#) { _, _ in
            Found(.motion(.off))
        }.needing(["move", "zoom", "pan", "still", "static", "motionless"]),
        // no motion: "no zoom", "static", "keep them still", "no zoom, just still" (a clause of its own), 不要缩放, 静止,
        // 第五张照片keep still (the English words right after a photo named in Chinese);
        // "photos just still", "pictures all still" (a fragment: the photos, then how they stay);
        // "no moving zooms", "no moving or zooming", "no motion/pans", "no zooming or moving": motion said twice over, one no
        // "no Ken Burns movement please", "the photos also no need to move", "no fancy moving", "could they not move around"
        // 不要Ken Burns那种动来动去的, 别晃来晃去: no motion, said with what the motion looks like; 照片别老是动来动去的: "all the time" said
        // between
        // (not 其他的不用动: the others need not change, read by the scope rules)
        Rule(#"\bno (?:(?:fancy|crazy|wild|big|extra|silly|weird|cheesy|distracting)\s+)?(?:(?:pan(?:s|ning)?|zoom(?:s|ing)?)\s*(?:and|n|&|/|\+|or)\s*(?:pan(?:s|ning)?|zoom(?:s|ing)?|moving|motion|movement|animation)|(?:moving|motion|movement|sliding|swooping|drifting)\s*(?:and|n|&|/|\+|or)?\s*(?:pan(?:s|ning)?|zoom(?:s|ing)?|moving|motion)|ken burns(?: motion| movement| moves?| style)?|zoom(?:s|ing)?|motion|movement|moving|animation)(?: effects?)?\b|\bwithout (?:any )?(?:(?:pan(?:s|ning)?|zoom(?:s|ing)?)\s*(?:and|n|&|/|\+|or)\s*(?:pan(?:s|ning)?|zoom(?:s|ing)?|moving|motion|movement|animation)|ken burns(?: motion| movement| moves?| style| effects?)?|zoom(?:s|ing)?|motion|movement)\b|\bdont (?:zoom|pan|move)\b|\b(?:no|dont|do not|doesnt|does not) need (?:for (?:them|it) )?to (?:move|zoom|pan)\b|\bstatic\b|(?<=[张片图])\s*(?:要|就|请|都|也)?\s*(?:keep |stay |be |remain )?(?:completely |totally |perfectly )?(?:still|static)(?![a-z])|(?<!\bjust the )(?<!\bonly the )(?<!\bjust )(?<!\bonly )(?<!\buse the )(?<!\buse )\bstill (?:photos|images|pictures|frames|shots)\b(?!\s+only\b)|\bkeep (?:(?:the |all (?:the )?|every |each )?(?:photos?|images?|pictures?|pics?|shots?)|them|them all|all of them|everything|it|it all|all of it) (?:completely |totally |perfectly |fully |absolutely |dead |stock )?still\b|\b(?:the )?(?:photos|images|pictures) (?:should |must |can )?(?:not|dont|never) (?:move|zoom|pan)\b|\b(?:could|can|would)\s+(?:they|the (?:photos|pictures|images|pics))\s+(?:please\s+)?(?:not|just not)\s+(?:move|zoom|pan)(?:\s+(?:around|about))?\b|\b(?:the )?(?:photos|images|pictures|pics) (?:to )?(?:just |all )?(?:stay |be |kept |staying )?(?:completely |totally |perfectly |fully |absolutely |dead |100% |stock )?still\b|\bnothing (?:moving|moves|should move|zooming)\b|(?:^|(?<=[,.;!?]))\s*(?:just|only|keep (?:it|them)) still\b(?=\s*(?:$|[^a-z0-9\s]|(?:please|pls|plz|thanks|thx|ty)\b))|\bturn off ken burns\b|\bken burns off\b|\b(?:turn|switch)\s+(?:the\s+)?(?:ken burns|zoom(?:s|ing)?|motion|movement|animation|pan(?:s|ning)?)(?:\s+effects?)?\s+off\b|(?<=(?:不要|别用|不用|不想要)\s?ken\s?burns\s?)(?:那种|这种|那样|这样)(?:动来动去|乱动|晃来晃去|晃动|晃|放大缩小)(?:的)?(?:效果|感觉|样子)?|(?:别|不要|不用)(?:老是|总是|一直|老|总)?让?(?:照片|图片|画面)?(?:缩放|平移)?(?:的)?(?:那种|这种|那样|这样)?(?:动来动去|乱动|晃来晃去|晃动|晃)(?:的)?(?:效果|感觉|样子)?|不要(?:缩放|动画效果|动画|动效|运动|推拉|移动|镜头运动|动)|静止|静态|无动画|不动|(?:别|不要|(?<!(?:其他|其余|其它|别的|剩下)(?:的)?(?:照片|图片|几张|部分)?(?:都|就|也|全部)?)不用)让?(?:照片|图片|画面)?动|(?:照片|图片|画面)(?:不要|别|不用)(?:老是|总是|一直|老|总)?(?:动来动去|乱动|晃动|动)"#) { _, _ in
            Found(.motion(.off))
        },
        // "please don't have the pictures moving about", "I don't want the photos zooming around":
        // no motion, said as a wish about the photos; the "dont" is part of the wish
        Rule(#"\b(?:dont|do not|(?:i|we)\s+(?:dont|do not)\s+(?:want|like)|(?:i|we)d\s+rather\s+not\s+have|no\s+need\s+to\s+have)\s+(?:have\s+|want\s+|let\s+)?(?:the\s+|my\s+|our\s+|any\s+(?:of\s+)?(?:the\s+)?)?(?:photos|pictures|images|pics|slides|shots|stills)\s+(?:moving|zooming|panning|drifting|sliding|floating|jiggling|swaying|wobbling|bobbing)(?:\s+(?:about|around|all over(?:\s+the\s+place)?|back and forth))?\b"#) { _, _ in
            Found(.motion(.off)).notNegatable
        }.needing(["moving", "zooming", "panning", "drifting", "sliding", "floating", "jiggling", "swaying", "wobbling", "bobbing"]),
        // "zoom in more slowly", "pan left a bit faster": a slower zoom is a smaller one over the photo's time
        Rule(#"\b(?:zoom(?:s|ing)?\s+(in|out)|pan(?:s|ning)?\s+(?:to\s+the\s+)?(left|right|up|down)|zoom(?:s|ing)?|pan(?:s|ning)?|motion|movement|ken burns)\s+(?:a\s+bit\s+|a\s+little\s+|even\s+|much\s+)?(more slowly|slower|more gently|more subtly|more quickly|faster|quicker)\b"#) { m, _ in
            let direction: [String: MotionStyle] = ["in": .zoomIn, "out": .zoomOut, "left": .panLeft, "right": .panRight, "up": .panUp, "down": .panDown]
            let slower = ["more slowly", "slower", "more gently", "more subtly"].contains(m[3] ?? "")
            var f = Found(.scaleZoom(slower ? 2.0 / 3 : 1.5))
            if let d = (m[1] ?? m[2]).flatMap({ direction[$0] }) { f.changes.insert((.motion(d), false), at: 0) }
            return f
        }.needing(["slow", "gentl", "subtl", "quick", "fast"]),
        // "the photos are moving too much, calm it down": still photos
        Rule(#"\b(?:the\s+)?(?:photos|pictures|images|pics|slides|shots|everything|things)\s+(?:are\s+|keep\s+)?(?:moving|zooming|panning|shaking|jumping|bouncing)(?:\s+around)?\s+(?:way\s+|far\s+)?too\s+much\b(?:\s*,?\s*(?:so\s+|please\s+|pls\s+)?(?:calm|tone|settle)\s+(?:it|them|things|that|everything)\s+down\b)?"#) { _, _ in
            Found(.motion(.off))
        }.needing(["too much"]),
        Rule(#"\b(a bit |a little |slightly |much |a lot )?(more|less|stronger|weaker|bigger|smaller|subtler|gentler|deeper) (?:zoom(?:s|ing)?|motion|movement|ken burns)\b|\bzoom (?:in )?(a bit |a little |much )?(more|less|stronger|subtler|weaker|gentler|bigger|smaller|deeper)\b"#) { m, _ in
            let word = m[2] ?? m[4] ?? "more"
            let more = ["more", "stronger", "bigger", "deeper"].contains(word)
            let strong = m.text.contains("much") || m.text.contains("a lot")
            return Found(.scaleZoom(more ? (strong ? 2 : 1.5) : (strong ? 0.5 : 2.0 / 3)))
        },
        Rule(#"(?:缩放|推拉|运动)(?:再|更)?(大|多|强|小|少|弱)(?:一点|一些|点)?"#) { m, _ in
            Found(.scaleZoom(["大", "多", "强"].contains(m[1] ?? "") ? 1.5 : 2.0 / 3))
        },
        // "zoom in", "a slow push in", "zoom slowly into it": every photo (or the one named) zooms in
        Rule(#"\b(?:slow(?:ly)? |gentle |gently |subtle |slight |soft |a )?(?:zoom(?:s|ing)?|push(?:es|ing)?)\s+(?:(?:slowly|gently|softly|subtly)\s+)?in(?:to|ward|wards)?\b(?:\s+(?:slowly|gently|a bit|a little))?(?:\s+on\s+(?:each|every|all(?: the)?|the)\s+(?:single\s+)?(?:photo|picture|image|pic|shot|slide)s?)?|推近|拉近|推进|放大"#) { _, _ in
            Found(.motion(.zoomIn))
        },
        Rule(#"\b(?:slow(?:ly)? |gentle |gently |subtle |slight |soft |a )?(?:zoom(?:s|ing)?\s+out(?:ward|wards)?|pull(?:s|ing)?\s+(?:back|out))\b|拉远|缩小|拉出"#) { _, _ in
            Found(.motion(.zoomOut))
        },
        Rule(#"\b(?:slow(?:ly)? |gentle |gently |subtle |slight )?pan(?:s|ning)?\s+(?:("# + refList + #")\s+)?(?:(?:slowly|gently|everything|all of them|them|it|all|each photo|every photo|the photos|the pictures|the images|the shots|all the photos)\s+)*(?:across\s+(?:(?:each|every|all(?: the)?|the)\s+)?(?:photo|picture|image|pic|shot|slide)s?\s+)?(?:(?:from\s+)?(?:the\s+)?(?:left|right|top|bottom)\s+to\s+(?:the\s+)?|to\s+(?:the\s+)?|towards?\s+(?:the\s+)?)?(left|right|up|upwards|down|downwards|top|bottom)\b|(?:从(?:左|右|上|下)\s*)?(?:向|往|到)(左|右|上|下)(?:平移|移动|移|挪|滑|摇)?"#) { m, _ in
            let style: MotionStyle = switch m[2] ?? m[3] ?? "" {
            case "left", "左": .panLeft
            case "right", "右": .panRight
            case "up", "upwards", "top", "上": .panUp
            default: .panDown
            }
            // "pan photo 4 to the right": that photo only
            guard let named = m[1], var f = scope(refs: photoRefs(named), word: "on", leading: false) else { return Found(.motion(style)) }
            f.changes = [(.motion(style), false)]
            return f
        },
        // "the pan and zoom effect", "zoom/pan", 缩放平移: both motions named together are the motion itself
        Rule(#"\b(?:subtle |gentle |slow |soft |slight |light )?(?:pan(?:s|ning)?\s*(?:and|n|&|/|\+|or)?\s*zoom(?:s|ing)?|zoom(?:s|ing)?\s*(?:and|n|&|/|\+|or)?\s*pan(?:s|ning)?)(?:\s+(?:effects?|motion|style|animations?))?\b|(?:缩放|放大缩小)(?:和|与|跟|、|/|及)?(?:平移|移动)(?:效果|动画)?|平移(?:和|与|跟|、|/|及)?缩放(?:效果|动画)?"#) { _, _ in
            Found(.motion(.mixed))
        }.needing(["pan", "平移"]),
        Rule(#"\b(?:camera\s+)?(?:moving|motion|movement|animated)\s+(?:effects?|animations?)\b|\b(?:subtle |gentle |slow |soft |slight |light )?ken burns(?: effects?| motion| style)?\b|\bburns effect\b|\b(?:subtle |gentle |slow |soft |slight |light )?(?:motion|movement)\b|\bmoving photos\b|\bmoving(?:\s+(?:around|about))?\s*(?:or|and|n|&|/)\s*(?:zoom(?:s|ing)?|pan(?:s|ning)?)\b|(?<=\b(?:that|this|the|much|all) )moving(?: around)?(?=\s+(?:makes?|making|made|gives?|drives?|hurts?|is|s|was|really|just|kinda|keeps?)\b)|运动效果|动态效果|动态特效|动效|动感"#) { _, _ in
            // "all that moving makes my mom dizzy": motion named as a noun, said no to by what follows;
            // "please do not use any moving effects": the motion named as an effect, said no to before it;
            // "any of that moving around or zooming": the two said together, one motion
            Found(.motion(.mixed))
        },
        Rule(#"\b(?:slow |gentle |subtle |slight |soft )?zoom(?:s|ing)?(?: effects?)*\b|缩放|推拉"#) { _, _ in
            Found(.motion(.zoom))
        },
        Rule(#"\b(?:slow |gentle |subtle |slight )?pan(?:s|ning)?(?:\s+(?:slowly|gently))?(?:\s+across(?:\s+(?:each|every|the)\s+(?:photo|picture|image)s?)?| effects?)?\b|平移|摇镜|左右(?:来回)?(?:晃来晃去|移来移去|动来动去|晃动|晃|摇摆|摇晃|摇|摆动|摆|移动|移|滑动|滑|动)|横向(?:移动|平移|滑动)|横移"#) { _, _ in
            // 别左右晃, 唔好左右郁, 不要横向移动: side to side is panning (said no to beside a zoom, the zoom alone)
            Found(.motion(.pan))
        },
    ]

    /// A transition of a stated length; a kind word in the phrase sets the kind too. No length
    /// means hard cuts.
    static func transitionLength(_ value: Double, noun: String?) -> Found? {
        let ms = Int(value.rounded())
        if ms <= 0 { return Found(.transition(.cut)) }
        let clamped = min(max(ms, DraftLimits.requestedTransitionMs.lowerBound), DraftLimits.requestedTransitionMs.upperBound)
        var f = Found(.transitionDuration(ms: clamped))
        // the kind a noun names gives way to one said outright ("fade to black, fade duration 1 s")
        if let kind = kind(ofNoun: noun) { f.changes.insert((.transition(kind), true), at: 0) }
        return clamped == ms ? f : f.note("a \(FrameTime.secondsText(ms)) s transition is outside 0.1–3 s; using \(FrameTime.secondsText(clamped)) s")
    }

    static func transitionSpeed(slower: Bool, strong: Bool, noun: String?) -> Found {
        var f = Found(.scaleTransitions(slower ? (strong ? 2 : 1.5) : (strong ? 0.5 : 2.0 / 3)))
        if let kind = kind(ofNoun: noun) { f.changes.insert((.transition(kind), false), at: 0) }
        return f
    }

    /// The kind a noun names ("crossfades" → crossfade), or nil for a neutral "transitions".
    static func kind(ofNoun noun: String?) -> TransitionKind? {
        guard let n = noun else { return nil }
        if n.contains("black") || n.contains("blk") || n.contains("blck") || n.contains("黑") || n.contains("dip") { return .fadeBlack }
        if n.contains("fade") || n.contains("dissolve") { return .crossfade }
        return nil
    }

    /// "no transition between the 4th and 5th photos please, I want a hard cut right when she walks
    /// in": a kind of transition said for the whole video right after the same kind was said for
    /// named photos says that again; it is read with them, not for every photo. Said for every
    /// photo ("hard cuts everywhere", "all the transitions") it stands.
    static func foldRestatedTransitions(_ changes: inout [Change]) {
        var k = 0
        while k < changes.count {
            guard case .transition(let kind) = changes[k].setting, !everyTransition.occurs(in: changes[k].phrase),
                  let i = changes[..<k].lastIndex(where: { c in
                      if case .onPhotos(_, .transition(kind)) = c.setting { return true }
                      return false
                  }), !changes[(i + 1)..<k].contains(where: { $0.setting.isTransitionEdit }) else { k += 1; continue }
            changes[i].phrase += " … " + changes[k].phrase
            changes.remove(at: k)
        }
    }

    /// A transitions' length and noun right after a word of how they look: " 1 second transitions", " half-second crossfades".
    private static let lookedLength = Pattern(#"^\s+(?:\d*\.?\d+|half)\s*-?\s*(?:seconds?|secs?|sec|s)\s*-?\s*(?:long\s+)?(?:transitions?|cross ?fades?|fades?|dissolves?)\b"#)
    /// Words that say a transition is for every photo.
    private static let everyTransition = Pattern(#"\b(?:all|every|everywhere|each|throughout|rest|others?|whole|entire)\b|所有|每|全部|其他|其余"#)
}
