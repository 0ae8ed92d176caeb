import Foundation
import ReelCompositor
@testable import ReelText
import ReelTimeline
import Testing

@Suite struct TitleRenderingTests {
    let size = PixelSize(width: 640, height: 360)

    @Test func titleIsVisibleOnlyDuringItsTime() throws {
        // Title from 1 s to 3 s; frames at 30 fps.
        let title = Segment(startMs: 1000, durationMs: 2000, text: "Summer 2024")
        let with = TextFixtures.compositor(TextFixtures.timeline(text: [title]))
        let without = TextFixtures.compositor(TextFixtures.timeline(text: []))
        for n in [0, 15, 29, 90, 91, 120, 179] {
            let d = TextFixtures.difference(try with.frame(at: n), try without.frame(at: n))
            #expect(d.sum == 0, "frame \(n) is outside the title's time but differs by \(d.sum)")
        }
        for n in [45, 60, 75] {
            let d = TextFixtures.difference(try with.frame(at: n), try without.frame(at: n))
            #expect(d.sum > 20_000, "frame \(n) shows the title; difference \(d.sum)")
            let rows = try #require(d.rows), cols = try #require(d.cols)
            #expect(rows.lowerBound > 100 && rows.upperBound < 260, "centred title spans rows \(rows)")
            #expect(cols.lowerBound > 64 && cols.upperBound < 576, "title spans columns \(cols)")
        }
    }

