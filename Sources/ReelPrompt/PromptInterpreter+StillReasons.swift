import Foundation

/// Why a photo is kept still or kept whole, said beside the ask: the motion it would otherwise
/// have ("instead of having it move around"), what the zoom would crop ("the zooming crops people
/// out"), or how the photos were taken ("half the photos cut his head off lol").
extension PromptInterpreter {
    /// Read inside ``asideRules``, in its place among them.
    static let stillReasonAsides: [Rule] = [
        // "keep that one still instead of having it move around", "rather than letting it drift", "instead of
        // the picture sliding about": the motion a photo kept still would otherwise have, said again (only beside a
        // photo kept still; "pan left instead of zooming" names a setting replaced, read with it)
        Rule(#"\b(?:instead of|rather than)\s+(?:(?:having|letting|making|seeing|watching)\s+)?(?:(?:it|them|that one|this one|that|the (?:photo|picture|pic|shot|image)|that (?:photo|picture|pic|shot|image)|everything)\s+)?(?:all\s+)?(?:moving|move|moves|drifting|drift|floating|float|sliding|slide|jumping|jump|wobbling|wobble|shaking|shake|bouncing|bounce|swaying|sway|going|go|zooming|zoom|panning|pan)\s+(?:around|about|all over(?:\s+the place)?|in and out|back and forth|side to side)\b|\b(?:instead of|rather than)\s+(?:having|letting|making)\s+(?:it|them|that one|this one|the (?:photo|picture|pic|shot|image))\s+(?:move|drift|float|slide|jump|wobble|shake|bounce|sway)\b"#) { _, p in
            stillAsked.occurs(in: p.text) ? Found().notNegatable : nil
        }.needing(["instead of", "rather than"]),
        // "the zooming crops people out", "the motion cuts off their heads": why a photo stays still;
        // "the zooming crops the birds out", "the zoom cuts off the tops of the peaks": whatever it
        // crops, named before "out"/"off" or after it, up to the end of the clause
        Rule(#"\b(?:the\s+|all\s+(?:the|that|this)\s+|that\s+|this\s+)?(?:zoom|zooms|zooming|motion|movement|ken burns|panning)\s+(?:(?:always|kinda|just|sometimes|keeps?)\s+)?(?:crops?|cropping|cuts?|cutting|chops?|chopping)\s+(?:(?:off|out)\s+(?:(?:the|some|my|our|their|his|her|all the|half the)\s+)?(?:[a-z]+\s+){0,3}?[a-z]+|(?:(?:the|some|my|our|their|his|her)\s+)?(?:[a-z]+s\s+)?(?:people|faces?|heads?|everyone|everybody|us|them|kids|guests|feet|legs)\b(?:\s+(?:out|off))?|(?:(?:the|some|my|our|their|his|her|all the|half the)\s+)?(?:[a-z]+\s+){0,2}?[a-z]+\s+(?:out|off))(?!\s*[a-z])"#) { _, _ in
            Found().notNegatable
        }.needing(["crop", "cut", "chop"]),
        // "so half the photos cut his head off lol", "most of my pics crop people out": why faces are
        // kept in frame, the photos as taken
        Rule(#"\b(?:so\s+)?(?:(?:half|0\.5|most|some|all|a lot|lots|many|a few|several)\s+(?:of\s+)?)?(?:the|my|our|these|those)\s+(?:photos|pictures|pics|shots|images)\s+(?:(?:always|kinda|just|sometimes|all|keep)\s+)?(?:crop|cut|chop)(?:s|ped|ping)?\s+(?:off\s+|out\s+)?(?:(?:the|some|my|our|their|his|her)\s+)?(?:[a-z]+s\s+)?(?:people|faces?|heads?|everyone|everybody|us|them|kids|guests|feet|legs)\b(?:\s+(?:out|off))?(?:\s+(?:lol|haha|lmao))*(?!\s*[a-z])"#) { _, _ in
            Found().notNegatable
        }.needing(["crop", "cut", "chop"]),
        // "photo 5 is my ah ma, don't move that one, keep still lah", "no motion on photo 3 - stay still ok": the
        // still photo asked again in bare words, a clause of its own after the ask that named the photo
        Rule(#"\b(?:keep|stay|remain|hold|be)\s+(?:(?:very|completely|totally|perfectly|nice and)\s+)?still(?:\s+(?:lah|leh|lor|ah|ok|okay|please|pls|plz|yeah|ya))*(?=\s*(?:$|[,.;!?\x{01}]))"#) { m, p in
            let before = (p.text as NSString).substring(to: m.range.location)
            guard clauseEnd.occurs(in: before), stillAsked.occurs(in: before) else { return nil }
            return Found().notNegatable
        }.needing(["still"]),
    ]

    /// The end of a clause, and nothing after it but spaces, or the very start of the request.
    private static let clauseEnd = Pattern(#"(?:^|[,.;!?\x{01}])\s*(?:(?:and|so|just|pls|please)\s+)*$"#)
    /// A photo (or every photo) asked to stay still ("keep that one still", "no motion on photo 4", "make it static").
    private static let stillAsked = Pattern(#"\b(?:still|static|stationary|motionless|no motion|no movement|not move|dont move|frozen|freeze)\b"#)
}
