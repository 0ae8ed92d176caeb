import Foundation

/// Statements said beside an ask that was understood: "I ran my first marathon last weekend",
/// "people scroll fast", "client wants it tonight", "the dog videos are all blurry".
///
/// The reason rules (``reasonRules``) take a clause only when it names no setting at all, so
/// that a complaint that could be an ask ("the transitions drag") is never dropped on its own.
/// Beside an ask the interpreter read, a clause built as a statement — a subject and a verb, no
/// order or wish — is the reason for that ask or a story around it. Such a clause is still
/// reported when it names something Reel could change that nothing else changed (``wishWord``):
/// "the colours look washed out" beside "make it 30 seconds" is a wish, not a story.
extension PromptInterpreter {
    /// Whether a clause left over (as the user typed it) is a statement around the request:
    /// English, a subject and a verb, no ask, no wish and nothing a rule reads.
    ///
    /// - Parameter paceRead: whether the request changed the video's or a photo's length or
    ///   the transitions: then "it feels too quick" and "people scroll fast" are its reasons.
    /// Whether a part of the request no rule took is a reason or a story around an ask that was
    /// read (`plan`): the part said as a statement; or its whole clause, with the words of the
    /// settings the plan changes ("the crossfades drag" beside "make them quicker"); or a label
    /// of what the video is ("jazz club night", "newborn session").
    static func aside(_ left: Scan.Leftover, reading plan: [Setting]) -> Bool {
        let pace = plan.contains(where: \.changesPace)
        if statementAside(left.said, paceRead: pace) { return true }
        if statementClause(left, reading: plan) { return true }
        if chineseStatement(left.said, paceRead: pace) { return true }
        if chineseAnswered(left.said, reading: plan, paceRead: pace) { return true }
        if chineseLeadIn(left) { return true }
        if complaintAside(left.said, reading: plan) { return true }
        if bracketAside(left) { return true }
        if titleSaidAgain(left.said, reading: plan) { return true }
        if labelAside(left.said, opensRequest: left.opensRequest) { return true }
        if answeredAside(left.said, reading: plan) { return true }
        if photoSaidOf(left.said, reading: plan) { return true }
        // "I want Mochi as she is now [at the start]" beside "newest first": the clause names what the plan does
        if left.clause != left.said, answeredAside(left.clause, reading: plan) { return true }
        return storyByDefault(left.said)
    }

    /// Whether a part left over names a setting only as what the plan already does, and is story by
    /// default once those words are left out: "so the order's a mess" beside "oldest to newest", "I
    /// want the cakes to sit still" and "the family wants them still" beside "no Ken Burns". Its
    /// words of asking are kept out of the test: what it asks for is what was read.
    static func answeredAside(_ said: String, reading plan: [Setting]) -> Bool {
        var text = said.lowercased().replacingOccurrences(of: "’", with: "'")
        guard !text.contains(where: \.isNumber), text.split(separator: " ").count <= 14 else { return false }
        let before = text
        for (group, read) in answeredWords + answeredByAsk where plan.contains(where: read) { text = group.replacing(in: text) { _ in " " } }
        guard text != before else { return false }
        return !storySettingWord.occurs(in: text) && !platformHint.occurs(in: text) && !wishWord.occurs(in: text)
            && !labelWish.occurs(in: text) && !reasonStyleWord.occurs(in: text) && !defaultThingAsked.occurs(in: text)
    }

    /// Whether a setting is a transition: between all photos, into named ones, or all but named ones.
    private static let readsTransition: @Sendable (Setting) -> Bool = {
        switch $0 {
        case .transition, .transitionDuration, .onPhotos(_, .transition), .exceptPhotos(_, .transition): true
        default: false
        }
    }

    /// Whether a setting edits photos named by number or place (moved, swapped, removed, each one's own look or time).
    private static let readsNamedPhotos: @Sendable (Setting) -> Bool = {
        switch $0 {
        case .onPhotos, .exceptPhotos, .movePhoto, .swapPhotos, .removePhoto, .photoLength, .scalePhotos, .addPhotoTime: true
        default: false
        }
    }

    /// Whether a setting is a hard cut: between all photos, between named ones, or all but named ones.
    private static let readsHardCut: @Sendable (Setting) -> Bool = {
        switch $0 {
        case .transition(.cut), .onPhotos(_, .transition(.cut)), .exceptPhotos(_, .transition(.cut)): true
        default: false
        }
    }

