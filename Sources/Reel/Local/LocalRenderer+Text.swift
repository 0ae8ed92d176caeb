import Foundation
import ReelCompositor
import ReelText
import ReelTimeline

/// Titles and captions in a local render: the text tracks' segments, drawn once each by
/// `TextRenderer` and blended over the photos by the compositor.
extension LocalRenderer {
    /// Warnings about the timeline's titles and captions: characters that neither their font
    /// nor any installed fallback font can draw (the render leaves them out). Show them before
    /// rendering.
    ///
    /// - Throws: ``ReelError`` (`badInput`) naming the segment when a text key is invalid or a
    ///   font cannot be loaded.
    public func textWarnings(_ timeline: Timeline, base: URL? = nil) throws -> [String] {
        let renderer = text
        do {
            return try textItems(TextPlanner(timeline: timeline), base: base).compactMap { item in
                try item.wrap { try renderer.missingGlyphWarning(for: item.text, font: item.appearance.font, label: item.label) }
            }
        } catch {
            throw ReelError(error)
        }
    }

    /// The overlays for the timeline's text segments at `size`, or nil when it has none. Every
    /// font is loaded first, so a bad font fails before any output exists.
    func makeOverlaySource(_ timeline: Timeline, base: URL?, size: PixelSize) throws -> OverlaySource? {
        let planner = TextPlanner(timeline: timeline)
        guard !planner.items.isEmpty else { return nil }
        let items = try textItems(planner, base: base)
        let renderer = text
        for item in items {
            _ = try item.wrap { try renderer.fontFamily(for: item.text, font: item.appearance.font) }
        }
        return OverlayCache(planner: planner) { i in
            let item = items[i]
            return try item.wrap { try renderer.overlay(for: item.text, appearance: item.appearance, frame: size) }
        }
    }

    /// The text segments `TextPlanner` shows, in its order, with checked keys and font paths
    /// resolved against `base`.
    func textItems(_ planner: TextPlanner, base: URL?) throws -> [TextItem] {
        let resolver = MediaResolver(base: base)
        return try planner.items.map { p in
            let path = "t[\(p.track)].sg[\(p.index)]"
            var appearance = try p.segment.textAppearance(path: path)
            if let font = appearance.font {
                let url = try resolver.localFile(font, path: path + ".font")
                guard FileManager.default.isReadableFile(atPath: url.path) else {
                    throw InputError("\(path).font: \(url.path): no such font file; fix the path or pass --font", file: url.path, path: path + ".font")
                }
                appearance.font = url.path
            }
            let isCaption = appearance.effectivePosition == .lowerThird
            return TextItem(path: path, text: p.segment.text ?? "", appearance: appearance,
                            label: isCaption ? "caption \(p.index + 1)" : "title")
        }
    }
}

/// One text segment ready to draw.
struct TextItem: Sendable {
    /// JSON path of the segment, e.g. `t[1].sg[0]`.
    var path: String
    var text: String
    /// Checked keys; `font` is an absolute path.
    var appearance: TextAppearance
    /// `title` or `caption N`, for messages.
    var label: String

    /// Runs `body`, turning font errors into input errors that name the segment.
    func wrap<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch let e as FontError {
            throw InputError("\(path) (\(label)): \(e)", file: e.file, path: path)
        }
    }
}
