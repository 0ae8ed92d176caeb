import Foundation

/// Cuts on the beat: "cut to the beat", "on the beat", "beat sync", "sync it to the music", "卡点" —
/// done offline (`Slideshow.syncCutsToBeats` with the music's beats).
extension PromptInterpreter {
    static let beatRules: [Rule] = [
        Rule(#"\b(hard |straight )?(?:cuts? |sync(?:ed|hed)? |synchron[iy][sz]ed? |timed? |edit(?:ed)? |switch(?:ing)? )?(?:the )?(?:cuts |photos |pictures |slides )?(?:to|on|with) the (?:music'?s? )?beats?\b|\bbeat[- ]?(?:sync(?:ed|hed)?|matched|cut)\b|\bsync (?:it |them |the photos |the cuts )?(?:to|with) (?:the )?(?:music|rhythm)\b|\bin (?:sync|time) with the (?:beat|music)\b|卡点|踩点|跟着节拍|按节拍"#) { m, _ in
            // "hard cuts on the beat": no transitions as well.
            m[1] != nil ? Found(.beatSync, .transition(.cut), implied: [.music(source: nil)])
                        : Found(.beatSync, implied: [.music(source: nil)])
        },
    ]
}