    /// The words of a setting said as a story or a wish, and whether a setting of the plan does it:
    /// the photos' order ("the order's a mess") by a new order, photos kept still ("sit still") by no motion,
    /// the title by a title's place or size, a lower level by the music turned down.
    private static let answeredWords: [(Pattern, @Sendable (Setting) -> Bool)] = [
        (Pattern(#"\b(?:order|sequence|ordering|chronological|chronologically)\b"#), {
            if case .order = $0 { true } else { false } }),
        (Pattern(#"\b(?:(?:sit|sits|stay|stays|stand|be|remain|kept|keep|held|hold|look)\s+)?(?:still|static|steady|motionless)\b"#), {
            if case .motion(.off) = $0 { true } else { false } }),
        // "also the title put at the bottom can?" beside "at the bottom": the title the place was said of
        (Pattern(#"\b(?:title|titles|caption|captions|heading)\b"#), {
            switch $0 { case .title, .titlePosition, .scaleTitle, .titleDuration, .titleOn: true; default: false } }),
        // "I want the reveal to hit hard" beside "no transition between photo 3 and 4": how a hard cut lands;
        // "I want it to snap like a [jump cut]" (the cut itself read by the transition rules)
        (Pattern(#"\b(?:hit|hits|land|lands|punch|punches|pop|pops|snap|snaps|come in|comes in|drop|drops)\s+(?:(?:really|so|extra|super|way|nice and)\s+)?(?:hard|harder|instantly|suddenly|all at once|out of nowhere|with a bang|like a truck)\b|\b(?:snap|snaps|jump|jumps|cut|cuts|hit|hits|land|lands|punch|punches|pop|pops|kick|kicks|crack|cracks)(?:\s+(?:right|straight|in))?\s+like\s+(?:a|an|the)\b"#), readsHardCut),
        // "to mark the move from the earlier collection to the later one", "to signal the switch to the night
        // photos" beside a fade to black: the change of part the transition marks
        (Pattern(#"\bto\s+(?:mark|signal|show|signpost|flag|announce|indicate|set off|break up)\s+(?:the\s+|a\s+)?(?:move|change|switch|shift|jump|step|break|turn|leap|passage|divide|split|handover|change of (?:scene|part|chapter|section))\s+(?:from|between|to|into)\b"#), readsTransition),
        // "The last three photos are our memorial for the pets", "the first two pics were the ceremony" beside an
        // edit of named photos: what those photos are
        (Pattern(#"^\s*(?:(?:and|but|so|also|ok)\s+)*(?:the\s+)?(?:last|first|final|opening|closing|next)\s+(?:two|three|four|five|six|few|couple(?:\s+of)?)\s+(?:photos|pictures|pics|shots|images|slides|ones)\s+(?:are|were|show|showed|is)\b"#), readsNamedPhotos),
        // "The kitten should come early", "the cake has to be near the end" beside a swap or a move: where the
        // photo named by what it shows lands
        (Pattern(#"\b(?:come|go|be|appear|show up|sit|land|pop up|turn up)\s+(?:(?:a\s+bit|a\s+little|a\s+lot|much|way|really|right|nice and)\s+)?(?:early|earlier|sooner|first|later|late|last|up front|(?:near|nearer|towards?|at)\s+the\s+(?:start|end|beginning|front|back|top))\b"#), {
            switch $0 { case .order, .movePhoto, .swapPhotos: true; default: false } }),
        // "it's one trick split into two shots", "it should feel like one continuous move" beside
        // "no transition between photos 7 and 8": why the two photos are joined by a cut
        (Pattern(#"\b(?:one|a single|the same)\s+(?:(?:continuous|long|single|smooth|unbroken|big)\s+)?(?:trick|move|motion|movement|shot|take|moment|jump|action|sequence|pour|swing|throw|run|flip|spin|dive|catch)\b(?:\s+(?:split|broken|cut)\s+(?:up\s+)?(?:into|across|over)\s+(?:two|2|three|3)\s+(?:shots|photos|pictures|pics|frames|images))?"#), readsHardCut),
        // "I want to open with today's catch", "Mochi as she is now at the start and her kitten pics at the
        // end" beside "newest first": where the photos land in the new order
        (Pattern(#"\b(?:open|opens|opening|start|starts|begin|begins|end|ends|close|closes|finish|finishes)\s+(?:with|on)\b|\b(?:(?:[a-z]+\s+){0,2}(?:photos?|pictures?|pics?|images?|shots?)\s+)?at\s+the\s+(?:start|end|beginning|front|back)\b"#), {
            if case .order = $0 { true } else { false } }),
        // "with a slow zoom in on every tree please": the photos named by what they show, every one
        (Pattern(#"\b(?:on|for|into|across)\s+(?:every|each|all(?:\s+(?:the|of the))?)\s+(?!(?:photos?|pictures?|pics?|images?|slides?|shots?|clips?|videos?|other|second|third|but|except)\b)[a-z]+\b"#), {
            switch $0 { case .motion, .scaleZoom: true; default: false } }),
        // "Please crop" beside "so people's faces stay in frame": the crop the framing says how to do;
        // "half of us got cut off last time": what the framing answers
        (Pattern(#"^\s*(?:(?:please|pls|just|and|so|also)\s+)*crop(?:\s+(?:it|them|the photos|the pictures|everything))?\s*$|\b(?:(?:half|most|some|all|a few|one|two|three|several|many)\s+of\s+(?:us|them|the\s+[a-z]+)\s+)?(?:got|get|were|was|are|kept getting|keep getting|getting)\s+(?:cut|cropped|chopped)\s+(?:off|out)(?:\s+(?:last time|before|again|every time|in the last one))?"#), {
            if case .focus = $0 { true } else { false } }),
        // "last time it cut off half a kitten", "half the group shots cut off somebody's head" beside "keep the faces
        // in frame": what the framing answers
        (Pattern(#"\b(?:(?:last\s+time|the\s+last\s+one|last\s+version|before|previously)\s+)?(?:(?:it|they|you|the app)\s+|(?:(?:half|most|some|all|a few|a lot|lots|many|several|one|two|three|a couple)\s+(?:of\s+)?)?(?:the|my|our|these|those)\s+(?:[a-z]+\s+)?(?:shots|photos|pictures|pics|images|crops|frames)\s+(?:(?:always|all|just|keep|kept)\s+)?)?(?:cut|cuts|chopped|chops|cropped|crops|sliced|chop|crop|slice)\s+(?:off|out)\b"#), {
            if case .focus = $0 { true } else { false } }),
        // "I want it to snap" beside "no transition between photo 6 and 7": the cut itself; "a hard jump when
        // the whistle goes": the moment the cut lands on
        // "I want that jump to feel sudden", "so the change feels abrupt" beside "no transition between photos 6 and 7":
        // how the cut should feel
        (Pattern(#"\b(?:(?:jump|cut|change|switch|shift|transition)s?\s+(?:to\s+)?)?(?:feel|feels|be|is|look|looks|seem|seems|come across as)\s+(?:(?:really|so|more|very|super|properly|a bit|kind of|kinda|nice and)\s+)?(?:sudden|abrupt|sharp|jarring|instant|snappy|punchy)\b"#), readsHardCut),
        (Pattern(#"\b(?:snap|snaps|jump|jumps)(?:\s+(?:straight|right)\s+(?:in|over|across))?\s*$|^\s*(?:(?:right|exactly|just)\s+)?(?:when|as|the moment|the second)\s+(?:the|she|he|they|we|it|our|my|his|her|their)\b"#), readsHardCut),
        // "we want to end where we started" beside "reverse the order": where the new order lands
        (Pattern(#"\b(?:end|ends|finish|finishes|start|starts|begin|begins|open|opens|close|closes)(?:\s+(?:where|how|the way)\s+(?:we|i|it|they|you)\s+(?:started|began|ended|finished|opened))?\s*$"#), {
            if case .order = $0 { true } else { false } }),
        // "they should look like they're standing on a stage", "it should feel like they're posed on a shelf" beside
        // "keep the photos still": what the still photos look like
        (Pattern(#"\b(?:(?:should|must|need to|needs to|to|would|will|can)\s+)?(?:look|looks|feel|feels|seem|seems)\s+(?:like|as if|as though)\s+(?:(?:they|it|he|she|we|the\s+[a-z]+)(?:\s*'?\s*(?:re|s)|\s+(?:are|is|were|was))?\s+)?(?:(?:just|really|actually|all)\s+)?(?:standing|sitting|posing|posed|frozen|hanging|displayed|on display|perched|placed|set up|lined up|mounted|framed)\b(?:\s+(?:on|in|at|behind|under|against)\s+(?:a|an|the|their|its|his|her)\s+(?:[a-z]+\s+){0,2}?[a-z]+)?"#), {
            if case .motion(.off) = $0 { true } else { false } }),
        // "so it covers the whole first-dance intro" beside "twice as long": what the new length is for
        (Pattern(#"^\s*so\s+(?:that\s+)?(?:it|the video|the slideshow|the whole thing)\s+(?:covers|fills|spans|lasts through|runs through|goes through|goes over)\s+(?:the\s+)?(?:whole\s+|entire\s+|full\s+)?[a-z' -]+$"#), { $0.changesPace }),
        // "I'll show the team before we do the proper one" beside "a rough preview": what the preview is for
        (Pattern(#"\b(?:(?:i|we)\s*'?\s*(?:ll|will|want to|wanna|need to|have to|just want to)|going to|gonna)\s+show\s+(?:it\s+to\s+)?(?:the|my|our)\s+[a-z]+(?:\s+before\s+(?:we|i|you)\s+(?:do|make|render|export)\s+(?:the\s+)?(?:proper|real|final|full|good|high res|hi res|big)\s+(?:one|version|cut))?"#), {
            if case .quality = $0 { true } else { false } }),
        // "Can you turn the pics from our parade (March 17) into a YouTube Short?": the photos the shape is
        // asked for, the rest of the clause said of them
        (Pattern(#"^\s*(?:(?:can|could|would|will)\s+you\s+|please\s+|pls\s+)?(?:turn|make|convert|put)\s+(?:the|my|our|these|those|all\s+(?:the|my|our))\s+(?:pics|photos|pictures|images|shots|snaps)\s+(?:from|of)\b"#), {
            if case .aspect = $0 { true } else { false } }),
        // "it's really a YouTube Short, so make it one": the shape of the platform just named
        (Pattern(#"^\s*(?:so\s+)?(?:please\s+)?make\s+(?:it|this)\s+(?:one|that)\s*(?:please|pls)?\s*$"#), {
            if case .aspect = $0 { true } else { false } }),
        // "because the lobby screen at our condo is square one" beside "square": where it plays, the shape read
        (Pattern(#"\b(?:screens?|monitors?|displays?|tvs?|projectors?)\b"#), {
            if case .aspect = $0 { true } else { false } }),
        // "the sponsors want more time to see their logos" beside "twice as long", "kite jumps need a moment to
        // land" beside "four and a half seconds each", "the kids need time to follow
        // the moves", "visitors need time to read the labels" beside "slower transitions": the time asked, given by
        // a longer video or slower transitions
        (Pattern(#"\b(?:(?:more|enough|extra|longer)\s+time|(?:need|needs|needed)\s+(?:(?:a\s+)?(?:bit|little|some)\s+(?:of\s+)?)?time|(?:need|needs|needed|take|takes|deserve|deserves)\s+(?:a\s+)?(?:(?:little|bit of a|few|couple)\s+)?(?:moment|moments|second|seconds|sec|secs|beat|breath|breather|minute)(?:\s+or\s+two)?)\b(?:\s+to\s+(?:see|read|take in|look at|enjoy|notice|spot|find|follow|catch|process|absorb|recognise|recognize|understand|learn|copy|take it in|land|sink in|register|breathe|settle|play out|finish|complete|come down|unfold)(?:\s+(?:the|each|every|all the|all|their|our)\s+(?:slides?|photos?|pictures?|pics|text|captions?|words|signs?|labels?|names?|faces?|details?))?)?"#), {
            switch $0 {
            case .scaleDuration(let f): f > 1
            case .addDuration(let ms): ms > 0
            case .totalDuration, .photoDuration, .transitionDuration: true
            case .scalePhotos(_, let f): f > 1
            case .scaleTransitions(let f): f > 1
            default: false
            } }),
        // "since the birds are tiny", "the hawks are so far away" beside a zoom in: what the zoom answers
        (Pattern(#"\b(?:(?:so|really|very|super|pretty|quite|kinda|too)\s+)?(?:tiny|small|little|far away|far off|distant|hard to see|hard to spot)\b(?:\s+in\s+(?:the\s+)?(?:frame|shot|shots|photos?|pictures?|pics))?"#), {
            switch $0 { case .motion(.zoomIn): true; case .scaleZoom(let f): f > 1; default: false } }),
        // "60fps, the moves need to look smooth": what a higher frame rate answers
        (Pattern(#"\b(?:(?:look|looks|be|feel|feels|stay|play|run)\s+)?(?:(?:really|super|nice and|extra|very)\s+)?(?:smooth|smoother|fluid|silky|buttery|buttery smooth|not choppy|not laggy|not jerky)\b"#), {
            if case .frameRate = $0 { true } else { false } }),
        // "the choir should be the star", "so the vows can be heard", "her speech needs to stand out" beside the
        // music turned down: what the quieter music leaves room for
        (Pattern(#"\b(?:(?:should|must|needs? to|has to|have to|to|can|could|will|gets? to)\s+)?(?:be\s+(?:the\s+)?(?:star|stars|hero|heroes|focus|main (?:thing|event|act|attraction)|(?:centre|center) of attention|highlight)|be heard|stand out|shine|come through|carry it)\b"#), {
            switch $0 { case .adjustMusicVolume(let d): d < 0; case .musicVolume(let v): v < 0.35; default: false } }),
        // "the girls want it loud at the banquet", "we like it cranked" beside the music turned up, "grandma wants
        // it soft", "keep it low for the service" beside the music turned down: the level asked, said again as its reason
        (Pattern(#"\b(?:(?:nice and|really|extra|super|very|so|good and|real|pretty)\s+)?(?:loud|louder|booming|blasting|cranked|pumping)\b"#), {
            switch $0 { case .adjustMusicVolume(let d): d > 0; case .musicVolume(let v): v > 0.35; default: false } }),
        (Pattern(#"\b(?:(?:nice and|really|extra|super|very|so|good and|real|pretty)\s+)?(?:quiet|quieter|soft|softer|low|lower|hushed)\b"#), {
            switch $0 { case .adjustMusicVolume(let d): d < 0; case .musicVolume(let v): v < 0.35; default: false } }),
        // "I want it to snap to the reveal", "it should jump straight into the finish line" beside a hard cut: the
        // moment the cut lands on
        (Pattern(#"\b(?:snap|snaps|jump|jumps|cut|cuts|go|goes)\s+(?:(?:straight|right|instantly)\s+)?(?:to|into|onto)\s+(?:the|that|this|her|his|their|our|my)\s+(?:[a-z]+\s+){0,2}?[a-z]+\s*$"#), readsHardCut),
        // "I want people to see the glaze texture up close", "so you can see the stitching in detail" beside a zoom
        // in: what the zoom brings close
        (Pattern(#"\b(?:up close|close up|close-up|up-close|in detail|in more detail|every detail|all the details?)\b"#), {
            switch $0 { case .motion(.zoomIn): true; case .scaleZoom(let f): f > 1; default: false } }),
        // "the auto-framing keeps aiming at the wrong thing", "the smart crop always picks the sky" beside a centre
        // crop: what the plain crop replaces
        (Pattern(#"\b(?:auto|automatic|smart)\s*-?\s*(?:framing|crop|cropping|crops|focus)\b"#), {
            if case .focus = $0 { true } else { false } }),
        // "the photo of me on the step stool is my favourite" beside "move photo 7 to the start": the photo the
        // edit is about, said by what it shows (the edit names it by number)
        (Pattern(#"^\s*(?:(?:so|and|but|because|cause|since|lol)\s+)*(?:the|that|this)\s+(?:photo|picture|pic|shot|one)\s+(?:of|with|where)\b"#), {
            switch $0 { case .movePhoto, .onPhotos, .photoLength, .scalePhotos, .addPhotoTime: true; default: false } }),
        // "the song too loud leh, can lower abit?": the music turned down, asked again
        (Pattern(#"\b(?:lower|softer|quieter|reduce)\b(?:\s+(?:a\s*bit|abit|a little|little bit|slightly|a tad))?"#), {
            switch $0 { case .adjustMusicVolume(let d): d < 0; case .musicVolume(let v): v < 0.35; default: false } }),
    ]

    /// Whether a part left over beside an ask that was read is story by default: it holds no
    /// number, names no setting, platform, look or effect, and asks for nothing ("Gary's gonna
    /// complain otherwise", "our keeper never lets one in", 那两张是去年拍的). What Reel cannot do
    /// is still reported, because it names a look or a thing to add ("make it sparkle", "with
    /// confetti"): ``wishWord``, ``labelWish`` and ``reasonStyleWord`` list them.
    static func storyByDefault(_ said: String) -> Bool {
        var text = said.lowercased().replacingOccurrences(of: "’", with: "'")
        // "quick one between 12-hour shifts", "quick question before my flight": the request called quick, no pace
        if text.holds("quick") { text = quickRequest.replacing(in: text) { _ in " " } }
        // "one more thing — please change the title", "oh, and one last thing": another ask announced, no setting
        if text.holds("thing") || text.holds("request") || text.holds("change") { text = anotherAsk.replacing(in: text) { _ in " " } }
        // "nothing about me is small": a word of a setting said of a person
        if text.holds("about") { text = aboutSomeone.replacing(in: text) { _ in " " } }
        // "documenting my tiny house build", "a big day for us": a size that names a kind of thing, not the title's
        text = sizedThing.replacing(in: text) { _ in " " }
        // "of a vertical garden we put up", "the vertical farm we run": a thing that stands upright, no shape of the video
        if text.holds("vertical") { text = verticalThing.replacing(in: text) { m in String(m.text.dropFirst(8)) } }
        // "it's the T1 transition area footage from the race": a triathlon's transition, no transition of the video
        if text.holds("transition") || text.holds("t1") || text.holds("t2") { text = raceTransition.replacing(in: text) { _ in " " } }
        // "announcing the move to 14 Baker Street": what the video announces, no motion
        if text.holds("announc") || text.holds("celebrat") || text.holds("marking") {
            text = announcedEvent.replacing(in: text) { _ in " " }
        }
        // "cannot hear me take order": a customer's order (``customerOrder``), no order of the photos
        if text.holds("order") { text = customerOrder.replacing(in: text) { _ in " " } }
        // "(she's 7, first solo!!)": a first in someone's life, no first photo
        if text.holds("first") || text.holds("1st") { text = lifeFirst.replacing(in: text) { _ in " " } }
        // "we are so proud of him anyway can you make it (vertical)": a run-on story up to the ask, whose
        // setting was read after it; "he graduated at 22 which is a bit late": "which" that goes on with
        // the story, no question
        if text.holds("you") || text.holds(" u ") { text = trailingAsk.replacing(in: text) { _ in " " } }
        // "now the bishop wants to see it too", "foreign customer want to see all the tea garden": who else
        // will watch, told; "when my mother taught me", "when we moved here": a time in the story, no question
        if text.holds("to see") || text.holds("to watch") { text = othersWatch.replacing(in: text) { _ in " " } }
        if text.holds("when") { text = storyWhen.replacing(in: text) { _ in " " } }
        if text.holds("which") { text = relativeWhich.replacing(in: text) { _ in " " } }
        // "Dave finally rolled a 300": a number in a statement of three words or more, with no unit; a
        // Chinese numeral left in a word once counting numerals are digits (三亚, 一起, 万象城) is no number
        if text.contains(where: { $0.isNumber && !PromptText.isHan($0) }) {
            guard text.split(separator: " ").count >= 3, !text.unicodeScalars.contains(where: { PromptText.isHan(Character($0)) }),
                  !defaultSettingNumber.occurs(in: text) else { return false }
            text = String(text.map { $0.isNumber ? " " : $0 })
        }
        if text.unicodeScalars.contains(where: { PromptText.isHan(Character($0)) }) {
            // 三亚潜水课的素材, 讲究一清二白三红四绿五黄: a place's or a saying's numeral counts nothing
            let simplified = chineseNumeralSaying.replacing(in: chineseNumeralPlace.replacing(in: String(text.map(Traditional.simplified))) { _ in " " }) { _ in " " }
            return !chineseStorySettingWord.occurs(in: simplified) && !chineseAsk.occurs(in: simplified)
                && !chineseLook.occurs(in: simplified) && !chineseLookAsked.occurs(in: simplified)
                && !wishWord.occurs(in: text) && !storySettingWord.occurs(in: text)
        }
        return !storySettingWord.occurs(in: text) && !storyAskingWord.occurs(in: text) && !platformHint.occurs(in: text)
            && !wishWord.occurs(in: text) && !labelWish.occurs(in: text) && !reasonStyleWord.occurs(in: text)
            && !defaultAskWord.occurs(in: text) && !defaultThingAsked.occurs(in: text)
    }

    /// The request itself called quick at the head of a part ("quick one", "a quick question", "just a
    /// quick favour", "quick pivot", "quick change of plan", "quick update") or at its end after what
    /// makes it so ("meeting's at 0600 tomorrow so quick one"): how long the asking takes, no pace of the video.
    private static let quickRequest = Pattern(#"^\s*(?:(?:ok|okay|so|hi|hey|hello|just|oh)\s+)*(?:a\s+)?(?:super\s+|really\s+|very\s+)?quick\s+"# + quickRequestNoun + #"|\b(?:so|and|but|just)\s+(?:a\s+)?(?:super\s+|really\s+|very\s+)?quick\s+"# + quickRequestNoun + #"\s*$"#)

    /// What a request is called after "quick": "one", "question", "pivot", "change of plan", "heads up".
    private static let quickRequestNoun = #"(?:one|q|question|favou?r|request|ask|thing|job|edit|pivot|change of plans?|change|update|tweak|note|heads[- ]?up|follow[- ]?up|revision|fix)\b"#

    /// Another ask announced at the head of a part, with nothing of its own: "one more thing", "oh and one
    /// last thing", "just one other thing"; asks counted before they are said ("I would like three things please").
    private static let anotherAsk = Pattern(#"^\s*(?:(?:ok|okay|so|oh|hi|hello|hey|and|also|just|sorry|entschuldigung|pardon)\s+)*(?:(?:one|1)\s+(?:more|last|final|other|little)\s+thing|(?:(?:but\s+)?(?:i|we)\s*(?:'d|d|\s+would|\s+have|'ve got|\s+need|\s+want)\s+(?:like\s+)?|here\s+are\s+|there\s+are\s+|just\s+)(?:two|three|four|five|a few|a couple of|some)\s+(?:(?:little|small|quick|more)\s+)?(?:things|changes|requests|tweaks|fixes)(?:\s+(?:please|pls|to ask|to change|for you))?)\s*$"#)

    /// An ask with nothing after it that ends a run-on part ("… anyway can you make it", "… so could you
    /// please do them", "… so can you make" before "the music a bit softer"): what it asks for follows it
    /// and was read by the rules.
    private static let trailingAsk = Pattern(#"(?:^|\s)(?:(?:so|and|anyway|anyways)\s+)?(?:can|could|would|will)\s+(?:you|u)\s+(?:(?:please|pls|plz|just|also)\s+)?(?:make|do|have|get|turn|put)(?:\s+(?:it|this|them|the video|the whole thing))?\s*$"#)

    /// Someone else who wants to watch ("the bishop wants to see it too", "customer want to see all the
    /// garden"); "I want to see" and "can we see" are asks and stay.
    private static let othersWatch = Pattern(#"\b(?:(?:he|she|they)(?:'ll|ll|\s+will|'d|d)\s+want|wants|wanted|would like|want(?<!\b(?:i|we|you|u|d|ll|to|would|wanna) want))\s+to\s+(?:see|watch)\b(?:\s+(?:it|this|them|the video|the lot|everything|all of it|it all))?(?:\s+(?:too|as well|also))?"#)

    /// "when" that tells a time in the story ("when my mother taught me", "when we moved", "when she was
    /// little"): a subject and a verb in the past, no question.
    private static let storyWhen = Pattern(#"\bwhen\s+(?:i|we|he|she|they|(?:my|our|his|her|their)\s+[a-z]+)\s+(?:first\s+)?(?:was|were|had|did|got|went|came|took|taught|met|left|saw|grew|began|found|won|lost|fell|ran|knew|[a-z]{3,}ed)\b"#)

    /// "which" that goes on with a statement ("he graduated at 22 which is a bit late"), no question.
    private static let relativeWhich = Pattern(#"(?<=[a-z0-9])\s+which\s+(?=(?:is|was|were|are|s|made|makes|meant|means)\b)"#)

    /// A size word before a thing that is no part of the video ("tiny house", "small business", "big day",
    /// "little brother", "of a big oak removal"); not before the title's words ("tiny text", "small font") or a step ("a little bit").
    private static let sizedThing = Pattern(#"\b(?:tiny|small|little|big|huge|large)\s+(?!(?:titles?|text|font|fonts|letters?|lettering|captions?|writing|print|type|words?|zooms?|zooming|pans?|bit|touch|amount|size|one|ones|version|video|videos|clips?|photos?|pictures?|pics?|images?|screen|frame|logo|border|sticker|stickers|fade|fades|transitions?|change|difference|more|less|longer|shorter|bigger|smaller|louder|quieter)\b)[a-z]{3,}\b"#)

    /// A triathlon's transition, where athletes change sport ("the T1 transition area", "T2", "the
    /// transition zone"): a place in the race, no transition of the video.
    private static let raceTransition = Pattern(#"\bt\s?[12]\b(?:\s+transition\b)?|\btransitions?\s+(?:area|areas|zone|zones|tent|tents|pen|racks?)\b"#)

    /// What the video announces or celebrates ("announcing the move to", "celebrating our grand opening"):
    /// an occasion, no motion and no start.
    private static let announcedEvent = Pattern(#"\b(?:announcing|announce|celebrating|celebrate|marking)\s+(?:the|our|my|a|an|their)\s+(?:(?:big|new|grand)\s+)?(?:move|moving|relocation|opening|reopening|launch|expansion|start)\b(?:\s+(?:to|of|into))?"#)

    /// A first in someone's life ("first solo", "her very first recital"): no first photo, part or title.
    static let lifeFirst = Pattern(#"\b(?:(?:my|his|her|their|our|your|a|the)\s+)?(?:very\s+)?(?:first|1st)\s+(?!(?:photos?|pictures?|pics?|images?|slides?|shots?|shot|clips?|videos?|vids?|songs?|tracks?|transitions?|frames?|ones?|few|part|half|bit|and|or|one|two|three|four|five|couple|minute|minutes|seconds?|secs?|title|text|caption|fade|fades|cut|cuts|place|time|of)\b)[a-z]{3,}\b"#)

    /// What is said of a person, not of the video: "nothing about me is small", "everything about him is loud".
    private static let aboutSomeone = Pattern(#"\b(?:nothing|everything|something|anything)\s+about\s+(?:me|him|her|us|them|my\s+[a-z]+)\s+(?:is|was|s|ever was)\s+(?:(?:ever|very|really|too|that|so)\s+)?[a-z]+\b"#)

    /// A thing named as if added ("and a purple unicorn", "with confetti falling", "some fireworks"):
    /// not a statement, so reported.
    private static let defaultThingAsked = Pattern(#"^\s*(?:(?:and|with|plus|also|n)\s+)*(?:a|an|some|more|lots of|plenty of|extra)\s|^\s*(?:with|plus)\s"#)

    /// A number with what makes it a setting: a unit, a ratio, a percentage ("3 secs", "4:5", "60fps", "20%").
    private static let defaultSettingNumber = Pattern(#"\d\s*(?:[:x×/]\s*\d|%|fps|p\b|k\b|s\b|ms\b|secs?\b|seconds?\b|mins?\b|minutes?\b|hz\b|percent|帧|秒|分|张|倍)|[#@$£€¥]\s*\d"#)

    /// Words of an ask or an effect that keep a clause reported: "can it sparkle", "I'd like confetti".
    static let defaultAskWord = Pattern(#"\b(?:can|could|would|will|should|shall|may|might|must|wanna|gonna have|need|needs|want|wants|wish|hope|let|lets|add|adding|include|insert|show|put|make|do|dont|don't|please|pls|plz|how|what|why|where|when|which|\?)\b|\?"#)


    /// Whether `said` is a complaint about the video as it was, the reason for an ask the plan reads:
    /// "WHY IS IT STILL SIDEWAYS" beside "9:16", "last time damn rush" beside "slower transitions",
    /// "why is it so blurry" beside "4K". The complaint names how it looked or felt, not a new wish;
    /// one the plan does not answer ("why is it sideways" beside "make it 40 seconds") stays reported.
    static func complaintAside(_ said: String, reading plan: [Setting]) -> Bool {
        let text = said.lowercased().replacingOccurrences(of: "’", with: "").replacingOccurrences(of: "'", with: "")
        guard text.count <= 60, !text.contains(where: \.isNumber),
              let m = complaintAsked.firstMatch(in: text), let word = m[1] else { return false }
        return complaintAnswered.contains { $0.0.occurs(in: word) && plan.contains(where: $0.1) }
    }

    /// A complaint about the last version: a question ("why is it still sideways", "how come its so
    /// blurry", "why is the song still in there") or the last version named with how it was ("last time damn rush", "the last one was
    /// way too fast lah", "just now very loud"). Group 1 is how it was.
    private static let complaintAsked = Pattern(#"^\s*(?:(?:but|and|ugh|omg|seriously|like|so)\s+)*(?:(?:why|how come)\s+(?:is|are|was|were|does|do|did)?\s*(?:it|its|this|that|the video|the whole thing|my video|everything|they|it all|the (?:music|song|soundtrack|track|title|text|zoom|zooming|fades?|transitions?))\s+|(?:(?:the\s+)?last\s+(?:time|one|version|cut|draft)|just now|previously|earlier|before)\s+(?:(?:it|its|was|is|were|it was|they were)\s+)?)(?:(?:still|always|again|so|too|way too|very|damn|super|really|quite|kinda|a bit|abit|bit|sibei|like|all|coming out|looking|look|looks|come out)\s+)*((?:in|on)\s+(?:there|here|it)|[a-z]+(?:\s+(?:off|up|out))?)(?:\s+(?:lah|leh|lor|sia|one|liao|already|again|man|bro|wtf|lol))*\s*$"#)

    /// How a complaint's word is answered: the shape by a new ratio, a pace by a change of length or
    /// of the transitions, sharpness by a resolution or a quality, loudness by the music's level.
    private static let complaintAnswered: [(Pattern, @Sendable (Setting) -> Bool)] = [
        (Pattern(#"^(?:sideways|horizontal|landscape|vertical|portrait|square|wide|tall|cropped|cut off|squashed|squished|stretched|letterboxed|rotated|flipped)$"#), {
            if case .aspect = $0 { true } else { false } }),
        (Pattern(#"^(?:rush|rushed|fast|quick|slow|long|short|draggy|dragging|boring|jumpy|choppy|jerky)$"#), { $0.changesPace }),
        (Pattern(#"^(?:blurry|blur|fuzzy|pixelated|pixelly|grainy|low res|lowres|soft)$"#), {
            switch $0 { case .resolution, .quality: true; default: false } }),
        (Pattern(#"^(?:loud|quiet|soft|silent|noisy|deafening)$"#), {
            switch $0 { case .musicVolume, .adjustMusicVolume, .noMusic: true; default: false } }),
        // "WHY IS THE SONG STILL IN THERE" beside "take it out": still there, answered by a removal
        (Pattern(#"^(?:(?:in|on)\s+(?:there|here|it)|there|here)$"#), {
            switch $0 { case .noMusic, .noTitle, .motion(.off), .transition(.cut): true; default: false } }),
    ]

    /// Whether a leftover is all of a note in brackets that says what the photos are or who the video
    /// is for ("keep the pictures still (archival material)", "(for the church)"): no number, no
    /// setting, no look and no ask.
    static func bracketAside(_ left: Scan.Leftover) -> Bool {
        let said = left.said.trimmingCharacters(in: .whitespaces)
        guard said.count >= 2, said.count <= 40, !said.contains(where: \.isNumber),
              ["(", "（", "( "].contains(where: { open in [")", "）", " )", ""].contains { close in
                  close.isEmpty ? left.clause.hasSuffix(open + said) : left.clause.contains(open + said + close) } }) else { return false }
        let text = said.lowercased()
        return !storySettingWord.occurs(in: text) && !storyAskingWord.occurs(in: text) && !reasonStyleWord.occurs(in: text)
            && !wishWord.occurs(in: text) && !labelWish.occurs(in: text)
    }

    /// Whether the whole clause around a leftover is a statement, the words of the settings the
    /// plan changes read as "it" ("the crossfades drag" beside "make them quicker").
    static func statementClause(_ left: Scan.Leftover, reading plan: [Setting]) -> Bool {
        var clause = left.clause.lowercased()
        for (group, read) in settingWords where plan.contains(where: read) { clause = group.replacing(in: clause) { _ in " it " } }
        return statementAside(clause, paceRead: plan.contains(where: \.changesPace))
    }

    /// The words of a setting, and whether a setting the plan holds changes it: a statement
    /// naming what the request changes is its reason ("the song gets cut off" beside "longer").
    private static let settingWords: [(Pattern, @Sendable (Setting) -> Bool)] = [
        (Pattern(#"\b(?:transitions?|crossfades?|fades?|dissolves?|cuts?)\b"#), {
            switch $0 { case .transition, .transitionDuration, .scaleTransitions: true; default: false } }),
        (Pattern(#"\b(?:music|song|songs|track|tune|tunes|soundtrack|audio|volume|loud|louder|quiet|quieter)\b"#), {
            switch $0 { case .music, .musicVolume, .adjustMusicVolume, .noMusic, .musicOffset, .fitToMusic: true; default: false } }),
        // "clip sound off (factory is loud)": what is loud is why the clips are muted
        (Pattern(#"\b(?:sound|sounds|noise|noisy|loud|louder)\b"#), {
            if case .clipAudio = $0 { true } else { false } }),
        (Pattern(#"\b(?:title|titles|text|font|caption|captions)\b"#), {
            switch $0 { case .title, .noTitle, .titleDuration, .titleOn, .scaleTitle, .titlePosition: true; default: false } }),
        (Pattern(#"\b(?:zoom|zooms|zooming|pan|panning|motion|ken burns)\b"#), {
            switch $0 { case .motion, .scaleZoom: true; default: false } }),
        // "the song has a slow intro" beside "start it 15 seconds in", "the first part is just a long drum
        // intro": what the start skips
        (Pattern(#"\b(?:(?:a|an|the|its|this|that)\s+)?(?:(?:really|very|super|kinda|pretty|way too|too)\s+)?(?:(?:slow|long|boring|quiet|dull|lame|weird|cheesy|spoken|talky|silent|awkward)\s+)?(?:(?:drum|drums|guitar|piano|synth|spoken|talking|instrumental|acoustic|ambient|vocal|radio|dj|crowd|noise|static)\s+)?(?:intro|start|beginning|build ?up|opening|first part)\b"#), {
            if case .musicOffset = $0 { true } else { false } }),
    ]

    static func statementAside(_ said: String, paceRead: Bool) -> Bool {
        guard !said.unicodeScalars.contains(where: { PromptText.isHan(Character($0)) }) else { return false }
        var text = said.lowercased().replacingOccurrences(of: "’", with: "").replacingOccurrences(of: "'", with: "")
        text = statementLead.replacing(in: text) { _ in " " }
        // "one of those jumpy things the young people make": what others make, said of a kind of video, asks nothing
        if text.holds("make") || text.holds("post") { text = othersMake.replacing(in: text) { m in m[1] ?? " " } }
        // "of a vertical garden we put up": a thing that stands upright, no shape of the video (the thing kept)
        if text.holds("vertical") { text = verticalThing.replacing(in: text) { m in String(m.text.dropFirst(8)) } }
        // "that one is the credits slide", "its the title card from the show": the photo pointed at, named
        // as a slide of its own, no credits or title asked
        if text.holds("slide") || text.holds("card") || text.holds("page") || text.holds("screen") {
            text = describedSlide.replacing(in: text) { m in (m[1] ?? "") + " slide" }
        }
        let words = text.split { !$0.isLetter && !$0.isNumber }.map(String.init)
        guard words.count >= 2, words.count <= 16, !text.contains(where: \.isNumber) else { return false }
        let clause = words.joined(separator: " ")
        guard !statementImperative.occurs(in: clause), !storyAskingWord.occurs(in: clause),
              !statementAsk.occurs(in: clause), !wishWord.occurs(in: clause), !platformHint.occurs(in: clause),
              !statementNumber.occurs(in: clause), paceRead || !paceWord.occurs(in: clause),
              !readElsewhere.contains(where: { $0.pattern.occurs(in: clause) }) else { return false }
        return statementShape.occurs(in: clause)
    }

    /// A photo pointed at and named as a slide of its own ("that one is the credits slide", "its the title
    /// card", "the last one is our sponsors page"): group 1 is the pointing, up to the slide's kind.
    private static let describedSlide = Pattern(#"^(\s*(?:(?:that|this|it|the\s+(?:last|first|final))(?:\s+one)?\s+(?:is|was|s)|thats|its)\s+(?:the|our|my|a|an|his|her|their)\s+)(?:(?:end|closing|opening|final)\s+)?(?:credits?|title|thank\s+you|thanks|sponsors?|donors?|logo|intro|outro|end)\s+(?:slide|card|page|screen)\b"#)

    /// A kind of video and who makes such things ("those jumpy things the young people make", "the videos
    /// influencers post"): group 1 is the kind.
    private static let othersMake = Pattern(#"\b(things|stuff|videos|vids|ones|clips|reels)\s+(?:that\s+)?(?:the\s+|all\s+the\s+)?(?:young(?:er)?\s+(?:people|ones|folk|folks)|kids|youngsters|teenagers|teens|influencers|people|everyone|they|others)\s+(?:make|makes|post|posts|put out|film|upload)(?:\s+(?:these days|nowadays|now|online))?\b"#)


    static let statementNumber = Pattern(#"(?<!\b(?:that|this|the|each|every|other|any|some|no|last|first|which|a|one) )\bone\b(?!\s+of\s+(?:those|these)\b)|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|hundred|half|twice|double|triple|dozen)\b"#)

    /// How fast or long something feels ("flew by way too fast", "it drags"): a reason only
    /// beside an ask that changed a length or the transitions.
    static let paceWord = Pattern(#"\b(?:fast|faster|quick|quicker|quickly|slow|slower|slowly|long|longer|short|shorter|rushed|rush|rushing|drag|drags|dragged|dragging|flew|fly|flies|flying|forever|ages|blink|boring|bored)\b"#)

    /// Words that open a clause without being its subject ("and", "but", "lol", "because").
    private static let statementLead = Pattern(#"^\s*(?:(?:and|but|because|cause|cuz|coz|since|as|also|plus|btw|lol|haha|omg|oh|ps|tbh|honestly|anyway|ugh|ok|okay|well|though|bc|b/c)\b[\s,]*)+"#)

    /// A clause that starts as an order ("make…", "no…", "just…") or a question to Reel.
    static let statementImperative = Pattern(#"^(?:make|add|remove|keep|put|use|set|turn|change|give|let|lets|try|get|take|leave|cut|drop|swap|move|fade|speed|slow|crop|show|play|start|end|bring|include|insert|apply|mute|unmute|stop|do|dont|no|not|without|with|just|only|please|pls|plz|can|could|would|will|should|is|are|does|do|what|how|why|where|when|which|who|i want|i need|id|wed|maybe|perhaps|more|less|a bit|bit|lot|way|also|then)\b"#)

    /// Words that ask, wherever they stand ("we want", "it needs to", "instead", "again"); "again" after a verb
    /// of the story ("marketing changed their mind again", "the client called again") asks nothing.
    static let statementAsk = Pattern(#"\b(?:i|we|u|you|ya)\s+(?:(?:really|just|also|still|kinda|d|would)\s+)*(?:want|wanna|need|have to|has to|gotta|got to)\b|\b(?:wants?|needs?)\s+(?:it|them|this|that|the video|a|an|some|more|less|everything)\b(?!\s+(?:tonight|today|tomorrow|asap|soon|now|done|finished|ready|by|before|for|back|clean|cleaner|simple|simpler|plain|minimal|minimalist|tidy|neat|uncluttered|understated|subtle|classy|elegant|professional|low key|lowkey)\b)|\bneeds? to (?:be|have|look|feel|sound|go|fit|play|start|end|stay|get|show)\b|\b(?:wanna|gotta|should|ought|must|instead|rather|hope|hoping|wish|prefer|pls|please|plz)\b|(?<!\b(?:mind|minds|called|emailed|texted|messaged|rang|phoned|happened|rained|postponed|rescheduled|cancelled|canceled|moved|complained|asked)\s)\bagain\b"#)

    /// A statement's shape: a subject, then a verb; or a verb whose subject is left unsaid
    /// ("feels too quick", "seems a bit long"; not "look…" or "is…", which a fragment left
    /// over from a clause a rule read can start with). Past forms that end in no "-ed" are
    /// listed ("the banquet only gave us a short slot", "the venue sent us a schedule"). Said as in
    /// Singapore and Malaysia, without "is": "the transitions quite slow leh", "the photos very fast one".
    /// Someone's insistence or worry said on after "and", its subject left unsaid ("she's 64 and was very
    /// clear it shouldn't be…", "and is adamant that…").
    private static let statementShape = Pattern(#"^(?:(?:was|were|is|are|has been|had been)\s+(?:(?:very|so|really|quite|pretty|most|absolutely|always)\s+)?(?:clear|adamant|firm|insistent|sure|certain|keen|worried|afraid|nervous|specific|particular)\b|(?:(?:the|my|our|this|that|these|those|it)\s+)?[a-z]+(?:\s+[a-z]+)?\s+(?:quite|very|so|too|damn|super|abit|a bit|bit|rather|really|a little)\s+[a-z]+(?:\s+(?:leh|lah|lor|sia|one|hor|meh|ah|eh))*$|(?:feels|felt|seems|seemed|its|im|ive|were|weve|theyre|theyve|thats|theres|hes|shes|everyones|nobodys)\b|(?:i|we|he|she|they|it|that|this|there|these|those|people|everyone|everybody|nobody|someone|somebody|folks|kids|guests|viewers|followers|(?:(?:the|my|our|his|her|their|this|that|these|those|all|most|some|a|an)\s+)?[a-z]+(?:\s+[a-z]+){0,3}?)\s+(?:(?:just|always|never|usually|really|still|also|all|finally|already|literally|totally|even|only|kinda|probably|sometimes|mostly|actually|basically|def|definitely)\s+)*(?:am|m|is|are|re|was|were|s|be|been|has|have|ve|had|d|will|ll|would|can|cant|could|couldnt|wont|doesnt|dont|didnt|isnt|arent|wasnt|werent|does|did|got|gets|get|feel|feels|felt|look|looks|looked|seem|seems|seemed|sound|sounds|think|thinks|thought|know|knows|knew|say|says|said|scroll|scrolls|swipe|swipes|watch|watches|watched|love|loves|loved|hate|hates|hated|like|likes|liked|went|go|goes|came|come|comes|ran|run|runs|made|took|saw|met|had|gave|give|sent|told|let|kept|left|lent|found|bought|brought|paid|won|lost|wrote|sold|held|built|grew|began|became|spent|sat|stood|heard|meant|taught|caught|chose|drew|wore|rode|drag|flew|fly|stop|last|end|[a-z]{3,}ed|[a-z]{3,}s|[a-z]{3,}ing))\b"#)

    /// What Reel could change or a wish it cannot grant ("colours", "sepia", "stickers", "the
    /// music"): a statement naming one is an ask in other words, so it stays reported.
    static let wishWord = Pattern(#"\b(?:music|song|songs|track|tune|tunes|soundtrack|audio|sound|volume|loud|louder|quiet|quieter|title|titles|caption|captions|subtitles?|text|font|transitions?|fades?|fading|crossfades?|dissolves?|zoom|zooms|zooming|pan|panning|motion|ken burns|speed|pace|length|seconds?|secs?|minutes?|mins?|fps|frames?|quality|resolution|order|ratio|size|crop|cropped|cropping|framing|colou?rs?|colou?red|grade|graded|grading|sepia|filters?|black (?:and |n )?white|bw|bright|brighter|brighten|darker|darken|contrast|saturat\w*|washed|vibes?|style|styled|mood|moody|cinematic|vintage|retro|aesthetic|stickers?|emojis?|effects?|glitch|slowmo|slow mo|slow motion|loop|loops|boomerang|timelapse|time lapse|time-lapse|hyperlapse|stop motion|stop-motion|voice|voiceover|narrat\w*|border|borders|frame|animation|animated|sparkles?|confetti|vignette|intro|outro|credits|export|upload|undo|redo|revert|split screen|collage|lyrics|karaoke|countdown|polaroid|vhs|tiny|huge|small|smaller|big|bigger|large|larger|bold|blurry text|hard to read)\b"#)
}
