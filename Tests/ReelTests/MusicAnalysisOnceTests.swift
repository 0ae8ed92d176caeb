import Foundation
@_spi(Testing) import Reel
import ReelTestSupport
import Testing

/// A render with music decodes each song once per process to check it, find its length and
/// measure its loudness; a changed file is decoded again.
@Suite struct MusicAnalysisOnceTests {
    /// A song of its own (a fresh path, so no other test's renders count), and a draft of one
    /// photo with it as music, built the way the CLI builds it.
    static func setUp() throws -> (dir: URL, song: URL, draft: ReelDraft) {
        let dir = try EngineTests.scratch()
        let song = dir.appendingPathComponent("song.mp3")
        try FileManager.default.copyItem(at: Fixtures.url("audio/tone-440-4s.mp3"), to: song)
        var o = SlideshowOptions()
        o.profile = OutputProfile(width: 160, height: 90, fps: 24)
        o.slideDurationMs = 1000
        var t = try Slideshow.timeline(photos: [EngineTests.photos[0].path], options: o)
        try Slideshow.addMusic([try MusicFile(measuring: song)], to: &t)
        return (dir, song, ReelDraft(t))
    }

    @Test func eachSongIsDecodedOnceAndAgainOnlyWhenItChanges() async throws {
        let (dir, song, draft) = try Self.setUp()
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(LocalRenderer.musicAnalysisPasses(over: song) == 1) // its length, for the draft

        let first = dir.appendingPathComponent("a.mp4")
        try await ReelEngine().render(draft, to: first, settings: EngineTests.fast)
        #expect(LocalRenderer.musicAnalysisPasses(over: song) == 1, "checked, measured and mixed from the same pass")
        #expect(try VideoProbe(first).audio != nil)

        try await ReelEngine().render(draft, to: dir.appendingPathComponent("b.mp4"), settings: EngineTests.fast)
        #expect(LocalRenderer.musicAnalysisPasses(over: song) == 1, "an unchanged file is not decoded again")

        // The same song, a new version (another modification date): measured anew.
        let later = Date(timeIntervalSince1970: 2_000_000_000)
        try FileManager.default.setAttributes([.modificationDate: later], ofItemAtPath: song.path)
        try await ReelEngine().render(draft, to: dir.appendingPathComponent("c.mp4"), settings: EngineTests.fast)
        #expect(LocalRenderer.musicAnalysisPasses(over: song) == 2)
    }
}
