import Foundation

/// Chinese statements said beside an ask that was understood (宝宝第一次去海边, 奶奶九十大寿,
/// 我女儿下个月28号结婚要用): the Chinese side of `+Statements`, with the words that make a Chinese
/// clause an ask, a look, an occasion or a purpose.
extension PromptInterpreter {
    /// Whether `said` is a Chinese clause that tells the story or names the occasion (宝宝第一次去海边,
    /// 奶奶九十大寿, 我们刚从云南回来): no ask and no setting once the words that hold a setting's
    /// character but say when or what the occasion is (第一次, 九十大寿, 三岁生日) are left out. Beside
    /// a change of length, what is long or short (跳舞那首歌比较长, 大家看得快) is its reason.
    static func chineseStatement(_ said: String, paceRead: Bool) -> Bool {
        // 結婚50週年: read in simplified form; 做一个Vancouver生活vlog: a name typed in English or the
        // kind of video is part of the story
        var said = chineseLabelLatin.replacing(in: String(said.map(Traditional.simplified))) { m in
            let word = m.text.lowercased()
            return wishWord.occurs(in: word) || storySettingWord.occurs(in: word) || platformHint.occurs(in: word)
                || defaultAskWord.occurs(in: word) || labelWish.occurs(in: word) || reasonStyleWord.occurs(in: word) ? m.text : ""
        }
        // 驼色羊绒大衣: the colour of a thing shown is no look asked
        said = chineseThingColour.replacing(in: said) { _ in "" }
        // 我女儿下个月28号结婚要用: what the video is for, said last, asks nothing more
        let purpose = chinesePurpose.replacing(in: said) { _ in "" }
        guard said.unicodeScalars.contains(where: { PromptText.isHan(Character($0)) }),
              !said.unicodeScalars.contains(where: { $0.isASCII && CharacterSet.letters.contains($0) }),
              !chineseAsk.occurs(in: purpose), !chineseLook.occurs(in: said) else { return false }
        // 刚出锅的小笼包, 大闸蟹: a size word that starts the name of a thing is no setting
        var text = chineseOccasion.replacing(in: chineseStoryNeutral.replacing(in: said) { _ in "" }) { _ in "" }
        // 大三巴: a place whose name holds a numeral, left out before its size word is
        text = chineseNumeralPlace.replacing(in: text) { _ in "" }
        text = chineseNamedThing.replacing(in: text) { _ in "" }
        text = chineseMeasure.replacing(in: text) { _ in "" }
        text = chinesePersonTitle.replacing(in: text) { _ in "" }
        if paceRead { text = chineseLengthSaid.replacing(in: text) { _ in "" } }
        return said.filter { PromptText.isHan($0) }.count >= 2 && !chineseStorySettingWord.occurs(in: text)
    }

    /// Whether a Chinese clause names, as a wish, only what the plan already does and otherwise tells
    /// the story: 打球的动作要流畅 beside 60fps; 孩子们喜欢大声的 beside the music turned up, 奶奶喜欢小声一点
    /// beside it turned down; 门店外景那几张拍在最后 (when they were taken) beside a new order.
    static func chineseAnswered(_ said: String, reading plan: [Setting], paceRead: Bool) -> Bool {
        guard said.unicodeScalars.contains(where: { PromptText.isHan(Character($0)) }) else { return false }
        let simplified = String(said.map(Traditional.simplified))
        var rest = simplified
        if plan.contains(where: { if case .frameRate = $0 { true } else { false } }) {
            rest = chineseSmooth.replacing(in: rest) { _ in "" }
        }
        if plan.contains(where: { switch $0 { case .adjustMusicVolume(let d): d > 0; case .musicVolume(let v): v > 0.35; default: false } }) {
            rest = chineseLoudLiked.replacing(in: rest) { _ in "" }
        }
        if plan.contains(where: { switch $0 { case .adjustMusicVolume(let d): d < 0; case .musicVolume(let v): v < 0.35; default: false } }) {
            rest = chineseQuietLiked.replacing(in: chineseNotHeard.replacing(in: rest) { _ in "" }) { _ in "" }
        }
        if plan.contains(where: { if case .removePhoto = $0 { true } else { false } }) {
            rest = chineseRemovedAre.replacing(in: rest) { _ in "" }
        }
        if plan.contains(where: { switch $0 { case .transition(.cut), .photoDuration: true; default: false } }) {
            rest = chineseSteadyBeat.replacing(in: rest) { _ in "" }
            // 像节拍器一样: the likeness alone, nothing else said
            if rest != simplified, !rest.contains(where: { PromptText.isHan($0) }) { return true }
        }
        if plan.contains(where: { if case .order = $0 { true } else { false } }) {
            rest = chineseTakenWhen.replacing(in: rest) { _ in "" }
        }
        return rest != simplified && chineseStatement(rest, paceRead: paceRead)
    }

