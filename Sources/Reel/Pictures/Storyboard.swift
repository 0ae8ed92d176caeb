import Foundation
import ReelCompositor
import ReelText
import ReelTimeline

/// A contact sheet of a timeline: one thumbnail per video segment, in a grid, each with a label
/// giving its number, start time and the transition into it, and marks for its Ken Burns motion
/// (an arrow where the view travels; a circle with + for a zoom in, − for a zoom out) — so a plan
/// can be checked at a glance without rendering it.
///
/// Each thumbnail is the composited frame `RepresentativeFrame.frame(ofSegment:in:)` chooses
/// (the middle of the segment's solo frames), rendered at the thumbnail size, titles included.
public struct Storyboard: Sendable {
    /// One cell of the sheet: what it shows and what its label says.
    public struct Cell: Sendable, Hashable {
        /// Index of the segment in the first video track.
        public var segment: Int
        /// The frame the thumbnail shows.
        public var frame: Int
        /// When the segment starts, ms.
        public var startMs: Int
        /// The transition into the segment (`tr.k`), nil for the first one or none.
        public var transition: TransitionKind?
        /// The Ken Burns motion, nil when the segment holds still.
        public var motion: KenBurns?

        /// The label's first line: the segment's number and start, e.g. `3  5.2 s`.
        public var heading: String { "\(segment + 1)  \(FrameTime.secondsText(startMs)) s" }
        /// The label's second line: the transition into the segment (`start` for the first).
        public var transitionName: String { segment == 0 ? "start" : transition?.rawValue ?? TransitionKind.cut.rawValue }
    }

    /// The longest side of a thumbnail, px (the other follows the video's shape, even).
    public static let thumbnailLongSide = 320
    /// Space around the sheet and between cells, px.
    public static let margin = 12
    /// Height of the label strip under each thumbnail (two lines), px.
    public static let labelHeight = 2 * lineHeight
    /// Height of one label line, px (the motion marks sit on the first).
    public static let lineHeight = 22
    /// The most segments one sheet draws (a 400-cell sheet is about 40 megapixels).
    public static let maxCells = 400

    /// Columns of the grid; nil = 4 (fewer when there are fewer segments; more past 64 segments).
    public var columns: Int?

    /// A storyboard with `columns` cells a row (nil: the default).
    public init(columns: Int? = nil) { self.columns = columns }

    /// The cells of `timeline`'s first video track, in order.
    public static func cells(for timeline: Timeline) -> [Cell] {
        let segments = timeline.videoTracks.first?.segments ?? []
        return segments.indices.compactMap { i in
            guard let frame = RepresentativeFrame.frame(ofSegment: i, in: timeline) else { return nil }
            let s = segments[i]
            return Cell(segment: i, frame: frame, startMs: s.startMs, transition: i == 0 ? nil : s.transition?.kind,
                        motion: s.kenBurns.flatMap { $0.from == $0.to ? nil : $0 })
        }
    }

    /// The size thumbnails have for a video of `profile`'s shape.
    public static func thumbnailSize(for profile: OutputProfile) -> PixelSize {
        let w = Double(profile.width), h = Double(profile.height), long = Double(thumbnailLongSide)
        func even(_ v: Double) -> Int { max(2, Int((v / 2).rounded()) * 2) }
        return w >= h ? PixelSize(width: thumbnailLongSide, height: even(long * h / w))
                      : PixelSize(width: even(long * w / h), height: thumbnailLongSide)
    }

    /// The grid for `count` cells of `thumbnail` size.
    public func grid(count: Int, thumbnail: PixelSize) -> Grid {
        let cols = max(1, min(count, columns ?? (count > 64 ? Int(Double(count).squareRoot().rounded(.up)) : 4)))
        return Grid(columns: cols, rows: max(1, (count + cols - 1) / cols), thumbnail: thumbnail)
    }

    /// Where the cells of a sheet are.
    public struct Grid: Sendable, Hashable {
        /// Cells a row.
        public var columns: Int
        /// Rows of cells.
        public var rows: Int
        /// The size of each thumbnail.
        public var thumbnail: PixelSize

        /// The whole sheet's size.
        public var sheetSize: PixelSize {
            let m = Storyboard.margin
            return PixelSize(width: m + columns * (thumbnail.width + m),
                             height: m + rows * (thumbnail.height + Storyboard.labelHeight + m))
        }

