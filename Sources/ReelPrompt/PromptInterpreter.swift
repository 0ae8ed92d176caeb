import Foundation
import ReelTimeline

/// Turns a plain-language request ("turn these photos into a 30-second video with smooth
/// transitions", "做一个30秒的竖屏视频") into timeline changes, offline and deterministically.
///
/// Pure: no files, clock or network are read. It reports what it understood (each change with
/// the phrase it came from), what it did not, which phrases conflicted (the later one wins), and
/// whether the request asks for something only the cloud can do.
public enum PromptInterpreter {
    /// Interprets `text`.
    ///
    /// - Parameter inputs: the files given with the request (photos, music), used only to know
    ///   whether a music file is at hand when the request asks for music without naming one.
    public static func interpret(_ text: String, inputs: [String] = []) -> Interpretation {
        let prompt = PromptText(text)
        var scan = Scan(prompt: prompt)
        // "the second photo is blurry, [take it out]": what was said about the photo is the reason
        for d in prompt.describing where d.complaint || onlyDescribes(d.predicate, prompt) { scan.setAside(d.clause) }
        for rule in rules { scan.apply(rule) }
        var result = Interpretation(text: text)
        var said = scan.changes
        let unattached = attachScopes(scan.exceptions.filter { $0.0.scope != .except }, to: &said, prompt)
            + attach(scan.exceptions.filter { $0.0.scope == .except }, to: &said, prompt)
        foldRestatedTransitions(&said)
        foldRestatedPhotoLength(&said, prompt)
        var (plan, conflicts) = resolve(said)
        // "instagram … square": the feed's square format rather than its 4:5 default
        if let i = plan.changes.firstIndex(where: { $0.setting == .aspect(.portrait4x5) && $0.rank >= bareInstagramRank && $0.rank <= platformRank }),
           let sq = scan.changes.first(where: { $0.setting == .aspect(.square) }) {
            plan.changes[i].setting = .aspect(.square)
            plan.changes[i].phrase += " … " + sq.phrase
        }
        result.plan = plan
        result.conflicts = conflicts
        result.notes = scan.notes
        // "put the last three photos at the start": the same move said once, done three times
        result.understood = plan.changes.map { "\"\($0.phrase)\" → \($0.setting.summary)" }.reduce(into: [(String, Int)]()) { runs, line in
            if runs.last?.0 == line { runs[runs.count - 1].1 += 1 } else { runs.append((line, 1)) }
        }.map { $1 > 1 ? "\($0) (\($1) times)" : $0 }
            + scan.declined.map { "\"\($0.phrase)\" → not \($0.setting.summary): left as it is" }
        // beside an ask that was read, a clause said as a statement is its reason or a story
        let askRead = !result.understood.isEmpty || !scan.notes.isEmpty || !scan.cloud.isEmpty
        let leftovers = scan.leftovers()
        // "set the length to 0 seconds, just curious what happens lol": when the only ask was a value
        // refused as impossible, a clause that names no other setting and no number is its reason
        let refusedOnly = result.understood.isEmpty && scan.cloud.isEmpty && scan.notes.contains { $0.contains("makes no sense") }
        let asides = askRead ? leftovers.filter { aside($0, reading: plan.settings) || refusedOnly && refusedValueReason($0.said) } : []
        // "the club logo is already on the first photo": a photo named in a statement is no scope left unattached
        let statements = asides.filter { statementClause($0, reading: plan.settings) }.map(\.clause)
        result.notUnderstood = leftovers.filter { !asides.contains($0) }.map(\.said)
            + unattached.filter { scope in !statements.contains { $0.contains(scope) } }
        if result.understood.isEmpty, result.notUnderstood.isEmpty, result.notes.isEmpty, scan.cloud.isEmpty {
            result.notes.append(prompt.text.contains { $0.isLetter || $0.isNumber }
                ? "nothing in the request asks for a change; nothing changed"
                : "the request has no words to go by; nothing changed")
        }
        var cloud = scan.cloud
        let wantsMusicFile = plan.settings.contains(.music(source: nil))
        if wantsMusicFile, !inputs.contains(where: { PromptText.audioExtensions.contains(($0 as NSString).pathExtension.lowercased()) }) {
            cloud.append("pick background music (no music file was given)")
        }
        result.needsCloud = cloud.isEmpty ? nil : Self.list(cloud)
        for s in plan.settings {
            if case .quality(let q) = s { result.quality = q }
            if case .format(let f) = s { result.format = f }
        }
        return result
    }

