import Foundation
import ReelTimeline

/// Motion and transitions for photos named: "zoom in on photo 3", "no movement on the first and
/// last photo", "photo 6 should pan left", "hard cut into photo 8", "fade to black before the last
/// photo", "dip to black after photo 5", "crossfade into photo 4 but cut everywhere else",
/// 第5张放大, 第三张不要动, 最后一张前面用黑场, 第二张和第三张之间硬切.
///
/// The motion and transition words are read by their own rules; these rules read only the
/// words that name the photos (a scope), which is then attached to the motion or transition
/// said next to it in the same sentence, as an exception is ("except the first").
extension PromptInterpreter {
    /// Words before a taken phrase that only join a photo to it: "photo 6 should [pan left]".
    private static let subjectGlue = #"\s*(?::|-|,)?\s*(?:(?:should|must|can|could|will|would|to|needs? to|has to|have to|is|are|gets?|get to|doesnt|dont|shouldnt|please|just|also|only)\s+)*(?=\x{1})"#

    /// Words one of which a request naming photos in English holds (a cheap test before the rules).
    private static let photoWords = ["photo", "picture", "image", "pic", "slide", "shot", "one", "last", "final"]

    static let scopeRules: [Rule] = [
        // "everything else as is", "everything else normal", "everything else as usual", "leave the
        // rest alone", "leave the other transitions alone", 其他不变: understood, nothing to change;
        // 其他的照常, 其余的保持原样, 剩下的就照旧吧, 别的照原来的, 其他嘅唔使改, 其他照片都不用动: the others as they are
        Rule(#"\b(?:everything|all)\s+else\s+(?:(?:can|should|will)\s+)?(?:stays?\s+|remains?\s+|be\s+|is\s+)?(?:as (?:it is|is|usual|normal|before)|unchanged|the same|untouched|normal|like before|default)\b|\bleave the rest(?:\s+(?:as (?:it is|is)|alone|unchanged))?\b|\bleave (?:all\s+)?the other (?:"# + noun + #"s|ones|transitions)(?:\s+(?:as (?:they are|it is|is)|alone|unchanged))\b|(?:其他|其余|其它)(?:的)?(?:都)?(?:不变|保持不变|照旧|不用动|不动)"#
             + #"|(?:其他|其余|其它|别的|剩下)(?:的)?(?:照片|图片|几张|部分)?(?:都|就|也|全部)?(?:照常|照旧|保持原样|维持原样|维持不变|保持不变|原样|不用改|不改|不用管|(?:不用|不需要|不必|无需)(?:再)?(?:动|改|调|变)|照原来的?|按原来的?)(?:就行|就好|就可以|即可)?(?=\s*(?:$|[,.;!?]|吧|啦|了))"#) { _, _ in
            Found().notNegatable
        }.needing(["else", "rest", "other", "其", "别的", "剩下"]),
        // "cut everywhere else", "hard cuts on the rest", 其他地方硬切: every photo but those named
        Rule(#"\b(?:everywhere|anywhere)\s+else\b|\belsewhere\b|\botherwise\b|\b(?:on|for|to|between|with|into)\s+(?:all\s+)?(?:of\s+)?(?:the\s+)?(?:rest(?:\s+of\s+(?:them|the\s+"# + noun + #"s))?|others|other\s+(?:"# + noun + #"s|ones|transitions))\b|(?:其他|其余|其它|别的|剩下)(?:的)?(?:地方|照片|图片|转场|几张)?(?:都|全|全部)?"#) { _, _ in
            var f = Found()
            f.exception = Exception(refs: [], between: false, leading: false, scope: .elsewhere)
            return f.notNegatable
        }.needing(["else", "otherwise", "rest", "other", "其", "别的", "剩下"]),
        // "from photo 5 into photo 6", "from the 2nd photo to the 3rd one": the transition between the two
        Rule(#"\bfrom\s+("# + oneRef + #")\s+(?:in)?to\s+(?:("# + oneRef + #")|(?:the\s+)?(?:#\s*)?(\d+)\b(?![\d.]|\s*(?:s|secs?|seconds?|%)\b)|(?:the\s+)?(\d+(?:st|nd|rd|th)|last|final)(?:\s+one)?\b)"#) { m, _ in
            // "to 6", "to the 3rd one": the noun left out
            let second = m[2] ?? m[3].map { "photo " + $0 } ?? ((m[4] ?? "") + " photo")
            return scope(refs: photoRefs(m[1] ?? "") + photoRefs(second), word: "between", leading: false)
        }.needing(["from"]),
        // "i want a hard cut there", "no crossfade there", 那里硬切: the photos the scope said last named
        Rule(#"(?<=\x{1} )there\b(?!\s+(?:is|are|was|were|s|isnt|arent)\b)|(?:那里|那儿|那边|这里|这儿)\s*(?:就|也|都)?\s*(?:用|改成|换成|要|做)?\s*(?=\x{1})"#) { m, _ in
            var f = Found()
            f.exception = Exception(refs: [], between: true, leading: !m.text.hasPrefix("there"), scope: .only)
            return f.notNegatable
        }.needing(["there", "那", "这"]),
        // "on photo 3", "for the first and last photo", "into photo 8", "before the last photo",
        // "after photo 5", "between photo 2 and 3", "from photo 2 to 3"
        Rule(#"\b(on|for|into|to|before|after|between|from|going into|leading into|leading up to)\s+(?:("# + refList + #")|(?:the\s+)?(1st|last|final)(?=\s*(?:$|[,.;!?]|(?:and|too|please|pls|as well|instead)\b)))"#) { m, _ in
            // "zoom out on the last": the noun left out
            scope(refs: photoRefs(m[2] ?? ((m[3] ?? "") + " photo")), word: m[1] ?? "", leading: false)
        }.needing(photoWords + ["1st"]),
        // "take out [the transition] between 6 and 7", "[hard cut] between 3 & 4": the two photos right
        // after the transition words, the noun left out (not "between 20 and 30 seconds")
        Rule(#"(?<=\x{1} )between\s+(\d{1,3})\s*(?:and|&)\s*(\d{1,3})\b(?![\d.]|\s*(?:%|s\b|secs?\b|seconds?\b|minutes?\b|mins?\b|ms\b|fps\b|x\b|percent\b|frames?\b))"#) { m, _ in
            guard let a = m[1].flatMap({ Int($0) }), let b = m[2].flatMap({ Int($0) }), abs(a - b) == 1 else { return nil }
            return scope(refs: [.number(a), .number(b)], word: "between", leading: false)
        }.needing(["between"]),
        // "don't move [the first photo]", "stop zooming [photo 5]": the photo right after the words
        Rule(#"(?<=\x{1} )("# + refList + #")"#) { m, _ in
            scope(refs: photoRefs(m[1] ?? ""), word: "on", leading: false)
        }.needing(photoWords),
        // [别动]第5张, [不要动]第五张 (第五张是特写，别动它: the pronoun read as the photo by then), [放大]最后一张:
        // the photos right after the words, in Chinese
        Rule(#"(?=第|最后|前)(?:(?<=\x{1})|(?<=\x{1}\s))((?:第\s*\d+\s*张?|最后\s*\d*\s*张|前\s*\d+\s*张)(?:\s*(?:和|、|与|跟|到|至)\s*(?:第?\s*\d+\s*张?|最后\s*\d*\s*张))*)(?:照片|图片|图)?"#) { m, _ in
            scope(refs: exceptionRefs(m[1] ?? ""), word: "on", leading: false)
        }.needing(["第", "最后", "前"]),
        // "photo 6 should [pan left]", "make photo 3 [zoom in]", "keep photo 5 [still]": the photo,
        // then words some rule took
        Rule(#"(?:\b(?:make|let|have|keep|get)\s+)?("# + refList + #")"# + subjectGlue) { m, _ in
            scope(refs: photoRefs(m[1] ?? ""), word: "on", leading: true)
        }.needing(photoWords),
        // 第5张[放大], 照片5[不要动], 最后一张前面用[黑场], 第2张和第3张之间[硬切], 第8张之后[淡入淡出],
        // 最后一张改成慢慢[放大] (the manner before or after the verb), 第三张镜头慢慢[推近] (the camera named)
        Rule(#"((?:第\s*\d+\s*张?|最后\s*\d*\s*张|前\s*\d+\s*张|(?:照片|图片|图)\s*\d+(?![\d.]))(?:\s*(?:和|、|,|与|跟|到|至|以及)\s*(?:第?\s*\d+\s*张?|最后\s*\d*\s*张))*(?:照片|图片|图)?)\s*(?:的)?\s*(?:镜头\s*)?(前面|之前|前|后面|之后|后|之间|中间)?\s*(?:的)?\s*(?:转场|过渡)?\s*(?:就|也|都|再)?\s*(?:慢慢|轻轻|缓缓|稍微|微微)?(?:地|的)?\s*(?:用|加|改成|改为|换成|变成|做成|弄成|要|做|来|是|给|设为|设成|放|换)?(?:个|一个)?\s*(?:慢慢|轻轻|缓缓|稍微|微微)?(?:地)?\s*(?=\x{1})"#) { m, _ in
            let word = switch m[2] ?? "" {
            case "前面", "之前", "前": "before"
            case "后面", "之后", "后": "after"
            case "之间", "中间": "between"
            default: "on"
            }
            // 前3张, 最后2张, 第2到4张: as an exception names them
            return scope(refs: exceptionRefs(m[1] ?? ""), word: word, leading: true)
        }.needing(["第", "最后", "前", "照片", "图"]),
    ]

