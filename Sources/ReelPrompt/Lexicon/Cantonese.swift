/// Cantonese words read as their Mandarin forms, so the Chinese rules read requests written the
/// way people in Hong Kong and Guangdong type them: 唔要轉場 → 不要转场, 大聲啲 → 大声一点,
/// 行山相 → 行山照片, 標題只喺第三張相出現 → 标题只在第3张照片出现, 呢張 → 这张, 擺去第一張 → 放到第一张.
///
/// Only words that occur in requests about videos are listed; the text is read after it was
/// put in simplified form (張 is 张 here).
enum Cantonese {
    /// Characters one of which every Cantonese request holds (the words are not looked for otherwise).
    private static let marks: Set<UInt16> = Set("唔喺啲嘅冇咗佢哋係俾畀睇揀相嗰咁嘢细少呢将嚟同仲摆熄改闩閂搬㗎喇嘞埋蚊".utf16)

    /// A Cantonese word, and which Mandarin word it is (see ``mandarin``).
    private static let word = Pattern(
        // 唔要, 唔好用 (don't), 唔使 (no need), 唔該 (please): the negations and the courtesy
        // 唔好有轉場: "don't have" is "don't"
        #"唔(?:要|好)有(?=\s*(?:转场|过渡|音乐|标题|字幕|动画|特效|title|music|transition))|唔(?:要|好)|唔(?:使|用)|唔(?:该|該)|唔"#
        // 仲有 (and also), 擺去第一張, 搬去最尾 (put at), 成條片 (the whole video), 轉做 (turn into)
        + #"|仲有|(?:摆|搬)去(?:头(?=\s*(?:$|[,，。;；!！?？~]|啦|喇|嘞|吧|度))|(?=\s*(?:第|最|前|后|开头|结尾)))|成条(?:片|视频)|转做"#
        // 將最後嗰張放返第一張, 擺返去最尾, 搬番去頭 (put back at): 返 or 番 after a verb of putting, before a place
        // 搬返去頭, 擺去頭 (to the start): 頭 alone after the place it is put is the start, 开头
        + #"|(?:放|摆|搬|移)(?:返|番)(?:去|到|喺)?(?:头(?=\s*(?:$|[,，。;；!！?？~]|啦|喇|嘞|吧|度))|(?=\s*(?:第|最|前|后|开头|结尾|头)))"#
        // 將條片縮短啲 (the video): 条 before 片 is "the" (not 片段, 片头, 片子)
        + #"|条片(?![段子头尾花名场区])"#
        // 大聲啲, 快啲, 慢少少: "a bit" after a word of size or pace; any other 啲 is "the" (啲相)
        // 停耐啲, 放耐少少 (stay a while longer): 耐 (long, of time) before "a bit" is 久
        + #"|(?<=[大小快慢长短多少高低响轻久细声松紧光暗耐])(啲)|啲|少少|耐(?=\s*(?:啲|少少|一点|一些|d\b))"#
        // 切咗個頭, 剪咗個頭 (cut the head off): 咗 after a cut, before the head or the face, is 掉 (read before 咗 alone)
        + #"|(?<=[切裁剪截])(咗)(?=\s*个?\s*(?:头|面|脸|块面))"#
        // 呢張相, 呢段: 呢 before a measure word is "this" (at a clause's end it stays a question word)
        + #"|呢(?=张|个|段|首|(?:[一二两三四五六七八九十几]|\d{1,2})\s*张)"#
        // 淨係用相 (only), 唔好郁嚟郁去 (move about), 唔好郁 (don't move): 郁 is "move" only there, as
        // Mandarin has it in 忧郁, 浓郁
        + #"|净(?:係|系)|郁(?:嚟|来)郁去|(?<=唔好|唔要|咪|不要|别|左右)郁(?![闷悶金葱])|嚟"#
        // 喺 (at), 嘅 (of), 冇 (none), 咗 (done), 佢哋 / 佢 (they / it), 俾 / 畀 (give), 睇 (see), 揀 (pick),
        // 嗰 (that), 咁 (so), 嘢 (thing)
        + #"|喺|嘅|冇|咗|佢哋|佢|俾|畀|睇|揀|(?<![关联關聯])係|嗰|咁|嘢"#
        // 我哋 / 你哋 (we / you), 㗎 ending a clause (a particle, as 的 is): 我哋小巴群組用㗎 → 我们小巴群组用的
        + #"|我哋|你哋|㗎"#
        // 首歌唔要喇, 删咗佢嘞: 喇 and 嘞 ending a clause are 了 (not 喇叭)
        + #"|(?<=\p{Han})(?:喇|嘞)(?=\s*(?:$|[,，。;；!！?？~]))"#
        // 打直嘅片 (a vertical video): 片 after 嘅 is the video, not a slice
        + #"|(?<=嘅)片(?![段子头尾花名场区])"#
        // 原聲熄咗佢, 熄埋啲音樂, 閂咗個聲: 熄 and 閂 (turn off) before "done", "it", "too" or the sound
        + #"|(?:熄|闩|閂)(?:咗|埋|晒|左|(?=\s*(?:佢|掉|了|它|啲|个|原声|声|音乐|歌|bgm|标题|字幕|title|music)))"#
        // 將最後嗰張相…: 将 before what it moves is 把, as in writing
        + #"|将(?=第|最|这|那|呢|嗰|所有|全部|照片|音乐|转场|标题|条片|视频|首歌|只歌|隻歌)"#
        // 細聲啲, 字細啲: 细 is small before 声 or "a bit"; 個標題太細, 啲字咁細: small after "too" or "so" (not 细心,
        // 细节, 细路); 校細聲啲, 校大聲啲: 校 (set) before a loudness is 调
        + #"|细(?=声|啲)|(?<=太|咁|好|有啲)细(?![心节致腻胞菌雨佬路妹仔个])|校(?=\s*(?:细|小|大|高|低)\s*声)"#
        // 較細聲啲, 較大聲啲: 較 (較 as Hong Kong writes 校, set) before a loudness is 调, too (not 比較大聲, which compares)
        + #"|(?<!比)[较較](?=\s*(?:细|小|大|高|低)\s*声)"#
        // 見到佢哋塊面, 成塊面 (their face): 塊面 is the face
        + #"|块面"#
        // 搬去最尾, 擺喺最尾: 最尾 is the end
        + #"|(?<=搬去|放到|摆去|摆到|放去|移去|移到|搬到|在|喺|去|返|番)最尾"#
        // 個title改做「點心」, 熄咗個音樂: 个 starting a clause or after a verb, before what it names, is "the"; 改做 is 改成
        + #"|(?:^|(?<=[,，。;；!！?？\s]|唔要|唔好|不要|咗|埋|晒))个(?=\s*(?:title|标题|题目|音乐|歌|bgm|music|song|转场|视频|片|头|块面))|改做"#
        // 第五張同第七張對調, 刪咗第2同第7張: 同 between two photos is "and" (not 同时, 相同, 一同)
        + #"|(?<=张|照片|图片|相片|第\s?\d\s?|第\s?\d\d\s?)同(?=\s*(?:第|最后|前|呢|嗰|这|那))"#
        // 首歌大聲啲, 隻歌細聲啲: a measure word starting a clause is "the"; the song is the music; also
        // after 唔該 (please) and 將 (唔該首歌唔要喇, 將首歌校細聲啲)
        + #"|(?:^|(?<=[,，。;；!！?？\s]|唔该|唔該|将|把))(?:首|只|隻)歌(?!曲|词|詞|名)"#
        // 個標題搬落底, 擺去下面: moved down to the bottom
        + #"|(?:搬|摆|擺|放|移)(?:落|去)(?:底|下面|下边|下底)"#
        // 直接cut就得, 咁就得啦: 就得 ending a clause is "that will do" (就行), not "must"
        + #"|就得(?=\s*(?:$|[,，。;；!！?？~]|啦|喇|嘞|了))"#
        // 頭先嗰個改動 (just now), redo返 / undo返 (back again: the command alone)
        + #"|头先|(?<=redo|undo)\s*返"#
        // 開埋聲, 開返啲原聲 (turn on as well, turn back on): 开 before 埋 or 返 and the sound or a feature is 打开
        + #"|开(?:埋|返|番)(?=\s*(?:啲|个)?\s*(?:声|原声|原音|音乐|歌|标题|字幕|title|music|bgm))"#
        // 跟住節拍剪 (follow the beat): 跟住 before the music or its beat is 跟着
        + #"|跟住(?=\s*(?:音乐|歌|bgm|背景音乐|节拍|节奏|拍子|鼓点|beat|music))"#
        // 蛋撻十蚊一個, 20蚊: 蚊 after a number is dollars (块钱), a price
        + #"|(?<=[\d一二两三四五六七八九十百千])\s?蚊(?!子|帐|香)"#
        // 張相, 啲相, 所有相, 行山相: 相 is a photo after a measure word or "all", ending a clause or before what it is
        // made into (小巴相整成直版) (not 相机, 互相, 照相)
        + #"|(?<=[张幅啲些的嘅]|所有|全部)相(?![片机册簿框同关似信比当对反差互遇处爱亲等连应近配声貌位识助继间称撞加乘容通符隔投映逢聚依伴])|(?<![照互真首长色变竞亮卖宰面手扮洋吉福星宝外丑])相(?=\s*(?:$|[,，。;；!！?？]|(?:整|做|弄|剪|砌|变)成|整条))"#,
        lowercaseInput: true)

