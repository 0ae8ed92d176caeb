import Foundation
import ReelTimeline

/// Turns a plain-language request ("turn these photos into a 30-second video with smooth
/// transitions", "做一个30秒的竖屏视频") into timeline changes, offline and deterministically.
///
/// Pure: no files, clock or network are read. It reports what it understood (each change with
/// the phrase it came from), what it did not, which phrases conflicted (the later one wins), and
/// whether the request asks for something only the cloud can do.
public enum PromptInterpreter {
    /// Interprets `text`.
    ///
    /// - Parameter inputs: the files given with the request (photos, music), used only to know
    ///   whether a music file is at hand when the request asks for music without naming one.
    public static func interpret(_ text: String, inputs: [String] = []) -> Interpretation {
        let prompt = PromptText(text)
        var scan = Scan(prompt: prompt)
        for rule in rules { scan.apply(rule) }
        var result = Interpretation(text: text)
        let (plan, conflicts) = resolve(scan.changes)
        result.plan = plan
        result.conflicts = conflicts
        result.notes = scan.notes
        result.understood = plan.changes.map { "\"\($0.phrase)\" → \($0.setting.summary)" }
        result.notUnderstood = scan.leftovers()
        var cloud = scan.cloud
        let wantsMusicFile = plan.settings.contains(.music(source: nil))
        if wantsMusicFile, !inputs.contains(where: { PromptText.audioExtensions.contains(($0 as NSString).pathExtension.lowercased()) }) {
            cloud.append("pick background music (no music file was given)")
        }
        result.needsCloud = cloud.isEmpty ? nil : Self.list(cloud)
        for s in plan.settings {
            if case .quality(let q) = s { result.quality = q }
            if case .format(let f) = s { result.format = f }
        }
        return result
    }

    /// Every rule, most specific first: a phrase one rule takes is not read again by a later one.
    static let rules: [Rule] = titleRules + cloudRules + beatRules + clipRules + orderRules + musicRules + transitionNameRules + transitionRules
        + durationRules + aspectRules + motionRules + commandRules

    /// Words that route a request elsewhere (export, upload…) change nothing in the timeline but
    /// are understood: taken here so they are not reported as not understood.
    static let commandRules: [Rule] = [
        Rule(#"\b(?:export|download|render|save|upload)(?: it| the video| my video| now)?\b|\bsend (?:me )?(?:the |my )?video\b|导出|下载|上传"#) { _, _ in Found() },
    ]

    /// Orders changes as said and keeps, per slot, the later phrase; reports real disagreements.
    static func resolve(_ raw: [Change]) -> (RequestPlan, [String]) {
        var kept: [Change] = []
        var conflicts: [String] = []
        for c in raw.sorted(by: { $0.position < $1.position }) {
            guard let slot = c.setting.slot, let i = kept.lastIndex(where: { $0.setting.slot == slot }) else {
                kept.append(c)
                continue
            }
            let old = kept[i]
            if let merged = merge(old.setting, c.setting) {
                kept[i].setting = merged
                kept[i].phrase = old.phrase + " … " + c.phrase
                kept[i].implied = old.implied && c.implied
                continue
            }
            if c.implied && !old.implied { continue }
            if !c.implied && !old.implied {
                conflicts.append("\"\(old.phrase)\" (\(old.setting.summary)) and later \"\(c.phrase)\" (\(c.setting.summary)) disagree on the \(slot): used the later, \(c.setting.summary)")
            }
            kept.remove(at: i)
            kept.append(c)
        }
        return (RequestPlan(changes: kept), conflicts)
    }

    /// Two settings of one slot that say the same thing or add up, merged; nil when they disagree.
    private static func merge(_ a: Setting, _ b: Setting) -> Setting? {
        if a == b { return a }
        switch (a, b) {
        case (.motion(let x), .motion(let y)) where x != .off && y != .off:
            if x == .mixed { return b }
            if y == .mixed { return a }
            return .motion(.mixed) // zoom and pan
        case (.music(let x), .music(let y)) where x == nil || y == nil:
            return .music(source: x ?? y)
        default:
            return nil
        }
    }

    /// "a, b and c".
    static func list(_ items: [String]) -> String {
        items.count <= 1 ? items.joined() : items.dropLast().joined(separator: ", ") + " and " + items.last!
    }
}

/// What one rule found in one match.
struct Found {
    var changes: [(Setting, implied: Bool)] = []
    var cloud: String?
    var notes: [String] = []

