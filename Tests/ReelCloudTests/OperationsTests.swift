import Foundation
import ReelTestSupport
import Testing
import ReelTimeline
@testable import ReelCloud

@Suite("Credits, upload and state")
struct OperationsTests {
    @Test func uploadReturnsTheCloudURLsWithProgress() async throws {
        let f = try CloudFixture()
        defer { f.cleanUp() }
        let a = try f.file("a.jpg", Data(repeating: 1, count: 20_000))
        let b = try f.file("b.PNG", Data(repeating: 2, count: 30_000))
        let seen = Collector<UploadProgress>()
        let media = try await f.client().upload([a, b]) { seen.add($0) }
        #expect(media.map(\.url) == ["https://cdn.example/up/a.jpg", "https://cdn.example/up/b.PNG"])
        #expect(media.first?.width == 64)
        #expect(f.cloud.with { $0.uploadedNames } == ["a.jpg", "b.PNG"])
        #expect(seen.all.last == UploadProgress(fileIndex: 1, fileCount: 2, bytesSent: 50_000, totalBytes: 50_000))
    }

    @Test func typeAndSizeAreCheckedBeforeSending() async throws {
        var f = try CloudFixture()
        defer { f.cleanUp() }
        f.configuration.maxUploadBytes = 10_000
        let good = try f.file("ok.jpg")
        let tiff = try f.file("scan.tiff")
        let big = try f.file("big.mp4", Data(count: 10_001))
        let e1 = await cloudError { try await f.client().upload([good, tiff]) }
        #expect(e1?.kind == .unsupportedFileType)
        #expect(e1?.description.contains("mp4 mov avi webm mkv jpg png gif webp mp3 wav m4a aac") == true)
        let e2 = await cloudError { try await f.client().upload([good, big]) }
        #expect(e2?.kind == .fileTooLarge)
        #expect(f.cloud.count("/api/upload-video") == 0)
    }

    @Test func serverSide4001And4002ReadTheSameWay() async throws {
        let f = try CloudFixture()
        defer { f.cleanUp() }
        let file = try f.file("a.jpg")
        f.cloud.inject("/api/upload-video", #"{"code":4001,"message":"unsupported"}"#)
        let e1 = await cloudError { try await f.client().upload([file]) }
        #expect(e1?.kind == .unsupportedFileType)
        #expect(e1?.description.contains("Use one of: mp4") == true)
        f.cloud.inject("/api/upload-video", status: 413, #"{"code":4002,"msg":"too large"}"#)
        let e2 = await cloudError { try await f.client().upload([file]) }
        #expect(e2?.kind == .fileTooLarge)
        #expect(e2?.description.contains("200 MB") == true)
    }

    @Test func stateGivesTheSummaryAndAReadableDraft() async throws {
        let f = try CloudFixture()
        defer { f.cleanUp() }
        let state = try await f.client().state()
        #expect(state.isExportable)
        #expect(state.summaryLines == ["Timeline (2 tracks):", "  1. Video: 2 photos (0-6s)", "  2. BGM: song.mp3 (0-6s, 35%)"])
        let timeline = try Timeline(draftJSON: state.draftFileData())
        #expect(timeline.tracks.count == 2)
        #expect(timeline.extra["cloud_key"] == .object(["kept": .bool(true)]))
    }

    @Test func emptyStateIsNotExportable() async throws {
        let f = try CloudFixture()
        defer { f.cleanUp() }
        f.cloud.with { $0.draft = ["t": [["tt": 0, "sg": []]]] }
        let client = f.client()
        #expect(try await client.state().isExportable == false)
        let e = await cloudError { try await client.export(to: f.project.appendingPathComponent("o.mp4")) }
        #expect(e?.kind == .nothingToExport)
    }

    @Test func outOfCreditsCarriesTheRegistrationLink() async throws {
        let f = try CloudFixture()
        defer { f.cleanUp() }
        f.cloud.inject("/api/credits", #"{"code":2001,"message":"insufficient credits"}"#)
        let e = await cloudError { try await f.client().credits() }
        #expect(e?.kind == .outOfCredits)
        #expect(e?.allowsLocalFallback == true)
        #expect(e?.registrationURL == "https://nemovideo.ai/?bind=anon_42")
        f.cloud.inject("/api/credits", status: 403, #"{"code":2001,"message":"no credits","data":{"register_url":"https://signup.example/?bind=anon_42"}}"#)
        let e2 = await cloudError { try await f.client().credits() }
        #expect(e2?.registrationURL == "https://signup.example/?bind=anon_42")
        #expect(e2?.description.contains("https://signup.example/?bind=anon_42") == true)
    }
}
