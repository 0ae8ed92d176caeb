/// Words that say what the photos show or what the video is for: an occasion, people, a pet,
/// a place, a product, a kind of video ("birthday video", "the puppy pics", "recap of the lads
/// trip", 宠物相册, 产品展示视频). They ask for no change and are not reported as not understood.
///
/// Moods and styles ("calm", "sepia", "epic") are not here: they could be asks Reel cannot do,
/// so they stay reported.
enum Subjects {
    /// Occasions and outings; a word just before one of these names it too ("ski trip",
    /// "lads trip", "hen party", "sports day").
    static let occasions: Set<String> = [
        "birthday", "birthdays", "bday", "party", "parties", "wedding", "weddings", "anniversary", "graduation", "grad",
        "prom", "christmas", "xmas", "easter", "halloween", "thanksgiving", "reunion", "baptism", "christening",
        "shower", "engagement", "honeymoon", "celebration", "festival", "concert", "gig", "game", "match", "tournament",
        "recital", "ceremony", "retirement", "housewarming", "bbq", "barbecue", "picnic", "dinner", "brunch", "lunch",
        "trip", "trips", "roadtrip", "holiday", "holidays", "vacation", "getaway", "weekend", "journey", "tour",
        "cruise", "safari", "hike", "day", "night", "launch", "drop", "event", "meetup", "sleepover", "playdate",
        "surprise", "stag", "hen", "days", "times", "years", "morning", "evening", "afternoon", "visit", "outing", "adventure",
        "week", "weeks", "month", "months", "season", "seasons",
    ]

    /// Nouns for the video or its photos: the word before one names what it is of ("hamster
    /// pics", "kayak video") unless it is a mood or a style (`styles`).
    static let heads: Set<String> = [
        "video", "videos", "vid", "vids", "slideshow", "pics", "photos", "pictures", "images", "shots", "snaps", "recap",
        "montage", "album", "reel", "vlog", "vlogs", "highlights", "compilation", "clip", "movie", "film", "tribute", "memories",
    ]

    /// Moods, looks and effects: asks Reel may not be able to do, so never taken as a subject.
    static let styles: Set<String> = [
        "calm", "chill", "epic", "dramatic", "funny", "emotional", "sad", "romantic", "moody", "dark", "bright", "colorful",
        "colourful", "vintage", "retro", "sepia", "bw", "black", "white", "grey", "gray", "red", "blue", "green", "yellow",
        "purple", "pink", "orange", "gold", "golden", "neon", "glitch", "glitchy", "animated", "cartoon", "anime", "3d",
        "ai", "timelapse", "hyperlapse", "boomerang", "loop", "looping", "motion", "slowmo", "slow", "fast", "quick",
        "cinematic", "aesthetic", "artsy", "dreamy", "nostalgic", "energetic", "hype", "upbeat", "sped", "reversed",
        "mirrored", "blurry", "blurred", "filtered", "warm", "cool", "cold", "hd", "uhd", "hdr", "silent", "muted",
        "talking", "singing", "dancing", "moving", "spinning", "zooming", "panning", "flashy", "fancy", "pro",
        "professional", "polished", "rough", "short", "long", "longer", "shorter", "vertical", "horizontal", "square",
    ]

