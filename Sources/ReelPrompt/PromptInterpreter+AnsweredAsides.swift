import Foundation

/// Story beside an ask that was read, said with the words of the very setting the ask changes:
/// "I'd like to open with it" beside "move photo 9 to the front", "which she would like played"
/// after the song named, "the sound is so noisy" beside "mute the clips", "owners want to see
/// their pup's face" beside "keep the faces in frame", "Photo 6 is the big monstera we sold"
/// beside "let it linger a bit longer". The words are left out only when the plan does what
/// they name; what is left must be story by default.
extension PromptInterpreter {
    /// The words of a setting said again as the reason or the story of an ask the plan reads
    /// (read by ``answeredAside(_:reading:)`` beside the groups of the statements).
    static let answeredByAsk: [(Pattern, @Sendable (Setting) -> Bool)] = [
        // "I'd like to open with it", "we want to end on that one" beside "move photo 9 to the front": where the
        // photo moved lands, said again
        (Pattern(#"\b(?:open|opens|opening|start|starts|begin|begins|end|ends|close|closes|finish|finishes)\s+(?:with|on)\b"#), {
            if case .movePhoto = $0 { true } else { false } }),
        // "(hymn.mp3,) which she would like played", "that he'd love used", "which we want playing": the
        // song named, wished for by someone, said after it
        (Pattern(#"^\s*(?:which|that)\s+(?:she|he|they|i|we|you|(?:my|our|his|her|their|the)\s+[a-z]+)(?:\s*'?d|\s+would|\s+will)?\s+(?:(?:really|also|very much|dearly)\s+)*(?:like|love|prefer|want|wants|wanted)\s+(?:(?:it|to\s+be|to\s+have\s+it)\s+)?(?:played|playing|used|included|heard)\s*$"#), {
            switch $0 { case .music, .musicVolume, .musicOffset, .adjustMusicVolume: true; default: false } }),
        // "the sound is so noisy", "the audio is just wind", "all you hear is the crowd" beside "mute the clips": the
        // clips' own sound, why it is turned off
        (Pattern(#"\b(?:sound|sounds|audio|noise|noisy|loud|racket|din|wind|chatter|shouting|screaming|hear)\b"#), {
            if case .clipAudio(on: false) = $0 { true } else { false } }),
        // "owners want to see their pup's face", "the parents want to see the kids' faces" beside "keep the faces in
        // frame": whose faces the framing keeps
        (Pattern(#"\b(?:faces?|heads?|eyes|smiles?)\b"#), {
            if case .focus = $0 { true } else { false } }),
        // "they're just the page-turn rehearsal", "those are the blurry ones", "both were test shots" beside "remove
        // photos 8 and 9": what the photos taken out are, why they go
        (Pattern(#"^\s*(?:(?:and|but|so|because|cause|cuz|since|as)\s+)*(?:they|those|these|both|both of them|the two|those two|these two|all of them|that one|this one)\s*(?:'re|re|are|were)\s+(?:(?:just|only|all|both|simply|basically|really|obviously)\s+)*(?:the|a|an|my|our|some|from|of)\s+[a-z' -]+$"#), {
            if case .removePhoto = $0 { true } else { false } }),
        // "folks at the window can't hear me holler order numbers", "so the guests can hear the toasts", "so people
        // can still chat over it" beside the music turned down: what the quieter music leaves room for
        (Pattern(#"\b(?:can't|cant|cannot|can not|couldn't|couldnt|could not|able to|(?:can|could|to)(?:\s+(?:still|actually|easily))?)\s+(?:even\s+)?(?:hear|chat over|talk over|speak over)\b(?:\s+[a-z']+){0,6}\s*$"#), {
            switch $0 { case .adjustMusicVolume(let d): d < 0; case .musicVolume(let v): v < 0.35; default: false } }),
        // "our stage manager wants it to feel like a metronome ticking", "so it goes like clockwork" beside hard cuts
        // or one length for every photo: the steady beat the even cuts give
        (Pattern(#"\blike\s+(?:(?:a|an|the)\s+)?(?:(?:ticking|steady|old|big)\s+)?(?:metronome|clockwork|clock|pendulum|heartbeat|drumbeat|drum beat|stopwatch|ticker)(?:\s+(?:ticking|tick|ticks|beating|going|counting))?\b"#), {
            switch $0 { case .transition(.cut), .photoDuration: true; default: false } }),
    ]

    /// Whether a part left over says what a photo the plan edits shows ("Photo 6 is the big monstera we
    /// sold to the café" beside "let it linger a bit longer", "pic 3 was our first customer" beside "move
    /// it to the end"): the photo's number and a statement of it, story by default once they are left out.
    static func photoSaidOf(_ said: String, reading plan: [Setting]) -> Bool {
        let text = said.lowercased()
        guard text.holds("is") || text.holds("was") || text.holds("s "),
              let m = photoDescribed.firstMatch(in: text), let n = m[1].flatMap({ Int($0) }),
              plan.contains(where: { edits(.number(n), $0) }) else { return false }
        return storyByDefault(m[2] ?? "")
    }

    /// "photo 6 is the big monstera …", "pic #3 was …": group 1 is the photo's number, group 2 what is said of it.
    private static let photoDescribed = Pattern(#"^\s*(?:(?:and|so|but|ok|okay|oh)\s+)*(?:photo|picture|pic|shot|image|slide)\s+(?:#|no\.?\s*|number\s+)?(\d{1,3})\s+(?:is|was|s|shows|showed)\s+(?!(?:too|so|a bit|way|really|very)\b)([a-z].*)$"#)

    /// Whether `setting` edits the photo `ref`.
    private static func edits(_ ref: PhotoRef, _ setting: Setting) -> Bool {
        switch setting {
        case .onPhotos(let refs, _), .exceptPhotos(let refs, _): refs.contains(ref)
        case .movePhoto(let p, _), .removePhoto(let p), .photoLength(let p, _): p == ref
        case .scalePhotos(let p, _), .addPhotoTime(let p, _): p == ref
        case .swapPhotos(let a, let b): a == ref || b == ref
        default: false
        }
    }

    /// Whether an age read by the asides is said of someone: "turns 7" always; "will be 5" only after
    /// someone ("Sam will be 5", "she will be 90"), never after the video or a part of it ("it will be
    /// 30", "each one will be 4", "photo 3 will be 5").
    static func ageSaidOfSomeone(_ m: PatternMatch, in p: PromptText) -> Bool {
        guard m.text.hasPrefix("will") || m.text.hasPrefix("ll") || m.text.hasPrefix("is going") || m.text.hasPrefix("s going") else { return true }
        let before = (p.text as NSString).substring(to: m.range.location)
        guard let word = before.split(whereSeparator: { $0 == " " || $0 == "\u{01}" }).last.map({ String($0).lowercased() }) else { return false }
        return !word.contains(where: \.isNumber) && !word.contains(where: { ",.;:!?".contains($0) }) && !videoPart.contains(word)
    }

    /// What "will be N" said of would make N a length or a count: the video, a photo or a part of it.
    private static let videoPart: Set<String> = [
        "it", "this", "that", "which", "video", "vid", "film", "movie", "slideshow", "reel", "clip", "clips", "photo", "photos",
        "picture", "pictures", "pic", "pics", "shot", "shots", "image", "images", "slide", "slides", "each", "every", "one", "ones",
        "song", "music", "track", "title", "transition", "transitions", "fade", "fades", "total", "length", "thing", "all", "whole",
        "they", "them", "these", "those", "there", "intro", "outro", "ending", "start", "end", "part", "version", "edit", "cut",
    ]
}
