import Foundation
import Testing
import ReelTimeline
@testable import ReelPrompt

/// The interpreter and the draft editor read the same limits and defaults as validation and
/// `Slideshow`, so a request never gets a draft the renderer refuses, nor different music.
@Suite("One rule for the interpreter and the model")
struct RulesPromptTests {
    @Test(arguments: [(1280, 720), (7680, 4320), (7680, 7680), (7682, 4320), (7690, 4000), (1921, 1081)])
    func aSizeIsTakenExactlyWhenTheTableAllowsIt(_ size: (Int, Int)) throws {
        let (w, h) = size
        let (i, edit) = try firstCut("make it \(w)x\(h)")
        let (ew, eh) = (w / 2 * 2, h / 2 * 2)
        let usable = DraftLimits.isUsableOutputSize(width: ew, height: eh)
        let p = edit.timeline.profile
        if usable {
            #expect(p.width == ew && p.height == eh, "\(w)x\(h): \(p)")
        } else {
            #expect(p.width == 1920 && p.height == 1080, "\(w)x\(h): \(p) \(i.notes) \(i.understood)")
            #expect(i.notes.contains { $0.contains("sides from \(DraftLimits.outputSide.lowerBound) to \(DraftLimits.outputSide.upperBound)") }, "\(i.notes)")
        }
        try edit.timeline.validate()
    }

    @Test func musicAddedByARequestPlaysAsSlideshowMusicDoes() throws {
        // a song shorter than the video loops; its fades are written out, as Slideshow.addMusic writes them
        let editor = DraftEditor(musicFiles: ["tune.mp3"], musicDuration: { _ in 12_000 })
        let t = try editor.makeTimeline(PromptInterpreter.interpret("a 30-second video").plan, photos: tenPhotos).timeline
        var expected = Timeline(tracks: [t.tracks[0]], profile: t.profile)
        try Slideshow.addMusic([MusicFile(source: "tune.mp3", durationMs: 12_000)], to: &expected)
        #expect(t.tracks.count == 2 && t.tracks[1] == expected.tracks[1])
        #expect(t.tracks[1].segments[0].audioPlayback == AudioPlayback(fadeInMs: 1000, fadeOutMs: 2000, loops: true))
        #expect(t.tracks[1].segments[0].volume == DraftDefaults.musicVolume)

        // a longer song, or one whose length is unknown: the same fades, no loop key
        for length in [60_000, nil] as [Int?] {
            let e = DraftEditor(musicFiles: ["tune.mp3"], musicDuration: { _ in length })
            let song = try e.makeTimeline(PromptInterpreter.interpret("a 30-second video").plan, photos: tenPhotos).timeline.tracks[1].segments[0]
            #expect(song.audioPlayback == AudioPlayback(fadeInMs: 1000, fadeOutMs: 2000))
            #expect(song.durationMs == 30_000)
        }
    }

    @Test func theDefaultVolumeIsTheTables() {
        #expect(DraftEditor.defaultMusicVolume == DraftDefaults.musicVolume)
        #expect(MusicOptions.defaultVolume == DraftDefaults.musicVolume)
        #expect(PromptText.audioExtensions == MediaKind.audioExtensions)
    }
}
