import Foundation
import ReelTimeline

/// Supplies the overlays (titles, captions) drawn over the photos of a frame.
public protocol OverlaySource: AnyObject, Sendable {
    /// The overlays shown in frame `n`, bottom first, each with its opacity (0–1).
    func overlays(forFrame n: Int) throws -> [(overlay: TextOverlay, opacity: Double)]
}

/// The text segments of a timeline and when each shows: frame ranges and fade opacities in
/// exact integer time. Pure, like `FramePlanner`.
public struct TextPlanner: Sendable {
    /// One text segment with something to show.
    public struct Item: Sendable, Hashable {
        /// Index of the track in the timeline, and of the segment in the track (for JSON paths).
        public var track: Int
        /// Index of the segment in its track.
        public var index: Int
        /// The text segment.
        public var segment: Segment
        /// Fade-in in effect, ms.
        public var fadeInMs: Int
        /// Fade-out in effect, ms.
        public var fadeOutMs: Int
    }

    /// Text segments with non-blank text, tracks in draft order (later tracks draw on top).
    public let items: [Item]
    /// Frames per second of the timeline.
    public let fps: Int

    /// The plan for a timeline's text tracks.
    public init(timeline: Timeline) {
        fps = timeline.profile.fps
        var items: [Item] = []
        for (ti, track) in timeline.tracks.enumerated() where track.kind == .text {
            for (si, seg) in track.segments.enumerated() {
                guard let text = seg.text, !text.allSatisfy(\.isWhitespace), seg.durationMs > 0 else { continue }
                let fades = seg.textAppearance.fades(durationMs: seg.durationMs)
                items.append(Item(track: ti, index: si, segment: seg, fadeInMs: fades.inMs, fadeOutMs: fades.outMs))
            }
        }
        self.items = items
    }

    /// The first and last (exclusive) frame in which item `i` is shown.
    public func frameRange(ofItem i: Int) -> Range<Int> {
        let s = items[i].segment
        return FrameTime.firstFrame(atOrAfter: s.startMs, fps: fps)..<FrameTime.firstFrame(atOrAfter: s.endMs, fps: fps)
    }

    /// The items shown in frame `n` with their opacity, in drawing order. An item is active when
    /// `start <= t < end` (tested exactly as `n·1000` vs `ms·fps`); its opacity rises linearly
    /// over the fade-in from the start and falls over the fade-out to the end. Items whose
    /// opacity is 0 in this frame are left out.
    public func active(frame n: Int) -> [(item: Int, opacity: Double)] {
        let t = FrameTime.milliseconds(frame: n, fps: fps)
        var out: [(Int, Double)] = []
        for (i, item) in items.enumerated() {
            let s = item.segment
            guard n * 1000 >= s.startMs * fps && n * 1000 < s.endMs * fps else { continue }
            let o = Self.opacity(atMs: t, start: s.startMs, end: s.endMs, fadeIn: item.fadeInMs, fadeOut: item.fadeOutMs)
            if o > 0 { out.append((i, o)) }
        }
        return out
    }

    /// Opacity at time `t` of a segment from `start` to `end` with linear fades.
    public static func opacity(atMs t: Double, start: Int, end: Int, fadeIn: Int, fadeOut: Int) -> Double {
        var o = 1.0
        if fadeIn > 0 { o = min(o, (t - Double(start)) / Double(fadeIn)) }
        if fadeOut > 0 { o = min(o, (Double(end) - t) / Double(fadeOut)) }
        return max(0, min(1, o))
    }
}

/// Prepares each text segment's overlay once, the first time a frame shows it, and drops it
/// after its last frame, so memory holds only the titles on screen.
///
/// `load` turns a planner item index into an overlay (nil = nothing to draw); it runs on the
/// compositing thread.
public final class OverlayCache: OverlaySource, @unchecked Sendable {
    /// Which overlays show when.
    public let planner: TextPlanner
    private let load: @Sendable (Int) throws -> TextOverlay?
    private let lock = NSLock()
    private var entries: [Int: TextOverlay?] = [:]

    /// A cache that makes each overlay with `load` when it is first needed.
    public init(planner: TextPlanner, load: @escaping @Sendable (Int) throws -> TextOverlay?) {
        self.planner = planner
        self.load = load
    }

    /// The overlays shown in frame `n` with their fade opacity, made on first use and dropped when over.
    public func overlays(forFrame n: Int) throws -> [(overlay: TextOverlay, opacity: Double)] {
        let active = planner.active(frame: n)
        lock.lock()
        defer { lock.unlock() }
        for key in entries.keys where !planner.frameRange(ofItem: key).contains(n) {
            entries[key] = nil
        }
        var out: [(overlay: TextOverlay, opacity: Double)] = []
        for (i, opacity) in active {
            let overlay: TextOverlay?
            if let cached = entries[i] {
                overlay = cached
            } else {
                overlay = try load(i)
                entries[i] = .some(overlay)
            }
            if let overlay { out.append((overlay, opacity)) }
        }
        return out
    }

    /// Number of overlays currently held (for tests).
    @_spi(Testing) public var residentCount: Int {
        lock.lock(); defer { lock.unlock() }
        return entries.count
    }
}
