import Foundation
import Testing
import ReelTimeline
@testable import ReelPrompt

/// One row of `Phrasings.tsv`: a request and the facts of the draft it must produce.
struct Phrasing: Sendable, CustomTestStringConvertible {
    let line: Int
    let prompt: String
    let facts: [String: String]
    var known: Bool { facts["known"] != nil }
    var editsADraft: Bool { facts["base"] == "edit" }
    var testDescription: String { "\(line): \(prompt)" }

    /// The rows of the table beside this file.
    static func table(file: String = #filePath) throws -> [Phrasing] {
        let url = URL(fileURLWithPath: file).deletingLastPathComponent().appendingPathComponent("Phrasings.tsv")
        let text = try String(contentsOf: url, encoding: .utf8)
        var rows: [Phrasing] = []
        for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard !line.hasPrefix("#"), !line.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
            let cols = line.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false)
            rows.append(Phrasing(line: i + 1, prompt: String(cols[0]), facts: parse(cols.count > 1 ? String(cols[1]) : "")))
        }
        // PHRASINGS_FROM=N: only the rows from line N on (to try a new batch quickly)
        if let from = ProcessInfo.processInfo.environment["PHRASINGS_FROM"].flatMap(Int.init) { rows.removeAll { $0.line < from } }
        return rows
    }

    /// `key=value key="value with spaces" flag`.
    static func parse(_ s: String) -> [String: String] {
        var out: [String: String] = [:]
        var i = s.startIndex
        while i < s.endIndex {
            while i < s.endIndex, s[i] == " " { i = s.index(after: i) }
            guard i < s.endIndex else { break }
            let keyEnd = s[i...].firstIndex { $0 == "=" || $0 == " " } ?? s.endIndex
            let key = String(s[i..<keyEnd])
            guard keyEnd < s.endIndex, s[keyEnd] == "=" else { out[key] = ""; i = keyEnd; continue }
            var v = s.index(after: keyEnd)
            let value: String
            if v < s.endIndex, s[v] == "\"" {
                v = s.index(after: v)
                let close = s[v...].firstIndex(of: "\"") ?? s.endIndex
                value = String(s[v..<close])
                i = close < s.endIndex ? s.index(after: close) : close
            } else if key == "nd" || key == "note" || key == "nu" {
                value = String(s[v...]) // to the end of the row
                i = s.endIndex
            } else {
                let end = s[v...].firstIndex(of: " ") ?? s.endIndex
                value = String(s[v..<end])
                i = end
            }
            out[key] = value
        }
        return out
    }
}

/// The editor the table runs with: photo k was taken (3k mod 10) days after the first day.
let tableEditor = DraftEditor(photoDate: { src in
    let digits = (src as NSString).lastPathComponent.filter(\.isNumber)
    return Int(digits).map { Date(timeIntervalSince1970: Double((3 * $0) % 10) * 86_400) }
}, musicFiles: [])

/// A draft of the ten photos with song.mp3 at 35 % and the title "Trip" over the first 3 s,
/// made once: every `base=edit` row starts from this same value.
let tableDraft: Result<Timeline, any Error> = Result { try makeTableDraft() }

/// Builds ``tableDraft`` (through the draft JSON, as `reel ask --draft` reads it).
func makeTableDraft() throws -> Timeline {
    var t = try Slideshow.timeline(photos: tenPhotos, options: SlideshowOptions())
    t.tracks.append(Track(kind: .audio, segments: [Segment(source: "song.mp3", startMs: 0, durationMs: t.durationMs, volume: 0.35)]))
    try Slideshow.addTitle("Trip", to: &t)
    return try Timeline(draftJSON: t.draftJSON())
}