    /// Someone who cannot hear over the music, said beside it turned down (客人听不见我叫号, 听不清司仪讲话): why it is quieter.
    private static let chineseNotHeard = Pattern(#"(?:听不见|听不清|听不到)(?:楚)?"#)

    /// What the photos taken out are, said beside their removal (那两张是没雕完的半成品, 这几张都是试拍的): why they go.
    private static let chineseRemovedAre = Pattern(#"^(?:那|这|這)(?:两|兩|俩|倆|几|幾|些|[2-9])?\s*张(?:照片|图片|相片)?(?:都|也|就|只)?是|半成品"#)

    /// A steady beat likened to a metronome or a clock (像节拍器一样, 跟钟摆似的), beside hard cuts or one length for every photo.
    private static let chineseSteadyBeat = Pattern(#"(?:像|跟|如同|好像)(?:一个|个)?(?:节拍器|钟摆|时钟|钟表|心跳)(?:一样|那样|似的|在走|滴答|嘀嗒)*"#)

    /// When photos were taken, said beside a new order (门店外景那几张拍在最后, 日落那张是最后拍的): why the order changes.
    private static let chineseTakenWhen = Pattern(#"(?:那|这)(?:几|两|些|2|3|4)?\s*张(?:照片|图片|相片)?(?:都|也)?(?:是)?(?:(?:拍在|拍于)(?:最后|最前|最先|最早|最晚|开头|后面|前面)|(?:最后|最先|最早|最晚|后来|先)(?:才)?拍的?)(?:的)?"#)

    /// Whether a part left over is who wants the thing read right after it, in the same clause: 新人想要一個
    /// before "IG story版本", 老板要一个 before 竖屏的: the lead-in of an ask that was read, no ask of its own.
    static func chineseLeadIn(_ left: Scan.Leftover) -> Bool {
        let said = left.said.trimmingCharacters(in: .whitespaces)
        guard left.clause.count > said.count + 1, left.clause.hasPrefix(said) else { return false }
        return chineseWantedLeadIn.occurs(in: String(said.map(Traditional.simplified)))
    }

    /// Someone (up to six characters: 新人, 老板, 我妈) wanting one of something, the something said after it
    /// (新人想要一个, 客户需要一版, 我要个): a lead-in only.
    private static let chineseWantedLeadIn = Pattern(#"^\p{Han}{0,6}?(?:想要|需要|要|想做|想弄|想拿)(?:一个|个|一版|一份|一条|一款)$"#)

    /// The colour of a thing, said before its name (驼色羊绒大衣, 酒红色裙子; not 黑白, 色调 or 彩色): no look.
    private static let chineseThingColour = Pattern(#"(?:驼|咖啡|卡其|米|藏青|酒红|墨绿|粉|紫|棕|灰|金|银|红|黄|蓝|绿|橙|杏|奶白|象牙白)色(?![调彩感系的])(?=\p{Han})"#)

    /// A loud level liked or wanted, said after it was asked (喜欢大声的, 要响一点, 爱听大声): the reason for louder music.
    private static let chineseLoudLiked = Pattern(#"(?:喜欢|爱|要|想要|习惯)(?:听)?(?:音乐)?(?:大声|响亮|响|吵|炸)(?:一点|一些|点|些)?[的啦呢哦了吧呀]?"#)

    /// A quiet level liked or wanted, said after it was asked (喜欢小声的, 要安静一点): the reason for quieter music.
    private static let chineseQuietLiked = Pattern(#"(?:喜欢|爱|要|想要|习惯)(?:听)?(?:音乐)?(?:小声|轻|安静|柔和)(?:一点|一些|点|些)?[的啦呢哦了吧呀]?"#)

    /// Smooth motion asked in Chinese (要流畅, 更丝滑一点, 不卡): what a higher frame rate gives.
    private static let chineseSmooth = Pattern(#"(?:要|得|需要|更|比较|很|会|才|看起来|看着)?(?:流畅|顺滑|丝滑|顺畅|不卡顿|不卡)(?:一点|一些|点|些)?[啦呢哦了吧呀的]?"#)

    /// English words in a Chinese clause that name a place, a person, a thing or the kind of video (Vancouver,
    /// Emma, vlog, 我的food truck开业三周年): capitalised, a word for a video, or up to three words of three
    /// letters or more (those that name a setting, a platform or an ask are kept).
    private static let chineseLabelLatin = Pattern(#"(?<![A-Za-z])(?:(?-i:[A-Z][A-Za-z'-]*)|(?i:vlogs?|videos?|vids?|reels?|montages?|recaps?)|(?-i:[a-z]{3,}(?:\s[a-z]{3,}){0,2}))(?![A-Za-z])"#)

    /// A saying built of numerals each before one word (讲究一清二白三红四绿五黄, 三心二意, 四面八方, 五颜六色,
    /// 十全十美, 一家三口): its numerals count nothing (a numeral before a unit, 三秒 or 一张, is none of it).
    static let chineseNumeralSaying = Pattern(#"(?:[一二三四五六七八九十百千万](?![秒分张个倍帧次遍段首点天年月号位岁块元])\p{Han}){2,}"#)

    /// A place whose name holds a numeral (三亚潜水课的素材, 九寨沟拍的, 五台山, 西二旗, 万象城; the wholesale
    /// markets 四季青, 十三行, 七浦路 where a shop gets its stock): its numeral
    /// counts nothing, so it is no length, count or photo of the video.
    static let chineseNumeralPlace = Pattern(#"三亚|三峡|三里屯|三清山|三沙|三明|三门峡|三元里|三坊七巷|四川|四平|四姑娘山|五台山|五指山|五大连池|五道口|五角场|五一广场|六盘水|六安|七台河|七星岩|八达岭|八廓街|八大关|九寨沟?|九华山|九江|九龙|九份|十三陵|十堰|十渡|千岛湖|千户苗寨|万象城|万达|二沙岛|西二旗|上地七街|七彩丹霞|大三巴|三潭印月|五四广场|四季青|十三行|七浦路"#)

    /// A person named by a title ending in 长 (队长说…, 校长要求…, 家长们): no length.
    static let chinesePersonTitle = Pattern(#"(?:队|校|家|班|组|市|县|镇|村|董事|学|院|店|厂|社|团|连|船|局|馆|省|部门|科)长(?!一点|一些|点|度|些)"#)

    /// The occasion the video is for, said at the end of a clause (结婚要用, 婚礼上用的, 周末聚会准备用,
    /// 开业那天放): no ask.
    private static let chinesePurpose = Pattern(#"(?<=\p{Han})(?:那天|当天|的时候|时|上)?(?:要|会|得|需要|准备|打算|想)?(?:用|放|播)(?:的)?[啦呢哦了吧呀的]?\s*$"#)

    /// A price or a temperature told in the story, whose number is no length: 人均150块, 门票80元,
    /// 花了两百多块钱, 零下25度, 气温三十多度, 35度的高温 (not 旋转90度, where the degrees turn something).
    static let chineseMeasure = Pattern(#"(?:人均|门票|票价|一共|总共|花了|只要|才|要|每人|一人)?\s?(?:\d{1,6}(?:\.\d{1,2})?|[一二两三四五六七八九十百千万]{1,6})\s?多?\s?(?:块钱|块|元|毛钱)(?![\p{Han}]?(?:一张|每张))|(?:零下|气温|温度|最高|最低|体感)\s?(?:\d{1,2}|[一二两三四五六七八九十]{1,3})\s?多?\s?度|(?<![旋转转了])(?:\d{1,2}|[一二两三四五六七八九十]{1,3})\s?多?\s?度(?=的?(?:高温|低温|天气|天|左右|多|了|啊|呢|，|,|$))"#)
    /// 大 or 小 starting the name of a thing (小笼包, 大闸蟹, 小卖部): not a size said of the title.
    static let chineseNamedThing = Pattern(#"(?<![缩放变调减加增扩最太很更较偏过再])[大小](?=\p{Han})(?![一点些了的声吗呢啊吧小大])"#)

    /// Words that ask in Chinese (要, 请, 把, 帮我, 能不能, 希望, 改, 换, 加…): a clause with one is a request;
    /// 得 after a verb of making or doing (拍得不好, 写得太乱, 卖得最好, 长得帅) says how it came out, not "must"; 改主意 (市场部又改主意了)
    /// is a change of mind, no edit.
    static let chineseAsk = Pattern(#"要|请|把|帮|麻烦|能不能|可不可以|可以|能否|想|希望|需要|应该|(?<![拍照写画剪做卖长穿跑跳唱])得|改(?!主意|了主意|变主意)|换|加|删|去掉|调|做成|弄|搞|用|别|不用|吗|呢|？|\?|来个|来一|滤镜|风格|效果|特效|调色|色调|色"#)

    /// A look, a mood or an effect (温馨, 黑白, 复古, 電影感, 滤镜), in either script: a wish Reel cannot grant, reported.
    static let chineseLook = Pattern(Traditional.either(#"温馨|复古|怀旧|电影|文艺|清新|可爱|搞笑|酷|炫|动感|浪漫|梦幻|高级|大片|滤镜|特效|风|色|氛围|感|效果|贴纸|美颜|磨皮|亮|暗|暖|冷|鲜艳|饱和|对比|模糊|虚化|马赛克|水印|卡通|动漫|素描|油画|水彩|闪|光|烟花|爱心|节奏|氛|味|调"#))

    /// When it happens or what the occasion is (第一次, 九十大寿, 三岁生日, 十周年, 满月, 每周五, 上周六14号, 第500场), how long a trip was in
    /// days and nights (三天两夜, 五天四晚), or how many
    /// generations a family shop goes back (三代传下来的老店, 第二代): a number or a size word that is no setting.
    private static let chineseOccasion = Pattern(#"第(?:[一二两三四五六七八九十]|\d){1,3}次|"#
        // 每周五更新, 上周六14号, 第500场比赛, 刚做好一张主帆: a day of the week a thing happens on (or happened),
        // a day of the month, how many games or shows so far, and one of a thing counted with 张 that is no photo
        + #"每(?:个)?(?:周|星期|礼拜)[一二三四五六日天末]?|(?:上|下|这|本)(?:个)?(?:周|星期|礼拜)[一二三四五六日天末]|(?<![第\d])\d{1,2}\s?(?:号|日)(?!\s?(?:张|秒))|第\s?(?:[一二两三四五六七八九十百千]|\d){1,5}\s?(?:场|届|次|回|轮|局|期|集|站)|(?<![第\d])[一两俩几]\s?张(?=\p{Han})(?!照片|图片|相片|图|相|张)|第?(?:[一二两三四五六七八九十]|\d){1,2}\s*代(?:人|传人|传承|相传|传下来)?|(?:[一二两三四五六七八九十百]|\d){1,4}\s*(?:周岁|岁|大寿|寿辰|寿|周年|年级)(?:生日|纪念日|的生日)?|(?:[一二两三四五六七八九十]|\d){1,2}\s*天\s*(?:[一二两三四五六七八九十]|\d){1,2}\s*(?:夜|晚)|大寿|寿宴|满月|百天|周岁|生日|毕业|婚礼|小(?=狗|猫|兔|鸟|猪|鸡|鸭|鱼|熊|马|羊|伙|姑娘|男孩|女孩|家伙|镇|村|区)"#)

    /// A length said of the song or the video (那首歌比较长, 歌太短): beside a change of length, its reason.
    private static let chineseLengthSaid = Pattern(#"(?:那首|这首|首)?(?:歌|歌曲|音乐|配乐|曲子)?(?:比较|有点|有些|太|很|挺|特别|非常|蛮|还挺|稍微)?(?:长|短|快|慢|久)(?:了|一点|一些|点)?"#)
}
