import Foundation

extension Timeline {
    /// One line per track, in the product's own form:
    /// `Timeline (3 tracks): 1. Video: 10 photos (0-25.5s) 2. BGM: song.mp3 (0-25.5s, 35%) 3. Title: "Urban Dreams" (0-3s)`.
    public var summary: String {
        let parts = tracks.enumerated().map { i, t in "\(i + 1). " + Self.describe(t) }
        let count = tracks.count == 1 ? "1 track" : "\(tracks.count) tracks"
        return "Timeline (\(count)): " + parts.joined(separator: " ")
    }

    /// The same, one track per line (for terminals).
    public var summaryLines: [String] {
        let count = tracks.count == 1 ? "1 track" : "\(tracks.count) tracks"
        return ["Timeline (\(count)):"] + tracks.enumerated().map { i, t in "  \(i + 1). " + Self.describe(t) }
    }

    private static func describe(_ t: Track) -> String {
        let start = t.segments.map(\.startMs).min() ?? 0
        let end = t.segments.map(\.endMs).max() ?? 0
        let span = "\(FrameTime.secondsText(start))-\(FrameTime.secondsText(end))s"
        switch t.kind {
        case .video:
            // Clips are named apart from photos ("9 photos, 4 clips"); photos alone read as before.
            let clips = t.segments.filter { MediaKind(source: $0.source ?? "") == .clip }.count
            let photos = t.segments.count - clips
            func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
            let parts = clips == 0 ? [count(photos, "photo")]
                : photos == 0 ? [count(clips, "clip")] : [count(photos, "photo"), count(clips, "clip")]
            return "Video: \(parts.joined(separator: ", ")) (\(span))"
        case .audio:
            let names = t.segments.compactMap(\.source).map { ($0 as NSString).lastPathComponent }
            let vol = t.segments.first?.volume.map { ", \(Int(($0 * 100).rounded()))%" } ?? ""
            return "BGM: \(names.isEmpty ? "music" : names.joined(separator: " + ")) (\(span)\(vol))"
        case .text:
            if t.segments.count == 1, let text = t.segments[0].text {
                return "Title: \"\(text)\" (\(span))"
            }
            return "Text: \(t.segments.count) caption\(t.segments.count == 1 ? "" : "s") (\(span))"
        case .other(let code):
            return "Track type \(code): \(t.segments.count) segment\(t.segments.count == 1 ? "" : "s") (\(span))"
        }
    }
}
