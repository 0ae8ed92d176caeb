import Foundation

/// Lengths said as a reason rather than asked for: "nobody wants to watch 20 seconds of my cat",
/// "people won't sit through anything longer", and a platform's limit said of the platform
/// ("youtube shorts, which has to be under a minute right?", "isn't the max 90 seconds?").
extension PromptInterpreter {
    /// Read inside ``asideRules``, in its place among them.
    static let platformLimitAsides: [Rule] = [
        // "nobody wants to watch 20 seconds of my cat", "no one will sit through 3 minutes of this":
        // a length in a reason is why, not the length asked for
        Rule(#"\b(?:nobody|no one|no 1|noone|no body|none of (?:my|our|them|us)|not one of (?:my|our) [a-z]+)\s+(?:(?:really|honestly|ever|actually|is going to|s going to|is gonna|will|would|wants? to|wanna|needs? to|has time to|can)\s+)*(?:watch(?:es)?|sit (?:through|thru)|see|sees|look at|looks at|scroll through|put up with|wait through|stick around for|stay for)\s+(?:a whole\s+|a full\s+|all\s+|over\s+|more than\s+)?(?:\d+(?:\.\d+)?|a|an)\s*(?:seconds?|secs?|s|minutes?|mins?|hours?)\b(?:\s+(?:of|worth of)\s+(?:my|our|his|her|their|the|this|that|a|some)?\s*(?:[a-z]+\s+){0,2}?[a-z]+)?(?=\s*(?:$|[,.;!?\x{01}]|\b(?:so|and|but)\b))"#) { _, _ in
            Found().notNegatable
        }.needing(["nobody", "no one", "no 1", "noone", "no body", "none of", "not one"]),
        // "nobody watches anything longer", "people won't sit through anything longer than that", "no one
        // has time for anything longer": why the length asked is short, not "longer" asked for
        Rule(#"\b(?:nobody|no one|no 1|noone|no body|(?:people|kids|viewers|followers|they|folks)\s+(?:dont|do not|wont|will not|never|cant|cannot|don t|won t))\s+(?:(?:really|honestly|ever|actually|even|is going to|s going to|is gonna|will|would|wants? to|wanna|needs? to|can|bother to)\s+)*(?:watch(?:es)?|sit (?:through|thru)|sits (?:through|thru)|finish(?:es)?|stick around for|has time for|have time for|has the patience for|have the patience for|wants?|likes?|scroll(?:s)? through)\s+(?:anything|something|a video|videos|clips|stuff|ones|one|it|them)\s+(?:(?:that|this|any|much|way|a lot)\s+)?(?:longer|long|over that|more than that)(?:\s+than\s+(?:that|this|a minute|\d+(?:\.\d+)?\s*(?:seconds?|secs?|s|minutes?|mins?)))?(?:\s+(?:these days|nowadays|anymore|any more|tbh|honestly|lol))?(?=\s*(?:$|[,.;!?\x{01}]|\b(?:so|and|but)\b))"#) { _, _ in
            Found().notNegatable
        }.needing(["nobody", "no one", "no 1", "noone", "no body", "dont", "do not", "wont", "will not", "never", "cant", "cannot", "don t", "won t"]),
        // "it's going on youtube shorts, which has to be under a minute right?", "… reels, which can't be
        // longer than 90 seconds": the platform's limit, said of the platform, is not a length asked for
        Rule(#"\b(?:which|that|and (?:that|they|it))\s+(?:(?:i think|i believe|apparently|i guess)\s+)?"# + limitVerb + limitLength + #"(?:\s*,?\s*"# + limitTag + #")?(?=\s*(?:$|[,.;!?\x{01}]))"#) { m, p in
            // the platform named right before it, maybe with a comma: "youtube shorts, which …"
            guard platformBefore.occurs(in: (p.text as NSString).substring(to: m.range.location)) else { return nil }
            return Found().notNegatable
        }.needing(["which ", "that ", "and "]),
        // "the limit for shorts is 60 seconds, right?", "isn't the max 90 seconds?", "is there a 3 minute
        // limit on tiktok?", "shorts have to be under a minute, don't they?": a question about the
        // platform's limit, not a length asked for
        Rule(#"(?:^|(?<=[,.;!?\x{01}]))\s*(?:(?:and|but|so|also|oh|btw|wait)\s+)*(?:(?:the\s+)?"# + limitNoun + #"(?:\s+(?:for|on|of)\s+(?:[a-z]+\s+){0,2}?[a-z]+)?\s+(?:is|s)\s+(?:(?:still|like|about|around)\s+)?"# + limitLength + #"|(?:isnt|is)\s+(?:the|there a)\s+"# + limitNoun + #"(?:\s+(?:for|on|of)\s+(?:[a-z]+\s+){0,2}?[a-z]+)?\s+(?:like\s+)?"# + limitLength + #"|is\s+there\s+(?:a|an)\s+"# + limitLength + #"\s*-?\s*(?:time\s+)?(?:limit|max|maximum|cap)(?:\s+(?:for|on)\s+(?:[a-z]+\s+){0,2}?[a-z]+)?|(?:tiktok|tik tok|instagram|insta|youtube|yt|reels?|shorts|stories|snapchat|facebook|fb|they|those|videos there)\s+(?:(?:still|all)\s+)?"# + limitVerb + limitLength + #")(?:\s*,?\s*"# + limitTag + #")?\s*\?"#) { _, _ in
            Found().notNegatable
        }.needing(["limit", "max", "cap", "under", "less", "below", "shorter", "longer", "more", "up to"], and: ["?"]),
    ]

    /// A platform named at the end of the text before a clause about its limit: "youtube shorts, ".
    private static let platformBefore = Pattern(#"\b(?:tiktok|tik tok|instagram|insta|youtube|yt|reels?|shorts|stories|story|snapchat|facebook|fb|feed|status)\s*,?\s*$"#)
    /// What a platform's limit says it may or must be: "has to be under", "can't be longer than",
    /// "must be less than", "can only be", "maxes out at", "caps it at".
    private static let limitVerb = #"(?:(?:has|have|needs?|is supposed|are supposed|s supposed|is meant|are meant|got)\s+to\s+be\s+|(?:must|should|can only|can)\s+be\s+|(?:cant|can not|cannot|mustnt|must not|shouldnt)\s+be\s+|(?:max(?:es)?|tops?|caps?)\s+(?:out\s+)?(?:it\s+)?at\s+|(?:only\s+)?(?:allows?|lets? you (?:post|upload|do))\s+)"#
    /// The length of a platform's limit: "under a minute", "longer than 90 seconds", "60 s max".
    private static let limitLength = #"(?:(?:under|less than|below|shorter than|longer than|more than|over|at most|no more than|no longer than|max(?:imum)?|up to|within)\s+)?(?:a|an|1|half a|\d{1,3}(?:\.\d+)?)\s*(?:minutes?|mins?|min|seconds?|secs?|sec|s|m)\b(?:\s+(?:max|maximum|tops|or less|or under|long))?"#
    /// What a platform's limit is called: "the limit", "the max length", "the time limit".
    private static let limitNoun = #"(?:time\s+|length\s+|video\s+)?(?:limit|max(?:imum)?(?:\s+(?:length|time|duration))?|cap)"#
    /// A tag that makes a statement a question: "right", "isn't it", "don't they", "I think".
    private static let limitTag = #"(?:right|correct|yeah|yes|no|isnt it|is it|doesnt it|dont they|arent they|isnt that right|is that right|i think|i believe|i guess|if im not mistaken|if i remember right|or is it longer now|or something)"#
}