    @Test func titleFadesInAndOut() throws {
        // 400 ms fades at 30 fps: frames 30…42 rise, 78…89 fall.
        let title = Segment(startMs: 1000, durationMs: 2000, text: "Fade")
        let with = TextFixtures.compositor(TextFixtures.timeline(text: [title]))
        let without = TextFixtures.compositor(TextFixtures.timeline(text: []))
        func visible(_ n: Int) throws -> Int { TextFixtures.difference(try with.frame(at: n), try without.frame(at: n)).sum }
        let rising = try (30...42).map(visible)
        #expect(rising[0] == 0, "opacity 0 at the very start")
        for i in 0..<rising.count - 1 { #expect(rising[i] < rising[i + 1], "fade-in not increasing at frame \(30 + i): \(rising)") }
        let full = try visible(60)
        #expect(rising[12] == full, "at 1400 ms the fade-in is over")
        let falling = try (78...89).map(visible)
        for i in 0..<falling.count - 1 { #expect(falling[i] > falling[i + 1], "fade-out not decreasing: \(falling)") }
        #expect(falling[0] == full || falling[0] < full)
    }

    @Test func opacityFollowsExactFrameTime() {
        let t = TextFixtures.timeline(text: [Segment(startMs: 1000, durationMs: 2000, text: "x", extra: ["fi": .int(500), "fo": .int(0)])])
        let planner = TextPlanner(timeline: t)
        #expect(planner.frameRange(ofItem: 0) == 30..<90)
        #expect(planner.active(frame: 29).isEmpty)
        #expect(planner.active(frame: 30).isEmpty)            // opacity 0 at the start
        let o = planner.active(frame: 36)                        // 1200 ms → 200/500
        #expect(o.count == 1 && abs(o[0].opacity - 0.4) < 1e-9)
        #expect(planner.active(frame: 89).first?.opacity == 1)   // no fade-out
        #expect(planner.active(frame: 90).isEmpty)
    }

    @Test func positionsPlaceTheBlock() throws {
        let r = TextRenderer()
        func bounds(_ pos: TextPosition) throws -> (x: Range<Int>, y: Range<Int>) {
            let o = try #require(try r.overlay(for: "Grand Canyon", appearance: TextAppearance(position: pos), frame: size))
            return try #require(o.visibleBounds)
        }
        let lower = try bounds(.lowerThird), top = try bounds(.top), centre = try bounds(.center)
        #expect(lower.y.lowerBound >= size.height * 2 / 3, "lower-third text starts at row \(lower.y.lowerBound)")
        #expect(lower.y.upperBound <= size.height)
        #expect(top.y.upperBound <= size.height / 3, "top text ends at row \(top.y.upperBound)")
        #expect(centre.y.lowerBound > size.height / 3 && centre.y.upperBound < size.height * 2 / 3)
        let mid = (centre.x.lowerBound + centre.x.upperBound) / 2
        #expect(abs(mid - size.width / 2) <= 6, "centred horizontally (middle at \(mid))")
    }

    @Test func longTitleWrapsWithinTheSafeArea() throws {
        let r = TextRenderer()
        let text = "A very long opening title that cannot possibly fit on a single line of this small frame"
        let appearance = TextAppearance(size: 0.08)
        let o = try #require(try r.overlay(for: text, appearance: appearance, frame: size))
        let b = try #require(o.visibleBounds)
        #expect(b.x.lowerBound >= Int(Double(size.width) * 0.05) - 4 && b.x.upperBound <= Int(Double(size.width) * 0.95) + 8,
                "text spans columns \(b.x)")
        let one = try #require(try r.overlay(for: "Short", appearance: appearance, frame: size)?.visibleBounds)
        let lines = Double(b.y.count) / Double(one.y.count)
        #expect(lines >= 3, "expected several lines, block is \(b.y.count) rows against \(one.y.count) for one line")

        // The layout itself: every line fits, and words are kept whole.
        let face = try FontFace(library: FreeTypeLibrary(), file: try #require(FontLocator.system.defaultFont()).path)
        try face.setPixelSize(29)
        let layout = try TextLayout.make(text, faces: [face], maxWidth: 576)
        #expect(layout.lines.count >= 3)
        #expect(layout.lines.allSatisfy { $0.width <= 576 })
    }

    @Test func explicitLineBreaksAndCJKWrapping() throws {
        let face = try FontFace(library: FreeTypeLibrary(), file: try #require(FontLocator.system.defaultFont()).path)
        try face.setPixelSize(20)
        #expect(try TextLayout.make("One\nTwo\r\nThree", faces: [face], maxWidth: 1000).lines.count == 3)
        guard let cjk = TextFixtures.cjkFont else { return }
        let cface = try FontFace(library: FreeTypeLibrary(), file: cjk.path, index: cjk.index)
        try cface.setPixelSize(20)
        // Chinese has no spaces: it wraps between characters, never before 。
        let layout = try TextLayout.make("我们在东京度过了美好的一天。", faces: [cface], maxWidth: 100)
        #expect(layout.lines.count >= 3)
        #expect(layout.lines.allSatisfy { $0.width <= 100 })
        #expect(layout.lines.count == layout.lines.filter { !$0.glyphs.isEmpty }.count)
    }

    @Test func chineseTitleRendersGlyphsWithACJKFont() throws {
        let r = TextRenderer()
        let warning = try r.missingGlyphWarning(for: "东京", font: nil, label: "title")
        guard TextFixtures.cjkFont != nil else {
            // No CJK font on this machine (install fonts-noto-cjk to run the rendering check):
            // the user must be told clearly instead.
            print("ReelTextTests: no CJK font found; checking the warning instead of the glyphs")
            #expect(warning?.contains("has no glyphs for 2 characters (东京); install fonts-noto-cjk or pass --font") == true, "\(warning ?? "no warning")")
            return
        }
        #expect(warning == nil, "\(warning ?? "")")
        let o = try #require(try r.overlay(for: "东京", appearance: TextAppearance(size: 0.2), frame: size))
        var opaque = 0
        for y in 0..<o.height { for x in 0..<o.width where o.alpha(x, y) > 200 { opaque += 1 } }
        #expect(opaque > 2000, "only \(opaque) opaque pixels: the glyphs were not drawn")
        // Two ideographs side by side: wider than tall.
        let b = try #require(o.visibleBounds)
        #expect(b.x.count > b.y.count)
    }

    @Test func latinOnlyFontWarnsAboutMissingCharacters() throws {
        guard let latin = TextFixtures.latinFont else {
            print("ReelTextTests: DejaVu Sans Bold is not installed (fonts-dejavu-core); skipping")
            return
        }
        // A machine whose only font is DejaVu Sans Bold: nothing to fall back to.
        let r = TextRenderer(locator: .only([FontFile(path: latin)]))
        let w = try r.missingGlyphWarning(for: "东京 Tokyo", font: nil, label: "title")
        #expect(w == "title \"东京 Tokyo\": the font DejaVu Sans has no glyphs for 2 characters (东京); install fonts-noto-cjk or pass --font")
        #expect(try r.missingGlyphWarning(for: "Café — naïve", font: nil, label: "title") == nil)
        // The rest is still drawn.
        #expect(try r.overlay(for: "东京 Tokyo", appearance: TextAppearance(), frame: size) != nil)
        #expect(try r.overlay(for: "东京", appearance: TextAppearance(), frame: size) == nil)
    }

    @Test func badFontFilesGiveClearErrors() throws {
        let r = TextRenderer()
        let notAFont = FileManager.default.temporaryDirectory.appendingPathComponent("reel-not-a-font-\(UUID().uuidString).ttf")
        try Data("hello".utf8).write(to: notAFont)
        defer { try? FileManager.default.removeItem(at: notAFont) }
        #expect {
            _ = try r.overlay(for: "Hi", appearance: TextAppearance(font: notAFont.path), frame: size)
        } throws: { error in
            "\(error)".contains("not a font file") && "\(error)".contains(notAFont.path)
        }
    }

    @Test func renderingIsDeterministic() throws {
        let t = TextFixtures.timeline(text: [Segment(startMs: 0, durationMs: 3000, text: "Same bytes", extra: ["style": .string("outline"), "color": .string("#FFD700")])])
        let a = try TextFixtures.compositor(t).frame(at: 40), b = try TextFixtures.compositor(t).frame(at: 40)
        #expect(a == b)
    }

    @Test func outlineAndShadowDarkenAroundTheText() throws {
        let r = TextRenderer()
        for effect in [TextEffect.shadow, .outline] {
            let o = try #require(try r.overlay(for: "O", appearance: TextAppearance(size: 0.3, effect: effect), frame: size))
            var partial = 0, full = 0
            for y in 0..<o.height { for x in 0..<o.width { let a = o.alpha(x, y); if a == 255 { full += 1 } else if a > 40 { partial += 1 } } }
            #expect(full > 500 && partial > 200, "\(effect): \(full) opaque, \(partial) translucent")
        }
        let plain = try #require(try r.overlay(for: "O", appearance: TextAppearance(size: 0.3, effect: TextEffect.none), frame: size))
        let outlined = try #require(try r.overlay(for: "O", appearance: TextAppearance(size: 0.3, effect: .outline), frame: size))
        #expect(outlined.visibleBounds!.x.count > plain.visibleBounds!.x.count + 4)
    }
}
