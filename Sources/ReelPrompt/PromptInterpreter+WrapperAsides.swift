import Foundation

/// Words around an ask that only wrap it or tell its story: the video asked for by "one" ("need one
/// for our Reels"), who it is sent to ("to send my family a video"), a day gone by ("last Saturday"),
/// what the song's opening is like before its start is moved ("the first 45 seconds of that track are
/// just ambient noise"), why the music goes down ("nobody could hear the MC over the song"), and the
/// photos counted as they are made into the video (把这十张照片做成视频).
extension PromptInterpreter {
    /// Read with the other asides, before the rules that would take their words as settings.
    static let wrapperAsideRules: [Rule] = [
        // 帮我把这十张婚宴照片做成视频, 用这10张图做个视频, 將呢十張婚宴相整條片 (Cantonese): the photos counted as they
        // are made into the video (the count is no count to keep, the video no setting)
        Rule(#"(?:帮我把|帮我用|帮我将|请把|麻烦把|把|用|拿|将)(?:这|这些|我的|我们的)\s?(?:\d{1,3}|[一二两三四五六七八九十几]{1,3})\s?张\p{Han}{0,6}?(?:照片|图片|相片|图)(?:做成|做个|做一个|做|剪成|剪个|剪一个|整成|整个|整|弄成|弄个|弄一个|拼成)(?:一)?(?:个|条|段|支)?(?:视频|影片|短片|片子|vlog)"#) { _, _ in
            Found().notNegatable
        }.needing(["张"]),
        // "Need one for our Reels", "we want another for the band's TikTok", "I'd like one for the shop's
        // feed": the video asked for, called "one"; what it is for is read by the rules
        Rule(#"\b(?:need|needs|want|wanna|would like|d like|d love|id like|id love|wed like|wed love)\s+(?:1|another(?:\s+1)?)\b(?![.,:]\d)(?=\s*(?:$|[,.;!?\x{01}—–]|\s-\s|\s+for\s+(?!(?:each|every|all|both|the\s+(?:first|last|photos?|pictures?))\b)[a-z]))"#) { _, _ in
            Found().notNegatable
        }.needing(["need", "want", "like", "love"]),
        // "want to send my family a video", "a square version to send to family", "to send over to my
        // parents back home": who the video goes to, not a command to send it
        Rule(#"\bto\s+send\s+(?:(?:it|this|them|1|a\s+(?:copy|video|vid|film|version|clip))\s+)?(?:(?:over\s+to|home\s+to|back\s+to|to)\s+)?(?:(?:my|our|the|his|her|their|all\s+(?:my|our|the))\s+)?(?:[a-z]+\s+){0,2}?(?:"# + personNoun + #"|relatives|folks|grandkids|mates|colleagues|team|class|friends)\b(?:\s+(?:back\s+)?(?:home|overseas|abroad|in\s+[a-z]+))?(?:\s+(?:a|an)\s+(?:(?:small|short|little|quick)\s+)?(?:video|vid|film|clip|slideshow|movie|copy|version))?"#) { _, _ in
            Found().notNegatable
        }.needing(["send"]),
        // "Wedding at the Grand Lisboa last Saturday", "Last weekend my host family took me along the
        // coast", "this past summer": a day or a time gone by, when the photos were taken
        // (only where it opens or closes a clause: "won her first title last Saturday (14 March!!)" and "passed away
        // last week at 91" are read whole by the story rules)
        Rule(#"\b(?:last|this\s+past)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|week|night|month|year|summer|winter|spring|autumn|fall|term|semester|season|christmas|easter)\b(?!\s*(?:'?s\s+)?(?:seconds?|secs?|minutes?|mins?|photos?|pictures?|pics?|shots?|images?|slides?|clips?|ones?|bit|part)\b)"#) { m, p in
            let ns = p.text as NSString
            guard atClauseMark(ns.substring(to: m.range.location).last(where: { !$0.isWhitespace }))
                    || atClauseMark(ns.substring(from: NSMaxRange(m.range)).first(where: { !$0.isWhitespace })) else { return nil }
            return Found().notNegatable
        }.needing(["last", "past"]),
        // "The first 45 seconds of that track are just ambient noise, can you start the music at 0:45?":
        // the song's opening described, the reason for the start asked beside it (not a length)
        Rule(#"\b(?:first|1st|opening)\s+\d{1,3}(?:\.\d+)?\s*(?:seconds?|secs?|s)\s+(?:or\s+so\s+)?of\s+(?:the|that|this|my|our|his|her|their)\s+(?:song|track|music|tune|soundtrack|recording|audio|file)\s+(?:is|are|was|were|s)\s+(?:(?:just|all|only|basically|mostly|pure|really|kind of|kinda)\s+)*[a-z]+(?:\s+[a-z]+){0,3}?(?=\s*(?:$|[,.;!?\x{01}]))"#) { m, p in
            let ns = p.text as NSString
            let rest = ns.substring(to: m.range.location) + " " + ns.substring(from: NSMaxRange(m.range))
            guard musicStartAsked.occurs(in: rest) else { return nil }
            return Found().notNegatable
        }.needing(["first", "1st", "opening"]),
        // "When we played it over the PA at the presentation nobody could hear the MC over the song", "you
        // can't hear the speeches over the music": the music too loud for what was said, the reason for
        // turning it down
        Rule(#"\b(?:when\s+(?:we|they|i|you|he|she)\s+(?:played|showed|screened|ran|tested|projected|watched|put)\s+(?:it|the video|the slideshow|this|that)(?:\s+(?:on|over|at|in|through|during|for)\s+(?:the|our|my|a|an|their)\s+(?:[a-z]+\s+){0,2}?[a-z]+){0,3}\s*,?\s*(?:nobody|no one|noone|people|we|they|you|guests|everyone|the (?:audience|crowd|guests|room))|nobody|no one|noone|people|we|they|you|guests|everyone|the (?:audience|crowd|guests|room))\s+(?:(?:could|can|cant|couldnt|cannot|could not|can not|were able to|was able to)\s+)?(?:(?:barely|hardly|even|really|properly|actually)\s+)*hear\s+(?:the|her|his|their|our|my|a|any|what)\s+(?:[a-z]+\s+){0,2}?[a-z]+\s+over\s+(?:the|that|this|all the)\s+(?:music|song|track|soundtrack|tune|backing track)\b"#) { m, p in
            let ns = p.text as NSString
            let rest = ns.substring(to: m.range.location) + " " + ns.substring(from: NSMaxRange(m.range))
            guard musicDownAsked.occurs(in: rest) else { return nil }
            return Found().notNegatable
        }.needing(["hear"]),
    ]

    /// Whether the first character beside a phrase (spaces left out) marks a clause's edge: none
    /// (the request's start or end) or a clause mark.
    private static func atClauseMark(_ c: Character?) -> Bool {
        guard let c else { return true }
        return ",.;!?\u{01}".contains(c)
    }

    /// The music's start asked for with a time ("start the music at 0:45", "skip to 45 seconds in").
    private static let musicStartAsked = Pattern(#"\b(?:start|starts|begin|begins|skip|kick in|kicks in)\b[^.?!]{0,40}\d"#)

    /// The music asked quieter ("turn the music down", "lower the song", "quieter").
    private static let musicDownAsked = Pattern(#"\b(?:down|quieter|lower|softer|reduce)\b"#)
}
