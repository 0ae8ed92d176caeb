import Foundation

/// "make the beach photo longer", "give the sunset picture 5 seconds": a length for one photo
/// picked by what it shows. Reel cannot tell offline which photo that is, so nothing changes
/// for it; the note says how to name the photo. Before, the length was read as the video's.
extension PromptInterpreter {
    static let photoContentRules: [Rule] = [
        Rule(#"\b(?:(?:make|give|keep|leave|let|have|set|hold|show)\s+)?(?:the|that|this|my|our)\s+((?:(?!(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final|next|previous|other|same|whole|entire|each|every|new|old|\d+(?:st|nd|rd|th))\b)[a-z]+\s+){1,2}(?:photo|pic|picture|shot|image|snap|selfie))\s+(?:(?:should|to|stay|stays|last|lasts|be|on screen|up|for|a bit|a little|much|way|slightly)\s+)*(?:longer|shorter|\d+(?:\.\d+)?\s*(?:seconds?|secs?|s)\b)"#) { m, p in
            let name = m[1] ?? "photo"
            return Found().note("which photo is \"the \(name)\" cannot be told offline: name it by its number (\"make photo 3 longer\", \"photo 3 for 5 seconds\"); nothing changed for it").notNegatable
        }.needing(["photo", "pic", "shot", "image", "snap", "selfie"]),
    ]
}
