import Foundation
import ReelTimeline

/// Photos left out of an edit of every photo ("except the first", 除了最后一张).
struct Exception: Sendable {
    /// The photos left out; for transitions, the photos the transitions kept lead into.
    var refs: [PhotoRef]
    /// "between photo 3 and 4": the words name the transitions between photos.
    var between: Bool
    /// Said before the edit it limits (除了第一张，每张2秒): it looks forward first.
    var leading: Bool
    /// What the photos named are to the edit: left out of it (`except`), the only ones it
    /// changes (`only`: "zoom in on photo 3"), or the ones another edit named are left out
    /// (`elsewhere`: "cut everywhere else").
    var scope: ExceptionScope = .except
}

/// How the photos of an `Exception` limit the edit it is attached to.
enum ExceptionScope: Sendable {
    case except, only, elsewhere
}

/// "All but" and exceptions: "every photo 2 seconds except the first", "zoom on every photo
/// except the last", "no transitions except between photo 3 and 4", "remove all photos except
/// 3 and 5", "all photos 4 s but the last two 6 s", 除了第一张每张2秒, 除了最后一张都删掉,
/// 每张2秒，最后一张除外.
extension PromptInterpreter {
    /// Words that can name photos after "except": "the first", "photos 2 and 4", "3 and 5", "the last 2".
    private static let exceptSpan = #"((?:(?:the|and|or|photos?|pictures?|images?|pics?|slides?|shots?|fotos?|ones?|no|number|last|final|\d+(?:st|nd|rd|th)?|to|through|thru)\b\s*|[,#&]\s*)+)"#
    private static let exceptWord = #"\b(except(?:\s+for)?|excepting|excluding|but\s+not|but|apart\s+from|aside\s+from|other\s+than|besides|save\s+for|not\s+including|with\s+the\s+exception\s+of)\s+(?:on\s+|for\s+|in\s+)?(between\s+)?"#
    /// "…, which should be 6", "at 4 seconds", "6 s", "give that 6", "let that one hang for 6 seconds": a
    /// length for the photos named.
    private static let exceptValue = #"(?:\s*,?\s*(?:(?:which|that|those|they|these|it|each)\s+)?(?:(?:should|must|will|can|need to|needs to)\s+)?(?:(?:be|get|gets|stay|stays|last|lasts|at|for|to|with|are|is|:|=)\s+)?(\d+(?:\.\d+)?)\s*(?:seconds?|secs?|s|sec)\b(?:\s+(?:each|apiece|long))?|\s*,?\s*(?:(?:(?:which|that|those|they|these|it)\s+)?(?:should|must|will|can)\s+(?:be|get|last|stay)|(?:and\s+)?(?:give|make|set|have|put|keep|let)\s+(?:that|it|them|those|these|this)(?:\s+ones?)?(?:\s+(?:be|at|to|for|on|(?:hang|stay|sit|last|linger|remain)(?:\s+(?:up|on|there|on screen))?(?:\s+for)?))?)\s+(\d+(?:\.\d+)?)\b(?!\s*(?:%|x|fps))(?:\s*(?:seconds?|secs?|sec|s)\b)?)?"#
    private static let exceptEnd = #"(?=\s*(?:$|[,.;!?]|[-–—](?=\s)|(?:and|then|but|also|plus|please|pls|thanks|too|instead)\b|\p{Han}))"#
    private static let everyAndRemove = #"(?:\b(remove|delete|drop|get rid of|cut|ditch|lose|scrap|take out|trash|toss|nix|erase|throw out)\s+(?:all(?:\s+of)?(?:\s+the)?|every(?:thing)?|each|the rest)(?:\s+(?:single\s+)?"# + noun + #"s?)?\s*,?\s+)?"#
    private static let zhRef = #"(?:第\s*\d+\s*张?|最后\s*\d*\s*张?|前\s*\d+\s*张|\d+\s*张)"#
    private static let zhSpan = #"("# + zhRef + #"(?:\s*(?:和|、|,|与|跟|到|至|以及|还有)?\s*"# + zhRef + #")*(?:照片|图片|图)?)"#
    /// 都用, 都要, 全部保留: the others all used (said at a clause's end).
    private static let zhUseAll = #"(?:(?<=都|全|全部|统统|其他|其余|其它|剩下|别的|的)(用上|用|要|保留|留着|留下|放进去)(?=\s*(?:$|[,.;!?]|吧|了)))?"#
    private static let zhRemoveAll = #"(?:(删掉|删除|删了|删去|去掉|不要了?|拿掉|移除|删)(?=\s*(?:$|[,.;!?]|吧|了)))?"#