        /// The top-left corner of cell `i`'s thumbnail (cells run left to right, then down).
        public func thumbnailOrigin(ofCell i: Int) -> (x: Int, y: Int) {
            let m = Storyboard.margin
            return (m + (i % columns) * (thumbnail.width + m), m + (i / columns) * (thumbnail.height + Storyboard.labelHeight + m))
        }

        /// The label strip under cell `i`'s thumbnail: origin and size.
        public func labelRect(ofCell i: Int) -> (x: Int, y: Int, width: Int, height: Int) {
            let o = thumbnailOrigin(ofCell: i)
            return (o.x, o.y + thumbnail.height, thumbnail.width, Storyboard.labelHeight)
        }
    }

    /// Draws the sheet for `timeline` (photos and clips resolved against `base`).
    ///
    /// - Parameter output: the file the sheet is meant for, refused when it is one of the files
    ///   the timeline reads.
    /// - Throws: ``ReelError``: `badInput` for an empty timeline or one with more than `maxCells`
    ///   segments, or an `output` that is an input; the renderer's errors for photos, clips or fonts.
    public func render(_ timeline: Timeline, base: URL?, checkingOutput output: URL? = nil,
                       renderer: LocalRenderer = LocalRenderer()) throws -> RGBAImage {
        do {
            return try renderUnmapped(timeline, base: base, checkingOutput: output, renderer: renderer)
        } catch {
            throw ReelError(error, videoTrack: timeline.videoTrackIndex)
        }
    }

    private func renderUnmapped(_ timeline: Timeline, base: URL?, checkingOutput output: URL?,
                                renderer: LocalRenderer) throws -> RGBAImage {
        try timeline.validate()
        if let output {
            let inputs = try RenderInputs.sources(timeline, base: base) + LocalRenderer.audioFiles(timeline, base: base)
            func same(_ u: URL) -> String { u.standardizedFileURL.resolvingSymlinksInPath().path }
            if inputs.contains(where: { same($0) == same(output) }) {
                throw InputError("\(output.path): the storyboard would overwrite one of the inputs; choose another name")
            }
        }
        let cells = Self.cells(for: timeline)
        guard !cells.isEmpty else { throw InputError("the timeline is empty: it has no video segments to draw") }
        guard cells.count <= Self.maxCells else {
            throw InputError("the timeline has \(cells.count) segments; a storyboard draws at most \(Self.maxCells) (split the draft)")
        }
        let thumb = Self.thumbnailSize(for: timeline.profile)
        let grid = grid(count: cells.count, thumbnail: thumb)
        let compositor = try renderer.makeCompositor(timeline, base: base, size: thumb)
        var sheet = SheetCanvas(size: grid.sheetSize)
        let text = TextRenderer()
        let size = 15.0 / Double(Self.lineHeight)  // 15 px type
        let bright = TextAppearance(position: .center, size: size, color: TextColor(red: 235, green: 235, blue: 235), effect: TextEffect.none)
        let dim = TextAppearance(position: .center, size: size, color: TextColor(red: 175, green: 175, blue: 175), effect: TextEffect.none)
        // Laid out in a wide box so nothing wraps; what is longer than the cell is cut off.
        let line = PixelSize(width: 4096, height: Self.lineHeight)
        for (i, cell) in cells.enumerated() {
            let o = grid.thumbnailOrigin(ofCell: i)
            sheet.paste(BT709.rgba(from: try compositor.frame(at: cell.frame)), x: o.x, y: o.y)
            let l = grid.labelRect(ofCell: i)
            let icons = cell.motion == nil ? 0 : 2 * SheetCanvas.iconSize + 4
            if let overlay = try text.overlay(for: cell.heading, appearance: bright, frame: line) {
                sheet.blendText(overlay, x: l.x + 2, y: l.y, clip: (l.x, l.y, l.width - icons, Self.lineHeight), colour: (235, 235, 235))
            }
            if let overlay = try text.overlay(for: cell.transitionName, appearance: dim, frame: line) {
                sheet.blendText(overlay, x: l.x + 2, y: l.y + Self.lineHeight, clip: (l.x, l.y + Self.lineHeight, l.width, Self.lineHeight),
                                colour: (175, 175, 175))
            }
            if let kb = cell.motion {
                let right = l.x + l.width - SheetCanvas.iconSize
                sheet.drawPan(dx: kb.to.x - kb.from.x, dy: kb.to.y - kb.from.y, x: right, y: l.y)
                sheet.drawZoom(ratio: kb.to.zoom / kb.from.zoom, x: right - SheetCanvas.iconSize - 2, y: l.y)
            }
        }
        return sheet.image
    }
}
