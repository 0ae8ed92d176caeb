import Foundation
import ReelAnalysis
import ReelAV
import ReelTimeline

/// Beats of a timeline's music, for cuts on the beat (`Slideshow.syncCutsToBeats`).
extension LocalRenderer {
    /// The beats of `url`, ms from the file's start: decoded once and tracked with
    /// `BeatTracker`, cached per process while the file's path, size and date stay the same.
    ///
    /// - Throws: ``ReelError`` naming a file that cannot be decoded.
    public static func musicBeatsMs(_ url: URL) throws -> [Double] {
        let key = BeatCache.key(url)
        if let key, let known = BeatCache.shared[key] { return known }
        let tracker = BeatTracker(sampleRate: AudioSamples.sampleRate)
        do {
            try AudioSamples.forEachMonoBlock(of: url) { tracker.feed($0) }
        } catch let error as AudioFileError {
            throw ReelError(error)
        }
        let beats = tracker.beatsMs
        if let key { BeatCache.shared[key] = beats }
        return beats
    }

    /// The beats heard on `timeline`'s time line, ms, increasing: each audio segment's file
    /// beats placed where the segment plays them (after its offset; again on every repeat when
    /// it loops, less the loop crossfade).
    ///
    /// - Parameter base: folder relative `src` paths resolve against.
    /// - Throws: ``ReelError``: `badInput` for unusable audio keys or a file that cannot be used.
    public static func musicBeatsMs(on timeline: Timeline, base: URL?) throws -> [Double] {
        do { return try beatsUnmapped(on: timeline, base: base) } catch { throw ReelError(error) }
    }

    private static func beatsUnmapped(on timeline: Timeline, base: URL?) throws -> [Double] {
        let resolver = MediaResolver(base: base)
        var beats: [Double] = []
        for (ti, track) in timeline.tracks.enumerated() where track.kind == .audio {
            for (si, s) in track.segments.enumerated() {
                let path = "t[\(ti)].sg[\(si)]"
                let url = try resolver.localFile(s.source ?? "", path: path + ".src")
                let playback = try s.audioPlayback(path: path)
                let offset = Double(playback.effectiveOffsetMs)
                let fileBeats = try musicBeatsMs(url).filter { $0 >= offset }.map { $0 - offset }
                let length = Double(try musicDurationMs(url)) - offset
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

/// Beats of music files already tracked in this process, keyed by path, size and date.
private final class BeatCache: @unchecked Sendable {
    static let shared = BeatCache()
    private let lock = NSLock()
    private var known: [String: [Double]] = [:]

    static func key(_ url: URL) -> String? {
        guard let a = try? FileManager.default.attributesOfItem(atPath: url.path),
              let size = a[.size] as? NSNumber, let date = a[.modificationDate] as? Date else { return nil }
        return "\(url.standardizedFileURL.path)|\(size)|\(date.timeIntervalSince1970)"
    }

    subscript(key: String) -> [Double]? {
        get { lock.lock(); defer { lock.unlock() }; return known[key] }
        set { lock.lock(); known[key] = newValue; lock.unlock() }
    }
}
