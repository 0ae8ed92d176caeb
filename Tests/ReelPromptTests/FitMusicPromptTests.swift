import Foundation
import Testing
import ReelTimeline
@testable import ReelPrompt

@Suite("Interpreter: the video as long as the music")
struct FitMusicPromptTests {
    @Test(arguments: ["make it as long as the song", "match the music length", "fit the video to the song", "end when the song ends",
                      "the video should be the same length as the music", "make the slideshow the length of the track",
                      "stop when the music stops", "trim it to the song's length", "use the whole song", "fit to music",
                      "视频跟音乐一样长", "按歌的长度", "時長跟音樂一樣長", "根据背景音乐的时长来", "音乐放完视频就结束", "音乐多长视频就多长"])
    func fitPhrases(_ text: String) {
        let i = PromptInterpreter.interpret(text)
        #expect(i.plan.settings.contains(.fitToMusic), "\(text): \(i.plan.settings)")
        #expect(i.understood.contains { $0.contains("as long as the music") }, "\(text): \(i.understood)")
        #expect(i.notUnderstood.isEmpty, "\(text): \(i.notUnderstood)")
    }

    @Test(arguments: ["the song is too long", "louder music", "match the rhythm of the song", "a 30 second video with song.mp3", "音乐大声一点"])
    func otherMusicWordsDoNotFit(_ text: String) {
        #expect(!PromptInterpreter.interpret(text, inputs: ["song.mp3"]).plan.settings.contains(.fitToMusic), "\(text)")
    }

    @Test func aFileNamedIsTheMusicToo() {
        let i = PromptInterpreter.interpret("make it exactly as long as tune.m4a", inputs: ["tune.m4a"])
        #expect(i.plan.settings.contains(.fitToMusic) && i.plan.settings.contains(.music(source: "tune.m4a")), "\(i.plan.settings)")
    }

    @Test func aLengthSaidLaterWinsAndIsReported() {
        let i = PromptInterpreter.interpret("make it as long as the song, no, 20 seconds")
        #expect(i.plan.settings.contains(.totalDuration(ms: 20_000)) && !i.plan.settings.contains(.fitToMusic), "\(i.plan.settings)")
        let j = PromptInterpreter.interpret("30 seconds and match the music length")
        #expect(j.plan.settings == [.fitToMusic], "\(j.plan.settings)")
        #expect(j.conflicts.contains { $0.contains("length") }, "\(j.conflicts)")
    }

    /// Music of 7.123 s at 30 fps: 213 whole frames, 7.1 s.
    let editor = DraftEditor(musicFiles: ["/m/song.mp3"], musicDuration: { $0.hasSuffix("song.mp3") ? 7_123 : nil })

    @Test func aFirstCutLastsTheWholeFramesOfTheMusicGiven() throws {
        let edit = try editor.makeTimeline(PromptInterpreter.interpret("make it as long as the song", inputs: ["/m/song.mp3"]).plan, photos: tenPhotos)
        #expect(edit.timeline.durationMs == 7_100 && edit.notDone.isEmpty, "\(edit.timeline.durationMs) \(edit.notDone)")
        #expect(edit.timeline.tracks.first { $0.kind == .audio }?.segments.first?.endMs == 7_100)
        // at 24 fps: 170 frames, 7083 ms
        let f24 = try editor.makeTimeline(PromptInterpreter.interpret("24 fps, fit the video to the song").plan, photos: tenPhotos)
        #expect(f24.timeline.durationMs == 170 * 1000 / 24 && f24.timeline.profile.fps == 24)
    }

    @Test func aDraftsMusicFromWhereItStarts() throws {
        var t = try Slideshow.timeline(photos: tenPhotos, options: SlideshowOptions())
        t.tracks.append(Track(kind: .audio, segments: [Segment(source: "song.mp3", startMs: 0, durationMs: t.durationMs, volume: 0.35)]))
        let edit = try DraftEditor(musicDuration: { _ in 20_000 }).apply(PromptInterpreter.interpret("start the music 5 seconds in and make it as long as the song").plan, to: t)
        #expect(edit.timeline.durationMs == 15_000, "\(edit.notDone)")
        #expect(edit.timeline.tracks[1].segments[0].endMs == 15_000)
        #expect(edit.changes.contains("length: 25.5 s → 15 s"), "\(edit.changes)")
    }

    @Test func noMusicOrAnUnknownLengthKeepsTheLengthAndSaysWhy() throws {
        let plan = PromptInterpreter.interpret("视频跟音乐一样长").plan
        let none = try DraftEditor().makeTimeline(plan, photos: tenPhotos)
        #expect(none.timeline.durationMs == 25_500)
        #expect(none.notDone.contains { $0.hasPrefix("as long as the music: there is no music") }, "\(none.notDone)")
        let unknown = try DraftEditor(musicFiles: ["/m/song.mp3"]).makeTimeline(plan, photos: tenPhotos)
        #expect(unknown.timeline.durationMs == 25_500)
        #expect(unknown.notDone.contains { $0.contains("the length of song.mp3 is unknown") }, "\(unknown.notDone)")
    }
}
