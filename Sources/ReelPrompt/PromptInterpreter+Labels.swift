import Foundation

/// A few words that name the occasion or the kind of video, said beside an ask ("science fair
/// slideshow", "skate shop edit", "u10 end of season video", "12 Oak St open house"): a label, no
/// setting, with the numbers a label may hold (addresses, counts, group numbers, age groups).
extension PromptInterpreter {
    /// Whether `said` is a few words that name the occasion or the kind of video ("science fair
    /// slideshow", "fire brigade open day"), said first or with a word for a video: no verb,
    /// no wish, no number.
    static func labelAside(_ said: String, opensRequest: Bool) -> Bool {
        guard !said.unicodeScalars.contains(where: { PromptText.isHan(Character($0)) }) else { return false }
        var text = said.lowercased().replacingOccurrences(of: "’", with: "").replacingOccurrences(of: "'", with: "")
        // "end of term video", "end-of-season video", "back to school slideshow": when in the year, not where in the video
        text = labelOccasion.replacing(in: text) { _ in " term " }
        // "family portrait session", "wedding portraits": photos of people, not the shape
        text = labelPortrait.replacing(in: text) { _ in " photos " }
        // "Skate shop edit: only use the clips": "edit" naming the kind of video at the head of the request
        if opensRequest { text = labelEdit.replacing(in: text) { _ in " video" } }
        // "listing video for 12 Oak St", "for a 3 bed house": the number names the place, not a setting;
        // "devlog 14 screenshots", "for my 10th graders": how many photos there are, or who it is for
        if text.contains(where: \.isNumber) {
            text = labelPlaceNumber.replacing(in: text) { _ in " house " }
            text = labelCountNumber.replacing(in: text) { _ in " " }
            text = labelGroupNumber.replacing(in: text) { _ in " troop " }
            text = labelAgeGroup.replacing(in: text) { _ in " troop " }
        }
        // "first dance montage for a couple I played for": who it is for, said after the label
        if let m = labelFor.firstMatch(in: text), !wishWord.occurs(in: m.text), !platformHint.occurs(in: m.text),
           !storySettingWord.occurs(in: m.text) {
            text = (text as NSString).replacingCharacters(in: m.range, with: "")
        }
        let words = text.split { !$0.isLetter && !$0.isNumber }.map(String.init)
        // "eagle scout court of honor video": the small words of a name are not counted, and a label
        // that ends in a word for the video ("girl scout gold award ceremony video") may be a word longer
        let longest = words.last.map(Subjects.heads.contains) == true ? 6 : 5
        guard (1...longest).contains(words.filter { !labelSmallWords.contains($0) }.count), !text.contains(where: \.isNumber) else { return false }
        let clause = words.joined(separator: " ")
        guard opensRequest || labelKind.occurs(in: clause) else { return false }
        return !statementImperative.occurs(in: clause) && !storyAskingWord.occurs(in: clause) && !statementAsk.occurs(in: clause)
            && !wishWord.occurs(in: clause) && !labelWish.occurs(in: clause) && !platformHint.occurs(in: clause)
            && !statementNumber.occurs(in: clause) && !paceWord.occurs(in: clause) && !labelVerb.occurs(in: clause)
            && !readElsewhere.contains { $0.pattern.occurs(in: clause) }
    }

