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
        #expect(ReelRunner.contents(dir) == [".trip.json.history", "trip.json"])
    }

    @Test func undoAndRedoStepThroughTheDraftsVersions() throws {
        let dir = try ReelRunner.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let draftURL = dir.appendingPathComponent("trip.json")
        var r = try ReelRunner.run(["ask", "a 12 second video", Fixtures.url("photos").path, "--draft", draftURL.path])
        #expect(r.status == 0, "\(r.stderr)")
        r = try ReelRunner.run(["ask", "make it 20 seconds", "--draft", draftURL.path])
        #expect(r.status == 0, "\(r.stderr)")
        r = try ReelRunner.run(["ask", "fade to black", "--draft", draftURL.path])
        #expect(try Timeline(contentsOf: draftURL).tracks[0].segments[1].transition?.kind == .fadeBlack)
        r = try ReelRunner.run(["ask", "undo", "--draft", draftURL.path])
        #expect(r.status == 0, "\(r.stderr)")
        var t = try Timeline(contentsOf: draftURL)
        #expect(t.durationMs == 20_000 && t.tracks[0].segments[1].transition?.kind == .crossfade)
        r = try ReelRunner.run(["ask", "撤销", "--draft", draftURL.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try Timeline(contentsOf: draftURL).durationMs == 12_000)
        r = try ReelRunner.run(["ask", "undo", "--draft", draftURL.path])
        #expect(r.status == 1 && r.stderr.contains("Nothing to undo"))
        #expect(try Timeline(contentsOf: draftURL).durationMs == 12_000)
        r = try ReelRunner.run(["ask", "redo", "--draft", draftURL.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try Timeline(contentsOf: draftURL).durationMs == 20_000)
        r = try ReelRunner.run(["ask", "重做", "--draft", draftURL.path])
        t = try Timeline(contentsOf: draftURL)
        #expect(t.durationMs == 20_000 && t.tracks[0].segments[1].transition?.kind == .fadeBlack)
        // a new edit forgets what was undone
        r = try ReelRunner.run(["ask", "undo", "--draft", draftURL.path])
        r = try ReelRunner.run(["ask", "vertical", "--draft", draftURL.path])
        r = try ReelRunner.run(["ask", "redo", "--draft", draftURL.path])
        #expect(r.status == 1 && r.stderr.contains("Nothing to redo"))
        #expect(try Timeline(contentsOf: draftURL).profile.height == 1920)
    }

    @Test func negatedWordsDoNotApply() throws {
        let r = try ReelRunner.run(["ask", "don't fade to black between photos, not vertical", Fixtures.url("photos").path, "--dry-run"])
        #expect(r.status == 0, "\(r.stderr)")
        let t = try draft(in: r.stdout)
        #expect(t.tracks[0].segments[1].transition?.kind == .crossfade && t.profile.width == 1920)
        #expect(r.stdout.contains("not fade-to-black"))
    }

    /// Transitions too long for the photos they join ("1 second long with 2 second crossfades")
    /// are shortened so that each photo holds its transitions in and out: the draft renders, and
    /// what was understood is printed with it.
    @Test func transitionsTooLongForThePhotosAreShortenedToFit() throws {
        let r = try ReelRunner.run(["ask", "make it 1 second long with 2 second crossfades", Fixtures.url("photos").path, "--dry-run"])
        #expect(r.status == 0, "\(r.status) \(r.stderr)")
        #expect(r.stdout.contains("Understood:") && r.stdout.contains("total length 1 s"))
        let t = try draft(in: r.stdout)
        let segments = t.tracks[0].segments
        #expect(segments.count == 5)
        for (i, s) in segments.enumerated() {
            let into = s.transition?.durationMs ?? 0
            let out = i + 1 < segments.count ? segments[i + 1].transition?.durationMs ?? 0 : 0
            #expect(into + out <= s.durationMs, "photo \(i + 1): \(into) + \(out) ms of transitions in \(s.durationMs) ms")
        }
    }

    @Test func aCloudOnlyDryRunPrintsTheNoteAndTheDraft() throws {
        let r = try ReelRunner.run(["ask", "add AI voiceover", Fixtures.url("photos").path, "--dry-run"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("needs the cloud"))
        #expect(try draft(in: r.stdout).tracks[0].segments.count == 5)
        let plain = try ReelRunner.run(["ask", "add AI voiceover", Fixtures.url("photos").path, "-o", "/nonexistent/x.mp4"])
        #expect(plain.status == 1 && plain.stderr.contains("needs the cloud"))
    }

    @Test func withCloudOnlyTheCloudIntentsGoToTheCloud() throws {
        let dir = try ReelRunner.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let env = ["XDG_CONFIG_HOME": dir.appendingPathComponent("config").path, "NEMO_TOKEN": ""]
        // nothing listens there: a request sent to the cloud fails as `reel cloud` does (69)
        let sent = try ReelRunner.run(["ask", "add AI voiceover", "--cloud", "--api-url", "http://127.0.0.1:9"], environment: env)
        #expect(sent.status == 69, "\(sent.status) \(sent.stderr)")
        let credits = try ReelRunner.run(["ask", "how many credits do i have", "--cloud", "--api-url", "http://127.0.0.1:9"], environment: env)
        #expect(credits.status == 69, "\(credits.status) \(credits.stderr)")
        // an offline request stays offline
        let local = try ReelRunner.run(["ask", "make it 10 seconds", Fixtures.url("photos").path, "--dry-run", "--cloud", "--api-url", "http://127.0.0.1:9"], environment: env)
        #expect(local.status == 0, "\(local.stderr)")
        #expect(try draft(in: local.stdout).durationMs == 10_000)
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
