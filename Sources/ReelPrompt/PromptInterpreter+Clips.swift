import ReelTimeline

/// Video clips among the inputs: "photos only", "skip the videos", "keep clips under 5 seconds".
extension PromptInterpreter {
    static let clipNoun = #"(?:videos?|video clips?|clips?|movies?|footage)"#
    static let stillNoun = #"(?:photos?|pictures?|pics|images?|stills)"#
    static let seconds = #"(\d+(?:\.\d+)?)\s*(?:s|sec|secs|seconds?)\b"#

    static let clipRules: [Rule] = [
        Rule(#"\b(?:keep|cap|limit|trim|cut|shorten)\s+(?:the\s+|each\s+|every\s+|all\s+)?"# + clipNoun
             + #"\s+(?:to\s+|at\s+|under\s+|below\s+|shorter than\s+|no longer than\s+|to at most\s+|at most\s+|within\s+)?"# + seconds
             + #"|\b"# + clipNoun + #"\s+(?:of\s+)?(?:under|below|no longer than|at most|up to|max(?:imum)?|shorter than)\s+"# + seconds
             + #"|\b"# + clipNoun + #"\s+(?:max|maximum)\s+"# + seconds
             + #"|(?:视频|片段)\s*(?:不超过|最多|最长|限制在|控制在|不要超过)\s*(\d+(?:\.\d+)?)\s*秒"#) { m, _ in
            guard let text = m[1] ?? m[2] ?? m[3] ?? m[4], let s = Double(text), s > 0 else { return nil }
            return Found(.clipMax(ms: FrameTime.ms(seconds: s)))
        },
        Rule(#"\b"# + stillNoun + #"\s+only\b|\bonly\s+(?:use\s+)?(?:the\s+)?"# + stillNoun + #"\b|\b(?:skip|drop|remove|leave out|no|without|exclude|ignore|lose)\s+(?:the\s+|any\s+|all\s+)?"# + clipNoun + #"\b|只(?:要|用)(?:照片|图片)|不要视频|去掉视频|跳过视频|不用视频"#) { _, _ in
            Found(.media(.photosOnly))
        },
        Rule(#"\b"# + clipNoun + #"\s+only\b|\bonly\s+(?:use\s+)?(?:the\s+)?"# + clipNoun + #"\b|\b(?:skip|drop|leave out|no|without|exclude|ignore)\s+(?:the\s+|any\s+|all\s+)?"# + stillNoun + #"\b|只(?:要|用)视频|不要照片|去掉照片|跳过照片"#) { _, _ in
            Found(.media(.clipsOnly))
        },
    ]
}
