import Foundation
import ReelTimeline

/// What the program running a `PromptSession` should do after printing a reply.
public enum PromptAction: Sendable, Hashable {
    /// Render the timeline locally at this quality.
    case render(Timeline, RenderQuality)
    /// Export (render) the current timeline.
    case export(Timeline)
    /// Show the cloud credit balance (online only).
    case credits
    /// Upload these files to the cloud (online only).
    case upload([String])
    /// Send this message to cloud chat (online only).
    case cloudChat(String)
    /// End the session.
    case quit
}

/// A reply to one line of input.
public struct PromptReply: Sendable, Hashable {
    /// Lines to print.
    public var lines: [String]
    /// What to do next, if anything.
    public var action: PromptAction?
}

/// The interactive prompt behind `reel` with no arguments: the user shares photos (paths typed
/// or dropped into the terminal), then asks for a video and refines it, one line at a time.
///
/// Holds no I/O: the caller reads lines, prints replies, performs the actions, and supplies
/// `expand` (what files a typed path stands for) and the editor's `photoDate`.
public struct PromptSession: Sendable {
    /// The first thing the prompt says.
    public static let greeting = "Share your images and I'll get started…"
    /// Requests shown as examples.
    public static let examples = [
        "turn these photos into a 30-second video with smooth transitions",
        "vertical for TikTok, 3 seconds each, with song.mp3 at 35%",
        "titled 'Urban Dreams', in date order, best quality",
        "make it 20 seconds and slower transitions",
        "swap photo 3 and 4, remove the last photo",
        "做一个半分钟的竖屏视频，淡入淡出",
    ]

    /// Whether the cloud can be reached.
    public var online: Bool
    /// Applies requests; its `photoDate` serves "in date order".
    public var editor: DraftEditor
    /// The files a typed token stands for (a folder → its images), or nil when it is not a path.
    public var expand: @Sendable (String) -> [String]?
    /// Photos shared so far.
    public private(set) var photos: [String] = []
    /// Music files shared so far.
    public private(set) var music: [String] = []
    /// The current draft, once there is one.
    public private(set) var timeline: Timeline?
    private var pending: String?
    /// Drafts before each edit (newest last), and drafts undone (newest last).
    private var undone: [Timeline] = [], history: [Timeline] = []
    /// How many earlier drafts are kept for "undo".
    public static let historyLimit = 20

    /// - Parameters:
    ///   - timeline: a draft to continue editing, if any.
    ///   - expand: defaults to recognising image and audio file names by their extension.
    public init(online: Bool = false, editor: DraftEditor = DraftEditor(), timeline: Timeline? = nil,
                expand: @escaping @Sendable (String) -> [String]? = PromptSession.byExtension) {
        self.online = online
        self.editor = editor
        self.timeline = timeline
        self.expand = expand
    }

    /// Treats a token as a file when its extension is an image or audio type.
    public static let byExtension: @Sendable (String) -> [String]? = { token in
        let ext = (token as NSString).pathExtension.lowercased()
        return PromptText.imageExtensions.contains(ext) || PromptText.audioExtensions.contains(ext) ? [token] : nil
    }

    /// The greeting and the example requests.
    public var openingLines: [String] {
        [Self.greeting, "For example:"] + Self.examples.map { "  \($0)" } + ["(type \"help\" for examples, \"quit\" to leave)"]
    }

    /// The reply to one line of input.
    public mutating func respond(to line: String) -> PromptReply {
        let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
        let lower = trimmed.lowercased()
        if ["quit", "exit", "q", "bye", ":q", "退出"].contains(lower) { return PromptReply(lines: ["Bye."], action: .quit) }
        if ["help", "?", "examples", "帮助"].contains(lower) { return PromptReply(lines: openingLines, action: nil) }
        if trimmed.isEmpty {
            return PromptReply(lines: [photos.isEmpty ? Self.greeting : "What would you like? For example: \"\(Self.examples[0])\""], action: nil)
        }
        var words: [String] = []
        var shared: [String] = []
        for (token, raw) in Self.shellWords(trimmed) {
            if let files = expand(token) { shared += files } else { words.append(raw) }
        }
        for f in shared {
            let ext = (f as NSString).pathExtension.lowercased()
            if PromptText.audioExtensions.contains(ext) { if !music.contains(f) { music.append(f) } }
            else if !photos.contains(f) { photos.append(f) }
        }
        editor.musicFiles = music
        var text = words.joined(separator: " ")
        if text.isEmpty {
            guard let p = pending else {
                let m = music.isEmpty ? "" : " and \(music.count) music file\(music.count == 1 ? "" : "s")"
                return PromptReply(lines: ["Got \(photos.count) photo\(photos.count == 1 ? "" : "s")\(m). What would you like? For example: \"\(Self.examples[0])\""], action: nil)
            }
            text = p
        }
        return handle(text)
    }

