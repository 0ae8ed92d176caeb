import Foundation
import ReelCompositor
import ReelTestSupport
import Testing

/// A HEIC photo and a ProPhoto RGB JPEG render like their sRGB original.
@Suite(.serialized) struct CameraRollCLITests {
    /// Renders two 1 s photos (0.5 s crossfade, no motion) at 320x240; returns the frames.
    static func render(_ photos: [String], in dir: URL, name: String) throws -> [YUVFrame] {
        let out = dir.appendingPathComponent(name)
        let r = try ReelRunner.run(["render"] + photos.map { Fixtures.url($0).path }
            + ["--size", "320x240", "--slide", "1", "--transition-duration", "0.5", "--motion", "none",
               "--preset", "ultrafast", "--progress", "none", "-o", out.path])
        #expect(r.status == 0, "\(r.stderr)")
        return try decodeFrames(out, width: 320, height: 240)
    }

    @Test func heicAndWideGamutPhotosLookLikeTheSRGBOriginal() throws {
        let dir = try ReelRunner.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let reference = try Self.render(["color/srgb.png", "color/srgb.png"], in: dir, name: "srgb.mp4")
        let managed = try Self.render(["heif/heic-irot-6-exif-6.heic", "color/prophoto.jpg"], in: dir, name: "roll.mp4")
        #expect(reference.count == 45 && managed.count == 45)
        guard reference.count == 45, managed.count == 45 else { return }
        // Frame 5 shows only the HEIC, frame 40 only the ProPhoto JPEG.
        for (index, what) in [(5, "HEIC"), (40, "ProPhoto JPEG")] {
            let difference = meanDeltaE(rgbaImage(managed[index]), rgbaImage(reference[index]))
            #expect(difference < 2.5, "\(what): mean ΔE \(difference) against the sRGB render")
        }
        #expect(ReelRunner.contents(dir) == ["roll.mp4", "srgb.mp4"])
    }
}
