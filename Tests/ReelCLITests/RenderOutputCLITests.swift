import Foundation
import ReelCompositor
import ReelTestSupport
import Testing

/// The render's closing line and its output name checks.
@Suite(.serialized) struct RenderOutputCLITests {
    let photo = Fixtures.url("photos/01-astronaut.jpg").path
    let small = ["--size", "320x180", "--preset", "ultrafast", "--progress", "none"]

    @Test func closingLineGivesTheWrittenFilesLength() throws {
        let dir = try ReelRunner.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("odd.mp4")
        // 2.99 s of photo is 89.7 frames: 90 are written, 3 s at 30 fps.
        let r = try ReelRunner.run(["render", photo, "--slide", "2.99"] + small + ["-o", out.path])
        #expect(r.status == 0, "\(r.stderr)")
        let frames = try #require(try VideoProbe(out).video?.frameCount)
        #expect(frames == 90)
        #expect(r.stdout.contains("(3 s, 320x180, 30 fps, 90 frames)"), "\(r.stdout)")
    }

    @Test func outputWithoutAnExtensionOrAFolderIsExplained() throws {
        let dir = try ReelRunner.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let folder = dir.appendingPathComponent("somefolder")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        // A folder cannot be written (73, as a folder named like a video always was); a bad name is bad input (65).
        let cases: [(String, Int32, String)] = [("noext", 65, "has no extension; add .mp4"),
                                                ("somefolder", 73, "this is a folder; give a file name inside it"),
                                                (".mp4", 65, "is only an extension; give it a name")]
        for (name, status, message) in cases {
            let r = try ReelRunner.run(["render", photo] + small + ["-o", name], in: dir)
            #expect(r.status == status, "\(name): \(r.stderr)")
            #expect(r.stderr.contains(message) && !r.stderr.contains("got \".\""), "\(name): \(r.stderr)")
        }
        #expect(ReelRunner.contents(dir) == ["somefolder"])
        #expect(ReelRunner.contents(folder).isEmpty)
    }
}
