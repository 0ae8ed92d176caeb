import ReelTimeline

/// What crops and zooms aim at, as people put it: the faces ("keep everyone's faces in the
/// shot", "don't crop anyone's head off", 人脸不要被裁掉, 保持人脸在画面里) or the centre ("center
/// crop", "no face tracking", 居中裁剪). "no"/不用 before the faces gives the centre.
extension PromptInterpreter {
    static let people = #"(?:faces?|heads?|people|persons?|everyone|everybody|subjects?|kids?|children|family|friends|us)"#
    static let peopleZh = #"(?:人脸|脸部|面部|脸|人物|人头|头部|人像|大家|每个人|人)"#

    static let focusRules: [Rule] = [
        Rule(#"\b(?:keep|keeping|have|make sure|so|with)\s+(?:the\s+|all\s+(?:the\s+)?|our\s+|their\s+|my\s+|any\s+)?(?:(?:everyones?|everybodys?|peoples?|kids|childrens?|familys?|friends|guests)\s+)?"# + people
             + #"\s+(?:are\s+|is\s+|stay\s+|stays\s+|remain\s+|remains\s+|always\s+|fully\s+|visible\s+|whole\s+)*(?:in|inside|within)\s+(?:the\s+)?(?:frame|shot|view|picture|crop|screen)s?\b"#
             + #"|\b"# + people + #"\s+(?:should\s+|must\s+|need to\s+)?(?:stay|stays|remain|remains|be|are|kept)\s+(?:fully\s+|always\s+|visible\s+)*(?:in|inside|within)\s+(?:the\s+)?(?:frame|shot|view|picture|crop|screen)s?\b"#
             + #"|\b(?:dont|do not|never|no)\s+(?:cut|crop|chop)(?:ping)?\s+(?:off\s+|out\s+)?(?:the\s+|anyones?\s+|peoples?\s+|their\s+|our\s+|my\s+|any\s+)?(?:faces?|heads?)(?:\s+off)?\b"#
             + #"|\b(?:nobodys|no ones?|no)\s+(?:faces?|heads?)\s+(?:gets?\s+|are\s+|is\s+|being\s+)?(?:cut|cropped|chopped)(?:\s+(?:off|out))?\b"#
             + #"|\b(?:focus|centre|center|aim|zoom)(?:ed)?\s+(?:on|at)\s+(?:the\s+|their\s+|peoples?\s+)?(?:faces?|people)\b"#
             + #"|\b(?:faces?|heads?)\s+(?:fully\s+|always\s+)?(?:in|inside|within)\s+(?:the\s+)?(?:frame|shot|view|picture|crop)s?\b"#
             + #"|\b(?:follow|following|track|tracking|find|finding|detect|detecting|aim at|aiming at)\s+(?:the\s+)?(?:faces|people)\b"#
             + #"|\bcrop(?:ping|s)?\s+(?:around|to|on)\s+(?:the\s+)?(?:faces|people|subjects?)\b|\bsmart\s+(?:framing|crops?|cropping)\b"#
             + #"|\b(?:the\s+)?faces\s+(?:centered|centred|in the middle|whole|uncut)\b"#
             + #"|\bface[- ]?(?:tracking|detection|aware|recognition|focus|centred|centered)\b|\bsmart crop(?:ping)?\b"#) { _, _ in
            Found(.focus(.auto))
        },
        Rule(peopleZh + #"(?:都|始终|一直|要|得)?(?:不要|别|不能|不会|不)?(?:被)?(?:裁掉|切掉|裁到|切到|截掉|裁切|裁剪掉|剪掉|挡住|出框|切头)"#
             + #"|(?:保持|保证|让|确保|要|把)?"# + peopleZh + #"(?:都|始终|一直|要|全)?(?:保持|留|放)?(?:在)(?:画面|画框|镜头|框|屏幕)(?:里|内|中|里面)?"#
             + #"|(?:不要|别|不能|避免|千万别)(?:把)?(?:被)?(?:裁|切|截|剪)(?:到|掉)?(?:人的|人|大家的)?(?:头|脸|人脸|头部|脸部)"#
             + #"|(?:不要|别|不能|避免|千万别)(?:把|让)?(?:人的|人|大家的)?(?:头|脸|人脸|头部|脸部)(?:给|被)?(?:裁|切|截|剪)(?:掉|到|了)?"#
             + #"|(不)?(?:对准|聚焦|识别|跟踪|追踪|对焦|突出)(?:到)?"# + peopleZh + #"|"# + peopleZh + #"(?:要|都|保持)?(?:识别|跟踪|追踪|对焦|居中|完整|优先)|智能裁剪"#) { m, _ in
            // 不识别人脸: the centre
            if m[1] != nil { return Found(.focus(nil)).notNegatable }
            // 人脸不要被裁掉: the "不要" is part of the words, not a negation of them
            let inner = Found(.focus(.auto))
            return Pattern(#"^(?:不要|别|不能|避免|千万别)|^"# + peopleZh + #"(?:都|始终|一直|要|得)?(?:不要|别|不能|不会|不)"#).occurs(in: m.text) ? inner.notNegatable : inner
        },
        Rule(#"\bcent(?:er|re)(?:ed)?\s+(?:the\s+)?(?:crops?|framing|cropping)\b|\bcrop\s+(?:(?:from|in|at|to)\s+(?:the\s+)?|the\s+)(?:cent(?:er|re)|middle)\b|\bjust\s+(?:crop\s+)?(?:the\s+)?(?:cent(?:er|re)|middle)\b|(?:居中|中间|中心)(?:裁剪|裁切|裁|构图|取景)|从中间裁(?:剪|切)?"#) { _, _ in
            Found(.focus(nil))
        },
    ]
}
