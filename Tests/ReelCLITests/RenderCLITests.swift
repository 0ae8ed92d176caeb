import Foundation
import ReelCompositor
import ReelTestSupport
import Testing

@Suite(.serialized) struct RenderCLITests {
    let photos = ["01-astronaut.jpg", "02-rocket.jpg", "03-hubble-deep-field.jpg", "04-chelsea.jpg", "05-coffee.jpg"]
        .map { Fixtures.url("photos/" + $0).path }

    @Test func tenPhotosGiveExactlyTheExpectedFrames() throws {
        let dir = try ReelRunner.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("ten.mp4")
        let r = try ReelRunner.run(["render"] + photos + photos + ["--size", "320x180", "--slide", "3", "--transition-duration", "0.5",
                                                      "--preset", "ultrafast", "--progress", "plain", "-o", out.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("765 frames"))
        #expect(r.stderr.contains("frames 765/765"))
        let probe = try VideoProbe(out)
        let v = try #require(probe.video)
        #expect(v.frameCount == 765)
        #expect(v.width == 320 && v.height == 180)
        #expect(abs(probe.duration - 25.5) < 0.05)
        #expect(!probe.hasAudio)
        #expect(ReelRunner.contents(dir) == ["ten.mp4"])
    }

    @Test func fullHDOutputIsTaggedAndStreamable() throws {
        let dir = try ReelRunner.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("hd.mp4")
        let r = try ReelRunner.run(["render", photos[0], photos[3], "--slide", "1", "--preset", "superfast", "--progress", "none", "-o", out.path])
        #expect(r.status == 0, "\(r.stderr)")
        let probe = try VideoProbe(out)
        let v = try #require(probe.video)
        #expect(v.codecName == "h264" && v.profile == "High")
        #expect(v.width == 1920 && v.height == 1080)
        #expect(v.pixelFormat == "yuv420p")
        #expect(v.colorSpace == "bt709" && v.colorTransfer == "bt709" && v.colorPrimaries == "bt709" && v.colorRange == "tv")
        #expect(v.frameCount == 45)            // 1 s + 1 s - 0.5 s crossfade at 30 fps
        #expect(v.averageFrameRate == "30/1")
        #expect(moovBeforeMdat(out))
    }

    @Test func midCrossfadeFrameBlendsItsNeighbours() throws {
        let dir = try ReelRunner.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        func frame(_ at: String) throws -> RGBAImage {
            let out = dir.appendingPathComponent("f\(at).png")
            let r = try ReelRunner.run([photos[0], photos[4], "--motion", "none", "--size", "320x180", "--at", at, "-o", out.path].prefixed("frame"))
            #expect(r.status == 0, "\(r.stderr)")
            return try PNGReference.decode(out)
        }
        let a = try frame("2.4"), b = try frame("3.1"), mid = try frame("2.75")
        // 2.75 s = frame 82 (2733.3 ms): progress (2733.3 - 2500) / 500.
        let w = (82.0 / 30 * 1000 - 2500) / 500
        var worst = 0.0, changed = 0
        for y in stride(from: 5, to: 180, by: 17) {
            for x in stride(from: 5, to: 320, by: 13) {
                let pa = a.pixel(x, y), pb = b.pixel(x, y), pm = mid.pixel(x, y)
                for (ca, cb, cm) in [(pa.r, pb.r, pm.r), (pa.g, pb.g, pm.g), (pa.b, pb.b, pm.b)] {
                    let expected = Double(ca) * (1 - w) + Double(cb) * w
                    worst = max(worst, abs(Double(cm) - expected))
                    if abs(Int(ca) - Int(cb)) > 20 { changed += 1 }
                }
            }
        }
        #expect(changed > 50)
        #expect(worst <= 6, "largest deviation from the blend: \(worst)")
    }

    @Test func exifOrientedPhotoComesOutUpright() throws {
        let dir = try ReelRunner.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        func frame(_ input: String) throws -> RGBAImage {
            let out = dir.appendingPathComponent(UUID().uuidString + ".png")
            let r = try ReelRunner.run(["frame", Fixtures.url(input).path, "--motion", "none", "--fit", "fit", "--size", "320x180", "--at", "0", "-o", out.path])
            #expect(r.status == 0, "\(r.stderr)")
            return try PNGReference.decode(out)
        }
        let upright = try frame("images/orientation-upright.png"), six = try frame("images/orientation-6.jpg")
        #expect(upright.width == six.width)
        var diff = 0.0
        for i in stride(from: 0, to: upright.pixels.count, by: 4) { diff += abs(Double(upright.pixels[i]) - Double(six.pixels[i])) }
        #expect(diff / Double(upright.pixels.count / 4) < 6, "mean difference \(diff / Double(upright.pixels.count / 4))")
    }

    @Test func portraitPhotoInLandscapeShowsBlurredSides() throws {
        let dir = try ReelRunner.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("p.png")
        let r = try ReelRunner.run(["frame", Fixtures.url("images/portrait.jpg").path, "--motion", "none", "--size", "640x360", "--at", "1", "-o", out.path])
        #expect(r.status == 0, "\(r.stderr)")
        let img = try PNGReference.decode(out)
        var sum = 0, maxStep = 0
        for y in 20..<340 { for x in 10..<150 {
            let p = img.pixel(x, y), q = img.pixel(x + 1, y)
            sum += Int(p.r) + Int(p.g) + Int(p.b)
            maxStep = max(maxStep, abs(Int(p.g) - Int(q.g)))
        } }
        #expect(sum / (320 * 140 * 3) > 10, "sides are black")
        #expect(maxStep <= 8, "sides are not blurred (step \(maxStep))")
    }
}

extension Array where Element == String {
    func prefixed(_ verb: String) -> [String] { [verb] + self }
}
