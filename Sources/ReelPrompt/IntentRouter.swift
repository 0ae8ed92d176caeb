import Foundation

/// What a request is for, following the product's routing table.
public enum Intent: Sendable, Hashable {
    /// "export", "导出", "download", "send me the video": render or export the current draft.
    case export
    /// "credits", "积分", "balance", "余额": show the cloud credit balance.
    case credits
    /// "status", "状态", "show tracks", "what's in my video right now?", 现在这个影片是什么设定？, 现在草稿里都有些什么？,
    /// 现在草稿里都设了些啥？, 现在draft里都有啥？ (the English word in a Chinese question),
    /// "remind me what the draft looks like right now", 现在草稿里都有啥？给我念叨念叨,
    /// "where are we with the draft, what's in it at the moment?", "the draft now got what inside ah?":
    /// show the timeline summary.
    case status
    /// "upload", "上传", or just file names: upload these files to the cloud session.
    case upload([String])
    /// Anything else: a timeline edit interpreted locally. When the request also asks for
    /// something only the cloud does and Reel is offline, `needsCloud` says what, and
    /// `PromptReport` answers with what was not possible and what was done instead.
    case edit(Interpretation)
    /// An edit that needs the cloud, with Reel online: send `message` to cloud chat.
    case cloudChat(message: String, reason: String)
    /// "undo", "撤销", "undo the last two changes", 撤销两步: go back this many edits
    /// (1 unless a number is said).
    case undo(steps: Int)
    /// "redo", "重做", "redo twice", 恢复两步, 重做一下刚才撤销的那步, 重做刚才那个改动 (the change named as it was made):
    /// apply again this many of the edits last undone.
    case redo(steps: Int)
}

/// Routes a request to export, credits, status, upload, a local edit or cloud chat.
public enum IntentRouter {
    /// Routes `text`.
    ///
    /// A short command ("export", "show tracks") routes to that action; once a request also
    /// asks for changes ("make it 20 s and export") it is an edit, since rendering it is the export.
    /// - Parameters:
    ///   - inputs: files given with the request (for uploads, and to know whether music is at hand).
    ///   - online: whether the cloud can be reached; offline, nothing is routed to it.
    public static func route(_ text: String, inputs: [String] = [], online: Bool = false) -> Intent {
        let prompt = PromptText(text)
        // 刚才那步undo一下: the English command in a Chinese sentence, also read as its Chinese word
        let asked = englishCommandInChinese.replacing(in: prompt.text) { m in m.text.lowercased().contains("undo") ? "撤销" : "重做" }
        if let step = history(prompt.text) { return step }
        if asked != prompt.text, let step = history(asked) { return step }
        // chat or a reason around an undo or redo ("ugh, undo that, like 3 steps back", "go back 2 steps, i messed it up")
        if let step = chatted(prompt.text) { return step }
        if asked != prompt.text, let step = chatted(asked) { return step }
        // "what's in the draft right now? length, size, music, all of it": the state asked, then what of it to tell
        if statusWithDetails(prompt.text) { return .status }
        let interpretation = PromptInterpreter.interpret(text, inputs: inputs)
        if panelWords.occurs(in: prompt.text) { return .status }
        let uploading = uploadWords.occurs(in: prompt.text)
        let edits = interpretation.plan.settings.contains { s in
            switch s {
            case .format, .quality: false
            case .music(let src): !(uploading && src != nil)
            default: true
            }
        }
        let onlyFiles = !prompt.files.isEmpty
            && !PromptText.marker.replacing(in: prompt.text, { _ in "" }).contains { $0.isLetter || $0.isNumber }
        if !edits, interpretation.needsCloud == nil {
            // "how many credits do I have left before I export?": the export said only as when
            let main = laterExport.replacing(in: prompt.text) { _ in "" }
            if exportWords.occurs(in: main) { return .export }
            if creditWords.occurs(in: prompt.text) { return .credits }
            if statusWords.occurs(in: main) { return .status }
            if uploadWords.occurs(in: prompt.text) { return .upload(prompt.files + inputs) }
            if onlyFiles { return .upload(prompt.files + inputs) }
        }
        if let reason = interpretation.needsCloud, online {
            return .cloudChat(message: text, reason: reason)
        }
        return .edit(interpretation)
    }

