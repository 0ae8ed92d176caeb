import Foundation
import Testing
import ReelTimeline

/// The limits and defaults tables are what validation and the builders actually use.
@Suite("Limits and defaults tables")
struct RulesTableTests {
    func validate(width: Int, height: Int, fps: Int = 30) -> String? {
        var t = Timeline(tracks: [Track(kind: .video, segments: [Segment(source: "a.jpg", startMs: 0, durationMs: 1000)])])
        t.profile = OutputProfile(width: width, height: height, fps: fps)
        do { try t.validate(); return nil } catch { return "\(error)" }
    }

    @Test func validationAcceptsExactlyTheSizesOfTheTable() {
        for (w, h) in [(16, 16), (7680, 4320), (7680, 7680), (1920, 1080), (2, 2), (14, 720), (7682, 4320), (1921, 1080), (0, 720), (-2, 720)] {
            let usable = DraftLimits.isUsableOutputSize(width: w, height: h)
            #expect((validate(width: w, height: h) == nil) == usable, "\(w)x\(h)")
        }
        #expect(DraftLimits.isUsableOutputSize(width: 16, height: 16))
        #expect(!DraftLimits.isUsableOutputSize(width: 2, height: 2))   // was accepted before 16 became the floor
        #expect(validate(width: 14, height: 720)?.contains("even numbers from 16 to 7680") == true)
    }

    @Test func validationAcceptsExactlyTheFrameRatesOfTheTable() {
        for fps in [1, 23, 24, 25, 29, 30, 50, 60, 120] {
            #expect((validate(width: 320, height: 180, fps: fps) == nil) == DraftLimits.frameRates.contains(fps), "\(fps)")
        }
        #expect(OutputProfile.supportedFrameRates == DraftLimits.frameRates)
        #expect(DraftLimits.frameRatesText == "24, 25, 30, 50 or 60")
    }

    @Test func sizesAreParsedOneWay() {
        #expect(DraftLimits.outputSize("1280x720")! == (1280, 720))
        #expect(DraftLimits.outputSize("1280X720")! == (1280, 720))
        #expect(DraftLimits.outputSize("16x16")! == (16, 16))
        for bad in ["8x8", "1921x1080", "7682x100", "1280x", "x720", "1280xx720", "1280x720x3", "axb", ""] {
            #expect(DraftLimits.outputSize(bad) == nil, "\(bad)")
        }
    }

    @Test func volumesAndZoomsFollowTheTable() throws {
        var t = Timeline(tracks: [Track(kind: .video, segments: [Segment(source: "a.jpg", startMs: 0, durationMs: 1000)])])
        t.profile = OutputProfile(width: 320, height: 180)
        t.tracks.append(Track(kind: .audio, segments: [Segment(source: "s.mp3", startMs: 0, durationMs: 1000, volume: 1.01)]))
        #expect(throws: DraftError.self) { try t.validate() }
        t.tracks[1].segments[0].volume = DraftLimits.volume.upperBound
        try t.validate()
        t.tracks[0].segments[0].kenBurns = KenBurns(from: Viewport(zoom: DraftLimits.zoom.upperBound + 0.5), to: Viewport(zoom: 1))
        #expect(throws: DraftError.self) { try t.validate() }
    }

    @Test func theBuildersUseTheDefaults() throws {
        let o = SlideshowOptions()
        #expect(o.profile == DraftDefaults.profile && o.slideDurationMs == DraftDefaults.slideMs)
        #expect(o.transition == DraftDefaults.transition && o.transitionDurationMs == DraftDefaults.transitionMs)
        #expect(o.clipMaxMs == DraftDefaults.clipMaxMs && Slideshow.defaultTitleDurationMs == DraftDefaults.titleMs)
        #expect(MusicOptions() == MusicOptions(volume: 0.35, fadeInMs: 1000, fadeOutMs: 2000))
        var t = try Slideshow.timeline(photos: ["a.jpg", "b.jpg"], options: o)
        #expect(t.durationMs == 2 * 3000 - 500)
        try Slideshow.addMusic([MusicFile(source: "s.mp3", durationMs: 2000)], to: &t)
        let song = t.tracks[1].segments[0]
        #expect(song.volume == DraftDefaults.musicVolume)
        #expect(song.audioPlayback == AudioPlayback(fadeInMs: DraftDefaults.musicFadeInMs, fadeOutMs: DraftDefaults.musicFadeOutMs, loops: DraftDefaults.musicLoops))
        #expect(AudioPlayback().effectiveLoops == DraftDefaults.musicLoops)
    }

    @Test func fitToMusicIsTheWholeFramesOfTheSongs() throws {
        var t = try Slideshow.timeline(photos: ["a.jpg", "b.jpg", "c.jpg"], options: SlideshowOptions())
        let songs = [MusicFile(source: "a.mp3", durationMs: 10_017), MusicFile(source: "b.mp3", durationMs: 5_000)]
        try Slideshow.fitToMusic(&t, songs: songs)
        // 15 017 ms less one 1 s crossfade = 14 017 ms of music: 420 whole frames at 30 fps = 14 000 ms
        #expect(t.durationMs == 14_000)
        try t.validate()
    }

    @Test func mediaKindsByExtension() {
        #expect(MediaKind.isAudio("song.MP3") && MediaKind.isAudio("/x/y.opus") && !MediaKind.isAudio("a.jpg"))
        #expect(MediaKind(source: "https://h.example/v.mov?x=1") == .clip)
        #expect(MediaKind(source: "a.HEIC") == .photo)
        #expect(MediaKind.audioExtensions.isDisjoint(with: MediaKind.photoExtensions.union(MediaKind.clipExtensions)))
        #expect(MediaKind.photoExtensions.isDisjoint(with: MediaKind.clipExtensions))
    }
}
