import Foundation

/// One pass of the rules over a request, remembering which characters are taken.
struct Scan {
    let prompt: PromptText
    private var taken: [Bool]
    private(set) var changes: [Change] = []
    private(set) var notes: [String] = []
    private(set) var cloud: [String] = []
    /// Changes a negation word turned down ("don't fade to black"), with its phrase.
    private(set) var declined: [Change] = []
    /// "except the first", 除了最后一张: photos left out of an edit of every photo, and where said.
    private(set) var exceptions: [(Exception, NSRange)] = []

    /// The request's UTF-16 units (as `NSString` and the patterns count) and UTF-8 bytes.
    private let units: [UInt16], utf8: [UInt8]

    init(prompt: PromptText) {
        self.prompt = prompt
        units = Array(prompt.text.utf16)
        utf8 = Array(prompt.text.utf8)
        taken = Array(repeating: false, count: units.count)
        masked = prompt.text
        maskedUnits = units
    }

    /// Whether `needle` occurs in `haystack` (bytes compared; both UTF-8).
    static func occurs(_ needle: [UInt8], in haystack: [UInt8]) -> Bool {
        haystack.withUnsafeBufferPointer { Pattern.occurs(needle, in: $0) }
    }

    /// The request with taken characters blanked out (same length), so that a later rule neither
    /// matches them nor joins words across them. Rebuilt only when a rule takes characters
    /// (``take(_:)``), not for every rule tried.
    private var masked: String
    /// ``masked``'s UTF-16 units.
    private var maskedUnits: [UInt16]

    /// Marks `range` taken; call ``remask()`` once the rule's ranges are all marked.
    private mutating func take(_ range: Range<Int>) {
        for i in range { taken[i] = true }
    }

    /// Rebuilds ``masked`` from ``taken``.
    private mutating func remask() {
        var blanked = units
        for i in blanked.indices where taken[i] { blanked[i] = 0x1 }
        masked = MappedText.string(blanked)
        maskedUnits = blanked
    }

    /// Marks `range` read without a change: words that only explain.
    mutating func setAside(_ range: NSRange) {
        guard range.length > 0, range.location >= 0, range.location + range.length <= taken.count else { return }
        take(range.location..<(range.location + range.length))
        remask()
    }

    mutating func apply(_ rule: Rule) {
        if !rule.needs.isEmpty, !rule.needs.contains(where: { Self.occurs($0, in: utf8) }) { return }
        if !rule.needsToo.isEmpty, !rule.needsToo.contains(where: { Self.occurs($0, in: utf8) }) { return }
        let text = prompt.text as NSString
        for m in rule.pattern.matches(in: masked) {
            let r = m.range
            guard r.length > 0, !taken[r.location..<(r.location + r.length)].contains(true) else { continue }
            let match = PatternMatch(copying: m, text: PatternMatch.substring(prompt.text, text, r))
            guard var found = rule.make(match, prompt) else { continue }
            var start = r.location
            var end = r.location + r.length
            if found.negatable, let (cue, listed, replaced) = negation(before: r.location) {
                start = cue
                found = found.negated(listed: listed, replaced: replaced)
            } else if found.negatable, let after = Self.negationAfter.firstMatch(in: (masked as NSString).substring(from: end))
                        ?? PromptInterpreter.disliked(found, after: (masked as NSString).substring(from: end))
                        ?? PromptInterpreter.dislikedAsReason(found, in: masked as NSString, from: r.location, to: end) {
                // "缩放效果去掉", "all that zooming makes me seasick": the negation after the words
                end += after.range.length
                found = found.negated(listed: false)
            }
            take(start..<end)
            for c in found.claims where c.location >= 0 && c.location + c.length <= taken.count {
                take(c.location..<(c.location + c.length))
                start = min(start, c.location)
                end = max(end, c.location + c.length)
            }
            remask()
            let phrase = prompt.said(NSRange(location: start, length: end - start))
            changes += found.changes.map {
                var c = Change($0.0, phrase: phrase, implied: $0.implied, position: start)
                c.rank = found.rank
                c.end = end
                return c
            }
            declined += found.declined.map { Change($0, phrase: phrase, position: start) }
            notes += found.notes
            if let e = found.exception { exceptions.append((e, NSRange(location: start, length: end - start))) }
            if let c = found.cloud, !cloud.contains(c) { cloud.append(c) }
        }
    }

