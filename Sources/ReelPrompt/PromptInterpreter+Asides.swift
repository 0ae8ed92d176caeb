import Foundation

/// Words that explain rather than ask: "so it uploads faster", "the total doesn't matter",
/// "of our hike", "from my trip to Rome". Taken so they are neither read as requests ("faster")
/// nor reported as not understood.
extension PromptInterpreter {
    /// Read before the other rules: a reason or a "whatever" about something else.
    static let asideRules: [Rule] = [
        // "a 99999999999999999999 second video", "1e300 seconds": no setting takes such a number
        Rule(#"(?<![\d.])(?:\d{10,}(?:\.\d+)?|\d+(?:\.\d+)?e[+-]?\d+)(?![\d.])(?:\s*(?:seconds?|secs?|s|minutes?|mins?|hours?|ms|fps|%|percent|photos?|pictures?|x\s*\d+))?"#) { m, p in
            Found().note("\(p.said(m.range)) is out of range for any setting; nothing was changed for it").notNegatable
        },
        // "the colours are fine", "the order is ok": about what stays as it is
        Rule(#"\b(?:the )?(?:colou?rs?|lighting|colou?r grading|photos|pictures|order|rest)\s+(?:are|is|look|looks|seem|seems)\s+(?:fine|ok|okay|good|great|perfect|alright)\b"#) { _, _ in
            Found().notNegatable
        },
        // "in 720p so it uploads faster": the reason, not a pace
        Rule(#"\bso (?:that )?(?:it|the file|the video|they|people|friends|everyone|i|we)(?: can| will|ll)? (?:uploads?|loads?|renders?|exports?|sends?|downloads?|plays?|fits?|shares?|posts?|looks?|is|are|be|watch|see) (?:faster|quicker|quickly|fast|easily|better|smoothly|smaller|good|nice|great|it)\b"#) { _, _ in
            Found().notNegatable
        },
        // "turn my 10 photos into a video": how many there are, not a change
        Rule(#"\b(?:my|these|those|all (?:my|the|these|of my|of the|of these)|all|of my|of these|the)\s+(\d+)\s+(?:vacation |holiday |trip |travel |family |beach |wedding |new |old )?(?:photos|pictures|pics|images|shots|snaps)\b(?!\s+(?:longer|shorter|each|apiece|per)\b)"#) { m, p in
            // "remove the 2 photos" is about which photos; only a count said while asking for a video is kept
            let before = (p.text as NSString).substring(to: m.range.location)
            guard !Pattern(#"\b(?:remove|delete|drop|cut|keep|use|only|swap|move|first|last)\s*$"#).occurs(in: before) else { return nil }
            return Found().notNegatable
        },
        // "the music can go", "the title has to go"
        Rule(#"\b(?:the\s+)?(music|song|soundtrack|title|caption|transitions|fades|zoom(?:ing)?|motion|ken burns|videos|video clips|clips|footage)\s+(?:can|should|must|has to|have to|needs to|need to)\s+go\b"#) { m, _ in
            switch m[1] ?? "" {
            case "title", "caption": Found(.noTitle)
            case "transitions", "fades": Found(.transition(.cut))
            case "music", "song", "soundtrack": Found(.noMusic)
            case "videos", "video clips", "clips", "footage": Found(.media(.photosOnly))
            default: Found(.motion(.off))
            }
        },
        // "the total doesn't matter", "any length is fine", 多长都行
        Rule(#"\b(?:the )?(?:total |overall |video )?(?:length|duration|total|time)\s+(?:doesnt|does not|dont|do not|wont|will not)\s+matter\b|\b(?:any|whatever) (?:length|duration)(?: is (?:fine|ok|okay)| works)?\b|\b(?:length|duration) is up to you\b|多长都(?:行|可以|无所谓)|时长(?:不限|随意|无所谓)|长度(?:不限|随意|无所谓)"#) { _, _ in
            Found().notNegatable
        },
    ]

    /// Read last: what the video is of ("a 30s short of our hike", "pics from my trip to Rome").
    static let contentRules: [Rule] = [
        // "from these beach photos", "of the wedding pictures"
        Rule(#"\b(?:of|from|with)\s+(?:these|those|the|all (?:these|the|my|our)|my|our)\s+(?:[a-z]+\s+){1,2}(?:photos|pictures|pics|images|shots|snaps)\b"#) { _, _ in
            Found().notNegatable
        },
        Rule(#"\b(?:of|from|about|during|at|for|on)\s+(?:my|our|his|her|their|the kids|mys?|grandmas?|grandpas?|moms?|dads?|the|this|last|that)\s+[a-z]+(?:\s+(?:to|in|at|with|and)?\s*[a-z]+){0,2}(?=\s*(?:$|[,.;!?]|\band\b|\bwith\b|\bbut\b))"#) { _, _ in
            Found().notNegatable
        },
    ]
}
