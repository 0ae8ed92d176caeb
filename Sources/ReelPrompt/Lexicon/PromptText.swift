import Foundation
import ReelTimeline

/// A request made regular for the rules: quoted text and file names set aside (their case
/// kept), lowercase, hyphens and full-width punctuation simplified, typos fixed, numbers as digits.
///
/// Set-aside pieces are replaced by markers: `«qa»`, `«qb»`… for quoted text, `«fa»`… for files.
struct PromptText {
    /// The request as given.
    let original: String
    /// The normalised request the rules read.
    private(set) var text: String
    /// Quoted (or title) texts, in marker order (titles said in words added by
    /// ``extractTitles()``, in `PromptText+TitlePatterns.swift`).
    var quotes: [String] = []
    /// File names, in marker order.
    var files: [String] = []
    /// Clauses that said something about one photo a pronoun after them points back at
    /// ("the second photo is blurry, take it out"); the pronoun reads as the photo's name.
    private(set) var describing: [PhotoPronouns.Describing] = []

    /// Words around a "4" that make it a number rather than "for".
    private static let countedAfterFour: Set<String> = [
        "seconds", "second", "s", "sec", "secs", "minutes", "minute", "min", "mins", "k", "fps", "x", "times", "frames",
        "photo", "photos", "picture", "pictures", "image", "images", "pic", "pics", "slide", "slides", "shot", "shots",
        "and", "or", "to", "with", "number", "no", "remove", "delete", "swap", "move", "first", "last", "ms", "p",
        "each", "per", "apiece", "more", "less", "of",
        // "photos 2 through 4 out", "from 2 till 4": a range of photos
        "through", "thru", "till", "until", "from", "except", "between", "around", "about",
        // "he's 6 foot 4 so…": a height's inches
        "foot", "feet", "ft",
    ]

    /// Words a "4" after counts the plural that follows ("the 4 dancers", "my 4 grandkids", "all 4 girls"): a number.
    private static let countBeforeFour: Set<String> = ["the", "my", "our", "all", "these", "those", "his", "her", "their", "your", "both"]
    /// Platforms a "4" before is "for" even after a unit ("20 sec 4 tiktok").
    private static let platformAfterFour: Set<String> = ["tiktok", "insta", "instagram", "ig", "youtube", "yt", "reels", "reel", "shorts", "facebook", "fb", "snapchat", "stories", "story"]
    /// Nouns a "4" after is a photo's number ("photo 4 tiktok style").
    private static let photoBeforeFour: Set<String> = ["photo", "photos", "picture", "pic", "image", "slide", "shot", "no", "number", "#"]

    static let audioExtensions = MediaKind.audioExtensions
    /// Photo names a request may quote: the ones Reel reads, and a few it does not (reported).
    static let imageExtensions = MediaKind.photoExtensions.union(["bmp", "tif", "tiff"])

    /// The normalised text, with where each part came from in the original.
    var mapped: MappedText