    /// What the photos show, who is in them and what kind of video it is.
    static let english: Set<String> = occasions.union([
        // people
        "mum", "mom", "mums", "moms", "mommy", "mummy", "mother", "dad", "dads", "daddy", "father", "parents", "grandma",
        "grandmas", "granny", "nan", "nana", "nanna", "grandpa", "grandpas", "grandad", "granddad", "grandparents",
        // grandparents as many families call them
        "abuela", "abuelas", "abuelo", "abuelos", "abuelita", "abuelito", "oma", "opa", "nonna", "nonno", "nonni", "bubbe", "zayde", "lola", "lolo", "yiayia", "babcia", "dziadek",
        "son", "sons", "daughter", "daughters", "kid", "kids", "child", "children", "baby", "babies", "toddler", "boy",
        "boys", "girl", "girls", "lads", "friends", "friend", "bestie", "besties", "bff", "team", "class", "sister",
        "brother", "sis", "bro", "cousin", "cousins", "wife", "husband", "partner", "boyfriend", "girlfriend", "bf",
        "gf", "couple", "bride", "groom", "aunt", "auntie", "uncle", "niece", "nephew", "twins", "newborn", "grandson",
        "granddaughter", "grandkids", "classmates", "colleagues", "coworkers", "crew", "gang", "squad", "fam",
        "him", "her", "his", "hers", "he", "she", "himself", "herself", "everyone", "everybody", "people",
        // pets and animals
        "dog", "dogs", "doggo", "doggy", "puppy", "puppies", "pup", "pups", "cat", "cats", "kitten", "kittens", "kitty",
        "pet", "pets", "bunny", "rabbit", "hamster", "horse", "pony", "parrot", "bird", "birds", "animals", "wildlife",
        // places and outings
        "beach", "mountains", "mountain", "lake", "city", "countryside", "island", "park", "zoo", "museum", "garden",
        "camping", "ski", "skiing", "snowboarding", "surf", "surfing", "hiking", "fishing", "travel", "travels",
        "road", "summer", "winter", "spring", "autumn", "fall", "sunset", "sunsets", "nature", "food", "home",
        "uni", "school", "college", "university", "office", "work", "pub", "bar", "church", "old",
        // products and business
        "product", "products", "showcase", "collection", "catalog", "catalogue", "lookbook", "shop", "store", "brand",
        "item", "items", "merch", "promo", "promotional", "ad", "advert", "listing", "portfolio", "menu", "restaurant",
        "house", "apartment", "flat", "property", "estate", "hotel", "airbnb", "rooms",
        "cafe", "bakery", "sneaker", "sneakers", "shoes", "jewelry", "jewellery", "candles", "unboxing",
        // kinds of video
        "recap", "montage", "compilation", "tribute", "throwback", "tbt", "dump", "collage", "lookback", "rewind",
        "diary", "journal", "memories", "moments", "year", "highlights", "snapshots",
        // praise words that ask for nothing in particular
        "cute", "sweet", "fun", "adorable", "happy", "clean", "simple", "special", "little",
    ])

    /// The same in Chinese, removed from a leftover before it is judged.
    static let chinese = [
        "狗狗", "小狗", "狗", "猫咪", "小猫", "猫", "宠物", "萌宠", "产品", "新品", "商品", "回顾", "回忆", "记录", "我家", "家里",
        "宝贝", "女儿", "儿子", "妈妈", "爸爸", "爷爷", "奶奶", "外公", "外婆", "朋友", "闺蜜", "同学", "老公", "老婆", "男朋友",
        "女朋友", "情侣", "周年", "纪念日", "派对", "节日", "春节", "过年", "圣诞", "中秋", "国庆", "周末", "露营", "爬山", "滑雪",
        "徒步", "蜜月", "年会", "团建", "演唱会", "探店", "开箱", "穿搭", "日记", "合集", "集锦", "精选", "生活", "城市", "公园",
        "动物园", "旅拍", "写真", "全家福", "聚餐", "庆生", "寿宴", "大寿", "满月", "百天", "周岁", "可爱", "好看", "漂亮", "一家人",
        "我们", "咱们", "他们", "她们", "这是", "那是", "这些是", "球队", "队伍", "全队", "偶像", "爱豆",
    ]

    /// A leftover run of words that only names what the video is of: subject words, possessives
    /// ("Max's", "grandma's" — `possessive` says which words were typed with 's), an ordinal
    /// after one of them or before an occasion ("grandma's 90th", "5th birthday"), and any word
    /// just before an occasion ("the lads trip").
    static func onlySubject(_ words: [String], possessive: Set<String>, filler: (String) -> Bool) -> Bool {
        var sawSubject = false
        // words after "in", "to", "from"… once a subject was named: "honeymoon in Bali", "trip to
        // the Lake District", "throwback from uni days" (a place or a time, two words at most)
        var placeWords = 0
        for (i, w) in words.enumerated() {
            // "throwback to summer 2019": a year after what the video is of
            if sawSubject, w.count == 4, let y = Int(w), (1900...2099).contains(y) { continue }
            if sawSubject, places.contains(w) { placeWords = 1; continue }
            if placeWords > 0, w == "the" || w == "a" { continue }
            if placeWords > 0, placeWords <= 2, w.allSatisfy(\.isLetter), !styles.contains(w) { placeWords += 1; continue }
            placeWords = 0
            let next = i + 1 < words.count ? words[i + 1] : ""
            let prev = i > 0 ? words[i - 1] : ""
            // "put the beach photo first": one photo picked by what it shows, which Reel cannot
            // tell; reported, never taken as what the video is of
            if pointing.contains(prev), singular.contains(next), w.allSatisfy(\.isLetter), !singular.contains(w) { return false }
            if english.contains(w) || possessive.contains(w) { sawSubject = true; continue }
            if isOrdinal(w), english.contains(prev) || possessive.contains(prev) || occasions.contains(next) { continue }
            // "要那种复古 film 的感觉": a Chinese look before an English head is asked, not what the video is of
            if w.allSatisfy(\.isLetter), !styles.contains(w), !chineseStyles.contains(where: w.holds),
               namesHead(after: i, in: words, filler: filler) { sawSubject = true; continue }
            if filler(w) { continue }
            return false
        }
        return sawSubject
    }

