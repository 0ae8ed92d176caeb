import Foundation
@_spi(Testing) import ReelAV
import ReelCompositor
import ReelTestSupport
import ReelTimeline
import Testing

/// Every orientation a display matrix expresses (four turns, each mirrored or not), on the
/// `orientation.mp4` picture: blue, a red band along the top, a green block at the bottom left.
@Suite struct ClipOrientationTests {
    /// The matrices and what they mean: a clockwise turn after an optional left-right mirror.
    static let cases: [(DisplayMatrix, rotation: Int, mirrored: Bool)] = [
        (DisplayMatrix(1, 0, 0, 1), 0, false), (DisplayMatrix(0, 1, -1, 0), 90, false),
        (DisplayMatrix(-1, 0, 0, -1), 180, false), (DisplayMatrix(0, -1, 1, 0), 270, false),
        (DisplayMatrix(-1, 0, 0, 1), 0, true), (DisplayMatrix(0, -1, -1, 0), 90, true),
        (DisplayMatrix(1, 0, 0, -1), 180, true), (DisplayMatrix(0, 1, 1, 0), 270, true),
    ]

    @Test(arguments: 0..<8)
    func displayMatrixOrientsThePicture(_ index: Int) throws {
        let (matrix, rotation, mirrored) = Self.cases[index]
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("reel-orient-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let clip = dir.appendingPathComponent("oriented.mp4")
        try matrix.write(from: Fixtures.url("clips/orientation.mp4"), to: clip)

        let info = try ClipInfo(probing: clip)
        #expect(info.rotation == rotation && info.mirrored == mirrored, "\(matrix): \(info.rotation)° mirrored \(info.mirrored)")
        let shown = matrix.swapsSides ? PixelSize(width: 180, height: 320) : PixelSize(width: 320, height: 180)
        #expect(info.displaySize == shown)

        let request = ClipRequest(url: clip, segment: 0, canvas: shown, fit: .fit, fps: 30,
                                  segmentStartMs: 0, inMs: 0, frames: 0..<1)
        let rgba = BT709.rgba(from: try LibAVClipOpener().open(request).picture(forFrame: 0).canvas)
        // Where the matrix shows the band's middle and the block's middle.
        let band = matrix.shown((160, 20), width: 320, height: 180)
        let block = matrix.shown((30, 140), width: 320, height: 180)
        let r = rgba.pixel(band.x, band.y), g = rgba.pixel(block.x, block.y)
        #expect(r.r > 180 && r.g < 90 && r.b < 90, "\(matrix): band at \(band) is \(r)")
        #expect(g.g > 90 && g.r < 70 && g.b < 70, "\(matrix): block at \(block) is \(g)")
    }
}