    private mutating func handle(_ text: String) -> PromptReply {
        let intent = IntentRouter.route(text, inputs: photos + music, online: online)
        switch intent {
        case .export:
            guard let t = timeline else { return PromptReply(lines: ["Nothing to export yet: share your images and say what to make."], action: nil) }
            return PromptReply(lines: ["Exporting."], action: .export(t))
        case .status:
            return PromptReply(lines: timeline?.summaryLines ?? ["No timeline yet: share your images and say what to make."], action: nil)
        case .credits, .upload:
            if !online { return PromptReply(lines: [PromptReport.offlineAnswer(for: intent)!], action: nil) }
            if case .upload(let files) = intent { return PromptReply(lines: ["Uploading \(files.count) file(s)."], action: .upload(files)) }
            return PromptReply(lines: [], action: .credits)
        case .cloudChat(let message, let reason):
            return PromptReply(lines: ["Asking the cloud (\(reason))…"], action: .cloudChat(message))
        case .edit(let interpretation):
            return edit(interpretation)
        case .undo(let steps):
            guard !history.isEmpty else { return PromptReply(lines: ["Nothing to undo."], action: nil) }
            let n = min(max(steps, 1), history.count)
            for _ in 0..<n {
                if let t = timeline { undone.append(t) }
                timeline = history.popLast()
            }
            guard let t = timeline else { return PromptReply(lines: ["Nothing to undo."], action: nil) }
            return PromptReply(lines: [Self.stepLine(back: true, done: n, asked: steps)] + t.summaryLines, action: .render(t, .standard))
        case .redo(let steps):
            guard !undone.isEmpty else { return PromptReply(lines: ["Nothing to redo."], action: nil) }
            let n = min(max(steps, 1), undone.count)
            for _ in 0..<n {
                if let t = timeline { history.append(t) }
                timeline = undone.popLast()
            }
            guard let t = timeline else { return PromptReply(lines: ["Nothing to redo."], action: nil) }
            return PromptReply(lines: [Self.stepLine(back: false, done: n, asked: steps)] + t.summaryLines, action: .render(t, .standard))
        }
    }

    /// What an undo or redo of `asked` steps did when `done` could be taken ("Undone 2 of the 5
    /// changes asked: only 2 earlier drafts are kept.").
    static func stepLine(back: Bool, done: Int, asked: Int) -> String {
        let changes = done == 1 ? "change" : "changes"
        if done >= asked {
            if done == 1 { return back ? "Undone: back to the draft before the last change." : "Redone." }
            return back ? "Undone \(done) \(changes): back to the draft before the last \(done) changes." : "Redone \(done) \(changes)."
        }
        return back ? "Undone \(done) of the \(asked) changes asked: only \(done) earlier \(done == 1 ? "draft was" : "drafts were") kept (at most \(historyLimit) are)."
            : "Redone \(done) of the \(asked) changes asked: only \(done) \(done == 1 ? "was" : "were") undone."
    }

    private mutating func edit(_ interpretation: Interpretation) -> PromptReply {
        if timeline == nil && photos.isEmpty {
            pending = interpretation.text
            return PromptReply(lines: PromptReport.lines(for: interpretation, edit: nil, online: online)
                + ["Share your images and I'll get started…"], action: nil)
        }
        pending = nil
        do {
            let result = try timeline.map { try editor.apply(interpretation.plan, to: $0) }
                ?? editor.makeTimeline(interpretation.plan, photos: photos)
            if let t = timeline {
                history.append(t)
                if history.count > Self.historyLimit { history.removeFirst() }
            }
            undone = []
            timeline = result.timeline
            return PromptReply(lines: PromptReport.lines(for: interpretation, edit: result, online: online),
                               action: .render(result.timeline, interpretation.quality))
        } catch {
            return PromptReply(lines: PromptReport.lines(for: interpretation, edit: nil, online: online) + ["Could not do that: \(error)"], action: nil)
        }
    }

    /// Splits a line as a shell would for dropped paths (quotes and backslash escapes respected),
    /// giving each word and its text as typed.
    static func shellWords(_ s: String) -> [(word: String, raw: String)] {
        var out: [(String, String)] = []
        var cur = "", raw = ""
        var quote: Character?
        var escaped = false
        var any = false
        func flush() {
            if any || !cur.isEmpty { out.append((cur, raw)) }
            cur = ""
            raw = ""
            any = false
        }
        for c in s {
            if quote == nil, !escaped, c == " " || c == "\t" {
                flush()
                continue
            }
            raw.append(c)
            if escaped { cur.append(c); escaped = false; continue }
            if c == "\\", quote != "'" { escaped = true; any = true; continue }
            if let q = quote {
                if c == q { quote = nil } else { cur.append(c) }
                continue
            }
            if c == "'" || c == "\"" || c == "“" || c == "‘" {
                // an apostrophe inside a word ("I'll") is text, not a quote
                if c == "'", !cur.isEmpty { cur.append(c); continue }
                quote = c == "“" ? "”" : c == "‘" ? "’" : c
                any = true
                continue
            }
            cur.append(c)
        }
        flush()
        return out
    }
}
