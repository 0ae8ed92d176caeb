import Foundation

/// Titles and captions on a slideshow: each set goes on its own text track (`tt` 7).
extension Slideshow {
    /// The default length of an opening title, ms.
    public static let defaultTitleDurationMs = DraftDefaults.titleMs

    /// Adds an opening title: a text track with one segment from 0 ms, centred by default.
    /// The title never outlasts the video.
    ///
    /// - Throws: `DraftError` when the text is empty or the duration is not positive.
    public static func addTitle(_ text: String, durationMs: Int = defaultTitleDurationMs,
                                appearance: TextAppearance = TextAppearance(position: .center),
                                to timeline: inout Timeline) throws {
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw DraftError(path: "", message: "the title is empty; give the text to show")
        }
        guard durationMs > 0 else {
            throw DraftError(path: "", message: "the title must last more than 0 seconds (got \(durationMs) ms)")
        }
        let end = timeline.durationMs > 0 ? min(durationMs, timeline.durationMs) : durationMs
        var segment = Segment(startMs: 0, durationMs: end, text: text)
        segment.textAppearance = appearance
        timeline.tracks.append(Track(kind: .text, segments: [segment]))
    }

    /// Adds one caption per photo, in the order of the first video track: caption `i` is shown
    /// on photo `i` (nil or blank = none). A caption runs from the middle of the transition into
    /// its photo to the middle of the transition out of it, so consecutive captions never overlap;
    /// it sits in the lower third by default.
    ///
    /// - Throws: `DraftError` when there are more captions than photos.
    public static func addCaptions(_ captions: [String?],
                                   appearance: TextAppearance = TextAppearance(position: .lowerThird),
                                   to timeline: inout Timeline) throws {
        let photos = timeline.videoTracks.first?.segments ?? []
        guard captions.count <= photos.count else {
            throw DraftError(path: "", message: "\(captions.count) captions for \(photos.count) photo\(photos.count == 1 ? "" : "s"): give at most one caption per photo")
        }
        var segments: [Segment] = []
        for (i, caption) in captions.enumerated() {
            guard let text = caption, !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { continue }
            let photo = photos[i]
            let into = photo.transition?.durationMs ?? 0
            let out = i + 1 < photos.count ? photos[i + 1].transition?.durationMs ?? 0 : 0
            let start = photo.startMs + into / 2
            let end = max(start + 1, photo.endMs - out / 2)
            var segment = Segment(startMs: start, durationMs: end - start, text: text)
            segment.textAppearance = appearance
            segments.append(segment)
        }
        guard !segments.isEmpty else { return }
        timeline.tracks.append(Track(kind: .text, segments: segments))
    }
}

extension Slideshow {
    /// Reads a captions file: line N is photo N's caption (an empty line gives none), unless the
    /// line starts with one of the photos' file names and a colon (`beach.jpg: At the beach`),
    /// in which case it goes to that photo. A literal `\n` in a caption breaks the line.
    /// A byte-order mark, `\r\n` line ends and trailing empty lines are accepted.
    ///
    /// - Parameters:
    ///   - photoNames: the photos' file names, in timeline order.
    ///   - file: named in errors.
    /// - Returns: one entry per photo (nil = no caption), trailing nils dropped.
    /// - Throws: `DraftError` for a caption line past the last photo.
    public static func captions(fromSidecar content: String, photoNames: [String], file: String) throws -> [String?] {
        var text = Substring(content)
        if text.hasPrefix("\u{FEFF}") { text = text.dropFirst() }
        let lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
        var out = [String?](repeating: nil, count: photoNames.count)
        let names = photoNames.map { $0.lowercased() }
        for (n, raw) in lines.enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty { continue }
            var target = n
            var caption = line
            if let colon = line.firstIndex(of: ":"), let i = names.firstIndex(of: line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()) {
                target = i
                caption = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            }
            guard target < photoNames.count else {
                throw DraftError(file: file, path: "", message: "line \(n + 1) has a caption but there \(photoNames.count == 1 ? "is 1 photo" : "are \(photoNames.count) photos"); one line per photo, in order")
            }
            out[target] = caption.isEmpty ? nil : unescapingLineBreaks(caption)
        }
        while out.last == .some(nil) { out.removeLast() }
        return out
    }

    /// A literal `\n` (backslash, n) as a line break.
    public static func unescapingLineBreaks(_ text: String) -> String {
        text.replacingOccurrences(of: "\\n", with: "\n")
    }
}

/// One font for every title and caption.
extension Timeline {
    /// Sets `font` (a font file's path, as a draft stores it) on every segment of every text
    /// track: what `--font` does.
    public mutating func setTextFont(_ path: String) {
        for t in tracks.indices where tracks[t].kind == .text {
            for s in tracks[t].segments.indices { tracks[t].segments[s].textAppearance.font = path }
        }
    }
}
