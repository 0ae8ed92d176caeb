import Foundation
import Reel
import ReelImageIO
import ReelTestSupport
import Testing

@Suite("HEIC and AVIF photos are uploaded as JPEG copies")
struct CloudPhotoStagingTests {
    @Test func heifPhotosBecomeUprightSRGBJPEGsAndOthersStay() throws {
        let fixtures = Fixtures.root
        let timeline = Timeline(tracks: [
            Track(kind: .video, segments: [
                Segment(source: "heif/heic-irot-6.heic", startMs: 0, durationMs: 2000),
                Segment(source: "color/srgb.png", startMs: 2000, durationMs: 2000),
                Segment(source: "heif/avif-8bit.avif", startMs: 4000, durationMs: 2000),
                Segment(source: "heif/heic-irot-6.heic", startMs: 6000, durationMs: 2000),
                Segment(source: "https://cdn.example/remote.heic", startMs: 8000, durationMs: 2000),
            ]),
        ])
        let staged = try CloudPhotoStaging(timeline, draftFolder: fixtures)
        let sources = staged.timeline.tracks[0].segments.map { $0.source ?? "" }
        #expect(sources[1] == "color/srgb.png")
        #expect(sources[4] == "https://cdn.example/remote.heic")
        #expect(sources[0] == sources[3], "one copy per photo")
        #expect(sources[0].hasSuffix("/heic-irot-6.jpg") && sources[2].hasSuffix("/avif-8bit.jpg"))

        for (copy, photo) in [(sources[0], "heif/heic-irot-6.heic"), (sources[2], "heif/avif-8bit.avif")] {
            let original = try ImageDecoder().decode(fixtures.appendingPathComponent(photo), minimumSize: nil)
            let bytes = try Data(contentsOf: URL(fileURLWithPath: copy))
            #expect(bytes.starts(with: [0xFF, 0xD8, 0xFF]), "\(copy) is a JPEG")
            let image = try ImageDecoder().decode(URL(fileURLWithPath: copy), minimumSize: nil)
            #expect(image.width == 160 && image.height == 120, "\(copy): upright")
            if image.width == 160, image.height == 120 {
                // Only JPEG compression (quality 92, 4:2:0 chroma on a small detailed picture)
                // separates the copy from the photo; another picture or turn would be ΔE 15+.
                #expect(meanDeltaE(image, original) < 3.5, "\(copy)")
            }
        }
        staged.removeFiles()
        #expect(!FileManager.default.fileExists(atPath: sources[0]))
    }

    @Test func filesUploadedOneByOneAreConvertedInPlace() throws {
        let named = ["color/srgb.png", "heif/heic-8bit.heic", "heif/avif-8bit.avif"].map { Fixtures.url($0) }
        let staged = try CloudPhotoStaging(files: named)
        defer { staged.removeFiles() }
        #expect(staged.files.count == 3)
        guard staged.files.count == 3 else { return }
        #expect(staged.files[0] == named[0])
        #expect(staged.files[1].lastPathComponent == "heic-8bit.jpg" && staged.files[2].lastPathComponent == "avif-8bit.jpg")
        #expect(staged.files.map { staged.original(of: $0) } == named)
        let copy = try ImageDecoder().decode(staged.files[1], minimumSize: nil)
        #expect(meanDeltaE(copy, try ImageDecoder().decode(named[1], minimumSize: nil)) < 3.5)
    }

    @Test func anUndecodablePhotoIsRefusedNamingIt() throws {
        let timeline = Timeline(tracks: [
            Track(kind: .video, segments: [Segment(source: "bad/truncated.heic", startMs: 0, durationMs: 2000)]),
        ])
        let error = try #require(throws: ImageDecodeError.self) {
            try CloudPhotoStaging(timeline, draftFolder: Fixtures.root)
        }
        #expect(error.description.contains("truncated.heic"))
    }

    @Test func foldersPickUpCameraRollFormats() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("reel-heif-inputs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        for name in ["IMG_0003.HEIC", "IMG_0002.heif", "IMG_0001.avif", "notes.txt", "clip.xmp"] {
            _ = FileManager.default.createFile(atPath: dir.appendingPathComponent(name).path, contents: Data([1]))
        }
        guard case .photos(let urls) = try InputCollector.collect([dir.path]) else {
            Issue.record("a folder should give photos")
            return
        }
        #expect(urls.map(\.lastPathComponent) == ["IMG_0001.avif", "IMG_0002.heif", "IMG_0003.HEIC"])
    }

    @Test func otherNamesTheCloudRefusesAreSentUnderTheNameItTakes() throws {
        // The cloud takes .jpg and .mp4, not .jfif or .m4v: the same bytes go under the accepted
        // name, and the user's files stay where they are.
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("reel-renamed-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let jfif = dir.appendingPathComponent("scan.jfif"), m4v = dir.appendingPathComponent("trip.M4V")
        try FileManager.default.copyItem(at: Fixtures.url("photos/01-astronaut.jpg"), to: jfif)
        try FileManager.default.copyItem(at: Fixtures.url("clips/level-30fps-sound.mp4"), to: m4v)
        let timeline = Timeline(tracks: [
            Track(kind: .video, segments: [
                Segment(source: "scan.jfif", startMs: 0, durationMs: 2000),
                Segment(source: "trip.M4V", startMs: 2000, durationMs: 2000),
                Segment(source: "scan.jfif", startMs: 4000, durationMs: 2000),
            ]),
        ])
        let staged = try CloudPhotoStaging(timeline, draftFolder: dir)
        let sources = staged.timeline.tracks[0].segments.map { $0.source ?? "" }
        #expect(sources[0].hasSuffix("/scan.jpg") && sources[1].hasSuffix("/trip.mp4") && sources[2] == sources[0])
        #expect(try Data(contentsOf: URL(fileURLWithPath: sources[0])) == Data(contentsOf: jfif))
        #expect(try Data(contentsOf: URL(fileURLWithPath: sources[1])) == Data(contentsOf: m4v))
        let one = try CloudPhotoStaging(files: [m4v])
        #expect(one.files.map(\.pathExtension) == ["mp4"] && one.original(of: one.files[0]) == m4v)
        staged.removeFiles()
        one.removeFiles()
        #expect(!FileManager.default.fileExists(atPath: sources[1]))
        #expect(FileManager.default.fileExists(atPath: jfif.path) && FileManager.default.fileExists(atPath: m4v.path))
    }
}
