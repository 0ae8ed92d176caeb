import Foundation
import Reel
import ReelTestSupport
import Testing

@Suite struct InputTests {
    @Test func naturalOrderPutsTwoBeforeTen() {
        let names = ["img10.jpg", "IMG2.jpg", "img1.jpg", "img02b.jpg", "a.jpg", "img2a.jpg"]
        #expect(names.sorted(by: InputCollector.naturalLess) == ["a.jpg", "img1.jpg", "IMG2.jpg", "img2a.jpg", "img02b.jpg", "img10.jpg"])
    }

    @Test func foldersGiveTheirPhotosInNaturalOrderAndSkipOtherFiles() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("reel-inputs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        for name in ["10.jpg", "2.PNG", "notes.txt", ".hidden.jpg", "1.webp"] {
            FileManager.default.createFile(atPath: dir.appendingPathComponent(name).path, contents: Data([1]))
        }
        guard case .photos(let urls) = try InputCollector.collect([dir.path]) else {
            Issue.record("a folder should give photos")
            return
        }
        #expect(urls.map(\.lastPathComponent) == ["1.webp", "2.PNG", "10.jpg"])
        #expect(throws: InputError.self) { try InputCollector.collect([dir.appendingPathComponent("missing").path]) }
        #expect(throws: InputError.self) { try InputCollector.collect([dir.path, "trip.json"]) }
    }

    @Test func filesReelCannotReadAreListedNotDropped() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("reel-inputs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let names = ["IMG_10.DNG", "a.jfif", "IMG_9.dng", "scan.tiff", "b.jpe", "c.mts", "d.3gp", "e.m2ts", "notes.txt", ".x.tif"]
            + (1...6).map { "raw\($0).nef" }
        for name in names {
            FileManager.default.createFile(atPath: dir.appendingPathComponent(name).path, contents: Data([1]))
        }
        guard case .photos(let urls) = try InputCollector.collect([dir.path]) else {
            Issue.record("a folder should give photos")
            return
        }
        #expect(urls.map(\.lastPathComponent) == ["a.jfif", "b.jpe", "c.mts", "d.3gp", "e.m2ts"])
        let left = InputCollector.unreadableFiles(in: [dir.path, dir.appendingPathComponent("a.jfif").path])
        #expect(left.map { ($0 as NSString).lastPathComponent } == ["IMG_9.dng", "IMG_10.DNG", "raw1.nef", "raw2.nef", "raw3.nef", "raw4.nef", "raw5.nef", "raw6.nef", "scan.tiff"])
        let note = try #require(InputCollector.unreadableNote(left))
        #expect(note.hasPrefix("left out 9 files Reel cannot read: IMG_9.dng, IMG_10.DNG, raw1.nef, raw2.nef, raw3.nef and 4 more"))
        #expect(InputCollector.unreadableNote([]) == nil)
    }

    @Test func foldersSkipSubfoldersAndBrokenLinksNamedLikeMedia() throws {
        // A camera-roll export holds more than photos: a subfolder named like a photo, a link
        // that points nowhere, a link loop. Only files are media; a link to a file counts.
        let fm = FileManager.default
        let dir = fm.temporaryDirectory.appendingPathComponent("reel-inputs-\(UUID().uuidString)")
        try fm.createDirectory(at: dir.appendingPathComponent("Album.jpg"), withIntermediateDirectories: true)
        try fm.createDirectory(at: dir.appendingPathComponent("Trip.mov"), withIntermediateDirectories: true)
        defer { try? fm.removeItem(at: dir) }
        fm.createFile(atPath: dir.appendingPathComponent("1.jpg").path, contents: Data([1]))
        try fm.createSymbolicLink(atPath: dir.appendingPathComponent("2.jpg").path, withDestinationPath: "1.jpg")
        try fm.createSymbolicLink(atPath: dir.appendingPathComponent("3.jpg").path, withDestinationPath: "gone.jpg")
        try fm.createSymbolicLink(atPath: dir.appendingPathComponent("4.mov").path, withDestinationPath: "4.mov")
        guard case .photos(let urls) = try InputCollector.collect([dir.path]) else {
            Issue.record("a folder should give photos")
            return
        }
        #expect(urls.map(\.lastPathComponent) == ["1.jpg", "2.jpg"])
    }

    @Test func sourcesResolveAgainstTheDraftFolder() throws {
        let resolver = MediaResolver(base: URL(fileURLWithPath: "/trips/kyoto"))
        #expect(try resolver.localFile("photos/a.jpg", path: "t[0].sg[0].src").path == "/trips/kyoto/photos/a.jpg")
        #expect(try resolver.localFile("/abs/b.jpg", path: "").path == "/abs/b.jpg")
        #expect(try resolver.localFile("file:///abs/c.jpg", path: "").path == "/abs/c.jpg")
        #expect(throws: InputError.self) { try resolver.localFile("https://cdn.example/d.jpg", path: "t[0].sg[1].src") }
        #expect(resolver.draftPath(for: URL(fileURLWithPath: "/trips/kyoto/photos/a.jpg")) == "photos/a.jpg")
        #expect(resolver.draftPath(for: URL(fileURLWithPath: "/elsewhere/e.jpg")) == "/elsewhere/e.jpg")
    }

    @Test func theFrameOnScreenAtAMomentIsExact() {
        // 0.7 s × 30 fps is 20.999… in floating point; frame 21 starts exactly at 0.7 s.
        #expect(FrameTime.frame(at: FrameTime.ms(seconds: 0.7), fps: 30) == 21)
        #expect(FrameTime.frame(at: 2750, fps: 30) == 82)
        #expect(FrameTime.frame(at: 999, fps: 24) == 23)
        #expect(FrameTime.frame(at: 1000, fps: 24) == 24)
    }
}
