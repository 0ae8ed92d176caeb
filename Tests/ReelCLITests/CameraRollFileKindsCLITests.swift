import Foundation
import ReelTestSupport
import Testing

/// A camera-roll folder as phones and cameras leave it: JPEGs named `.jfif`, clips in `.mts`
/// (camcorders) and `.3gp` (older phones), and files Reel cannot read (camera raw, TIFF) that
/// must be named, not silently dropped.
@Suite(.serialized) struct CameraRollFileKindsCLITests {
    @Test func otherNamesForJPEGAndClipsRenderAndUnreadableFilesAreNamed() throws {
        let dir = try ReelRunner.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let roll = dir.appendingPathComponent("Camera", isDirectory: true)
        try FileManager.default.createDirectory(at: roll, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Fixtures.url("photos/01-astronaut.jpg"), to: roll.appendingPathComponent("1 photo.jfif"))
        let clip = Fixtures.url("clips/level-30fps-sound.mp4").path
        // The same 2 s clip in the containers a camcorder and an old phone write (stream copies).
        _ = try runTool("ffmpeg", ["-loglevel", "error", "-y", "-i", clip, "-c", "copy", roll.appendingPathComponent("2 camcorder.mts").path])
        _ = try runTool("ffmpeg", ["-loglevel", "error", "-y", "-i", clip, "-c", "copy", roll.appendingPathComponent("3 phone.3gp").path])
        for junk in ["4 raw.dng", "5 scan.TIF", ".6 hidden.tif"] {
            _ = FileManager.default.createFile(atPath: roll.appendingPathComponent(junk).path, contents: Data([0x49, 0x49, 0x2A, 0]))
        }
        let out = dir.appendingPathComponent("roll.mp4")
        let r = try ReelRunner.run(["render", roll.path, "--size", "320x180", "--preset", "ultrafast", "--progress", "none", "-o", out.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("left out 2 files Reel cannot read: 4 raw.dng, 5 scan.TIF"), "\(r.stderr)")
        #expect(!r.stderr.contains("hidden"))
        // A 3 s photo and two 2 s clips with 0.5 s crossfades: 3 + 2 + 2 − 2·0.5 = 6 s = 180 frames.
        let frames = try decodeFrames(out, width: 320, height: 180)
        #expect(frames.count == 180)
        // The .mts clip starts at 2.5 s: 1 s into it (frame 105) shows its frame 30, whatever
        // timestamp the transport stream starts at; the .3gp one starts at 4 s (frame 120 + 30).
        if frames.count == 180 {
            #expect(abs(levelFrameNumber(frames[105]) - 30) <= 1)
            #expect(abs(levelFrameNumber(frames[150]) - 30) <= 1)
        }
        #expect(try VideoProbe(out).hasAudio)
    }
}
