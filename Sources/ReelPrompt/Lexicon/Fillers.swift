/// Words that carry no request of their own ("make it a video please"); what is left of a request
/// after the rules and these words are taken away is reported as not understood.
enum Fillers {
    static let english: Set<String> = [
        "a", "an", "the", "it", "its", "this", "that", "these", "those", "my", "me", "i", "im", "we", "you", "your",
        "our", "us", "them", "they", "all", "some", "any", "please", "pls", "plz", "can", "could", "would", "should",
        "will", "shall", "make", "made", "do", "does", "turn", "create", "build", "put", "give", "want", "wanna",
        "need", "like", "love", "to", "into", "in", "of", "on", "for", "with", "and", "or", "but", "then", "also",
        "just", "so", "as", "at", "from", "by", "be", "is", "are", "was", "use", "using", "set", "add", "have", "has",
        "let", "lets", "get", "out", "up", "down", "bit", "little", "more", "less", "very", "really", "nice", "good",
        "great", "cool", "beautiful", "lovely", "awesome", "total", "totally", "long", "length", "duration", "ok",
        "okay", "thanks", "thank", "hey", "hi", "hello", "cut", "rough", "edit", "change", "update", "keep",
        "everything", "same", "one", "ones", "each", "every", "per", "between", "over", "about", "around", "only",
        "now", "too", "here", "there", "video", "videos", "movie", "film", "clip", "clips", "slideshow", "slide",
        "slides", "show", "photos", "photo", "pictures", "picture", "images", "image", "pics", "pic", "shots",
        // "drop the music entirely", "remove the title altogether": how wholly, after what the rules read
        "entirely", "completely", "altogether", "fully", "wholly",
        // a setting raised to a number: "bump it to 60 fps", "push it up to 4k", "crank it to 60"
        "bump", "push", "crank",
        "transition", "transitions", "effect", "effects", "style", "version", "new", "quick", "quickly", "fast",
        "nicely", "overall", "whole", "entire", "lasting", "last", "run", "runs", "play", "plays", "mode", "format",
        "output", "render", "something", "thing", "things", "way", "look", "looks", "feel", "vibe", "which", "what",
        "how", "than", "if", "when", "where", "were", "been", "trip", "holiday", "vacation", "family", "memories",
        "memory", "album", "story", "seconds", "second", "minutes", "minute", "s", "sec", "secs", "min", "mins",
        "frames", "fps", "x", "&", "+", "no", "not", "without", "dont", "done", "am", "go", "ready", "sure", "yes",
        "yeah", "well", "maybe", "perhaps", "kind", "sort", "exactly", "approximately", "roughly", "approx", "~", "actually", "wait", "instead", "rather", "sorry", "oops", "hmm", "um", "uh", "slowly", "gently", "softly",
        "generate", "produce", "prepare", "compile", "assemble", "vid", "vids", "stay", "stays", "screen", "linger", "lingers", "hold", "shown", "gets",
        "lasts", "shows", "id", "say", "max", "maximum", "under", "below", "cinematic", "turned", "phone", "format",
        "size", "letters", "switch", "amount", "touch", "tad", "channel", "shorten", "lengthen", "type", "level", "track", "fit", "classic", "equal", "equally", "evenly", "together", "reduce", "convert", "aspect", "ratio", "increase", "decrease", "said", "having", "basically", "something", "highlight", "highlights", "u", "ideally", "prefer", "suitable", "posting", "post", "optimize", "optimise", "possible", "arrange", "let", "recap", "feed", "montage", "compilation", "reel", "default", "defaults", "resize", "speed", "vlog", "back", "go", "/", ":", "w/", "enough", "behind", "replace", "order", "wide", "tall", "high", "others", "other", "normal", "regular", "usual", "teaser", "stretch", "1st", "first", "short", "screen", "time", "check", "fine", "w/", "w", "pls", "start", "text", "orientation", "displayed", "display", "seen", "visible", "long", "version", "pls", "plz", "thx", "n", "perfect", "ideal", "ideally", "attached", "ive", "heres", "idk", "dunno", "ea", "runtime", "nope", "nah", "rest", "remaining", "even", "anymore", "thinking", "considering", "wondering", "flip", "flips", "advance", "advances", "cycle", "final", "finished", "result", "chorus", "verse", "intro", "outro", "together", "anything", "able", "probably", "looking", "trying", "hoping", "going", "gonna", "got", "take", "bring", "help", "helps", "needs", "wants", "wanted", "wish", "hope", "mind", "kinda", "sorta", "pretty", "quite", "somewhat", "alright", "again", "already", "right", "today", "tonight", "tomorrow", "soon", "because", "cause", "cuz", "coz", "though", "although", "however", "anyway", "anyways", "btw", "etc", "lot", "lots", "few", "many", "much", "several", "both", "own", "such", "part", "parts", "piece", "share", "sharing", "watch", "see", "made", "making", "doing", "did", "giving", "gave", "try", "tried", "work", "works", "working", "better", "best", "ty", "cheers", "yo", "oh", "ah", "wow", "hmm", "mm", "well", "guys", "dear", "kindly", "quickly", "simply", "exactly", "definitely", "certainly", "literally", "honestly", "super", "real", "ones", "bunch", "couple", "someone", "somebody", "please.", "am", "being", "will", "wont", "cant", "cannot", "im", "youre", "its", "thats", "theres", "lets", "id", "ill", "were", "weve", "theyre", "shall", "may", "might", "must", "ought", "should", "whould", "would", "could", "do", "dont", "doesnt", "didnt", "has", "had", "having", "get", "gets", "getting", "goes", "went", "come", "comes", "came", "want", "wanted", "able", "thing", "something", "everything", "nothing", "anywhere", "somewhere", "there", "here", "hereby", "via", "per", "thru", "through", "across", "along", "within", "without", "upon", "onto", "toward", "towards", "whether", "either", "neither", "tbh", "either", "neither", "=", "guess", "think", "mean", "stuff", "whatever", "mostly", "possibly", "reckon", "ta", "fancy", "snaps", "hoping", "least", "atleast", "mark", "sit", "sits", "por", "favor", "favour", "gracias", "muchas", "mucho", "merci beaucoup", "merci", "danke", "bitte", "grazie", "obrigado", "obrigada",
        // Portuguese chit-chat around an ask: "Obrigado cara!", "tubo perfeito" (a perfect barrel)
        "cara", "perfeito", "perfeita", "tubo", "demais", "beleza", "k", "kk",
        // laughter and exclamations typed in chat; the picture's frame called a canvas
        "lol", "lmao", "lah", "leh", "lor", "lmfao", "rofl", "haha", "hahaha", "hehe", "xd", "omg", "omfg", "yay", "woohoo", "canvas", "plenty", "profile",
        // chat typed fast: "keep the song tho", "u kno wat"
        "tho", "though", "kno", "know", "wat", "knw", "anyways", "anywy", "anywys", "anyhow", "anywho", "anyhoo",
        // "please" typed in Spanish, German or French in an English ask: "porfa make it vertical", "bitte 30 seconds"
        "porfa", "porfis", "porfi", "porfavor", "xfa", "bitte", "svp",
        // "you" as said in Scotland and Ireland: "can ye make the title say …", "could youse"
        "ye", "youse",
        // "we'd like the pictures in the order we took them": "we'd" as typed without its apostrophe
        "wed", "youd", "theyd",
        // particles that end a sentence in Singapore and Malaysia: "too loud lah", "can or not leh"
        "lah", "leh", "lor", "meh", "hor", "sia",
        // the one asked, called as in Malaysia: "Boss make the video 15 seconds can ah"
        "boss", "bossku",
        // "is", "are" and the one asked, as said in Hinglish: "music bahut loud hai", "Bhaiya, make it 30 seconds"
        "hai", "hain", "bhaiya", "bhai", "yaar",
        // kinds of video named as nouns: "a 40 second showreel", "a hype vid", "a sizzle reel", "a demo video"
        "showreel", "showreels", "hype", "sizzle", "demo", "demos",
        // making the video, said as what one is doing: "building a sizzle reel for TikTok", "assembling a recap"
        "building", "assembling", "assemble", "compiling", "compile",
        // the changes asked for, named as such: "could you make these changes", "a few tweaks"
        "changes", "edits", "tweaks", "amendments", "adjustments", "alterations", "revisions",
        // verbs that only ask, as "want" does: "I demand my highlight reel in 60 fps", "we request it in 4K"
        "demand", "demands", "insist", "request", "requesting", "require", "expect", "expecting",
        // verbs that only ask, said of the video or of what goes in: "could the film be produced in that format", "insert a dip to black"
        "produced", "created", "rendered", "generated", "prepared", "insert", "inserted",
        // how exactly a length is meant, how the photos are put in an order, and how strongly a feeling in a
        // story is felt: "and last precisely two minutes", "the photographs could be arranged in the order in
        // which they were taken", "he disliked it intensely", "she loved that lighthouse dearly"
        "precisely", "arranged", "intensely", "immensely", "deeply", "dearly", "terribly", "enormously",
        // the points of a letter counted off: "Firstly, the title ought to read …", "Thirdly, the second photograph …"
        "firstly", "secondly", "thirdly", "fourthly", "lastly",
        // a change said with "become", as a learner says it: "and transition become fade to black"
        "become", "becomes",
        // the camera roll: where the photos and clips come from
        "heic", "heif", "iphone", "android", "pixel", "samsung", "camera", "roll", "gallery", "shot", "took", "taken", "filmed", "recorded", "footage", "live",
    ]

