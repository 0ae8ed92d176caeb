import Foundation
import ReelTestSupport
import Testing
import ReelTimeline
@testable import ReelCloud

/// A draft from elsewhere must not collect the user's files: only what is inside its folder
/// (or explicitly allowed) is uploaded.
@Suite("Upload confinement")
struct ConfinementTests {
    /// The fixture's project as a draft folder, plus a secret folder beside it.
    func hostile(_ f: CloudFixture, src: String) throws -> (Timeline, URL) {
        let secret = f.root.appendingPathComponent("secret")
        try FileManager.default.createDirectory(at: secret, withIntermediateDirectories: true)
        try Data(repeating: 7, count: 300).write(to: secret.appendingPathComponent("private.jpg"))
        _ = try f.file("mine.jpg")
        let timeline = Timeline(tracks: [Track(kind: .video, segments: [
            Segment(source: "mine.jpg", startMs: 0, durationMs: 1000),
            Segment(source: src, startMs: 1000, durationMs: 1000),
        ])])
        return (timeline, secret)
    }

    @Test(arguments: ["../secret/private.jpg", "sub/../../secret/private.jpg"])
    func aFileOutsideTheDraftsFolderIsRefusedBeforeAnyUpload(src: String) async throws {
        let f = try CloudFixture()
        defer { f.cleanUp() }
        let (timeline, secret) = try hostile(f, src: src)
        let out = f.project.appendingPathComponent("o.mp4")
        let e = await cloudError { try await f.client().render(timeline, relativeTo: f.project, to: out) }
        #expect(e?.kind == .pathNotAllowed)
        #expect(e?.message.contains(secret.appendingPathComponent("private.jpg").path) == true)
        #expect(e?.suggestion.contains("--allow-path") == true)
        #expect(f.cloud.with { $0.requests.isEmpty }) // not even a session was opened
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func aSymlinkPointingOutOfTheFolderIsRefused() async throws {
        let f = try CloudFixture()
        defer { f.cleanUp() }
        let (_, secret) = try hostile(f, src: "x")
        try FileManager.default.createSymbolicLink(at: f.project.appendingPathComponent("link.jpg"),
                                                   withDestinationURL: secret.appendingPathComponent("private.jpg"))
        let timeline = Timeline(tracks: [Track(kind: .video, segments: [Segment(source: "link.jpg", startMs: 0, durationMs: 1000)])])
        let e = await cloudError { try await f.client().render(timeline, relativeTo: f.project, to: f.project.appendingPathComponent("o.mp4")) }
        #expect(e?.kind == .pathNotAllowed)
        #expect(f.cloud.count("/api/upload-video") == 0)
    }

    @Test func anAllowedFolderIsUploaded() async throws {
        let f = try CloudFixture()
        defer { f.cleanUp() }
        let (timeline, secret) = try hostile(f, src: "../secret/private.jpg")
        let out = f.project.appendingPathComponent("o.mp4")
        _ = try await f.client().render(timeline, relativeTo: f.project, allowing: [secret], to: out)
        #expect(f.cloud.with { $0.uploadedNames }.sorted() == ["mine.jpg", "private.jpg"])
        #expect(try Data(contentsOf: out) == f.cloud.mp4)
    }

    @Test func confinementComparesRealPaths() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("reel-conf-\(UUID().uuidString.prefix(6))")
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("draft"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("draftother"), withIntermediateDirectories: true)
        let c = SourceConfinement(roots: [dir.appendingPathComponent("draft")])
        #expect(c.allows(dir.appendingPathComponent("draft/a.jpg")))
        #expect(c.allows(dir.appendingPathComponent("draft/sub/../a.jpg")))
        #expect(!c.allows(dir.appendingPathComponent("draftother/a.jpg"))) // a shared prefix is not inside
        #expect(!c.allows(dir.appendingPathComponent("draft/../x.jpg")))
    }
}
