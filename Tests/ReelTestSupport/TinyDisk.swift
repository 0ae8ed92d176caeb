import Foundation

/// A small tmpfs: a real full disk (ENOSPC) for a test. Mounting needs root.
public struct TinyDisk: Sendable {
    /// The mounted folder.
    public let dir: URL

    /// Mounts a tmpfs of `size` (e.g. "256k") on a fresh folder; nil when mounting is impossible.
    public init?(size: String) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("reel-disk-\(UUID().uuidString)")
        guard (try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)) != nil else { return nil }
        self.dir = dir
        guard Self.tool("/bin/mount", ["-t", "tmpfs", "-o", "size=\(size)", "tmpfs", dir.path]) else {
            try? FileManager.default.removeItem(at: dir)
            return nil
        }
    }

    /// Unmounts the tmpfs and removes its folder.
    public func unmount() {
        _ = Self.tool("/bin/umount", [dir.path])
        try? FileManager.default.removeItem(at: dir)
    }

    /// True when this machine lets the tests mount a tmpfs (root, mount available).
    public static let available: Bool = {
        guard getuid() == 0, let d = TinyDisk(size: "64k") else { return false }
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
