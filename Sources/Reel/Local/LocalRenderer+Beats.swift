import Foundation
import ReelAnalysis
import ReelAV
import ReelTimeline

/// Beats of a timeline's music, for cuts on the beat (`Slideshow.syncCutsToBeats`).
extension LocalRenderer {
    /// The beats of `url`, ms from the file's start: decoded once and tracked with
    /// `BeatTracker`, cached per process while the file's path, size and date stay the same.
    ///
    /// - Parameter upToMs: listen only to the file's first `upToMs` ms (the beats there are the
    ///   same as when listening to all of it: the tracker only looks back); nil = all of it.
    /// - Parameter progress: called with the share of the file analysed so far (0…1): 0 first,
    ///   then at most once a percent, 1 last; not called when the beats are already known.
    /// - Throws: ``ReelError`` naming a file that cannot be decoded.
    public static func musicBeatsMs(_ url: URL, upToMs: Int? = nil, progress: ((Double) -> Void)? = nil) throws -> [Double] {
        let key = BeatCache.key(url).map { "\($0)|\(upToMs.map(String.init) ?? "all")" }
        if let key, let known = BeatCache.shared[key] { return known }
        let tracker = BeatTracker(sampleRate: AudioSamples.sampleRate)
        let limit = upToMs.map { max(0, $0) * AudioSamples.sampleRate / 1000 }
        var meter = progress.map { report in
            let length = (try? musicDurationMs(url)).map { $0 * AudioSamples.sampleRate / 1000 } ?? 0
            return BeatProgressMeter(expectedSamples: limit.map { min($0, length) } ?? length, report: report)
        }
        meter?.start()
        var fed = 0
        do {
            try AudioSamples.forEachMonoBlock(of: url) { block in
                let take = limit.map { min(block.count, $0 - fed) } ?? block.count
                tracker.feed(UnsafeBufferPointer(rebasing: block[0..<take]))
                fed += take
                meter?.advance(take)
                if let limit, fed >= limit { throw EnoughHeard() }
            }
        } catch is EnoughHeard {
        } catch let error as AudioFileError {
            throw ReelError(error)
        }
        let beats = tracker.beatsMs
        meter?.finish()
        if let key { BeatCache.shared[key] = beats }
        return beats
    }

    /// The beats heard on `timeline`'s time line, ms, increasing: each audio segment's file
    /// beats placed where the segment plays them (after its offset; again on every repeat when
    /// it loops, less the loop crossfade).
    ///
    /// - Parameter base: folder relative `src` paths resolve against.
    /// - Parameter progress: told how far the analysis of each file that is not known yet has
    ///   come (`BeatAnalysisProgress`), so a caller can show it: a 4-minute song takes seconds.
    /// - Throws: ``ReelError``: `badInput` for unusable audio keys or a file that cannot be used.
    public static func musicBeatsMs(on timeline: Timeline, base: URL?,
                                    progress: ((BeatAnalysisProgress) -> Void)? = nil) throws -> [Double] {
        do { return try beatsUnmapped(on: timeline, base: base, progress: progress) } catch { throw ReelError(error) }
    }

    private static func beatsUnmapped(on timeline: Timeline, base: URL?,
                                      progress: ((BeatAnalysisProgress) -> Void)?) throws -> [Double] {
        let resolver = MediaResolver(base: base)
        var beats: [Double] = []
        for (ti, track) in timeline.tracks.enumerated() where track.kind == .audio {
            for (si, s) in track.segments.enumerated() {
                let path = "t[\(ti)].sg[\(si)]"
                let url = try resolver.localFile(s.source ?? "", path: path + ".src")
                let playback = try s.audioPlayback(path: path)
                let offset = Double(playback.effectiveOffsetMs)
                // Only what plays is listened to (plus the 100 ms a beat's hit is looked for
                // after it), unless the song repeats.
                let fileLength = try musicDurationMs(url)
                let heard = playback.effectiveOffsetMs + s.durationMs + 100
                let fileBeats = try musicBeatsMs(url, upToMs: heard < fileLength ? heard : nil, progress: progress.map { report in
                    { fraction in report(BeatAnalysisProgress(file: url, fraction: fraction)) }
                }).filter { $0 >= offset }.map { $0 - offset }
                let length = Double(fileLength) - offset
                // A repeat starts where the previous one begins its crossfade (`AudioMix.Segment.loopCrossfadeMs`).
                let period = length - min(500, length / 2)
                var repeatStart = 0.0
                while repeatStart < Double(s.durationMs) {
                    for b in fileBeats where repeatStart + b < Double(s.durationMs) {
                        beats.append(Double(s.startMs) + repeatStart + b)
                    }
                    guard playback.effectiveLoops, period >= 100 else { break }
                    repeatStart += period
                }
            }
        }
        return beats.sorted()
    }
}

/// Thrown to stop decoding once enough of a file has been listened to.
private struct EnoughHeard: Error {}

/// Beats of music files already tracked in this process, keyed by path, size and date.
private enum BeatCache {
    static let shared = FileVersionCache<[Double]>()
    static func key(_ url: URL) -> String? { FileVersionCache<[Double]>.key(url) }
}

/// How far listening to a music file for its beats has come (`LocalRenderer.musicBeatsMs(on:base:progress:)`).
public struct BeatAnalysisProgress: Sendable, Hashable {
    /// The music file being analysed.
    public var file: URL
    /// The share of it analysed so far, 0…1 (exactly 1 when it is done).
    public var fraction: Double

    /// Progress of `file`, `fraction` (0…1) of the way through.
    public init(file: URL, fraction: Double) {
        self.file = file
        self.fraction = fraction
    }
}

/// Turns samples analysed into progress reports: 0 first, then whenever another whole percent
/// is done (never past 0.99 before the end, since a length probe can be a little short), 1 last.
struct BeatProgressMeter {
    let expectedSamples: Int
    let report: (Double) -> Void
    private var done = 0
    private var lastPercent = 0

    init(expectedSamples: Int, report: @escaping (Double) -> Void) {
        self.expectedSamples = expectedSamples
        self.report = report
    }

    func start() { report(0) }

    mutating func advance(_ samples: Int) {
        done += samples
        guard expectedSamples > 0 else { return }
        let percent = min(99, done * 100 / expectedSamples)
        if percent > lastPercent {
            lastPercent = percent
            report(Double(percent) / 100)
        }
    }

    func finish() { report(1) }
}
