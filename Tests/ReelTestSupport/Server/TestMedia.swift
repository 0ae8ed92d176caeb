import Foundation

/// Media made once per test run.
package enum TestMedia {
    private static let made: Result<Data, any Error> = Result {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("reel-cloud-media-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let out = dir.appendingPathComponent("x.mp4")
        if let data = try? Data(contentsOf: out) { return data }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["ffmpeg", "-loglevel", "error", "-y", "-f", "lavfi", "-i", "testsrc=size=64x64:rate=10",
                       "-t", "1", "-c:v", "libx264", "-pix_fmt", "yuv420p", out.path]
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        if p.terminationStatus == 0, let data = try? Data(contentsOf: out) { return data }
        return craftedMP4
    }

    /// A tiny real MP4 (generated with ffmpeg; a hand-made box sequence when ffmpeg is missing).
    package static func mp4() throws -> Data { try made.get() }

    /// `ftyp` + `free` + empty `mdat`: boxes that add up, which is all the check needs.
    package static let craftedMP4: Data = {
        func box(_ type: String, _ payload: [UInt8]) -> [UInt8] {
            let size = UInt32(8 + payload.count)
            return withUnsafeBytes(of: size.bigEndian, Array.init) + Array(type.utf8) + payload
        }
        return Data(box("ftyp", Array("isom".utf8) + [0, 0, 2, 0] + Array("isomiso2avc1mp41".utf8))
                    + box("free", []) + box("mdat", [1, 2, 3, 4]))
    }()
}
