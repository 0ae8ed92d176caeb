import Foundation
import Reel
import ReelImageIO
import ReelTestSupport
import Testing

/// `Storyboard`: one thumbnail per segment, the frame `reel frame` shows at that time, with a
/// label and motion marks.
@Suite struct StoryboardTests {
    let photos = ["01-astronaut.jpg", "02-rocket.jpg", "04-chelsea.jpg", "05-coffee.jpg", "03-hubble-deep-field.jpg"]
        .map { Fixtures.url("photos/" + $0).path }

    /// 5 photos of 1.5 s at 320x180 (the thumbnail size, so cells compare 1:1 with frames).
    func timeline(kenBurns: Bool = true) throws -> Timeline {
        var o = SlideshowOptions()
        o.profile = OutputProfile(width: 320, height: 180, fps: 30)
        o.slideDurationMs = 1500
        o.kenBurns = kenBurns
        o.transition = .slideLeft
        return try Slideshow.timeline(photos: photos, options: o)
    }

    /// Pixels of `rect` in `image` that are brighter than `level` in every channel.
    func bright(_ image: RGBAImage, _ rect: (x: Int, y: Int, width: Int, height: Int), above level: UInt8 = 150) -> Int {
        var n = 0
        for y in rect.y..<(rect.y + rect.height) {
            for x in rect.x..<(rect.x + rect.width) {
                let p = image.pixel(x, y)
                if p.r > level && p.g > level && p.b > level { n += 1 }
            }
        }
        return n
    }

    /// Pixels of `rect` coloured like the motion marks (yellow).
    func yellow(_ image: RGBAImage, _ rect: (x: Int, y: Int, width: Int, height: Int)) -> Int {
        var n = 0
        for y in rect.y..<(rect.y + rect.height) {
            for x in rect.x..<(rect.x + rect.width) {
                let p = image.pixel(x, y)
                if p.r > 150 && p.g > 110 && p.b < 110 { n += 1 }
            }
        }
        return n
    }

    func cell(_ sheet: RGBAImage, at origin: (x: Int, y: Int), size: PixelSize) -> RGBAImage {
        var px: [UInt8] = []
        for y in origin.y..<(origin.y + size.height) {
            let start = (y * sheet.width + origin.x) * 4
            px += sheet.pixels[start..<(start + size.width * 4)]
        }
        return RGBAImage(width: size.width, height: size.height, pixels: px)
    }

    @Test func oneCellPerSegmentShowingItsFrame() throws {
        let t = try timeline()
        let cells = Storyboard.cells(for: t)
        #expect(cells.map(\.segment) == [0, 1, 2, 3, 4])
        #expect(cells.map(\.frame) == [14, 52, 82, 112, 149])
        #expect(cells[0].heading == "1  0 s" && cells[0].transitionName == "start")
        #expect(cells[2].heading == "3  2 s" && cells[2].transitionName == "slideleft")
        let sheet = try Storyboard().render(t, base: nil)
        let grid = Storyboard().grid(count: 5, thumbnail: PixelSize(width: 320, height: 180))
        #expect(grid.columns == 4 && grid.rows == 2)
        #expect(sheet.width == 12 + 4 * 332 && sheet.height == 12 + 2 * (180 + 44 + 12))
        #expect(PixelSize(width: sheet.width, height: sheet.height) == grid.sheetSize)

        // The sheet is a PNG that decodes to the same pixels.
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("reel-sheet-\(UUID().uuidString).png")
        defer { try? FileManager.default.removeItem(at: file) }
        try LocalRenderer.savePNG(sheet, to: file)
        let decoded = try ImageDecoder().decode(file)
        #expect(decoded == sheet)

        for (i, c) in cells.enumerated() {
            let thumb = cell(decoded, at: grid.thumbnailOrigin(ofCell: i), size: grid.thumbnail)
            let frame = try LocalRenderer().frame(t, atSeconds: (Double(c.frame) + 0.5) / 30)
            let psnr = rgbPSNR(thumb, frame)
            #expect(psnr > 45, "cell \(i) vs frame \(c.frame): \(psnr) dB")
            let label = grid.labelRect(ofCell: i)
            #expect(bright(decoded, label) > 60, "cell \(i): label text")
            // Every photo zooms (the default motion): a mark at the label's right end.
            #expect(yellow(decoded, (label.x + label.width - 48, label.y, 48, Storyboard.lineHeight)) > 20, "cell \(i): motion mark")
            // Both lines have text.
            #expect(bright(decoded, (label.x, label.y + Storyboard.lineHeight, label.width, Storyboard.lineHeight)) > 30, "cell \(i): transition name")
        }
        // The empty sixth place is background only.
        let o = grid.thumbnailOrigin(ofCell: 5)
        #expect(bright(decoded, (o.x, o.y, 320, 224), above: 40) == 0)
    }

    @Test func stillPhotosHaveNoMotionMarks() throws {
        let t = try timeline(kenBurns: false)
        let sheet = try Storyboard(columns: 5).render(t, base: nil)
        let grid = Storyboard(columns: 5).grid(count: 5, thumbnail: PixelSize(width: 320, height: 180))
        #expect(grid.rows == 1 && sheet.width == 12 + 5 * 332)
        for i in 0..<5 {
            let label = grid.labelRect(ofCell: i)
            #expect(yellow(sheet, (label.x, label.y, label.width, label.height)) == 0)
            #expect(bright(sheet, label) > 60)
        }
    }

    @Test func refusesToOverwriteAnInput() throws {
        let error = #expect(throws: ReelError.self) {
            try Storyboard().render(try timeline(), base: nil, checkingOutput: URL(fileURLWithPath: photos[2]))
        }
        #expect(error?.description.contains("overwrite one of the inputs") == true)
    }

    @Test func thumbnailSizesFollowTheVideoShape() {
        #expect(Storyboard.thumbnailSize(for: OutputProfile(width: 1920, height: 1080, fps: 30)) == PixelSize(width: 320, height: 180))
        #expect(Storyboard.thumbnailSize(for: OutputProfile(width: 1080, height: 1920, fps: 30)) == PixelSize(width: 180, height: 320))
        #expect(Storyboard.thumbnailSize(for: OutputProfile(width: 1080, height: 1350, fps: 30)) == PixelSize(width: 256, height: 320))
    }
}
