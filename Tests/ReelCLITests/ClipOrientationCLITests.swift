import Foundation
import ReelCompositor
import ReelTestSupport
import Testing

/// Clips whose display matrix mirrors the picture, through `reel render`.
@Suite(.serialized) struct ClipOrientationCLITests {
    let small = ["--preset", "ultrafast", "--progress", "none"]

    /// Renders `orientation.mp4` with `matrix` written into it at `size`; returns the middle frame.
    func render(_ matrix: DisplayMatrix, size: (Int, Int)) throws -> RGBAImage {
        let dir = try ReelRunner.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let clip = dir.appendingPathComponent("flip.mp4"), out = dir.appendingPathComponent("x.mp4")
        try matrix.write(from: Fixtures.url("clips/orientation.mp4"), to: clip)
        let r = try ReelRunner.run(["render", clip.path, "--size", "\(size.0)x\(size.1)"] + small + ["-o", out.path])
        #expect(r.status == 0, "\(r.stderr)")
        let frames = try decodeFrames(out, width: size.0, height: size.1)
        return BT709.rgba(from: try #require(frames.dropFirst(frames.count / 2).first))
    }

    func isRed(_ p: (r: UInt8, g: UInt8, b: UInt8, a: UInt8)) -> Bool { p.r > 180 && p.g < 90 && p.b < 90 }
    func isGreen(_ p: (r: UInt8, g: UInt8, b: UInt8, a: UInt8)) -> Bool { p.g > 90 && p.r < 70 && p.b < 70 }

    @Test func mirroredClipStaysUprightAndIsMirrored() throws {
        // The band stays at the top; the block, at the bottom left when stored, is at the bottom right.
        let frame = try render(DisplayMatrix(-1, 0, 0, 1), size: (640, 360))
        #expect(isRed(frame.pixel(320, 30)), "top \(frame.pixel(320, 30))")
        #expect(!isRed(frame.pixel(320, 330)), "bottom \(frame.pixel(320, 330))")
        #expect(isGreen(frame.pixel(580, 280)), "bottom right \(frame.pixel(580, 280))")
        #expect(!isGreen(frame.pixel(60, 280)), "bottom left \(frame.pixel(60, 280))")
    }

    @Test func mirroredAndTurnedClipIsShownUpright() throws {
        // Mirrored, then turned a quarter clockwise, into a portrait render of the same shape:
        // the band runs down the right side, the block sits at the bottom left.
        let frame = try render(DisplayMatrix(0, -1, -1, 0), size: (180, 320))
        let band = DisplayMatrix(0, -1, -1, 0).shown((160, 20), width: 320, height: 180)
        let block = DisplayMatrix(0, -1, -1, 0).shown((30, 140), width: 320, height: 180)
        #expect(isRed(frame.pixel(band.x, band.y)), "band at \(band): \(frame.pixel(band.x, band.y))")
        #expect(isGreen(frame.pixel(block.x, block.y)), "block at \(block): \(frame.pixel(block.x, block.y))")
    }
}
