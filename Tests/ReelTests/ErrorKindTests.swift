import Foundation
import Reel
import ReelTestSupport
import Testing

/// Every failure family reaches an app as a `ReelError` with a kind to switch over, the file and
/// the JSON path.
@Suite struct ErrorKindTests {
    func render(_ draft: ReelDraft, _ dir: URL, name: String = "v.mp4") async throws -> ReelError? {
        await #expect(throws: ReelError.self) {
            try await ReelEngine().render(draft, to: dir.appendingPathComponent(name), settings: EngineTests.fast)
        }
    }

    func draft(_ photos: [String], titleFirst: Bool = false) throws -> ReelDraft {
        var d = try EngineTests.draft()
        d.timeline = try Slideshow.timeline(photos: photos.map { Fixtures.url($0).path }, options: {
            var o = SlideshowOptions()
            o.profile = OutputProfile(width: 320, height: 180, fps: 30)
            o.slideDurationMs = 1000
            return o
        }())
        if titleFirst {
            try Slideshow.addTitle("Title", durationMs: 1000, to: &d.timeline)
            d.timeline.tracks.reverse()
        }
        return d
    }

    @Test func aDamagedPhotoIsBadInputAtItsSegmentsRealPath() async throws {
        let dir = try EngineTests.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let d = try draft(["photos/01-astronaut.jpg", "bad/truncated.jpg"], titleFirst: true)
        #expect(d.timeline.tracks[1].kind == .video)
        let error = try await render(d, dir)
        #expect(error?.kind == .badInput)
        #expect(error?.file?.hasSuffix("truncated.jpg") == true)
        #expect(error?.path == "t[1].sg[1]")
        #expect(error?.message.contains("t[1].sg[1]") == true && error?.message.contains("t[0]") == false)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
    }

    @Test func aFormatReelCannotReadIsUnsupported() async throws {
        let dir = try EngineTests.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let error = try await render(try draft(["photos/01-astronaut.jpg", "bad/unsupported.bmp"]), dir)
        #expect(error?.kind == .unsupported)
        #expect(error?.file?.hasSuffix("unsupported.bmp") == true)
    }

    @Test(arguments: [("bad/bad-truncated.mp3", ReelError.Kind.badInput), ("bad/bad-notaudio.mp3", .unsupported),
                      ("bad/bad-unsupported-codec.wav", .unsupported), ("bad/bad-no-audio.mp4", .badInput)])
    func badMusicNamesTheFile(_ music: String, _ kind: ReelError.Kind) async throws {
        let dir = try EngineTests.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        var d = try EngineTests.draft()
        try Slideshow.addMusic([MusicFile(source: Fixtures.url(music).path, durationMs: 2000)], to: &d.timeline)
        let error = try await render(d, dir)
        #expect(error?.kind == kind, "\(String(describing: error))")
        #expect(error?.file == Fixtures.url(music).path)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
    }

    @Test func aDamagedClipIsBadInputNamingTheFile() async throws {
        let dir = try EngineTests.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        var o = SlideshowOptions()
        o.profile = OutputProfile(width: 320, height: 180, fps: 30)
        let clip = Fixtures.url("bad/truncated-clip.mp4").path
        let d = ReelDraft(try Slideshow.timeline(media: [.photo(EngineTests.photos[0].path), .clip(clip, durationMs: 2000)], options: o))
        let error = try await render(d, dir)
        #expect(error?.kind == .badInput, "\(String(describing: error))")
        #expect(error?.file == clip)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
    }

    @Test func cloudFailuresKeepTheirMeaning() {
        let table: [(CloudError.Kind, ReelError.Kind)] = [
            (.unreachable, .cloudUnreachable), (.timedOut, .cloudUnreachable), (.connectionLost, .cloudUnreachable),
            (.invalidToken, .cloudNotAllowed), (.outOfCredits, .cloudNotAllowed), (.planBlocked, .cloudNotAllowed),
            (.pathNotAllowed, .cloudNotAllowed), (.missingClientID, .cloudNotAllowed),
            (.rateLimited, .cloudBusy), (.renderTimedOut, .cloudBusy), (.chatDropped, .cloudBusy),
            (.unsupportedFileType, .cloudRefused), (.fileTooLarge, .cloudRefused), (.nothingToExport, .cloudRefused),
            (.unknownJob, .cloudRefused), (.configuration, .cloudConfiguration), (.localFile, .outputNotWritable),
            (.cancelled, .cancelled), (.server, .cloudFailed), (.invalidResponse, .cloudFailed), (.limitExceeded, .cloudFailed),
            (.renderFailed, .cloudFailed), (.invalidDownload, .cloudFailed), (.chatFailed, .cloudFailed), (.sessionNotFound, .cloudFailed),
        ]
        for (cloud, kind) in table {
            let error = ReelError(CloudError(cloud, "what happened", suggestion: "what to do"))
            #expect(error.kind == kind, "\(cloud)")
            #expect(error.description == "what happened\nwhat to do")
        }
    }

    @Test func aBadDraftValueNamesTheFileAndJSONPath() throws {
        let dir = try EngineTests.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        var json = try #require(JSONSerialization.jsonObject(with: try EngineTests.draft().timeline.draftJSON()) as? [String: Any])
        var tracks = try #require(json["t"] as? [[String: Any]])
        var segments = try #require(tracks[0]["sg"] as? [[String: Any]])
        segments[1]["d"] = -5
        tracks[0]["sg"] = segments
        json["t"] = tracks
        let file = dir.appendingPathComponent("trip.json")
        try JSONSerialization.data(withJSONObject: json).write(to: file)
        let error = #expect(throws: ReelError.self) { try ReelDraft(contentsOf: file) }
        #expect(error?.kind == .badInput)
        #expect(error?.path == "t[0].sg[1].d")
        #expect(error?.file?.hasSuffix("trip.json") == true)
    }

    @Test func anOutputThatIsAFolderIsNotWritable() async throws {
        let dir = try EngineTests.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("v.mp4"), withIntermediateDirectories: false)
        let error = try await render(try EngineTests.draft(), dir)
        #expect(error?.kind == .outputNotWritable)
        #expect(error?.file?.hasSuffix("v.mp4") == true)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["v.mp4"])
    }

    /// A loopback port nothing listens on: bound, then closed.
    static func deadPort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        var len = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, len) == 0 && getsockname(fd, $0, &len) == 0 }
        }
        guard bound else { throw ProbeError("cannot bind a loopback port") }
        return Int(UInt16(bigEndian: addr.sin_port))
    }

    func cloud(_ dir: URL) throws -> CloudRenderer {
        let url = try #require(URL(string: "http://127.0.0.1:\(try Self.deadPort())"))
        let config = CloudConfiguration(baseURL: url, fixedToken: "test-token", configDirectory: dir.appendingPathComponent("config"),
                                        projectDirectory: dir)
        return CloudRenderer(client: NemoClient(configuration: config))
    }

    @Test func anUnreachableCloudIsCloudUnreachableWithoutFallback() async throws {
        let dir = try EngineTests.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let cloud = try cloud(dir)
        let error = await #expect(throws: ReelError.self) {
            try await ReelEngine().export(try EngineTests.draft(), to: dir.appendingPathComponent("v.mp4"), cloud: cloud, fallback: .fail)
        }
        #expect(error?.kind == .cloudUnreachable)
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("v.mp4").path))
    }

    @Test func anUnreachableCloudFallsBackToALocalRender() async throws {
        let dir = try EngineTests.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("v.mp4")
        let events = EngineTests.Recorder<CloudExportEvent>()
        let outcome = try await ReelEngine().export(try EngineTests.draft(), to: out, cloud: try cloud(dir),
                                                    settings: EngineTests.fast) { events.add($0) }
        guard case .local(let report) = outcome else { Issue.record("rendered in the cloud?"); return }
        #expect(report.frameCount == 60)
        #expect(try VideoProbe(out).video?.frameCount == 60)
        let fallbacks = events.all.compactMap { e -> ReelError? in if case .fallingBack(let reason, _) = e { return reason } else { return nil } }
        #expect(fallbacks.map(\.kind) == [.cloudUnreachable])
        let frames = events.all.compactMap { e -> Int? in if case .local(let p) = e { return p.framesDone } else { return nil } }
        #expect(frames == Array(1...60))
    }
}
