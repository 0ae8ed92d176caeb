/// Words typed without spaces ("squarevideo", "makeit15secondsvertical", "MAKEITSQUAREANDMUTETHEMUSIC")
/// cut into the interpreter's own words, for ``Typos/correct(word:)``.
extension Typos {
    /// "squarevideo" → "square video": two words typed without a space, one of them a keyword
    /// and both at least four letters (so "without" or "something" stay whole).
    /// Three words run on split the same way, and a keyword may end in "in", "out"… ("slowzoomin").
    static func runOn(_ w: String, depth: Int = 0) -> String? {
        let cs = Array(w)
        guard cs.count >= 6 else { return nil }
        let known = { (s: String) in keywords.contains(s) || Fillers.english.contains(s) }
        for cut in 4...(cs.count - 2) {
            let a = String(cs[..<cut]), b = String(cs[cut...])
            if b.count >= 4, known(a), known(b), keywords.contains(a) || keywords.contains(b) { return a + " " + b }
            // "zoomin", "fadeout": a keyword and its particle
            if keywords.contains(a), particles.contains(b) || b.count == 3 && Fillers.english.contains(b) { return a + " " + b }
            if depth == 0, b.count >= 6, known(a), let rest = runOn(b, depth: 1) { return a + " " + rest }
            // "fadetoblack", "cutstoblack": a keyword, a short word that joins, and another keyword
            if keywords.contains(a) {
                for c in joiners where b.hasPrefix(c) {
                    let r = String(b.dropFirst(c.count))
                    if r.count >= 4, keywords.contains(r) { return a + " " + c + " " + r }
                }
            }
        }
        return nil
    }

    /// Words a run-on token may be cut into: the keywords, the fillers, the number words and the
    /// subject words (ASCII letters only). Single letters only where they are words ("a", "i").
    private static let segmentWords: Set<String> = {
        var words = keywords.union(Fillers.english).filter { $0.count >= 2 && $0.allSatisfy { $0.isASCII && $0.isLetter } }
        // what the video is of: "2025summertrip", "bday2024"
        words.formUnion(Subjects.english.filter { $0.count >= 3 && $0.allSatisfy { $0.isASCII && $0.isLetter } })
        words.formUnion(["a", "i", "zoom", "pan", "fps", "sec", "secs", "min", "mins", "no", "off", "on", "in", "out"])
        // "MAKEITSQUAREANDMUTETHEMUSIC": verbs of a request that are no keyword (nor worth correcting a typo to)
        words.formUnion(["mute", "unmute", "add", "move", "lower", "raise"])
        // "45secondssquareforinsta": a platform's short name
        words.formUnion(platformShort)
        return words
    }()
    /// Letters that are a unit right after a number ("15s", "4k", "1080p", "2x").
    private static let unitLetters: Set<String> = ["s", "k", "p", "x"]
    /// The longest word of ``segmentWords``, in letters.
    private static let longestSegmentWord = segmentWords.map(\.count).max() ?? 0

    /// "makeit15secondsvertical" → "make it 15 seconds vertical": a token of letters and digits
    /// (at least four letters, at most 64 characters) cut into numbers and known words, fewest words first (then
    /// longer words), or nil when some letters are no known word.
    static func segmented(_ w: String) -> String? {
        let cs = Array(w)
        // a longer run is no request typed without spaces (and would cost more than a request may)
        // "eachphoto3.5secondswithcuts": a point only between digits
        let pointInNumber = { (i: Int) in cs[i] == "." && i > 0 && i + 1 < cs.count && cs[i - 1].isNumber && cs[i + 1].isNumber }
        guard cs.count <= 64, cs.indices.allSatisfy({ cs[$0].isASCII && (cs[$0].isLetter || cs[$0].isNumber) || pointInNumber($0) }),
              cs.filter(\.isLetter).count >= 4 else { return nil }
        let n = cs.count
        // best[i]: (words, sum of squared lengths, cut) for the first i characters
        var best: [(words: Int, score: Int, from: Int)?] = Array(repeating: nil, count: n + 1)
        best[0] = (0, 0, 0)
        for i in 0..<n {
            guard let here = best[i] else { continue }
            var ends: [Int] = []
            if cs[i].isNumber {
                var j = i
                while j < n, cs[j].isNumber || pointInNumber(j) { j += 1 }
                ends.append(j)
            } else {
                let afterNumber = i > 0 && cs[i - 1].isNumber
                for j in (i + 1)...min(n, i + longestSegmentWord) {
                    if cs[j - 1].isNumber { break }
                    let piece = String(cs[i..<j])
                    if segmentWords.contains(piece) || (j == i + 1 && afterNumber && unitLetters.contains(piece)) { ends.append(j) }
                }
            }
            for j in ends {
                let len = j - i
                let cand = (words: here.words + 1, score: here.score + len * len, from: i)
                if let old = best[j], old.words < cand.words || (old.words == cand.words && old.score >= cand.score) { continue }
                best[j] = cand
            }
        }
        guard let last = best[n], last.words >= 2 else { return nil }
        var pieces: [String] = []
        var at = n
        while at > 0, let b = best[at] {
            pieces.append(String(cs[b.from..<at]))
            at = b.from
        }
        // a unit letter stays with its number, as typed ("1080p", "15s", "4k")
        return pieces.reversed().reduce(into: "") { out, piece in
            let unit = piece.count == 1 && unitLetters.contains(piece) && out.last?.isNumber == true
            out += out.isEmpty || unit ? piece : " " + piece
        }
    }

    /// ``segmented(_:)`` for letters only ("makeitthirtysecondsvertical"): taken only when three
    /// words or more come out and one of them is a keyword, so a real word that happens to be two
    /// fillers ("moreover") stays whole.
    static func segmentedWithKeyword(_ w: String) -> String? {
        guard w.count >= 10, let split = segmented(w) else { return nil }
        let words = split.split(separator: " ")
        return words.count >= 3 && words.contains(where: { keywords.contains(String($0)) }) ? split : nil
    }

    private static let particles: Set<String> = ["in", "out", "up", "down", "off", "on"]

    /// Short words that join two keywords typed as one ("fadetoblack", "zoomonevery").
    private static let joiners: [String] = ["into", "to", "and", "on", "of", "the", "n"]
}