    /// The Mandarin of each word ``word`` reads.
    private static let mandarin: [String: String] = [
        "唔要": "不要", "唔好": "不要", "唔使": "不用", "唔用": "不用", "唔该": "", "唔該": "", "唔": "不",
        "喺": "在", "嘅": "的", "冇": "没有", "咗": "了", "佢哋": "它们", "佢": "它", "俾": "给", "畀": "给",
        "睇": "看", "揀": "选", "係": "是", "净係": "只", "净系": "只", "郁嚟郁去": "动来动去", "郁来郁去": "动来动去", "郁": "动", "嚟": "来", "相": "照片", "嗰": "那", "咁": "这么", "嘢": "东西", "细": "小", "校": "调", "较": "调", "較": "调", "块面": "脸", "耐": "久", "最尾": "最后", "将": "把", "呢": "这",
        "个": "", "改做": "改成", "唔要有": "不要", "唔好有": "不要", "仲有": "还有", "摆去": "放到", "搬去": "放到",
        "我哋": "我们", "你哋": "你们", "㗎": "的", "喇": "了", "嘞": "了", "片": "视频", "首歌": "音乐", "只歌": "音乐", "隻歌": "音乐", "成条片": "整个视频", "条片": "视频", "成条视频": "整个视频", "转做": "转成", "同": "和", "就得": "就行", "头先": "刚才", "跟住": "跟着",
    ]

