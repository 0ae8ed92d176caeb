import Foundation
import ReelTestSupport
@testable import ReelCloud

/// A fake cloud plus a client configured against it, in a fresh temporary config folder, with
/// every wait shortened so each test stays well under two seconds.
struct CloudFixture {
    let cloud: FakeNemoCloud
    let root: URL
    var configuration: CloudConfiguration

    init(token: String? = nil) throws {
        cloud = try FakeNemoCloud(mp4: try TestMedia.mp4())
        root = FileManager.default.temporaryDirectory.appendingPathComponent("reel-cloud-\(UUID().uuidString.prefix(8))")
        let project = root.appendingPathComponent("project")
        try FileManager.default.createDirectory(at: project, withIntermediateDirectories: true)
        configuration = CloudConfiguration(baseURL: cloud.baseURL, fixedToken: token,
                                           configDirectory: root.appendingPathComponent("config/reel"),
                                           projectDirectory: project)
        configuration.pollInterval = .milliseconds(20)
        configuration.maxPollDuration = .seconds(60) // only a bound; a test ends when the fake render does
        configuration.rateLimitWait = .milliseconds(50)
        configuration.chatDropFirstWait = .milliseconds(30)
        configuration.chatDropInterval = .milliseconds(60)
        configuration.chatDropLimit = .milliseconds(400)
        configuration.keepAliveNoticeInterval = .milliseconds(40)
        configuration.connectTimeout = .seconds(2)
        configuration.readTimeout = .seconds(20)
        configuration.chatReadTimeout = .seconds(20)
    }

    var project: URL { configuration.projectDirectory }

    func client() -> NemoClient { NemoClient(configuration: configuration) }

    /// Writes `bytes` to a file in the project folder.
    func file(_ name: String, _ bytes: Data = Data(repeating: 0xAB, count: 1000)) throws -> URL {
        let url = project.appendingPathComponent(name)
        try bytes.write(to: url)
        return url
    }

    func cleanUp() {
        cloud.server.stop()
        try? FileManager.default.removeItem(at: root)
    }
}

/// Media made once per test run.
enum TestMedia {
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
    static func mp4() throws -> Data { try made.get() }

    /// `ftyp` + `free` + empty `mdat`: boxes that add up, which is all the check needs.
    static let craftedMP4: Data = {
        func box(_ type: String, _ payload: [UInt8]) -> [UInt8] {
            let size = UInt32(8 + payload.count)
            return withUnsafeBytes(of: size.bigEndian, Array.init) + Array(type.utf8) + payload
        }
        return Data(box("ftyp", Array("isom".utf8) + [0, 0, 2, 0] + Array("isomiso2avc1mp41".utf8))
                    + box("free", []) + box("mdat", [1, 2, 3, 4]))
    }()
}
