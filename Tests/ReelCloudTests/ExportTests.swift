import Foundation
import ReelTestSupport
import Testing
import ReelTimeline
@testable import ReelCloud

@Suite("Export, resume and cloud render")
struct ExportTests {
    @Test(arguments: [FakeNemoCloud.PollShape.dataOutputURL, .topLevelOutput, .unwrapped])
    func exportDownloadsTheServersMP4(shape: FakeNemoCloud.PollShape) async throws {
        let f = try CloudFixture()
        defer { f.cleanUp() }
        f.cloud.with { $0.pollShape = shape; $0.pollsBeforeDone = 2 }
        let out = f.project.appendingPathComponent("out/final.mp4")
        let seen = Collector<ExportProgress>()
        let client = f.client()
        let result = try await client.export(to: out) { seen.add($0) }
        #expect(try Data(contentsOf: out) == f.cloud.mp4)
        #expect(result.bytes == Int64(f.cloud.mp4.count))
        #expect(seen.all.contains(.rendering(status: "processing", percent: 60)))
        #expect(seen.all.contains(.verifying))
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.deletingLastPathComponent().path) == ["final.mp4"])
        let job = try #require(client.jobs.job(result.renderID))
        #expect(job.status == .completed)
        #expect(result.renderID.hasPrefix("render_"))
        let submitted = try #require(f.cloud.with { $0.submittedDrafts.first })
        #expect((submitted["cloud_key"] as? [String: Any])?["kept"] as? Bool == true)
    }

    @Test func downloadEndpointIsTheFallbackForAMissingURL() async throws {
        let f = try CloudFixture()
        defer { f.cleanUp() }
        f.cloud.with { $0.serveOutputURL = false }
        let out = f.project.appendingPathComponent("o.mp4")
        _ = try await f.client().export(to: out)
        #expect(try Data(contentsOf: out) == f.cloud.mp4)
        #expect(f.cloud.count("/api/render/proxy/render_") == 1)
    }

    @Test func duplicateIDIsReplacedByANewOne() async throws {
        let f = try CloudFixture()
        defer { f.cleanUp() }
        f.cloud.with { $0.rejectFirstRenderIDAsDuplicate = true }
        let client = f.client()
        let result = try await client.export(to: f.project.appendingPathComponent("o.mp4"))
        let ids = f.cloud.with { $0.requests.filter { $0.path == "/api/render/proxy/lambda" }.compactMap { $0.json?["id"] as? String } }
        #expect(ids.count == 2 && ids[0] != ids[1] && ids[1] == result.renderID)
        #expect(client.jobs.all().map(\.id) == [result.renderID])
    }

    @Test func failedRenderSaysWhy() async throws {
        let f = try CloudFixture()
        defer { f.cleanUp() }
        f.cloud.with { $0.renderFails = true }
        let e = await cloudError { try await f.client().export(to: f.project.appendingPathComponent("o.mp4")) }
        #expect(e?.kind == .renderFailed)
        #expect(e?.description.contains("codec exploded") == true)
        #expect(!FileManager.default.fileExists(atPath: f.project.appendingPathComponent("o.mp4").path))
    }

    @Test func truncatedDownloadNeverReachesTheOutput() async throws {
        let f = try CloudFixture()
        defer { f.cleanUp() }
        f.cloud.with { $0.truncateDownload = true }
        let out = f.project.appendingPathComponent("o.mp4")
        let e = await cloudError { try await f.client().export(to: out) }
        #expect(e?.description.contains("reel cloud resume") == true)
        #expect(try FileManager.default.contentsOfDirectory(atPath: f.project.path).isEmpty)
    }

    @Test func planBlockedExportAllowsFallback() async throws {
        let f = try CloudFixture()
        defer { f.cleanUp() }
        f.cloud.inject("/api/render/proxy/lambda", status: 402, #"{"success":false,"error":"export requires a paid plan"}"#)
        let client = f.client()
        let e = await cloudError { try await client.export(to: f.project.appendingPathComponent("o.mp4")) }
        #expect(e?.kind == .planBlocked)
        #expect(e?.allowsLocalFallback == true)
        #expect(client.jobs.all().isEmpty) // refused outright: nothing to resume
    }

    @Test func killedExportIsResumed() async throws {
        let f = try CloudFixture()
        defer { f.cleanUp() }
        f.cloud.with { $0.pollsBeforeDone = 1000 }
        let out = f.project.appendingPathComponent("killed.mp4")
        let first = f.client()
        let secondPoll = AsyncSignal()
        let cloud = f.cloud
        // Weak: the server keeps this closure, so a strong capture would keep the server alive.
        f.cloud.with { $0.onRequest = { [weak cloud] r in
            if r.path.hasPrefix("/api/render/proxy/lambda/") && cloud?.count("/api/render/proxy/lambda/") == 2 { secondPoll.fire() }
        } }
        let task = Task { try await first.export(to: out) }
        await secondPoll.wait()
        task.cancel() // the terminal closed
        _ = await task.result
        let job = try #require(first.jobs.all().first)
        #expect(job.isUnfinished)
        #expect(job.output == out.path)

        f.cloud.with { $0.pollsBeforeDone = 0 }
        let later = f.client() // a new process
        let result = try await later.resume(job.id)
        #expect(result.output.path == out.path)
        #expect(try Data(contentsOf: out) == f.cloud.mp4)
        #expect(later.jobs.job(job.id)?.status == .completed)
        let e = await cloudError { try await later.resume("render_unknown") }
        #expect(e?.kind == .unknownJob)
    }

    @Test func renderTimeoutLeavesAResumableJob() async throws {
        var f = try CloudFixture()
        defer { f.cleanUp() }
        f.configuration.maxPollDuration = .milliseconds(100)
        f.cloud.with { $0.pollsBeforeDone = 1000 }
        let e = await cloudError { try await f.client().export(to: f.project.appendingPathComponent("o.mp4")) }
        #expect(e?.kind == .renderTimedOut)
        let id = try #require(e?.renderID)
        #expect(e?.description.contains("reel cloud resume \(id)") == true)
    }

    @Test func renderCloudRoundTrip() async throws {
        let f = try CloudFixture()
        defer { f.cleanUp() }
        _ = try f.file("one.jpg")
        let photos = f.project.appendingPathComponent("photos")
        try FileManager.default.createDirectory(at: photos, withIntermediateDirectories: true)
        try Data(repeating: 3, count: 500).write(to: photos.appendingPathComponent("two.png"))
        let timeline = Timeline(tracks: [
            Track(kind: .video, segments: [Segment(source: "one.jpg", startMs: 0, durationMs: 2000),
                                           Segment(source: "photos/two.png", startMs: 2000, durationMs: 2000),
                                           Segment(source: "one.jpg", startMs: 4000, durationMs: 1000),
                                           Segment(source: "https://cdn.example/already.jpg", startMs: 5000, durationMs: 1000)]),
        ], metadata: ["title": .string("Trip")])
        let out = f.project.appendingPathComponent("trip.mp4")
        let result = try await f.client().render(timeline, relativeTo: f.project, to: out)
        #expect(try Data(contentsOf: out) == f.cloud.mp4)
        #expect(result.output == out)
        #expect(f.cloud.with { $0.uploadedNames }.sorted() == ["one.jpg", "two.png"])
        let draft = try #require(f.cloud.with { $0.submittedDrafts.first })
        let srcs = ((draft["t"] as? [[String: Any]])?.first?["sg"] as? [[String: Any]])?.compactMap { $0["src"] as? String }
        #expect(srcs == ["https://cdn.example/up/one.jpg", "https://cdn.example/up/two.png",
                         "https://cdn.example/up/one.jpg", "https://cdn.example/already.jpg"])
    }

    @Test func fallbackRendersLocallyWhenTheServerIsDown() async throws {
        var f = try CloudFixture()
        defer { f.cleanUp() }
        f.cloud.server.stop()
        f.configuration.baseURL = f.cloud.baseURL
        let out = f.project.appendingPathComponent("local.mp4")
        let client = f.client()
        let timeline = Timeline(tracks: [Track(kind: .video, segments: [Segment(source: "https://x/a.jpg", startMs: 0, durationMs: 1000)])])
        let notices = Collector<String>()
        let used = try await CloudFallback.run(enabled: true) {
            _ = try await client.render(timeline, relativeTo: f.project, to: out)
            return "cloud"
        } local: {
            try TestMedia.mp4().write(to: out) // stands in for the local renderer
            return "local"
        } onFallback: { notices.add(CloudFallback.notice(for: $0)) }
        #expect(used == "local")
        #expect(notices.all.first?.contains("rendering locally instead") == true)
        #expect(FileManager.default.fileExists(atPath: out.path))

        let e = await cloudError {
            try await CloudFallback.run(enabled: false) { try await client.credits() } local: { Credits(available: 0, frozen: 0, total: 0) } onFallback: { _ in }
        }
        #expect(e?.kind == .unreachable)
    }

    @Test func mp4Check() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("reel-mp4-\(UUID().uuidString.prefix(6))")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let good = dir.appendingPathComponent("g.mp4")
        try TestMedia.mp4().write(to: good)
        #expect(MP4Check.problem(at: good) == nil)
        try TestMedia.craftedMP4.write(to: good)
        #expect(MP4Check.problem(at: good) == nil)
        try TestMedia.mp4().dropLast(10).write(to: good)
        #expect(MP4Check.problem(at: good)?.contains("truncated") == true)
        try Data("<html>error page</html>".utf8).write(to: good)
        #expect(MP4Check.problem(at: good)?.contains("not an MP4") == true)
    }
}
