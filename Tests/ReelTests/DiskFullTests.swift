import Foundation
import Reel
import ReelTestSupport
import Testing

/// A render onto a full disk (a 128 KB tmpfs, so mounting needs root) is `.diskFull`.
@Suite(.serialized, .enabled(if: TinyDisk.available, "needs root to mount a small tmpfs; skipped"))
struct DiskFullTests {
    @Test func aFullDiskIsDiskFullNamingTheOutput() async throws {
        let disk = try #require(TinyDisk(size: "128k"))
        defer { disk.unmount() }
        let out = disk.dir.appendingPathComponent("v.mp4")
        var draft = try EngineTests.draft()
        draft.timeline.profile = OutputProfile(width: 640, height: 360, fps: 30)
        let error = await #expect(throws: ReelError.self) { try await ReelEngine().render(draft, to: out, settings: EngineTests.fast) }
        #expect(error?.kind == .diskFull)
        #expect(error?.file == out.path)
        #expect(try FileManager.default.contentsOfDirectory(atPath: disk.dir.path).isEmpty)
    }
}
