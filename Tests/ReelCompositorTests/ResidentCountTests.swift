import Foundation
import Testing
@_spi(Testing) import ReelCompositor
import ReelTimeline

/// The caches' test hooks (`@_spi(Testing) residentCount`): what a render holds at once stays
/// bounded however many photos and titles there are.
@Suite struct ResidentCountTests {
    @Test func theStillCacheHoldsOnlyWhatIsOnScreenAndNext() throws {
        let segments = (0..<12).map { i in
            #"{"src":"\#(i).jpg","d":1000\#(i > 0 ? #","tr":{"k":"crossfade","d":200}"# : "")}"#
        }.joined(separator: ",")
        let json = #"{"m":{"width":64,"height":36,"fps":30},"t":[{"tt":0,"sg":[\#(segments)]}]}"#
        let timeline = try Timeline(draftJSON: Data(json.utf8))
        let planner = FramePlanner(timeline: timeline)
        let prep = StillPreparer(output: PixelSize(width: 64, height: 36))
        let photo = prep.prepare(Synthetic.pattern(width: 96, height: 60, seed: 1), fit: .fill, canvas: prep.canvasSize(maxZoom: 1))
        let cache = StillCache(planner: planner, lookahead: 1) { _ in photo }
        var most = 0
        for n in 0..<planner.frameCount {
            cache.advance(toFrame: n)
            for i in planner.segments.indices where planner.frameRange(ofSegment: i).contains(n) {
                _ = try cache.still(forSegment: i)
            }
            most = max(most, cache.residentCount)
        }
        #expect(most >= 2)   // the photo on screen and the next one, prepared ahead
        #expect(most <= 4)   // never the whole slideshow: at most two on screen, two ahead
        cache.advance(toFrame: planner.frameCount)
        #expect(cache.residentCount <= 1)
    }

    @Test func theOverlayCacheDropsTitlesOffScreen() throws {
        let json = #"""
        {"m":{"width":64,"height":36,"fps":30},"t":[{"tt":0,"sg":[{"src":"a.jpg","d":3000}]},
          {"tt":7,"sg":[{"text":"one","s":0,"d":1000},{"text":"two","s":1000,"d":1000},{"text":"three","s":2000,"d":1000}]}]}
        """#
        let planner = TextPlanner(timeline: try Timeline(draftJSON: Data(json.utf8)))
        let overlay = TextOverlay(premultipliedRGBA: [Float](repeating: 1, count: 4 * 4 * 4), width: 4, height: 4, x: 0, y: 0)
        let cache = OverlayCache(planner: planner) { _ in overlay }
        var most = 0
        for n in 0..<90 {
            #expect(try cache.overlays(forFrame: n).count <= 1) // 0 on a title's first frame: it fades in from 0
            most = max(most, cache.residentCount)
        }
        #expect(most == 1)
    }
}