    init(_ settings: Setting..., implied: [Setting] = []) {
        changes = settings.map { ($0, false) } + implied.map { ($0, true) }
    }
    static func cloud(_ what: String) -> Found {
        var f = Found()
        f.cloud = what
        return f
    }
    func note(_ n: String) -> Found {
        var f = self
        f.notes.append(n)
        return f
    }
}

/// A pattern and what its matches mean; returning nil leaves the words for other rules.
struct Rule {
    let pattern: Pattern
    let make: @Sendable (PatternMatch, PromptText) -> Found?

    init(_ pattern: String, _ make: @escaping @Sendable (PatternMatch, PromptText) -> Found?) {
        self.pattern = Pattern(pattern)
        self.make = make
    }
}

/// One pass of the rules over a request, remembering which characters are taken.
struct Scan {
    let prompt: PromptText
    private var taken: [Bool]
    private(set) var changes: [Change] = []
    private(set) var notes: [String] = []
    private(set) var cloud: [String] = []

    init(prompt: PromptText) {
        self.prompt = prompt
        taken = Array(repeating: false, count: (prompt.text as NSString).length)
    }

    /// The request with taken characters blanked out (same length), so that a later rule neither
    /// matches them nor joins words across them.
    private var masked: String {
        let units = Array(prompt.text.utf16).enumerated().map { taken[$0.offset] ? 0x1 : $0.element }
        return String(decoding: units, as: UTF16.self)
    }

    mutating func apply(_ rule: Rule) {
        let text = prompt.text as NSString
        for m in rule.pattern.matches(in: masked) {
            let r = m.range
            guard r.length > 0, !taken[r.location..<(r.location + r.length)].contains(true) else { continue }
            let match = PatternMatch(copying: m, text: text.substring(with: r))
            guard let found = rule.make(match, prompt) else { continue }
            for i in r.location..<(r.location + r.length) { taken[i] = true }
            let phrase = prompt.restore(m.text.trimmingCharacters(in: .whitespaces))
            changes += found.changes.map { Change($0.0, phrase: phrase, implied: $0.implied, position: r.location) }
            notes += found.notes
            if let c = found.cloud, !cloud.contains(c) { cloud.append(c) }
        }
    }

    /// The parts of the request no rule took that still say something.
    func leftovers() -> [String] {
        let ns = prompt.text as NSString
        var pieces: [String] = []
        var current = ""
        for i in 0..<ns.length {
            if taken[i] {
                if !current.isEmpty { pieces.append(current); current = "" }
            } else {
                current += ns.substring(with: NSRange(location: i, length: 1))
            }
        }
        if !current.isEmpty { pieces.append(current) }
        var out: [String] = []
        for piece in pieces {
            for clause in Self.clauseBreak.replacing(in: piece, { _ in "|" }).split(separator: "|") {
                let words = clause.split(separator: " ").map(String.init)
                let meaningful = words.contains { w in
                    if Fillers.english.contains(w) || Double(w) != nil { return false }
                    if w.unicodeScalars.contains(where: { PromptText.isHan(Character($0)) }) {
                        return Fillers.stripChinese(w).contains { PromptText.isHan($0) }
                    }
                    return w.contains { $0.isLetter }
                }
                let text = clause.trimmingCharacters(in: .whitespaces)
                if meaningful, !text.isEmpty { out.append(prompt.restore(text)) }
            }
        }
        return out
    }

    private static let clauseBreak = Pattern(#"[,.;!?:]|\b(?:and|then|also|but|plus)\b|并且|然后|还有|再"#)
}