    static let chinese = [
        "请帮我", "配上", "帮我", "给我", "我想要", "我想", "我要", "想做", "想要", "想", "请", "把", "这些", "那些", "照片", "图片", "相片", "做成", "制作成",
        "制作", "做", "生成一个", "生成", "一个", "一段", "视频", "短片", "影片", "的", "成", "用", "并且", "并", "然后", "和", "加上",
        "添加", "加", "一下", "吧", "呢", "啊", "呀", "让", "它", "更", "一点", "有", "带", "每张", "张", "个", "里", "中",
        "再", "也", "都", "就", "要", "能", "可以", "吗", "谢谢", "好", "了", "我", "你", "效果", "总共", "长", "时长",
        "秒", "分钟", "转场", "过渡", "之间", "些", "点", "稍微", "整个", "全部",
        "一共多长都行", "多长都行", "都行", "一共", "手机", "看", "用来", "给", "帮我剪", "剪一个", "剪", "短视频", "控制在", "控制", "以内", "之内", "总长", "时间", "普通", "正常", "播放", "顺序", "就行", "就好", "吧", "每个", "分辨率", "左右", "大概", "大约", "画面", "展示", "朋友圈", "每次", "小视频", "封面", "比例", "使用", "排列", "排序", "到", "改成", "改为", "换成", "尺寸", "画质", "大小", "格式", "发到", "发", "适合", "版本", "用于", "镜头", "慢慢地", "慢慢", "缓缓", "缓慢", "轻轻", "显示", "停留", "一种", "风格", "麻烦", "拜托", "哈哈", "嗯", "呃", "那个", "这个", "就是", "感觉", "觉得", "应该", "最好", "比较", "有点", "挺", "很", "非常", "特别", "真的", "还是", "或者", "其实", "一下子", "好吗", "可以吗", "行吗", "行不行", "谢啦", "多谢", "辛苦了", "帮忙", "帮", "弄", "弄成", "搞", "搞成", "整", "出来", "一起", "那么", "这样", "那样", "排", "配", "输出", "保持", "清晰度", "轻微", "微微", "稍稍", "改用", "换用", "采用", "相册", "影集", "纪念", "准备", "打算", "上", "排好", "排一下", "直接", "整体", "整个", "旅行", "旅游", "度假", "假期", "出游", "海边", "毕业", "婚礼", "生日", "聚会", "宝宝", "孩子", "家人", "日常", "美食", "风景", "一段", "一些", "所有", "全部的",
        // words that join a clause to the one before: 发视频号的，不过比例要4:5
        "不过", "但是", "可是",
        // particles that end a sentence: 不要竖屏哦, 快一点嘛
        "哦", "喔", "噢", "啦", "嘛", "咯", "哟", "呗",
        // screenshots are the photos of a demo: 把这几张app截图做成竖屏demo视频
        "屏幕截图", "截图", "截屏", "app截图", "应用截图", "demo视频", "演示视频",
        "够了", "足够了", "足够", "只要", "只留", "live图", "实况照片", "实况", "图", "手机拍的", "手机里的", "拍的", "拍摄的", "录的", "相册里的", "相机", "苹果", "安卓",
    ]

    private static let chineseLongestFirst = chinese.sorted { $0.count > $1.count }

    /// `word` with every Chinese filler removed.
    static func stripChinese(_ word: String) -> String {
        var w = word
        for f in chineseLongestFirst { w = w.replacingOccurrences(of: f, with: "") }
        return w
    }

    /// Chinese verbs of changing something into something ("把视频变成正方形"): the result is read
    /// by the rules, the verb itself asks for nothing more.
    /// Words that only describe what is named next ("the opening title") or comment ("照片太多了").
    static let describing: Set<String> = ["opening", "main", "current", "existing", "original"]
    static let chineseComments = ["太多了", "太多", "很多", "好多", "不少", "过生日", "庆祝", "那种", "这种", "一样", "能不能", "可不可以", "是不是", "开头", "年度"]
    static let chineseChangeVerbs = ["变成", "变为", "调成", "调为", "设置成", "设置为", "转成", "转为", "改一下", "换一下"]
}
