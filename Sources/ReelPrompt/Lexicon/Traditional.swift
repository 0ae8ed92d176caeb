/// Traditional Chinese characters (繁體) read as their simplified forms, so one set of rules
/// serves both: 每張照片 → 每张照片, 轉場 → 转场, 撤銷 → 撤销. Only characters that occur in
/// requests about videos are listed; any other character is kept as typed.
enum Traditional {
    private static let pairs = """
    張张個个頻频視视轉转場场刪删銷销總总長长幫帮樂乐聲声點点畫画題题標标換换後后開开頭头從从時时間间動动靜静過过豎竖竪竖\
    橫横們们讓让變变為为這这裡里裏里邊边兩两麼么嗎吗減减鐘钟順顺質质幀帧設设調调緩缓縮缩說说寫写號号寬宽與与單单\
    復复還还歸归關关閉闭顯显錄录製制幾几體体機机對对齊齐圖图線线條条壓压聽听響响輕轻舊旧東东發发鬆松計计適适準准\
    漸渐濾滤鏡镜頁页節节匯汇導导載载傳传雲云額额網网內内選选擇择將将給给鍵键話话請请謝谢塊块環环實实現现應应該该\
    記记憶忆遊游畢毕業业歲岁愛爱媽妈爺爷兒儿見见覺觉聖圣誕诞檔档預预覽览亂乱隨随數数區区麗丽風风電电腦脑輸输鬧闹\
    轉转換换訊讯幕幕屏屏淡淡黑黑尺尺寸寸倍倍慢慢快快掉掉除除選选擇择顛颠倒倒類类別别種种層层邊边緣缘彈弹撥拨剪剪\
    輯辑擴扩縮缩倫伦敘叙氣气氛氛歡欢迎迎慶庆紀纪師师學学園园週周歷历遠远近近開开闊阔傾倾斜斜邊边偏偏濃浓暗暗亮亮\
    檔档案案夾夹錯错誤误測测試试處处態态認认為为著着臉脸攝摄識识蹤踪確确終终擋挡強强穩稳屬属專专獨独啟启軌轨\
    髮发鬚须貼贴錄录訪访鳥鸟魚鱼車车飛飞島岛燈灯夢梦陽阳館馆廳厅戲戏藝艺響响紅红書书嗶哔綠绿藍蓝黃黄    臺台灣湾\
    禮礼剛刚纔才貓猫極极當当會会雙双進进結结遲迟樣样來来沒没並并於于門门問问優优儘尽盡尽異异難难蓋盖圍围繞绕\
    語语譯译簡简紹绍講讲萬万億亿讀读淨净團团員员運运廣广產产劇剧繼继續续頂顶側侧組组閃闪擺摆搖摇稱称卻却餘余\
    僅仅溫温懷怀飽饱銳锐雜杂顏颜賀贺寶宝貝贝隊队級级護护細细證证讚赞緊紧湊凑誰谁熱热觀观陰阴寵宠馬马龍龙顆颗齡龄筆笔鋼钢據据紙纸壽寿滿满積积賬账戶户雞鸡豬猪鴨鸭賣卖買买樓楼
    """
    static let table: [Character: Character] = {
        var t: [Character: Character] = [:]
        let cs = Array(pairs.filter { !$0.isWhitespace && $0 != "\\" })
        var i = 0
        while i + 1 < cs.count { if cs[i] != cs[i + 1] { t[cs[i]] = cs[i + 1] }; i += 2 }
        return t
    }()

    /// `c` in simplified form.
    static func simplified(_ c: Character) -> Character { table[c] ?? c }

    /// The traditional forms of each simplified character.
    private static let forms: [Character: String] = table.reduce(into: [:]) { $0[$1.value, default: ""].append($1.key) }

    /// A regular expression that reads Chinese words in either script: each simplified character
    /// that has a traditional form also accepts it (标题 → [标標][题題]). For the patterns that run
    /// on the text as typed, before it is read in simplified form (titles keep their own script).
    static func either(_ pattern: String) -> String {
        var out = "", inClass = false, escaped = false
        for c in pattern {
            defer { escaped = c == "\\" && !escaped }
            if !escaped, c == "[" { inClass = true } else if !escaped, c == "]" { inClass = false }
            guard !escaped, let t = forms[c] else { out.append(c); continue }
            out += inClass ? String(c) + t : "[" + String(c) + t + "]"
        }
        return out
    }
}