    init(_ original: String) {
        self.original = original
        text = original
        mapped = MappedText(original)
        extractQuotes()
        extractFiles()
        extractTitles()
        // "1) 4:5 2) no title 3) music 50%": a numbered list, its numbers only mark the items
        if Self.listStart.occurs(in: mapped.string) { mapped.replace(Self.listMarker) { _ in ", " } }
        mapped.mapCharacters { _, c, _ in
            // ASCII, most of every request: no traditional form, lowercase by itself
            if c.utf8.count == 1, let a = c.asciiValue { return String(UnicodeScalar(a >= 0x41 && a <= 0x5A ? a + 0x20 : a)) }
            // ３０秒, ＡＩ配音, "４：５", the ideographic space: full-width letters, digits and signs as ASCII
            if let v = c.unicodeScalars.first?.value, c.unicodeScalars.count == 1, (0xFF10...0xFF5A).contains(v) || v == 0xFF0E || v == 0x3000,
               let a = UnicodeScalar(v == 0x3000 ? 0x20 : v - 0xFEE0) {
                return String(Character(a)).lowercased()
            }
            // "café vlog", "Ölfest", "jalapeño": a Latin letter with an accent as the plain letter, so the
            // words read as the English rules spell them (the user's own spelling is kept for quotes and answers)
            if let v = c.unicodeScalars.first?.value, c.unicodeScalars.count == 1, (0xC0...0x17F).contains(v), v != 0xD7, v != 0xF7,
               let plain = String(c).folding(options: .diacriticInsensitive, locale: nil).lowercased().first, plain.isASCII, plain.isLetter {
                return String(plain)
            }
            return String(Traditional.simplified(c)).lowercased()
        }
        // "the cake photo (it's number 7)", "the group photo with all my students (it's number 6)", "photo 7 (the cake one)", "photo 7 (margaret's shawl)", 蛋糕那张（第7张）: the photo by its
        // number (read before brackets become spaces); "the last photo (the trophy one)": by its place
        if mapped.units.contains(where: { $0 == 0x28 || $0 == 0xFF08 || $0 == 0x5B }) { // ( （ [
            mapped.replace(Self.bracketedPhoto) { m in
                if let n = m[1] ?? m[2] { return "photo " + n }
                // "move the last photo (the trophy one) to the very start": the photo by its place
                // "put the group shot (it's the last photo) first": the photo described, then named by its place
                if let place = m[5] ?? m[6] { return place }
                // "drop the bathroom shots (photos 6 and 7)": the photos by their numbers
                if let list = m[7] { return "photos " + list }
                // "put the burrito shot first (it's the last photo)": "the last photo first"
                if let to = m[8] {
                    if let place = m[9] { return place + to }
                    if let n = m[10] { return "photo " + n + to }
                }
                return "第" + (m[3] ?? m[4] ?? "") + "张"
            }
        }
        // "my daughter (she's 16) took these", "(age 5)": an age said in brackets inside a clause tells
        // nothing; left out so the clause around it is read as if it were not there
        if mapped.units.contains(0x28) { mapped.replace(Self.bracketedAge) { _ in " " } }
        // "Photo 4 is my best shot (new 600mm lens!)", "photo 3 is my favourite (so proud!!)": an
        // exclamation in brackets inside a clause tells nothing; left out, so its "!" does not end the clause
        if mapped.units.contains(where: { $0 == 0x21 || $0 == 0xFF01 }) { // ! ！
            mapped.replace(Self.bracketedExclamation) { m in
                PromptInterpreter.bracketTellsOnly(Self.lens.replacing(in: m[1] ?? "") { _ in " " }) ? (0, " ") : (m.range.length, "")
            }
        }
        // "the cake photo, that's number 8", 蛋糕那张，就是第8张: the photo by the number said after it
        if mapped.string.holds(",") || mapped.string.holds("，") || mapped.string.holds(" - ") || mapped.string.holds("t's ") || mapped.string.holds("t’s ") {
            mapped.replace(Self.photoNamedAfter) { m in
                // "put the goal pic first, it's number 7": the edit said before the number stays with it
                if let n = m[2] { return "photo " + n + (m[1] ?? "") }
                // "put the sunset one first, it's the last photo": the place in the order is the name
                if let place = m[3] { return "the " + place + " photo" + (m[1] ?? "") }
                // 日落那张放第一个，就是最后一张, Cantonese 日落嗰張放第一個，即係最後一張: the photo by its place, the move said between
                let move = m[4].map { Self.chinesePutVerb.replacing(in: $0) { _ in "放到" } } ?? ""
                if m[6] != nil { return "最后1张" + move }
                // 厨房那张，第6张，放到最前面: the photo described, then numbered between commas
                if let n = m[7] { return "第" + n + "张" }
                // 第5张是狗狗，6秒, Cantonese 第3張係日落，5秒: what the photo shows, said between its number and its length
                if let n = m[8] { return "第" + n + "张" }
                return "第" + (m[5] ?? "") + "张" + move
            }
        }
        // "@ 24 f.p.s.": the unit, before its points read as the ends of sentences
        if mapped.string.holds("f.") { mapped.replace(Self.dottedFps) { _ in "fps" } }
        // "a vid w/o pics 3 thru 5": "without", before its slash is spaced out
        if mapped.units.contains(0x2F) { mapped.replace(Self.withoutSlash) { _ in "without" } }
        mapped.mapCharacters(Self.simplify)
        // 唔要轉場, 大聲啲, 行山相, 最後嗰張, 喺第三张相: Cantonese words in their Mandarin form
        Cantonese.convert(&mapped)
        // "photo3", "pic#2", "phot7": the noun and its number
        mapped.replace(Self.glued) { m in (m[1] ?? "") + " " + (m[2] ?? "") }
        // "drop the title down to the bottom", "push the title up": a move, not a removal
        mapped.replace(Self.titleMove) { (m: PatternMatch) -> String in "move the title " + (m[1] ?? "") }
        // "music 2 loud": "too", typed as in a text message
        mapped.replace(Self.twoForToo) { (_: PatternMatch) -> String in "too " }
        // "set the length 2 -10 s", "turn it 2 30 secs": "to", typed as in a text message
        if mapped.units.contains(0x32) { mapped.replace(Self.twoForTo) { (_: PatternMatch) -> String in "to " } }
        // "music? no", "title? nope": no music, no title ("music? yes": music)
        if mapped.units.contains(0x3F) { // "?"
            mapped.replace(Self.askedAnswered) { (m: PatternMatch) -> String in (m[2] != nil ? "no " : "") + (m[1] ?? "") }
        }
        // 音乐换成quiet一点的, 转场fast一点: an English word in a Chinese phrase, said in Chinese
        if mapped.units.contains(where: { $0 == 0x70B9 || $0 == 0x4E9B }) { // 点, 些
            mapped.replace(Self.englishBeforeYidian) { (m: PatternMatch) -> String in Self.chineseAdjective[m[1] ?? ""] ?? (m[1] ?? "") }
        }
        // 放在画面下三分之一: the lower third, before 三分 can be read as three minutes
        mapped.replace(Self.chineseLowerThird) { (_: PatternMatch) -> String in "下方" }
        // 最后那张照片, 最后的这张: the last photo, said with "that"
        // 最后那两张照片, 前面那三张: the last or first photos, said with "that"
        mapped.replace(Self.chineseLastThat) { (m: PatternMatch) -> String in
            m[1] != nil ? (m[2].map { "前" + $0 + "张" } ?? m.text) : "最后" + (m[2] ?? "一") + "张"
        }
        // "drop it to 20%", "bring the song down to 10 percent": a level for the music, not its removal
        mapped.replace(Self.levelDown) { (_: PatternMatch) -> String in "set the music to " }
        // "the sponsor banner photo ended up last, move it to the start": the photo named by where it is now
        mapped.replace(Self.photoEndedUp) { (m: PatternMatch) -> String in
            let at = m[2] ?? ""
            return "the " + (at.hasPrefix("first") || at.hasSuffix("start") || at.hasSuffix("beginning") ? "first" : "last") + " photo is the " + (m[1] ?? "")
        }
        // "put the 4th one at the start": the photo
        mapped.replace(Self.ordinalOne) { (m: PatternMatch) -> String in (m[1] ?? "") + " photo" }
        // "tone it down", "tighten them", "slow them down", "kick in at 0:30", "hide the title after 3 seconds": said the usual way
        mapped.replace(Self.pronounVerb) { (m: PatternMatch) -> String in
            let pronoun: String = m[2] ?? m[3] ?? m[5] ?? m[7] ?? "it"
            switch m[1] ?? m[4] ?? m[6] ?? "" {
            case "tighten", "quicken": return "make " + pronoun + " faster"
            case "loosen", "slow": return "make " + pronoun + " slower"
            case "speed": return "make " + pronoun + " faster"
            default: return "turn " + pronoun + " down"
            }
        }
        mapped.replace(Self.pairSwap) { (m: PatternMatch) -> String in "swap " + (m[1] ?? "") + " and " + (m[2] ?? "") }
        mapped.replace(Self.kickIn) { (_: PatternMatch) -> String in "start" }
        // "the title should only be on screen for the first 2 seconds": shown for that long
        mapped.replace(Self.titleOnScreen) { (m: PatternMatch) -> String in "show the title for the first " + (m[1] ?? "") }
        mapped.replace(Self.titleUntil) { (m: PatternMatch) -> String in "show the title for the first " + (m[1] ?? "") }
        // "a tiny bit louder", "a touch slower", "turn it down a notch", "a lil slower": "a bit"
        mapped.replace(Self.aBit) { _ in "a bit" }
        // "make it big big", "the music soft soft can", "no need the zoom zoom": a word said twice, as in Singapore, says it once
        mapped.replace(Self.saidTwice) { m in m[1] ?? "" }
        // "each photo on screen a bit less", "let them stay more": less or more time is shorter or longer
        mapped.replace(Self.lessTime) { m in (m[1] ?? "") + (m[2] == "less" ? "shorter" : "longer") }
        // "don't let photo 6 move at all", "dont have the 3rd photo zoom": that photo kept still
        mapped.replace(Self.notLetMove) { m in "keep " + (m[1] ?? "") + " still" }
        // 别让它动了, 不要让第5张晃来晃去: that photo said not to move, as 第5张别动 says it
        if mapped.units.contains(0x8BA9) { mapped.replace(Self.notLetMoveChinese) { m in (m[1] ?? "") + "别动" } } // 让
        // "give each photo a bit more time": each photo a bit longer
        mapped.replace(Self.moreTime) { (m: PatternMatch) -> String in
            // "give them more time", "give the photos less time": each of them
            let named: String = m[1] ?? ""
            let which: String = named.hasPrefix("each") || named.hasPrefix("every") ? named : "each photo"
            let amount: String = m[2] ?? ""
            return "make " + which + " " + amount + (m[3] == "less" ? "shorter" : "longer")
        }
        // "nozoom", "nomusic": "no" typed against the word it governs
        mapped.replace(Self.gluedNo) { m in "no " + (m[1] ?? "") }
        // "no the transition between them", "and no the music": "no" with an article it does not take, as "no transition" says it
        mapped.replace(Self.noThe) { m in "no " + (m[1] ?? "") }
        // "make the music more quiet", "the song more soft", "less loud": the comparative said with "more" or "less", as "quieter" says it
        mapped.replace(Self.moreLevel) { (m: PatternMatch) -> String in
            let word: String = m[2] ?? ""
            if m[1] == "less" { return word == "loud" ? "quieter" : "louder" }
            return word == "quiet" ? "quieter" : word == "soft" ? "softer" : "louder"
        }
        // "make video more long", "the photos more fast": the length's or the pace's comparative said with
        // "more" or "less", as "longer" says it; "more long 10 second": the amount after it, put before it
        if mapped.string.holds("ore ") || mapped.string.holds("ess ") { mapped.replace(Self.moreLength) { (m: PatternMatch) -> String in
            let word: String = m[2] ?? ""
            let less = m[1] == "less"
            let amount = m[3].map { $0 + " " } ?? ""
            switch word {
            case "long": return amount + (less ? "shorter" : "longer")
            case "short": return amount + (less ? "longer" : "shorter")
            case "slow": return less ? "faster" : "slower"
            default: return less ? "slower" : word == "quick" ? "quicker" : "faster"
            }
        } }
        // 直的, 直式, 直屏 (as said in Taiwan and Hong Kong), 將條片打直 (Cantonese: "stand it up"): vertical
        mapped.replace(Self.uprightShape) { m in (m[1] ?? m[2]) == "横" ? "横版" : "竖版" }
        // "a vid of these pics 4 my nan": a "4" typed for "for", before whom the video is for
        if mapped.units.contains(0x34) { mapped.replace(Self.fourForOwner) { _ in "for" } }
        // "60 per cent": "percent", as the rules read it
        if mapped.string.holds("per cent") { mapped.replace(Self.perCent) { _ in "percent" } }
        mapped.mapWords { Typos.correct(words: $0).map { ($0, 1) } }
        NumberWords.convert(&mapped)
        ChineseNumbers.convert(&mapped)
        // "give photo 5, the kitchen, 5 seconds": what the photo shows, said between commas after its
        // number, names no other photo; the edit around it is the photo's
        if mapped.units.contains(0x2C) { mapped.replace(Self.photoDescribedBetween) { m in (m[1] ?? "") + " " } }
        // "move the kitchen shot, photo 6, to the very front": the photo described, then named by its number between commas
        if mapped.units.contains(0x2C) { mapped.replace(Self.photoNumberedBetween) { m in "photo " + (m[1] ?? "") + " " } }
        if mapped.units.contains(where: { $0 >= 0x4E00 && $0 <= 0x9FFF }) { readChinese() }
        // "1/2 sec dips to black", "3 1/2 seconds each": a fraction of a second or a minute as a decimal
        if mapped.units.contains(0x2F) {
            mapped.replace(Self.fraction) { m in
                guard let a = Double(m[2] ?? ""), let b = Double(m[3] ?? ""), a < b else { return m.text }
                let v = (Double(m[1] ?? "") ?? 0) + a / b
                return String((v * 1000).rounded() / 1000) + " "
            }
        }
        // "30 seconds, no wait, make it 20": the corrected number keeps the unit said before it
        // ("40 seconds actually no 35", "40 seconds, no, 35": the "no" corrects the number, it does not decline the new one)
        mapped.replace(Self.correction) { m in
            let text = m.text as NSString
            if let no = Self.correctingNo.firstMatch(in: m.text) {
                return (no.range.location, "rather" + text.substring(from: no.range.location + 2) + " " + (m[2] ?? ""))
            }
            // "4 seconds a photo — actually make that 5": the words that make it each photo's go with the new number too
            let each = Self.correctedEach.firstMatch(in: m.text).flatMap { $0[1] }.map { " " + $0 } ?? ""
            return (text.length, " " + (m[2] ?? "") + each)
        }
        // "between 30 and 40 seconds", "30 to 40 secs", 30到40秒: the middle of the range
        // (a pattern that starts with look-behinds is tried at every character: the cue first)
        if Self.rangeCue.occurs(in: mapped.string) {
            mapped.replace(Self.range) { m in
                guard let a = Double(m[1] ?? ""), let b = Double(m[2] ?? ""), a > 0, b > a, b <= a * 4 else { return m.text }
                let mid = (a + b) / 2
                return (mid.rounded() == mid ? String(Int(mid)) : String(mid)) + " " + (m[3] ?? "")
            }
        }
        mapped.mapWords { words in
            words.indices.map { i in
                // "4 tiktok": "for"
                guard words[i] == "4", i > 0, i + 1 < words.count else { return (words[i], 1) }
                let prev = words[i - 1], next = words[i + 1]
                let isFor = (prev.allSatisfy(\.isLetter) && prev.allSatisfy(\.isASCII) || prev == ",") && next.first?.isLetter == true
                    && next.first?.isASCII == true && !Self.countedAfterFour.contains(next) && !Self.countedAfterFour.contains(prev) && !(Self.countBeforeFour.contains(prev) && (next.hasSuffix("s") || ["men", "women", "children", "people"].contains(next)))
                    // "20 sec 4 tiktok": a platform after it, whatever comes before
                    || Self.platformAfterFour.contains(next) && !Self.photoBeforeFour.contains(prev)
                return (isFor ? "for" : words[i], 1)
            }
        }
        // "the second photo is blurry, take it out": "it" is that photo
        describing = PhotoPronouns.resolve(&mapped, original: original)
        text = mapped.string
    }