    /// What the words naming photos mean: the photos themselves ("on", "for"), or the transitions
    /// into them ("into", "before"), after them ("after photo 5" is the one into photo 6), or
    /// between them ("between photo 2 and 3" is the one into photo 3).
    static func scope(refs: [PhotoRef], word: String, leading: Bool) -> Found? {
        guard !refs.isEmpty else { return nil }
        var named = refs
        var transitions = true
        switch word {
        case "on", "for": transitions = false
        case "after":
            named = refs.compactMap { r in
                switch r {
                case .number(let n): .number(n + 1)
                case .first: .number(2)
                case .fromEnd(let n) where n > 1: .fromEnd(n - 1)
                default: nil // nothing comes after the last photo
                }
            }
            guard !named.isEmpty else { return Found().note("there is no transition after the last photo; nothing changed there").notNegatable }
        case "between", "from":
            // the transition into the later of each pair
            named = stride(from: 0, to: refs.count, by: 2).map { i in
                guard i + 1 < refs.count else { return refs[i] }
                if case .number(let a) = refs[i], case .number(let b) = refs[i + 1] { return .number(max(a, b)) }
                return refs[i + 1]
            }
        default: break
        }
        var f = Found()
        f.exception = Exception(refs: named, between: transitions, leading: leading, scope: .only)
        return f.notNegatable
    }

