import Foundation

/// Cuts on the beat: "cut to the beat", "on the beat", "beat sync", "sync it to the music", "卡点", 卡音乐节拍, 踩着音乐的点切, Cantonese 跟住音樂節拍切,
/// "line up the photo changes with the drum hits in the song", "in time with the music beat",
/// "sync it to the beat" (what is synced may be named by a pronoun) —
/// done offline (`Slideshow.syncCutsToBeats` with the music's beats).
extension PromptInterpreter {
    static let beatRules: [Rule] = [
        Rule(#"\b(hard |straight )?(?:(?:cuts? |sync(?:ed|hed)? |synchron[iy][sz]ed? |timed? |edit(?:ed)? |switch(?:ing)? |line (?:up |them up |it up )?|match(?:ing)? |align |time )(?:(?:it|it all|them|everything|this|the (?:video|slideshow|whole thing)) )?)?(?:the )?(?:(?:(?:photo|picture|slide|image) )?(?:cuts?|photos?|pictures?|pics|slides?|changes?|switches|transitions?|edits?) (?:(?:should |must |to |all )?(?:(?:land|fall|hit|happen|change|switch|move|snap|line up|go|come|flip)s?|landing|falling|hitting|happening|changing|switching|moving|snapping|lining up|going|coming|flipping) )?)?(?:(?:right|exactly|always|all) )?(?:to|on|with) (?:the )?(?:(?:(?:music|songs?|drums?|bass|kick|snare|track|tune)'?s? )?beats?|(?:(?:kick|bass|snare) )?(?:drum|kick|snare|bass)s? ?(?:hits|kicks|beats))(?: (?:in|of|from) (?:the )?(?:music|song|track|tune))?\b|\b(?:(?:the )?(?:photo |picture )?(?:cuts?|changes?|photos?|pictures?|slides?|transitions?) (?:should |must |to |all )?)?(?:follow(?:s|ing)?|match(?:es|ing)?|hit(?:s|ting)?|rid(?:e|es|ing)|keep(?:s|ing)? to) (?:the )?(?:(?:music|songs?|drums?|bass|kick|snare|track|tune)'?s? )?(?:beats?|rhythm|tempo)\b|\bbeat[- ]?(?:sync(?:ed|hed)?|matched|cut)\b|\bsync (?:it |them |the photos |the cuts )?(?:to|with) (?:the )?(?:music|rhythm)\b|\b(?:(?:the )?(?:cuts?|photos?|pictures?|slides?|changes?) )?in (?:sync|time|step) with the (?:(?:music|songs?|track)'?s? )?(?:beats?|rhythm|music|song)\b|(?:照片|图片|画面|镜头)?(?:的)?(?:切换|转场|变化)?(?:要|都)?(?:跟着|跟住|跟随|随着|按照|按|配合|合着|踩着|卡着|对准|对上|跟|卡|踩)\s*(?:音乐|歌曲|歌|bgm|背景音乐)?\s*的?\s*(?:节奏|节拍|鼓点|拍子|beat)(?:来)?(?:切换|切|换|转场|变化|走)?|(?:照片|图片|画面)?(?:要|都)?(?:跟着|跟住|踩着|卡着|踩|卡)\s*(?:音乐|歌曲|歌|bgm|背景音乐)\s*的?\s*点(?:来)?(?:切换|切|换|转场|走)?|卡点|踩点"#) { m, _ in
            // "hard cuts on the beat": no transitions as well.
            m[1] != nil ? Found(.beatSync, .transition(.cut), implied: [.music(source: nil)])
                        : Found(.beatSync, implied: [.music(source: nil)])
        },
    ]
}
