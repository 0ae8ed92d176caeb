/// Fixes misspelt keywords ("crosfade", "secconds", "vertcal") with a small edit distance.
///
/// Only words of five letters or more are corrected, only to a keyword of similar length, and
/// never when the word is itself a common English word that merely resembles one.
enum Typos {
    /// Words the interpreter's rules look for.
    static let keywords: Set<String> = {
        var k: Set<String> = [
            "seconds", "second", "minutes", "minute", "length", "longer", "shorter", "slower", "faster", "quicker",
            "oldest", "newest", "earliest", "latest",
            "crossfade", "crossfades", "transition", "transitions", "smooth", "smoother", "dissolve", "dissolves",
            "fades", "black", "cuts", "hard", "straight",
            "vertical", "portrait", "landscape", "horizontal", "square", "widescreen", "instagram", "tiktok",
            "youtube", "shorts", "reels", "stories", "story", "facebook", "twitter",
            "music", "background", "soundtrack", "volume", "louder", "quieter", "softer", "title", "titled",
            "shuffle", "shuffled", "random", "reverse", "reversed", "chronological", "chronologically", "order",
            "preview", "quality", "highest", "export", "download", "credits", "balance", "status", "upload", "tracks",
            "static", "zoom", "zooming", "panning", "motion", "movement", "burns",
            "photo", "photos", "picture", "pictures", "image", "images", "remove", "delete", "swap", "switch",
            "each", "video", "generate", "voiceover", "narration", "resolution", "frames", "format", "without", "slow", "fade",
            // clips and their sound, beats, faces: real words, not misspellings of "video" or "music"
            "videos", "clips", "footage", "original", "muted", "rhythm", "faces",
            // nouns for the whole video: "slideshw", "montge" are fillers once spelt right
            "slideshow", "slideshows", "montage",
        ]
        k.formUnion(NumberWords.vocabulary)
        return k
    }()

