import Foundation
import ReelCompositor
import ReelTestSupport
import ReelTimeline
import Testing

/// `--beat-sync`: cuts on the beats of a 120 BPM click track that starts at 0.25 s.
@Suite(.serialized) struct BeatSyncCLITests {
    let photos = Fixtures.url("photos").path
    let frameMs = 1000.0 / 30

    /// Writes 16 s of clicks (120 BPM from 0.25 s) to `dir/clicks.wav`.
    func clicks(in dir: URL) throws -> String {
        let url = dir.appendingPathComponent("clicks.wav")
        let track = clickTrack(seconds: 16)
        try writeWAV(url, left: track, right: track)
        return url.path
    }

    /// How far `ms` is from the nearest click, ms.
    func offClick(_ ms: Double) -> Double {
        abs(ms - (250 + 500 * ((ms - 250) / 500).rounded()))
    }

    /// The midpoint of each transition of the draft's video track (the cut where there is none), ms.
    func cuts(_ t: Timeline) -> [Double] {
        t.tracks[0].segments.dropFirst().map { Double($0.startMs) + Double($0.transition?.durationMs ?? 0) / 2 }
    }

    @Test func draftCutsLandOnClicksAndTheLengthIsKept() throws {
        let dir = try ReelRunner.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let music = try clicks(in: dir)
        let plain = dir.appendingPathComponent("plain.json"), synced = dir.appendingPathComponent("synced.json")
        var r = try ReelRunner.run(["draft", photos, "--duration", "12", "--music", music, "-o", plain.path])
        #expect(r.status == 0, "\(r.stderr)")
        r = try ReelRunner.run(["draft", photos, "--duration", "12", "--music", music, "--beat-sync", "-o", synced.path])
        #expect(r.status == 0, "\(r.stderr)")
        let before = try Timeline(contentsOf: plain), after = try Timeline(contentsOf: synced)
        // Without --beat-sync the even cuts (every 2.4 s) miss the clicks.
        #expect(cuts(before).contains { offClick($0) > frameMs }, "\(cuts(before))")
        #expect(cuts(after).count == 4)
        for cut in cuts(after) { #expect(offClick(cut) <= frameMs, "cut at \(cut) ms is \(offClick(cut)) ms from a click") }
        #expect(after.durationMs == before.durationMs)
        for s in after.tracks[0].segments { #expect((1500...6000).contains(s.durationMs), "photo of \(s.durationMs) ms") }
    }

    /// Plucks at irregular times (gaps of 0.12…1.32 s from a fixed sequence) over a held chord:
    /// hits, but no pulse a listener could tap to.
    func irregularPlucks(in dir: URL, seconds: Double = 16) throws -> String {
        let rate = 48_000
        var samples = [Float](repeating: 0, count: Int(seconds * Double(rate)))
        var state: UInt64 = 0x5EED
        func next() -> Double {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(state >> 11) / Double(1 << 53)
        }
        var t = 0.3
        while t < seconds - 0.3 {
            let f = 300 + 1200 * next(), first = Int(t * Double(rate))
            for i in 0..<(rate * 3 / 10) {
                let x = Double(i) / Double(rate)
                samples[first + i] += Float(0.3 * sin(2 * .pi * f * x) * exp(-x * 12))
            }
            t += 0.12 + 1.2 * next()
        }
        for i in samples.indices {
            let x = Double(i) / Double(rate)
            samples[i] += Float(0.08 * (sin(2 * .pi * 220 * x) + sin(2 * .pi * 277.2 * x) + sin(2 * .pi * 329.6 * x)))
        }
        let url = dir.appendingPathComponent("plucks.wav")
        try writeWAV(url, left: samples, right: samples)
        return url.path
    }

    @Test func noPulseMeansNoCutsMovedAndAWarning() throws {
        let dir = try ReelRunner.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let music = try irregularPlucks(in: dir)
        let plain = dir.appendingPathComponent("plain.json"), synced = dir.appendingPathComponent("synced.json")
        var r = try ReelRunner.run(["draft", photos, "--duration", "12", "--music", music, "-o", plain.path])
        #expect(r.status == 0, "\(r.stderr)")
        r = try ReelRunner.run(["draft", photos, "--duration", "12", "--music", music, "--beat-sync", "-o", synced.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("too few clear beats"), "\(r.stderr)")
        #expect(cuts(try Timeline(contentsOf: synced)) == cuts(try Timeline(contentsOf: plain)))
    }

    @Test func beatSyncNeedsMusic() throws {
        let r = try ReelRunner.run(["draft", photos, "--beat-sync", "-o", "/dev/null"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("--beat-sync needs --music FILE"), "\(r.stderr)")
    }

    @Test func renderedHardCutsLandOnClicks() throws {
        let dir = try ReelRunner.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let music = try clicks(in: dir)
        let out = dir.appendingPathComponent("beats.mp4")
        let r = try ReelRunner.run(["render", photos, "--duration", "12", "--music", music, "--beat-sync", "--transition", "cut",
                                    "--size", "160x90", "--preset", "ultrafast", "--progress", "none", "-o", out.path])
        #expect(r.status == 0, "\(r.stderr)")
        // A cut is a frame whose picture differs from the one before far more than motion does.
        let frames = try decodeFrames(out, width: 160, height: 90)
        var changes: [(frame: Int, difference: Double)] = []
        for i in 1..<frames.count {
            let a = frames[i - 1].y.data, b = frames[i].y.data
            var sum = 0
            for k in a.indices { sum += abs(Int(a[k]) - Int(b[k])) }
            changes.append((i, Double(sum) / Double(a.count)))
        }
        let found = changes.sorted { $0.difference > $1.difference }.prefix(4).map(\.frame).sorted()
        let motion = changes.sorted { $0.difference > $1.difference }[4].difference
        let weakestCut = changes.filter { found.contains($0.frame) }.map(\.difference).min() ?? 0
        #expect(weakestCut > 4 * motion, "cuts do not stand out from motion: \(weakestCut) against \(motion)")
        for f in found {
            let ms = Double(f) * frameMs
            #expect(offClick(ms) <= frameMs, "cut at frame \(f) (\(ms) ms) is \(offClick(ms)) ms from a click")
        }
    }

    @Test func askCutToTheBeat() throws {
        let dir = try ReelRunner.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let music = try clicks(in: dir)
        let r = try ReelRunner.run(["ask", "a 12-second video, cut to the beat", photos, music, "--dry-run"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("cuts: on the beat"), "\(r.stdout)")
        let json = try #require(r.stdout.range(of: "{"))
        let t = try Timeline(draftJSON: Data(r.stdout[json.lowerBound...].utf8))
        #expect(t.durationMs == 12_000)
        #expect(cuts(t).count == 4)
        for cut in cuts(t) { #expect(offClick(cut) <= frameMs, "cut at \(cut) ms is \(offClick(cut)) ms from a click") }
    }
}
