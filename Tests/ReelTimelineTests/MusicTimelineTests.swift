import Foundation
import Testing
import ReelTimeline

@Suite struct MusicTimelineTests {
    /// Ten 3 s photos with 0.5 s crossfades: 25.5 s.
    func tenPhotos() throws -> Timeline {
        var o = SlideshowOptions()
        o.slideDurationMs = 3000
        return try Slideshow.timeline(photos: (1...10).map { "p\($0).jpg" }, options: o)
    }

    @Test func longSongSpansTheVideoAtThirtyFivePercent() throws {
        var t = try tenPhotos()
        try Slideshow.addMusic([MusicFile(source: "music/song.mp3", durationMs: 200_000)], to: &t)
        #expect(t.durationMs == 25_500)
        let audio = try #require(t.audioTracks.first)
        #expect(audio.segments.count == 1)
        let s = audio.segments[0]
        #expect(s.startMs == 0 && s.durationMs == 25_500 && s.volume == 0.35)
        #expect(s.audioPlayback == AudioPlayback(fadeInMs: 1000, fadeOutMs: 2000))
        #expect(t.summary == "Timeline (2 tracks): 1. Video: 10 photos (0-25.5s) 2. BGM: song.mp3 (0-25.5s, 35%)")
    }

    @Test func shortSongLoops() throws {
        var t = try tenPhotos()
        try Slideshow.addMusic([MusicFile(source: "jingle.wav", durationMs: 8000)],
                               options: MusicOptions(volume: 0.5, fadeInMs: 0, fadeOutMs: 500), to: &t)
        let s = t.audioTracks[0].segments[0]
        #expect(s.durationMs == 25_500 && s.volume == 0.5)
        #expect(s.audioPlayback == AudioPlayback(fadeInMs: 0, fadeOutMs: 500, loops: true))
    }

    @Test func severalSongsPlayInTurnWithCrossfades() throws {
        var t = try tenPhotos()
        let songs = [MusicFile(source: "a.mp3", durationMs: 10_000), MusicFile(source: "b.mp3", durationMs: 12_000),
                     MusicFile(source: "c.mp3", durationMs: 60_000), MusicFile(source: "never.mp3", durationMs: 5000)]
        try Slideshow.addMusic(songs, to: &t)
        let sg = t.audioTracks[0].segments
        #expect(sg.map(\.source) == ["a.mp3", "b.mp3", "c.mp3"])
        #expect(sg.map(\.startMs) == [0, 9000, 20_000])
        #expect(sg.map(\.endMs) == [10_000, 21_000, 25_500])
        #expect(sg.map(\.audioPlayback.fadeInMs) == [1000, 1000, 1000])
        #expect(sg.map(\.audioPlayback.fadeOutMs) == [1000, 1000, 2000])
        #expect(sg.allSatisfy { $0.audioPlayback.loops == nil })
        #expect(t.summary.hasSuffix("2. BGM: a.mp3 + b.mp3 + c.mp3 (0-25.5s, 35%)"))
        #expect(Slideshow.musicDurationMs(Array(songs.prefix(2))) == 21_000)
    }

    @Test func audioKeysRoundTripThroughTheDraft() throws {
        var t = try tenPhotos()
        try Slideshow.addMusic([MusicFile(source: "song.mp3", durationMs: 8000)], to: &t)
        t.tracks[1].segments[0].extra["cloud_id"] = .string("m-17")
        t.tracks[1].segments[0].audioPlayback.offsetMs = 1500
        let json = t.draftJSON()
        let text = String(decoding: json, as: UTF8.self)
        for key in ["\"fi\" : 1000", "\"fo\" : 2000", "\"in\" : 1500", "\"loop\" : true", "\"v\" : 0.35", "\"tt\" : 1"] {
            #expect(text.contains(key), "missing \(key)")
        }
        let back = try Timeline(draftJSON: json)
        #expect(back == t)
        #expect(back.tracks[1].segments[0].extra["cloud_id"] == .string("m-17"))
        #expect(back.tracks[1].segments[0].audioPlayback == AudioPlayback(fadeInMs: 1000, fadeOutMs: 2000, offsetMs: 1500, loops: true))
    }

    @Test func absentKeysMeanBackgroundMusicDefaults() throws {
        let s = Segment(source: "a.mp3", startMs: 0, durationMs: 5000)
        #expect(s.audioPlayback == AudioPlayback())
        let p = s.audioPlayback
        #expect(p.effectiveFadeInMs == 1000 && p.effectiveFadeOutMs == 2000 && p.effectiveOffsetMs == 0 && p.effectiveLoops)
        var plain = s
        plain.audioPlayback = AudioPlayback(fadeInMs: 0, loops: false)
        #expect(plain.extra == ["fi": .int(0), "loop": .bool(false)])
        #expect(!plain.audioPlayback.effectiveLoops && plain.audioPlayback.effectiveFadeOutMs == 2000)
    }

    @Test func badAudioKeysNameTheirPath() throws {
        let draft = #"{"t": [{"tt": 0, "sg": [{"src": "a.jpg", "d": 3000}]}, {"tt": 1, "sg": [{"src": "s.mp3", "d": 3000, "fi": -5}]}]}"#
        let t = try Timeline(draftJSON: Data(draft.utf8))
        #expect(t.tracks[1].segments[0].audioPlayback.fadeInMs == nil)  // lenient reading
        let e = try #require(throws: DraftError.self) { try t.validateAudio() }
        #expect(e.description.hasPrefix("t[1].sg[0].fi: must be a whole number of milliseconds"))

        let loop = #"{"t": [{"tt": 1, "sg": [{"src": "s.mp3", "d": 3000, "loop": "yes"}]}]}"#
        let e2 = try #require(throws: DraftError.self) { try Timeline(draftJSON: Data(loop.utf8)).validateAudio() }
        #expect(e2.path == "t[0].sg[0].loop")

        let noSource = #"{"t": [{"tt": 1, "sg": [{"d": 3000}]}]}"#
        let e3 = try #require(throws: DraftError.self) { try Timeline(draftJSON: Data(noSource.utf8)).validateAudio() }
        #expect(e3.path == "t[0].sg[0].src")
    }

    @Test func fitToMusicGivesWholeFramesWithinTheMusic() throws {
        #expect(Slideshow.totalDurationMs(fittingMusicMs: 25_500, fps: 30) == 25_500)
        let ms = Slideshow.totalDurationMs(fittingMusicMs: 10_049, fps: 30)
        #expect(ms <= 10_049 && FrameTime.frames(ms: ms, fps: 30) == 301)
        #expect(Double(FrameTime.frames(ms: ms, fps: 30)) / 30 <= 10.049)
    }

    @Test func retimeMatchesTheBuilderAndKeepsTransitions() throws {
        var t = try tenPhotos()
        try Slideshow.retime(&t, totalDurationMs: 40_000)
        var o = SlideshowOptions()
        o.totalDurationMs = 40_000
        let built = try Slideshow.timeline(photos: (1...10).map { "p\($0).jpg" }, options: o)
        #expect(t == built)
        #expect(t.durationMs == 40_000)
        try t.validate()

        var short = try tenPhotos()
        let e = try #require(throws: DraftError.self) { try Slideshow.retime(&short, totalDurationMs: 3000) }
        #expect(e.message.contains("too short"))
    }
}