    /// Every photo named as what is used or kept: "all of them", "all the photos", "everything",
    /// "every photo", "my pics".
    private static let allPhotos = #"(?:all(?:\s+of)?(?:\s+(?:the|my|our|these|those))?(?:\s+(?:single\s+)?"# + noun + #"s?)?|all\s+of\s+them|them\s+all|every(?:thing|\s+(?:single\s+)?"# + noun + #"|\s+one)|(?:the|my|our|these|those)\s+"# + noun + #"s)"#

    static let exceptionRules: [Rule] = [
        // "use all of them except photos 4 and 9", "keep every photo but the last", "include all my pics
        // except 3": every photo but the ones named, which are removed (only when the clause ends
        // there: "keep all photos except the first still" is about the motion)
        Rule(#"\b(?:use|using|keep|keeping|include|including|take|want|put in)\s+"# + allPhotos + #"\s*,?\s+"# + exceptWord + exceptSpan + exceptEnd) { m, _ in
            guard m[2] == nil else { return nil }
            return allBut(m[3] ?? "")
        },
        // "every photo except the first should be 2 seconds", "all photos except the last zoom in":
        // the exception inside the words for every photo; what they get is said after it
        Rule(#"(?<!(?:remove|delete|drop|ditch|scrap|trash|erase|rid of|out|lose|cut|toss|nix)\s)\b(?:every|each|all(?:\s+of)?(?:\s+the)?|all\s+my)\s+(?:single\s+)?"# + noun + #"s?\s+"# + exceptWord + exceptSpan
             + #"(?:(?=\s*(?:should|must|will|can|could|to|get|gets|are|is|be|lasts|stay|zoom|zooms|pan|pans|have|need|needs)\b)|\s*:?\s*(\d+(?:\.\d+)?)\s*(?:seconds?|secs?|s|sec)\b(?:\s+(?:each|apiece))?)"#) { m, _ in
            guard var f = exception(span: m[3] ?? "", between: m[2] != nil, leading: true, removing: false, seconds: nil) else { return nil }
            // "all photos but the last two 4 seconds": the length is every other photo's
            if let s = m.number(4) {
                guard s > 0 else { return Found().note("0 s per photo makes no sense; the photos are unchanged").notNegatable }
                f.changes = [(.photoDuration(ms: FrameTime.ms(seconds: s)), false)]
            }
            return f
        },
        // "but keep the first one at 3 seconds": that photo's length
        Rule(#"\b(?:but\s+)?(?:keep|leave|hold)\s+"# + exceptSpan + #"\s*(?:at|as|on)\s+(\d+(?:\.\d+)?)\s*(?:seconds?|secs?|s|sec)?\b(?!\s*(?:%|x|fps|photos?|pictures?))"#) { m, _ in
            exception(span: m[1] ?? "", between: false, leading: false, removing: false, seconds: m.number(2))
        },
        Rule(everyAndRemove + #"(?:\b(?:everywhere|throughout|across the board|on all of them)\s+)?"# + exceptWord + exceptSpan + exceptValue + exceptEnd) { m, _ in
            exception(span: m[4] ?? "", between: m[3] != nil, leading: false, removing: m[1] != nil, seconds: m.number(5) ?? m.number(6))
        },
        // 除了第一张每张2秒, 除了最后一张都删掉, 除了第3张和第4张之间，其他地方都不要转场; 除了第4张和第9张
        // 其他都用: every photo used but the ones named, which are removed
        Rule(#"(?<![删去消移清排剔解])除(?:了|去)?\s*"# + zhSpan + #"\s*(之间)?\s*(?:以外|之外|外)?\s*(?:的)?\s*,?\s*(?:(?:其他|其余|其它|剩下|别的)(?:的)?(?:地方|照片|图片|图|的)?\s*)?(?:都|全|全部|统统)?\s*(?:给我)?"# + zhRemoveAll + zhUseAll) { m, _ in
            if m[4] != nil, m[2] == nil { return allBut(m[1] ?? "") }
            return exception(span: m[1] ?? "", between: m[2] != nil, leading: true, removing: m[3] != nil, seconds: nil)
        },
        // 只保留第1到4张, 只要第2张和第5张
        Rule(#"只(?:要|保留|留|用)\s*"# + zhSpan) { m, _ in
            let refs = exceptionRefs(m[1] ?? "")
            return refs.isEmpty ? nil : Found(.keepPhotos(refs)).notNegatable
        },
        // 每张2秒，最后一张除外; 第一张不变，其他每张2秒
        Rule(zhSpan + #"\s*(?:都)?\s*(?:除外|不算|例外|(?:保持)?不变|保持原样|照旧)(?:\s*,?\s*((?:其他|其余|其它|剩下|别的)(?:的)?(?:照片|图片|图)?))?"#) { m, _ in
            exception(span: m[1] ?? "", between: false, leading: m[2] != nil, removing: false, seconds: nil)
        },
        // 所有照片4秒，但最后两张6秒
        Rule(#"(?:但|但是|不过)\s*"# + zhSpan + #"\s*(?:都|是|各|每张|要)?\s*(\d+(?:\.\d+)?)\s*秒钟?"#) { m, _ in
            exception(span: m[1] ?? "", between: false, leading: false, removing: false, seconds: m.number(2))
        },
    ]

