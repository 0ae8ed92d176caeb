import Foundation
import Reel
import ReelTestSupport
import Testing

/// `.y4m` output carries exactly the frames the compositor makes (what an MP4 render feeds x264).
@Suite struct RawOutputTests {
    let photos = ["01-astronaut.jpg", "04-chelsea.jpg", "05-coffee.jpg"].map { Fixtures.url("photos/" + $0).path }

    func timeline() throws -> Timeline {
        var o = SlideshowOptions()
        o.profile = OutputProfile(width: 320, height: 180, fps: 30)
        o.slideDurationMs = 1000
        return try Slideshow.timeline(photos: photos, options: o)
    }

    @Test func y4mHoldsTheCompositedFramesExactly() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("reel-y4m-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("frames.y4m")
        let t = try timeline()
        let report = try LocalRenderer().render(t, to: out)
        #expect(report.frameCount == 60)  // 3 × 1 s − 2 × 0.5 s crossfades at 30 fps
        let frames = try decodeFrames(out, width: 320, height: 180)
        #expect(frames.count == 60)
        let compositor = try LocalRenderer().makeCompositor(t, base: nil, size: PixelSize(width: 320, height: 180))
        for n in [0, 14, 22, 30, 45, 59] {
            #expect(frames[n] == (try compositor.frame(at: n)), "frame \(n)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["frames.y4m"])
    }

    @Test func y4mRefusesMusicBeforeWritingAnything() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("reel-y4m-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        var t = try timeline()
        try Slideshow.addMusic([MusicFile(source: Fixtures.url("audio/tone-440-2s.wav").path, durationMs: 2000)], to: &t)
        let out = dir.appendingPathComponent("frames.y4m")
        let error = #expect(throws: ReelError.self) { try LocalRenderer().render(t, to: out) }
        #expect(error?.kind == .badInput && error?.file == out.path)
        #expect(error?.description.contains("frames.y4m") == true && error?.description.contains("video only") == true)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
    }
}
