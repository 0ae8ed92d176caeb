import Foundation
import Reel
import ReelImageIO
import ReelTestSupport
import Testing

/// `render(…, poster:)`: a representative frame as JPEG and as the MP4's cover art, written
/// with the video or not at all.
@Suite struct PosterTests {
    let photos = ["01-astronaut.jpg", "04-chelsea.jpg", "05-coffee.jpg"].map { Fixtures.url("photos/" + $0).path }
    let fast = RenderSettings(preset: "ultrafast")

    /// 3 photos of 1.5 s with 0.5 s crossfades at 320x180, 30 fps: 105 frames; photo 1 alone in
    /// frames 0–29, photo 2 in 45–59, photo 3 in 75–104.
    func timeline() throws -> Timeline {
        var o = SlideshowOptions()
        o.profile = OutputProfile(width: 320, height: 180, fps: 30)
        o.slideDurationMs = 1500
        return try Slideshow.timeline(photos: photos, options: o)
    }

    func scratch() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("reel-poster-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    /// The middle of frame `n`'s time span, seconds (what `reel frame --at` takes).
    func seconds(_ n: Int) -> Double { (Double(n) + 0.5) / 30 }

    @Test func posterChoice() throws {
        var t = try timeline()
        #expect(RepresentativeFrame.poster(of: t) == 14)  // the middle of photo 1's solo frames
        try Slideshow.addCaptions(["a caption"], to: &t)
        #expect(RepresentativeFrame.poster(of: t) == 14)  // a lower-third caption is not a title
        try Slideshow.addTitle("Kyoto", durationMs: 1200, to: &t)
        #expect(RepresentativeFrame.poster(of: t) == 45)  // title gone at frame 36, mid crossfade: photo 2's first solo frame
        var long = try timeline()
        try Slideshow.addTitle("Kyoto", durationMs: 5000, to: &long)  // the whole video
        #expect(RepresentativeFrame.poster(of: long) == 14)
        #expect(RepresentativeFrame.frame(ofSegment: 1, in: t) == 52)
        #expect(RepresentativeFrame.frame(ofSegment: 3, in: t) == nil)
        // A photo of 1 s between two 0.5 s crossfades is never alone: the frame where it shows
        // whole (the next crossfade's first, at progress 0) stands for it.
        var o = SlideshowOptions()
        o.profile = OutputProfile(width: 320, height: 180, fps: 30)
        o.slideDurationMs = 1000
        let covered = try Slideshow.timeline(photos: photos, options: o)
        #expect(RepresentativeFrame.frame(ofSegment: 1, in: covered) == 30)
    }

    @Test func posterIsTheFrameAfterTheTitleAndTheCoverArt() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        var t = try timeline()
        try Slideshow.addTitle("Kyoto", durationMs: 1200, to: &t)
        let out = dir.appendingPathComponent("trip.mp4"), poster = dir.appendingPathComponent("trip.jpg")
        let report = try LocalRenderer().render(t, to: out, poster: poster, settings: fast)
        #expect(report.posterFrame == 45)

        let written = try ImageDecoder().decode(poster)
        let reference = try LocalRenderer().frame(t, atSeconds: seconds(45))
        let psnr = rgbPSNR(written, reference)
        #expect(psnr > 36, "poster vs frame 45: \(psnr) dB")
        let other = rgbPSNR(written, try LocalRenderer().frame(t, atSeconds: seconds(14)))
        #expect(other < 20, "poster vs frame 14 (photo 1 under the title): \(other) dB")

        let probe = try VideoProbe(out)
        #expect(probe.videoTracks.count == 1)
        #expect(probe.videoTracks.first?.codecName == "h264")
        #expect(probe.videoTracks.first?.frameCount == 105)  // every frame still decodes
        let covers = probe.streams.filter(\.attachedPicture)
        #expect(covers.count == 1)
        #expect(covers.first?.codecName == "mjpeg" && covers.first?.width == 320 && covers.first?.height == 180)
        // The cover art is the poster, byte for byte.
        let cover = try runTool("ffmpeg", ["-v", "error", "-i", out.path, "-map", "0:\(covers.first?.index ?? -1)", "-c", "copy", "-f", "mjpeg", "-"])
        #expect(cover == (try Data(contentsOf: poster)))
        #expect(Set(try FileManager.default.contentsOfDirectory(atPath: dir.path)) == ["trip.mp4", "trip.jpg"])
    }

    @Test func refusedPosterNamesWriteNothing() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let t = try timeline(), out = dir.appendingPathComponent("v.mp4")
        // A poster name that leads to the video (an earlier one) through a link is the video.
        try Data("earlier video".utf8).write(to: out)
        let link = dir.appendingPathComponent("link.jpg")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: out)
        for (poster, words) in [(out, ".jpg"), (link, "same name"), (URL(fileURLWithPath: photos[1]), "one of the inputs"),
                                (dir.appendingPathComponent("p.png"), ".jpg"), (dir.appendingPathComponent("no/p.jpg"), "does not exist")] {
            let error = #expect(throws: ReelError.self) { try LocalRenderer().render(t, to: out, poster: poster, settings: fast) }
            #expect(error?.description.contains(words) == true, "\(error?.description ?? "")")
        }
        let raw = #expect(throws: ReelError.self) {
            try LocalRenderer().render(t, to: dir.appendingPathComponent("v.y4m"), poster: dir.appendingPathComponent("p.jpg"))
        }
        #expect(raw?.description.contains(".mp4") == true)
        #expect(Set(try FileManager.default.contentsOfDirectory(atPath: dir.path)) == ["link.jpg", "v.mp4"])
        #expect(try Data(contentsOf: out) == Data("earlier video".utf8))
    }

    @Test func aCancelledRenderLeavesNeitherPosterNorVideo() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("v.mp4"), poster = dir.appendingPathComponent("p.jpg")
        let cancel = CancellationFlag()
        // Cancelled once frame 60 is encoded: well after the poster frame (14) was kept.
        let error = #expect(throws: ReelError.self) {
            try LocalRenderer().render(try timeline(), to: out, poster: poster, settings: fast, cancel: cancel) { p in
                if p.framesDone >= 60 { cancel.cancel() }
            }
        }
        #expect(error?.kind == .cancelled)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
    }
}
