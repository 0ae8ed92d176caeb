import Foundation
import ReelTimeline

/// Transition names from the catalogue ("wipe", "slide transitions", "push", "zoom transition",
/// "circle", "luma wipe", "blur transition", 擦除, 推移…). Read before the general transition
/// rules, so "wipe transitions" is a wipe, not a crossfade.
extension PromptInterpreter {
    static let direction = #"(left|right|up|down|向左|向右|向上|向下)"#

    static let transitionNameRules: [Rule] = [
        Rule(#"\bluma(?:[- ]matte)? (?:wipes?|fades?|transitions?)\b|亮度(?:擦除|转场)"#) { _, _ in Found(.transition(.lumaWipe)) },
        Rule(#"\b(?:blur(?:red|ry)?|soft[- ]focus) (?:transitions?|fades?|cross ?fades?|dissolves?)\b|模糊(?:转场|过渡)"#) { _, _ in Found(.transition(.blurFade)) },
        Rule(#"\b(?:noise|noisy|pixel|pixelated|grainy) dissolves?\b|噪点(?:溶解|转场)"#) { _, _ in Found(.transition(.dissolve)) },
        Rule(#"\bwipes? (?:to (?:the )?)?"# + direction + #"\b|\bwipe transitions?\b|\bwipes?\b|擦除(?:转场|过渡)?"#) { m, p in
            guard m[1] != nil || m.text.contains("transition") || !bareNameInLabel(m, p) else { return nil }
            return Found(.transition(kind(wipe: true, direction: m[1])))
        },
        Rule(#"\b(?:slides?|slide-ins?|slid(?:e|ing) in|push(?:es)?|pushing) (?:to (?:the )?)?"# + direction + #"\b|\b(?:slide|sliding|push|pushing) (?:transitions?|effects?)\b|\bpush(?:es)?(?= |$)(?! (?:it|to|the|my|this|in|into|out)\b)|推移(?:转场|过渡)?|推入"#) { m, _ in
            Found(.transition(kind(wipe: false, direction: m[1])))
        },
        Rule(#"\bzoom(?:-in| in)? (?:transitions?|blends?|fades?)\b|\bzoom(?:ing)? between\b|\bzoom through\b|缩放(?:转场|过渡)"#) { _, _ in Found(.transition(.zoomIn)) },
        Rule(#"\b(?:circle|circular|iris)(?: (open|opening|close|closing|in|out|reveal|wipe))?(?: transitions?| wipes?)?\b|圆形(?:转场|过渡)?"#) { m, p in
            guard m[1] != nil || m.text.contains("transition") || m.text.contains("wipe") || !bareNameInLabel(m, p) else { return nil }
            let closing = ["close", "closing", "out"].contains(m[1] ?? "")
            return Found(.transition(closing ? .circleClose : .circleOpen))
        },
    ]

    /// Words before a bare transition name that make it an ordinary noun ("knitting circle",
    /// "drum circle", "baby wipes"): a group, a thing, not a transition.
    static let labelBeforeName = Pattern(#"\b(?:(?!(?:using|adding|trying|doing|having|getting|making|something|opening|closing|sliding|wiping|fading|zooming|panning|bring|king|ring|sing|thing|nothing|anything|everything|spring)\b)[a-z]{2,}ing|drum|prayer|book|support|inner|family|friends|social|traffic|stone|crop|full|craft|crochet|story|sharing|wet|baby|face|hand|water|lens|screen|car|kitchen|disinfectant|antibacterial|makeup|make up)\s+$"#)

    /// Words after a bare transition name that make it an ordinary noun ("circle of friends",
    /// "circle time", "wipes for the kids").
    static let labelAfterName = Pattern(#"^\s+(?:of|time|game|games|meeting|members?|group|night|club|friends|session|for)\b"#)

    /// Whether a bare transition name ("circle", "wipe") names something else in a label
    /// ("knitting circle show and tell", "circle of friends reunion").
    static func bareNameInLabel(_ m: PatternMatch, _ p: PromptText) -> Bool {
        let ns = p.text as NSString
        let before = ns.substring(to: m.range.location)
        let after = ns.substring(from: m.range.location + m.range.length)
        return labelBeforeName.occurs(in: before) || labelAfterName.occurs(in: after)
    }

    /// The wipe or push towards a spoken direction (left when none is said).
    static func kind(wipe: Bool, direction: String?) -> TransitionKind {
        switch direction {
        case "right", "向右": wipe ? .wipeRight : .slideRight
        case "up", "向上": wipe ? .wipeUp : .slideUp
        case "down", "向下": wipe ? .wipeDown : .slideDown
        default: wipe ? .wipeLeft : .slideLeft
        }
    }
}