    /// The user's own words behind the normalised text at `range` (quotes and file names as typed).
    func said(_ range: NSRange) -> String { mapped.said(range, in: original) }

    /// The quoted text behind a marker such as `«qa»`.
    func quote(_ marker: String) -> String? { Self.index(of: marker).flatMap { $0 < quotes.count ? quotes[$0] : nil } }
    /// The file name behind a marker such as `«fa»`.
    func file(_ marker: String) -> String? { Self.index(of: marker).flatMap { $0 < files.count ? files[$0] : nil } }

    /// The user's own words for a normalised phrase: markers replaced by what they stand for.
    func restore(_ phrase: String) -> String {
        Self.marker.replacing(in: phrase) { m in
            if m.text.hasPrefix("«q") { return quote(m.text).map { "\"\($0)\"" } ?? m.text }
            return file(m.text) ?? m.text
        }
    }

    static let marker = Pattern("«[qf][a-z]+»")
    /// A photo named by what it shows with its number or place in brackets ("the group shot (it's
    /// the last photo)"), or by its number with what it shows in brackets: the number or place is the name.
    /// Where the photo goes may stand between ("put the burrito shot first (it's the last photo)",
    /// "move the cake pic to the end (photo 4)"): group 8, kept after the name (9 the place, 10 the number).
    private static let bracketedPhoto = Pattern(#"\bthe\s+(?:[a-z]+\s+){0,3}?(?:photo|picture|pic|image|shot|one|selfie)(?:\s+(?:with|of|from|where)(?:\s+[a-z'’]+){1,8}?)?\s*[(\[]\s*(?:(?:it['’]?s|it is|that['’]?s|that is|which is|aka|=)\s+)?(?:number\s+|no\.?\s*|#\s*|photo\s+|pic\s+|picture\s+)?(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s*[)\]]|\b(?:photo|picture|pic|image)\s*#?\s*(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s*[(\[]\s*(?:the|that|it['’]?s|it is|that['’]?s|that is|which is|with|of|my|our|his|her|their|[a-z]+['’]s)\s+[^()\[\]\d,.;!?]{1,40}?[!?.]*\s*[)\]]|(?:(?<=^|[,.;!?，。；！？\s把将])\p{Han}{1,6}?)?(?:那张|这张|的照片|照片)\s*[(（]\s*(?:也就是|就是|是)?\s*第\s*([\d一二三四五六七八九十]{1,3})\s*张\s*[)）]|第\s*([\d一二三四五六七八九十]{1,3})\s*张(?:照片)?\s*[(（][^()（）\d]{1,16}[)）]|\b((?:the\s+)?(?:\d{1,3}(?:st|nd|rd|th)|first|second|third|last|final)\s+(?:photo|picture|pic|image|shot|one))\s*[(\[]\s*(?:the|that|it['’]?s|it is|that['’]?s|that is|which is|with|of|my|our|his|her|their|[a-z]+['’]s)\s+[^()\[\]\d,.;!?]{1,40}?[!?.]*\s*[)\]]|\bthe\s+(?:[a-z/'’-]+\s+){0,3}?(?:photo|picture|pic|image|shot|selfie)(?:\s+(?:with|of|from|where)(?:\s+[a-z'’]+){1,4})?\s*[(\[]\s*(?:(?:it['’]?s|it is|that['’]?s|thats|that is|which is|aka|=)\s+)?((?:the\s+)?(?:very\s+)?(?:last|final|first|\d{1,2}(?:st|nd|rd|th))\s+(?:photo|picture|pic|image|one))\s*[)\]]|\bthe\s+(?:[a-z/'’-]+\s+){0,4}?(?:photos|pictures|pics|images|shots|ones)\s*[(\[]\s*(?:(?:those are|they are|they['’]?re|ie)\s+)?(?:photos|pictures|pics|images|numbers|nos)\s*(\d{1,3}(?:\s*(?:,|and|&)\s*\d{1,3})+)\s*[)\]]|\bthe\s+(?:[a-z/'’-]+\s+){0,3}?(?:photo|picture|pic|image|shot|one|selfie)(?:\s+(?:with|of|from|where)(?:\s+[a-z'’]+){1,4})?(\s+(?:first|last|(?:to|at)\s+the\s+(?:very\s+)?(?:start|end|beginning|front|back)))\s*[(\[]\s*(?:(?:it['’]?s|its|it is|that['’]?s|thats|that is|which is|aka|=)\s+)?(?:((?:the\s+)?(?:very\s+)?(?:last|final|first|\d{1,2}(?:st|nd|rd|th))\s+(?:photo|picture|pic|image|shot|one))|(?:number\s+|no\.?\s*|#\s*|photo\s+|pic\s+|picture\s+)?(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))\s*[)\]]"#, lowercaseInput: true)
    /// "the cake photo, thats number 8", "the one with the dog - it's #3", "the sunset one, it's the last photo",
    /// "can the sunset shot go first? it's the last one in the folder" (a new sentence names it),
    /// 蛋糕那张，就是第8张, 日落那张放第一个，就是最后一张, 厨房那张，第6张，放到最前面, 第5张是狗狗，6秒: a photo described, then named by its number or
    /// place; the clause naming it ends there (or the number stands between commas before the edit). A place or a length said
    /// between ("put the goal pic first, it's number 7") is group 1, kept after the number.
    private static let photoNamedAfter = Pattern(#"\bthe\s+(?:[a-z]+\s+){0,3}?(?:photo|picture|pic|image|shot|one|selfie)(?:\s+(?:with|of)\s+(?:the\s+|my\s+|our\s+)?(?:[a-z]+\s+){0,2}?[a-z]+)?(\s+(?:(?:(?:should|could|can|must)\s+)?(?:go|goes|come|comes)\s+)?(?:first|last|second|third|(?:to|at)\s+the\s+(?:very\s+)?(?:start|end|beginning|front|back)|out|longer|shorter))?\s*(?:,|\s-+|[.?!]+)\s*(?:(?:it['’]?s|its|it is|that['’]?s|thats|that is|which is|aka)\s+)(?:(?:number\s+|no\.?\s*|#\s*|photo\s+|pic\s+|picture\s+)?(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)|(?:the\s+)?(?:very\s+)?(last|final|first|\d{1,2}(?:st|nd|rd|th))\s+(?:photo|picture|pic|image|one))(?:\s+(?:in|of|on)\s+(?:the|my|this)\s+(?:folder|set|album|batch|bunch|lot|list|upload|camera roll|roll))?(?=\s*(?:$|[,.;!?]))|(?:(?<=^|[,.;!?，。；！？\s把将在])\p{Han}{1,6}?)?(?:那张|这张|嗰张|呢张|的照片|嘅相|照片)(\s*(?:要|就)?(?:放|放到|放在|放喺|移到|挪到|排|摆去|摆到|摆)(?:第一个|第一张|第一|第1个|第1张|最前面|最前|前面|开头|头|最后面|最后|结尾|尾))?\s*[,，]\s*(?:也就是|就是|即係|即系|即是|就係|就系|即|是|係|系)\s*(?:第\s*([\d一二三四五六七八九十]{1,3})\s*张|(最后\s*一?\s*张))(?=\s*(?:$|[,，。；;！!?？]))|(?:(?<=^|[,.;!?，。；！？\s把将])\p{Han}{1,6}?)?(?:那张|这张|嗰张|呢张|的照片)\s*[,，]\s*第\s*([\d一二三四五六七八九十]{1,3})\s*张\s*[,，]\s*(?=(?:要|就|再)?(?:放|摆|移|挪|排|删|去掉|拿掉|不要|改|调|换|延长|缩短|加长|多|少|停|\d))|(?<=^|[,.;!?，。；！？\s把将])第\s*([\d一二三四五六七八九十]{1,3})\s*张(?:照片|相片|图片|相)?(?:是|係|系)\p{Han}{1,8}?\s*[,，]\s*(?=(?:要|就|再|放|停|留)?\s*[\d一二三四五六七八九十两半]{1,3}\s*(?:秒|s\b))"#, lowercaseInput: true)
    /// 摆第一, 摆去最前面, 放喺头 (Cantonese and spoken Mandarin "put"): the verb of a move said between a photo
    /// described and its number, read as 放到.
    private static let chinesePutVerb = Pattern(#"(?:摆去|摆到|摆|放喺)"#)
    /// "photo 5, the kitchen, 5 seconds", "remove photo 3, the blurry one, and photo 5", "move photo 10, my
    /// first ship, to the start" (someone's first is no place in the order): a photo named by
    /// number (group 1), then described between commas by a few words that name no setting.
    private static let photoDescribedBetween = Pattern(#"\b((?:photo|picture|pic|image|shot|slide)s?\s*#?\s*\d{1,3}(?:\s*(?:,|and|&)\s*\d{1,3})*)\s*,\s*(?:the|that|my|our|his|her|their|[a-z]+['’]s)\s+(?:(?:(?!"# + describedStop + #")[a-z'’-]+|(?<=\b(?:my|our|his|her|their)\s)1st)\s+){0,3}?(?:(?!"# + describedStop + #")[a-z'’-]+|(?<=\s)1(?=\s*,))\s*,\s*(?=[a-z\d])"#)
    /// "move the kitchen shot, photo 6, to the very front", "the one with the cake, pic 4, longer": a photo
    /// described, then named by its number (group 1) between commas, before where it goes or how long it stays
    /// ("the one with the cake, photo 2, could you keep it still" keeps its clause as typed).
    private static let photoNumberedBetween = Pattern(#"\bthe\s+(?:(?!"# + describedStop + #")[a-z'’-]+\s+){0,3}?(?:photo|picture|pic|image|shot|one|1|selfie)(?:\s+(?:with|of)\s+(?:the\s+|my\s+|our\s+)?(?:[a-z]+\s+){0,2}?[a-z]+)?\s*,\s*(?:(?:photo|picture|pic|image|number|no\.?|#)\s*#?\s*)(\d{1,3})\s*,\s*(?=(?:to|at|into|first|last|out|longer|shorter|for|\d{1,2}\s*(?:s|sec|secs|seconds)|(?:a\s+(?:bit|little)\s+)?(?:longer|shorter))\b)"#)
    /// Words a photo's description between commas does not hold: a setting, another photo, a new clause.
    private static let describedStop = #"(?:and|or|but|then|so|title|text|music|song|audio|sound|volume|transitions?|crossfades?|fades?|zoom|motion|video|clips?|rest|others?|photos?|pictures?|pics?|images?|length|total|whole|first|next|same)\b"#
    /// The frame rate's unit written with points: "24 f.p.s.".
    private static let dottedFps = Pattern(#"\bf\.\s?p\.\s?s\b\.?"#, lowercaseInput: true)
    private static let gluedNo = Pattern(#"\bno(zoom|zooming|music|title|titles|transitions?|motion|fades?|pan|panning|text|audio|sound|movement)\b"#, lowercaseInput: true)
    /// "no the transition", "no the music": "no" with a needless article before a thing Reel can turn off.
    private static let noThe = Pattern(#"\bno\s+the\s+(transitions?|music|song|title|titles|zoom|zooming|motion|movement|fades?|crossfades?|text|caption|effects?)\b"#, lowercaseInput: true)
    /// "more quiet", "more soft", "less loud": a comparative of the music's level said with "more" or "less".
    private static let moreLevel = Pattern(#"\b(more|less)\s+(quiet|soft|loud)\b(?!\s+(?:moments?|parts?|bits?|ones|photos?|pictures?|pics|shots|songs?|music|tracks?)\b)"#, lowercaseInput: true)
    /// "more long", "less fast": a length's or a pace's comparative said with "more" or "less" (not "no more long
    /// videos", nor a kind of thing: "more slow motion", "more long exposures"); the amount a learner says after it
    /// ("more long 10 second") goes before the comparative, as "10 seconds longer" says it.
    private static let moreLength = Pattern(#"\b(more|less)(?<!\bno more)(?<!\bany more)\s+(long|short|slow|fast|quick)\b(?!\s+(?:motion|mo|exposures?|shots?|moments?|parts?|bits?|ones|photos?|pictures?|pics|videos?|clips?|songs?|music|tracks?|intros?|transitions?|fades?|zooms?|pans?)\b)(?:\s+(\d+(?:\.\d+)?\s*(?:seconds?|secs?|sec|s|minutes?|mins?|min))\b)?"#, lowercaseInput: true)
    private static let uprightShape = Pattern(#"(?<![一])(?:直|(横))(?:的|式|版|幅|屏)(?![接到])|打(?:直|(横))(?![接到球线])"#, lowercaseInput: true)
    /// A length said as a range: "between 30 and 40 seconds", "30-40 secs", "30 to 40 seconds long", 30到40秒.
    /// Not after a photo's number: "photo 2 → 5 sec" is that photo's length ("each photo 2 to 3
    /// seconds" is a range).
    private static let range = Pattern(#"(?:\bbetween\s+|\b(?:somewhere|anywhere)\s+(?:from|between)\s+)?(?<![\d.:#])(?<!#\s)(?<!(?<!each |every |per |a )\b(?:photo|picture|image|pic|slide|shot|no)\s)(?<!(?<!each |every |per |a )\b(?:photo|picture|image|pic|slide|shot|no)\s\s)(\d+(?:\.\d+)?)\s*(?:and|to|-|–|or|~|到|至)\s*(\d+(?:\.\d+)?)\s*(seconds?|secs?|minutes?|mins?|秒钟?|分钟)(?![a-z])"#, lowercaseInput: true)
    /// Two numbers joined as a range ("30 to 40", "2-3"), which ``range`` needs: a cheap test first.
    private static let rangeCue = Pattern(#"\d\s*(?:and|to|-|–|or|~|到|至)\s*\d"#, lowercaseInput: true)
    /// A fraction before a unit of time: "1/2 sec", "1 1/2 minutes" (not "4/5", a shape).
    private static let fraction = Pattern(#"(?<![\d./:])(?:(\d{1,2})\s+)?([1-9])\s*/\s*([2-9])\s*(?=(?:seconds?|secs?|s|minutes?|mins?)\b)"#, lowercaseInput: true)
    private static let correction = Pattern(#"(\d+(?:\.\d+)?)\s*(seconds?|secs?|minutes?|mins?|fps|%|percent|s\b)(?=\W)[^\d]*?\b(?:no wait|wait|sorry|i mean|actually|make that|scratch that|no|or rather|rather)\b[^\d]*?(?<![\d.])\d+(?:\.\d+)?(?![\d.])(?=\s*(?:$|[,.!?;]|please\b|pls\b|thanks\b|instead\b|then\b))"#, lowercaseInput: true)
    /// Words right after the unit of a ``correction`` that make the length each photo's: "4 seconds a photo".
    private static let correctedEach = Pattern(#"^\d+(?:\.\d+)?\s*[a-z%]+\s+((?:a|an|per|each|for each|every|for every)\s+(?:single\s+)?(?:photo|picture|pic|image|slide|shot|snap)s?)\b"#)
    /// The "no" right before the corrected number of a ``correction``: "… actually no 35".
    private static let correctingNo = Pattern(#"\bno\b(?=[\s,.]*\d+(?:\.\d+)?$)"#)
    private static let askedAnswered = Pattern(#"\b(music|song|soundtrack|title|caption|text|transitions?|fades?|zoom|zooming|motion|movement|ken burns)\s*\?\s*(?:(no|nope|nah|none|no thanks|not needed)|yes|yeah|yep|sure|yes please)\b(?=\s*(?:$|[,.;!]))"#, lowercaseInput: true)
    private static let englishBeforeYidian = Pattern(#"(?<=\p{Han})\s*(quiet|quieter|soft|softer|low|lower|loud|louder|slow|slower|fast|faster|quick|quicker|long|longer|short|shorter|big|bigger|small|smaller)\s*(?=一点|一些|点)"#, lowercaseInput: true)
    private static let chineseAdjective = [
        "quiet": "小声", "quieter": "小声", "soft": "小声", "softer": "小声", "low": "小声", "lower": "小声", "loud": "大声", "louder": "大声",
        "slow": "慢", "slower": "慢", "fast": "快", "faster": "快", "quick": "快", "quicker": "快", "long": "长", "longer": "长",
        "short": "短", "shorter": "短", "big": "大", "bigger": "大", "small": "小", "smaller": "小",
    ]
    /// An exclamation in brackets ("(new 600mm lens!)", "（太美了！）"): its words in group 1.
    private static let bracketedExclamation = Pattern(#"[(（]\s*([^()（）«»\n]{1,60}?)\s*[!！]+\s*[)）]"#)
    /// A lens named by its focal length or aperture ("600mm", "70-200mm", "f/1.8"): no setting.
    private static let lens = Pattern(#"\b\d{1,4}(?:\s?-\s?\d{1,4})?\s?mm\b|\bf\s?/\s?\d{1,2}(?:\.\d)?\b"#)
    private static let bracketedAge = Pattern(#"\(\s*(?:(?:she|he|they|who)\s*['’]?\s*(?:s|re|is|are)\s+|(?:age|aged|just turned|turned)\s+)?\d{1,2}(?:\s*(?:and|&)\s*\d{1,2})?(?:\s*(?:-?\s*years?\s*-?\s*old|yrs? old|yo|y/o))?(?:\s+(?:now|today|this year))?\s*\)(?!\s*(?:seconds?|secs?|s\b|minutes?|mins?|photos?|pics?))"#, lowercaseInput: true)
    private static let twoForTo = Pattern(#"(?<=\b(?:length|lenght|duration|it|them|everything) )2 (?=\s*(?:minus\s+)?\d+(?:\.\d+)?\s*(?:seconds?|secs?|s|minutes?|mins?|%|percent|fps)\b)"#, lowercaseInput: true)
    private static let twoForToo = Pattern(#"(?<=[a-z] )2 (?=(?:loud|quiet|long|short|fast|slow|big|small|much|dark|bright|busy)\b)"#, lowercaseInput: true)
    private static let chineseLastThat = Pattern(#"(?:最后|最後|(前))(?:面)?(?:的)?\s*(?:那|这|這)\s*(?:一|((?:[两二三四五六七八九十]|\d){1,2})(?=\s*张))?\s*张"#, lowercaseInput: true)
    private static let titleOnScreen = Pattern(#"\b(?:the\s+)?(?:title|caption|heading)\s+(?:(?:should|must|can|to|will|only|just|be|stay|stays|appear|appears|be shown|remain)\s+)*(?:on screen|onscreen|on the screen|visible|up|shown)\s+(?:only\s+|just\s+)?for\s+((?:only\s+|just\s+)?(?:the\s+)?(?:first\s+)?(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten)\s*(?:seconds?|secs?|s)\b)"#, lowercaseInput: true)
    private static let chineseLowerThird = Pattern(#"(?:画面|屏幕|视频)?(?:的)?(?:下方|下面|底部|下)(?:的)?(?:三分之一|1/3)(?:处|的位置|位置)?"#, lowercaseInput: true)
    private static let levelDown = Pattern(#"\b(?:drop|bring|pull|take|turn|knock|lower|put)\s+(?:it|that|them|the music|the song|the track|the soundtrack|the tune|the volume|the audio)\s+(?:down\s+)?(?:to|at)\s+(?=\d+(?:\.\d+)?\s*(?:%|percent|per cent)(?!\S))"#, lowercaseInput: true)
    private static let titleMove = Pattern(#"\b(?:drop|push|shift|bring|bump|pull|nudge|slide)\s+(?:the\s+)?(?:title|caption)\s+(down|up|lower|higher|to)\b"#, lowercaseInput: true)
    private static let moreTime = Pattern(#"\b(?:give|allow|leave)\s+((?:each|every|all the|all|the)\s+(?:photo|picture|pic|image|slide|shot)s?|them|the photos|the pictures|the pics)\s+((?:a bit |a little |slightly |much |a lot |way )?)(more|less)\s+(?:time|screen time)\b"#, lowercaseInput: true)
    /// "the sponsor banner photo ended up last", "the group shot is now at the end": a photo described,
    /// then where it stands now (read as "the last photo is the sponsor banner photo").
    private static let photoEndedUp = Pattern(#"\bthe\s+((?:[a-z]+\s+){1,3}?(?:photo|picture|pic|image|shot|slide))\s+(?:ended up|ends up|is now|got put|went|landed)\s+(last|first|at the (?:very\s+)?(?:end|start|beginning))\b"#)
    private static let ordinalOne = Pattern(#"\b((?:the|that) (?:\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|second to last|next to last)) one\b(?!s)"#, lowercaseInput: true)
    private static let pronounVerb = Pattern(#"\b(?:(tighten|quicken|loosen)\s+(them|those|these|it)\b|(?:tone|dial|knock|bring)\s+(it|them|that|this)\s+down\b|(slow)\s+(them|those|these|it)\s+down\b|(speed)\s+(them|those|these|it)\s+up\b)"#, lowercaseInput: true)
    /// "make pic 3 and pic 4 swap places", "photos 2 and 5 should trade spots"
    private static let pairSwap = Pattern(#"\b(?:make\s+|have\s+|let\s+)?((?:photo|picture|pic|image|shot)s?\s+\d{1,3})\s*(?:\band\b|&)\s*((?:(?:photo|picture|pic|image|shot)\s+)?\d{1,3})\s+(?:should\s+|to\s+)?(?:swap|switch|trade|exchange)(?:\s+(?:places|positions|spots|round|around))?\b"#, lowercaseInput: true)
    private static let kickIn = Pattern(#"\b(?:kick|kicks|come|comes|fade|fades)\s+in(?=\s+(?:at|from|after)\b)"#, lowercaseInput: true)
    private static let titleUntil = Pattern(#"\b(?:hide|remove|drop|end|stop showing|take off|fade out)\s+(?:the\s+)?(?:title|caption)\s+after\s+((?:the\s+first\s+)?\d+(?:\.\d+)?\s*(?:seconds?|secs?|s)\b)"#, lowercaseInput: true)
    /// "big big", "slow slow": a size, speed or loudness said twice for stress; "no need the zoom zoom",
    /// "the fade fade": an effect named twice, as a child would.
    private static let saidTwice = Pattern(#"\b(big|small|slow|fast|loud|soft|short|long|bigger|smaller|slower|faster|louder|softer|shorter|longer|zoom|zooms|zooming|pan|pans|panning|fade|fades|shake|shaky|spin)\s+\1\b"#)
    private static let aBit = Pattern(#"\b(?:a (?:tiny|teeny|teeny tiny|wee|lil|little|small|tad) bit|a (?:touch|smidge|smidgen|tad|hair|notch)|just a (?:bit|touch|tad))\b(?= (?:more |less )?[a-z]|\s*(?:$|[,.;!?]))(?! (?:of|to|on|in|more of)\b)|\ba lil'?(?= (?:[a-z]+er|more|less)\b)"#, lowercaseInput: true)
    private static let lessTime = Pattern(#"(\b(?:on screen|stay|stays|stay up|stays up|last|lasts|linger|lingers|remain|remains|shown|displayed|show|be up)(?: for)? (?:a bit |a little |slightly |much |a lot |way )?)(less|more)(?: time)?\b(?! than\b| of\b| photos?\b| pictures?\b| pics?\b| music\b| zoom)"#, lowercaseInput: true)
    /// A photo (or 它 for one named before) said not to move, the negation first: 别让它动了, 不要让第5张再晃了,
    /// 别让最后一张动来动去 (1 the photo).
    private static let notLetMoveChinese = Pattern(#"(?:别|不要|不用|不想|不能|不)\s*(?:再)?\s*让\s*(它|(?:这|那)\s*张(?:照片|图片|图)?|第\s*[\d一二三四五六七八九十]{1,3}\s*张(?:照片|图片|图)?|最后\s*[1一]?\s*张(?:照片|图片|图)?)\s*(?:再|乱|有任何)?\s*(?:动来动去|晃来晃去|晃动|乱动|移动|动|晃|缩放|放大缩小)(?:了|啦|吧|哦)?"#, lowercaseInput: true)
    private static let notLetMove = Pattern(#"\b(?:dont|don't|do not|never)\s+(?:let|have|make)\s+((?:the\s+)?(?:(?:photo|picture|pic|image|shot|slide)s?\s+#?\d{1,3}(?:\s*(?:,|and|&)\s*\d{1,3})*|(?:\d{1,3}(?:st|nd|rd|th)|first|second|third|last|final)\s+(?:photo|picture|pic|image|shot|slide|one)))\s+(?:move|zoom|pan|drift|wobble|shift|shake)(?:\s+(?:at all|around|in or out|in and out))?\b"#, lowercaseInput: true)
    private static let withoutSlash = Pattern(#"\bw/o\b"#, lowercaseInput: true)
    private static let glued = Pattern(#"\b(photo|phot|picture|pic|image|slide|shot|foto)#?(\d{1,3})\b"#, lowercaseInput: true)

    private static func index(of marker: String) -> Int? {
        let letters = marker.dropFirst(2).dropLast()
        guard !letters.isEmpty else { return nil }
        return letters.unicodeScalars.reduce(0) { $0 * 26 + Int($1.value - 97) }
    }

    static func markerName(_ kind: Character, _ i: Int) -> String {
        var n = i
        var letters = ""
        repeat {
            letters = String(UnicodeScalar(UInt8(97 + n % 26))) + letters
            n /= 26
        } while n > 0
        return " «\(kind)\(letters)» "
    }

    static func isHan(_ c: Character) -> Bool {
        c.unicodeScalars.first.map { (0x4E00...0x9FFF).contains($0.value) || (0x3400...0x4DBF).contains($0.value) } ?? false
    }
}
