import Foundation
import ReelCompositor
import ReelTestSupport
import Testing

@Suite(.serialized) struct TitleCLITests {
    let photo = Fixtures.url("photos/04-chelsea.jpg").path
    let photos = ["01-astronaut.jpg", "02-rocket.jpg", "05-coffee.jpg"].map { Fixtures.url("photos/" + $0).path }
    let still = ["--motion", "none", "--size", "640x360", "--slide", "5"]

    /// `reel frame` at `at` seconds with extra options; fails the test when reel fails.
    func frame(_ inputs: [String], _ options: [String], at: String, in dir: URL) throws -> (image: RGBAImage, stderr: String) {
        let out = dir.appendingPathComponent(UUID().uuidString + ".png")
        let r = try ReelRunner.run(["frame"] + inputs + still + options + ["--at", at, "-o", out.path])
        #expect(r.status == 0, "\(r.stderr)")
        return (try PNGReference.decode(out), "\(r.stderr)")
    }

    /// Summed |ΔR|+|ΔG|+|ΔB| over `rows`, and the rows where anything differs.
    func difference(_ a: RGBAImage, _ b: RGBAImage, rows: Range<Int>? = nil) -> (sum: Int, rows: ClosedRange<Int>?) {
        var sum = 0, top = Int.max, bottom = -1
        for y in rows ?? 0..<a.height {
            for x in 0..<a.width {
                let p = a.pixel(x, y), q = b.pixel(x, y)
                let d = abs(Int(p.r) - Int(q.r)) + abs(Int(p.g) - Int(q.g)) + abs(Int(p.b) - Int(q.b))
                if d > 0 { sum += d; top = min(top, y); bottom = max(bottom, y) }
            }
        }
        return (sum, bottom >= 0 ? top...bottom : nil)
    }

    @Test func titleShowsOnlyDuringItsTimeAndFadesIn() throws {
        let dir = try ReelRunner.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let title = ["--title", "Chelsea, Summer", "--title-duration", "2"]
        for at in ["1", "1.9"] {
            let d = difference(try frame([photo], title, at: at, in: dir).image, try frame([photo], [], at: at, in: dir).image)
            #expect(d.sum > 100_000, "at \(at) s the title should show; difference \(d.sum)")
            let rows = try #require(d.rows)
            #expect(rows.lowerBound > 120 && rows.upperBound < 240, "a centred title, rows \(rows)")
        }
        for at in ["2", "2.5", "4.9"] {
            let d = difference(try frame([photo], title, at: at, in: dir).image, try frame([photo], [], at: at, in: dir).image)
            #expect(d.sum == 0, "at \(at) s the title is over; difference \(d.sum)")
        }
        // Fade-in over the first 0.4 s: frames 1, 4, 8 at 30 fps.
        let base = try frame([photo], [], at: "0", in: dir).image
        let fading = try ["0.034", "0.134", "0.267", "0.5"].map { difference(try frame([photo], title, at: $0, in: dir).image, base).sum }
        #expect(fading[0] < fading[1] && fading[1] < fading[2] && fading[2] < fading[3], "\(fading)")
    }

