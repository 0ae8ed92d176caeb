import Foundation
import ReelCompositor
@testable import ReelText
import ReelTimeline

/// A still source of one flat grey-blue photo per segment, made in memory.
final class FlatStills: StillSource, @unchecked Sendable {
    let still: PreparedStill
    init(size: PixelSize) {
        still = PreparedStill(canvas: BT709.yuv(from: RGBAImage(width: size.width, height: size.height, fill: (70, 90, 120, 255))), fit: .fill)
    }
    func still(forSegment i: Int) throws -> PreparedStill { still }
    func advance(toFrame n: Int) {}
}

enum TextFixtures {
    static let dejaVuBold = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

    /// A Latin-only font, when one is installed (fonts-dejavu-core).
    static var latinFont: String? {
        FileManager.default.isReadableFile(atPath: dejaVuBold) ? dejaVuBold : nil
    }

    /// A font with Chinese glyphs found through fontconfig or the well-known paths, if any.
    static var cjkFont: FontFile? {
        FontLocator.system.fallbacks(for: ["东", "京"]).first { file in
            guard let lib = try? FreeTypeLibrary(), let face = try? FontFace(library: lib, file: file.path, index: file.index) else { return false }
            return face.covers("东") && face.covers("京")
        }
    }

    /// A timeline of one still photo lasting `ms`, with the given text segments on a text track.
    static func timeline(photoMs: Int = 6000, size: PixelSize = PixelSize(width: 640, height: 360), text: [Segment]) -> Timeline {
        var t = Timeline(tracks: [Track(kind: .video, segments: [Segment(source: "a.jpg", startMs: 0, durationMs: photoMs)])],
                         profile: OutputProfile(width: size.width, height: size.height, fps: 30))
        if !text.isEmpty { t.tracks.append(Track(kind: .text, segments: text)) }
        return t
    }

    /// A compositor drawing the timeline's text with a real `TextRenderer`.
    static func compositor(_ t: Timeline, renderer: TextRenderer = TextRenderer()) -> FrameCompositor {
        let size = PixelSize(width: t.profile.width, height: t.profile.height)
        let planner = TextPlanner(timeline: t)
        let overlays = OverlayCache(planner: planner) { i in
            let seg = planner.items[i].segment
            return try renderer.overlay(for: seg.text ?? "", appearance: seg.textAppearance, frame: size)
        }
        return FrameCompositor(timeline: t, output: size, stills: FlatStills(size: size), overlays: overlays)
    }

    /// Sum of absolute luma differences, and the bounding rows and columns that differ.
    static func difference(_ a: YUVFrame, _ b: YUVFrame) -> (sum: Int, rows: ClosedRange<Int>?, cols: ClosedRange<Int>?) {
        var sum = 0
        var top = Int.max, bottom = -1, left = Int.max, right = -1
        for y in 0..<a.height {
            for x in 0..<a.width {
                let d = abs(Int(a.y[x, y]) - Int(b.y[x, y])) + abs(Int(a.u[x / 2, y / 2]) - Int(b.u[x / 2, y / 2]))
                guard d > 0 else { continue }
                sum += d
                top = min(top, y); bottom = max(bottom, y); left = min(left, x); right = max(right, x)
            }
        }
        return (sum, bottom >= 0 ? top...bottom : nil, right >= 0 ? left...right : nil)
    }
}