    /// Whether a noun for the video or an occasion follows the word at `i`, right after it or after
    /// up to two more words of what it is of ("hamster pics", "pottery studio video", "football
    /// season highlights"), in either language: "pottery studio的video", "season的照片", "K-pop 饭拍".
    /// The words between are neither moods nor fillers ("stop motion video", "split screen video" stay reported).
    private static func namesHead(after i: Int, in words: [String], filler: (String) -> Bool) -> Bool {
        var between = 0
        var j = i + 1
        while j < words.count {
            let w = words[j]
            j += 1
            if w == "的" { continue }
            if occasions.contains(w) || heads.contains(w) || isChineseHead(w) { return true }
            guard between < 2, w.allSatisfy({ $0.isASCII && $0.isLetter }), !styles.contains(w), !filler(w) else { return false }
            between += 1
        }
        return false
    }

    /// A Chinese word that is a noun for the video or its photos, with nothing else in it (的照片, 饭拍, 视频).
    private static func isChineseHead(_ w: String) -> Bool {
        guard let first = w.first, PromptText.isHan(first) else { return false }
        return chineseHead.occurs(in: w) && !stripChinese(w).contains { PromptText.isHan($0) }
    }

    /// `word` with every Chinese filler and subject word removed, longest first (so 朋友圈 goes
    /// whole rather than leaving 圈 after 朋友), and the words just before a noun for the video
    /// ("仓鼠视频", "去云南玩的照片") unless they are a mood or a look (黑白, 温馨).
    static func stripChinese(_ word: String) -> String {
        var w = chineseHead.replacing(in: word) { _ in "§" }
        for f in chineseLongestFirst where w.contains(f) { w = w.replacingOccurrences(of: f, with: "|") }
        if w.contains("§") {
            w = chineseCompound.replacing(in: w) { m in chineseStyles.contains(where: m.text.holds) ? m.text : "" }
        }
        return w.filter { $0 != "§" && $0 != "|" }
    }

    private static let chineseHead = Pattern(#"视频|相册|照片|图片|截图|截屏|合集|短片|影片|集锦|vlog|饭拍|混剪|花絮|作品集|作品"#)
    /// The words just before a head, across the fillers between them (店里换屏的照片: 店, 里, 换屏, 的).
    private static let chineseCompound = Pattern(#"(?:\p{Han}\|*){1,8}(?=§)"#)
    /// Moods and looks in Chinese: never taken as what the video is of.
    private static let chineseStyles = [
        "黑白", "复古", "怀旧", "动漫", "卡通", "搞笑", "伤感", "浪漫", "温馨", "治愈", "酷炫", "炫酷", "动感", "电影", "高级", "慢动作",
        "延时", "快闪", "动态", "特效", "鬼畜", "唯美", "清新", "文艺", "悲伤", "安静", "热血", "震撼",
    ]
    private static let chineseLongestFirst = (chinese + Fillers.chinese + Fillers.chineseChangeVerbs + Fillers.chineseComments).sorted { $0.count > $1.count }

    /// "the", "that", "this" before a word and a single photo ("the beach photo").
    private static let pointing: Set<String> = ["the", "that", "this"]
    /// A single photo: after a word that says what it shows, it names one photo of the roll.
    private static let singular: Set<String> = ["photo", "pic", "picture", "shot", "image", "one", "snap", "selfie", "pict"]

    /// Words after which a place, a time or a name follows what the video is of ("for Mia").
    private static let places: Set<String> = ["in", "to", "at", "from", "around", "across", "near", "during", "of", "up", "on", "along", "by", "for"]

    /// "5th", "90th", "1st".
    static func isOrdinal(_ w: String) -> Bool {
        guard let suffix = ["st", "nd", "rd", "th"].first(where: w.hasSuffix) else { return false }
        let digits = w.dropLast(suffix.count)
        return !digits.isEmpty && digits.count <= 3 && digits.allSatisfy(\.isNumber)
    }
}
