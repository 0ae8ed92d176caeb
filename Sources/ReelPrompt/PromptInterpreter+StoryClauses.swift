import Foundation

/// Clauses around a request that only tell: who is writing again ("Tashi again from the agency"),
/// why the music starts later ("so we skip the slow piano intro"), what the photos mostly are
/// ("since it's mostly action shots"), where the user studies or works (我在西安读大四), and the
/// user's own noun for the photos in an order asked for ("put the elevations in the order I shot
/// them", "put the pages in date order").
extension PromptInterpreter {
    /// Read after ``storyNumberRules``, before ``reasonRules`` and the rules that read settings.
    static let storyClauseRules: [Rule] = [
        // "Tashi again from the agency", "Hi, Maria here from the bakery", "it's Dave again", "me again":
        // who is writing, back with another request (a name as typed in capitals, or "me")
        Rule(#"(?:^|(?<=[,.;!?\x{01}]))\s*(?:(?:hi|hello|hey|hiya|morning|good morning|good afternoon|good evening|ok|okay|so)\s+)*(?:(?:its|it is|this is)\s+)?((?:[a-z]+\s+){0,1}[a-z]+)\s+(?:again|here|back)(?:\s+(?:again|here))?(?:\s+(?:from|at|with|of)\s+(?:the\s+)?(?:[a-z&]+\s+){0,2}?[a-z&]+)?(?=\s*(?:$|[,.;!?\x{01}]))"#) { m, p in
            guard let name = m[1] else { return nil }
            let names = name.split(separator: " ").map(String.init)
            guard !storySettingWord.occurs(in: m.text), !platformHint.occurs(in: m.text), !storyAskingWord.occurs(in: m.text) else { return nil }
            if names == ["me"] { return Found().notNegatable }
            let said = p.said(m.range).split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
            guard let at = said.firstIndex(where: { ["again", "here", "back"].contains($0.lowercased()) }), at >= names.count else { return nil }
            let typed = said[(at - names.count)..<at]
            guard typed.allSatisfy({ $0.first?.isUppercase == true }),
                  !["It", "This", "Its", "I", "We"].contains(typed.first ?? "") else { return nil }
            return Found().notNegatable
        }.needing(["again", "here", "back"]),
        // "(start the song 30 seconds in) so we skip the slow piano intro", "so you don't hear the
        // talking at the start": why the music starts later, what of the song is skipped
        Rule(#"\bso\s+(?:that\s+)?(?:we|you|u|they|people|everyone|viewers|it)\s+(?:(?:can|could|dont|do not|wont|will not|dont have to|never|just)\s+)*(?:skip|skips|miss|misses|avoid|avoids|bypass|bypasses|jump past|jumps past|get past|gets past|skip past|skip over|skips over|hear|sit through|lose|loses|cut out|cuts out|lands? on|gets? to|go straight to|goes straight to)\s+(?:(?:the|that|its|all the|this|those|straight to the|right to the)\s+)(?:[a-z]+\s+){0,3}?(?:intro|introduction|opening|beginning|part|bit|section|build up|buildup|verse|silence|talking|speech|applause|count in|countdown|noise|chorus|drop|hook|good part|best part)\b(?=\s*(?:$|[,.;!?\x{01}]|\s+(?:and|but|then)\b))"#) { _, p in
            musicNamed.occurs(in: p.text) || !p.files.isEmpty ? Found().notNegatable : nil
        }.needing(["intro", "opening", "beginning", "part", "bit", "section", "build", "verse", "silence", "talking", "speech", "applause", "count", "noise", "chorus", "drop", "hook"]),
        // "(60 fps please) since it's mostly action shots", "because they're all landscape photos", "as the
        // pictures are mostly sports shots": why a setting is asked, what the photos mostly are (a shape
        // named there, "since they're all vertical shots", is left to the rules)
        Rule(#"\b(?:since|because|cause|cuz|coz|as|bc)\s+(?:its|it is|theyre|they are|these are|those are|(?:the|my|our|these|those)\s+(?:photos|pictures|pics|shots|images)\s+(?:are|were))\s+(?:(?:mostly|mainly|all|just|only|largely|basically|pretty much|almost all|nearly all|a lot of|lots of|of)\s+)*((?:[a-z]+\s+){0,2}?)(?:shots|photos|pictures|pics|images|portraits|landscapes|selfies|close ups|closeups|candids|snaps|stills)\b(?=\s*(?:$|[,.;!?\x{01}]))"#) { m, _ in
            let kind = m[1] ?? ""
            return storySettingWord.occurs(in: kind) || platformHint.occurs(in: kind) ? nil : Found().notNegatable
        }.needing(["since", "because", "cause", "cuz", "coz", "as ", "bc"]),
        // "Put the elevations in the order I shot them", "could you put the pages in date order", "sort the
        // renders by date": the user's own noun for the photos, before the order asked for (read by the
        // order rules)
        Rule(#"(?:^|(?<=[,.;!?\x{01}]))\s*(?:(?:so|and|but|also|then|now|ok|okay|please|pls|plz)\s+)*(?:(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+|pls\s+|just\s+)?)?(?:put|arrange|sort|order|line up|lay out|place|have)\s+(?:all\s+)?(?:the|my|our|these|those)\s+((?:[a-z]+\s+)?[a-z]+s)(?=\s+(?:in\s+(?:the\s+)?(?:order|date order|chronological order|time order|sequence)\b|chronologically\b|by\s+(?:date|time|when)\b|(?:from\s+)?(?:oldest|earliest|newest|latest)\b))"#) { m, _ in
            let noun = m[1] ?? ""
            return storySettingWord.occurs(in: noun) || platformHint.occurs(in: noun) || wishWord.occurs(in: noun) ? nil : Found().notNegatable
        }.needing(["order", "chronolog", "date", "time", "when", "oldest", "earliest", "newest", "latest"]),
        // "My portrait photography business needs (a quick low-res preview)", "our studio wants (a square
        // version)", "the client would like (a 30 second cut)": who the video is for, opening the ask that
        // follows (read by the rules); a setting named in the subject leaves the clause to them
        Rule(#"(?:^|(?<=[,.;!?\x{01}]))\s*(?:(?:so|and|but|ok|okay|well|hi|hello|hey)\s+)*(?:my|our|the|his|her|their)\s+((?:[a-z]+\s+){0,3}?[a-z]+)\s+(?:(?:really|just|also|now|urgently)\s+)?(?:needs|wants|would like|d like|is after|asked for|has asked for|requested)\s+(?:a|an|some)(?:\s+(?:quick|fast|short|simple|rough|little|small|new))?(?=\s+[a-z0-9])"#) { m, _ in
            let subject = m[1] ?? ""
            return storySettingWord.occurs(in: subject) || platformHint.occurs(in: subject) || wishWord.occurs(in: subject) ? nil : Found().notNegatable
        }.needing(["needs", "wants", "would like", "d like", "is after", "asked for", "requested"]),
        // 我在西安读大四, 我们在成都上班, 我喺香港读书: where the user studies or works, a story only
        Rule(#"(?:^|(?<=[,.;!?，。；！？\x{01}]))\s*(?:我们|我們|我哋|我|本人)(?:现在|現在|目前|今年|还|還)?(?:在|喺|于|於)\p{Han}{1,8}?(?:读书|讀書|念书|念書|上学|上學|读|讀|念|上班|工作|打工|生活|教书|教書)(?:大[一二三四1-4]|研[一二三1-3]|高[一二三1-3]|初[一二三1-3]|大学|大學|高中|初中|小学|小學|研究生|博士|硕士|碩士|中学|中學)?(?=\s*(?:$|[,.;!?，。；！？\x{01}]))"#) { m, _ in
            let rest = String(m.text.drop(while: { $0 != "在" && $0 != "喺" && $0 != "于" && $0 != "於" }).dropFirst())
                .replacingOccurrences(of: #"大[一二三四1-4]|研[一二三1-3]|高[一二三1-3]|初[一二三1-3]"#, with: "", options: .regularExpression)
            return chineseStorySettingWord.occurs(in: String(rest.map(Traditional.simplified))) ? nil : Found().notNegatable
        }.needing(["在", "喺", "于", "於"]),
    ]

    /// The music named anywhere in the request: a reason about its intro goes with it.
    private static let musicNamed = Pattern(#"\b(?:music|song|track|tune|audio|soundtrack|bgm)\b"#)
}