    /// Where a negation word governing the words at `location` starts ("don't [make it] vertical",
    /// "without fade to black", "不要黑场"), or nil. Only a few empty words may stand between.
    /// `replaced`: the words name what another setting replaces ("pan left instead of zooming").
    ///
    /// Both patterns end at the words (`$`) and their matches hold none of `,` `;` `!` `?` (nor,
    /// for ``negationCue``, `.`): each is searched only in the text from the last of these marks
    /// before the words on, the mark included, so that `^`, `\b` and the look-behinds see what they
    /// see in the whole text (a match cannot start at the mark). ICU would otherwise try every
    /// position of the text before the words, a long request's clauses before them included.
    private func negation(before location: Int) -> (Int, listed: Bool, replaced: Bool)? {
        let cueFrom = Self.lastMark(in: maskedUnits, before: location, dot: true)
        let prefix = (masked as NSString).substring(with: NSRange(location: cueFrom, length: location - cueFrom))
        if let m = Self.negationCue.firstMatch(in: prefix) {
            return (cueFrom + m.range.location + (m.text.first == " " ? 1 : 0), false, Self.replacedCue.occurs(in: m.text))
        }
        // "no panning or zooming": the negation spans a list, whichever rule took its first item
        // (the Chinese list may hold a ".": only the other marks bound it)
        let listFrom = Self.lastMark(in: units, before: location, dot: false)
        let said = (prompt.text as NSString).substring(with: NSRange(location: listFrom, length: location - listFrom))
        guard let m = Self.negatedList.firstMatch(in: said), let or = m[1] ?? m[2] ?? m[3] else { return nil }
        // "remove the first photo and make the last one longer": a new clause, not a list
        if m[2] != nil, Self.clauseVerb.occurs(in: (prompt.text as NSString).substring(from: location)) { return nil }
        // "take out photo 4 and the music should start 10 seconds in": the words after "and" are the
        // subject of a clause of their own, not a second thing taken out
        if m[2] != nil, Self.clauseSubject.occurs(in: (prompt.text as NSString).substring(from: location)) { return nil }
        return (listFrom + m.range.location + m.range.length - (or as NSString).length - (said.hasSuffix(" ") ? 1 : 0), true, false)
    }

    /// Where the last `,` `;` `!` `?` (and `.` when `dot`) of `units` before `location` stands, or 0.
    private static func lastMark(in units: [UInt16], before location: Int, dot: Bool) -> Int {
        var i = min(location, units.count) - 1
        while i > 0 {
            switch units[i] {
            case 0x2C, 0x3B, 0x21, 0x3F: return i
            case 0x2E where dot: return i
            default: i -= 1
            }
        }
        return 0
    }

