import Foundation
import ReelTestSupport
@testable import ReelCloud

/// A fake cloud plus a client configured against it, in a fresh temporary config folder, with
/// a manual clock: every wait the client makes returns at once and is recorded in `clock`.
struct CloudFixture {
    let cloud: FakeNemoCloud
    let root: URL
    let clock = ManualClock()
    var configuration: CloudConfiguration

    init(token: String? = nil) throws {
        cloud = try FakeNemoCloud(mp4: try TestMedia.mp4())
        root = FileManager.default.temporaryDirectory.appendingPathComponent("reel-cloud-\(UUID().uuidString.prefix(8))")
        let project = root.appendingPathComponent("project")
        try FileManager.default.createDirectory(at: project, withIntermediateDirectories: true)
        configuration = CloudConfiguration(baseURL: cloud.baseURL, fixedToken: token,
                                           configDirectory: root.appendingPathComponent("config/reel"),
                                           projectDirectory: project)
        configuration.clock = clock
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
