import Foundation
@_spi(Testing) @testable import ReelAV
import ReelCompositor
import ReelTestSupport
import Testing

/// Clips whose picture shape is absurd (found by fuzzing): they must not ask libavfilter for a
/// picture millions of pixels wide (a 0.2 s 320×180 clip with a 32767:1 pixel shape took 2 GB).
@Suite struct ClipHostileShapeTests {
    @Test func anAbsurdPixelShapeCountsAsSquare() throws {
        let info = try ClipInfo(probing: Fixtures.url("fuzz/clip/oom-sample-aspect-32767.mp4"))
        #expect(info.displaySize == PixelSize(width: 320, height: 180))
        let request = ClipRequest(url: Fixtures.url("fuzz/clip/oom-sample-aspect-32767.mp4"), segment: 0,
                                  canvas: PixelSize(width: 32, height: 18), fit: .fill, fps: 10,
                                  segmentStartMs: 0, inMs: 0, frames: 0..<2)
        if let reader = try? LibAVClipOpener().open(request) {
            for n in request.frames { _ = try? reader.picture(forFrame: n) }
        }
    }

    @Test func aFillNeverScalesBeyondEightFramesASide() {
        // 8192×2 stored, filled into 1920×1080: filling would need a 4.4-million-pixel-wide picture.
        let plan = ClipFilterPlan(storedWidth: 8192, storedHeight: 2, sampleAspect: (1, 1), rotation: 0, interlaced: false,
                                  dynamicRange: .sdr, sourceMatrix: nil, encoderFormat: true,
                                  canvas: PixelSize(width: 1920, height: 1080), fit: .fill)
        #expect(plan.description.hasPrefix("[in]scale=w=15360:h=1080:"), "\(plan.description)")
        let real = ClipFilterPlan(storedWidth: 2560, storedHeight: 1080, sampleAspect: (1, 1), rotation: 0, interlaced: false,
                                  dynamicRange: .sdr, sourceMatrix: nil, encoderFormat: true,
                                  canvas: PixelSize(width: 1920, height: 1080), fit: .fill)
        #expect(real.description.hasPrefix("[in]scale=w=2560:h=1080:"), "a 21:9 clip fills as before: \(real.description)")
    }
}
