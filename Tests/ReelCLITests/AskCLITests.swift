import Foundation
import ReelTestSupport
import ReelTimeline
import Testing

@Suite(.serialized) struct AskCLITests {
    /// The JSON object that `--dry-run` prints after the plan.
    func draft(in stdout: String) throws -> Timeline {
        let start = try #require(stdout.firstIndex(of: "{"))
        return try Timeline(draftJSON: Data(stdout[start...].utf8))
    }

    @Test func plainWordsBecomeTheDraftOffline() throws {
        let r = try ReelRunner.run(["ask", "turn these photos into a 10-second vertical video with fade to black", Fixtures.url("photos").path, "--dry-run"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Video: 5 photos (0-10s)"))
        let t = try draft(in: r.stdout)
        #expect(t.durationMs == 10_000 && t.profile.width == 1080 && t.profile.height == 1920)
        #expect(t.tracks[0].segments[1].transition?.kind == .fadeBlack)
    }

    @Test func chineseRequest() throws {
        let r = try ReelRunner.run(["ask", "做一个半分钟的方形视频", Fixtures.url("photos").path, "--dry-run"])
        #expect(r.status == 0, "\(r.stderr)")
        let t = try draft(in: r.stdout)
        #expect(t.durationMs == 30_000 && t.profile.width == 1080 && t.profile.height == 1080)
    }

    @Test func refiningADraftKeepsWhatTheRequestDidNotTouch() throws {
        let dir = try ReelRunner.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let draftURL = dir.appendingPathComponent("trip.json")
        var r = try ReelRunner.run(["draft", Fixtures.url("photos").path, "--duration", "12", "-o", draftURL.path])
        #expect(r.status == 0, "\(r.stderr)")
        // A key Reel does not know, as a cloud draft would carry.
        var json = try JSONSerialization.jsonObject(with: Data(contentsOf: draftURL)) as! [String: Any]
        json["cloud_project"] = ["id": "p-42"]
        try JSONSerialization.data(withJSONObject: json).write(to: draftURL)
        r = try ReelRunner.run(["ask", "make it 20 seconds and slower transitions", "--draft", draftURL.path])
        #expect(r.status == 0, "\(r.stderr)")
        let t = try Timeline(contentsOf: draftURL)
        #expect(t.durationMs == 20_000)
        #expect(t.tracks[0].segments[1].transition?.durationMs == 750)
        #expect(t.extra["cloud_project"] == .object(["id": .string("p-42")]))
        #expect(t.tracks[0].segments.count == 5)
        #expect(ReelRunner.contents(dir) == ["trip.json"])
    }

    @Test func cloudOnlyRequestsAreAnsweredOfflineAtOnce() throws {
        // "At once" means without the network: a cloud is listening, and nothing may reach it.
        let cloud = try FakeNemoCloud(mp4: TestMedia.craftedMP4)
        defer { cloud.server.stop() }
        let r = try ReelRunner.run(["ask", "generate new drone footage of the city", Fixtures.url("photos").path, "--dry-run"],
                                   environment: ["NEMO_API_URL": cloud.baseURL.absoluteString, "https_proxy": cloud.baseURL.absoluteString,
                                                 "http_proxy": cloud.baseURL.absoluteString])
        #expect(r.stdout.lowercased().contains("cloud") || r.stderr.lowercased().contains("cloud"))
        #expect(cloud.with { $0.requests.isEmpty })
    }
}