    @Test func captionsSitInTheLowerThirdOfTheirPhoto() throws {
        let dir = try ReelRunner.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let opts = ["--caption", "The astronaut", "--caption", "", "--caption", "Coffee time"]
        // Photo 1: 0–5 s, photo 2: 4.5–9.5 s, photo 3: 9–14 s.
        let a = try frame(photos, opts, at: "2", in: dir).image, plain = try frame(photos, [], at: "2", in: dir).image
        let d = difference(a, plain)
        #expect(d.sum > 50_000)
        #expect(try #require(d.rows).lowerBound >= 240, "caption rows \(String(describing: d.rows))")
        #expect(difference(try frame(photos, opts, at: "7", in: dir).image, try frame(photos, [], at: "7", in: dir).image).sum == 0,
                "photo 2 has no caption")
        #expect(difference(try frame(photos, opts, at: "12", in: dir).image, try frame(photos, [], at: "12", in: dir).image).sum > 50_000)
    }

    @Test func captionsFileAndDraftRoundTrip() throws {
        let dir = try ReelRunner.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let sidecar = dir.appendingPathComponent("captions.txt")
        try Data("First photo\n05-coffee.jpg: Coffee\\nwith milk\n".utf8).write(to: sidecar)
        let draft = dir.appendingPathComponent("trip.json")
        let r = try ReelRunner.run(["draft"] + photos + still + ["--title", "东京 Trip", "--captions", sidecar.path, "-o", draft.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Title: \"东京 Trip\" (0-3s)"), "\(r.stdout)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: draft)) as? [String: Any])
        let tracks = try #require(json["t"] as? [[String: Any]])
        #expect(tracks.map { $0["tt"] as? Int } == [0, 7, 7])
        let title = try #require((tracks[1]["sg"] as? [[String: Any]])?.first)
        #expect(title["text"] as? String == "东京 Trip" && title["pos"] as? String == "center" && title["d"] as? Int == 3000)
        let caps = try #require(tracks[2]["sg"] as? [[String: Any]])
        #expect(caps.compactMap { $0["text"] as? String } == ["First photo", "Coffee\nwith milk"])
        #expect(caps.allSatisfy { $0["pos"] as? String == "lower-third" })
        // The draft renders its text: the frame from the draft equals the frame from the options.
        let fromDraft = try frame([draft.path], [], at: "1", in: dir).image
        let fromOptions = try frame(photos, ["--title", "东京 Trip", "--captions", sidecar.path], at: "1", in: dir).image
        #expect(difference(fromDraft, fromOptions).sum == 0)
    }

    @Test func chineseTitleRendersOrWarns() throws {
        let dir = try ReelRunner.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let cjk = try frame([photo], ["--title", "东京"], at: "1.5", in: dir)
        let plain = try frame([photo], [], at: "1.5", in: dir).image
        let d = difference(cjk.image, plain).sum
        if cjk.stderr.contains("warning") {
            // No CJK font here (fonts-noto-cjk is not installed): the user is told so.
            print("TitleCLITests: no CJK font installed; checking the warning instead of the glyphs")
            #expect(cjk.stderr.contains("reel: warning: title \"东京\": the font "))
            #expect(cjk.stderr.contains("has no glyphs for 2 characters (东京); install fonts-noto-cjk or pass --font"))
        } else {
            #expect(d > 100_000, "the Chinese title was not drawn (difference \(d))")
        }
    }

    @Test func missingGlyphsWarnAndFontsAreChecked() throws {
        let dir = try ReelRunner.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        // Linear B: in none of the fonts Reel's set-up installs.
        let r = try frame([photo], ["--title", "Knossos 𐀀𐀁"], at: "1", in: dir)
        #expect(r.stderr.contains("reel: warning: title \"Knossos 𐀀𐀁\": the font "), "\(r.stderr)")
        #expect(r.stderr.contains("has no glyphs for 2 characters (𐀀𐀁); install a font that has them or pass --font"), "\(r.stderr)")

        let out = dir.appendingPathComponent("x.png")
        let missing = try ReelRunner.run(["frame", photo, "--title", "Hi", "--font", "/nonexistent/font.ttf", "--at", "1", "-o", out.path])
        #expect(missing.status == 65)
        #expect(missing.stderr.contains("--font /nonexistent/font.ttf: no such font file"), "\(missing.stderr)")
        let notFont = dir.appendingPathComponent("fake.ttf")
        try Data("not a font".utf8).write(to: notFont)
        let bad = try ReelRunner.run(["frame", photo, "--title", "Hi", "--font", notFont.path, "--at", "1", "-o", out.path])
        #expect(bad.status == 65)
        #expect(bad.stderr.contains("t[1].sg[0] (title): \(notFont.path): opening the font failed: not a font file"), "\(bad.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func titleBurnsIntoTheVideo() throws {
        let dir = try ReelRunner.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("titled.mp4")
        let r = try ReelRunner.run(["render", photo, "--size", "320x180", "--slide", "2", "--title", "Hello", "--caption", "World",
                                    "--preset", "ultrafast", "--progress", "none", "-o", out.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try VideoProbe(out).video?.frameCount == 60)
    }
}
