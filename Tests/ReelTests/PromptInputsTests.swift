import Foundation
import Reel
import ReelTestSupport
import Testing

/// What `reel ask` used to work out itself, now in the library: sorting the inputs, the draft
/// editor reading the files, saving an edited draft where it lives, undo.
@Suite("A request's inputs and its draft file")
struct PromptInputsTests {
    func temporaryFolder() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("reel-prompt-inputs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test func musicIsSortedFromPhotosByTheOneList() {
        let given = PromptInputs(["photos/", "song.MP3", "a.jpg", "b.flac", "trip.json"])
        #expect(given.music == ["song.MP3", "b.flac"])
        #expect(given.photoInputs == ["photos/", "a.jpg", "trip.json"])
    }

    @Test func theEditorReadsTheFilesTheDraftNames() throws {
        let mp3 = Fixtures.url("audio/tone-440-4s.mp3")
        let given = PromptInputs([Fixtures.url("photos/01-astronaut.jpg").path, mp3.path])
        let draft = try given.draft(nil)
        let edit = try #require(try given.carryOut(RequestPlan(), on: draft))
        // the 4 s song under a single 3 s photo: as Slideshow.addMusic would add it
        var expected = Timeline(tracks: [edit.timeline.tracks[0]], profile: edit.timeline.profile)
        try Slideshow.addMusic([MusicFile(measuring: mp3)], to: &expected)
        #expect(edit.timeline.tracks.count == 2 && edit.timeline.tracks[1] == expected.tracks[1])
        // a clip named relative to the draft's folder is measured there
        let editor = given.editor(base: Fixtures.root)
        let clip = try #require(try FileManager.default.contentsOfDirectory(atPath: Fixtures.url("clips").path).first { $0.hasSuffix(".mp4") })
        #expect((editor.clipDuration("clips/\(clip)") ?? 0) > 0)
        #expect(editor.clipDuration("https://h.example/x.mp4") == nil)
        #expect(editor.photoDate(Fixtures.url("images/exif-datetime.jpg").path) != nil)
    }

    @Test func savingRebasesForTheDraftsFolderAndUndoRestores() throws {
        let dir = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let photo = Fixtures.url("photos/01-astronaut.jpg").path
        let first = try Slideshow.timeline(photos: [photo, "pics/b.jpg"], options: SlideshowOptions())
        let file = dir.appendingPathComponent("drafts/trip.json")
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        let history = DraftHistory(draft: file)
        // sources relative to `dir` become relative to drafts/
        let saved = try history.save(first, base: dir)
        #expect(saved.tracks[0].segments.map(\.source) == [photo, "../pics/b.jpg"])
        let onDisk = try Timeline(contentsOf: file)
        #expect(try onDisk.draftJSON() == saved.draftJSON())

        var second = onDisk
        second.tracks[0].segments[1].source = "pics/c.jpg"
        try history.save(second, base: file.deletingLastPathComponent())
        #expect(try Timeline(contentsOf: file).tracks[0].segments[1].source == "pics/c.jpg")

        let undone = try #require(try history.step(back: true))
        #expect(undone.timeline.tracks[0].segments[1].source == "../pics/b.jpg")
        #expect(try Data(contentsOf: file) == undone.data)
        #expect(try history.step(back: true) == nil)
        let redone = try #require(try history.step(back: false, write: false))
        #expect(redone.timeline.tracks[0].segments[1].source == "pics/c.jpg")
        #expect(try Timeline(contentsOf: file).tracks[0].segments[1].source == "../pics/b.jpg", "write: false leaves the file")
    }
}