    /// Whether a motion or transition edit can be limited to some photos.
    static func takesScope(_ s: Setting) -> Bool {
        switch s {
        case .motion, .scaleZoom, .fit, .focus, .transition, .transitionDuration, .scaleTransitions: true
        default: false
        }
    }

    /// Each scope attached to the motion or transition said next to it in the same sentence
    /// (before it, or after it when the scope leads: "photo 6 should pan left", 第5张放大), making
    /// it an edit of those photos only; then each "everywhere else" to the edit next to it,
    /// leaving out the photos the scoped edit of the same kind named. Returns the scopes that
    /// limit nothing, in the user's words.
    static func attachScopes(_ scopes: [(Exception, NSRange)], to changes: inout [Change], _ prompt: PromptText) -> [String] {
        var unattached: [String] = []
        let text = prompt.text as NSString
        /// No sentence ends between the two ranges.
        func sameSentence(_ a: Int, _ b: Int) -> Bool {
            let lo = min(a, b), hi = max(a, b)
            guard hi > lo else { return true }
            return !Self.sentenceEnd.occurs(in: text.substring(with: NSRange(location: lo, length: hi - lo)))
        }
        var lastNamed: Exception?
        for (named, r) in scopes.sorted(by: { ($0.0.scope == .elsewhere ? 1 : 0, $0.1.location) < ($1.0.scope == .elsewhere ? 1 : 0, $1.1.location) }) {
            var e = named
            if e.scope == .only {
                // "a hard cut there": the photos the scope before it named
                if e.refs.isEmpty {
                    guard let last = lastNamed else { unattached.append(prompt.said(r)); continue }
                    e.refs = last.refs
                    e.between = last.between
                } else {
                    lastNamed = e
                }
            }
            let fits = changes.indices.filter { i in
                let s = changes[i].setting
                guard takesScope(s) else { return false }
                return !e.between || s.isTransitionEdit
            }
            let before = fits.filter { changes[$0].end <= r.location && sameSentence(changes[$0].end, r.location) }.max { changes[$0].position < changes[$1].position }
            let after = fits.filter { changes[$0].position >= r.location + r.length && sameSentence(r.location + r.length, changes[$0].position) }.min { changes[$0].position < changes[$1].position }
            // "pan photo 4 to the right": the photo inside the words
            let around = fits.first { changes[$0].position <= r.location && changes[$0].end >= r.location + r.length }
            guard let pick = around ?? (e.leading ? (after ?? before) : (before ?? after)) else {
                // "it's covering the nurse's face on the first one": where the title hides something is its reason
                if e.scope == .only, !Self.coveringBefore.occurs(in: text.substring(to: r.location)) { unattached.append(prompt.said(r)) }
                continue
            }
            var refs = e.refs
            if e.scope == .elsewhere {
                // the photos an edit of the same kind was limited to ("crossfade into photo 4")
                let transition = changes[pick].setting.isTransitionEdit
                let named = changes.compactMap { c -> [PhotoRef]? in
                    if case .onPhotos(let refs, let inner) = c.setting, inner.isTransitionEdit == transition { return refs }
                    return nil
                }
                guard let last = named.last else {
                    // "remove the first two and do a slow zoom out on the rest": the photos left after a
                    // removal are every photo the video still has, so the edit stays one of every photo
                    if changes.contains(where: { if case .removePhoto = $0.setting { true } else if case .keepPhotos = $0.setting { true } else { false } }) {
                        let start = changes[pick].position
                        let lo = min(start, r.location), hi = max(changes[pick].end, r.location + r.length)
                        let phrase = prompt.said(NSRange(location: lo, length: hi - lo))
                        for i in fits where changes[i].position == start {
                            changes[i].phrase = phrase
                            changes[i].position = lo
                            changes[i].end = hi
                        }
                    } else {
                        unattached.append(prompt.said(r))
                    }
                    continue
                }
                refs = last
            }
            let start = changes[pick].position
            let lo = min(start, r.location), hi = max(changes[pick].end, r.location + r.length)
            let phrase = prompt.said(NSRange(location: lo, length: hi - lo))
            for i in fits where changes[i].position == start {
                var inner = changes[i].setting
                // "stop panning on photo 2": for one photo what a "no" leaves is a still photo, not zooms
                if e.scope == .only, changes[i].implied, inner == .motion(.zoom) {
                    inner = .motion(.off)
                    changes[i].implied = false
                }
                changes[i].setting = e.scope == .elsewhere ? .exceptPhotos(refs, inner) : .onPhotos(refs, inner)
                changes[i].phrase = phrase
                changes[i].position = lo
                changes[i].end = hi
            }
        }
        return unattached
    }

    private static let sentenceEnd = Pattern(#"[.;!?。；！？]"#)
    /// A clause saying what the title covers, up to the photo it names: "its covering the nurses
    /// face [on the first one]", "the text hides the cake [in photo 3]".
    private static let coveringBefore = Pattern(#"(?:^|[,.;!?\x{01}])\s*(?:(?:because|since|cause|cuz|as|but|and)\s+)?(?:its|it is|it s|it|the title|the text|the caption|that)\s+(?:is\s+|s\s+|keeps\s+|always\s+|kind of\s+|kinda\s+|totally\s+|partly\s+)*(?:covering|covers|cover|hiding|hides|hide|blocking|blocks|block|over|on top of)\b[^,.;!?\x{01}]*$"#, lowercaseInput: true)
}