    /// A street address or a home's rooms in a label ("12 Oak St", "a 3 bed house", "2br/1ba condo",
    /// "unit 4b"): a number that is no setting.
    private static let labelPlaceNumber = Pattern(#"\b(?:(?:a|an|the|our|my|this)\s+)?\d{1,3}(?:\.5)?\s*-?\s*(?:bed(?:room)?s?|br|bd|bath(?:room)?s?|ba|storey|story|floor|car)\b(?:\s*(?:,|/|and|&|\+)?\s*\d{1,2}(?:\.5)?\s*-?\s*(?:bath(?:room)?s?|ba|br|bd))?(?:\s+[a-z]+){0,2}?\s+(?:house|home|homes|condo|flat|apartment|apt|unit|villa|cottage|townhouse|townhome|bungalow|cabin|listing|property)\b|\b\d{1,5}[a-z]?\s+(?:[a-z]+\s+){1,2}(?:st|street|rd|road|ave|avenue|lane|ln|drive|dr|court|ct|way|place|pl|blvd|boulevard|terrace|close|crescent|cres|parkway|pkwy|hwy|highway)\b|\b(?:unit|apt|apartment|suite|flat|lot)\s+#?\d{1,4}[a-z]?\b"#)

    /// When in the year a label's occasion is ("end of term", "start of the season", "back to school"):
    /// "end" and "start" that say no place in the video.
    private static let labelOccasion = Pattern(#"\b(?:end|start|beginning|middle|close)(?:\s+|\s*-\s*)of(?:\s+|\s*-\s*)(?:the(?:\s+|\s*-\s*))?(?:school(?:\s+|\s*-\s*))?(?:term|year|semester|season|summer|camp|course|tour|week|month|quarter|trip)\b|\bback(?:\s+|\s*-\s*)to(?:\s+|\s*-\s*)school\b"#)

    /// "skate shop edit", "summer edit": "edit" ending a label, the kind of video (not "another edit",
    /// which asks for a new version).
    private static let labelEdit = Pattern(#"(?<!\b(?:another|new|different|second|other|an|a|the|my|this|that|quick|small|little|few|last|final|one|an other)\s)(?<=[a-z])\s+edit\s*$"#)

    /// Portraits named by the occasion or the people in them ("family portrait", "senior portraits").
    private static let labelPortrait = Pattern(#"\b(?:wedding|family|graduation|grad|engagement|school|studio|baby|newborn|senior|class|group|formal|bridal|couple|couples|pet|self|official|professional|headshot)\s+portraits?\b"#)

    /// How many photos a label has ("14 screenshots", "30 pics") or an ordinal that names people or an
    /// occasion ("10th graders", "5th birthday", "3rd grade"): numbers that are no setting.
    private static let labelCountNumber = Pattern(#"\b\d{1,4}\s+(?:[a-z]+\s+)?(?:screenshots|photos|pictures|pics|images|shots|snaps|stills|slides|renders)\b|\b\d{1,3}(?:st|nd|rd|th)(?=\s+(?:grade|graders?|class|form|year|years|birthday|bday|anniversary|reunion|season|edition|annual|century|place|street|floor|jubilee|wedding)\b)"#)

    /// A group or a place named by its number in a label ("troop 12", "pack 3", "class 4b", "station 9",
    /// "year 6"): a number that is no setting.
    private static let labelGroupNumber = Pattern(#"\b(?:troop|pack|den|crew|team|squad|class|grade|year|room|ward|station|lodge|chapter|local|district|company|platoon|post|engine|ladder|cohort|section|division|unit|cabin|league)\s+#?\d{1,4}[a-z]?\b(?!\s*(?:seconds?|secs?|s\b|ms\b|minutes?|mins?|fps|%|percent|photos?|pictures?|pics|x\b))"#)

    /// A team's age group in a label ("u10 end of season video", "U-14 tournament", "u12 girls"):
    /// a number that is no setting.
    private static let labelAgeGroup = Pattern(#"\bu\s?-?\s?\d{1,2}\b(?!\s*(?:seconds?|secs?|s\b|ms\b|minutes?|mins?|fps|%|percent|photos?|pictures?|pics|x\b))"#)

    /// Small words of a label's name ("court of honor", "lord of the rings night") not counted in its length.
    private static let labelSmallWords: Set<String> = ["of", "the", "a", "an", "and"]

    /// Who a label's video is for, at its end ("for a couple i played for", "for the family we stayed
    /// with", "for our neighbours"): a person, no setting.
    /// "for our audubon chapters page please", "for our cat café plz", "for my portrait photography business
    /// page": up to four words (any letters), a "please" after them.
    private static let labelFor = Pattern(#"\s+for\s+(?:a|an|the|my|our|his|her|their|this|that|some)\s+\p{L}+(?:\s+\p{L}+){0,3}?(?:\s+(?:i|we|you|they)\s+(?:[a-z]+ed|shot|did|met|know|knew|made|sang|taught|worked|work|teach|coach|babysit|babysat)(?:\s+(?:for|at|with|on|in))?)?(?:\s+(?:please|pls|plz|thanks|thx|ty))?\s*$"#)

    /// Words for a video or an occasion ("slideshow", "walkthrough", "open day").
    private static let labelKind = Pattern(#"\b(?:slideshow|slideshw|slidshow|slide show|video|vid|vids|movie|film|reel|montage|recap|session|shoot|walkthrough|walk through|tour|highlights|compilation|tribute|memorial|teaser|promo|night|day|party|event|fair|show|open house|ceremony|celebration|visit|cosplay)\b"#)

    /// Things a label could ask for that a statement names without asking ("our logo", "a split screen").
    static let labelWish = Pattern(#"\b(?:logo|watermark|corner|split|screen|collage|grid|lyrics|karaoke|countdown|map|timer|date|dates|stamp|names|hashtags?|gif|meme|flares?|glow|bokeh|grain|blur|blurred|polaroid|hearts|balloons|snow|fireworks|leaks?|particles|vhs|anime|cartoon|sketch|painting|watercolou?r|neon|rainbow|shake|spin|rotate|rotated|flip|flipped|mirror|mirrored|wipe|whoosh|sfx|applause|quote|quotes|version|copy|edit)\b"#)

    /// Verbs that make a few words a clause, not a label.
    private static let labelVerb = Pattern(#"\b(?:is|are|was|were|be|been|am|has|have|had|do|does|did|can|could|will|would|need|needs|want|wants|like|likes|love|loves|looks?|feels?|seems?|sounds?|gets?|got|goes|went|came|took|taken|picked|chose|chosen|sent|gave|made)\b"#)
}
