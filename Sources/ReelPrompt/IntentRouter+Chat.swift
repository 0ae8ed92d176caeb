import Foundation

/// An undo or redo said with chat around it: "ugh, undo that", "oops, redo what I just undid",
/// "can u undo that? like 2 steps back", "go back 2 steps, i messed it up", 哎呀，撤销一下，还是原来的好.
///
/// The request is cut into clauses (at punctuation and at "and", "but", "because"…); one clause
/// (or the start of one) must be an undo or redo as ``IntentRouter`` reads a whole request, and
/// every other piece must be chat: an interjection, a number of steps ("like 2 steps back"), or
/// words the interpreter reads as asking for nothing (a reason, "I liked it better before").
/// When another piece asks for an edit ("undo that and make it 20 s") or for something only the
/// cloud does, or words left over look like a wish ("… and make it sepia"), it stays an edit.
extension IntentRouter {
    /// The undo or redo in `text` (normalised), when everything around it is chat.
    static func chatted(_ text: String) -> Intent? {
        guard commandHint.occurs(in: text) else { return nil }
        var found: (back: Bool, count: Int, said: Bool)?
        var counted: Int?
        var rest: [String] = []
        var restatedChange = false
        for clause in clauseBreak.replacing(in: text, { _ in "\u{1}" }).split(separator: "\u{1}") {
            let said = stripped(String(clause))
            if changeBack.occurs(in: said) { restatedChange = true }
            let piece = stripped(restated.replacing(in: said) { _ in "" })
            guard !piece.isEmpty else { continue }
            // 撤销错了, 刚才撤销错了: what went wrong, not the command (帮我重做 after it is)
            // "go back. undo the last 3 things I did": the same command said again, with its count
            if let first = found, !judgement.occurs(in: piece), let (again, remainder) = command(in: piece),
               again.back == first.back, stripped(remainder).isEmpty {
                if again.said { found = again }
                continue
            }
            if found == nil, !judgement.occurs(in: piece), let (command, remainder) = command(in: piece) {
                found = command
                let more = stripped(remainder)
                if more.isEmpty { continue }
                // "undo both of them" after "I made two changes by mistake": the same count said twice
                if let n = stepCount(more), counted == nil || counted == n { counted = n; continue }
                // "go back to the first photo": words after the command that name a setting make it something else
                // ("redo pls i undid 1 too many": the mistake told, with its count, is no setting)
                if !isJudgement(more), PromptInterpreter.storySettingWord.occurs(in: more) || PromptInterpreter.chineseStorySettingWord.occurs(in: more) { return nil }
                rest.append(more)
                continue
            }
            // "undo that twice, the last two edits were both wrong": the same count said twice
            if let n = stepCount(piece) ?? mistakeCount(piece), counted == nil || counted == n { counted = n; continue }
            rest.append(piece)
        }
        // "I undid one step too many. Can you bring that change back?": a change put back, with no other
        // command, is the change undone done again
        if found == nil, restatedChange { found = (false, 1, false) }
        // "undo that and export": two commands; left to the router as before
        guard let found, !rest.contains(where: { exportWords.occurs(in: $0) || creditWords.occurs(in: $0) || uploadWords.occurs(in: $0) }),
              rest.allSatisfy({ isJudgement($0) || isChat($0) }) else { return nil }
        // "undo that, like 2 steps back": the number said in the chat, unless the command had one
        let count = found.said ? found.count : counted ?? found.count
        return found.back ? .undo(steps: count) : .redo(steps: count)
    }

    /// `piece` as an undo or redo, whole or as its start: what it asks and the words after it.
    private static func command(in piece: String) -> ((back: Bool, count: Int, said: Bool), String)? {
        let ns = piece as NSString
        // the longest start that is a command, ending between words (or between two Chinese characters)
        var ends = [ns.length]
        for i in stride(from: ns.length - 1, to: 0, by: -1) {
            let c = ns.character(at: i), before = ns.character(at: i - 1)
            if c == 0x20 || (isHan(c) && isHan(before)) { ends.append(i) }
        }
        for end in ends {
            let start = ns.substring(to: end)
            let remainder = ns.substring(from: end)
            if undoWords.occurs(in: start) { return ((true, 1, false), remainder) }
            if redoWords.occurs(in: start) { return ((false, 1, false), remainder) }
            if let (back, n) = steps(in: start) { return ((back, n, true), remainder) }
        }
        return nil
    }

