import Foundation

/// The music's level said with an intensifier or a verb of its own: "turn the music way down",
/// "music way lower", "crank the music", "turn the volume all the way down", "just a hint of
/// music", "music in the background, soft". Read before the other music rules, which take the
/// plain forms ("turn the music down", "quieter music").
extension PromptInterpreter {
    private static let levelNoun = #"(?:the\s+|my\s+|that\s+)?(?:background\s+)?(?:music|song|bgm|soundtrack|track|tune|volume|audio)"#
    private static let amount = #"(?:way|much|a lot|a bit|a little|a tad|a touch|slightly|right|even|somewhat|just a bit|a bunch|loads)"#

    static let volumeRules: [Rule] = [
        // "turn the volume all the way down" (none) or up (full)
        Rule(#"\b(?:turn|bring|put|take|dial|knock|crank|push)\s+"# + levelNoun + #"\s+all the way\s+(down|up)\b|\b(?:turn|bring|dial|crank)\s+(?:it\s+)?all the way\s+(down|up)\s+(?:on\s+)?"# + levelNoun + #"\b"#) { m, _ in
            (m[1] ?? m[2]) == "up" ? Found(.musicVolume(1)) : Found(.noMusic)
        },
        // "turn the music way down", "bring the song down a lot", "crank the music up", "crank the music"
        Rule(#"\b(?:turn|bring|put|take|dial|knock|crank|push|pump|bump|ramp)\s+"# + levelNoun + #"\s+(?:"# + amount + #"\s+)+(down|up|lower|higher)\b(?:\s+"# + amount + #")?|\b(?:crank|blast|pump)\s+(?:up\s+)?"# + levelNoun + #"(?:\s+up)?\b(?!\s+(?:down|lower))"#) { m, _ in
            Found(.adjustMusicVolume(m[1] == "down" || m[1] == "lower" ? -0.1 : 0.1))
        },
        // "turn it way up", "bring it way down": "it" is the music only when up / down is said of it
        Rule(#"\b(?:turn|bring|crank|knock|dial)\s+it\s+(?:"# + amount + #"\s+)+(down|up)\b"#) { m, _ in
            Found(.adjustMusicVolume(m[1] == "down" ? -0.1 : 0.1))
        },
        // "music way lower", "the song a lot quieter", "music even softer"
        Rule(#"\b"# + levelNoun + #"\s+(?:"# + amount + #"\s+)+(lower|quieter|softer|louder|higher)\b"#) { m, _ in
            Found(.adjustMusicVolume(m[1] == "louder" || m[1] == "higher" ? 0.1 : -0.1))
        },
        // "just a hint of music", "a touch of music", "a little music in the background"
        Rule(#"\b(?:just\s+)?(?:a\s+)?(?:hint|touch|whisper)\s+of\s+(?:background\s+)?(?:music|song|bgm|soundtrack)\b(?:\s+(?:in the background|underneath|under it|behind it))?"#) { _, _ in
            Found(.musicVolume(0.1), implied: [.music(source: nil)])
        },
        // "music in the background, soft": the level said in a clause of its own after the music
        Rule(#"(?<=[,;]\s)(?:and\s+)?(?:nice and\s+|very\s+|really\s+)?(soft|softly|quiet|quietly|low|subtle|loud|loudly)(?=\s*(?:$|[,.;!?]|\s+(?:please|pls|thanks)\b))"#) { m, p in
            let before = (p.text as NSString).substring(to: m.range.location)
            guard Pattern(#"\b(?:music|song|bgm|soundtrack|track|tune)\b[^,.;!?]*[,;]\s*$"#).occurs(in: before) else { return nil }
            return Found(.musicVolume(m[1]?.hasPrefix("loud") == true ? 0.6 : 0.2))
        },
    ]
}