    /// Spellings too far from the keyword for the edit distance, or too short to be corrected by it.
    static let spellings: [String: String] = [
        // the music named by its kind: "start the hymn 12 seconds in", "the jingle is too loud"
        "hymn": "song", "hymns": "music", "anthem": "song", "jingle": "song", "lullaby": "song",
        "tune": "song", "tunes": "music", "fotos": "photos", "foto": "photo", "photograph": "photo", "photographs": "photos", "snaps": "photos", "snapshots": "photos", "pix": "pics", "pixs": "pics", "piccies": "pics", "pictues": "pictures",
        // what a gallery's or a museum's photos show, named for the photos: "5 seconds per artwork", "put the objects in order"
        "artwork": "photo", "artworks": "photos", "painting": "photo", "paintings": "photos", "drawings": "photos", "objects": "photos",
        "secs.": "secs", "sek": "sec", "seks": "secs", "sekunden": "seconds",
        // the length said in Spanish or Portuguese: "like 15 segundos", "30 segundos max"
        "segundos": "seconds", "segundo": "second", "vids": "videos", "txt": "text", "vidoes": "videos",
        "musik": "music", "vol": "volume", "musc": "music", "muisc": "music", "msuic": "music", "musci": "music", "actualy": "actually", "acutally": "actually", "actully": "actually", "musica": "music", "música": "music", "tittle": "title", "ttl": "title", "stil": "still", "xfade": "crossfade", "xfades": "crossfades", "x-fade": "crossfade", "blck": "black", "blk": "black", "blak": "black", "pls.": "pls",
        // the effect named by a playful "-y" word: "no zoomy stuff pls", "less fadey transitions"
        "zoomy": "zoom", "zoomey": "zoom", "zoomie": "zoom", "fadey": "fade", "fady": "fade",
        "vert": "vertical", "verti": "vertical", "horiz": "horizontal", "landscap": "landscape",
        "rigth": "right", "rihgt": "right", "rite": "right", "lfet": "left", "dubble": "double", "doubel": "double", "duble": "double", "exept": "except", "excpet": "except", "execpt": "except", "excep": "except", "evrey": "every", "rmv": "remove", "rmove": "remove", "remve": "remove", "remvoe": "remove", "evey": "every", "everey": "every", "begining": "beginning", "beggining": "beginning", "begginning": "beginning", "biginning": "beginning", "kenburns": "ken burns", "kenburn": "ken burns", "kenburnes": "ken burns", "thru": "through", "evry": "every", "eveyr": "every",
        // verbs and nouns said another way: to remove ("yeet pic 4", gamer slang), to put, to nudge; the title's lettering
        "bin": "remove", "kill": "remove", "scrap": "remove", "nix": "remove", "axe": "remove", "trash": "remove",
        "yeet": "remove", "yeeet": "remove",
        "toss": "remove", "stick": "put", "shove": "put", "slot": "put", "nudge": "bump", "font": "title", "whip": "make",
        "lettering": "title",
        // "instead" typed in a hurry: "on the last photo insted of the first"
        "insted": "instead", "instad": "instead", "isntead": "instead", "instaed": "instead", "insteed": "instead",
        // the title and its size, and the verb that changes it, typed in a hurry: "chnage teh titl", "the titel smaler"
        "titl": "title", "ttile": "title", "tilte": "title", "titile": "title", "smaler": "smaller", "smallr": "smaller", "smller": "smaller", "biger": "bigger", "bigr": "bigger",
        "chnage": "change", "chagne": "change", "cahnge": "change", "chnge": "change",
        // where the title goes and on which photos, typed in a hurry: "at teh botom", "in the midle", "on foto 3 onli"
        "botom": "bottom", "bottem": "bottom", "buttom": "bottom", "bottm": "bottom", "onli": "only", "olny": "only", "onyl": "only", "midle": "middle", "middel": "middle",
        // text-message spellings
        // "hihg quality", "hgih res": the quality word, too short for the edit distance
        "hihg": "high", "hgih": "high", "hihgh": "high", "higth": "high",
        "tmrw": "tomorrow", "tmr": "tomorrow", "2moro": "tomorrow", "2day": "today",
        "da": "the", "teh": "the", "hte": "the", "cn": "can", "cna": "can", "n": "and", "ur": "your", "dat": "that", "wit": "with", "wif": "with", "tht": "that",
        "cud": "could", "cld": "could", "coud": "could", "culd": "could", "wud": "would", "wld": "would", "shud": "should", "shld": "should", "shd": "should", "shoud": "should",
        // "louder nd remove foto 2", "btwn pic 5 n 6", "haf as lnog", "slwo zom in": short words typed in a
        // hurry, too short for the edit distance
        "nd": "and", "btwn": "between", "btween": "between", "betwen": "between", "bewteen": "between",
        "haf": "half", "hlaf": "half", "hafl": "half", "lnog": "long", "logn": "long", "slwo": "slow", "solw": "slow",
        "zom": "zoom", "zoomm": "zoom", "zomm": "zoom",
        "mk": "make", "mks": "makes", "ea": "each", "tk": "take", "tke": "take", "tks": "takes", "abt": "about", "b4": "before", "tho": "though", "rly": "really", "pleez": "please", "pleeze": "please",
        // "plese make evry foto 5 secs", "pleaze add fades": the ask itself typed in a hurry
        "plese": "please", "pleaze": "please", "pleese": "please", "pleace": "please", "plesae": "please", "pelase": "please",
        // "abeg make the video vertical", "biko add music": "please" in Nigerian Pidgin and Igbo
        "abeg": "please", "biko": "please",
        // "dip 2 black btwn pics", "remoov pic 1 an pic 10 ther dupes"
        // "remvoe foto 4 and 7 plz thier blury": the reason for a removal typed in a hurry
        "thier": "their", "blury": "blurry", "bluury": "blurry", "blurr": "blurry", "blurrey": "blurry",
        "betwn": "between", "ther": "theyre", "remoov": "remove", "remuv": "remove", "remov": "remove",
        "littel": "little", "litle": "little", "transitons": "transitions", "transistions": "transitions", "phot": "photo",
        "jus": "just", "jst": "just", "chek": "check", "chk": "check", "chekc": "check", "ordr": "order",
        // short words typed with two letters swapped or one dropped, too short for the edit distance
        "dwon": "down", "donw": "down", "swpa": "swap", "sawp": "swap", "wsap": "swap", "adn": "and", "nad": "and", "dowm": "down", "uo": "up", "ech": "each", "eahc": "each", "evrything": "everything",
        // comparatives typed without their vowels: "slwr transitions", "fstr pls"
        "slwr": "slower", "slowr": "slower", "fstr": "faster", "fastr": "faster", "qckr": "quicker", "shrtr": "shorter", "lngr": "longer",
        // the verb and its pronoun typed as one: "makeit 30sec", "setit to 20s"
        "makeit": "make it", "makeitt": "make it", "makeem": "make them", "setit": "set it", "keepit": "keep it",
        // where a photo is moved, typed with two letters swapped: "mvoe the lsat pic to the strat", "moev the
        // frist photo to the edn", "move photo 3 to teh fornt"
        "mvoe": "move", "moev": "move", "omve": "move",
        // Scots said as typed: "could ye keep photo 4 still", "the zoom cuts aff his heid", "photos fae the day", "nae fades"
        "ye": "you", "yer": "your", "aff": "off", "heid": "head", "fae": "from", "oot": "out", "doon": "down", "nae": "no",
        "cannae": "cannot", "dinnae": "dont", "didnae": "didnt", "wee": "little",
        "lsat": "last", "alst": "last", "frist": "first", "fisrt": "first", "firts": "first",
        // which photo, typed without its vowels: "remvoe teh lst foto", "the frst pic", "the scnd phto"
        "lst": "last", "frst": "first", "scnd": "second", "phto": "photo", "pohto": "photo", "phtos": "photos",
        "strat": "start", "satrt": "start", "srart": "start", "fornt": "front", "frnot": "front", "edn": "end",
        "mak": "make", "mke": "make", "maek": "make", "mkae": "make", "mayk": "make",
        // the frame rate's unit with its letters swapped: "25fsp", "60 pfs"
        "fsp": "fps", "pfs": "fps", "fpd": "fps", "fspd": "fps",
        // resolution words typed as one: "lowres preview", "a lores draft", "hi-res" (the hyphen is a space)
        // a dropped final g: "hard cut goin into photo 7", "leadin into the last photo"
        "goin": "going", "leadin": "leading", "comin": "coming",
        // the video, its length and "twice", typed with letters swapped or one wrong: "vidoe", "lenght", "twise";
        // "keep em still": them
        "vidoe": "video", "viedo": "video", "vidio": "video", "lenght": "length", "lengh": "length", "twise": "twice", "twcie": "twice", "em": "them",
        "lowres": "low res", "lores": "lo res", "lowrez": "low res", "hires": "high res", "hirez": "high res",
    ]

