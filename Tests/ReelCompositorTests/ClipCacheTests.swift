import Foundation
import Testing
@_spi(Testing) @testable import ReelCompositor
import ReelTimeline

/// The still cache and the clip cache feeding the render pipeline together, each with its own
/// threads: every frame arrives, clips are closed once over. Run under ThreadSanitizer by
/// `make sanitize`, this is where a race between the decoding threads and the compositor shows.
@Suite struct ClipCacheTests {
    let out = PixelSize(width: 64, height: 36)

    /// A clip whose every picture is one pattern; counts the pictures asked of it.
    final class PatternClip: ClipFrameReading, @unchecked Sendable {
        let still: PreparedStill
        let failAt: Int?
        init(_ still: PreparedStill, failAt: Int?) { self.still = still; self.failAt = failAt }
        func picture(forFrame n: Int) throws -> PreparedStill {
            if n == failAt { throw CocoaError(.fileReadCorruptFile) }
            return still
        }
    }

    struct PatternOpener: ClipOpening {
        let still: PreparedStill
        var failAt: Int?
        func open(_ request: ClipRequest) throws -> any ClipFrameReading { PatternClip(still, failAt: failAt) }
    }

    func render(failAt: Int? = nil) throws -> (frames: Int, expected: Int, openAfter: Int, peakOpen: Int, peakHeld: Int) {
        let json = #"""
        {"m":{"width":64,"height":36,"fps":30},"t":[{"tt":0,"sg":[
          {"src":"a.jpg","d":1000},
          {"src":"b.mov","d":1000,"tr":{"k":"crossfade","d":300}},
          {"src":"c.mov","d":1000,"tr":{"k":"crossfade","d":300}},
          {"src":"d.jpg","d":1000,"tr":{"k":"crossfade","d":300}}]}]}
        """#
        let timeline = try Timeline(draftJSON: Data(json.utf8))
        let planner = FramePlanner(timeline: timeline)
        let prep = StillPreparer(output: out)
        let canvas = prep.canvasSize(maxZoom: 1)
        let photo = prep.prepare(Synthetic.pattern(width: 96, height: 60, seed: 1), fit: .fill, canvas: canvas)
        let film = prep.prepare(Synthetic.pattern(width: 96, height: 60, seed: 2), fit: .fill, canvas: canvas)
        let stills = StillCache(planner: planner) { _ in photo }
        let clips = ClipCache(planner: planner, opener: PatternOpener(still: film, failAt: failAt)) { i, frames in
            ClipRequest(url: URL(fileURLWithPath: "/clips/\(i).mov"), segment: i, canvas: canvas, fit: .fill,
                        fps: 30, segmentStartMs: planner.segments[i].startMs, inMs: 0, frames: frames)
        }
        let compositor = FrameCompositor(timeline: timeline, output: out, stills: stills, clips: clips)
        let sink = PipelineTests.Recorder()
        try RenderPipeline.run(compositor, into: sink, queueDepth: 2)
        return (sink.frames.count, compositor.frameCount, clips.openCount, clips.peakOpenCount, clips.peakPicturesHeld)
    }

    @Test func everyFrameArrivesAndClipsAreClosedWhenOver() throws {
        let result = try render()
        #expect(result.frames == result.expected)
        #expect(result.expected == 93) // 4 s less three 0.3 s crossfades at 30 fps
        #expect(result.openAfter == 0)
    }

    @Test func aClipToClipCrossfadeHoldsTwoDecodersAndTwoPictures() throws {
        // b.mov and c.mov overlap in a 0.3 s crossfade, and c opens half a second before it:
        // never more than the two clips open, and while both are, one picture queued each. At
        // most three at once: when c opens and decodes its first picture, b may still hold the
        // two a clip alone holds (the one on screen and the next), then it keeps one.
        // (Decoding before waiting for room, with two queued each, held up to six.)
        let result = try render()
        #expect(result.frames == result.expected)
        #expect(result.peakOpen == 2)
        #expect(result.peakHeld <= 3)
    }

    @Test func aClipFailingMidwayStopsTheRenderNamingTheSegment() throws {
        let error = #expect(throws: ClipLoadError.self) { try render(failAt: 40) }
        #expect(error?.segment == 1 || error?.segment == 2)
    }
}