    /// Whether `said` only tells why an impossible value was asked ("just curious what happens lol",
    /// "I'll decide the length later", "I want them to flash by"): no number and no setting other
    /// than a length.
    static func refusedValueReason(_ said: String) -> Bool {
        let text = said.lowercased()
        return !text.contains(where: \.isNumber) && !otherThanLength.occurs(in: text)
    }

    /// Settings other than a length, and asks for one ("the music", "vertical", "add a title").
    private static let otherThanLength = Pattern(#"\b(?:music|song|track|sound|audio|volume|louder|quieter|title|caption|text|transitions?|fades?|crossfades?|cuts?|zoom|pan|motion|still|vertical|horizontal|square|portrait|landscape|tiktok|instagram|youtube|reels?|stories|quality|order|remove|delete|add|make|put|use|change|swap|move)\b"#)

    /// Every rule, most specific first: a phrase one rule takes is not read again by a later one.
    static let rules: [Rule] = switchRules + formRules + titleRules + asideRules + wrapperAsideRules + photoDescriptionRules + storyNumberRules + storyClauseRules + reasonRules + photoReasonRules + storyRules + cloudRules + clipSoundRules + clipLengthRules + fitMusicRules + beatRules + focusRules + musicLevelRules + volumeRules + exceptionRules + photoTimeRules + photoContentRules + photoRules + referenceRules + clipRules + orderRules + musicRules
        + transitionNameRules + rateRules + numberRules + transitionRules
        + durationRules + aspectRules + motionRules + scopeRules + commandRules + contentRules

    /// Words that route a request elsewhere (export, upload…) change nothing in the timeline but
    /// are understood: taken here so they are not reported as not understood.
    static let commandRules: [Rule] = [
        // "keep the title", 保留标题: understood, nothing to change
        Rule(#"\b(?:keep|leave)\s+(?:the\s+|my\s+)?(?:title|music|song|soundtrack|crossfades?|transitions?|zoom(?:s|ing)?|motion|ken burns|photos?|pictures?|order|length|size|shape)(?:\s+(?:as (?:it is|is|they are)|the same|unchanged|untouched))?\b|保留(?:标题|音乐|背景音乐|配乐|转场|顺序|时长)|(?:标题|音乐|转场|顺序|总长|总时长|总长度|时长|长度|视频长度|尺寸|比例|画幅)(?:保持)?不变"#) { _, _ in Found().notNegatable },
        // "don't change the title text, just move it", "no need to touch the title": understood, nothing to change
        Rule(#"\b(?:do(?:n'?t| not)|no need to|never)\s+(?:change|touch|edit|alter|modify|mess with|redo)\s+(?:the\s+|my\s+)?(?:title|heading|caption)(?:\s+(?:text|words|wording))?\b(?!\s+(?:to|into)\b)"#) { _, _ in Found().notNegatable },
        // "make the song a bit more soft than before please", "louder than it is now": the
        // comparison with the draft as it is, left after the change it measures was read
        Rule(#"\bthan\s+(?:before|now|right now|currently|last time|(?:it|the song|the music|the title|the video)\s+(?:is|was)(?:\s+(?:now|right now|before))?|(?:the\s+)?(?:current|last|previous|old|first)\s+(?:one|version|cut|draft))\b"#) { _, _ in
            Found().notNegatable
        }.needing(["than"]),
        Rule(#"\b(?:export|download|render|save|upload)(?: it| the video| my video| now)?\b|\bsend (?:me )?(?:the |my )?video\b|\bsend (?:it|the video|the file|this|that)(?: over)?(?: to (?:me|us))?\b|导出|下载|上传"#) { _, _ in Found() },
    ]

    /// Orders changes as said and keeps, per slot, the later phrase; reports real disagreements.
    static func resolve(_ raw: [Change]) -> (RequestPlan, [String]) {
        var kept: [Change] = []
        var conflicts: [String] = []
        for c in raw.sorted(by: { $0.position < $1.position }) {
            // "reverse the order … it's backwards": one reversal said twice, not two that cancel
            if c.setting == .order(.reversed), let i = kept.firstIndex(where: { $0.setting == .order(.reversed) }) {
                kept[i].phrase += " … " + c.phrase
                continue
            }
            // "reverse the order, the last one first": the move says what the reversal does
            let endToEnd: (Setting) -> Bool = { $0 == .movePhoto(.last, to: .first) || $0 == .movePhoto(.number(1), to: .last) }
            if endToEnd(c.setting), let i = kept.firstIndex(where: { $0.setting == .order(.reversed) }) {
                kept[i].phrase += " … " + c.phrase
                continue
            }
            if c.setting == .order(.reversed), let i = kept.firstIndex(where: { endToEnd($0.setting) }) {
                kept[i].setting = c.setting
                kept[i].phrase += " … " + c.phrase
                continue
            }
            guard let slot = c.setting.slot, let i = kept.lastIndex(where: { $0.setting.slot == slot }) else {
                kept.append(c)
                continue
            }
            let old = kept[i]
            // "pan left, no zoom", 往左平移，别放大缩小: no to the other kind of motion, not still photos
            if noToOtherKind(c, beside: old) { kept[i].phrase = old.phrase + " … " + c.phrase; continue }
            if noToOtherKind(old, beside: c) { kept[i].setting = c.setting; kept[i].phrase = old.phrase + " … " + c.phrase; continue }
            // the more specific phrase wins, wherever it was said ("4:5" over "instagram" over "portrait")
            if c.rank != old.rank {
                let (winner, loser) = c.rank > old.rank ? (c, old) : (old, c)
                if winner.setting == loser.setting {
                    kept[i].phrase = old.phrase + " … " + c.phrase
                    kept[i].rank = winner.rank
                } else {
                    conflicts.append("\"\(loser.phrase)\" (\(loser.setting.summary)) and \"\(winner.phrase)\" (\(winner.setting.summary)) disagree on the \(slot): used the more specific, \(winner.setting.summary)")
                    if c.rank > old.rank {
                        kept.remove(at: i)
                        kept.append(c)
                    }
                }
                continue
            }
            // "cut it to 20 seconds, it's too long": a complaint after the change said outright is its reason
            if c.implied, !old.implied, c.setting != old.setting { continue }
            // "people stop watching after 10 s, so make it shorter": a length said as the reason gives way to the change asked
            if old.implied, !c.implied, case .totalDuration = old.setting, case .scaleDuration = c.setting { kept[i] = c; continue }
            if let merged = merge(old.setting, c.setting) {
                kept[i].setting = merged
                kept[i].phrase = old.phrase + " … " + c.phrase
                kept[i].implied = old.implied && c.implied
                continue
            }
            if c.implied && !old.implied { continue }
            if !c.implied && !old.implied {
                conflicts.append("\"\(old.phrase)\" (\(old.setting.summary)) and later \"\(c.phrase)\" (\(c.setting.summary)) disagree on the \(slot): used the later, \(c.setting.summary)")
            }
            kept.remove(at: i)
            kept.append(c)
        }
        // "hard cut into photo 8 instead of the fade": what words imply for every photo gives way
        // to the same setting said outright for some of them
        let scoped = Set(kept.compactMap { c -> String? in
            if case .onPhotos(_, let s) = c.setting, !c.implied { return s.slot }
            return nil
        })
        if !scoped.isEmpty { kept.removeAll { $0.implied && $0.setting.slot.map(scoped.contains) == true } }
        // "视频不要超过3秒，太长了没人看": a complaint of length beside a cap on the clips said outright
        // is why the cap is asked, not a second shortening
        if kept.contains(where: { if case .clipMax = $0.setting { !$0.implied } else { false } }) {
            kept.removeAll { if case .scaleDuration(let f) = $0.setting { $0.implied && f < 1 } else { false } }
        }
        // "音乐别要了，太吵", "drop the music, it's way too loud": a complaint of the level beside the
        // music taken away said outright is why it goes, not a level for music that is no longer there
        if kept.contains(where: { $0.setting == .noMusic && !$0.implied }) {
            kept.removeAll { c in
                guard c.implied else { return false }
                if case .adjustMusicVolume = c.setting { return true }
                if case .musicVolume = c.setting { return true }
                return false
            }
        }
        return (RequestPlan(changes: kept), conflicts)
    }

    /// Whether `no` is still photos said of one kind of motion only ("no zoom", 别放大缩小, "no
    /// panning") beside a motion of the other kind (`kind`: "pan left", "zoom in"): that kind alone.
    static func noToOtherKind(_ no: Change, beside kind: Change) -> Bool {
        guard no.setting == .motion(.off), case .motion(let k) = kind.setting else { return false }
        let words = no.phrase.lowercased()
        let zoom = zoomWord.occurs(in: words), pan = panWord.occurs(in: words)
        guard zoom != pan, !otherMotionWord.occurs(in: words) else { return false }
        return zoom ? [.pan, .panLeft, .panRight, .panUp, .panDown].contains(k) : [.zoom, .zoomIn, .zoomOut].contains(k)
    }

    /// Words of one kind of motion, and of motion as a whole, in a phrase said no to.
    private static let zoomWord = Pattern(#"zoom|放大|缩小|缩放|縮小|縮放|推拉"#)
    private static let panWord = Pattern(#"\bpan|平移|摇镜|搖鏡|左右|横向|横移"#)
    private static let otherMotionWord = Pattern(#"\b(?:motion|movement|moving|move|ken burns|animation|still|static)\b|(?<!左右|左右移|左右晃|左右摆|左右滑|横向移|横向滑|左右动来)(?:动|動)|静止|靜止"#)

    /// Two settings of one slot that say the same thing or add up, merged; nil when they disagree.
    private static func merge(_ a: Setting, _ b: Setting) -> Setting? {
        if a == b { return a }
        switch (a, b) {
        case (.motion(let x), .motion(let y)) where x != .off && y != .off:
            if x == .mixed || y == .mixed { return x == .mixed ? b : a }
            // "zoom" and "zoom in": the direction says more
            let zooms: Set<MotionStyle> = [.zoom, .zoomIn, .zoomOut], pans: Set<MotionStyle> = [.pan, .panLeft, .panRight, .panUp, .panDown]
            if x == .zoom && zooms.contains(y) || x == .pan && pans.contains(y) { return b }
            if y == .zoom && zooms.contains(x) || y == .pan && pans.contains(x) { return a }
            return .motion(.mixed) // zoom and pan
        case (.music(let x), .music(let y)) where x == nil || y == nil:
            return .music(source: x ?? y)
        // a length, then "and make them slower": the length changed by the factor
        case (.transitionDuration(let ms), .scaleTransitions(let f)):
            return .transitionDuration(ms: DraftEditor.scaledTransition(ms, f))
        // "音乐小声点，调到20%", "louder, 60%": the level said says how much
        case (.adjustMusicVolume, .musicVolume(let v)):
            return .musicVolume(v)
        case (.totalDuration(let ms), .scaleDuration(let f)):
            return .totalDuration(ms: min(max(Int((Double(ms) * f).rounded()), totalRange.lowerBound), totalRange.upperBound))
        default:
            return nil
        }
    }

    /// "a, b and c".
    static func list(_ items: [String]) -> String {
        items.count <= 1 ? items.joined() : items.dropLast().joined(separator: ", ") + " and " + items.last!
    }
}

/// What one rule found in one match.
struct Found {
    var changes: [(Setting, implied: Bool)] = []
    var cloud: String?
    var notes: [String] = []
    /// How specific the words were (see `Change.rank`).
    var rank = 0
    /// Whether a "not", "no", "don't", 不要… before the words turns them around.
    var negatable = true

    init(_ settings: Setting..., implied: [Setting] = []) {
        changes = settings.map { ($0, false) } + implied.map { ($0, true) }
    }
    static func cloud(_ what: String) -> Found {
        var f = Found()
        f.cloud = what
        return f
    }
    func note(_ n: String) -> Found {
        var f = self
        f.notes.append(n)
        return f
    }
    func ranked(_ r: Int) -> Found {
        var f = self
        f.rank = r
        return f
    }
    /// What the words mean after a negation word, when not simply their opposite.
    var ifNegated: [Setting]?
    /// Settings a negation turned down (nothing to do instead).
    var declined: [Setting] = []
    /// Words around the match that the match used too ("each photo … for" before "5 seconds").
    var claims: [NSRange] = []
    /// Photos the words leave out of an edit of every photo ("except the first").
    var exception: Exception?

    /// The words turned around by a negation word: "no zoom" → still photos, "no music" → no
    /// music, "don't fade to black" → nothing (and said so), "no AI voice-over" → not the cloud.
    /// - Parameter listed: the words are one of a list said no to ("no zooming or panning").
    /// - Parameter replaced: the words name what another setting replaces ("pan left instead of
    ///   zooming"): what their negation leaves gives way to any setting said outright.
    func negated(listed: Bool = false, replaced: Bool = false) -> Found {
        var f = Found()
        f.rank = rank
        f.notes = notes
        if let replacement = ifNegated {
            // what the words meant said as they are ("the clips are used") is not said of their negation
            f.notes = []
            f.changes = replacement.map { ($0, replaced) }
            return f
        }
        for (s, implied) in changes {
            if listed, case .motion = s {
                f.changes.append((.motion(.off), implied))
            } else if replaced, case .transition = s {
                // "fades to black instead of crossfades": the kind said before replaces it; no cuts
                continue
            } else if let o = Self.opposite(s) {
                // "用黑场转场，不要淡入淡出", "no zoom and no pan": the other kind said outright wins over
                // what a "no" leaves (a crossfade said no to leaves cuts, panning said no to leaves zooms)
                let weak: Bool = switch o { case .transition, .motion(.zoom): true; default: false }
                f.changes.append((o, implied || weak || replaced))
            } else if !implied { f.declined.append(s) }
        }
        return f
    }

    static func opposite(_ s: Setting) -> Setting? {
        switch s {
        case .transition(.cut): .transition(.crossfade)
        case .transition(.crossfade): .transition(.cut)
        // "no panning": zooms only; any other motion said no to: still photos
        case .motion(let m): m == .off ? nil : m == .pan ? .motion(.zoom) : .motion(.off)
        case .scaleZoom(let f): f > 1 ? .motion(.off) : nil
        case .music: .noMusic
        case .title: .noTitle
        case .clipAudio(let on): .clipAudio(on: !on)
        // "no face tracking": the centre
        case .focus(.auto): .focus(nil)
        default: nil
        }
    }

    /// The same words, taken as they are even after a negation word.
    var notNegatable: Found {
        var f = self
        f.negatable = false
        return f
    }
}

/// A pattern and what its matches mean; returning nil leaves the words for other rules.
struct Rule {
    let pattern: Pattern
    let make: @Sendable (PatternMatch, PromptText) -> Found?
    /// Words of which the request must hold at least one for the rule to be tried (none: always
    /// tried), as UTF-8. A cheap substring test that spares long requests the rule's regular expression.
    private(set) var needs: [[UInt8]] = []
    /// A second list of words of which the request must also hold one (none: no second test).
    private(set) var needsToo: [[UInt8]] = []

    /// This rule, tried only when the request holds one of `words`.
    func needing(_ words: [String]) -> Rule {
        var rule = self
        rule.needs = words.map { Array($0.utf8) }
        return rule
    }

    /// This rule, tried only when the request holds one of `words` and one of `others`
    /// ("as long as the song": a length word and a music word).
    func needing(_ words: [String], and others: [String]) -> Rule {
        var rule = needing(words)
        rule.needsToo = others.map { Array($0.utf8) }
        return rule
    }

    /// Lists of words the pattern cannot match without (``Pattern/words``); a request lacking
    /// every word of one list is spared the regular expression.
    var words: [[[UInt8]]]? { pattern.words }

    /// The rules read the normalised request, which is lowercase: see ``Pattern/init(_:lowercaseInput:)``.
    init(_ pattern: String, _ make: @escaping @Sendable (PatternMatch, PromptText) -> Found?) {
        self.pattern = Pattern(pattern, lowercaseInput: true)
        self.make = make
    }
}

