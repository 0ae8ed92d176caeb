import Foundation
import ReelTimeline

/// Earlier versions of a draft edited with `reel ask … --draft FILE`, kept beside it in
/// `.FILE.history/` (`undo/` and `redo/`, numbered JSON files, the newest highest) so that
/// "undo" and "redo" can step back and forth, one edit or several ("undo the last 3 changes").
public struct DraftHistory: Sendable {
    /// The draft file.
    public let draft: URL
    /// How many earlier versions are kept.
    public static let limit = 20

    /// A draft's history (`draft` need not exist yet).
    public init(draft: URL) { self.draft = draft }

    /// The history's folder, `.FILE.history/` beside the draft.
    public var folder: URL { draft.deletingLastPathComponent().appendingPathComponent("." + draft.lastPathComponent + ".history") }

    /// Before an edit: keeps `current` for undo and forgets what was undone.
    public func record(_ current: Data) throws {
        try push(current, "undo")
        try? FileManager.default.removeItem(at: folder.appendingPathComponent("redo"))
    }

    /// The draft before the last edit (nil when there is none); `current` is kept for redo.
    public func undo(_ current: Data) throws -> Data? {
        guard let previous = try pop("undo") else { return nil }
        try push(current, "redo")
        return previous
    }

    /// The draft last undone (nil when there is none); `current` is kept for undo.
    public func redo(_ current: Data) throws -> Data? {
        guard let next = try pop("redo") else { return nil }
        try push(current, "undo")
        return next
    }

    /// The version `count` steps back (or forward) without moving anything, and how many steps
    /// that is (at most the versions kept); nil when there is none.
    func peek(back: Bool, count: Int) throws -> (data: Data, steps: Int)? {
        let kept = entries(back ? "undo" : "redo")
        guard !kept.isEmpty else { return nil }
        let steps = min(count, kept.count)
        let url = kept[kept.count - steps]
        do { return (try Data(contentsOf: url), steps) } catch {
            throw InputError("\(url.path): cannot read the draft's history (\(error.localizedDescription))")
        }
    }

    private func entries(_ kind: String) -> [URL] {
        let dir = folder.appendingPathComponent(kind)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.compactMap { name in Int((name as NSString).deletingPathExtension).map { ($0, name) } }
            .sorted { $0.0 < $1.0 }.map { dir.appendingPathComponent($0.1) }
    }

    private func push(_ data: Data, _ kind: String) throws {
        let dir = folder.appendingPathComponent(kind)
        do {
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            let old = entries(kind)
            let next = (old.last.flatMap { Int($0.deletingPathExtension().lastPathComponent) } ?? 0) + 1
            try data.write(to: dir.appendingPathComponent(String(format: "%06d.json", next)), options: .atomic)
            for url in old.dropLast(max(0, Self.limit - 1)) { try? FileManager.default.removeItem(at: url) }
        } catch {
            throw InputError("\(folder.path): cannot keep the draft's history (\(error.localizedDescription))")
        }
    }

    private func pop(_ kind: String) throws -> Data? {
        guard let last = entries(kind).last else { return nil }
        let data: Data
        do { data = try Data(contentsOf: last) } catch {
            throw InputError("\(last.path): cannot read the draft's history (\(error.localizedDescription))")
        }
        try? FileManager.default.removeItem(at: last)
        return data
    }

    /// The line that says what an undo or redo of `asked` steps did to the draft named `draft`
    /// (`done` steps), and why it did fewer than asked.
    public static func stepLine(back: Bool, draft: String, done: Int, asked: Int) -> String {
        if done == 1 && asked <= 1 {
            return back ? "Undone: \(draft) is back to the version before the last change." : "Redone: \(draft) has the change again."
        }
        let what = back ? "Undone \(done) change\(done == 1 ? "" : "s")" : "Redone \(done) change\(done == 1 ? "" : "s")"
        let result = back ? "\(draft) is back to the version before the last \(done == 1 ? "change" : "\(done) changes")."
            : "\(draft) has \(done == 1 ? "the change" : "those \(done) changes") again."
        guard done < asked else { return "\(what): \(result)" }
        let why = back ? "only \(done) earlier version\(done == 1 ? " was" : "s were") kept (at most \(limit) are)"
            : "only \(done) \(done == 1 ? "was" : "were") undone"
        return "\(what) of the \(asked) asked, \(why): \(result)"
    }
}