/// What is wrong with the draft a row's request produces (empty when it is right).
func problems(_ row: Phrasing) throws -> [String] {
    if let want = row.facts["intent"] {
        // "undo", "export"…: routed before any edit is planned
        let intent = IntentRouter.route(row.prompt)
        let got = "\(intent)".prefix { $0.isLetter }
        guard got == want else { return ["intent: expected \(want), got \(got)"] }
        // undo and redo go back or forward one step unless a number of steps is said
        let steps: Int? = switch intent { case .undo(let n), .redo(let n): n; default: nil }
        if let steps, String(steps) != (row.facts["steps"] ?? "1") { return ["steps: expected \(row.facts["steps"] ?? "1"), got \(steps)"] }
        return []
    }
    let interpretation = PromptInterpreter.interpret(row.prompt)
    let edit: DraftEdit, t: Timeline
    do {
        edit = row.editsADraft ? try tableEditor.apply(interpretation.plan, to: tableDraft.get())
            : try tableEditor.makeTimeline(interpretation.plan, photos: tenPhotos)
        t = edit.timeline
        try t.validate()
        // The draft as saved must read back the same. Every row once cost the table ~20 s of
        // JSON in a debug build, so one row in eight (spread over the whole table) checks it.
        if row.line % 8 == 0, try Timeline(draftJSON: t.draftJSON()) != t {
            return ["the draft JSON does not read back the same draft", "understood: \(interpretation.understood)"]
        }
    } catch {
        return ["failed: \(error)", "understood: \(interpretation.understood)"]
    }
    let video = t.tracks.first { $0.kind == .video }?.segments ?? []
    let music = t.tracks.first { $0.kind == .audio }?.segments.first
    let title = t.tracks.first { $0.kind == .text }?.segments.first
    func number(_ src: String?) -> String { String(Int((src.map { ($0 as NSString).lastPathComponent } ?? "").filter(\.isNumber)) ?? 0) }
    func ms(_ v: Double) -> String { String(Int(v)) }
    var actual: [String: String] = [
        "d": "\(t.durationMs)", "w": "\(t.profile.width)", "h": "\(t.profile.height)", "fps": "\(t.profile.fps)",
        "tr": video.count > 1 ? video[1].transition?.kind.rawValue ?? "cut" : "none",
        "trms": video.count > 1 ? "\(video[1].transition?.durationMs ?? 0)" : "-",
        "kb": video.allSatisfy { $0.kenBurns != nil } ? "1" : video.allSatisfy { $0.kenBurns == nil } ? "0" : "some",
        "vol": music.map { NumberWords.format($0.volume ?? 1) } ?? "-",
        "title": title?.text ?? "-",
        "n": "\(video.count)",
        "photos": video.map { number($0.source) }.joined(separator: ","),
        "q": interpretation.quality.rawValue,
    ]
    for (i, s) in video.enumerated() {
        actual["p\(i + 1)"] = "\(s.durationMs)"
        actual["m\(i + 1)"] = motionFact(s.kenBurns)
        if i > 0 { actual["t\(i + 1)"] = s.transition?.kind.rawValue ?? "cut" }
    }
    let kbs = video.compactMap(\.kenBurns)
    if !kbs.isEmpty, kbs.count == video.count {
        actual["zoom"] = kbs.allSatisfy { $0.to.zoom > $0.from.zoom } ? "in" : kbs.allSatisfy { $0.to.zoom < $0.from.zoom } ? "out" : "mixed"
        actual["pan"] = kbs.allSatisfy { $0.to.x < $0.from.x } ? "left" : kbs.allSatisfy { $0.to.x > $0.from.x } ? "right" : "mixed"
    }
    if let title {
        actual["tspan"] = "\(title.startMs)-\(title.endMs)"
        actual["tpos"] = title.textAppearance.effectivePosition.rawValue
        let a = title.textAppearance
        let normal = a.effectivePosition == .lowerThird ? 0.045 : 0.07
        actual["tsize"] = a.effectiveSize > normal + 0.0001 ? "big" : a.effectiveSize < normal - 0.0001 ? "small" : "normal"
    }
    if let music { actual["offset"] = "\(music.audioPlayback.offsetMs ?? 0)" }
    // Choices about clips, beats and framing: the table's photos have no clips and no music
    // to listen to, so these are read from the plan (the last word wins, as when applied);
    // "-" when the request does not make the choice.
    for k in ["clips", "clipmax", "clipsound", "beat", "focus"] { actual[k] = "-" }
    for s in interpretation.plan.settings {
        switch s {
        case .media(let m): actual["clips"] = m == .photosOnly ? "skip" : "only"
        case .clipMax(let ms): actual["clipmax"] = "\(ms)"
        case .beatSync: actual["beat"] = "1"
        case .clipAudio(let on): actual["clipsound"] = on ? "on" : "off"
        case .focus(let f): actual["focus"] = f == nil ? "center" : f == .auto ? "auto" : "point"
        // "on the rest keep the faces in frame": the focus of every photo but those named
        case .exceptPhotos(_, .focus(let f)) where actual["focus"] == "-": actual["focus"] = f == nil ? "center" : f == .auto ? "auto" : "point"
        default: break
        }
    }
    var expected: [String: String] = [
        "d": "25500", "w": "1920", "h": "1080", "fps": "30", "tr": "crossfade", "trms": "500", "kb": "1",
        "vol": row.editsADraft ? "0.35" : "-", "title": row.editsADraft ? "Trip" : "-",
    ]
    // a row that names one photo's motion (m5=0) says what the motion is; "kb" is then checked only when named
    if row.facts.keys.contains(where: { $0.count > 1 && $0.hasPrefix("m") && $0.dropFirst().allSatisfy(\.isNumber) }) { expected["kb"] = nil }
    for (k, v) in row.facts where !["base", "known", "note", "nd", "nu", "cloud"].contains(k) { expected[k] = v }
    var out: [String] = []
    for (k, v) in expected.sorted(by: { $0.key < $1.key }) where actual[k] != v {
        out.append("\(k): expected \(v), got \(actual[k] ?? "nothing")")
    }
    let notes = (interpretation.notes + interpretation.conflicts).joined(separator: " | ")
    if let n = row.facts["note"], !notes.lowercased().contains(n.lowercased()) { out.append("no note saying \"\(n)\" (notes: \(notes))") }
    if let n = row.facts["nd"], !edit.notDone.joined(separator: " | ").contains(n) { out.append("nothing not done saying \"\(n)\" (\(edit.notDone))") }
    // "voiceover" and "voice-over", "Subtitles" and "subtitles": the same ask
    let loose = { (s: String) in s.lowercased().filter { $0 != "-" && $0 != " " } }
    if let c = row.facts["cloud"], !loose(interpretation.needsCloud ?? "").contains(loose(c)) {
        out.append("not routed to the cloud as \"\(c)\" (\(interpretation.needsCloud ?? "nothing"))")
    }
    if let n = row.facts["nu"] {
        // "Sepia tone…" reported for nu=sepia: the words as the user typed them, in any case
        if !interpretation.notUnderstood.contains(where: { $0.lowercased().contains(n.lowercased()) }) { out.append("\"\(n)\" not reported as not understood (\(interpretation.notUnderstood))") }
    } else if !interpretation.notUnderstood.isEmpty {
        out.append("not understood: \(interpretation.notUnderstood)")
    }
    if !out.isEmpty { out.append("understood: \(interpretation.understood)") }
    return out
}

