import Foundation
@_spi(Testing) @testable import ReelAV
import ReelCompositor
import ReelTestSupport
import ReelTimeline
import Testing

/// SD clips in the BT.601 Y′CbCr matrix (tagged, or untagged below HD as players assume) are
/// converted to the output's BT.709, so they show the colours they were made from.
@Suite struct ClipColourMatrixTests {
    func picture(_ file: String, canvas: PixelSize = PixelSize(width: 320, height: 180)) throws -> RGBAImage {
        let request = ClipRequest(url: Fixtures.url("clips/" + file), segment: 0, canvas: canvas, fit: .fill, fps: 30,
                                  segmentStartMs: 0, inMs: 0, frames: 5..<6)
        return BT709.rgba(from: try LibAVClipOpener().open(request).picture(forFrame: 5).canvas)
    }

    @Test(arguments: ["coffee-bt601.mp4", "coffee-sd-untagged.mp4"])
    func bt601ClipShowsItsSourceColours(_ file: String) throws {
        // The three clips were made from the same RGB picture; the BT.709 one passes through as is.
        let reference = try picture("coffee-bt709.mp4")
        let deltaE = meanDeltaE(try picture(file), reference)
        #expect(deltaE < 2, "\(file): mean ΔE \(deltaE) against the BT.709 clip of the same picture")
        // Scaled on the way (to a larger canvas) too.
        let large = PixelSize(width: 480, height: 270)
        let scaled = meanDeltaE(try picture(file, canvas: large), try picture("coffee-bt709.mp4", canvas: large))
        #expect(scaled < 2, "\(file) at 480x270: mean ΔE \(scaled)")
    }

    @Test func bt709ClipKeepsThePassThroughPath() {
        // An HD BT.709 clip in the encoder's format at canvas size: one `scale` without colour
        // options (which hands the decoded picture through uncopied), no RGB step.
        var plan = ClipFilterPlan(storedWidth: 1920, storedHeight: 1080, sampleAspect: (1, 1), rotation: 0, interlaced: false,
                                  dynamicRange: .sdr, sourceMatrix: nil, encoderFormat: true,
                                  canvas: PixelSize(width: 1920, height: 1080), fit: .fill)
        #expect(plan.description == "[in]scale=w=1920:h=1080:flags=bicubic,setsar=1,crop=1920:1080:0:0[out]")
        plan.sourceMatrix = "bt601"
        #expect(plan.description.contains("in_color_matrix=bt601,format=gbrp,scale=out_color_matrix=bt709"))
    }
}