    /// Words that mark a Cantonese request though their characters are common in Mandarin
    /// (個標題改做「X」, 直接cut就得, 搬落底, 頭先, redo返, 跟住節拍, 開返聲, 放返第一張: English is spaced apart from Chinese by then).
    private static let markWords: [[UInt16]] = ["改做", "就得", "落底", "头先", " 返", "跟住", "开返", "开番", "放返", "放番", "移返"].map { Array($0.utf16) }

    /// Whether `units` hold one of ``markWords``.
    private static func hasMarkWord(_ units: [UInt16]) -> Bool {
        guard units.count > 1 else { return false }
        for i in 0..<(units.count - 1) {
            for w in markWords where units[i] == w[0] && units[i + 1] == w[1] { return true }
        }
        return false
    }

    /// `text` with its Cantonese words in Mandarin.
    static func convert(_ text: inout MappedText) {
        guard text.units.contains(where: marks.contains) || hasMarkWord(text.units) else { return }
        text.replace(word) { m in
            // 啲 after a word of size or pace is "a bit"; elsewhere it only says "the"
            if m.text == "啲" { return m[1] != nil ? "一点" : "" }
            if m.text == "少少" { return "一点" }
            // 切咗個頭: cut off
            if m.text == "咗" && m[2] != nil { return "掉" }
            // 熄咗, 閂埋 (turned off, off as well): 关掉; 熄 alone before what it turns off: 关
            if let c = m.text.first, "熄闩閂".contains(c) { return m.text.count > 1 ? "关掉" : "关" }
            // 搬落底, 擺去下面: moved to the bottom
            if m.text.hasSuffix("底") || m.text.hasSuffix("下面") || m.text.hasSuffix("下边") { return "放到底部" }
            // 放返第一張, 擺番去最尾: put (back) at that place
            if let c = m.text.first, "放摆搬移".contains(c), m.text.contains("返") || m.text.contains("番") || m.text.hasSuffix("头") {
                return m.text.hasSuffix("头") ? "放到开头" : "放到"
            }
            // redo返: the command alone (a space keeps it a word apart from what follows: redo返啦)
            if m.text.hasSuffix("返") && !m.text.hasPrefix("开") { return " " }
            // 開埋聲, 開返原聲: turned on
            if m.text.hasPrefix("开") { return "打开" }
            // 十蚊: dollars
            if m.text.hasSuffix("蚊") { return "块钱" }
            return mandarin[m.text] ?? m.text
        }
    }
}
