import Foundation
import ReelTimeline

/// Seconds added to or taken from photos: "make photo 3 two seconds longer", "each photo 1
/// second shorter", "give photo 5 an extra second", "add 2 seconds to the last photo",
/// 第三张多放两秒, 每张照片少放1秒.
extension PromptInterpreter {
    static let everyPhoto = #"(?:each|every|all(?: of)?(?: the)?)\s+(?:single\s+)?"# + noun + #"s?"#
    static let optionalNumber = #"(?:(\d+(?:\.\d+)?)\s*)?"#
    /// "an extra 2 seconds", "2 more seconds", "a second more" (three number groups).
    static let moreSeconds = #"(?:(?:an?\s+)?(?:extra|another|more|additional)\s+"# + optionalNumber + #"(?:seconds?|secs?)\b|(?:an?\s+)?"# + optionalNumber
        + #"(?:more|extra|additional)\s+(?:seconds?|secs?)\b|(?:an?\s+)?"# + optionalNumber + #"(?:seconds?|secs?)\s+(?:more|extra)\b)"#

    static let photoTimeRules: [Rule] = [
        // "make photo 3 two seconds longer", "each photo 1 second shorter", "photos 2 and 4 a second longer"
        Rule(#"(?:\bmake\s+)?(?:("# + everyPhoto + #")|("# + refList + #"))\s+(?:(?:last|lasts|stay|stays|be|appear|show|shown|on screen|remain|should|must|to|needs to|need to|can|will)\s+)*(?:a\s+|an\s+)?"# + optionalNumber + #"(?:seconds?|secs?|s)\s+(longer|shorter|more|less)\b"#) { m, _ in
            photoTime(every: m[1] != nil, refs: m[2], seconds: m.number(3), shorter: m[4] == "shorter" || m[4] == "less")
        },
        // "give photo 3 two more seconds", "give each photo an extra second", "each photo gets one more second"
        Rule(#"\b(?:give|allow)\s+(?:("# + everyPhoto + #")|("# + refList + #"))\s+"# + moreSeconds) { m, _ in
            photoTime(every: m[1] != nil, refs: m[2], seconds: m.number(3) ?? m.number(4) ?? m.number(5), shorter: false)
        },
        Rule(#"(?:("# + everyPhoto + #")|("# + refList + #"))\s+(?:gets?|should get|will get|can get|receives?|needs)\s+"# + moreSeconds) { m, _ in
            photoTime(every: m[1] != nil, refs: m[2], seconds: m.number(3) ?? m.number(4) ?? m.number(5), shorter: false)
        },
        // "add 2 seconds to photo 5", "take a second off each photo"
        Rule(#"\b(add|put|take|cut|trim|shave)\s+(?:an?\s+)?(?:extra\s+|another\s+)?"# + optionalNumber + #"(?:more\s+|extra\s+)?(?:seconds?|secs?|s)\s+(?:more\s+)?(?:to|on|onto|off|from|off of)\s+(?:("# + everyPhoto + #")|("# + refList + #"))"#) { m, _ in
            photoTime(every: m[3] != nil, refs: m[4], seconds: m.number(2), shorter: !["add", "put"].contains(m[1] ?? ""))
        },
        // "shorten the last picture by a second", "lengthen each photo by 2 seconds"
        Rule(#"\b(shorten|lengthen|extend|stretch|trim|cut)\s+(?:("# + everyPhoto + #")|("# + refList + #"))\s+by\s+(?:an?\s+)?"# + optionalNumber + #"(?:seconds?|secs?|s)\b"#) { m, _ in
            photoTime(every: m[2] != nil, refs: m[3], seconds: m.number(4), shorter: ["shorten", "trim", "cut"].contains(m[1] ?? ""))
        },
        // 第三张多放两秒, 每张照片少放1秒, 第2张延长3秒
        Rule(#"(?:(每张|每一张|所有)|("# + refList + #"))(?![\d.])(?:照片|图片|图)?\s*(?:的)?(?:时间|时长|显示时间|停留时间)?\s*(?:都|再|各)?(?:(多|少)(?:放|显示|停留|停|留|给)?(?:了)?|(延长|加长|增加|多加|缩短|减少|减)(?!到|为|成)(?:了)?)\s*(\d+(?:\.\d+)?)\s*秒钟?"#) { m, _ in
            let shorter = m[3] == "少" || ["缩短", "减少", "减"].contains(m[4] ?? "")
            return photoTime(every: m[1] != nil, refs: m[2], seconds: m.number(5), shorter: shorter)
        },
    ]

    static func photoTime(every: Bool, refs: String?, seconds: Double?, shorter: Bool) -> Found? {
        let s = seconds ?? 1
        guard s > 0 else { return Found().note("0 s more or less changes nothing; the photos are unchanged").notNegatable }
        let ms = FrameTime.ms(seconds: s) * (shorter ? -1 : 1)
        if every { return Found(.addPhotoTime(nil, ms: ms)) }
        let list = photoRefs(refs ?? "")
        guard !list.isEmpty else { return nil }
        var f = Found()
        f.changes = list.map { (.addPhotoTime($0, ms: ms), false) }
        return f
    }
}
