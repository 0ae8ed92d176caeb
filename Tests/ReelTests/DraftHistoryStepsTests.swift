import Foundation
import Reel
import ReelTestSupport
import Testing

/// A draft's history holds the last `DraftHistory.limit` versions: an undo of more steps goes
/// back as far as that, and says how far.
@Suite("Several steps through a draft's history")
struct DraftHistoryStepsTests {
    @Test func undoingMoreThanIsKeptStopsAtTheOldestKeptVersion() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("reel-history-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("trip.json")
        let history = DraftHistory(draft: file)
        let count = DraftHistory.limit + 5
        var saved: [Data] = []
        for k in 1...count {
            var options = SlideshowOptions()
            options.slideDurationMs = 1000 + 100 * k
            let t = try Slideshow.timeline(photos: ["a.jpg", "b.jpg"], options: options)
            try history.save(t, base: dir)
            saved.append(try Data(contentsOf: file))
        }
        #expect(Set(saved).count == count)
        let peeked = try #require(try history.step(back: true, count: 3, write: false))
        #expect(peeked.steps == 3 && peeked.data == saved[count - 4])
        #expect(try Data(contentsOf: file) == saved[count - 1], "write: false moves nothing")

        let back = try #require(try history.step(back: true, count: 100))
        #expect(back.steps == DraftHistory.limit)
        #expect(try Data(contentsOf: file) == saved[count - 1 - DraftHistory.limit])
        #expect(try history.step(back: true) == nil)
        let forward = try #require(try history.step(back: false, count: 7))
        #expect(forward.steps == 7 && forward.data == saved[count - 1 - DraftHistory.limit + 7])
        #expect(try Data(contentsOf: file) == forward.data)
    }
}
