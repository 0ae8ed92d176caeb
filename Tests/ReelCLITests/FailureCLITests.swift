import Foundation
import ReelCompositor
import ReelImageIO
import ReelTestSupport
import Testing

/// Decodes PNG frames written by `reel frame` (through the library's own decoder).
enum PNGReference {
    static func decode(_ url: URL) throws -> RGBAImage { try ImageDecoder().decode(url, minimumSize: nil) }
}

@Suite(.serialized) struct FailureCLITests {
    static let badInputs = ["bad/zero-bytes.jpg", "bad/truncated.jpg", "bad/truncated.png", "bad/truncated.webp", "bad/truncated.gif",
                            "bad/notanimage.jpg", "bad/huge-dimensions.png", "bad/unsupported.bmp", "bad/unsupported.tiff",
                            "bad/truncated.heic", "bad/garbage-after-ftyp.heic"]

    @Test(arguments: badInputs)
    func badInputFailsCleanlyAndLeavesNothing(_ bad: String) throws {
        let dir = try ReelRunner.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("out.mp4")
        let r = try ReelRunner.run(["render", Fixtures.url("photos/01-astronaut.jpg").path, Fixtures.url(bad).path,
                                    "--size", "320x180", "--preset", "ultrafast", "-o", out.path])
        #expect(r.status == 65, "exit \(r.status): \(r.stderr)")
        let name = (bad as NSString).lastPathComponent
        #expect(r.stderr.contains(name), "error does not name the file: \(r.stderr)")
        #expect(r.stderr.split(separator: "\n").count <= 3, "error is not short: \(r.stderr)")
        #expect(ReelRunner.contents(dir).isEmpty, "left behind: \(ReelRunner.contents(dir))")
    }

    @Test func aDamagedHEICIsRefusedBeforeAnyUpload() throws {
        // Converting it to JPEG for the cloud fails first: nothing is sent, exit 65.
        let bad = Fixtures.url("bad/truncated.heic").path
        let r = try ReelRunner.run(["cloud", "upload", bad], environment: ["NEMO_API_URL": "http://127.0.0.1:9"])
        #expect(r.status == 65, "exit \(r.status): \(r.stderr)")
        #expect(r.stderr.contains("truncated.heic is truncated or corrupt (HEIF:"), "\(r.stderr)")
    }

    @Test func failureLeavesAnExistingOutputUntouched() throws {
        let dir = try ReelRunner.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("keep.mp4")
        try Data("the user's own video".utf8).write(to: out)
        // ultrafast: the same frames, and photo 2 still fails mid-render, after frames were encoded
        let r = try ReelRunner.run(["render", Fixtures.url("photos/01-astronaut.jpg").path, Fixtures.url("bad/truncated.jpg").path,
                                    "--preset", "ultrafast", "-o", out.path])
        #expect(r.status == 65)
        #expect(try Data(contentsOf: out) == Data("the user's own video".utf8))
        #expect(ReelRunner.contents(dir) == ["keep.mp4"])
    }

    @Test func ctrlCStopsTheRenderAndLeavesNothing() throws {
        let dir = try ReelRunner.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("long.mp4")
        // Interrupted on an event: the first progress line (a frame has been encoded).
        let r = try ReelRunner.run(["render", Fixtures.url("photos").path, "--slide", "60", "--preset", "ultrafast", "--progress", "json", "-o", out.path],
                                   signalOnStdout: ("\"frames\"", SIGINT))
        #expect(r.status == 130, "exit \(r.status): \(r.stderr)")
        #expect(r.stderr.contains("cancelled"))
        #expect(ReelRunner.contents(dir).isEmpty, "left behind: \(ReelRunner.contents(dir))")
    }

    @Test func sigtermDuringARenderWithMusicLeavesNothing() throws {
        let dir = try ReelRunner.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("music.mp4")
        let r = try ReelRunner.run(["render", Fixtures.url("photos").path, "--slide", "60", "--preset", "ultrafast",
                                    "--music", Fixtures.url("audio/tone-440-4s.mp3").path, "--progress", "json", "-o", out.path],
                                   signalOnStdout: ("\"frames\"", SIGTERM))
        #expect(r.status == 130 || r.status == 143, "exit \(r.status): \(r.stderr)")
        #expect(ReelRunner.contents(dir).isEmpty, "left behind: \(ReelRunner.contents(dir))")
    }

    @Test(arguments: [
        (["--aspect", "5:3"], "--aspect 5:3"),
        (["--size", "1921x1080"], "--size 1921x1080"),
        (["--fps", "29"], "--fps 29"),
        (["--transition", "wipe"], "--transition wipe"),
        (["--quality", "ultra"], "--quality ultra"),
    ])
    func badOptionsAreUsageErrors(_ extra: [String], _ message: String) throws {
        let dir = try ReelRunner.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try ReelRunner.run(["render", Fixtures.url("photos").path, "-o", dir.appendingPathComponent("x.mp4").path] + extra)
        #expect(r.status == 64, "exit \(r.status): \(r.stderr)")
        #expect(r.stderr.contains(message))
        #expect(ReelRunner.contents(dir).isEmpty)
    }

    @Test func missingFileAndWrongOutputAreClear() throws {
        let dir = try ReelRunner.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        var r = try ReelRunner.run(["render", "/nonexistent/photo.jpg", "-o", dir.appendingPathComponent("x.mp4").path])
        #expect(r.status == 65 && r.stderr.contains("/nonexistent/photo.jpg"))
        let photo = dir.appendingPathComponent("mine.jpg")
        try FileManager.default.copyItem(at: Fixtures.url("photos/01-astronaut.jpg"), to: photo)
        r = try ReelRunner.run(["render", photo.path, "-o", photo.path])
        #expect(r.status == 65 && r.stderr.contains("must be an .mp4"))
        #expect(try Data(contentsOf: photo) == Data(contentsOf: Fixtures.url("photos/01-astronaut.jpg")))
        r = try ReelRunner.run(["render", photo.path, "-o", "/nonexistent-dir/x.mp4"])
        #expect(r.status == 65 && r.stderr.contains("/nonexistent-dir"))
    }
}

@Suite struct RawOutputCLITests {
    @Test func y4mWithMusicOrCloudIsRefusedAndNothingIsWritten() throws {
        let dir = try ReelRunner.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let photo = Fixtures.url("photos/01-astronaut.jpg").path
        let out = dir.appendingPathComponent("frames.y4m").path
        var r = try ReelRunner.run(["render", photo, "--music", Fixtures.url("audio/tone-440-2s.wav").path, "-o", out])
        #expect(r.status == 65 && r.stderr.contains("frames.y4m") && r.stderr.contains("video only"), "\(r.stderr)")
        r = try ReelRunner.run(["render", photo, "--cloud", "-o", out])
        #expect(r.status == 64 && r.stderr.contains(".y4m"), "\(r.stderr)")
        #expect(ReelRunner.contents(dir).isEmpty)
        r = try ReelRunner.run(["render", photo, "--size", "320x180", "--slide", "1", "--progress", "none", "-o", out])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(ReelRunner.contents(dir) == ["frames.y4m"])
        #expect(try decodeFrames(URL(fileURLWithPath: out), width: 320, height: 180).count == 30)
    }
}