/// One photo's motion as a row names it: 0 (still), in, out, left, right, up, down.
func motionFact(_ kb: KenBurns?) -> String {
    guard let kb else { return "0" }
    if kb.to.zoom != kb.from.zoom { return kb.to.zoom > kb.from.zoom ? "in" : "out" }
    if kb.to.x != kb.from.x { return kb.to.x < kb.from.x ? "left" : "right" }
    return kb.to.y < kb.from.y ? "up" : kb.to.y > kb.from.y ? "down" : "0"
}

@Suite("Phrasing table")
struct PhrasingTableTests {
    @Test("the table has at least 250 requests, in English and Chinese") func size() throws {
        let rows = try Phrasing.table()
        #expect(rows.count >= 250)
        #expect(rows.filter { $0.prompt.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) } }.count >= 50)
    }

    /// Every row, on as many workers as there are cores: the table has thousands of rows, and one
    /// test case per row spent more time in the test runner than in the interpreter. A failure
    /// names the row's line and request.
    @Test("every row gives its draft facts")
    func everyRow() async throws {
        let rows = try Phrasing.table()
        let workers = max(2, ProcessInfo.processInfo.activeProcessorCount)
        await withTaskGroup(of: Void.self) { group in
            for worker in 0..<workers {
                group.addTask {
                    for (index, row) in rows.enumerated() where index % workers == worker { Self.check(row) }
                }
            }
        }
    }

    /// Checks one row; records an issue for each fact it gets wrong (or, for a `known` row, when it passes).
    static func check(_ row: Phrasing) {
        let found: [String]
        do { found = try problems(row) } catch { found = ["failed: \(error)"] }
        if row.known {
            // A known miss must still miss: when it starts passing, drop its mark.
            #expect(!found.isEmpty, "line \(row.line): \(row.prompt): marked known but now gives the expected draft; remove the mark")
        } else {
            for p in found { Issue.record("line \(row.line): \(row.prompt): \(p)") }
        }
    }
}
