import Foundation

/// Quoted text and file names set aside from a request (their case kept), each replaced by a
/// marker (`«qa»`, `«fa»`…), and a numbered list's markers read as clause ends.
extension PromptText {
    private static let quoted = Pattern(#""([^"]+)"|“([^”]+)”|「([^」]+)」|『([^』]+)』|《([^》]+)》|‘([^’]+)’|(?<![A-Za-z0-9])'([^']+)'(?![A-Za-z0-9])"#)
    private static let fileName = Pattern(#"(?<![A-Za-z0-9_])((?:[\p{L}\p{N}_~./\\-]|\\ )+\.(?:mp3|m4a|aac|wav|flac|ogg|opus|jpe?g|png|webp|gif|heic|heif|avif|json|mp4))(?![A-Za-z0-9])"#)
    /// The extension every ``fileName`` ends with, a cheap test before the pattern that is tried at every letter.
    private static let fileExtension = Pattern(#"\.(?:mp3|m4a|aac|wav|flac|ogg|opus|jpe?g|png|webp|gif|heic|heif|avif|json|mp4)"#)



    mutating func extractQuotes() {
        var quotes = self.quotes, files = self.files
        let whole = original.trimmingCharacters(in: .whitespacesAndNewlines)
        mapped.replace(Self.quoted) { m in
            let inner = (1...7).lazy.compactMap { m[$0] }.first ?? ""
            // “make it 45 seconds”: a whole request in quotes is the request, not a title
            if m.text == whole, Self.requestStart.occurs(in: inner) { return inner }
            let ext = (inner as NSString).pathExtension.lowercased()
            if !inner.contains(" ") || inner.hasPrefix("/"), Self.audioExtensions.contains(ext) || Self.imageExtensions.contains(ext) {
                files.append(inner)
                return Self.markerName("f", files.count - 1)
            }
            quotes.append(inner)
            return Self.markerName("q", quotes.count - 1)
        }
        self.quotes = quotes
        self.files = files
    }

    /// A request written as a numbered list: "1) …", "1. …" at its start, then "2) …".
    static let listStart = Pattern(#"^\s*1\s*[).:]\s+\S[^\n]*?(?:^|\s)2\s*[).:]\s+\S"#)
    /// The number of one item of such a list.
    static let listMarker = Pattern(#"(?:^|(?<=\s))\d{1,2}\s*[).](?=\s+\S)"#)

    /// The first words of a request rather than of a title ("make it…", "add…", "can you…").
    private static let requestStart = Pattern(#"^\s*(?:please\s+|pls\s+|can you\s+|could you\s+|i want\s+|i.?d like\s+|id like\s+)?(?:make|add|use|set|put|give|turn|remove|delete|change|keep|cut|trim|shorten|lengthen|swap|move|zoom|pan|fade|crossfade|no|drop|mute|export|render|undo|redo|sort|shuffle|reverse|slow|speed|can|could|would|please|pls)\b|^\s*(?:把|给|加|去掉|删|做|改|换|用|不要|请)"#)

    mutating func extractFiles() {
        var files = self.files
        // "makeitverticalandaddsong.mp3pls": a file name typed against the words around it; the words
        // before it are cut into known words and the name is what is left after them
        if mapped.units.contains(0x2E) { // .
            mapped.replace(Self.gluedFileName) { (m: PatternMatch) -> String in
                guard let typed = m[1], let ext = m[2], let (words, stem) = Self.wordsBeforeFile(typed) else { return m.text }
                files.append(stem + "." + ext)
                return words + Self.markerName("f", files.count - 1) + (m[3] ?? "")
            }
        }
        guard Self.fileExtension.occurs(in: mapped.string) else {
            self.files = files
            return
        }
        mapped.replace(Self.fileName) { (m: PatternMatch) -> (kept: Int, text: String) in
            // "背景音乐song.mp3": the Chinese words before a Latin file name are not part of it
            let name = m[1] ?? m.text
            let han = name.prefix { Self.isHan($0) }
            let rest = name.dropFirst(han.count)
            let split = !han.isEmpty && rest.first.map { $0.isASCII } == true
            files.append(String(split ? rest : Substring(name)).replacingOccurrences(of: "\\ ", with: " "))
            return (split ? (String(han) as NSString).length : 0, Self.markerName("f", files.count - 1))
        }
        self.files = files
    }

    /// Letters (at least twelve) run on into an audio file's name, and letters typed after it.
    private static let gluedFileName = Pattern(#"(?<![A-Za-z0-9_./\\-])([A-Za-z]{12,64})\.(mp3|m4a|aac|wav|flac|ogg|opus)([A-Za-z]{0,8})(?![A-Za-z0-9])"#)

    /// "makeitverticalandaddsong" → ("make it vertical and add", "song"): the longest start that is
    /// three known words or more, and the rest (at least three letters) as the file's name; nil
    /// when no start reads so ("mysummersong" stays a name).
    static func wordsBeforeFile(_ typed: String) -> (String, String)? {
        let lower = Array(typed.lowercased())
        guard lower.count >= 12 else { return nil }
        for cut in stride(from: lower.count - 3, through: 6, by: -1) {
            guard let split = Typos.segmented(String(lower[..<cut])), split.split(separator: " ").count >= 3 else { continue }
            return (split, String(typed.dropFirst(cut)))
        }
        return nil
    }
}
