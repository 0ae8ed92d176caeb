import Foundation
import ReelCompositor
import ReelImageIO
import ReelTestSupport
import Testing

/// `render --poster` and `reel storyboard`, as a user runs them.
@Suite(.serialized) struct PicturesCLITests {
    let photos = Fixtures.url("photos").path
    /// 5 photos of 1.5 s with 0.5 s crossfades at 320x180: 165 frames; photo 2 alone in frames 45–59.
    let look = ["--size", "320x180", "--slide", "1.5"]

    @Test func posterFromADraftMatchesTheFrameAndIsTheCoverArt() throws {
        let dir = try ReelRunner.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let draft = dir.appendingPathComponent("trip.json").path
        var r = try ReelRunner.run(["draft", photos] + look + ["--title", "Kyoto", "--title-duration", "1.2", "-o", draft])
        #expect(r.status == 0, "\(r.stderr)")
        let out = dir.appendingPathComponent("trip.mp4"), poster = dir.appendingPathComponent("trip.jpg")
        r = try ReelRunner.run(["render", draft, "--preset", "ultrafast", "--progress", "none", "--poster", poster.path, "-o", out.path])
        #expect(r.status == 0, "\(r.stderr)")
        // The title is gone at 1.2 s (frame 36), mid-crossfade: the poster is photo 2's first frame alone.
        #expect(r.stdout.contains("Wrote \(poster.path) (poster and cover art: frame 45, t=1.516 s)"), "\(r.stdout)")

        let frame = dir.appendingPathComponent("f.png")
        r = try ReelRunner.run(["frame", draft, "--at", "1.516", "-o", frame.path])
        #expect(r.status == 0, "\(r.stderr)")
        let psnr = rgbPSNR(try ImageDecoder().decode(poster), try ImageDecoder().decode(frame))
        #expect(psnr > 36, "poster vs reel frame: \(psnr) dB")

        let probe = try VideoProbe(out)
        #expect(probe.videoTracks.count == 1 && probe.videoTracks.first?.frameCount == 165)
        #expect(probe.streams.filter(\.attachedPicture).map(\.codecName) == ["mjpeg"])
    }

    @Test func posterRefusals() throws {
        let dir = try ReelRunner.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("v.mp4").path
        let input = Fixtures.url("photos/02-rocket.jpg").path
        var r = try ReelRunner.run(["render", photos] + look + ["--poster", input, "-o", out])
        #expect(r.status == 65)
        #expect(r.stderr.contains("02-rocket.jpg: the poster is one of the inputs"), "\(r.stderr)")
        r = try ReelRunner.run(["render", photos, "--cloud", "--poster", dir.appendingPathComponent("p.jpg").path, "-o", out])
        #expect(r.status == 64)
        #expect(r.stderr.contains("--poster goes with a local render"), "\(r.stderr)")
        // Photo 2 is damaged: the render fails after the poster frame (37, photo 1) was kept.
        r = try ReelRunner.run(["render", Fixtures.url("photos/02-rocket.jpg").path, Fixtures.url("bad/truncated.jpg").path,
                                "--size", "160x90", "--preset", "ultrafast", "--progress", "none",
                                "--poster", dir.appendingPathComponent("p.jpg").path, "-o", out])
        #expect(r.status == 65 && r.stderr.contains("truncated.jpg"), "\(r.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
    }

    @Test func storyboardSheet() throws {
        let dir = try ReelRunner.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let sheet = dir.appendingPathComponent("sheet.png")
        var r = try ReelRunner.run(["storyboard", photos] + look + ["-o", sheet.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("(1340x484, 5 segments)"), "\(r.stdout)")
        let image = try ImageDecoder().decode(sheet)
        // 4 columns of 320 px and 2 rows of 180 + 44 px label, 12 px apart and around.
        #expect(image.width == 12 + 4 * 332 && image.height == 12 + 2 * 236)

        // Cell 2 (second column): photo 2's middle frame alone, 52 (at 1.75 s).
        let frame = dir.appendingPathComponent("f.png")
        r = try ReelRunner.run(["frame", photos] + look + ["--at", "1.75", "-o", frame.path])
        #expect(r.status == 0, "\(r.stderr)")
        var cell: [UInt8] = []
        for y in 12..<192 {
            let start = (y * image.width + 344) * 4
            cell += image.pixels[start..<(start + 320 * 4)]
        }
        let psnr = rgbPSNR(RGBAImage(width: 320, height: 180, pixels: cell), try ImageDecoder().decode(frame))
        #expect(psnr > 45, "cell 2 vs reel frame: \(psnr) dB")
        // Its label strip has light text.
        var light = 0
        for y in 192..<236 { for x in 344..<664 { let p = image.pixel(x, y); if p.r > 150 && p.g > 150 && p.b > 150 { light += 1 } } }
        #expect(light > 60, "\(light) text pixels")

        r = try ReelRunner.run(["storyboard", photos, "-o", dir.appendingPathComponent("sheet.jpg").path])
        #expect(r.status == 65 && r.stderr.contains("name the file .png"), "\(r.stderr)")
        r = try ReelRunner.run(["storyboard", photos, "--columns", "0", "-o", sheet.path])
        #expect(r.status == 64)
    }
}