    private static let replacedCue = Pattern(#"^ ?(?:instead of|rather than|swap|replace|trade)\b|^(?:代替|替代|取代|而不是)"#)

    /// "remove the first photo and make the last one longer", "drop the song and take the title off",
    /// "get rid of the title and kill the music" (kill is read as remove): a verb that starts a clause
    /// of its own after "and".
    private static let clauseVerb = Pattern(#"^(?:make|add|use|put|set|change|keep|turn|give|let|have|move|swap|start|end|show|play|slow|speed|cut|trim|fade|zoom|pan|sort|order|reverse|shuffle|shorten|lengthen|extend|take|get|pull|hide|kill|ditch|lose|remove|drop|delete|mute)\b"#, lowercaseInput: true)
    /// "the music should start 10 seconds in", "music is too loud", "the title goes at the top": a
    /// noun of up to two words followed by a verb, the start of a clause of its own after "and".
    private static let clauseSubject = Pattern(#"^(?:the |my |our )?[a-z]+(?: [a-z]+)? (?:should|must|needs? to|has to|have to|can|could|will|would|is|are|was|starts?|begins?|comes? in|kicks? in|fades?|goes|go|stays?|sits?)\b"#, lowercaseInput: true)
    private static let negationAfter = Pattern(#"^\s*(?:的)?(?:效果|特效)?\s*(?:也|都|就)?(?:去掉|不要了?|取消|关掉|删掉|拿掉|关了|去了|(?:就)?(?:不用|不需要|不要)了?|别(?:要|用|放|加)了?)(?:吧|了|啊)?(?=\s*(?:$|[,.;!?]))"#, lowercaseInput: true)
    /// "no zooming or panning", "get rid of the title and the music": one negation over a list.
    private static let negatedList = Pattern(#"(?:^| )(?:(?:not|no|dont|without|never)(?: [^ ,.;!?]+){1,3} (or|nor)|(?:remove|get rid of|drop|delete|lose|take out|turn off|mute|without|ditch)(?: [^ ,.;!?]+){1,3} ((?:and|&)(?: the| any)?)) ?$|(?:去掉|删掉|关掉|取消|不要|删除|拿掉)[^，,。；;!?]{1,6}?(和|跟|以及|还有)\s*$"#, lowercaseInput: true)

    // "don't fade", "forget the crossfades", "ditch the zoom", "I don't want any of that zooming": words that turn down what follows them;
    // "instead of just doing a center crop": what the setting would be done as, said between;
    // "no side-to-side panning": how the motion goes, said between; "not the full 9:16 tall thing",
    // "not the usual crossfades", "instead of the normal fades", 用黑场代替普通的淡入淡出, "1:1, not the tall 4:5 one": a word that only says which one;
    // "I'd rather you didn't use motion effects", 请不要用任何动态效果: a wish against it, "any" between;
    // "I do not care for the pictures zooming", "not a fan of the crossfades": a dislike, said politely
    private static let negationCue = Pattern(
        #"(?:^| )(?:not|no|none|dont|do not|doesnt|without|never|nor|rather (?:you|we|it|they) (?:didnt|did not)|avoid|skip|stop|hate|dislike|swap|replace|trade|instead of|rather than|get rid of|remove|drop|disable|turn off|switch off|lose|ditch|scrap|(?<!dont )(?<!do not )(?<!never )forget(?: about)?)(?: (?:make|making|try|trying|bother|bothering|attempt|it|its|use|using|any|add|adding|have|having|the|a|an|to|be|with|do|need|want|please|put|apply|include|me|us|them|too|much|more|this|that|these|those|really|like|care for|fan of|fancy|enjoy|let|go|for|more|some|ever|at all|doing|(?<=instead of |rather than )just|i|we|in|on|as|into|(?<=any |none )of|photos?|pictures?|images?|pics?|shots?|slides?|side[ -]to[ -]side|sideways|back[ -]and[ -]forth|full|whole|usual|normal|regular|standard|typical|default|tall|wide)\b)* ?$|(?:^| )(?:not|no|dont|without|never)(?: [^ ,.;!?]+){1,3} (?:or|nor) ?$|(?:不要|别|不用|不想要|不想|不需要|无需|不必|千万别)(?:再)?(?:用|加|要|做成|弄成|搞成|整成|做|弄|搞|整|来|是|使用|出现|有|加上)?(?:任何|什么)?(?:的)?\s*$|(?:去掉|关掉|取消|删掉|拿掉|关闭|去除|删除)(?:所有|全部)?(?:的)?\s*$|(?:代替|替代|取代|而不是)(?:普通|平常|一般|原来|默认|常规)?(?:的)?\s*$"#, lowercaseInput: true)

    /// The parts of the request no rule took that still say something.
    func leftovers() -> [Leftover] {
        let ns = prompt.text as NSString
        // runs of characters no rule took, split into clauses
        var pieces: [NSRange] = []
        var start: Int?
        for i in 0...ns.length {
            if i < ns.length, !taken[i] {
                if start == nil { start = i }
            } else if let s = start {
                pieces.append(NSRange(location: s, length: i - s))
                start = nil
            }
        }
        var out: [Leftover] = []
        // the clauses of the whole request, to judge a piece with the rest of its clause
        var spans: [NSRange] = []
        var from = 0
        for m in Self.clauseBreak.matches(in: prompt.text) where !joinsAWord(m.range) {
            spans.append(NSRange(location: from, length: max(0, m.range.location - from)))
            from = m.range.location + m.range.length
        }
        spans.append(NSRange(location: from, length: max(0, ns.length - from)))
        for piece in pieces {
            let text = ns.substring(with: piece)
            var at = 0
            var clauses: [NSRange] = []
            for m in Self.clauseBreak.matches(in: text) where !joinsAWord(NSRange(location: piece.location + m.range.location, length: m.range.length)) {
                clauses.append(NSRange(location: at, length: m.range.location - at))
                at = m.range.location + m.range.length
            }
            clauses.append(NSRange(location: at, length: (text as NSString).length - at))
            for c in clauses where c.length > 0 {
                let clause = (text as NSString).substring(with: c)
                let words = clause.split(separator: " ").map(String.init)
                // "make it look cinematic": a look asked for is reported, though "a cinematic 16:9 video" only describes
                let alone = c.location > 0 || c.location + c.length < (text as NSString).length
                let asksLook = words.contains(where: Self.fillerLooks.contains)
                    && (Self.lookAsked.occurs(in: clause) || alone && Self.lookAlone.occurs(in: clause))
                let says = { (w: String) -> Bool in
                    if asksLook, Self.fillerLooks.contains(w) { return true }
                    if Fillers.english.contains(w) || Fillers.describing.contains(w) { return false }
                    // "draft v1", "here's v2.1": the draft's version, a name for it, no setting
                    if Self.isVersionTag(w) { return false }
                    // every number is used or reported
                    if Double(w) != nil { return true }
                    if w.unicodeScalars.contains(where: { PromptText.isHan(Character($0)) }) {
                        return Subjects.stripChinese(w).contains { PromptText.isHan($0) }
                    }
                    return w.contains { $0.isLetter }
                }
                guard words.contains(where: says) else { continue }
                let said = prompt.said(NSRange(location: piece.location + c.location, length: c.length))
                // "a little reel of Juno": what the video is of, named by a name
                if Self.ofAName.occurs(in: said), !PromptInterpreter.platformHint.occurs(in: said.lowercased()),
                   !PromptInterpreter.storySettingWord.occurs(in: said.lowercased()) { continue }
                // "birthday video", "recap of the lads trip", "grandma's 90th": what the video is of
                if Subjects.onlySubject(words, possessive: Self.possessives(in: said), filler: { !says($0) }) { continue }
                guard !said.isEmpty else { continue }
                let at = piece.location + c.location
                let span = spans.last { $0.location <= at } ?? NSRange(location: 0, length: ns.length)
                let whole = prompt.said(span)
                let opens = !ns.substring(to: at).contains { $0.isLetter || $0.isNumber }
                out.append(Leftover(said: said, clause: whole, opensRequest: opens))
            }
        }
        return out
    }

    /// Whether `w` is a version tag ("v1", "v2", "v3.1"): the name of a draft, no setting.
    static func isVersionTag(_ w: String) -> Bool {
        guard w.count >= 2, w.count <= 5, w.first == "v", w.dropFirst().first?.isNumber == true else { return false }
        return w.dropFirst().allSatisfy { $0.isNumber || $0 == "." }
    }

    /// Whether the clause break at `range` is the "and" of words joined by hyphens ("the
    /// show-and-tell", "a question-and-answer part"), which breaks no clause.
    private func joinsAWord(_ range: NSRange) -> Bool {
        let length = (prompt.text as NSString).length
        let from = max(0, range.location - 2), to = min(length, range.location + range.length + 2)
        return prompt.said(NSRange(location: from, length: to - from)).holds("-and-")
    }

    /// "of Juno", "about Uncle Ray", "starring Biscuit": who or what the video is of, by name (as typed).
    private static let ofAName = Pattern(#"^\s*(?:of|about|starring|featuring)\s+(?-i:[A-Z][a-z]+)(?:\s+(?-i:[A-Z][a-z]+)){0,2}\s*$"#)

    /// Looks that are fillers where they only describe the video ("a cinematic 16:9 video").
    private static let fillerLooks: Set<String> = ["cinematic"]

    /// A look asked for as the whole clause: "make it look cinematic", "make it more cinematic",
    /// "can it look more cinematic", "it should feel cinematic", "give it a cinematic feel", "a cinematic filter",
    /// "make it look cinematic for our open day (on June 14th)", "give it a cinematic look please", "my
    /// students want it to look more cinematic", "I'd like it more cinematic", "…, in 4K, with a cinematic look"; not "… cinematic with AI" (the cloud's look).
    private static let lookAsked = Pattern(#"^\s*(?:(?:please|pls|just|also|can you|could you|and)\s+)*(?:(?:(?:make|makes|making|get)\s+(?:it|this|them|the video|everything|the whole thing|it all)|(?:can|could|would|will)\s+(?:it|this|they|the video|the whole thing)|(?:it|this|the video|the whole thing)\s+(?:should|could|needs to|has to|must)|(?:(?:i|we|they|(?:my|our|the|his|her|their)\s+[a-z]+)\s+)?(?:want|wants|wanted|would like|id like|wed like|need|needs)\s+(?:it|this|them|the video|the whole thing)(?:\s+to)?)\s+(?:(?:look|feel|seem|be|more|super|really|very|extra|a bit|a little|bit|lot|way|properly)\s+)*cinematic(?:\s+(?:for|on|at)\s+(?!ai\b)[^,.;!?]*?)?(?:\s+(?:please|pls|plz))?|(?:give|add|with)\s+(?:it\s+|them\s+)?(?:a\s+|some\s+)?(?:(?:more|really|very|proper|nice|real)\s+)?cinematic\s+(?:look|feel|vibe|filter|grade|grading|style|effect|colou?rs?)|(?:a\s+)?cinematic\s+(?:filter|grade|grading|colou?r grade))(?:\s+(?:please|pls|plz|thanks))?\s*$"#, lowercaseInput: true)

    /// The look alone as a clause of its own, cut off by "and" or a comma from the settings it is listed
    /// with: "make it vertical and cinematic", "square, cinematic, 30 seconds"; not the look between two
    /// settings that were read ("a wide cinematic 16:9 video" only describes).
    private static let lookAlone = Pattern(#"^\s*(?:(?:more|very|really|super|extra|a bit|a little|properly|nice and)\s+)*cinematic(?:\s+(?:looking|feeling|too|as well))?(?:\s+(?:please|pls|plz|thanks))?\s*$"#, lowercaseInput: true)

    /// A part of the request no rule took, with the whole clause it stands in.
    struct Leftover: Equatable {
        /// The words as typed.
        let said: String
        /// The clause around them as typed, up to its punctuation or its "and", "but", "then".
        let clause: String
        /// Whether nothing but symbols comes before it ("jazz club night, make it 40 seconds").
        let opensRequest: Bool
    }

    /// The words typed with an 's ("Max's", "grandma’s"), as the normalised text spells them ("maxs").
    private static func possessives(in said: String) -> Set<String> {
        guard said.holds("'") || said.holds("’") else { return [] }
        return Set(possessive.matches(in: said).compactMap { $0[1].map { $0.lowercased() + "s" } })
    }

    private static let possessive = Pattern(#"(\p{L}+)['’]s\b"#)
    /// Where a clause ends; "and" inside a look of several words ("black and white please") joins no clauses.
    /// In a request typed without punctuation, "anyway" or "lol" before a new subject ends one
    /// too ("my sister takes all the pics anyway this one is for grandmas 90th"), and so does the ask that
    /// follows a story told before it ("my grandpa flew 40 missions as a pilot i want his photos oldest first";
    /// the space before "i" or "we" is tested first, so the look-behinds are tried only there).
    private static let clauseBreak = Pattern(#"[,.;!?:—–]|\s-\s|(?=\s(?:i|we)\s)(?<=[a-z]{2})(?<!\b(?:what|all|that|thing|things|why|how|because|cause|so|if|when|and|but|or|whatever|anything))\s(?=(?:i|we)\s+(?:(?:really|just|also|kinda)\s+)?(?:want|need|would like|d like|wanna)\s+(?:his|her|their|the|my|our|these|those|this|it|them|you|a|an)\b)|\b(?:then|also|but|plus)\b|\b(?:anyway|anyways|lol|lmao|haha)\b(?=\s+(?:this|it|its|i|im|we|were|she|he|they|so|my|our)\s)|(?<!\bblack )\band\b|\band\b(?! white\b)|并且|然后|还有|再"#, lowercaseInput: true)
}
