import Foundation

/// The characters of a request made regular: punctuation set apart from words, full-width signs
/// and dashes simplified, emoji that say something ("🎵", "🔇", "5️⃣") read as their words.
extension PromptText {
    /// A "4" typed for "for" between the video or its photos and whom it is for: "a vid of these pics
    /// 4 my nan", "make it 4 our group chat", "something 4 the kids" (not "photo 4", "make it 4 seconds").
    static let fourForOwner = Pattern(#"(?<=\b(?:pics|pix|photos|pictures|images|vid|vids|video|slideshow|reel|montage|it|this|these|them|something|one) )4(?= (?:my|our|his|her|their|ur|your|the|a|an)\b)"#, lowercaseInput: true)

    /// "raised to 60 per cent", "the music at 20 per cent": the word for the percent sign, spelt as
    /// two words in British English.
    static let perCent = Pattern(#"\bper cent\b"#, lowercaseInput: true)

    /// Lowercase text with full-width punctuation, hyphens and apostrophes simplified and
    /// punctuation set apart from words.
    static func simplify(_ prev: Character, _ c: Character, _ next: Character) -> String {
        // letters, digits and spaces, most of every request, are kept (none has a case below)
        if let a = c.asciiValue, a == 0x20 || (a >= 0x61 && a <= 0x7A) || (a >= 0x30 && a <= 0x39) {
            return a != 0x20 && isHan(prev) ? " " + String(c) : String(c)
        }
        var out = ""
        switch c {
        case "，", "、": out += " , "
        case "。": out += " . "
        case "；": out += " ; "
        case "！", "!": out += " ! "
        case "？", "?": out += " ? "
        case "：", ":": out += prev.isLetter && !isHan(prev) ? " : " : ":"
        case "@": out += " at "
        case "/": out += prev.isLetter && (next == " " || next.isLetter == false) ? "/" : " / "
        case "％": out += "%"
        case "=": out += " = "
        // "pic#3➡️first": an arrow is "to"
        case ">", "→", "➡️", "➡", "⇒", "⟶", "👉": out += " to "
        case "（", "(", "）", ")", "[", "]": out += " "
        case "×": out += "x"
        case "-", "–", "—", "_":
            // "-5 seconds": a minus sign, kept so the number can be reported
            // 每张设成-2秒: a minus sign right after Han text too
            if c == "-", next.isNumber, !(prev.isLetter && !isHan(prev) || prev.isNumber) { out += " minus " }
            // "I run a small sushi bar — can you make…": a dash between words breaks the clause like a comma
            else if c == "—" || (prev == " " && next == " ") { out += " , " }
            else if c == "-" || c == "–", next.isNumber, prev.isNumber { out += " to " } else { out += " " }
        case "½": out += prev.isNumber ? ".5" : " 0.5"
        // "(5'2")": feet and inches of a height, the mark between the digits said as "ft"
        case "'", "’", "′": if ("3"..."7").contains(prev), next.isNumber { out += " ft " }
        case ",", ";": out += " \(c) "
        case ".":
            if prev.isNumber && next.isNumber { out.append(c) }
            // "photo no.7": a number sign, not the end of a sentence
            else if next.isNumber, prev == "o" || prev == "O" { out += " " }
            // "transitions .8s": a number typed without its leading zero
            else if next.isNumber, prev == " " || prev == "\t" || prev == "\n" || prev == "\0" { out += " 0." }
            else { out += " . " }
        case "\n", "\t": out += " "
        // "🎵 louder pls 🔊": the music and its loudness said with a picture
        case "🎵", "🎶", "🎼", "🎧": out += prev == c ? " " : " music "
        case "🔊", "📢", "📣": out += prev == c ? " " : " volume up "
        case "🔇": out += prev == c ? " " : " mute "
        // "🚫🎵", "❌🎶": no music, said with pictures
        case "🚫", "❌", "⛔", "🙅": out += ["🎵", "🎶", "🎼", "🎧"].contains(next) ? " no " : String(c)
        // "5️⃣ sec per photo", "🔟 seconds": a keycap digit is the digit
        case "🔟": out += "10"
        default:
            if c.unicodeScalars.count > 1, c.unicodeScalars.last?.value == 0x20E3, let d = c.unicodeScalars.first, ("0"..."9").contains(d) {
                return String(d)
            }
            // keep a space between Han text and Latin letters or digits so rules can see words
            if c.isASCII, c.isLetter || c.isNumber, isHan(prev) { out += " " }
            else if isHan(c), prev.isASCII, prev.isLetter { out += " " }
            out.append(c)
        }
        return out
    }
}
