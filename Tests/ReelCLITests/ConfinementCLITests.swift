import Foundation
import ReelTestSupport
import Testing

/// `reel render draft.json --cloud` with a draft that names a file outside its folder.
@Suite(.serialized) struct ConfinementCLITests {
    typealias Setup = HostileCloudCLITests.Setup

    func hostileDraft(_ s: Setup) throws -> (draft: URL, secret: URL) {
        let secret = s.dir.appendingPathComponent("secret")
        try FileManager.default.createDirectory(at: secret, withIntermediateDirectories: true)
        try Data(repeating: 7, count: 300).write(to: secret.appendingPathComponent("private.jpg"))
        try Data(repeating: 1, count: 300).write(to: s.project.appendingPathComponent("mine.jpg"))
        let draft = s.project.appendingPathComponent("shared.json")
        try Data(#"{"m":{"width":640,"height":360,"fps":30},"t":[{"tt":0,"sg":[{"src":"mine.jpg","s":0,"d":1000},{"src":"../secret/private.jpg","s":1000,"d":1000}]}]}"#.utf8)
            .write(to: draft)
        return (draft, secret)
    }

    @Test func aDraftCannotUploadAFileOutsideItsFolder() throws {
        let s = try Setup()
        defer { s.cleanUp() }
        let (draft, secret) = try hostileDraft(s)
        let out = s.dir.appendingPathComponent("o.mp4")
        let r = try ReelRunner.run(["render", draft.path, "--cloud", "--no-fallback", "-o", out.path], in: s.project, environment: s.env)
        #expect(r.status == 77, "\(r.status) \(r.stderr)")
        #expect(r.stderr.contains(secret.appendingPathComponent("private.jpg").path))
        #expect(r.stderr.contains("--allow-path"))
        #expect(s.cloud.count("/api/upload-video") == 0)
        #expect(s.cloud.with { $0.uploadedNames }.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func allowPathLetsItGo() throws {
        let s = try Setup()
        defer { s.cleanUp() }
        let (draft, secret) = try hostileDraft(s)
        s.cloud.with { $0.pollsBeforeDone = 0 } // the first poll finds it done: no 30 s wait
        let out = s.dir.appendingPathComponent("o.mp4")
        let r = try ReelRunner.run(["render", draft.path, "--cloud", "--no-fallback", "--allow-path", secret.path, "-o", out.path],
                                   in: s.project, environment: s.env)
        #expect(r.status == 0, "\(r.status) \(r.stderr)")
        #expect(s.cloud.with { $0.uploadedNames }.sorted() == ["mine.jpg", "private.jpg"])
        #expect(try Data(contentsOf: out) == s.cloud.mp4)
    }

    @Test func aHEICOutsideTheFolderIsRefusedBeforeItIsConverted() throws {
        // HEIC photos are uploaded as JPEG copies made in a temporary folder: the check must be
        // made on the user's file, not on the copy.
        let s = try Setup()
        defer { s.cleanUp() }
        let secret = s.dir.appendingPathComponent("secret")
        try FileManager.default.createDirectory(at: secret, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Fixtures.url("heif/heic-irot-6.heic"), to: secret.appendingPathComponent("private.heic"))
        try Data(repeating: 1, count: 300).write(to: s.project.appendingPathComponent("mine.jpg"))
        let draft = s.project.appendingPathComponent("shared.json")
        try Data(#"{"m":{"width":640,"height":360,"fps":30},"t":[{"tt":0,"sg":[{"src":"mine.jpg","s":0,"d":1000},{"src":"../secret/private.heic","s":1000,"d":1000}]}]}"#.utf8)
            .write(to: draft)
        let out = s.dir.appendingPathComponent("o.mp4")
        let r = try ReelRunner.run(["render", draft.path, "--cloud", "--no-fallback", "-o", out.path], in: s.project, environment: s.env)
        #expect(r.status == 77, "\(r.status) \(r.stderr)")
        #expect(r.stderr.contains(secret.appendingPathComponent("private.heic").path))
        #expect(s.cloud.count("/api/upload-video") == 0)
    }
}
