import Foundation

/// Reasons given for an edit of photos named by number, right after it: "take out photos 6 and
/// 9. Those two families didn't sign the photo release", "keep photo 7 still, the floor plan
/// shouldn't drift", "set photo 6 to 0 seconds, hate that pic", "move the last photo to the
/// front (main stage shot)". They change nothing and are taken so they are not reported.
///
/// A clause is taken only when the clause before it edits named photos and it names no setting
/// and asks for nothing (``reasonBlocked(_:)``) once the words that only point at those photos
/// are left out: photo nouns, counts ("those two families"), and, after a photo kept still, the
/// motion it should not have ("shouldn't drift"). Read right after ``reasonRules``.
extension PromptInterpreter {
    /// Read right after the reasons: why named photos are removed, moved or kept still.
    static let photoReasonRules: [Rule] = [
        // "…photos 6 and 9. those 2 families didnt sign the photo release", "…photo 6, hate that pic",
        // "…photos 6 and 8, the fiddle leaf fig and the monstera sold this morning"
        // "…swap pics 3 and 7, 7 is my best kickflip": a photo named by its bare number;
        // "…swap photo 2 and photo 7, he's blinking in 2"
        // "swap photos 2 and 9 so the full-cast shot comes earlier": where the photo lands, said as the purpose
        Rule(#"(?:(?<=[,.;!?\x{01}])|(?<=\s)(?=so\s))\s*(?:(?:because|cause|cuz|coz|since|as|both|lol|ugh|sadly|so that|so)\s+)*((?:[a-z]|\d{1,3}\s+(?:is|was|looks|has|had|s)\b)[^,.;!?\x{01}]{2,100}?)(?=\s*(?:$|[,.;!?\x{01}]|\s(?:and|but|so|then)\s+(?:please\s+|pls\s+|also\s+)?(?:make|add|remove|delete|keep|put|move|use|set|give|turn|zoom|pan|swap|change|drop|take|show|start|end|cut|fade|let|have)\b))"#) { m, p in
            guard var clause = m[1], let (kind, edit) = editBefore(m.range.location, p) else { return nil }
            // "swap the 2nd and 5th pics, the 5th one shows off the new chairs better": a photo of the
            // edit named again is the one the reason is about
            // "swap the 2nd and 5th pictures, the 5th is a way better shot": the ordinal alone names it too
            if photoNamed.occurs(in: clause) || photosNamed.occurs(in: clause) || bareOrdinal.occurs(in: clause) {
                let edited = photoRefs(edit)
                var others = false
                clause = photoMention.replacing(in: clause) { n in
                    if photoRefs(n.text).allSatisfy(edited.contains) { return " " }
                    others = true
                    return n.text
                }
                guard !others else { return nil }
            }
            // "it's the one of us with Taipei 101 behind us": a number that is part of a name
            for n in namedNumber.matches(in: p.said(m.range)) {
                if let digits = n[1] { clause = clause.replacingOccurrences(of: #"\b"# + digits + #"\b"#, with: " ", options: .regularExpression) }
            }
            // after a move or a swap, where the photo should now be is the move said again
            let placed = kind == .other && placement.occurs(in: clause)
            // "no transition between photo 8 and 9, the two sunset shots should snap": the cut said again
            let restated = kind == .transition && transitionRestated.occurs(in: clause)
            guard placed || restated || statementVerb.occurs(in: clause), !photoNamed.occurs(in: clause), !photosNamed.occurs(in: clause) else { return nil }
            // "that's our instructor riding the big one": the thing someone in the photo is doing something with
            clause = sizedOneDone.replacing(in: clause) { _ in " " }
            var said = reasonNoun.replacing(in: placed ? placement.replacing(in: clause) { _ in " " } : clause) { _ in " " }
            // "swap photos 2 and 3, the order looks off": after a move, the order it complains of is what the move mends
            if kind == .other { said = orderComplaint.replacing(in: said) { _ in " " } }
            said = countWord.replacing(in: said) { _ in " " }
            // "skip the first two pictures, they're the same shot twice": after a removal, the photo
            // taken or put in twice, not a length
            if kind == .removed { said = duplicated.replacing(in: said) { _ in " " } }
            // "remove photos 3 and 8, those two show strangers faces": after a removal, someone's face
            // caught in the photo, not a face to aim at
            if kind == .removed { said = faceCaught.replacing(in: said) { _ in " " } }
            // "take out photos 3 thru 5, the yarn colour looks off in those": a fault of the removed photos, no
            // setting, when the clause points back at them
            if kind == .removed, pointsBack.occurs(in: said) { said = photoFault.replacing(in: said) { _ in " " } }
            if kind == .still { said = unwantedMotion.replacing(in: said) { _ in " " } }
            if restated { said = transitionRestated.replacing(in: said) { _ in " " } }
            // "they still show the old engine number": "still" before a verb is "yet", not a motion
            said = stillYet.replacing(in: said) { _ in " " }
            // "that's the lobster the size of my arm": a size compared, no setting ("of my arm" may be taken already)
            if said.contains("size") || said.contains(" as ") {
                let next = (p.text as NSString).substring(from: m.range.location + m.range.length)
                said = sizeCompared.replacing(in: said + (next.hasPrefix(" of ") ? " of" : "")) { _ in " " }
            }
            // "that's the whole guild with the big quilt": a size word naming a thing in the photo, no title size
            said = sizedThing.replacing(in: said) { _ in " " }
            // "it's her last portrait", "his first school photo": what the photo is in someone's life, no shape or place
            said = photoInALife.replacing(in: said) { _ in " " }
            // "that's the song menu board": a word of music naming a thing in the photo, no music
            said = musicNamingThing.replacing(in: said) { _ in " " }
            return reasonBlocked(reasonTime.replacing(in: said) { _ in " " }) ? nil : Found().notNegatable
        }.needing(["photo", "picture", "pic", "image", "shot", "slide"]),
        // "move the last photo to the front (main stage shot)", "keep the 3rd photo still (floor plan)",
        // "swap photos 2 and 3 (Gary's gonna complain otherwise)": a bracketed note after an edit of a
        // named photo, which ends with where it goes, how it stays or the photo's number (not "2 and 3",
        // "2 5 seconds": the next word of the edit; an earlier rule may have taken the edit). The first letter is matched before the
        // look-behinds, and a one-character test of the last letter of those words goes first, so
        // ICU tries the long look-behind only at a few letters, not at every character.
        Rule(#"[a-z](?<=[tgdkly\d\s\x{01}]\s[a-z])(?<=(?:\b(?:front|start|beginning|end|back|still|out|away)|\x{01})\s{1,3}[a-z]|\b(?:and|photos?|pics?|pictures?|images?|shots?|slides?)\s\d{1,3}\s[a-z])(?!(?<=\d\s[a-z])(?:nd|r|o|hrough|hru|econds?|ecs?)?\b)[^,.;!?\x{01}]{0,60}?(?:\s+(?=(?:and|but|then|so|pls|please|thx|thanks)\b)|\s*(?=$|[,.;!?\x{01}]))"#) { m, p in
            // the note as typed, between its brackets (a closing bracket at the very end is not in the text read)
            guard p.original.utf8.contains(where: { $0 == 0x28 || $0 == 0x5B }) else { return nil } // no "(" nor "[": no note
            let said = p.said(m.range).trimmingCharacters(in: CharacterSet(charactersIn: " )]"))
            guard !said.isEmpty, !said.contains("("), ["(", "( ", "["].contains(where: { open in
                [")", " )", "]"].contains { p.original.contains(open + said + $0) } }),
                  editedBefore(m.range.location, p) != nil else { return nil }
            let words = reasonNoun.replacing(in: (p.text as NSString).substring(with: m.range)) { _ in " " }
            return reasonBlocked(words) ? nil : Found().notNegatable
        }.needing(["photo", "picture", "pic", "image", "shot", "slide"]),
        // "leave out photos 4 and 7, those are from the neighbour's farm, not ours": whose the photos
        // are not, closing a reason for photos named before
        Rule(#"(?<=[,.;!?\x{01}])\s*(?:but\s+|and\s+)?not\s+(?:ours|mine|us|me|his|hers|theirs|yours|him|her|them)(?:\s+(?:lol|haha|tho|though))?\s*(?=$|[,.;!?\x{01}])"#) { m, p in
            let before = (p.text as NSString).substring(to: m.range.location)
            return photosNamed.occurs(in: before) || photoNamed.occurs(in: before) ? Found().notNegatable : nil
        }.needing(["not ours", "not mine", "not us", "not me", "not his", "not hers", "not theirs", "not yours", "not him", "not her", "not them"]),
        // "the chief wants photos 4 and 7 gone, … Can you pull those out?": the removal asked again
        // with a pronoun, once photos named earlier were removed
        Rule(#"(?:^|(?<=[,.;!?\x{01}]))\s*(?:(?:so|please|pls|and|then|ok|okay|just|(?:can|could|would|will)\s+(?:you|u))\s+)*(?:(?:pull|take|get|leave|cut)\s+(?:those|them|these|both|both of them|those 2|these 2)\s+out|(?:remove|delete|drop|ditch|lose|get rid of)\s+(?:those|them|these|both|both of them|those 2|these 2))(?:\s+(?:please|pls|plz|for me|of (?:it|there|the video)))?\s*(?=$|[,.;!?\x{01}])"#) { m, p in
            let before = (p.text as NSString).substring(to: m.range.location)
            guard photosNamed.occurs(in: before) || photoNamed.occurs(in: before), removedEarlier.occurs(in: before) else { return nil }
            return Found().notNegatable
        }.needing(["those", "them", "these", "both"]),
        // 前两张别用了，那两张的价格是旧的（原价299现在199）/ 第3张删掉，这张是重复的: why the photos removed in the clause
        // before are not wanted, pointing back at them (a price in it is part of what they show)
        Rule(#"(?<=[,.;!?\x{01}])\s*(?:因为|毕竟|反正)?(?:那|这)\s*\d{0,2}\s*张(?:照片|图片|图)?(?:都|也|的)?([^,.;!?\x{01}]{1,40}?)(?=\s*(?:$|[,.;!?\x{01}]))"#) { m, p in
            let ns = p.text as NSString
            let head = ns.substring(to: m.range.location)
            let clauseStart = (head as NSString).rangeOfCharacter(from: CharacterSet(charactersIn: ",.;!?\u{1}"), options: .backwards,
                                                                  range: NSRange(location: 0, length: max(0, (head as NSString).length - 1))).location
            let before = clauseStart == NSNotFound ? head : (head as NSString).substring(from: clauseStart)
            guard zhRemovedBefore.occurs(in: before) else { return nil }
            var said = m[1] ?? ""
            if zhPriceWord.occurs(in: said) { said = said.filter { !$0.isNumber } }
            return chineseStorySettingWord.occurs(in: said) || storyAskingWord.occurs(in: said) ? nil : Found().notNegatable
        }.needing(["张"]),
        // "My daughter thinks the finished blanket should come first. Could you reverse the order", "my boss
        // feels the logo shot ought to go last", 我女儿觉得织好的毯子应该放第一张: someone's view of which photo leads, the reason for an
        // order asked beside it (said alone, or of a photo named by number, it is an ask and stays)
        Rule(#"\b(?:thinks?|thought|feels?|felt|says?|said|reckons?|believes?)\s+(?:that\s+)?(?:the|our|my|his|her|their|this|that)\s+(?:[a-z]+\s+){0,3}?(?:should|must|ought to|needs to|has to)\s+(?:come|go|be)\s+(?:first|1st|last|at the (?:start|end|beginning|front|back))\b|(?:觉得|認為|认为|覺得|说|說)\p{Han}{1,12}?(?:应该|應該|要)(?:放|排|在)(?:第(?:一|1)\s?张|第(?:一|1)\s?張|最前面|最后(?:一|1)?\s?张|最後(?:一|1)?\s?張|最后面|最後面)"#) { m, p in
            let ns = p.text as NSString
            let rest = ns.substring(to: m.range.location) + " " + ns.substring(from: NSMaxRange(m.range))
            guard orderAsked.occurs(in: rest), !firstNamed.replacing(in: m.text, { _ in " " }).contains(where: \.isNumber) else { return nil }
            var f = Found().notNegatable
            let head = ns.substring(to: m.range.location) as NSString
            let stop = head.rangeOfCharacter(from: CharacterSet(charactersIn: ",.;:!?\u{01}"), options: .backwards)
            let start = stop.location == NSNotFound ? 0 : NSMaxRange(stop)
            let subject = head.substring(from: start)
            if subject.split(separator: " ").count <= 4, !storyAskingWord.occurs(in: subject) {
                f.claims.append(NSRange(location: start, length: head.length - start))
            }
            return f
        }.needing(["first", "1st", "last", "start", "end", "beginning", "front", "back", "觉得", "覺得", "认为", "認為", "说", "說"]),
    ]

    /// "1st", 第1张: the first place said with a digit, no photo named by number.
    private static let firstNamed = Pattern(#"\b1st\b|第\s?1\s?张"#)

    /// An order asked: reversed, sorted, or photos moved ("reverse the order", "oldest first", "swap", 顺序倒过来).
    private static let orderAsked = Pattern(#"\b(?:order|reverse|reversed|backwards|swap|move|oldest|newest|chronological)\b|顺序|順序|倒过来|倒過來|倒序|反过来|反過來"#)

    /// Photos removed in Chinese, in the clause before a reason: 前两张别用了, 第3张删掉, 不要用最后一张.
    private static let zhRemovedBefore = Pattern(#"(?:第\s*\d{1,3}\s*张|(?:前|最后)\s*\d{0,2}\s*张)(?:照片|图片|图)?\s*(?:都|也|就)?\s*(?:(?:别|不要|不用)(?:再)?用|删|去掉|拿掉|拿走|不要了?|移除)|(?:删掉|删除|去掉|拿掉|(?:别|不要|不想)用)\s*(?:第\s*\d{1,3}\s*张|(?:前|最后)\s*\d{0,2}\s*张)"#)
    /// A price in a reason (原价299现在199, 卖35元): its numbers are what the photo shows, no setting.
    private static let zhPriceWord = Pattern(#"价|元|块钱|块|¥|￥|\$"#)

    /// Read before the story numbers: what a photo named by number shows, said as the reason for
    /// an edit of it right after ("photo 4 is just the $6 bottle label, make that one shorter").
    static let photoDescriptionRules: [Rule] = [
        // "photo 4 is just the $6 bottle label, make that one shorter", "pic 7 is my cousin's dog, cut
        // it": what a photo named by number shows, said before an edit that points back at it (a price
        // or a count in it is part of what it shows); also joined by "so" or after a label: "Dog grooming: photo 6 is the big reveal so keep it up longer"
        Rule(#"(?:^|(?<=[,.;!?\x{01}])|(?<=:\s))\s*(?:(?:and|but|so|also|oh|ok|okay)\s+)*(?:photo|picture|pic|image|shot|slide)\s+#?\d{1,3}\s+(?:is|s|was)\s+(?:(?:just|only|basically|simply|really|actually)\s+)?(?:the|a|an|my|our|his|her|their|that|this)\s+([^,.;!?\x{01}]{1,60}?)(?=\s*[,.;!?\x{01}]|\s+so\s+(?:make|cut|trim|shorten|remove|delete|drop|move|put|keep|give|set|take|hold|speed up|skip|lose|let|have)\b)"#) { m, p in
            guard editOfThatOne.occurs(in: (p.text as NSString).substring(from: NSMaxRange(m.range))) else { return nil }
            let said = reasonNoun.replacing(in: countWord.replacing(in: m[1] ?? "") { _ in " " }) { _ in " " }
            return reasonBlocked(reasonTime.replacing(in: said) { _ in " " }) ? nil : Found().notNegatable
        }.needing(["photo", "picture", "pic", "image", "shot", "slide"]),
    ]

    /// An edit that points back at the photo just described: ", make that one shorter", ", so cut it",
    /// " so keep it up longer", ", let it linger a bit longer".
    private static let editOfThatOne = Pattern(#"^\s*(?:[,.;!?\x{01}]|(?=so\s))\s*(?:(?:so|and|then|please|pls|just|can you|could you)\s+)*(?:make|cut|trim|shorten|remove|delete|drop|move|put|keep|give|set|take|hold|speed up|skip|lose|let|leave|have)\b[^,.;!?\x{01}]{0,30}?\b(?:that one|this one|it|that photo|that pic|that shot|this photo|this pic|(?:photo|picture|pic|image|shot|slide)\s+#?\d{1,3})\b"#)

    /// A removal of photos said earlier in the request ("photos 4 and 7 gone", "remove photo 3").
    private static let removedEarlier = Pattern(#"\b(?:remove|removed|delete|deleted|drop|dropped|gone|out|cut|ditch|lose|get rid of)\b|删|去掉|不要"#)

    /// What the clause before a reason did to the photos it named.
    enum PhotoEditKind { case removed, still, transition, other }

    /// The edit of named photos in the clause that ends right before `location` (its own
    /// punctuation and brackets left out), if it has one.
    static func editedBefore(_ location: Int, _ p: PromptText) -> PhotoEditKind? {
        editBefore(location, p)?.kind
    }

    /// ``editedBefore(_:_:)``, with the words of the edit ("swap the 2nd and 5th pics,").
    static func editBefore(_ location: Int, _ p: PromptText) -> (kind: PhotoEditKind, text: String)? {
        let ns = p.text as NSString
        // a match holds no clause mark but the one it starts at and one at the very end: it starts
        // no earlier than the second-to-last mark, and the text before that is not searched
        var marks = 0, from = 0
        var i = location - 1
        while i >= 0 {
            if [0x2C, 0x2E, 0x3B, 0x21, 0x3F, 0x01].contains(ns.character(at: i)) {
                marks += 1
                if marks == 2 { from = i; break }
            }
            i -= 1
        }
        let before = ns.substring(with: NSRange(location: from, length: location - from))
        guard let m = editOfNamed.firstMatch(in: before) else { return nil }
        return (m[2] != nil ? .still : m[1] != nil ? .removed : m[3] != nil ? .transition : .other, m.text)
    }

    /// A photo named in a reason ("the 5th one", "photo 3", "photos 4 and 7", "the 5th is").
    private static let photoMention = Pattern(#"\b(?:photos?|pictures?|pics?|shots?|images?)\s+#?\d{1,3}(?:\s*(?:,|and|&)\s*\d{1,3})*\b|\b\d{1,3}(?:st|nd|rd|th)\s+(?:photo|picture|pic|shot|image|one)\b|\b(?:last|final)\s+(?:photo|picture|pic|shot|image|one)\b|\b\d{1,3}(?:st|nd|rd|th)(?=\s+(?:is|was|s|looks|has|had|shows)\b)"#)

    /// An ordinal alone before a verb, naming a photo of the edit: "the 5th is a way better shot".
    private static let bareOrdinal = Pattern(#"\b\d{1,3}(?:st|nd|rd|th)\s+(?:is|was|s|looks|has|had|shows)\b"#)

    /// A number that is part of a name, as typed: "Taipei 101", "Route 66", "Apollo 11" (a capital
    /// word right before it, no unit after).
    private static let namedNumber = Pattern(#"(?-i:\b[A-Z][a-z]+)\s+(\d{1,4})\b(?!\s*(?:%|s\b|sec|secs|second|seconds|min|mins|minute|minutes|fps|percent|x\b))"#)

    /// "still" meaning "yet", before a verb: "they still show the old logo", "she still has braces".
    private static let stillYet = Pattern(#"\bstill(?=\s+(?:show|shows|showed|look|looks|have|has|had|is|are|was|were|need|needs|say|says|got|wear|wears|[a-z]{3,}ed)\b)"#)

    /// A size compared with a thing in a reason: "the size of my arm", "about the size of a
    /// car", "as big as my head".
    private static let sizeCompared = Pattern(#"\b(?:(?:about|roughly|nearly|almost|half|twice)\s+)?the\s+size\s+of\b|\bas\s+(?:big|large|tall|long|small|tiny)\s+as\b"#)

    /// A thing in a photo named with its size ("the big quilt", "our little boat", "a huge cake"):
    /// a size word that is no title size.
    /// A word of music naming a thing ("the song menu board"), not the music.
    private static let musicNamingThing = Pattern(#"\b(?:songs?|music)\s+(?="# + namedThing + #"\b)"#)
    private static let sizedThing = Pattern(#"\b(?:the|a|an|his|her|their|our|my|that|this|those|these)\s+(?:big|small|little|large|huge|tiny|giant)\s+(?!(?:title|titles|text|font|letters?|caption|captions|words?|one|ones|size|version|screen)\b)[a-z]{3,}\b"#)

    /// A thing named by its size after what someone does with it ("riding the big one", "catching
    /// a huge one"): no title size.
    private static let sizedOneDone = Pattern(#"\b[a-z]{2,}ing\s+(?:the|a|an|that|this)\s+(?:really\s+|very\s+)?(?:big|small|little|large|huge|tiny|giant)\s+ones?\b"#)

    /// The order said to be wrong after a move: "the order looks off", "the order is wrong".
    private static let orderComplaint = Pattern(#"^\s*(?:the\s+)?(?:order|sequence)?\s*(?:looks|seems|feels|is|was)\s+(?:(?:a\s+bit|kinda|kind of|a\s+little|totally|all|so)\s+)?(?:off|wrong|weird|odd|strange|backwards|messed up|jumbled)\s*$"#)

    /// A clause that edits photos named by number or place, at the end of the text before a
    /// reason: "take out photos 6 and 9.", "the chief wants photos 4 and 7 gone,", "keep photo 7 still,", "set photo 6 to 0 seconds,",
    /// "move the last photo to the front (", "but keep photo 6 still,", "skip the first 2 pictures,", "I have to take out photos 3 and 8,"; after a label and a colon:
    /// "Rowing club slideshow: swap the 2nd and 6th pictures,", "no transition between photo 8 and 9 please,"
    /// (1 a removal, 2 a photo kept still, 3 a transition between the photos).
    private static let editOfNamed = Pattern(#"(?:^|[,.;!?\x{01}]|:(?=\s))\s*(?:(?:please|pls|plz|also|and|but|just|then|ok|okay|so|(?:can|could|would|will)\s+(?:you|u)|(?:i|we)\s+(?:(?:really|just|also|still)\s+)?(?:have to|need to|gotta|got to|want to|wanna|must|d like to|would like to)|(?:have|need)\s+to)\s+)*(?:(remove|delete|drop|cut|take out|take|get rid of|skip|lose|leave out|ditch|scrap|toss|trash|nix|omit|bin|kill|(?:[a-z]+\s+){0,3}?(?:wants?|needs?|would like|like)(?=\s[^,.;!?\x{01}]*\b(?:gone|out|removed|deleted)\s*[,.;!?\x{01}]?\s*$))|(?=keep\s[^,.;!?\x{01}]*\bstill\b)(keep)|((?:no|hard|straight|quick|jump|just|a)\s+(?:transitions?|crossfades?|fades?|dissolves?|cuts?)|cut\s+straight)|move|put|set|make|swap|switch|give|hold|start with|end with)\b[^,.;!?\x{01}]*?\b(?:(?:photo|picture|pic|image|shot|slide)s?\s+#?\d{1,3}|\d{1,3}(?:st|nd|rd|th)\s+(?:photo|picture|pic|image|shot|one)s?|(?:last|first|final)\s+(?:photo|picture|pic|image|shot|one)|(?:last|first|final)\s+\d{1,2}\s+(?:photo|picture|pic|image|shot|one)s)\b[^,.;!?\x{01}]*?\s*[,.;!?\x{01}]?\s*$"#)

    /// Where a moved photo should now be, said after the move: "the truck shot should come
    /// earlier", "I want the lock picking shot earlier", "our leader should open the video", "the empty apartment shot should close it",
    /// "right after the cover shot" (the photo next to its new place, said without a verb).
    private static let placement = Pattern(#"^\s*(?:(?:right|just|directly|straight|immediately)\s+)?(?:after|before|behind|following|ahead of)\s+(?=(?:the|my|our|that|this)\s)|\b(?:(?:should|must|needs? to|has to|to|can|could|will)\s+(?:come|go|be|appear|show up)|comes|goes|is|appears|shows up|lands)\s+(?:earlier|earliest|later|latest|sooner|first|1st|last|up front|before|after|at the (?:start|end|beginning|front))\b|^\s*(?:(?:(?:i|we)\s+(?:(?:really|just|kinda|kind of)\s+)?(?:want|wanted|need|needed|would like|d like|prefer)|id like|wed like)\s+)?(?:the|that|this|my|our|his|her|their)\s+(?:[a-z]+\s+){0,4}?(?:shot|photo|picture|pic|image|one)s?\s+(?:to\s+(?:come|go|be|appear)\s+)?(?:(?:a\s+(?:bit|little)\s+|much\s+)?(?:earlier|sooner|later)|earliest|latest|soonest|first|1st|last|up front|at the (?:start|end|beginning|front))\s*$|\b(?:should|must|needs? to|has to|to|can|could|will)\s+(?:open|close|start|end|begin|finish|lead|kick off|wrap up)(?:\s+(?:the\s+)?(?:video|slideshow|reel|show|whole thing|it|things))?\b"#)

    /// A verb of a statement ("sold", "didnt sign", "shouldnt drift", "hate that pic").
    private static let statementVerb = Pattern(#"\b(?:"# + reasonVerbs + #"|looks|seems|feels|shows|show|its|thats|hes|shes|theyre|im|youre|[a-z]{3,}ed|shouldnt|mustnt|wouldnt|cant|wont|didnt|doesnt|dont|isnt|arent|wasnt|werent|hate|hates|dislike|dislikes|sold|signed)\b"#)

    /// A count of people or things in a reason ("those 2 families", "both kids"), not a length.
    private static let countWord = Pattern(#"\b\d{1,2}\b(?!\s*(?:%|x\b|s\b|sec|secs|second|seconds|min|mins|minute|minutes|fps|percent|k\b|p\b))"#)

    /// A photo said to be in twice, the reason it is removed ("the same shot twice", "taken
    /// twice", "in there twice").
    /// Words that point back at the photos just removed: "in those", "on them", "in both of them".
    private static let pointsBack = Pattern(#"\b(?:in|on|of|with)\s+(?:those|these|them|both(?: of them)?|those (?:2|ones|photos|pictures|pics|shots)|that one|it)\s*$"#)
    /// How a photo came out, which a removed photo's reason may complain of: "the colour looks off", "the lighting is bad".
    private static let photoFault = Pattern(#"\b(?:colou?rs?|colou?ring|lighting|light|exposure|white balance|focus|tones?|skin tones?|contrast|brightness)\b"#)
    /// Someone's face caught in a removed photo ("those two show strangers faces", "it has my ex's
    /// face in it"): why it goes, not where the crops aim.
    private static let faceCaught = Pattern(#"\b(?:show|shows|showing|has|have|had|got|caught|catch|catches|include|includes)\s+(?:[a-z]+\s+){0,3}?faces?\b"#)
    private static let duplicated = Pattern(#"\bsame\b[^,.;!?\x{01}]{0,20}?\btwice\b|\b(?:taken|shot|posted|uploaded|added|included|copied|in there|in here|on there)\s+twice\b"#)

    /// A photo named by what it is in someone's life ("her last portrait", "his first school photo",
    /// "their only wedding picture"): no shape and no place in the video.
    private static let photoInALife = Pattern(#"\b(?:her|his|their|my|our|your|mums?|moms?|dads?)\s+(?:(?:very|last|first|final|only|favou?rite|best|official|school|wedding|graduation|baby|newborn|senior|passport|family)\s+)+(?:portraits?|photos?|pictures?|pics?|shots?|headshots?|images?|ones?)\b"#)

    /// The cut between two named photos said again after it was asked for: "the two sunset shots
    /// should snap", "they should just jump straight to the next", "it should cut hard", "I want that jump to feel sudden".
    private static let transitionRestated = Pattern(#"\b(?:snap|snaps|snapping|cut|cuts|jump|jumps|switch|switches|flip|flips|pop|pops|hard|straight|instant|instantly|abrupt|abruptly|sudden|suddenly|sharp|jarring|directly|immediately|no\s+(?:fade|fading|blend|blending|dissolve|transition))\b"#)

    /// The motion a photo kept still should not have ("shouldnt drift", "no wobble"), and the
    /// writing in it that must stay readable ("the text on the sign shouldnt move").
    private static let unwantedMotion = Pattern(#"\b(?:drift|drifts|drifting|move|moves|moving|wobble|wobbles|zoom|zooms|zooming|pan|pans|panning|motion|float|floats|slide|slides|sway|sways|text|writing|lettering)\b"#)
}