    /// Whether `text` is a question about the state ("what's in the draft right now?") followed only
    /// by the parts of it to tell: "length, size, music, all of it", "how long is it and which song is on it".
    /// Also after a comma: "remind me what's in the current draft, settings and all", and after a colon:
    /// "remind me what the video has at the moment: how long it is, which song, what title?".
    static func statusWithDetails(_ text: String) -> Bool {
        if statusQuestion(text) { return true }
        // "Sorry, I'm not very good with computers. Can you tell me what the video has in it right now,
        // which song and how long?": a sentence before the question that asks for nothing
        guard let lead = leadSentence.firstMatch(in: text) else { return false }
        let rest = String((text as NSString).substring(from: lead.range.length))
        guard statusQuestion(rest) else { return false }
        let before = PromptInterpreter.interpret((text as NSString).substring(to: lead.range.length))
        return before.plan.settings.isEmpty && before.needsCloud == nil
    }

    /// One or two sentences that open a request, each ended by a full stop or an exclamation mark:
    /// "Sorry, I'm not very good with computers. ", "Hi Reel! I'm new to this. ".
    private static let leadSentence = Pattern(#"^(?:[^.!?。！？]{1,120}[.!。！]+\s+){1,2}(?=\S)"#)

    /// `statusWithDetails` for a text that opens with the question (or a word of chat before it).
    private static func statusQuestion(_ text: String) -> Bool {
        // "wait, what's in the draft right now? how long is it …": a word of chat opens the question
        var text = chatOpening.firstMatch(in: text).map { String((text as NSString).substring(from: $0.range.length)) } ?? text
        // "before I share it, can you tell me what's in the draft right now? length, song, title?": when it is asked
        text = openingLaterExport.firstMatch(in: text).map { String((text as NSString).substring(from: $0.range.length)) } ?? text
        guard let q = text.firstIndex(where: { $0 == "?" || $0 == "？" || $0 == "," || $0 == "，" || $0 == ":" || $0 == "：" }) else { return false }
        let head = text[..<q].trimmingCharacters(in: .whitespaces), tail = String(text[text.index(after: q)...])
        guard statusWords.occurs(in: head), !tail.trimmingCharacters(in: .whitespaces).isEmpty else { return false }
        return statusDetails.occurs(in: tail)
    }

    /// Words of chat before a question about the state, each with its comma: "wait,", "hey reel,",
    /// "ok so,", "quick question:" ("wait, what's in the draft right now? how long is it?").
    private static let chatOpening = Pattern(#"^\s*(?:(?:wait|hey|hi|hello|ok|okay|oh|ah|um+|uh+|hm+|so|sorry|actually|quick question|btw|reel|hey reel|ok so|okay so)\s*[,:!.]\s*)+"#)

    /// An export said only as the time of something else: "before I export", "after we send it to
    /// the family", "before I send this to the family, what's in the draft right now?"; so is a
    /// showing: "before I show the family", "before we play it to the committee".
    static let laterExport = Pattern(laterExportWords)
    private static let laterExportWords = #"(?:\b(?:before|after|when|once|until|till)\s+(?:i|we|you)\s+(?:(?:can|go|get to|finally)\s+)?(?:export|send|download|render|save|share|post|upload)(?:\s+(?:it|this|that|the (?:video|file|draft|slideshow)))?(?:\s+(?:to|with)\s+(?:the\s+|my\s+|our\s+)?[a-z]+)?\b|\b(?:before|after|when|once|until|till)\s+(?:i|we)\s+(?:(?:can|go|get to|finally)\s+)?(?:show|play)\s+(?:(?:it|this|that)\s+)?(?:to\s+)?(?:the\s+|my\s+|our\s+|his\s+|her\s+)?[a-z]+\b)"#

    /// An export said as the time of a question, opening it with its comma: "before I share it, ",
    /// "after we send it to the family: " ("before I share it, what's in the draft right now? length, title?").
    private static let openingLaterExport = Pattern(#"^\s*"# + laterExportWords + #"\s*[,:]\s*"#)

    /// One part of the state to tell: "length", "the size", "music", "all of it", "that kind of thing",
    /// "how long is it", "how long", "which song is on it", "what's the title", "is the song still on", "does it have music", "is there music on it", 多长, 用的什么音乐, 标题是什么;
    /// asked inside the sentence: "how long it is", "which song it uses", "what the title is".
    private static let statusDetail = #"(?:(?:the |its |which |what )?(?:settings and all|and all|settings|length|duration|runtime|size|format|resolution|aspect(?: ratio)?|ratio|orientation|music|song|soundtrack|track|volume|title|photos?|pictures?|pics|order|transitions?|speed|fps|frame ?rate|quality|motion|ken burns|everything|all of it|all that|the works|etc|and so on|(?:that|this) (?:kind|sort) of (?:thing|stuff)|stuff like that|things like that|and stuff|设置|时长|长度|尺寸|比例|音乐|歌|音量|标题|照片|顺序|转场|全部|所有)|how (?:long|big|many (?:photos|pictures|pics)) (?:is|are) (?:it|there|in it)(?: now| right now)?|how (?:long|big) (?:it|the video|the draft) is(?: now| right now)?|how (?:long|big|many (?:photos|pictures|pics))(?= *(?:$|[,?.!/&，？。、]|and\b))|how many (?:photos|pictures|pics) (?:there are|it has|are in it)|(?:which|what) (?:song|music|track|title|transitions?) (?:it (?:uses|has|is using)|it'?s (?:using|got|playing)|is on it|is playing|it is|is used)|what the (?:title|song|music|length|size|format) is|(?:which|what) (?:song|music|track|title|size|transition)s? (?:is|are) (?:on|in|used in|playing in) it|what(?:'?s| is) the (?:title|size|music|song|length|format)|is there (?:any |some |a |still )?(?:music|title|song|soundtrack)(?: (?:on|in) (?:it|there|the video|the draft))?|(?:does|do|did) (?:it|the video|the draft|that) (?:still )?(?:have|has|use|got|come with) (?:any |a |the |some )?(?:music|song|soundtrack|title|transitions?)(?: (?:on|in) (?:it|there))?|has it (?:still )?got (?:any |a |the |some )?(?:music|song|soundtrack|title|transitions?)|is (?:the |my )?(?:music|song|track|soundtrack|title)(?: still)?(?: (?:on|in|there|playing|in it|on it|on there))?|多长|用的什么(?:音乐|歌)|什么(?:音乐|歌|标题)|(?:标题|音乐|歌|时长|尺寸|比例)(?:是|用的是)?(?:什么|啥|多少|多长))"#
    /// The parts to tell, one after another, joined by commas, "and", question marks, each maybe asked
    /// with "remind me" ("what's in the draft right now? Remind me how long it is and which song it's using.").
    /// A filler may open them: "what's in my draft rn? like how long is it and what song", 草稿里有什么？就是多长、什么歌.
    private static let statusDetails = Pattern(#"^(?:\s*(?:[,?.!/&，？。、]|\band\b|\bplus\b|和|还有)?\s*(?:(?:like|i mean|you know|basically|e\.?g\.?)\s*,?\s+|就是|比如|例如)?(?:(?:(?:can|could) you |please |and )?(?:remind|tell|show) me\s+)?"# + statusDetail + #")+\s*[?.!？。]*\s*(?:please|pls|thanks)?\s*[?.!]*\s*$"#)

    /// An undo or redo when the whole of `text` asks for one.
    private static func history(_ text: String) -> Intent? {
        if undoWords.occurs(in: text) { return .undo(steps: 1) }
        if redoWords.occurs(in: text) { return .redo(steps: 1) }
        if let (back, n) = steps(in: text) { return back ? .undo(steps: n) : .redo(steps: n) }
        return nil
    }


    /// "undo" or "redo" written next to Chinese (刚才那步undo一下, 帮我redo).
    static let englishCommandInChinese = Pattern(#"(?<=\p{Han})\s*(?:undo|redo)\b\s*|\b(?:undo|redo)\s*(?=\p{Han})"#)

    /// The product's GUI wording: "open [panel]" and "preview in timeline" ask for the state.
    static let panelWords = Pattern(#"\bopen (?:the )?[\w ]{1,20}? panel\b|\bpreview in (?:the )?timeline\b|打开.{1,8}面板"#)
    // "export", 导出, and 匯出 (汇出 once simplified), the word used in Hong Kong and Taiwan: 用雲端匯出啦
    static let exportWords = Pattern(#"\b(?:export|download|render|save)\b|\bsend (?:me )?(?:the |my |it|this )?(?:video|file|mp4|it)?\b|\bgive me the (?:video|file|mp4)\b|导出|下载|发给我|保存视频|汇出"#)
    static let creditWords = Pattern(#"\bcredits?\b|\bbalance\b|\bhow much (?:do i have|is left)\b|积分|余额|点数"#)
    /// Questions about the state: "status", "what's in the draft right now?", "what's the video set to right now?",
    /// "remind me what the video currently has in it?", "remind me what the current draft is set to?" (when said before the verb; a comma may end it:
    /// "tell me what the slideshow currently has in it, I can't remember what I changed"; "what is in the video at present?",
    /// the time said formally).
    static let statusWords = Pattern(#"\bwhat(?:'?s| is| are) (?:the|my|this|our|it|everything|the whole thing) ?(?:(?:current |latest )?(?:video|draft|slideshow|project|reel|settings|options) )?(?:set to|set at|set up as|set up with)(?: (?:right now|rn|now|currently|at the moment|so far|atm))?(?= ?[?.!]|$)|\b(?:(?:remind|tell|show) me )?what (?:the|my|this|our|it|everything) ?(?:(?:current |latest )?(?:video|draft|slideshow|project|reel|settings|options) )?(?:'s|is|are) (?:(?:currently|now|right now|still) )?(?:set to|set at|set up as|set up with)(?: (?:right now|rn|now|currently|at the moment|so far|atm))?(?= ?[?.!]|$)|(?:\bwhat (?:settings|options) (?:does|do|is|are) (?:my|the|this) (?:draft|video|project|slideshow)(?: (?:have|use|got|using))?(?: (?:now|right now|currently|at the moment|so far))?\b|\bwhat(?:s| is| are) (?:the|my) (?:current )?(?:settings|options)\b|\bwhat (?:settings|options) (?:am i|are we) (?:using|on)(?: (?:now|right now|currently|at the moment))?\b|\b(?:show|tell|give|list)(?: me)? (?:the |my |all the |all my )?(?:current |present |existing )?(?:settings|options)(?: (?:of|for|on|in) (?:my|the|this) (?:draft|video|project|slideshow))?(?: (?:now|right now|currently|at the moment|so far))?\b|(?:当前|现在|目前)(?:的)?(?:设置|参数|配置)|(?:查看|看看|看一下|显示)(?:一下)?(?:当前|现在|目前)?(?:的)?(?:设置|参数|配置)|(?:设置|参数|配置)(?:是什么|是啥|有哪些)|\bhow long is (?:it|the video|the draft|this|that|my video|the slideshow|the vid|my vid)(?: (?:now|right now|rn|atm|currently|at the moment|so far))?\b|\bwhat(?:s| is) the (?:current |total )?(?:length|duration|runtime)(?: (?:now|right now|currently|at the moment))?\b|\bhow many (?:photos|pictures|pics) (?:are|is) (?:there|in it|left)\b|(?:现在|目前|视频)(?:一共|总共)?(?:有)?多长(?:时间)?|(?:视频|现在|目前)(?:的)?(?:总)?(?:时长|长度)(?:是)?多少|\bstatus\b|\bstate\b|\bshow (?:me )?(?:the )?(?:current |whole |full )?(?:tracks|timeline|draft|plan|summary)\b|\bwhat(?:s| is) (?:in )?(?:the )?(?:timeline|draft)\b|\bpreview in (?:the )?timeline\b|\bopen (?:the )?\w+ panel\b|\bsummary\b|\bwhat does (?:the |my |it |this )?(?:draft|timeline|video|project|plan)? ?look like\b|\bhow does (?:it|the draft|the timeline) look\b|状态|轨道|时间线)|(?:\bstatus\b|\bstate\b|\bshow (?:me )?(?:the )?(?:current |whole |full )?(?:tracks|timeline|draft|plan|summary)\b|\bwhat(?:s| is) (?:in )?(?:the )?(?:timeline|draft)\b|\bpreview in (?:the )?timeline\b|\bopen (?:the )?\w+ panel\b|\bsummary\b|\bwhat does (?:the |my |it |this )?(?:draft|timeline|video|project|plan)? ?look like\b|\bhow does (?:it|the draft|the timeline) look\b|\bhow long is (?:it|the video|the draft|my video|this|the whole thing|the slideshow|the vid|my vid)(?: (?:right )?now| rn| currently| at the moment| so far| atm)?(?= ?[?]|$)|\bwhat(?:s| is) the (?:current |total )?(?:length|duration|runtime|running time)(?: (?:right )?now| currently| at the moment| so far)?(?= ?[?]|$)|(?:现在|目前)(?:视频)?(?:有)?多长|视频(?:现在|目前)(?:有)?多长|状态|轨道|时间线)|\b(?:what(?:s| is)|wats?|wuts?)(?: currently| now| presently)? (?:in|on) (?:my|the|this|our) (?:current )?(?:video|draft|slideshow|project|timeline|reel|movie|version|cut|tribute|montage|film|presentation|compilation|vid)(?: (?:right now|rn|now|currently|at the moment|at present|presently|as it stands|so far|atm))?(?= ?[?.!]|$)|\b(?:(?:remind|tell|show) me )?what (?:does |do )?(?:my|the|this|our) (?:current |latest )?(?:video|draft|slideshow|project|version|cut|tribute|montage|movie|film|presentation|compilation|vid) (?:(?:currently|now|right now|at the moment|still) )?(?:have|has|contain|contains|include|includes|use|uses|got)(?: in it)?(?: (?:right now|rn|now|currently|at the moment|at present|so far|atm))?(?= ?[?.!,]|$)|(?:现在|目前|当前)?(?:这个|我的|这支)?\s*(?:影片|视频|片子|草稿|draft|video|project)\s*(?:现在|目前)?(?:里面|里)?(?:现在|目前)?(?:都|到底|一共|总共)?(?:是|有|用了|用的是|设了|设置了|设的|设的是|放了|加了|弄了|改了)(?:些)?(?:什么|哪些|啥)(?:样的|样子|样)?(?:设定|设置|参数|配置|内容|东西)?(?:\s*[?,]?\s*(?:给我|跟我|帮我|和我)?(?:说说|讲讲|念叨念叨|念叨|念念|讲一下|说一下|列一下|列出来|看看)(?:看|吧)?)?(?=\s*[?]|\s*$)|(?:当前|现在|目前)(?:的)?设定|\b(?:(?:remind|tell|show) me )?what (?:the|my|this|our|it) (?:current |latest )?(?:(?:draft|video|slideshow|project|version|cut|timeline|edit) )?(?:looks|look|is looking) like(?: (?:right now|rn|now|currently|at the moment|so far|atm))?(?= ?[?.!]|$)|\bwhere (?:are|r) we (?:at )?(?:with|on) (?:the|my|this|our) (?:current )?(?:draft|video|slideshow|project|edit|reel|cut)\b|\bwhat(?:s| is) in it (?:right now|rn|now|currently|at the moment|at present|so far|atm)(?= ?[?.!]|$)|\b(?:(?:now|rn)\s+)?(?:the|my|this|our)\s+(?:current\s+)?(?:draft|video|slideshow|project|reel|cut)(?:\s+(?:now|rn|currently))?\s+(?:got|has|have)\s+what(?:\s+(?:inside|in it|already|ah|lah|leh|har|huh|one))*(?= ?[?.!]|$)"#)
    static let uploadWords = Pattern(#"\bupload\b|上传"#)
    /// The whole request is "undo" (or "undo that", "go back", 撤销…), also with the English verb
    /// in a Chinese request: 刚才那个改动 undo 一下.
    static let undoWords = Pattern(#"(?:^\s*(?:actually\s+|ok\s+|okay\s+|hmm\s+)?(?:please\s+|lets\s+|let us\s+|can we\s+|can you\s+|could you\s+)?(?:undo(?: (?:that|it|this|(?:the |my |that )?(?:last |previous |latest )?(?:change|edit|step|thing|one|action)(?: (?:you|i|we) (?:just )?(?:did|made))?|what (?:you|i) (?:just )?did))?|go back(?: (?:1 step|a step|1|to (?:the )?(?:previous|last|earlier) (?:version|draft|one)|to (?:how|the way|what) it (?:was|looked)(?: before)?|to before))?|revert(?: (?:that|it|the last (?:change|edit)))?|take (?:that|it|them|those|these|those changes|those edits|these changes) back|撤销(?:刚才|刚刚|上次|上一次|最后一次|上一步|的|修改|操作|改动|编辑|更改|那一步|一步|那个|这个|一下|掉)*|(?:上一步)?撤回(?:刚才|刚刚|上次|上一次|上一步|的|修改|操作|改动|编辑|更改|那一步|一步|一下|掉)*|(?:把)?(?:刚才|刚刚|上一步|上次|上一次|最后一步|最后一次)(?:的)?(?:那|这)?(?:1|一)?(?:步|次|下|个)?(?:的)?(?:修改|操作|改动|编辑|更改)?(?:给我|给)?(?:撤销|撤消|撤回|取消|还原|回退)(?:掉|了|吧|一下)*|回退|取消上一步|返回上一步|(?:还是)?(?:回到|退回到|恢复到|改回|变回)(?:之前|刚才|原来|上一版|上一个版本)(?:的)?(?:那样|样子|版本|那个)?(?:吧)?)\s*[.!]*\s*(?:please|pls)?\s*$)|(?:^\s*(?:please\s+)?(?:undo(?: (?:that|it|this|(?:the |my |that |your )?(?:last |previous |latest |recent |most recent )?(?:change|edit|step|thing|one|1|bit|action)(?: (?:i|you|we) (?:just )?(?:did|made))?|what (?:i|you|we) (?:just )?(?:did|changed|made)))?|go back(?: (?:1 step|a step|1|to (?:the )?(?:previous|last|earlier|old|original) (?:version|draft|one|1)|to (?:how|the way|what) it (?:was|looked)(?: before)?|to (?:what|how) (?:i|we) had(?: before)?|to the original|to before))?|revert(?: (?:that|it|the last (?:change|edit)))?(?: back)?(?: to (?:the )?(?:previous|last|old|original) (?:version|one|1|draft))?|take (?:that|it|them|those|these|those changes|those edits|these changes) back|(?:ctrl|control|cmd|command)\s*[+-]?\s*z|(?:change|put|set|make) it back(?: (?:the way|how|to how|to the way) it was(?: before)?)?|make it (?:like|how it was) before|restore the (?:previous|last|old|earlier) (?:version|draft|one|1)|撤销(?:刚才|刚刚|上次|上一次|最后一次|上一步|的|修改|操作|改动|编辑|更改|那一步|一步|那个|这个|一下|掉)*|(?:上一步)?撤回(?:刚才|刚刚|上次|上一次|上一步|的|修改|操作|改动|编辑|更改|那一步|一步|一下|掉)*|(?:把)?(?:刚才|刚刚|上一步|上次|上一次|最后一步|最后一次)(?:的)?(?:那|这)?(?:1|一)?(?:步|次|下|个)?(?:的)?(?:修改|操作|改动|编辑|更改)?(?:给我|给)?(?:撤销|撤消|撤回|取消|还原|回退)(?:掉|了|吧|一下)*|回退|取消上一步|返回上一步|改回去|改回来|变回去|还原(?:一下)?|(?:把)?(?:(?:刚才|刚刚|上一步|上次|上一次|最后一步|最后一次)(?:的)?(?:那|这)?(?:1|一)?(?:步|次|下|个)?(?:的)?(?:修改|操作|改动|编辑|更改)?|(?:那|这)(?:1|一)?(?:步|次|个)(?:的)?(?:修改|操作|改动|编辑|更改))\s*(?:给我|给)?\s*undo(?:\s*(?:掉|了|吧|一下|它))*|undo\s*(?:掉|一下|吧)(?:\s*(?:吧|啦|了))*|(?:恢复|还原|回到|变回|改回)(?:到)?(?:之前|原来|刚才|上一个版本|上一版|上个版本)(?:的)?(?:样子|版本|那样)?)\s*[.!]*\s*(?:please|pls)?\s*$)"#)
    /// "undo the last 3 edits", "undo the last 3 things I did", "go back 2 steps", "redo twice", 撤销两步, 撤回最近三次修改, 恢复两步:
    /// the whole request is an undo or redo of a number of steps (1–999).
    static func steps(in text: String) -> (back: Bool, count: Int)? {
        guard let m = stepsWords.firstMatch(in: text) else { return nil }
        let back = m[1] != nil || m[4] != nil || m[7] != nil || m[10] != nil || m[12] != nil
        let said = m[2] ?? m[3] ?? m[5] ?? m[6] ?? m[8] ?? m[9] ?? m[11] ?? ""
        let count = said == "twice" || said == "couple" ? 2 : said == "thrice" ? 3 : Int(said) ?? ChineseNumbers.value(of: said) ?? 0
        return count >= 1 ? (back, count) : nil
    }

    /// English: a verb, then "the last 3 changes", "3 times", "twice"; Chinese: a verb, then 3步, 最近3次修改;
    /// or the changes counted first, then undone (刚才改了两次，都撤回吧); the count before the verb, all of them
    /// wanted back (两步都要撤, 三次都得撤回).
    private static let stepsWords = Pattern(#"^\s*(?:please\s+|pls\s+|can you\s+|could you\s+)?(?:(undo|revert|roll back|rollback|take back|step back|go back|back up)|redo|go forward|step forward)\s+(?:(?:the|teh|my|your)\s+)?(?:(?:last|previous|latest|recent|most recent|past)\s+)?(?:x\s*)?(?:(\d{1,3})(?!\s*(?:seconds?|secs?|s|sec|minutes?|mins?|min|ms|fps|frames?|photos?|pictures?|images?|pics?|slides?|shots?|percent|%|:|\.\d)\b)(?:\s+[a-z]+(?:\s+(?:i|you|we)\s+(?:just\s+)?(?:did|made|changed))?)?|(twice|thrice|couple)(?:\s+of)?(?:\s+(?!again\b|please\b|pls\b)[a-z]+)?)(?:\s+(?:again|please|pls|thanks|now))?\s*[.!]*\s*$|^\s*(?:请|帮我|麻烦)?(?:把)?(?:(撤销|撤消|撤回|回退|后退|退回|返回|往回退|往后退|往回撤|往后撤|倒退|撤|退|undo)|重做|恢复|再恢复|前进|往前|redo)\s*(?:刚才|刚刚)?(?:撤销|撤回)?(?:的)?\s*(?:最近|最后|上|前|之前)?\s*(?:的)?\s*(?:(\d{1,3}|[一二两三四五六七八九十]{1,3})\s*(?:步|次|个|下)(?:版本)?|(\d{1,3}|[一二两三四五六七八九十]{1,3})\s*(?:次|个)?\s*(?:的)?\s*(?:修改|操作|改动|编辑|更改))(?:的)?(?:修改|操作|改动|编辑|更改)?\s*(?:吧|了)?\s*[.!]*\s*$|^\s*(?:请|帮我)?(回)到\s*(\d{1,3}|[一二两三四五六七八九十]{1,3})\s*(?:步|次修改|次操作|个版本)(?:之|以)?前\s*(?:的版本|的样子)?\s*[.!]*\s*$|^\s*(?:请|帮我|麻烦)?(?:把)?(?:刚才|刚刚|最近|之前|前面|上面)?(?:的)?(?:那|这)?\s*(\d{1,3}|[一二两三四五六七八九十]{1,3})\s*(?:步|次|个)(?:的)?(?:修改|操作|改动|编辑|更改)?\s*(?:都|全)?(?:要|得)?(?:给)?(?:(撤销|撤消|撤回|回退|退回|撤)|重做|恢复)(?:掉|了)?\s*(?:吧|了)?\s*[.!]*\s*$|^\s*(?:刚才|刚刚|之前|前面|我)*(?:改了|调了|改动了|修改了|动了|做了|弄了|操作了)\s*(\d{1,3}|[一二两三四五六七八九十]{1,3})\s*(?:次|下|步|个地方|处)\s*[,，]?\s*(?:都|全|全部|一起)?(?:给我|给|帮我)?(撤销|撤消|撤回|回退|取消|还原)(?:掉|了)?\s*(?:吧|了|啊)?\s*[.!]*\s*$"#)

    /// The whole request is "redo" (重做…, 刚才撤销的 redo 一下).
    /// What was undone, named before or after 重做: 刚才撤销的那步, 把刚才撤回的操作 (重做一下刚才撤销的那步,
    /// 把刚才撤销的那步重做一下); may be empty.
    private static let undoneZh = #"(?:(?:把)?(?:刚才|刚刚|之前|我)*(?:撤销|撤回|撤掉|撤消|撤)了?的(?:那|这)?(?:1|一)?(?:步|次|个|下)?(?:修改|操作|改动|编辑)?)?"#
    /// Words between what was undone and 重做 that change nothing: 刚才撤销的那步还是重做吧 ("redo it after all"),
    /// 撤销的那步就重做吧, 刚才撤回的给我重做一下.
    private static let afterAllZh = #"(?:还是|就|还|也|给我|帮我)?"#
    static let redoWords = Pattern(#"(?:^\s*(?:actually\s+|ok\s+|okay\s+)?(?:please\s+|lets\s+|can you\s+|could you\s+)?(?:redo(?: (?:that|it|this|(?:the |my |that )?(?:last |previous )?(?:change|edit|step)|what (?:i|you|we) (?:just )?(?:undid|undone|took back)))?|(?:bring back|put back|restore|redo|reapply|re-apply) (?:what|the (?:change|edit|step|thing)(?: that)?) (?:i|you|we) (?:just )?(?:undid|undone|removed|took back|reverted)|undo the undo|"# + undoneZh + afterAllZh + #"重做(?:一下)?|重做(?:一下)?"# + undoneZh + #"|再做一次(?:刚才|刚刚)?(?:撤销|撤回)的(?:操作|修改|那一步)?|把撤销的(?:操作|修改)?恢复|恢复(?:刚才|刚刚)?(?:上一步|撤销|撤回)?(?:的)?(?:操作|修改|那一步)?)\s*[.!]*\s*(?:please|pls)?\s*$)|(?:^\s*(?:please\s+)?(?:redo(?: (?:that|it|this|(?:the |my |that )?(?:last |previous )?(?:change|edit|step)|what (?:i|you|we) (?:just )?undid|the (?:last )?undo|(?:the |that )?(?:last )?(?:thing|one|1|change|edit) (?:i|you|we) (?:just )?undid))?|undo the undo|(?:ctrl|control|cmd|command)\s*[+-]?\s*(?:y|shift\s*[+-]?\s*z)|(?:把)?(?:刚才|刚刚)?(?:撤销|撤回)?(?:的)?(?:那|这)?(?:1|一)?(?:步|次|个)?(?:的)?(?:修改|操作|改动)?\s*(?:给我|给)?\s*redo(?:\s*(?:一下|吧|了))*|"# + undoneZh + afterAllZh + #"再?重做(?:一下)?|再?重做(?:一下)?"# + undoneZh + #"|再?重做(?:一下)?(?:刚才|刚刚)(?:的)?(?:那|这)?(?:1|一)?(?:步|次|个|下)?(?:的)?(?:修改|操作|改动|编辑|更改)?|再做一次(?:刚才|刚刚)?(?:撤销|撤回)的(?:操作|修改|那一步)?|把撤销的(?:操作|修改)?恢复|再?恢复(?:刚才|刚刚)?(?:上一步|撤销|撤回)?(?:的)?(?:操作|修改|那一步)?)\s*[.!]*\s*(?:please|pls)?\s*$)"#)
}
