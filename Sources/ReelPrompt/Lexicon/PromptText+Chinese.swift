import Foundation

/// The Chinese ways of saying what the rules read in their usual form, read before the rules run
/// (called by ``PromptText`` once the request holds Han characters).
extension PromptText {
    /// The Chinese ways of saying what the rules read in their usual form: who a video is for, what
    /// goes between the photos, a photo that stays still, English words in a Chinese sentence.
    mutating func readChinese() {
        // 快点儿, 大一点儿, 这儿: the northern 儿 after a word says nothing more
        mapped.replace(Self.erhua) { _ in "" }
        // 给猫咪救助站做一个视频, 为妈妈的生日剪一段, 帮我们鸟类系放站做一个: who or what it is for, not a request
        // (a platform stays: 给小红书做个探店视频 says the shape; 给我们胡同游的抖音做个视频: whose account, taken, the platform kept)
        mapped.replace(Self.chineseMadeFor) { _ in "" }
        // 阿公八十大寿要用的, 给学校用的, 是为了妈妈的生日: who or what it is for, said as a clause of its own
        mapped.replace(Self.chineseUsedFor) { _ in "" }
        // 第5张新娘那张放久一点, 第3张，海边那张，删掉: a photo named by number, then by what it shows; the number names it
        mapped.replace(Self.chinesePhotoDescribed) { m in m[1] ?? m.text }
        // 把 photo 5 移到最前面, 把第5张 photo 放到最后: a photo named in English in a Chinese sentence
        mapped.replace(Self.englishPhotoInChinese) { m in m[1].map { "第" + $0 + "张" } ?? (m[2] ?? m.text) }
        // 转场拉长一些, 过渡缩短一点: the length verbs said of the transitions, as 长一些, 短一点 (the photos' own
        // rule reads 每张照片都缩短一点)
        mapped.replace(Self.chineseStretch) { m in
            let longer = ["拉长", "延长", "加长", "放长"].contains(m[2] ?? "")
            // 转场都拉长 → 转场长一点: the subject as the transition rules read it
            let subject = Self.stretchFiller.replacing(in: m[1] ?? "") { _ in "" }
            return subject + (longer ? "长" : "短") + (m[3] ?? "一点")
        }
        // 第二张鸽子的照片, 最后一张海边的照片: a photo named by its number, then described
        mapped.replace(Self.chineseDescribedPhoto) { (m: PatternMatch) -> (kept: Int, text: String) in (((m[1] ?? "") as NSString).length, "") }
        // 中间用黑场过渡, 照片之间都加1秒的淡入淡出: the transitions (what goes between the photos), 1秒 their length
        mapped.replace(Self.chineseBetween) { _ in "转场用" }
        // 第4张保持静止, 最后一张一直不动: that photo still (保持/一直/都 say no more)
        mapped.replace(Self.chineseKeptStill) { m in m[1] ?? m.text }
        // 把第三张和第五张delete掉, 第2张remove了: an English verb of removal after photos named in Chinese
        mapped.replace(Self.englishRemoveInChinese) { _ in "删掉" }
        // 最后一幅字, 第三幅画, 这幅: 幅 (the measure word of pictures and calligraphy) is 张
        mapped.replace(Self.pictureMeasure) { _ in "张" }
        // 标题挪到下面去, 放到最前面去: 去 after a place only says which way
        mapped.replace(Self.directionParticle) { _ in "" }
        // 把最后一张放回第一张, 第三张移回最后面: put back at a place, as 放到 says it; 将第三张照片移至最后 (written
        // style: 至 is 到): put at a place
        mapped.replace(Self.putBack) { _ in "放到" }
        // 然后louder一点, 字bigger一些: an English comparative before 一点 is the Chinese one
        mapped.replace(Self.englishComparative) { m in Self.chineseComparative[m[1] ?? ""] ?? m.text }
        // 帮我出一个demo video, 给我出个竖屏视频: 出 (put out) a video is 做 one
        if mapped.units.contains(0x51FA) { mapped.replace(Self.putOutVideo) { m in (m[1] ?? "") + "做" } } // 出
        // 做條片交project, 做个视频交作业: what the video is handed in for, not a request
        mapped.replace(Self.chineseHandIn) { _ in "" }
        // music太吵了lah，直接remove掉, 音乐太难听了，干脆去掉吧: a bare removal after a clause about the music
        mapped.replace(Self.musicThenRemoved) { _ in "去掉音乐" }
        // transition全部改成cut, music小声一点, 只用clips, 这个title太小了: an English word in a Chinese sentence, said in Chinese
        mapped.replace(Self.englishInChinese) { m in
            (m[1] ?? m[2]).map { Self.chineseWord[$0] ?? $0 } ?? (m[3] != nil ? "硬切" : m.text)
        }
    }