    /// "all of them except photos 4 and 9": the photos named, removed.
    private static func allBut(_ span: String) -> Found? {
        let refs = exceptionRefs(span)
        guard !refs.isEmpty else { return nil }
        var f = Found()
        f.changes = refs.map { (.removePhoto($0), false) }
        return f.notNegatable
    }

    /// What an exception's words mean: photos kept (with a removal), lengths for the photos
    /// named (with a length), or photos left out of the edit said next to it.
    private static func exception(span: String, between: Bool, leading: Bool, removing: Bool, seconds: Double?) -> Found? {
        var refs = exceptionRefs(span)
        guard !refs.isEmpty else { return nil }
        if removing { return Found(.keepPhotos(refs)).notNegatable }
        if let s = seconds {
            guard s > 0 else { return Found().note("0 s for \(list(refs.map(\.description))) makes no sense; unchanged").notNegatable }
            var f = Found()
            f.changes = refs.map { (.photoLength($0, ms: FrameTime.ms(seconds: s)), false) }
            return f.notNegatable
        }
        if between {
            // "between photo 3 and 4": the transition into the later of each pair
            refs = stride(from: 0, to: refs.count, by: 2).map { i in
                guard i + 1 < refs.count else { return refs[i] }
                if case .number(let a) = refs[i], case .number(let b) = refs[i + 1] { return .number(max(a, b)) }
                return refs[i + 1]
            }
        }
        var f = Found()
        f.exception = Exception(refs: refs, between: between, leading: leading)
        return f.notNegatable
    }

