import Foundation
import Reel
import ReelTestSupport
import Testing

/// `musicBeatsMs(on:base:progress:)` reports how far listening to each file has come.
@Suite struct BeatProgressTests {
    /// Collects reports from the analysis (called on the caller's thread).
    final class Reports: @unchecked Sendable {
        var items: [BeatAnalysisProgress] = []
    }

    @Test func listeningReportsFromZeroToOneInPercentSteps() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("reel-beats-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let song = dir.appendingPathComponent("clicks.wav")
        let clicks = clickTrack(seconds: 8)
        try writeWAV(song, left: clicks, right: clicks)

        var o = SlideshowOptions()
        o.profile = OutputProfile(width: 160, height: 90, fps: 30)
        o.totalDurationMs = 8000
        var t = try Slideshow.timeline(photos: ["a.jpg", "b.jpg", "c.jpg"], options: o)
        try Slideshow.addMusic([MusicFile(source: song.path, durationMs: 8000)], to: &t)

        let reports = Reports()
        let beats = try LocalRenderer.musicBeatsMs(on: t, base: nil) { reports.items.append($0) }
        #expect(beats.count >= 12)
        let fractions = reports.items.map(\.fraction)
        #expect(fractions.first == 0 && fractions.last == 1)
        #expect(zip(fractions, fractions.dropFirst()).allSatisfy { $0 < $1 }, "\(fractions)")
        #expect(fractions.count >= 50, "\(fractions.count) reports")  // about one a percent
        #expect(Set(reports.items.map(\.file.lastPathComponent)) == ["clicks.wav"])

        // Known beats are not listened for again, so nothing is reported.
        let again = Reports()
        #expect(try LocalRenderer.musicBeatsMs(on: t, base: nil) { again.items.append($0) } == beats)
        #expect(again.items.isEmpty)
    }
}
