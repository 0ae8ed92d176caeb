import Foundation
import ReelTimeline

/// Common edits said in a form of their own: a phrasal verb split around its object ("slow the
/// transitions down a little", "speed the fades up"), a clip's longest play said as a rule for
/// the clips ("clips shouldn't play for more than 5 seconds"), and the order said by which
/// photos come first (新的在前, 旧的放前面, "newer ones first").
extension PromptInterpreter {
    static let formRules: [Rule] = [
        // "slow the transitions down a little", "speed the fades up", "slow those crossfades way down"
        Rule(#"\b(slow|speed)\s+(?:the\s+|those\s+|these\s+|all\s+(?:the\s+)?)?(transitions?|cross ?fades?|fades?|dissolves?|dips?(?: to black)?|blends?)\s+(?:(a bit|a little|slightly|a touch|way|much|a lot|right)\s+)?(down|up)\b(?:\s+(a bit|a little|slightly|a touch|a lot|loads))?"#) { m, _ in
            let slower = m[1] == "slow"
            guard (m[4] == "down") == slower else { return nil }
            let strong = ["way", "much", "a lot", "right", "loads"].contains(m[3] ?? m[5] ?? "")
            return transitionSpeed(slower: slower, strong: strong, noun: m[2])
        }.needing(["slow", "speed"]),
        // "clips shouldn't play for more than 5 seconds", "don't let the videos run longer than 4 s",
        // "the clips should only play for up to 3 seconds"
        Rule(#"\b(?:the\s+|any\s+|my\s+)?(?:video\s+clips?|clips?|videos)\s+(?:should(?:nt| not)?|must(?:nt| not)?|can(?:t|not)?|shall(?:nt| not)?|dont|do not|may not|wont|will not|need to|needs to)?\s*(?:only\s+|just\s+)?(?:play|run|last|go|be)\s+(?:for\s+)?(?:more than|longer than|over|beyond|past|up to|at most|no more than|no longer than|max(?:imum)?|a max of|a maximum of)\s+(\d+(?:\.\d+)?)\s*(?:seconds?|secs?|s)\b(?:\s+(?:each|long|max|tops))?|\b(?:dont|do not|never)\s+let\s+(?:the\s+|any\s+)?(?:video\s+clips?|clips?|videos)\s+(?:play|run|last|go)\s+(?:for\s+)?(?:more than|longer than|over|past|beyond)\s+(\d+(?:\.\d+)?)\s*(?:seconds?|secs?|s)\b"#) { m, _ in
            guard let v = m.number(1) ?? m.number(2), v > 0, v <= 600 else { return nil }
            return Found(.clipMax(ms: FrameTime.ms(seconds: v))).notNegatable
        }.needing(["clip", "video"]),
        // 新的在前, 旧的放前面, 最新的在最前面, 新照片排前面
        Rule(#"(?:最)?(新|旧|早|晚|近)(?:的|一些的)?(?:照片|图片|图)?(?:排|放|摆)?(?:在)?(?:最)?(?:前面|前边|前|开头|第一)"#) { m, _ in
            Found(.order(["新", "晚", "近"].contains(m[1] ?? "") ? .newestFirst : .date))
        },
        // "newer ones first", "put the older pics first", "the more recent photos should come first"
        Rule(#"\b(?:most\s+)?(newer|older|more recent|recent|latest|earlier)\s+(?:ones?|1s|photos?|pictures?|pics?|shots?|images?)\s+(?:go\s+|come\s+|should\s+(?:go|come|be)\s+|at the\s+|up\s+)?(?:first|1st|in front|at the (?:start|beginning|front))\b"#) { m, _ in
            Found(.order(["newer", "more recent", "recent", "latest"].contains(m[1] ?? "") ? .newestFirst : .date))
        },
    ]
}
