import Foundation

/// "the second photo is blurry, take it out", "the cake photo is number 6, give that one 6
/// seconds", "our soloist Maya is in photo 7, keep that one still", "photo 4 is my favourite, make it longer", 第五张拍糊了，删掉它: a pronoun ("it",
/// "that one", "this one", "that photo", 它, 这张) in the clause after one that says something
/// about exactly one photo stands for that photo.
///
/// The pronoun is replaced by the photo's name, so every rule that reads an edit of a named
/// photo reads it too ("take the 2nd photo out", 删掉第5张); the user's words are still quoted.
/// The clause that described the photo is returned so it can be taken as a reason.
enum PhotoPronouns {
    /// A clause that named one photo and said something about it, in the text after the
    /// replacements: all of it, and the part after the name ("blurry", 拍糊了) — empty when the
    /// clause only said which photo it is ("the cake photo is number 6").
    struct Describing {
        let clause: NSRange
        let predicate: NSRange
        /// The clause complained of the photo's length (第3张有点长): the reason for the length said
        /// after it, set aside whatever its words.
        var complaint = false
    }

    /// Replaces pronouns that stand for a photo named in the clause before; returns the clauses
    /// that named them. `original` is the request as typed, to tell a person's name by its capital.
    static func resolve(_ text: inout MappedText, original: String = "") -> [Describing] {
        var complaints: [Describing] = []
        // "Mrs. Alvarez (she's 101!) is in the 7th photo. Could that one stay up for 6 seconds?", "Dr Patel is
        // in photo 3, give it 5 seconds", "Ms. Kim is in photo 4, can she stay up for 5 seconds": a person named by name is in a photo, then a pronoun for it
        if !original.isEmpty, text.string.holds(" in ") {
            namedPersonInPhoto(in: &text, original: original, into: &complaints)
        }
        // "our delegates are in photos 2, 5 and 9 and their parents never signed the forms, so take those
        // three out": people said to be in several photos, then a pronoun for those photos
        if text.string.holds(" in ") || text.string.holds(" on ") {
            let s = text.string
            if s.holds("photos") || s.holds("pictures") || s.holds("pics") || s.holds("images") || s.holds("shots") || s.holds("slides") {
                someoneInPhotos(inPhotos, chinese: false, in: &text, into: &complaints)
            }
        }
        // 我们的代表在第2、5、9张里，有2个家长没签同意书，所以把这3张删掉 / 第3和第4张里有我外甥，把那两张删了: the same in Chinese
        if text.string.holds("张") && (text.string.holds("这") || text.string.holds("那") || text.string.holds("它们")) {
            someoneInPhotos(inPhotosChinese, chinese: true, in: &text, into: &complaints)
        }
        // 玫瑰那张是第五张，别让它动了 / 蛋糕那张是第三张，放到最后: a photo described, then named by its
        // place, said the other way round (第5张是玫瑰那张), so what follows reads the photo
        if text.string.holds("张是") || text.string.holds("张就是") {
            text.replace(describedThenPlacedChinese) { (m: PatternMatch) -> (kept: Int, text: String) in
                guard let what = m[1], let name = m[2] else { return (m.range.length, "") }
                return (0, name.replacingOccurrences(of: " ", with: "") + "是" + what)
            }
        }
        if text.string.holds("张") {
            // 第3张有点拖，短一点: a length said with no photo, right after a photo's length was complained of
            nameCarried(lengthComplaint, complaint: true, in: &text, into: &complaints)
            // 第3张和第5张写得不太好，不要放进去: a removal said with no photo, right after photos were described
            nameCarried(bareRemoval, complaint: false, in: &text, into: &complaints)
            // 第二张是合影，放到最后吧 / 第4张是全家福，放5秒吧: a move or a length said with no photo, right after a photo was described
            nameCarried(bareMoveOrLength, complaint: false, in: &text, into: &complaints)
        }
        // "the photo of the gulls on the rail (thats photo 6)", "the char kway teow photo, number 4,": a
        // photo described, then named by its number: the number names it for the rules
        if s0HoldsNumberAside(text.string) {
            text.replace(describedThenNumbered) { (m: PatternMatch) -> (kept: Int, text: String) in
                if let n = m[1] ?? m[2] ?? m[4] { return (0, "photo " + n) }
                // "the two bathroom shots, photos 6 and 7,": the photos by their numbers
                if let list = m[3] { return (0, "photos " + list) }
                return (m.range.length, "")
            }
        }
        // "let the last photo, the finished car, sit for 6 seconds": what the photo shows, said between
        // commas after its name, is set aside so the edit reads the name
        if s0HoldsAppositive(text.string) {
            text.replace(appositive) { (m: PatternMatch) -> (kept: Int, text: String) in
                (((m[1] ?? "") as NSString).length, " ")
            }
        }
        // "the summit shot is the last one, move it to the start": a photo
        // described, then named by its place, said the other way round ("the last photo is the summit
        // shot"), so the pronoun after it reads the photo
        if (text.string.holds(" is the ") || text.string.holds(" was the ")) && (text.string.holds("first") || text.string.holds("last") || text.string.holds("final") || text.string.holds("th ") || text.string.holds("nd ") || text.string.holds("st ") || text.string.holds("rd ")) {
            text.replace(describedThenPlaced) { (m: PatternMatch) -> (kept: Int, text: String) in
                guard let what = m[1], let place = m[2] else { return (m.range.length, "") }
                return (0, "the " + place + " photo is " + what + (m[3] ?? ""))
            }
        }
        // cheap test first: most requests have no pronoun for a photo
        let s = text.string
        guard s.holds("it") || s.holds("that") || s.holds("this") || s.holds("them") || s.holds("those") || s.holds("these") || s.holds("both") || s.holds(" he ") || s.holds(" she ") || s.holds(" they ") || s.holds(" him") || s.holds(" her") || s.holds("它") || s.holds("这") || s.holds("那") else { return complaints }
        var found = complaints
        var delta = 0
        // "photo 2 is the rough blank and it flashes by too fast, make it a bit longer": a pronoun whose clause
        // only complains of the photo's time leaves the next clause's pronoun to a second pass
        var again = false, chained = false
        let replacePronoun = { (m: PatternMatch) -> (kept: Int, text: String) in
            let all = m.range.length
            let pronoun = m[15] ?? m[16] ?? ""
            let pronounLength = (pronoun as NSString).length
            let b = (m[14] ?? "") + " " + (m[17] ?? "")
            let chinese = m[6] != nil || m[11] != nil
            let several = m[8] != nil || m[11] != nil
            // the clause after must edit a photo, not the video ("photo 3 is great, make it vertical");
            // "them" for several photos named, "it" for one
            // an aside between the clauses that asks for an edit or names the video is a clause of its own
            // (a price in it is no edit: 一碗12块, "12 dollars")
            let aside = asidePrice.replacing(in: m[13] ?? "") { _ in "" }
            guard pronounLength > 0, chinese == (m[16] != nil), several == pluralPronoun.occurs(in: pronoun),
                  !aside.contains(where: \.isLetter) || !editWord.occurs(in: aside) && !videoWord.occurs(in: aside),
                  editWord.occurs(in: b), !videoWord.occurs(in: b) || opensOrCloses.occurs(in: m[14] ?? "") || opensOrClosesAfter.occurs(in: m[17] ?? ""),
                  !chinese || !editedAlready.occurs(in: m[7] ?? m[12] ?? "") else { return (all, "") }
            let name: String
            let head: Int, predicate: Int
            if let ref = m[2] ?? m[9] {
                let bare = ref.replacingOccurrences(of: #"^(?:that|this)\s+"#, with: "", options: .regularExpression)
                // "2nd photo", "last photo": with "the", as the photo rules read it
                name = bare.hasPrefix("number") || bare.hasPrefix("#") ? "photo " + bare.filter(\.isNumber)
                    : bare.hasPrefix("the ") || Self.nounFirst.occurs(in: bare) ? bare : "the " + bare
                head = ((m[1] ?? m[8] ?? "") as NSString).length
                predicate = ((m[3] ?? m[10] ?? "") as NSString).length
            } else if let n = m[5] {
                name = "photo " + n
                head = ((m[4] ?? "") as NSString).length
                predicate = 0
            } else if let ref = m[6] ?? m[11] {
                name = ref.replacingOccurrences(of: " ", with: "")
                head = (ref as NSString).length
                predicate = ((m[7] ?? m[12] ?? "") as NSString).length
            } else {
                return (all, "")
            }
            let at = m.range.location + delta
            // on the second pass the clause is the complaint, the reason for the edit said after it
            found.append(Describing(clause: NSRange(location: at, length: head + predicate),
                                    predicate: NSRange(location: at + head, length: predicate), complaint: chained))
            delta += (name as NSString).length - pronounLength
            if complaintOnly.occurs(in: m[17] ?? "") { again = true }
            return (all - pronounLength, name)
        }
        text.replace(pair, replacePronoun)
        if again {
            delta = 0
            chained = true
            text.replace(pair, replacePronoun)
        }
        // "coach wants the team photo up front. its the last one, move it to the start", "(the one of him with
        // his grandchildren,) photo 6, could it stay up a little longer": a clause that only says which photo
        // is meant, then a pronoun for it in the next clause
        if s.holds("its") || s.holds("thats") || s.holds("that is") || s.holds("it is") || s.holds(", ") {
            var moved = 0
            text.replace(identified) { (m: PatternMatch) -> (kept: Int, text: String) in
                let all = m.range.length
                guard let ref = m[2], let pronoun = m[4], editWord.occurs(in: (m[3] ?? "") + " " + (m[5] ?? "")),
                      !videoWord.occurs(in: (m[3] ?? "") + " " + (m[5] ?? "")) || opensOrClosesAfter.occurs(in: m[5] ?? "") else { return (all, "") }
                let bare = ref.replacingOccurrences(of: #"^the\s+"#, with: "", options: .regularExpression)
                let name = bare.hasPrefix("number") || bare.hasPrefix("no") || bare.hasPrefix("#") ? "photo " + bare.filter(\.isNumber)
                    : Self.nounFirst.occurs(in: bare) ? bare : "the " + bare
                let pronounLength = (pronoun as NSString).length
                let head = ((m[1] ?? "") as NSString).length
                found.append(Describing(clause: NSRange(location: m.range.location + moved, length: head),
                                        predicate: NSRange(location: m.range.location + moved + head, length: 0)))
                moved += (name as NSString).length - pronounLength
                return (all - pronounLength, name)
            }
        }
        // "pan everything to the right, except photo 6 - keep that one still", 除了第6张都放大，它不要动: the
        // photo left out of an edit for all, then said to stay still with a pronoun
        if s.holds("except") || s.holds("but not") || s.holds("other than") || s.holds("apart from") || s.holds("besides") || s.holds("除") {
            text.replace(exceptedThenStill) { (m: PatternMatch) -> (kept: Int, text: String) in
                let all = m.range.length
                guard let ref = m[1] ?? m[3], let pronoun = m[2] ?? m[4] else { return (all, "") }
                let name = m[3] != nil ? ref.replacingOccurrences(of: " ", with: "")
                    : ref.replacingOccurrences(of: #"\s+one$"#, with: " photo", options: .regularExpression)
                return (all - (pronoun as NSString).length, name)
            }
        }
        // "keep photo 6 still and give it 5 seconds": a second edit of the same photo, after "and"
        text.replace(andIt) { (m: PatternMatch) -> (kept: Int, text: String) in
            let all = m.range.length
            guard let name = m[1], !removedBefore.occurs(in: m[0] ?? m.text) else { return (all, "") }
            return (all - 2, name)
        }
        return found
    }

    /// A person named by name (with Mr, Mrs, Ms, Dr, or a first name typed with a capital) said to be
    /// in one photo, then the next clause's pronoun for that photo is replaced by the photo's name:
    /// "Alvarez is in photo 7, can that one stay on for 6 seconds" reads "… can photo 7 stay on …".
    private static func namedPersonInPhoto(in text: inout MappedText, original: String, into found: inout [Describing]) {
        let before = text
        var moved = 0
        var out = found
        text.replace(personInPhoto) { (m: PatternMatch) -> (kept: Int, text: String) in
            let all = m.range.length
            guard let head = m[1], let ref = m[2], let pronoun = m[4] else { return (all, "") }
            let rest = (m[3] ?? "") + " " + (m[5] ?? "")
            let first = before.said(NSRange(location: m.range.location, length: 1), in: original)
            guard personTitle.occurs(in: head) || first.first?.isUppercase == true,
                  editWord.occurs(in: rest), !videoWord.occurs(in: rest) else { return (all, "") }
            let photo = Self.nounFirst.occurs(in: ref) ? ref : ref.hasPrefix("the ") ? ref : "the " + ref
            let headLength = (head as NSString).length
            out.append(Describing(clause: NSRange(location: m.range.location + moved, length: headLength),
                                  predicate: NSRange(location: m.range.location + moved + headLength, length: 0)))
            let pronounLength = (pronoun as NSString).length
            moved += (photo as NSString).length - pronounLength
            return (all - pronounLength, photo)
        }
        found = out
    }

    /// People or things said to be in several photos, then a pronoun for those photos in a later
    /// clause: "our delegates from 12 different countries are in photos 2, 5 and 9 and a couple of parents
    /// never signed the consent forms, so please take those three out" reads "… take photos 2, 5 and 9 out",
    /// "Grandma is in photos 2, 4 and 7, please keep those still"; 我外甥在第3和第4张里，他妈妈不想发出去，把那两张删了
    /// reads "… 把第3和第4张删了". A count said with the pronoun ("those three", 这3张) must be the number of
    /// photos named; the pronoun's clause must ask an edit of photos, and what was said before it none.
    /// `pattern` has the groups of `inPhotos`.
    private static func someoneInPhotos(_ pattern: Pattern, chinese: Bool, in text: inout MappedText, into found: inout [Describing]) {
        var moved = 0
        var out = found
        text.replace(pattern) { (m: PatternMatch) -> (kept: Int, text: String) in
            let all = m.range.length
            guard let names = m[2], let between = m[3], let pronoun = m[4] else { return (all, "") }
            let head = m[1] ?? ""
            // the pronoun's own clause: what follows the last clause mark or joining word before it
            let breaks = clauseBreak.matches(in: between)
            guard let first = breaks.first, let last = breaks.last else { return (all, "") }
            let ns = between as NSString
            // what was said of the photos in their own clause (a clause of story after it is read as such)
            let predicate = ns.substring(to: first.range.location)
            let clause = ns.substring(from: NSMaxRange(last.range)) + " " + (m[5] ?? "")
            guard editWord.occurs(in: clause), !videoWord.occurs(in: clause),
                  !chinese || !chineseEdited.occurs(in: ns.substring(to: last.range.location)) else { return (all, "") }
            // "those three": as many photos as were named
            let count = photoCount(names)
            if let said = Int(pronoun.filter(\.isNumber)), said != count { return (all, "") }
            let name = chinese ? names.replacingOccurrences(of: " ", with: "") : names.hasPrefix("the ") ? String(names.dropFirst(4)) : names
            let headLength = (head as NSString).length + (names as NSString).length + (predicate as NSString).length
            let predicateLength = (predicate as NSString).length
            out.append(Describing(clause: NSRange(location: m.range.location + moved, length: headLength),
                                  predicate: NSRange(location: m.range.location + moved + headLength - predicateLength, length: predicateLength)))
            let pronounLength = (pronoun as NSString).length
            moved += (name as NSString).length - pronounLength
            return (all - pronounLength, name)
        }
        found = out
    }

    /// What was said of photos named in Chinese when it already edits them (第2、5张删掉，…), so a pronoun
    /// after it is not read as those photos by `someoneInPhotos`.
    private static let chineseEdited = Pattern(#"删|去掉|拿掉|放|移|挪|换|调|改|秒"#, lowercaseInput: true)

    /// How many photos a list or span of numbers names: "photos 2, 5 and 9" three, "photos 3 to 6" four.
    private static func photoCount(_ names: String) -> Int {
        let numbers = names.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        if numbers.count == 2, names.contains(where: { $0 == "-" || $0 == "–" }) || names.contains(" to ") || names.contains(" thru ") || names.contains(" through ") {
            return abs(numbers[1] - numbers[0]) + 1
        }
        return numbers.count
    }

    /// Someone or something said to be in several photos named by number, then up to a pronoun for
    /// those photos in a later clause: 1 the words before the photos ("our delegates from 12 different
    /// countries are in "), 2 the photos ("photos 2, 5 and 9", not the "2" of "… and 9 and 2 parents"), 3 what
    /// follows up to the pronoun (no other photo, and no number with a unit: "a couple of parents", read
    /// "2 parents", is story), 4 the pronoun ("those 3", "them", "all of them"), 5 the rest of its clause.
    private static let inPhotos = Pattern(#"(?:^|(?<=[,.;!?] )|(?<=[,.;!?]))((?:[^\s,.;!?«\x{01}]+\s+){1,8}?(?:is|are|was|were)\s+(?:(?:all|both|also|only|mostly)\s+)?(?:in|on)\s+)((?:the\s+)?(?:photos|pictures|pics|images|shots|slides)\s+\d{1,3}(?:(?:\s*(?:,|and|&)\s*\d{1,3}(?!\s+(?:of\s+)?(?!(?:is|was|as|has|does|this|thus|its|plus|pls|yes|thanks|us)\b)[a-z]+s\b))+|\s*(?:-|–|to|thru|through)\s*\d{1,3})\b)((?:(?!\b(?:them|those|these|both|all|photos?|pictures?|pics?|images?|shots?|slides?)\b)(?:[^«\x{01}\d]|\d+(?![\d.:]|\s*(?:s|secs?|seconds?|mins?|minutes?|%|x|fps|p|k)\b))){3,160}?)\b(them|both(?: of them)?|all (?:[2-9]|of them)(?: photos| pictures| pics| images| shots)?|(?:those|these)(?: [2-9])?(?: photos| pictures| pics| images| shots| ones)?)\b(?=((?:(?!\b(?:and|then|but|also)\b)[^,.;!?«\x{01}])*))"#, lowercaseInput: true)
    /// `inPhotos` in Chinese: 1 who is in them (我们的代表在; none when the photos come first: 第2、5、9张里有我们的代表),
    /// 2 the photos (第2、5、9张, 第3和第4张), 3 what follows up to the pronoun, 4 the pronoun (这3张, 那两张, 它们), 5 the rest of its clause.
    private static let inPhotosChinese = Pattern(#"(?:^|(?<=[,.;!?]))\s*((?:(?:(?![,.;!?«\x{01}\d第])\S){1,20}?(?:在|出现在)\s*)?)(第\s*\d{1,3}\s*张?(?:\s*(?:和|、|跟|与|及|还有|,)\s*第?\s*\d{1,3}\s*张?)+(?<=张)(?:照片|图片|图)?)((?:里面|里|中|上)?(?:(?![这那]\s*(?:\d|几|些)|它们|第)[^«\x{01}]){0,80}?[,.;!?]\s*(?:所以|那就|就|麻烦|请|帮我|你)?\s*(?:把|将)?\s*)((?:这|那)\s*(?:\d{1,2}|几|些)\s*张(?:照片|图片|图)?|它们|这些|那些)(?=([^,.;!?«\x{01}]*))"#, lowercaseInput: true)
    /// Where the pronoun's clause starts: a clause mark, or a word that joins clauses ("…, so please take
    /// those three out", "… and 5 so leave them out").
    private static let clauseBreak = Pattern(#"\s*(?:[,.;!?]\s*)+(?:(?:so|and|but|then|just|ok|okay)\s+|(?:所以|那就|就|麻烦|请|帮我|你|把|将)\s*)*|\s+(?:so|and so|but|then)\s+"#, lowercaseInput: true)

    /// A title before a person's name: "Mrs. Alvarez", "dr patel".
    private static let personTitle = Pattern(#"^(?:mr|mrs|ms|miss|dr)\b"#, lowercaseInput: true)

    /// A person named by name, an aside in brackets allowed ("Mrs. Alvarez (she's 101!)", read without its
    /// brackets: "mrs . alvarez shes 101 !", "Mr. Chen (our founder)"), in one photo
    /// ("is in the 7th photo", "is in photo 7", "is the one in photo 7"), then the next clause up to a
    /// pronoun for it: 1 the first clause, 2 the photo, 3 the next clause before the pronoun, 4 the
    /// pronoun, 5 the rest of that clause.
    private static let personInPhoto = Pattern(#"(?:^|(?<=[,.;!?] )|(?<=[,.;!?]))((?:(?:(?:mr|mrs|ms|miss|dr)\s*\.?\s+)?(?!(?:the|a|an|my|our|his|her|their|it|its|this|that|there|these|those|what|which|who|everyone|everybody|everything|nothing|someone|he|she|they|we|i|you|photo|picture|pic|image|shot|slide)\b)[a-z][a-z'-]+(?:\s+(?!(?:is|was|are|were|shes|hes|who|whos)\b)[a-z][a-z'-]+)?)(?:\s*\([^()«\x{01}]{0,40}\)|\s+(?:shes|hes|who is|whos)\s+(?:[a-z0-9'-]+\s+){0,4}?[a-z0-9'-]+(?:\s*!+)?|\s+(?:our|my|the)\s+(?:[a-z'-]+\s+){0,2}?[a-z'-]+)?\s+(?:is|was|are|were)\s+(?:(?:the\s+one|the\s+(?:lady|man|woman|guy|girl|boy)|also|too)\s+)?in\s+((?:the\s+)?(?:\d{1,3}(?:st|nd|rd|th)\s+"# + noun + #"|"# + noun + #"\s+#?\d{1,3})))(?:\s+(?:here|too|as well|lol|haha))?\s*(?:[,.;!?]\s*)+((?:(?![,.;!?«\x{01}]).){0,40}?)\b(that one|this one|it|that "# + noun + #"|this "# + noun + #"|(?:he|she)(?=\s+(?:stay|stays|remain|last|sit|linger|be|go|come)\b)|her|him)\b(?=((?:(?!\b(?:and|then|but|also)\b)[^,.;!?«\x{01}])*))"#, lowercaseInput: true)

    /// Each match of `pattern` (group 1 a photo's name, group 2 what was said of it, then the
    /// clause that names no photo) keeps the name, without its spaces, before that clause; what
    /// was said is kept as a description of the photo (`complaint`: a complaint about it).
    private static func nameCarried(_ pattern: Pattern, complaint: Bool, in text: inout MappedText, into found: inout [Describing]) {
        var moved = 0
        var out = found
        text.replace(pattern) { (m: PatternMatch) -> (kept: Int, text: String) in
            let all = m.range.length
            guard let name = m[1], let said = m[2] else { return (all, "") }
            let head = (name as NSString).length
            out.append(Describing(clause: NSRange(location: m.range.location + moved, length: head + (said as NSString).length),
                                  predicate: NSRange(location: m.range.location + moved + head, length: (said as NSString).length), complaint: complaint))
            let bare = name.replacingOccurrences(of: " ", with: "")
            moved += (bare as NSString).length
            return (all, bare)
        }
        found = out
    }

    /// One photo said to last too long or too short, or said what it is, then a clause of only a
    /// relative length: 第3张有点拖，短一点 / 最后1张太短了，再长一点 / 第五张是我们的招牌菜，停久一点; or praised
    /// (第4张那个dyno太帅了，停久一点; 最后一张最好看，多停一点);
    /// also a span of photos: 第3到5张都是烤箱门，短一点; photos said to look alike, then their pace: 第二张到第四张都差不多，快一点过去
    /// (the photo's name goes before the length; what was said of the photo is its reason).
    private static let lengthComplaint = Pattern(#"((?:第\s*\d{1,3}\s*张?\s*(?:到|至|-|~)\s*第?\s*\d{1,3}\s*张|第\s*\d{1,3}\s*张|最后\s*1?\s*张)(?:照片|图片|图)?)([^,.;!?«\x{01}]*?(?:拖|太长|太久|太短|有点长|有点久|有点短|长了|短了|久了)(?:了|啦|吧|呢)?|(?:都|也)?(?:是|就是)[^,.;!?«\x{01}]+?|[^,.;!?«\x{01}]*?(?:太|真|好|超|很|特别|最|非常)(?:帅|美|好看|漂亮|可爱|棒|酷|感人|经典|喜欢|有意思|搞笑)(?:了|啦|吧|呢|啊|呀)*|(?:都|也)?(?:差不多|一样|很像|类似|重复)(?:了|啦|的)?)\s*(?:[,.;!?]\s*)+(?=(?:再|稍微|稍|能|可以|请|多)?\s*(?:停|放|停留|留)?(?:得)?\s*(?:短|长|久|快|慢|缩短|延长|加长)\s*(?:一点|一些|点)?(?:过去)?(?:吧|呢)?\s*(?:$|[,.;!?]))"#, lowercaseInput: true)

    /// Photos named and described, then a clause that only removes, with no photo named:
    /// 第3张和第5张写得不太好，不要放进去 / 最后一张拍糊了，删掉吧 / 前两张拍糊了，不要用 (the names go before the removal);
    /// also with no comma after what went wrong: 第三张和第九张拍糊了不要.
    /// The description holds no edit of its own (第3张放到最后，… is a move).
    private static let bareRemoval = Pattern(#"((?:第\s*\d{1,3}\s*张?(?:\s*(?:和|、|跟|与|还有)\s*第\s*\d{1,3}\s*张?)*|最后\s*1?\s*张|(?:前|最后)\s*\d{1,2}\s*张)(?:照片|图片|图)?)((?:(?!删|去掉|放|移|挪|换|调|改|秒)[^,.;!?«\x{01}])+?)\s*(?:(?:[,.;!?]\s*)+|(?<=了))(?=(?:那就|就|都|也|还是|所以)?\s*(?:(?:不要|别|不用)(?:放进去|放进来|用)了?|不用了|不要了|不要|删掉|删了|删除|去掉|拿掉)(?:吧|了|啦)?\s*(?:$|[,.;!?]))"#, lowercaseInput: true)

    /// One photo named and described, then a clause that only moves it or only gives its length,
    /// with no photo named: 第二张是合影，放到最后吧 / 最后一张是大合照，放在开头 / 第4张是全家福，放5秒吧
    /// (the name goes before the move or the length). The description holds no edit of its own.
    private static let bareMoveOrLength = Pattern(#"((?:第\s*\d{1,3}\s*张|最后\s*1?\s*张)(?:照片|图片|图)?)((?:是|就是|拍的是|里是|里面是)(?:(?!删|去掉|放|移|挪|换|调|改|秒)[^,.;!?«\x{01}])+?)\s*(?:[,.;!?]\s*)+(?=(?:那就|就|可以|能|帮我|请|麻烦)?\s*(?:(?:放到|放在|移到|挪到|调到|移动到)\s*(?:最后面|最后|末尾|结尾|最前面|最前|开头)|(?:放|停|停留|显示|给(?!它))\s*\d+(?:\.\d+)?\s*秒钟?\s*(?:左右)?(?:吧|就行|就好|好了)?\s*(?:$|[,.;!?])))"#, lowercaseInput: true)

    /// A photo named in an edit, then "and" and a verb whose "it" is that photo, when what follows
    /// "it" is a length or a motion a photo takes: "keep photo 6 still and give it 5 seconds",
    /// "zoom in on the 3rd photo and make it longer" (not "… and make it vertical"), also with what
    /// the photo shows said between: "zoom in on photo 5, that's the backflip, and let it stay up for 5 seconds".
    private static let andIt = Pattern(#"(?:\b(?:remove|delete|drop|cut|take out|get rid of|lose|skip|ditch|except|without|but not|other than|apart from|besides)\s+)?\b((?:photo|picture|pic|image|slide|shot)\s+\d{1,3}|the\s+(?:\d{1,3}(?:st|nd|rd|th)|first|last|final)\s+(?:photo|picture|pic|image|slide|shot))\b(?:\s+[a-z]+){0,4}?(?:\s*,\s*(?:thats|that is|its|it is|which is)\s+(?:[a-z-]+\s+){0,3}?[a-z-]+\s*,)?\s+and\s+(?:then\s+|also\s+)?(?:give|make|hold|let|have|keep|leave)\s+it(?=\s+(?:(?:stay|stays|remain|be)\s+(?:up\s+|on\s+(?:screen\s+)?)?(?:\d|for\b|longer\b)|\d|for\b|on\s+(?:screen\s+)?(?:for|longer)\b|longer\b|shorter\b|a\s+(?:bit|little|tad)\s+(?:longer|shorter)\b|up\s+longer\b|still\b|static\b|zoom|pan))"#, lowercaseInput: true)
    /// One photo left out of an edit for all, then a pronoun for it in the next clause that keeps it
    /// still: "except photo 6 - keep that one still", "apart from the last one, it should stay still"
    /// (1 the photo, 2 the pronoun); 除了第6张都往右移，它不要动 (3 the photo, 4 the pronoun).
    private static let exceptedThenStill = Pattern(#"\b(?:except(?:\s+for)?|but not|other than|apart from|besides)\s+((?:photo|picture|pic|image|shot|slide)\s+#?\d{1,3}|the\s+(?:\d{1,3}(?:st|nd|rd|th)|first|last|final)\s+(?:photo|picture|pic|image|shot|slide|one))(?:\s+(?:though|tho|please))?\s*(?:[,;:]|\s-+|\s–|\s—)\s*(?:(?:just|and|but|instead|so)\s+)?(?:(?:keep|leave|let|have|make)\s+)?(it|that one|this one|that (?:photo|picture|pic|image|shot)|this (?:photo|picture|pic|image|shot))(?=\s+(?:(?:should|can|must|will|could|needs to|has to)\s+)?(?:(?:stay|be|remain|stays|remains|sit|sits)\s+)?(?:completely\s+|totally\s+|perfectly\s+|dead\s+|just\s+)?(?:still|static|frozen|unmoving)\b)|(?:除了|除)\s*(第\s*\d{1,3}\s*张|最后\s*1?\s*张)(?:照片|图片|图)?(?:以外|之外)?[^,.;!?«\x{01}]{0,20}?[,;]\s*(它|这张|那张)(?=\s*(?:就|要|保持|请)?\s*(?:静止|不动|别动|不要动|定住|固定))"#, lowercaseInput: true)
    /// A removal or an exception before the photo: "remove photo 2 and make it 20 seconds", "all
    /// the pictures except photo 6 and make it 20 seconds" make the video 20 seconds.
    private static let removedBefore = Pattern(#"^(?:remove|delete|drop|cut|take out|get rid of|lose|skip|ditch|except|without|but not|other than|apart from|besides)\s"#, lowercaseInput: true)

    private static let noun = #"(?:photo|picture|pic|image|slide|shot)"#
    /// A photo described, then its number in brackets or between commas: "the photo of the gulls on
    /// the gallery rail (thats photo 6)", "the char kway teow photo, number 4, put last": 1 or 2 the number;
    /// or several photos described, then their numbers between commas: "the two bathroom shots, photos
    /// 6 and 7,": 3 the numbers. When the photo's own verb follows ("the group shot, photo 6, flies by
    /// too fast"), the comma after the number goes with it, so the photo reads as that verb's subject
    /// (not before a question that names its subject: "…, photo 6, could it stay up longer?");
    /// "one" also as the digit the request is normalised to ("the sunset one, photo 9, goes by too fast").
    /// Said as a relative clause, with no commas: "the pool shot which is photo 9", "the lake one that's photo 4": 4 the number.
    private static let describedThenNumbered = Pattern(#"\b(?:the|my|our|that|this|those|these)\s+(?:(?!(?:is|was|are|and|then|but|so)\b)[a-z/'-]+\s+){0,6}?(?:photo|picture|pic|image|shot|one|(?<!(?:photos|photo|pics|pic|pictures|picture|images|image|shots|shot|number|no) )1\b)(?:\s+(?:of|with|from|where|showing)(?:\s+(?!(?:is|was|are|and|then|but|so)\b)[a-z]+){1,8}?)?\s*(?:\(\s*(?:(?:thats|that is|its|it is|aka|ie)\s+)?(?:photo|picture|pic|image|number|no|#)\s*(\d{1,3})\s*\)|,\s*(?:(?:thats|that is|its|it is)\s+)?(?:photo|picture|number|no|#)\s*(\d{1,3})\s*(?:,(?=\s*(?:(?:really|just|kinda|still|always|also)\s+)?(?:is|was|should|needs?|could|can|must|has|stays|goes|flies|flashes|zips|whizzes|rushes|passes|disappears|vanishes|drags|lingers|sits|deserves|gets|comes|would|will|isnt|doesnt)\b(?!\s+(?:it|you|u|we|i|they|that|this|he|she)\b))|(?=,)))|\b(?:the|my|our|those|these)\s+(?:(?!(?:is|was|are|and|then|but|so)\b)[a-z0-9/'-]+\s+){0,6}?(?:photos|pictures|pics|images|shots|ones)\s*,\s*(?:(?:thats|that is|those are|they are|theyre)\s+)?(?:photos|pictures|numbers|nos)\s*(\d{1,3}(?:\s*(?:,|and|&)\s*\d{1,3})+)\s*(?=,)|\b(?:the|my|our|that|this)\s+(?:(?!(?:is|was|are|and|then|but|so|which|that)\b)[a-z/'-]+\s+){0,6}?(?:photo|picture|pic|image|shot|one)\s+(?:which\s+is|which\s+s|that\s+is|thats|that\s+s)\s+(?:photo|picture|pic|image|number|no|#)\s*(\d{1,3})\b"#, lowercaseInput: true)
    /// A clause that describes a photo, then says its place: "the summit shot is the last one", "my
    /// favourite pic is the 3rd photo", "the selfie is the last one lol" (1 what it shows, 2 the place,
    /// 3 a word of chat after it), the whole clause.
    private static let describedThenPlaced = Pattern(#"(?:^|(?<=[,.;!?:] )|(?<=[,.;!?:(])|(?<=\b(?:and|so|but|oh|ok|okay|btw) ))((?:the|my|our|that|this)\s+(?:(?!(?:is|was|are|and|then|but|so|it)\b)[a-z/'-]+\s+){0,5}?(?:photo|picture|pic|image|shot|selfie|one|1)(?:\s+(?:of|with|from|where|showing)(?:\s+(?!(?:is|was|are|and|then|but|so)\b)[a-z]+){1,6}?)?)\s+(?:is|was)\s+(?:(?:actually|just|probably|literally)\s+)?the\s+(\d{1,3}(?:st|nd|rd|th)|first|last|final)\s+(?:one|photo|picture|pic|image|shot|slide)((?:\s+(?:lol|haha|tho|though|btw|i think))?)(?=\s*(?:$|[,.;!?)]))"#, lowercaseInput: true)
    /// A clause that describes a photo, then says which it is: 玫瑰那张是第五张, 有蛋糕的那张是最后一张
    /// (1 what it shows, 2 the photo), the whole clause.
    private static let describedThenPlacedChinese = Pattern(#"(?:^|(?<=[,.;!?]))\s*((?:(?![,.;!?«\x{01}\d第])[^\s])(?:(?![,.;!?«\x{01}\d第])[^\s]){0,11}?(?:那张|这张|那张照片|这张照片|的照片|的图))(?:就)?是(第\s*\d{1,3}\s*张|最后\s*1?\s*张)(?:照片|图片)?(?=\s*(?:$|[,.;!?]))"#, lowercaseInput: true)
    /// A photo's name, then what it shows between commas, then the verb of its edit: "the last photo,
    /// the finished car, sit for 6 seconds", "photo 3, the one with the cake, should go first", "photograph 10,
    /// the wedding portrait from 1962, at the very beginning", "the final photo, the sunset, for twice as long", "the second
    /// photograph, which shows the relief keeper rather than my father, ought to be removed" (1 the name).
    private static let appositive = Pattern(#"\b((?:the\s+)?(?:(?:\d{1,3}(?:st|nd|rd|th)|first|last|final)\s+"# + noun + #"|"# + noun + #"\s+(?:#\s*|no\s+|number\s+)?\d{1,3}))\s*,\s*(?:(?:the|my|our|his|her|their|a|an)\s+(?:(?!(?:is|was|are|and|then|but|so|it)\b)[a-z0-9'-]+\s+){0,5}?|(?:which|that)\s+(?:shows?|showed|is|was|has|had)\s+(?:(?!(?:and|then|but|so|it)\b)[a-z0-9'-]+\s+){0,8}?)[a-z0-9'-]+\s*,\s*(?=(?:should|must|can|could|ought|needs?\s+to|to|sit|sits|stay|stays|last|lasts|be|hold|linger|lingers|remain|remains|go|goes|come|comes|get|gets|at|for|first|last|up|out)\b)"#, lowercaseInput: true)
    /// Whether `s` may hold a photo's name followed by what it shows between commas (a cheap test).
    private static func s0HoldsAppositive(_ s: String) -> Bool {
        s.holds(", the ") || s.holds(", my ") || s.holds(", our ") || s.holds(", his ") || s.holds(", her ") || s.holds(", their ") || s.holds(", a ")
            || s.holds(", which ") || s.holds(", that ")
    }
    /// Whether `s` may hold a photo number set aside in brackets or commas (a cheap test).
    private static func s0HoldsNumberAside(_ s: String) -> Bool {
        (s.holds("(") || s.holds(", number") || s.holds(", photo") || s.holds(", no") || s.holds("which is") || s.holds("thats") || s.holds("that is")) && (s.holds("photo") || s.holds("picture") || s.holds("pic") || s.holds("image") || s.holds("shot") || s.holds("one"))
    }
    private static let nounFirst = Pattern("^" + noun, lowercaseInput: true)
    /// Where a clause of `pair` may start: the text's start, after a clause mark, or after a word that
    /// opens a clause. Every one but the start follows a mark or a space, and what follows is one
    /// of the words a photo's name or what is said of it begins with (`(?=the|…)`), both tested
    /// first, and the words before a clause only after a letter and a space: ICU would otherwise try
    /// each look-behind at every position of the text. The mark or space is tested as "after no
    /// other character" (`(?<![^,.;!? ])`, true at the start too) before the start is told apart
    /// from the rest, which spares ICU saving its state for `^` at every position; and each list of
    /// words before a clause is tried only after one of the letters its words end with (`(?<=[sdet] )`
    /// before "says", "said", "told me"…): the two changes took a third off this pattern's cost.
    private static let clauseStart = #"(?<![^,.;!? ])(?:^|(?=the|that|this|their|his|her|my|our|p|image|slide|shot|number|#|\d|first|last|final|next|第|最后|前)(?:(?<=[,.;!?:] )|(?<=[,.;!?])|(?<=[dotkhywagm] )(?<=\b(?:and|so|but|also|oh|ok|okay|hey|btw|aiyo|aiyah|aiya|alamak|wah|ugh|omg|um|hmm|eh|ah) )|(?<=[sdet] )(?<=\b(?:says|said|thinks|noticed|mentioned|told me|pointed out) )|(?<=t )(?<=\b(?:says|said|thinks|noticed|mentioned|told me|pointed out) that )))"#
    /// One photo named, then what is said about it, then the clause that points back at it.
    private static let pair = Pattern(clauseStart + #"(?:"#
        // 1 head, 2 name, 3 predicate: "the 2nd photo is | blurry", "the first one is | blurry", "photo 4 looks | dark", "the 5th photo
        // hangs around | too long", "photo 6 flashes by | too quick", also after a label and a colon ("Dog grooming: photo 6 is | the big reveal"), "the kids
        // in photo 9 are | our youngest students", "(Margaret says) the zoom on photo 5 cuts off | the border of her quilt",
        // "the pan on photo 4 makes | the sheep look seasick"
        + #"((?:(?:the|my|our)\s+[a-z]+(?:\s+[a-z]+)?\s+(?:in|on)\s+)?((?:the\s+|that\s+|this\s+)?(?:"# + noun + #"\s+(?:#\s*|no\s+|number\s+)?\d{1,3}|(?:number\s+|#\s*)\d{1,3}|(?:\d{1,3}(?:st|nd|rd|th)|first|last|final|next to last|penultimate)\s+(?:"# + noun + #"|one)))\s+(?:is|was|looks|seems|came out|turned out|got|has|isnt|wasnt|feels|is kind of|is a bit|stays|lingers|remains|drags|dragged|goes on|hangs around|hangs|sits|sticks around|are|were|look|flashes by|flashes|goes by|zips by|flies by|whizzes by|rushes by|disappears|vanishes|cuts off|cuts|crops|crops out|chops off|hides|covers|blocks|makes|made)\b)([^,.;!?«\x{01}]*?)"#
        // 4 head, 5 number: "the cake photo is number 6", "the one with the dog is photo 3", "the owl
        // is photo 3", "the peony close-up is photo 6" (any thing, when the photo is named as such); "our
        // soloist Maya is in photo 7" (who is in it)
        + #"|((?:the\s+(?:[a-z]+\s+){0,4}?(?:photo|picture|pic|image|shot|one|selfie|[a-z]+(?=\s+(?:is|was)\s+(?:photo|picture|pic|image)\s+\d))(?:\s+(?:with|of|where|from)(?:\s+[a-z]+){1,4}?)?\s+(?:is|was)\s+(?:number\s+|no\s+|#\s*|photo\s+|picture\s+|pic\s+|image\s+)|(?:the|my|our|his|her|their)\s+(?:[a-z]+\s+){0,3}?[a-z]+\s+(?:is|was|are|were)\s+(?:in|on)\s+(?:photo|picture|pic|image|shot)\s+)(\d{1,3})\b[^,.;!?«\x{01}]*?)"#
        // 6 name, 7 predicate: 第5张 | 拍糊了
        + #"|((?:第\s*\d{1,3}\s*张|最后\s*1?\s*张)(?:照片|图片|图)?)([^,.;!?«\x{01}]+?)"#
        // 8 head, 9 names, 10 predicate: "photos 3 and 4 are | blurry", "the 1st 2 photos look | dark", "the
        // first 2 are | just the furnace warming up", "photos 3 thru 5 are | just the oven door" (a span)
        + #"|(((?:the\s+)?(?:photos|pictures|pics|images|shots|slides)\s+\d{1,3}(?:(?:\s*(?:,|and|&)\s*\d{1,3})+|\s*(?:-|–|to|thru|through|till|until)\s*\d{1,3}\b)|(?:the\s+)?(?:\d{1,3}(?:st|nd|rd|th)|last)(?:\s*(?:,|and|&)\s*(?:the\s+)?(?:\d{1,3}(?:st|nd|rd|th)|last))+\s+(?:photos|pictures|pics|images|shots|slides|ones)|(?:the\s+)?(?:1st|first|last)\s+\d{1,2}(?:\s+(?:photos|pictures|pics|images|shots|slides|ones))?)\s+(?:are|were|look|seem|both look|are both|have|came out|turned out)\b)([^,.;!?«\x{01}]*?)"#
        // 11 names, 12 predicate: 第2和第3张 | 都拍糊了, 前2张 | 太暗
        + #"|((?:第\s*\d{1,3}\s*张?\s*(?:和|、|跟|与|还有)\s*第\s*\d{1,3}\s*张|(?:前|最后)\s*\d{1,2}\s*张)(?:照片|图片|图)?)([^,.;!?«\x{01}]+?)"#
        // 13 the break between the clauses, 14 the next clause up to its pronoun
        // (after a short aside on the photo: "photo 4 is the snowy owl, my best work. give that one 5 seconds",
        // "photo 6 is the winch lift, it's the one everyone asks about, so give it …", "… its my favourite, …")
        // or a word that nobody needs them: "photos 6 through 8 are the warm-up, honestly nobody needs those. take them out"
        + #")(\s*(?:[,.;!?]\s*)+(?:(?:(?:its|it is|thats|that is)\s+)?(?:my|our|his|her|their)\s+(?:[a-z]+\s+){0,2}?(?:best|favou?rite|fave|proudest|top|finest)\s*(?:[a-z]+\s*)?(?:[,.;!?]\s*)+|(?:its|it is|thats|that is)\s+the\s+(?:one|photo|picture|pic|shot)\s+(?:that\s+)?(?:everyone|everybody|people|they|we|i|you|the\s+[a-z]+)\s+(?:[a-z]+\s+){0,3}?[a-z]+\s*(?:[,.;!?]\s*)+|(?:(?:honestly|tbh|really|and|so|lol|i mean)\s+)*(?:nobody|no one|noone)\s+(?:really\s+)?(?:needs|wants|cares about|wants to see|will miss|would miss|misses)\s+(?:those|them|these|that one|this one|it)(?:\s+(?:honestly|tbh|lol|really|anyway|tho|though))?\s*(?:[,.;!?]\s*)+)?"#
        // or a clause of the story with no photo, number or pronoun for the photo in it: "photos 3 and 8 are
        // blurry, my wife had the wrong lens on. leave them out", "photo 8 is my son, he looks so happy here,
        // give it 5 seconds" (an edit in it is checked below)
        // (a price may be in it, with what one of is sold: 第三张是我们的招牌豌杂面，一碗12块，让它多停一会儿)
        + #"(?:(?:(?:(?!\b(?:it|its|them|those|these|that|this|both|and|but|then)\b)(?:[^,.;!?«\x{01}\d]|\d{1,5}(?=\s*(?:块|元|蚊|碗|杯|个|份|盘|件|斤|串|只|瓶|盒|dollars?\b|bucks\b)))){3,60}?)(?:[,.;!?]\s*)+)??|\s+(?:so|and|but)\s+)((?:(?![,.;!?«\x{01}]).)*?)"#
        // 15 an English pronoun, 16 a Chinese one, 17 the rest of that clause (to "and", "then"…)
        + #"(?:\b(it|that one|this one|(?:that|this) "# + noun + #"|(?:that|this)(?=\s*(?:$|[,.;!?]|out\b|please\b|pls\b|plz\b|too\b|as well\b|\d))|(?:those|these) (?:"# + noun + #"s|2|ones)|them|those|these|both(?: of them)?|"#
        // a person or a pet the photo was said to be, when what follows is what a photo does on screen:
        // "photo 4 is Biscuit after his surgery, can he stay on screen for 6 seconds"
        + #"(?:he|she|they)(?=\s+(?:(?:really\s+|maybe\s+)?(?:stay|stays|remain|remains|last|lasts|sit|sits|linger|lingers|hang|be|go|goes|come|comes)\b))|(?:him|her)(?=\s*(?:$|[,.;!?]|(?:up|on|for|longer|shorter|a bit|a little|out|first|last|at|to|still|stay|last|linger|sit|remain|hang|\d)\b)))\b|(它们|它|(?:这|那)\s*(?:\d|几|些)?\s*张(?:照片|图片|图)?|这些|那些))(?=((?:(?!\b(?:and|then|but|also)\b)[^,.;!?«\x{01}])*))"#, lowercaseInput: true)

    /// A clause that only says which photo is meant ("its the last one", "thats photo 10", "its
    /// number 3", "photo 6"), then the next clause up to a pronoun for it: 1 the first clause, 2 the photo,
    /// 3 the next clause before the pronoun, 4 the pronoun, 5 the rest of that clause.
    private static let identified = Pattern(#"(?:(?=(?:its|it is|thats|that is)\s)(?:^|(?<=[,.;!?] )|(?<=[,.;!?])|(?<=\b(?:and|so|but|oh|ok|okay) ))|^|(?<=[,.;!?] )|(?<=[,.;!?]))((?:(?:its|it is|thats|that is)\s+(?:(?:actually|just|probably)\s+)?)?((?:the\s+)?(?:(?:\d{1,3}(?:st|nd|rd|th)|first|last|final)\s+(?:"# + noun + #"|one)|"# + noun + #"\s+(?:#\s*|no\s+|number\s+)?\d{1,3}|(?:number\s+|no\s+|#\s*)\d{1,3}))\s*(?:[,.;!?]\s*)+)((?:(?![,.;!?«\x{01}]).)*?)\b(it|that one|this one)\b(?=((?:(?!\b(?:and|then|but|also)\b)[^,.;!?«\x{01}])*))"#, lowercaseInput: true)

    /// The rest of a pronoun's clause when it only complains of the photo's time ("flashes by too fast",
    /// "stays way too long"): an edit may follow in a clause of its own.
    private static let complaintOnly = Pattern(#"^\s*(?:is|stays|remains|lingers|sits|shows|was|flashes(?:\s+by)?|goes(?:\s+by)?|zips\s+by|flies\s+by|whizzes\s+by|rushes\s+by|passes(?:\s+by)?|disappears|vanishes|drags(?:\s+on)?)\s+(?:(?:on|up|there|on screen)\s+)?(?:(?:a bit|a little|kind of|kinda|way|much|far|just|so)\s+)?too\s+(?:long|short|briefly|quick|quickly|fast)\s*$"#, lowercaseInput: true)

    /// What was said of photos named in Chinese when it is already their edit, so the pronoun after
    /// it tells about them rather than edits them: 前两张别用了，那两张的价格是旧的 (a removal, then its reason).
    private static let editedAlready = Pattern(#"^\s*(?:都|也|就|全)?\s*(?:(?:别|不要|不用)(?:再)?用|(?:不要|别|不用)(?:放进去|放进来)|删|去掉|去除|拿掉|拿走|撤掉|不要了|移除)"#, lowercaseInput: true)

    /// A pronoun for several photos.
    private static let pluralPronoun = Pattern(#"^(?:them|those|these|both|they)\b|它们|些|[2-9]|几"#, lowercaseInput: true)

    /// A price told in an aside, with what one of is sold (一碗12块, 12块一个, 15元, "12 dollars"): no edit.
    private static let asidePrice = Pattern(#"\d{1,5}(?:\.\d{1,2})?\s*(?:块钱|块|元|蚊|dollars?\b|bucks\b)|(?:1|一)\s*(?:碗|杯|个|份|盘|件|斤|串|只|瓶|盒)"#, lowercaseInput: true)
    /// Words of an edit a single photo can take ("photo 4 is a diagram, keep it still", 最后一张是我女儿的生日，让它停久一点, 第二张是我爸，给它多停一会儿), or the photos
    /// named together ("photos 8 and 9 are a before/after, no transition between those two").
    private static let editWord = Pattern(#"\b(?:transitions?|crossfades?|dissolves?|still|static|keep|freeze|stay|twice|double|remove|delete|drop|cut|take|ditch|lose|skip|get rid|toss|trash|nix|erase|kill|bin|scrap|axe|use|include|omit|exclude|make|give|put|move|place|swap|switch|start|end|open|close|finish|begin|zoom|pan|hold|extend|lengthen|shorten|stretch|trim|longer|shorter|go|leave)\b|\btoo\s+(?:fast|quick|quickly|short|long|briefly)\b|\d|删|不要|不用|别|去掉|去除|拿掉|拿走|移|挪|放|换|调|改|延长|缩短|加长|长|短|久|停|秒|动|缩放"#, lowercaseInput: true)
    /// The video starting or ending with the pronoun's photo ("can the video start with it"): a
    /// move of that photo, though the video is named.
    private static let opensOrCloses = Pattern(#"\b(?:start|begin|open|end|finish|close)s?\s+(?:with|on)\s+$"#, lowercaseInput: true)
    /// The pronoun's photo said to open or close the video ("that one should open the video",
    /// "it can close the slideshow"): a move of that photo, though the video is named.
    private static let opensOrClosesAfter = Pattern(#"^\s*(?:(?:should|must|needs? to|has to|can|could|will|to|gets? to)\s+)?(?:open|close|start|end|begin|finish|kick off|wrap up)s?\s+(?:the\s+)?(?:video|slideshow|movie|whole thing|reel)\b"#, lowercaseInput: true)
    /// Words that make "it" the video rather than the photo.
    private static let videoWord = Pattern(#"\b(?:video|movie|slideshow|total|whole|overall|vertical|horizontal|square|portrait|landscape|widescreen|fps|4k|1080p|720p|music|song|title|caption)\b|(?<![\d:.])\d{1,2}\s?:\s?\d{1,2}(?![\d.:])(?!\s*(?:am|pm)\b)|视频|音乐|标题|整体|总"#, lowercaseInput: true)
}