    /// Real words close to a keyword that must stay as written.
    static let common: Set<String> = [
        // "six foot four in heels", "on wheels": one letter from "reels"; "before the starter", "our shooter": close to "shorter"
        "heels", "wheels", "peels", "starter", "starters", "shooter", "shooters", "sorter",
        // "Might the title be made larger?", "the weight of it": words one letter from "eight"
        "might", "mighty", "sight", "fight", "weight", "height", "freight", "sleight",
        "there", "these", "those", "where", "three", "other", "after", "later", "lower", "power", "master", "faster",
        "shots", "short", "slide", "slides", "sound", "round", "order", "older", "folder", "words", "world",
        "title", "little", "still", "style", "today", "total", "with", "black", "block", "blank", "music", "magic",
        "smoothly", "makes", "movie", "mover", "moved", "video", "vivid", "secret", "second", "seconds", "several",
        "people", "family", "images", "single", "simple", "sample", "trips", "party", "summer", "winter", "spring",
        "better", "bigger", "longer", "louder", "upload", "reload", "report", "import", "support", "sports",
        "states", "stats", "statue", "status", "square", "squares", "record", "remote", "review", "whole", "while",
        "frame", "track", "shorten", "shortened", "lengthen", "lengthened", "right", "left", "light", "night", "tight", "bright", "eights", "quietly", "softly", "loudly", "gently", "quietness", "story", "store", "stores", "storey", "storeys", "shelter", "shelters", "stone", "shore", "score", "slower", "slowly", "faded", "fading", "fader", "shade", "shades",
        "winning", "winner", "winners", "pinning", "planning", "running", "opening", "morning", "evening", "station", "stations", "statics", "stadium", "planting", "planted", "banning", "blower", "blowers", "booming", "flower", "looming", "lotion", "notion", "potion", "spanning", "tanning", "ransom", "revere", "shortly", "smoothie", "smoothies", "sorts", "storm", "storms", "stormy", "history", "stories", "quarter", "quarters", "turns", "turned", "turning", "feels", "feel", "feeling", "circle", "pushes", "wipes", "faces", "heads", "quickly", "lately", "soften", "quieten", "tighten", "nicely", "closer", "colder", "warmer", "sooner",
        // plural nouns one letter from a keyword: "residents' portraits" (photos of people, not the shape)
        "portraits",
        // near "shorts": "the crew calls me shorty"
        "shorty", "shorties",
        // near "shorter": "my scooter commute", "the shooter's angle"
        "scooter", "scooters", "shooter", "shooters",
        // near "landscape": "a backyard I landscaped", "our landscaper", "the landscaping"
        "landscaped", "landscaper", "landscapers", "landscaping",
        // near "reverse": "the release form", "reserved seats"
        "release", "released", "releases", "reserve", "reserved", "reserves",
        // near "faster": "kitten foster updates", "our foster dogs"
        "foster", "fosters", "fostered", "fostering", "poster", "posters", "roster",
    ]