    /// The photos an exception names: "the 1st 2" (the first two), "the last 2", "3 and 5",
    /// "photos 2 to 4", 第3张和第5张, 最后2张, 前3张.
    static func exceptionRefs(_ span: String) -> [PhotoRef] {
        var out: [PhotoRef] = []
        func add(_ r: PhotoRef) { if !out.contains(r) { out.append(r) } }
        for m in refToken.matches(in: span) {
            if let n = Int(m[1] ?? m[3] ?? ""), n >= 1, n <= 100 {
                (1...n).forEach { add(.number($0)) }
            } else if let n = Int(m[2] ?? m[4] ?? ""), n >= 1, n <= 100 {
                (1...n).reversed().forEach { add($0 == 1 ? .last : .fromEnd($0)) }
            } else if let a = Int(m[5] ?? ""), let b = Int(m[6] ?? ""), a >= 1, a <= b, b - a <= 100 {
                (a...b).forEach { add(.number($0)) }
            } else if let n = Int(m[7] ?? "") {
                if n >= 1 { add(.number(n)) }
            } else {
                add(.last)
            }
        }
        return out
    }

    private static let refToken = Pattern(#"(?<![\d.])1st\s+(\d+)(?![\d.]|st|nd|rd|th)|\b(?:last|final)\s+(\d+)(?![\d.]|st|nd|rd|th)|前\s*(\d+)\s*张|最后\s*(\d+)\s*张|(?<![\d.])(\d+)(?:st|nd|rd|th)?\s*张?\s*(?:to|through|thru|到|至|~)\s*第?\s*(\d+)|\b(?:last|final)\b|最后|(?<![\d.])(\d+)(?:st|nd|rd|th)?(?![\d.])"#)

    /// Whether an edit of every photo can leave some out.
    static func takesExceptions(_ s: Setting) -> Bool {
        switch s {
        case .photoDuration, .scalePhotos(nil, _), .addPhotoTime(nil, _), .motion, .scaleZoom, .fit, .focus,
             .transition, .transitionDuration, .scaleTransitions: true
        case .exceptPhotos(_, let inner): takesExceptions(inner)
        // "make the photos shorter except photo 2": every photo's length, not the video's
        case .scaleDuration: true
        default: false
        }
    }

    /// Each exception applied to the edit of every photo it limits: the nearest one said before
    /// it ("every photo 2 seconds except the first"), or after it when none was or when it leads
    /// (除了第一张，每张2秒). The change's phrase becomes the user's words for both. Returns the
    /// exceptions that limit nothing, in the user's words.
    static func attach(_ exceptions: [(Exception, NSRange)], to changes: inout [Change], _ prompt: PromptText) -> [String] {
        var unattached: [String] = []
        for (e, r) in exceptions {
            let fits = changes.indices.filter { i in
                let s = changes[i].setting
                guard takesExceptions(s) else { return false }
                if case .exceptPhotos(_, let inner) = s { return !e.between || inner.isTransitionEdit }
                return !e.between || s.isTransitionEdit
            }
            let before = fits.filter { changes[$0].position < r.location && changes[$0].end <= r.location }.max { changes[$0].position < changes[$1].position }
            let after = fits.filter { changes[$0].position >= r.location + r.length }.min { changes[$0].position < changes[$1].position }
            // words around it ("every photo except the first should be 2 seconds"), else before or after
            let around = fits.first { changes[$0].position <= r.location && changes[$0].end >= r.location + r.length }
            guard let pick = around ?? (e.leading ? (after ?? before) : (before ?? after)) else {
                unattached.append(prompt.said(r))
                continue
            }
            let start = changes[pick].position
            let lo = min(start, r.location), hi = max(changes[pick].end, r.location + r.length)
            let phrase = prompt.said(NSRange(location: lo, length: hi - lo))
            for i in fits where changes[i].position == start {
                if case .exceptPhotos(let refs, let inner) = changes[i].setting {
                    changes[i].setting = .exceptPhotos(refs + e.refs.filter { !refs.contains($0) }, inner)
                } else if case .scaleDuration(let f) = changes[i].setting {
                    changes[i].setting = .exceptPhotos(e.refs, .scalePhotos(nil, f))
                } else {
                    changes[i].setting = .exceptPhotos(e.refs, changes[i].setting)
                }
                changes[i].phrase = phrase
                changes[i].position = lo
                changes[i].end = hi
            }
        }
        return unattached
    }
}
