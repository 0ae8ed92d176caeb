import Foundation
import Reel
import ReelTestSupport
import Testing

/// A render onto a full disk (a 128 KB tmpfs, so mounting needs root) is `.diskFull`.
@Suite(.serialized, .enabled(if: SmallDisk.available, "needs root to mount a small tmpfs; skipped"))
struct DiskFullTests {
    @Test func aFullDiskIsDiskFullNamingTheOutput() async throws {
        let disk = try #require(SmallDisk())
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

/// A 128 KB tmpfs on a fresh folder.
struct SmallDisk {
    let dir: URL

    init?() {
        guard let dir = try? EngineTests.scratch() else { return nil }
        self.dir = dir
        guard Self.tool("/bin/mount", ["-t", "tmpfs", "-o", "size=128k", "tmpfs", dir.path]) else {
            try? FileManager.default.removeItem(at: dir)
            return nil
        }
    }

    func unmount() {
        _ = Self.tool("/bin/umount", [dir.path])
        try? FileManager.default.removeItem(at: dir)
    }

    /// True when this machine lets the tests mount a tmpfs.
    static let available: Bool = {
        guard getuid() == 0, let d = SmallDisk() else { return false }
        d.unmount()
        return true
    }()

    private static func tool(_ path: String, _ args: [String]) -> Bool {
        guard FileManager.default.isExecutableFile(atPath: path) else { return false }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: path)
        p.arguments = args
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        guard (try? p.run()) != nil else { return false }
        p.waitUntilExit()
        return p.terminationStatus == 0
    }
}
