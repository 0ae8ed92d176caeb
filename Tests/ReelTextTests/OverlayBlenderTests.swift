import Foundation
import ReelCompositor
import ReelText
import ReelTimeline
import Testing

@Suite struct OverlayBlenderTests {
    /// A solid premultiplied RGBA block with one alpha everywhere.
    func block(_ w: Int, _ h: Int, rgb: (Float, Float, Float), alpha: Float, x: Int, y: Int) -> TextOverlay {
        var px = [Float](repeating: 0, count: w * h * 4)
        for i in 0..<(w * h) {
            px[i * 4] = rgb.0 * alpha; px[i * 4 + 1] = rgb.1 * alpha; px[i * 4 + 2] = rgb.2 * alpha; px[i * 4 + 3] = alpha
        }
        return TextOverlay(premultipliedRGBA: px, width: w, height: h, x: x, y: y)
    }

    @Test func opaqueOverlayReplacesThePixelsExactly() {
        let frame = YUVFrame(width: 64, height: 36)
        var out = frame
        let white = block(10, 6, rgb: (1, 1, 1), alpha: 1, x: 20, y: 10)
        OverlayBlender.blend(white, into: &out, opacity: 1)
        #expect(out.y[20, 10] == 235 && out.y[29, 15] == 235)
        #expect(out.u[10, 5] == 128 && out.v[14, 7] == 128)
        #expect(out.y[19, 10] == 16 && out.y[30, 10] == 16 && out.y[20, 9] == 16 && out.y[20, 16] == 16)
        // The same colour through the frame converter gives the same YUV.
        let red = block(4, 4, rgb: (1, 0, 0), alpha: 1, x: 0, y: 0)
        var r = frame
        OverlayBlender.blend(red, into: &r, opacity: 1)
        let ref = BT709.yuv(from: RGBAImage(width: 4, height: 4, fill: (255, 0, 0, 255)))
        #expect(abs(Int(r.y[1, 1]) - Int(ref.y[1, 1])) <= 1 && abs(Int(r.v[0, 0]) - Int(ref.v[0, 0])) <= 1 && abs(Int(r.u[0, 0]) - Int(ref.u[0, 0])) <= 1)
    }

    @Test func opacityAndAlphaMixLinearly() {
        var f = YUVFrame(width: 64, height: 36)   // Y = 16 (black)
        OverlayBlender.blend(block(8, 8, rgb: (1, 1, 1), alpha: 1, x: 0, y: 0), into: &f, opacity: 0.5)
        #expect(abs(Int(f.y[3, 3]) - (16 + 235) / 2) <= 1)
        var g = YUVFrame(width: 64, height: 36)
        OverlayBlender.blend(block(8, 8, rgb: (1, 1, 1), alpha: 0.5, x: 0, y: 0), into: &g, opacity: 1)
        #expect(abs(Int(g.y[3, 3]) - (16 + 235) / 2) <= 1)
        var h = YUVFrame(width: 64, height: 36)
        OverlayBlender.blend(block(8, 8, rgb: (1, 1, 1), alpha: 1, x: 0, y: 0), into: &h, opacity: 0)
        #expect(h == YUVFrame(width: 64, height: 36))
    }

    @Test func overlaysReachingPastTheFrameAreClipped() {
        var f = YUVFrame(width: 64, height: 36)
        OverlayBlender.blend(block(40, 20, rgb: (1, 1, 1), alpha: 1, x: -10, y: -6), into: &f, opacity: 1)
        OverlayBlender.blend(block(40, 20, rgb: (1, 1, 1), alpha: 1, x: 50, y: 30), into: &f, opacity: 1)
        OverlayBlender.blend(block(4, 4, rgb: (1, 1, 1), alpha: 1, x: 100, y: 100), into: &f, opacity: 1)
        #expect(f.y[0, 0] == 235 && f.y[29, 13] == 235 && f.y[30, 14] == 16)
        #expect(f.y[63, 35] == 235 && f.y[49, 29] == 16)
    }

    /// Per-frame cost of blending a 1080p title (report it with `swift test -c release`).
    @Test func blendCostAt1080p() throws {
        let frame = PixelSize(width: 1920, height: 1080)
        let overlay = try #require(try TextRenderer().overlay(for: "Summer in Kyoto 2024", appearance: TextAppearance(), frame: frame))
        var f = YUVFrame(width: 1920, height: 1080)
        let runs = 200
        let start = Date()
        for i in 0..<runs { OverlayBlender.blend(overlay, into: &f, opacity: Double(i % 10 + 1) / 10) }
        let ms = Date().timeIntervalSince(start) * 1000 / Double(runs)
        let prepStart = Date()
        _ = try TextRenderer().overlay(for: "Summer in Kyoto 2024", appearance: TextAppearance(), frame: frame)
        let prep = Date().timeIntervalSince(prepStart) * 1000
        print("title blend at 1080p: \(String(format: "%.3f", ms)) ms per frame (overlay \(overlay.width)x\(overlay.height)); prepared once in \(String(format: "%.1f", prep)) ms")
    }
}