    private static let chineseMadeFor = Pattern(#"(?<![\p{Han}\d])(?:请你|请|帮我|麻烦你?)?(?:给|为|替|帮(?!我|忙|助)|帮我们(?=\p{Han}{2}))(?!每|第|所有|全部|整个|这|那|照片|图片|相片|标题|音乐|视频|转场|它|他们|她们|最|前|后|\d|小红书|抖音|快手|视频号|朋友圈|微博|微信|b站|哔哩哔哩|油管)(?:(?!小红书|抖音|快手|视频号|朋友圈|微博|微信|哔哩哔哩|油管)\p{Han}){1,12}?(?=(?:(?:小红书|抖音|快手|视频号|朋友圈|微博|微信|哔哩哔哩|油管|b站)\s*(?:号|账号|主页|频道)?(?:上|里)?)?(?:做|制作|剪|弄|生成)(?:一|1)?(?:个|段|支|部)(?:\s*\d|\p{Han}|\s*[a-z]))"#)
    private static let chineseUsedFor = Pattern(#"(?:^|(?<=[,，。;；!！?？]))\s*(?:这是|这个是|这|是|主要是|都是)?(?:(?:给|为|替)(?:(?!秒|分钟|张|音乐|歌|配乐|标题|字幕|转场|过渡|竖|横|方形|抖音|快手|小红书|视频号|照片|图片|title|music|song|photo|pic|image|transition|video|clip|vid|tiktok|ig\b|reel|story|stories)[\p{Han}\dA-Za-z ]){1,16}?(?:要用的|要用|用的|用)|(?:(?!秒|分钟|张|音乐|歌|配乐|标题|字幕|转场|过渡|竖|横|方形|抖音|快手|小红书|视频号|照片|图片|给|为|替)[\p{Han}\d]){2,14}?(?:要用的|要用)|为了(?:(?!秒|分钟|张|音乐|歌|配乐|标题|字幕|转场|过渡|竖|横|方形|抖音|快手|小红书|视频号|照片|图片|发|放|上传)[\p{Han}\d]){2,14}?)(?:吧|啦|哦|呢|啊|的)?(?=\s*(?:$|[,，。;；!！?？]))"#)
    private static let erhua = Pattern(#"(?<=点|些|块|边|会|这|那|哪|快|慢)儿(?!子|童|女|歌)"#)
    private static let stretchFiller = Pattern(#"都|也|全部|统一|给我"#)
    private static let chineseStretch = Pattern(#"((?:转场|过渡|切换)(?:效果)?(?:的)?(?:时间|时长)?\s*(?:都|也|再|要|稍微|全部|统一|给我)*)(拉长|延长|加长|放长|缩短|减短|缩减)(?!到|至|成|为|\s*\d)(一点|一些|点|些)?"#)
    private static let englishPhotoInChinese = Pattern(#"(?:(?<=\p{Han})|^|(?<=[,，。;；]))\s*(?:the\s+)?(?:photo|picture|pic|image|foto|slide)\s*(?:#|no\.?|number)?\s*(\d{1,3})(?!\s*(?:秒|分|张|个|次|倍))\s*(?=\p{Han})|(第\s*\d{1,3}\s*张)\s*(?:photo|picture|pic|image|foto)\b\s*"#)
    private static let chineseDescribedPhoto = Pattern(#"((?:第\s*\d{1,3}|最后\s*\d{0,2}|前\s*\d{1,2})\s*张)\s*(?!照片|图片|相片)[\p{Han}a-z ]{1,8}?的(?=\s*(?:照片|图片|相片|图))"#)
    private static let chineseBetween = Pattern(#"(?<![张\d第])(?<!第\s)(?:照片|图片|每张|每\s*2张|张与张|张和张)?(?:的)?(?:中间|之间)(?:都|全|全部|统一)?(?:用|加|换成|改成|改用|使用|放|是)(?=(?:\d+\.\d+|[^，,。.;；!！?？]){0,10}?(?:过渡|转场|切换|黑场|硬切|叠化|淡入淡出|溶解|闪白))"#)
    private static let chineseKeptStill = Pattern(#"((?:第\s*\d{1,3}\s*张|最后\s*(?:1|一)\s*张|这张|那张)(?:\s*(?:和|跟|、|,)\s*第\s*\d{1,3}\s*张)*(?:照片|图片)?)\s*(?:就|都|也|要|请)?(?:保持|一直|始终|都|要|就|也|请)+\s*(?=静止|不动|别动|不要动|定格|不要有?动画|不要有?运动|不要有?缩放|不缩放)"#)
    private static let englishInChinese = Pattern(#"(?<=\p{Han})\s*(transitions?|crossfades?|music|bgm|song|clips?|photos|pictures|pics|volume|videos?|vlog|title(?=\s*(?:$|[,，。;；!！?？])))\b|(?<![a-z]\s)\b(transitions?|crossfades?|music|bgm|song|clips?|volume|videos?|vlog|title(?=\s*(?:也|都|就)?(?:删|去掉|拿掉|撤掉|不要|取消|太|有点|有些|不够))|(?:newest|latest|oldest|earliest)(?=\s*的?\s*(?:先|在前|放前|排前)))\s*(?=\p{Han})|(?<=改成|换成|改为|换为|变成|用|全用|都用|全部用)\s*(hard cuts?|cuts?|jump cuts?)\b"#)
    private static let chineseHandIn = Pattern(#"(?:^|(?<=[,，。;；!！?？]))\s*(?:帮我|我要|要|想)?(?:做|剪|整|弄)(?:一)?(?:条|个|段|支)(?:片|视频|影片)?\s*(?:拿去|去)?交(?:[\p{Han}A-Za-z ]){1,12}?(?:用的?)?(?=\s*(?:$|[,，。;；!！?？]))"#)
    private static let musicThenRemoved = Pattern(#"(?<=(?:音乐|music|bgm|歌|配乐)[^，,。；;!！?？]{1,10}[，,。]\s{0,2})(?:直接|干脆|就|还是)?\s*(?:remove|delete|cut|drop|去掉|删掉|删了|拿掉|不要了)\s*(?:掉|了)?(?:吧|啦|算了|lah|la)?(?=\s*(?:$|[，,。;；!！?？]))"#)
    private static let pictureMeasure = Pattern(#"(?<=第\s{0,2}\d{1,3}\s{0,2}|最后\s{0,2}(?:\d{1,2}|一)?\s{0,2}|前\s{0,2}\d{1,2}\s{0,2}|[这那])幅(?:字|画|图)?"#)
    private static let directionParticle = Pattern(#"(?<=[到在]\s{0,2}(?:最)?(?:下面|上面|下边|上边|底部|顶部|底下|中间|前面|后面|前边|后边|开头|末尾|结尾|下方|上方|前头|后头|最后))去(?=\s*(?:$|[,，。;；!！?？]|吧|啦|了))"#)
    private static let putOutVideo = Pattern(#"(帮我们|帮我|给我|帮忙|请|你|再)出(?=(?:一|1)?\s?(?:个|条|版|支|段)\s?(?:[a-z]+\s?|\p{Han}){0,6}?(?:视频|片|影片|短片|video|vlog|reel|recap|demo|montage))"#)
    private static let putBack = Pattern(#"[放移挪调搬](?<=(?:张|照片|图片|相片|它|\s)[放移挪调搬])(?:回(?:到|在|去)?|(?:动)?至)(?=\s*(?:第|最前|最后|开头|末尾|结尾|前面|后面))"#)
    private static let englishComparative = Pattern(#"\b(louder|quieter|softer|bigger|larger|smaller|faster|quicker|slower|longer|shorter)\s*(?=一点|一些|点|些)"#)
    private static let chineseComparative = [
        "louder": "大声", "quieter": "小声", "softer": "小声", "bigger": "大", "larger": "大", "smaller": "小",
        "faster": "快", "quicker": "快", "slower": "慢", "longer": "长", "shorter": "短",
    ]
    private static let englishRemoveInChinese = Pattern(#"(?<=张|照片|图片|相片)\s*(?:delete|remove|del|cut|drop)\s*(?:掉|了|吧)?(?=\s*(?:$|[,，。;；!！?？]|\p{Han}))"#)
    private static let chineseWord = [
        "transition": "转场", "transitions": "转场", "crossfade": "淡入淡出", "crossfades": "淡入淡出",
        "music": "音乐", "bgm": "背景音乐", "song": "音乐",
        // 只用clips, 每个clip最多3秒, volume再大一点, 这个video要放tiktok的
        "clip": "片段", "clips": "片段",
        // 淨係要photos, 只要pictures: the photos named in English after a Chinese word
        "photos": "照片", "pictures": "照片", "pics": "照片",
        "volume": "音量", "video": "视频", "videos": "视频", "vlog": "视频",
        // title 删掉, title 也不要了, 不要title: the title named in English, then taken away in Chinese
        "title": "标题",
        // newest的先, oldest的在前: the order named in English, then said in Chinese
        "newest": "最新", "latest": "最新", "oldest": "最早", "earliest": "最早",
    ]

    /// 第5张新娘那张, 第3张，海边的那张，: a photo by number (group 1), then by what it shows.
    private static let chinesePhotoDescribed = Pattern(#"(第\s*\d{1,3}\s*张)(?:照片|相片|图片)?(?:\s*,\s*(?:就是|也就是|即)?(?:(?![第张和与跟到至及还把将都])\p{Han}){1,8}?(?:的)?(?:那|这)张(?:照片|相片|图片)?\s*,?|\s*(?:(?![第张和与跟到至及还把将都])\p{Han}){1,8}?(?:的)?(?:那|这)张(?:照片|相片|图片)?)"#)
}