    /// `text` (lowercase, space separated) with each misspelt keyword replaced.
    static func correct(_ text: String) -> String {
        correct(words: text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)).joined(separator: " ")
    }

    /// Each of `words` itself or the keyword it misspells, read with the word before it.
    static func correct(words: [String]) -> [String] {
        var previous = ""
        return words.indices.map { i in
            let typed = words[i]
            // "foto 4 shud b -2s", "it cud b 30s": "b" for "be", only after a verb that "be" follows
            let w = typed == "b" && beBefore.contains(previous) ? "be"
                // "no clip longer then 2 sec", "less then a minute": "than" between a comparative and an
                // amount ("make it longer then add music" keeps its "then")
                : typed == "then" && thanBefore.contains(previous) && i + 1 < words.count && isAmount(words[i + 1]) ? "than"
                // "tune ups from $45", "oil changes and tune-ups": a car's service, no song
                : typed == "tune" && i + 1 < words.count && words[i + 1] == "ups" ? typed
                // "I mostly tune upright pianos", "we tune and repair guitars": the verb, after its subject
                : (typed == "tune" || typed == "tunes") && tuneSubject.contains(previous) ? typed
                // "a 10 minute slot for the treasurer's report": a time on an agenda, not "put"
                : (typed == "slot" || typed == "slots") && slotBefore.contains(previous) ? typed
                // "spin up a 4K cut", "knock together a reel", "cook up something": making, said another way
                : makingVerbs.contains(typed) && i + 1 < words.count && makingParticles.contains(words[i + 1]) ? "make"
                : correct(word: typed)
            previous = w
            return w
        }
    }

    /// Verbs that mean making when a particle follows ("spin up", "knock together", "cook up").
    private static let makingVerbs: Set<String> = ["spin", "knock", "cook", "rustle"]

    /// The particles after ``makingVerbs`` that make them mean making.
    private static let makingParticles: Set<String> = ["up", "together"]

    /// Comparatives "than" follows, after which "then" before an amount is "than".
    private static let thanBefore: Set<String> = ["longer", "shorter", "more", "less", "fewer", "bigger", "smaller", "louder", "quieter", "slower", "faster", "quicker", "higher", "lower"]

    /// Whether `word` starts an amount: "2", "2s", "two", "a", "an", "half".
    private static func isAmount(_ word: String) -> Bool {
        word.first?.isNumber == true || word == "a" || word == "an" || NumberWords.vocabulary.contains(word)
    }

    /// Subjects and adverbs after which "tune" is the verb ("I tune pianos", "she mostly tunes harps").
    private static let tuneSubject: Set<String> = ["i", "we", "they", "he", "she", "mostly", "usually", "also", "often", "professionally"]

    /// Units of time and words of a programme before which "slot" is a time given, not "put" ("a 10 minute slot").
    private static let slotBefore: Set<String> = ["minute", "minutes", "min", "mins", "second", "seconds", "sec", "secs", "hour", "hours", "time", "speaking", "lunchtime", "morning", "afternoon", "evening"]

    /// Words "be" follows, after which a lone "b" is "be".
    private static let beBefore: Set<String> = ["should", "could", "would", "must", "will", "can", "to", "might", "may", "cant", "wont", "dont", "not", "it"]

    /// `w` itself, or the keyword it misspells.
    static func correct(word typed: String) -> String {
        if let known = spellings[typed] { return known }
        // "25fsp", "4seks": a number typed against a misspelt unit
        if let l = typed.firstIndex(where: { !$0.isNumber }), l != typed.startIndex, typed[..<l].allSatisfy(\.isNumber),
           typed.distance(from: l, to: typed.endIndex) >= 3, let unit = spellings[String(typed[l...])] { return typed[..<l] + unit }
        // "zooom", "sooo": letters typed three times or more count twice
        let w = squeezed(typed)
        // "makeit15secondsvertical", "makeitonly20secondslong": words and numbers typed with no space,
        // cut into the interpreter's own words
        if w.count >= 8, w.contains(where: \.isNumber), let split = segmented(w) { return split }
        // "squarevideo30s": run-on words before a number
        if let d = w.firstIndex(where: \.isNumber), w.distance(from: w.startIndex, to: d) >= 8,
           w[..<d].allSatisfy({ $0.isASCII && $0.isLetter }), let split = runOn(String(w[..<d])) { return split + " " + w[d...] }
        // "30secondsvertical", "4secondseach": a number, then run-on words
        if let first = w.first, first.isNumber, let l = w.firstIndex(where: \.isLetter), w.distance(from: l, to: w.endIndex) >= 8,
           w[..<l].allSatisfy(\.isNumber), w[l...].allSatisfy({ $0.isASCII && $0.isLetter }) {
            let letters = String(w[l...])
            if let split = runOn(letters) { return w[..<l] + " " + split }
        }
        // "makeitonly20secondslong": run-on words on both sides of a number
        if w.count >= 12, w.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }),
           let d = w.firstIndex(where: \.isNumber), d != w.startIndex, let l = w[d...].firstIndex(where: \.isLetter) {
            let before = String(w[..<d]), digits = String(w[d..<l]), after = String(w[l...])
            let a = before.count >= 4 ? runOn(before) ?? before : before
            let b = after.count >= 6 ? runOn(after) ?? after : after
            if a != before || b != after { return a + " " + digits + " " + b }
        }
        if w != typed, keywords.contains(w) || common.contains(w) { return w }
        // "helloooo", "pleaseee", "thanksss": a word stretched at its end or middle, each long run read once
        if w != typed, case let stretched = String(onceEach(typed)), stretched != w, Fillers.english.contains(stretched) || keywords.contains(stretched) {
            return stretched
        }
        // "onlly", "nummber", "quietter": a consonant typed twice in a word that has it once
        if let fixed = undoubled(w) { return fixed }
        if w != typed, let once = Optional(String(w.reduce(into: [Character]()) { if $0.last != $1 { $0.append($1) } })),
           Fillers.english.contains(once) { return once }
        guard w.count >= 5, w.allSatisfy({ $0.isASCII && $0.isLetter }),
              !keywords.contains(w), !common.contains(w), !Subjects.english.contains(w) else { return w }
        if w.count >= 8, !Fillers.english.contains(w), let split = runOn(w) ?? segmentedWithKeyword(w) { return split }
        // "fortiktok", "formusic", "forinsta": a short preposition typed against a keyword or platform
        if let lead = leads.first(where: { w.hasPrefix($0) }), case let rest = String(w.dropFirst(lead.count)),
           rest.count >= 4, keywords.contains(rest) || platformShort.contains(rest) { return lead + " " + rest }
        let limit = w.count >= 7 ? 2 : 1
        var best: (String, Int)?
        let typedBytes = Array(w.utf8)
        let typedLetters = letters(typedBytes)
        var scratch: [Int] = []
        // each edit adds or loses at most two letters of the word's set (a swap none): a keyword
        // whose letters differ in more than twice the limit is too far, and no distance is computed
        for (k, bytes, set) in keywordBytes where abs(bytes.count - typedBytes.count) <= limit
            && (set ^ typedLetters).nonzeroBitCount <= 2 * limit {
            let d = distance(typedBytes, bytes, limit: limit, scratch: &scratch)
            // two letters off only with the first one right: "zoomng", "vertcal"; not "cooking" →
            // "zooming", "flowers" → "slower", "dancing" → "panning"
            if d == 2, bytes.first != typedBytes.first { continue }
            if d <= limit, d < (best?.1 ?? Int.max) || (d == best?.1 && k < best!.0) { best = (k, d) }
        }
        return best?.0 ?? w
    }

    /// The keywords long enough to be corrected to, with their letters as bytes (all are ASCII).
    private static let keywordBytes: [(String, [UInt8], UInt32)] = keywords.filter { $0.count >= 5 }.sorted().map { ($0, Array($0.utf8), letters(Array($0.utf8))) }

    /// The set of letters in `bytes`, one bit for each of a–z and one for anything else.
    private static func letters(_ bytes: [UInt8]) -> UInt32 {
        bytes.reduce(0) { set, b in set | (b >= 0x61 && b <= 0x7A ? 1 << UInt32(b - 0x61) : 1 << 26) }
    }

    /// ``distance(_:_:limit:)`` over ASCII bytes, in rows kept in `scratch` between calls: the
    /// same result without building arrays of characters for each of the ~200 keywords tried.
    static func distance(_ x: [UInt8], _ y: [UInt8], limit: Int, scratch: inout [Int]) -> Int {
        let m = y.count
        if x.isEmpty { return m }
        if m == 0 { return x.count }
        let w = m + 1
        if scratch.count < 3 * w { scratch = Array(repeating: 0, count: 3 * w) }
        return scratch.withUnsafeMutableBufferPointer { s in
            // three rows: the one before last, the last, the current
            var (prev2, prev, cur) = (0, w, 2 * w)
            for j in 0...m { s[prev + j] = j }
            for i in 1...x.count {
                s[cur] = i
                var rowMin = i
                let xi = x[i - 1]
                for j in 1...m {
                    let cost = xi == y[j - 1] ? 0 : 1
                    var v = Swift.min(s[prev + j] + 1, s[cur + j - 1] + 1, s[prev + j - 1] + cost)
                    if i > 1, j > 1, xi == y[j - 2], x[i - 2] == y[j - 1] { v = Swift.min(v, s[prev2 + j - 2] + 1) }
                    s[cur + j] = v
                    rowMin = Swift.min(rowMin, v)
                }
                if rowMin > limit { return limit + 1 }
                (prev2, prev, cur) = (prev, cur, prev2)
            }
            return s[prev + m]
        }
    }

    /// Prepositions typed against the word they govern ("fortiktok", "withmusic").
    private static let leads: [String] = ["for", "with", "on", "to"]
    /// Short names of platforms, not keywords themselves, that a run-on word may hold ("forinsta").
    static let platformShort: Set<String> = ["insta", "reel", "reels", "shorts"]

    /// `w` with each run of a letter typed three times or more read once: "helloooo" → "hello".
    static func onceEach(_ w: String) -> [Character] {
        let cs = Array(w)
        var out: [Character] = []
        var i = 0
        while i < cs.count {
            var j = i
            while j < cs.count, cs[j] == cs[i] { j += 1 }
            out.append(contentsOf: j - i >= 3 && !cs[i].isNumber ? [cs[i]] : Array(cs[i..<j]))
            i = j
        }
        return out
    }

    /// Words a doubled consonant is read away to, besides the keywords and fillers: "nummber 6".
    private static let undoubledWords: Set<String> = ["number", "numbers"]

    /// The keyword or filler `w` spells with one consonant typed twice ("onlly" → "only",
    /// "nummber" → "number"), or nil. Only unknown words of five letters or more are read so,
    /// and never to a word of what the video is about.
    static func undoubled(_ w: String) -> String? {
        guard w.count >= 5, w.allSatisfy({ $0.isASCII && $0.isLetter }), !keywords.contains(w), !common.contains(w),
              !Fillers.english.contains(w), !Subjects.english.contains(w), !undoubledWords.contains(w) else { return nil }
        let cs = Array(w)
        for i in 1..<cs.count where cs[i] == cs[i - 1] && !"aeiouy".contains(cs[i]) {
            var c = cs
            c.remove(at: i)
            let s = String(c)
            if keywords.contains(s) || Fillers.english.contains(s) || undoubledWords.contains(s) { return s }
        }
        return nil
    }

    static func squeezed(_ w: String) -> String {
        var out: [Character] = []
        // letters typed three times or more; digits are the number as typed ("8000", "99999")
        for c in w where c.isNumber || !(out.count >= 2 && out[out.count - 1] == c && out[out.count - 2] == c) { out.append(c) }
        return String(out)
    }

    /// Optimal-string-alignment distance (insert, delete, substitute, swap neighbours),
    /// giving up early once it exceeds `limit`.
    static func distance(_ a: String, _ b: String, limit: Int = .max) -> Int {
        let x = Array(a), y = Array(b)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var prev2 = [Int](repeating: 0, count: y.count + 1)
        var prev = Array(0...y.count)
        var cur = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            cur[0] = i
            var rowMin = cur[0]
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                var v = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] { v = min(v, prev2[j - 2] + 1) }
                cur[j] = v
                rowMin = min(rowMin, v)
            }
            if rowMin > limit { return limit + 1 }
            (prev2, prev, cur) = (prev, cur, prev2)
        }
        return prev[y.count]
    }
}
