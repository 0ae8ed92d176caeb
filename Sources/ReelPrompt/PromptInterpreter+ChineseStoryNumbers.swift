import Foundation

/// Story numbers said in Chinese: a price (10块钱一扎, 一条一千二起步, 一斤卖到两千八), a discount (全场8折), how many
/// photos were taken (拍了十张照片), a time of day (早上6点40接班,
/// 晚上8点到10点), the nth time something happens (第一次) and a holiday named by its date (六一儿童节).
extension PromptInterpreter {
    /// Read inside ``storyNumberKinds``, in its place among them.
    static let chineseStoryNumberKinds: [(String, [String])] = [
        // 今天玫瑰10块钱一扎, 每斤8元, 门票20元, 热干面五块钱一碗: a price, in Chinese
        (#"(?:每\s?[斤个份束盒瓶件杯位人张只]\s?)?(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千]{1,5})\s?(?:块钱|元|毛钱|块(?=\s?(?:1|一)\s?[扎斤个份束盒瓶件杯位人只碗串袋包]))(?:\s?(?:1|一)\s?(?:扎|斤|个|份|束|盒|瓶|件|杯|位|人|只|碗|串|公斤|袋|包))?"#, ["块", "元", "毛"]),
        // 一条一千二起步, 一盒六十起, 十双一百二, 一晚三百八, 八百一条, 起价一千二, 门票八十, 一对千二蚊起 (蚊, the
        // Cantonese dollar): a price said without 元 or 块 (its numeral as said: 一千二 counts nothing), with what one
        // of is sold (a measure word, never 张 or 段: a photo, a clip), where prices start (起步, 起跳) or a word of price
        // before it; said to the end of its clause, so no unit follows
        (#"(?:(?:每|一|[两二三四五六七八九十]|\d{1,2})\s?(?:条|件|个|斤|份|束|盒|瓶|杯|位|只|套|双|对|把|碗|串|袋|包|幅|台|部|间|晚|节|堂|箱|桌|人|次|块)\s?(?:才|只要|要|卖|只卖|售价?|大概|差不多)?\s?"# + chinesePrice + #"(?:\s?(?:起步|起跳|起价|起卖|起售|起|左右|上下))?|(?:价格|价钱|售价|起价|单价|定价|票价|门票|要价|原价|现价|特价|均价|人均)(?:是|在|为|都|就|只要|才|大概|大约|差不多)?\s?"# + chinesePrice + #"(?:\s?(?:(?:每|一)\s?(?:条|件|个|斤|份|束|盒|瓶|杯|位|只|套|双|对|把|碗|串|袋|包|晚|人|次))|\s?(?:起步|起跳|起|左右|上下))?|"# + chinesePrice + #"\s?(?:(?:每|一)\s?(?:条|件|个|斤|份|束|盒|瓶|杯|位|只|套|双|对|把|碗|串|袋|包|晚|人|次)|起步|起跳|起价|起卖|起售|起))(?=\s*(?:$|[,.;!?，。；！？、~～]|\x{01}))"#, ["起", "价", "门票", "均", "条", "件", "个", "斤", "份", "束", "盒", "瓶", "杯", "位", "只", "套", "双", "对", "把", "碗", "串", "袋", "包", "幅", "台", "部", "间", "晚", "节", "堂", "箱", "桌", "人", "次", "块"]),
        // 早上6点40接班, 每天早上七点半开门, 晚上8点到10点, 6点40分, 3点一刻, 朝早六點四 (Cantonese: 四 is twenty
        // past): a time of day in Chinese, with the part of the day before it, or its minutes (半, 一刻, 40分) after it
        (#"(?:(?:每天|天天|每晚|今天|明天|昨天|今晚|明晚|明早|周末)?\s?(?:早上|早晨|清晨|上午|中午|下午|傍晚|晚上|夜里|夜晚|半夜|凌晨|朝早|下昼|晏昼)\s?|(?:每天|天天|每晚|今晚|明晚|明早)\s?)(?:"# + chineseClock + #"|\d{1,2}:[0-5]\d)|(?<![快慢长短大小多少高低轻重好亮暗声响久早晚近远点])"# + chineseHour + #"\s?点\s?(?:钟|整|半|一刻|三刻|过?\s?(?:\d{1,2}|[零一二三四五六七八九十]{1,3})\s?分(?!钟))"# + chineseClockEnd, ["点"]),
        // 一斤卖到两千八, 去年卖了八百, 开价一千二: what a thing sells for, said with the verb of selling (its numeral as
        // said: 两千八 counts nothing), to the end of its clause
        (#"(?:卖到|卖了|卖出|涨到|炒到|开价|标价|报价|要价)\s?"# + chinesePrice + #"(?:\s?(?:多|左右|上下))?(?=\s*(?:$|[,.;!?，。；！？、~～]|\x{01}))"#, ["卖", "涨到", "炒到", "价"]),
        // 全场8折, 打八折, 七五折起: a discount told in the story (八折 is 20 % off, no setting); not in what a photo is
        // said to show (那张是全场8折的海报, read whole by the rules of what photos show)
        // (started on its first word or digit: the checks that no 是 comes before sit after it)
        (#"(?:(?:全场|全店|全部|一律|打了|打|低至|最低)(?<!是全场|是全店|是全部|是一律|是打了|是打|是低至|是最低)\s?(?:\d(?:\.\d)?|[一二三四五六七八九](?:五)?)|\d(?<!是\d|是全场\d|是全店\d)(?:\.\d)?|[一二三四五六七八九](?<!是[一二三四五六七八九]|是全场[一二三四五六七八九]|是全店[一二三四五六七八九])(?:五)?)\s?折(?![叠腾射线纸])(?:起|优惠|促销|活动)?"#, ["折"]),
        // 拍了十张照片, 挑了二十几张, 我照了30多张相: how many photos the user took or picked, told (the draft's photos are given)
        (#"(?:拍了|照了|拍过|拍下|挑了|选了|挑出|选出|存了)\s?(?:\d{1,3}|[一二两三四五六七八九十几]{1,3})\s?[多几]?\s?张(?:照片|相片|图片|图|相)?(?=\s*(?:$|[,.;!?，。；！？、~～]|\x{01}))"#, ["拍", "照了", "挑", "选", "存了"]),
        // 有三千多人参加, 两百多位选手参赛, 来了五十几个客人: how many people came, its numeral as said (digits are read
        // by the count of people in ``storyNumberRules``), with the verb of coming or taking part
        (#"(?:有|来了|共有|一共有)?\s?[一二两三四五六七八九十百千万]{1,6}\s?[多几]?\s?(?:个|位|名)?\s?(?:人|选手|跑者|观众|客人|嘉宾|同学|学生|小朋友|队员|家庭)(?:\s?(?:一起|都))?(?:参加|参赛|报名|到场|来了|围观|出席)"#, ["参加", "参赛", "报名", "到场", "来了", "围观", "出席"]),
        // 守護燈塔三十餘載, 执教二十多载, 相伴五十载: years of a life's work or a marriage, said with the literary 载 (years)
        (#"(?:\d{1,3}|[一二两三四五六七八九十百]{1,4})\s?(?:余|多|几)?\s?载(?![入体客货重])"#, ["载"]),
        // 第一次用这种软件: the first (or nth) time something happens
        (#"第\s?\d{1,2}\s?次"#, ["次"]),
        // 今天六一儿童节, 五一假期: a holiday named by its date
        (#"(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s?(?:儿童节|劳动节|妇女节|青年节|建军节|国庆节?|假期|长假|黄金周)"#, ["儿童节", "劳动节", "妇女节", "青年节", "建军节", "国庆", "假期", "长假", "黄金周"]),
        // 一座二十米高的冰城堡, 三层楼高, 五公尺长的龙, 两米宽: how big a thing is, the size word after its unit (the
        // Chinese side of "40 cm high"), no length of the video
        (#"(?:\d{1,4}(?:\.\d{1,2})?|[一二两三四五六七八九十百千]{1,5})\s?多?\s?(?:米|公尺|厘米|公分|层楼?|尺|丈)\s?多?\s?(?:高|长|宽|深|厚)"#, ["米", "公尺", "公分", "层", "尺", "丈"]),
    ]

    /// A price's numeral in Chinese: digits, or numerals as said (一千二, 八百, 三十五), not followed by a unit.
    private static let chinesePrice = #"(?:\d{1,6}(?:\.\d{1,2})?(?!\d|\.\d)|[一二两三四五六七八九十百千万]{1,6})(?:\s?(?:块钱?|元|蚊|刀))?"#

    /// An hour of the clock in Chinese (6, 六, 十二).
    private static let chineseHour = #"(?:[01]?\d|2[0-4]|[一二两三四五六七八九十]{1,3})"#

    /// An hour in Chinese with what may follow it (6点, 6点40, 七点半, 3点一刻, 六點四), and the hour a span
    /// ends at (8点到10点); not a length (2点5秒 is 2.5 seconds).
    private static let chineseClock = chineseHour + #"\s?点\s?(?:钟|整|半|一刻|三刻|过?\s?(?:\d{1,2}|[零一二三四五六七八九十]{1,3})(?:\s?分(?!钟))?)?"# + chineseClockEnd

    /// The end of a Chinese time of day: the hour a span ends at, then no unit of a length.
    private static let chineseClockEnd = #"(?:\s?(?:到|至|-|~|～)\s?(?:早上|上午|中午|下午|傍晚|晚上|夜里|半夜|凌晨)?\s?"# + chineseHour + #"\s?点\s?(?:钟|整|半|一刻|三刻|\d{1,2}\s?分?|[零一二三四五六七八九十]{1,3}\s?分?)?)?(?!\s?(?:秒|s\b|分钟|倍|%|x\b|fps|帧|张|\d))"#
}
