import Foundation
import ReelPrompt
import ReelTimeline

/// Editing a draft file in place: saving an edit with its undo history, and stepping back and
/// forth through it.
extension DraftHistory {
    /// Writes `timeline` to the draft file, its local sources re-expressed for the draft's
    /// folder (they resolved against `base`, the working directory when nil), and keeps the
    /// version the file held for undo.
    ///
    /// - Returns: the timeline as written (sources relative to the draft's folder).
    /// - Throws: `InputError` when the history or the draft cannot be written.
    @discardableResult
    public func save(_ timeline: Timeline, base: URL?) throws -> Timeline {
        let folder = draft.deletingLastPathComponent()
        let t = timeline.rebasingSources(from: base ?? URL(fileURLWithPath: FileManager.default.currentDirectoryPath), to: folder)
        if FileManager.default.fileExists(atPath: draft.path), let before = try? Data(contentsOf: draft) { try record(before) }
        try write(t.draftJSON())
        return t
    }

    /// Undo (`back`) or redo of up to `count` edits: the version to go to, checked as a draft,
    /// with how many steps it is from the current one (fewer than `count` when the history holds
    /// fewer: at most `limit` versions are kept), or nil when there is nothing to step to.
    /// With `write` the draft file and the history both move; without, nothing is changed.
    ///
    /// - Throws: `InputError` when the draft does not exist or cannot be written; `DraftError`
    ///   when the version is not a usable draft.
    public func step(back: Bool, count: Int = 1, write: Bool = true) throws -> (timeline: Timeline, data: Data, steps: Int)? {
        guard let current = try? Data(contentsOf: draft) else { throw InputError("\(draft.path): no such draft") }
        // the version to go to, checked before anything moves
        guard let (target, steps) = try peek(back: back, count: max(count, 1)) else { return nil }
        let t = try Timeline(draftJSON: target, file: draft.path)
        guard write else { return (t, target, steps) }
        var data = current
        for _ in 0..<steps {
            guard let next = try back ? undo(data) : redo(data) else { break }
            data = next
        }
        try self.write(data)
        return (t, data, steps)
    }

    private func write(_ data: Data) throws {
        do { try data.write(to: draft, options: .atomic) } catch {
            throw InputError("\(draft.path): cannot write the draft (\(error.localizedDescription))")
        }
    }
}

/// "cut to the beat" on a plan's result.
extension DraftEdit {
    /// Moves every cut of the edited timeline onto a beat of its music (files resolved against
    /// `base`), noting the change, or why it could not be done (no music, too few clear beats).
    ///
    /// - Parameter progress: told how far the listening has come (a long song takes seconds).
    /// - Throws: when the music cannot be decoded.
    public mutating func syncCutsToBeats(base: URL?, progress: ((BeatAnalysisProgress) -> Void)? = nil) throws {
        guard timeline.tracks.contains(where: { $0.kind == .audio }) else {
            notDone.append("cuts on the beat: there is no music to follow; give a song with the request (e.g. song.mp3)")
            return
        }
        if try timeline.syncCutsToMusicBeats(base: base, progress: progress) {
            changes.append("cuts: on the beat")
        } else {
            notDone.append("cuts on the beat: the music has too few clear beats to put every cut on one with photos of \(FrameTime.secondsText(DraftLimits.beatSyncPhotoMs.lowerBound))–\(FrameTime.secondsText(DraftLimits.beatSyncPhotoMs.upperBound)) s")
        }
    }
}