    private static func isHan(_ c: unichar) -> Bool { (0x4E00...0x9FFF).contains(c) }

    /// A piece without the interjections and politeness around it ("ugh", "oops", "can u", "pls", 哎呀, 欸, 一下吧).
    private static func stripped(_ piece: String) -> String {
        let s = chatEnds.replacing(in: piece, { _ in "" })
        return s.trimmingCharacters(in: .whitespaces)
    }

    /// "like 2 steps back", "2 changes", "twice", 两步: how many steps, said on its own.
    private static func stepCount(_ piece: String) -> Int? {
        guard let m = countWords.firstMatch(in: piece) else { return nil }
        let said = m[1] ?? m[2] ?? m[3] ?? ""
        let n = said == "twice" || said == "couple" || said == "both" ? 2 : said == "thrice" ? 3 : Int(said) ?? ChineseNumbers.value(of: said) ?? 0
        return (1...999).contains(n) ? n : nil
    }

    /// "I messed up the last 3 edits", 最后两步改坏了, 刚才那两步都不对: what went wrong, counted; the undo said
    /// beside it ("take them back") goes back that many steps.
    private static func mistakeCount(_ piece: String) -> Int? {
        guard let m = countedMistake.firstMatch(in: piece) else { return nil }
        let said = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6] ?? m[7] ?? ""
        let n = said == "couple" ? 2 : Int(said) ?? ChineseNumbers.value(of: said) ?? 0
        return (1...999).contains(n) ? n : nil
    }

    /// Whether `piece` asks for nothing: no setting, no cloud ask, and what is left over does not
    /// read as a wish or name a setting ("I liked it better before", "i messed it up", "my bad"; not
    /// "make it sepia", "to the first photo").
    private static func isChat(_ piece: String) -> Bool {
        let i = PromptInterpreter.interpret(piece)
        guard i.plan.isEmpty, i.needsCloud == nil, i.conflicts.isEmpty else { return false }
        return !i.notUnderstood.contains { left in
            let said = left.lowercased()
            return wish.occurs(in: said) || said.contains { $0.isNumber }
                || PromptInterpreter.storySettingWord.occurs(in: said) || PromptInterpreter.chineseStorySettingWord.occurs(in: said)
        }
    }

    /// "I liked it better before", "I liked it better before I hit undo", "the title looked better", "I don't like the new music", 还是原来的好,
    /// 灯笼那张还是原来的好 (which one was better, named first),
    /// "wrong button", 撤错了, 刚那步搞错了 (the step named), "I messed up the order", 我把顺序弄乱了, "I undid one too many",
    /// 标题改错了, 音乐选错了, 标题有错别字, "I typed the title wrong", "typo in the title", "wrong title" (what was changed wrongly, named),
    /// "I undid one step too many", 撤多了, "the last two edits were both wrong",
    /// "I didn't mean to undo it", "didn't mean to undo that one" (the "I" left out), 刚才不该撤销的, "I hit undo by mistake", "the order got messed up",
    /// "the beacon search shots disappeared", 灯塔那几张不见了,
    /// "the vertical version looked off on the bar TVs" (where it was seen)
    /// "it was better before the undo", "it looked nicer before that change" (when it was better)
    /// "that wasn't right at all", "that's not what I wanted", "no, that's wrong", "this isn't it" (that it was wrong)
    /// 刚才那两个改动stakeholder不认可, 这次修改老板不满意 (who turned the changes down)
    /// "the bride wants the pack-up shots back in", "the couple preferred the old title back" (someone else wanting back
    /// what the change took out)
    /// (what went wrong, naming what it was):
    /// what the user thinks of the change being undone, even when it names a setting.
    /// "I've made a right mess of it", "made a hash of that", "what a mess", 我弄得一团糟, 搞得乱七八糟的:
    /// also what went wrong, said as the mess made.
    private static func isJudgement(_ piece: String) -> Bool {
        (judgement.occurs(in: piece) || messMade.occurs(in: piece)) && !wish.occurs(in: piece)
    }

    /// "I've made a right mess of it", "we made a total hash of this", "what a mess", 我把它弄得一团糟了, 全搞得乱七八糟:
    /// the mess the user made, said whole.
    private static let messMade = Pattern(#"^(?:(?:(?:i|we)(?:ve|\s+have|\s+just|\s+really|\s+totally)*\s+)?(?:made|make|making)\s+(?:(?:a|an|such a|quite a)\s+)?(?:(?:right|real|total|complete|proper|absolute|bit of a|huge|big|massive|royal)\s+)*(?:mess|hash|muddle|pigs ear|dogs breakfast|shambles)(?:\s+of\s+(?:it|that|this|things|everything|(?:the|my)\s+[a-z]+(?:\s+[a-z]+)?))?(?:\s+(?:now|again|here|lol))?|what a (?:mess|muddle|shambles|disaster)|(?:it|that|this)(?:s|\s+is|\s+was)\s+(?:a\s+)?(?:(?:right|real|total|complete|proper|bit of a)\s+)*(?:mess|muddle|shambles|disaster)(?:\s+now)?)$|^(?:我|我们|刚才|刚刚)*(?:把\p{Han}{1,6}?)?(?:全|都)?(?:弄|搞|改|剪|调)得?(?:一团糟|一塌糊涂|乱七八糟|一团乱|好乱|很乱|太乱)(?:了|的|啊)*$"#)

    /// "bring that change back", "put the last edit back", "can you get that step back": a change undone
    /// asked for again, whole (a redo on its own; "put it back" may as well be an undo).
    private static let changeBack = Pattern(#"^(?:put|bring|get|give me)\s+(?:that|the|my)\s+(?:(?:last|previous)\s+)?(?:change|edit|step)\s+back(?:\s+(?:in|on|again))?$"#)

    /// "put that change back", "bring it back": the command said again in other words, beside the
    /// undo or redo that says which it is ("hmm no, put that change back - redo please"); left out.
    private static let restated = Pattern(#"^(?:(?:please\s+|pls\s+|just\s+)?(?:put|bring|get|give me|i want)\s+(?:that|it|this|the|my)\s+(?:(?:last\s+|previous\s+)?(?:change|edit|step|one|thing|version)\s+)?back(?:\s+(?:in|on|again))?|(?:that|the)\s+(?:last\s+)?(?:change|edit)\s+back(?:\s+(?:in|on|again))?)(?=\s*$|\s+(?:redo|undo|revert|go back|go forward)\b)"#)

    private static let judgement = Pattern(#"^(?:(?:(?:the|my|our|his|her|their)\s+)?(?:[a-z]+\s+){0,2}?[a-z]+\s+(?:still\s+|really\s+)?(?:wants|wanted|prefers|preferred|misses|missed|asked for|asks for|liked|likes)\s+(?:the|those|these|that|his|her|their|our|my)\s+(?:[a-z-]+\s+){0,3}?(?:shots?|photos?|pics?|pictures?|ones?|version|title|music|song|clips?)\s+back(?:\s+in)?$|(?:the\s+)?(?:old|older|previous|earlier|last|original|first|other)\s+(?:version|one|1|cut|edit|draft|video)\s+(?:was|looked|felt|is|looks|seemed)\s+(?:way\s+|much\s+|a lot\s+|so\s+)?(?:nicer|better|good|fine|prettier|cooler|best)\b.*|(?:i|we)\s+(?:really\s+|just\s+|kinda\s+|kind of\s+|actually\s+)?(?:liked|preferred|loved)\b.*\b(?:better|more|before|earlier|originally)(?:\s+(?:before|until|till)\s+(?:i|we|you)\s+(?:just\s+)?(?:hit|pressed|clicked|tapped|did|used)\s+(?:the\s+)?(?:undo|that|it)(?:\s+button)?)?|(?:i|we)\s+(?:really\s+|just\s+|kinda\s+|kind of\s+|actually\s+|did\s+)?(?:liked|loved|preferred|like|love)\s+(?:it|that|this|(?:that|the|this|my) (?:change|edit|one|version|step|look))(?:\s+(?:a lot|better|more|after all|actually|though|tbh|tho))*|(?:i|we)\s+(?:really\s+|just\s+|actually\s+)?(?:dont|do not|didnt|did not)\s+(?:really\s+)?(?:like|love)\s+(?:it|that|this|the (?:new |last |latest )?[a-z]+(?: [a-z]+)?)|(?:i|we)\s+(?:really\s+|kinda\s+)?(?:hate|dislike)\s+(?:it|that|this|the (?:new |last |latest )?[a-z]+(?: [a-z]+)?)|(?:it|that|this|they|those|the [a-z]+(?: [a-z]+){0,3}?|the (?:last |previous |past |latest )?(?:\d{1,3}|couple of|few) (?:edits|changes|steps|things))\s+(?:was|were|looked|looks|look|seemed|seems|sounded|sounds|felt|feels|is|are)\s+(?:(?:both|all)\s+)?(?:(?:way|much|a lot|so|really|kinda|kind of|too)\s+)?(?:better|nicer|fine|good|great|okay|ok|worse|weird|wrong|off|bad|awful|terrible|ugly|strange|cringe)(?:\s+(?:before(?:\s+(?:the|that|my|your|this)\s+(?:undo|redo|change|edit))?|earlier|originally|than (?:before|that|this|now)|now|like that))?(?:\s+(?:on|in|at)\s+(?:the\s+|my\s+|our\s+|their\s+|his\s+|her\s+)?[a-z]+(?:\s+[a-z]+){0,2})?)$|^(?:\p{Han}{1,8}?(?:那张|这张|那个|这个|那段|这段|的话)\s*)?(?:我|我们)?(?:还是|觉得|感觉)*(?:原来|之前|刚才|以前|上一个|上一版)(?:的)?(?:版本|样子)?.{0,6}(?:好|好看|更好|比较好)(?:一些|一点|多了)?$|^(?:我|我们)?(?:其实|还是)?(?:挺|很|比较|更)?喜欢(?:刚才|刚刚|之前|那个|这个|那次|上一个)+(?:的)?(?:改动|修改|版本|样子|效果)?$|^(?:我|我们)?(?:不喜欢|不太喜欢|不好看|太难看|难看)|^(?:我|我们|刚才|刚刚|刚)*(?:那一?步|这一?步|上一步)?(?:撤销|撤回|重做|撤|点|按|改|弄|搞|做)错了?$|^(?:i|we)\s+(?:(?:just|totally|accidentally)\s+)?(?:got|typed|spelled|spelt|wrote|put|set|named)\s+(?:the|my)\s+(?:title|caption|text|name|date|song|music|order)(?:\s+(?:text|name))?\s+wrong$|^(?:i|we)\s+(?:(?:just|accidentally)\s+)?(?:misspelled|misspelt|mistyped|typoed|typod)\s+(?:the|my)\s+(?:title|caption|text|name|date)$|^(?:(?:there\s*'?s|there is|i made|made)\s+)?(?:a\s+)?typo\s+in\s+(?:the|my)\s+(?:title|caption|text|name|date)$|^(?:我|我们|刚才|刚刚|刚)*(?:把)?(?:标题|字幕|文字|字|音乐|歌|配乐|音量|转场|顺序|照片|图片|时长|比例|位置|名字)(?:的字)?(?:给|都|也|又)?(?:改|弄|搞|调|设|打|写|放|排|删|选|加|换|剪|拖|移)(?:错|得不对)(?:了)?(?:字|位置|地方)?(?:了)?$|^(?:标题|字幕|文字|名字)(?:里|上)?(?:有|写了|打了)?(?:个|一个)?错(?:别)?字(?:了)?$|^(?:(?:wrong|the wrong) (?:button|one|1|key|photo|pic|thing|change|edit|move|title|caption|text|song|music|track|order|font)|(?:my|a) (?:mistake|bad)|(?:i )?(?:misclicked|clicked (?:the )?wrong (?:button|thing|one|1)|pressed (?:the )?wrong (?:button|key))|by (?:mistake|accident))$|^(?:i|we)\s+(?:totally\s+|completely\s+|kinda\s+|kind of\s+|just\s+|really\s+)?(?:messed|screwed|mucked|mixed|broke|ruined|botched)(?:\s+up)?(?:\s+(?:it|that|this|everything|(?:the|my)\s+[a-z]+(?:\s+[a-z]+)?))?(?:\s+up)?$|^(?:(?:i|we)\s+)?(?:just\s+|accidentally\s+)?(?:undid|undo|undone|went back|reverted|took back|(?:pressed|hit|clicked|tapped|pushed)\s+(?:the\s+)?undo(?:\s+button)?)(?:\s+(?:1|one|a step|a bit|it|that|that one|some))?\s+(?:too\s+(?:many|much|far)|(?:1|one|a)(?:\s+(?:step|time|change|edit))?\s+too\s+(?:many|much|far))(?:\s+(?:times|steps))?(?:\s+(?:already|just now|by accident|by mistake))?$|^(?:我|我们|刚才|刚刚)*(?:撤销|撤回|撤|退|回退)(?:得)?(?:多了?|过头了?|太多了?|多了一步)$|^(?:i|we)\s+(?:accidentally\s+|just\s+)?(?:hit|pressed|clicked|tapped|pushed)\s+(?:the\s+)?(?:undo|redo)(?:\s+button)?(?:\s+(?:by (?:mistake|accident)|accidentally))?$|^(?:(?:i|we)\s+)?(?:really\s+|just\s+)?(?:didnt|did not|never)\s+(?:mean|meant|want)\s+to\s+(?:undo|redo|revert|delete|remove|change|do)(?:\s+(?:it|that|this|them|those|that one|the last (?:change|edit|one)))?(?:\s+(?:at all|lol))?$|^(?:我|我们|刚才|刚刚)*(?:本来)?(?:不该|不应该|不是想|不想|没想)(?:要)?(?:撤销|撤回|撤|删|改|重做)(?:掉)?(?:的|了)*$|^(?:我|我们|刚才|刚刚)*(?:把\p{Han}{1,6}?)?(?:弄|搞|改|调)(?:乱|砸|坏)了?$|^(?:it|that|this|everything|the [a-z]+(?: [a-z]+)?)\s+(?:got|gets|is|was|has been|went|ended up)\s+(?:all\s+|totally\s+|completely\s+|kinda\s+|a bit\s+)?(?:messed|mixed|screwed|mucked|jumbled)(?:\s+up)?$|^(?:it|that|this|they|those|(?:the|my|our) [a-z]+(?: [a-z]+){0,3}?)\s+(?:(?:just|all|both|suddenly)\s+)?(?:disappeared|vanished|went missing|are gone|is gone|got lost|got deleted|got removed|got dropped)(?:\s+(?:now|again|somehow|too))?$|^\p{Han}{1,8}?(?:都|也|全)?(?:不见了|消失了|没了)$|^(?:(?:no|nope|nah)\s+)?(?:that|it|this)\s*(?:'?s|\s+is|\s+was)?\s*(?:nt|not|n't)\s+(?:(?:quite|really|at all|even close to)\s+)?(?:right|correct|it|good|great|ok|okay|what (?:i|we) (?:wanted|meant|asked for|had in mind|was going for|were going for|was after|were after))(?:\s+at all)?$|^(?:that|it|this)\s*(?:'?s|\s+is|\s+was)\s+(?:all\s+|totally\s+|completely\s+|just\s+)?wrong$|^(?:not|nope not)\s+what (?:i|we) (?:wanted|meant|asked for|had in mind)$|^(?:刚才|刚刚|之前|前面)?(?:的)?(?:那|这)?\s*(?:\d{1,3}|[一二两三四五六七八九十]{1,3})?\s*(?:个|步|次|处)?(?:的)?(?:改动|修改|操作|更改|编辑|变化)(?:\s*(?:[a-z]+\s*){1,3}|\p{Han}{1,6}?)?(?:都|也|全|根本)?(?:不认可|不满意|不喜欢|不同意|不接受|不买账|没通过|通不过|不批|否了|否掉了)(?:了|啊|呢|呀)?$"#)

    /// Words only an undo or redo request has: the guard that keeps other requests from being cut up.
    private static let commandHint = Pattern(#"\b(?:undo|undid|redo|revert|go back|step back|roll ?back|take (?:that|it|them|those|these) back|take back|back up|go forward|step forward|(?:change|put|set|make) it back|restore|how it was|like before|(?:put|bring|get) (?:that|the|my) (?:(?:last|previous) )?(?:change|edit|step) back|ctrl|control|cmd|command)\b|撤|回退|后退|退回|返回|恢复|重做|回到|还原|改回|变回"#)
    /// Where a clause ends: punctuation, a dash (also "—", "–"), "and", "but", "because"…; a space
    /// between Chinese words (刚那步搞错了 撤销一下)
    private static let clauseBreak = Pattern(#"(?<=\p{Han})\s+(?=\p{Han})|\s*(?:[,.;:!?，。；：！？…~—–]+|\s-+\s|\s(?:and|but|because|cause|cuz|coz|since|as|then)\s|因为|所以|然后)\s*"#)
    /// Interjections and politeness at either end of a piece (also "can … or not?", a question
    /// as said in Singapore: "can redo or not"; 可不可以…呀, 能不能…: a question that asks; 都 before
    /// the command: 都撤销吧, all of the changes counted beside it; 先撤销两步, 直接撤销: "first", "just";
    /// "on reflection", "on second thoughts", "in hindsight", "I should like to", "I'd love to": a second
    /// thought, said politely: "On reflection, I should like to undo the last two changes I made";
    /// 想了想, 仔细想想, 回头想想: the same in Chinese, and 还是 "after all": 仔细想想，还是撤销最后两步吧;
    /// an emoji said beside it: "nvm 😅 redo it pls", "undo that 🙏").
    private static let chatEnds = Pattern(#"^\s*(?:(?:on (?:second )?reflection|on second thoughts?|second thoughts|in hindsight|come to think of it|(?:now that i )?think(?:ing)? about it|having thought about it|(?:i (?:should|would|d)|id) (?:like|love|prefer)(?: to)?|ugh+|argh+|oops+|oopsie|whoops|woops|oh no|oh+|ah+|hmm+|hm+|um+|uh+|erm?|ok(?:ay)?|k|so|well|actually|hey|sorry|nah|no|nope|wait|damn|dang|shoot|crap|lol|haha+|yeah|yes|yep|hi|hello|omg|wow|alright|sigh|meh|eh|geez|jeez|bruh|dude|never ?mind|nvm|nm|my bad|please|pls|plz|just|(?:can|could|would|will) (?:you|u|ya)|can we|could we|can|lets|i (?:want|need|wanna|would like|d like)(?: to)?|emm+)\b\s*|(?:想了想|想想|仔细想想|仔细想了想|回头想想|再想想|转念一想|还是|哎呀|哎哟|哎|唉呀|唉|呃|啊|额|嗯+|诶|欸|哦|噢|喔|呀|算了|不好意思|对不起|糟糕|好吧|请|帮我|麻烦你?|可不可以|可以|能不能|能否|可否|全都|全部|都|全|先|直接)\s*|[\p{Extended_Pictographic}\x{FE0F}\x{200D}]+\s*)+|(?:\s+(?:please|pls|plz|for me|thanks|thank you|thx|ty|now|right now|real quick|quickly|again|asap|lol|haha+|ok|okay|actually|i mean|i think|i guess|maybe|instead|or not|or no|can or not|can anot|anot)|\s*[\p{Extended_Pictographic}\x{FE0F}\x{200D}]+)+\s*$|(?:吧|了|啊|呀|啦|一下|谢谢|好吗|好不好|可以吗|行吗|麻烦了)+\s*$"#)
    /// A mistake in a number of changes: "i messed up the last 3 edits", "we ruined the past couple of changes",
    /// 最后两步改坏了, 刚才那三次都弄乱了, 刚才那两下改错了, 刚才那两个修改都不对 (the changes counted with 个), "I made two changes by mistake", 我不小心改了两步,
    /// "the last two edits were both wrong", "I don't think I like the last two things I changed",
    /// "we don't like the last 3 edits", "I don't like what the last 2 edits did", "I hate what the last 3 changes did to it",
    /// 我不喜欢最后两次改动.
    private static let countedMistake = Pattern(#"^(?:i|we)\s+(?:totally\s+|completely\s+|kinda\s+|kind of\s+|just\s+|really\s+)?(?:messed|screwed|mucked|mixed|broke|ruined|botched)(?:\s+up)?\s+(?:the\s+|my\s+|our\s+)?(?:last\s+|previous\s+|past\s+|latest\s+)?(\d{1,3}|couple)\s+(?:of\s+)?(?:edits?|changes?|steps?|things?)(?:\s+up)?$|^(?:我|我们)?(?:刚才|刚刚)?(?:最后|最近|那|这)?(\d{1,3}|[一二两三四五六七八九十]{1,3})\s*(?:(?:步|次|下)(?:的)?(?:修改|操作|改动|更改|编辑)?|个(?:的)?(?:修改|操作|改动|更改|编辑))(?:都|全)?(?:(?:改|弄|搞|调)(?:坏|砸|乱|错)了?|(?:不对|错|不好|不行|不好看)(?:了|啊|吧)?)$|^(?:i|we)\s+(?:accidentally\s+|just\s+)?(?:made|did)\s+(?:the\s+|my\s+|those\s+|these\s+)?(?:last\s+)?(\d{1,3}|couple)\s+(?:of\s+)?(?:edits?|changes?|steps?|things?)(?:\s+(?:by (?:mistake|accident)|accidentally|wrong|i didnt (?:mean|want)))?$|^(?:我|我们)?(?:刚才|刚刚)?(?:不小心|手滑|误操作)(?:改|弄|点|做|操作)?了(\d{1,3}|[一二两三四五六七八九十]{1,3})\s*(?:步|次|下)$|^(?:the\s+)?(?:last|previous|past|latest)\s+(\d{1,3}|couple)\s+(?:of\s+)?(?:edits|changes|steps|things)\s+(?:were|are)\s+(?:both\s+|all\s+)?(?:wrong|bad|mistakes|a mistake|terrible|awful|no good)$|^(?:i|we)\s+(?:really\s+|just\s+|actually\s+)?(?:(?:dont|do not|didnt|did not)\s+(?:(?:think|feel like)\s+(?:i|we)\s+)?(?:really\s+)?(?:like|love|want)|hate|dislike)\s+(?:what\s+)?(?:the\s+|my\s+|our\s+|those\s+|these\s+)?(?:last|previous|past|latest)\s+(\d{1,3}|couple)\s+(?:of\s+)?(?:edits?|changes?|steps?|things?)(?:\s+(?:i|you|we)\s+(?:just\s+)?(?:did|made|changed|tried)|\s+(?:did|do|made|changed)(?:\s+to (?:it|the video|the draft))?)?(?:\s+(?:at all|tbh|honestly|actually))?$|^(?:我|我们)?(?:其实|还是|觉得)?不(?:太|是很)?喜欢(?:刚才|刚刚)?(?:的)?(?:最后|最近|上|前|这|那)?\s*(\d{1,3}|[一二两三四五六七八九十]{1,3})\s*(?:步|次|个)(?:的)?(?:修改|操作|改动|编辑|更改)?$"#)
    /// A number of steps said on its own.
    private static let countWords = Pattern(#"^(?:(?:like|maybe|about|around|um|uh|so|actually|i mean|make it|by|just|only|exactly|go|going|all the way|the last|last|my|our|the|before|to before)\s+)*(?:(\d{1,3})\s*(?:(?:steps?|changes?|edits?|times|versions?|moves?|things?)(?:\s+(?:back|ago|before|backwards?|earlier))?|back)|(twice|thrice|couple|both)(?:\s+(?:of\s+)?(?:them|those|these|steps?|changes?|edits?|times))?(?:\s+back)?)$|^(?:大概|就|要|往回|回)?(\d{1,3}|[一二两三四五六七八九十]{1,3})\s*(?:步|次|个版本)(?:之前|以前|前)?$"#)
    /// Leftover words that ask for something, so the request is not only an undo.
    /// "that change", "the last edit", "one change too many" name the change judged, not a wish for one;
    /// nor is "didn't want to undo that" a wish, nor what someone wanted, told (investor那边要的风格不是这样),
    /// nor what was changed wrongly (标题改错了, 音乐调错了), nor the changes named (那两个改动, 那三个修改).
    private static let wish = Pattern(#"\b(?:make|add|use|put|give|(?<!\bthat |\bthe |\bthis |\bmy |\blast |\blatest |\byour |\b1 |\bone )change|turn|set|remove|delete|(?<!\bdidnt )(?<!\bdid not )(?<!\bnever )want|wanna|need|should|could you|can you)\b|要(?!的)|加(?!错)|(?<!喜欢|刚才的?|那个|修)改(?!错|得不对|动(?!一下))|换(?!错)|删(?!错)|调(?!错)"#)
}
