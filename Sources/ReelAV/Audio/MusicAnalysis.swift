import Foundation

/// What one decoding pass over a music file finds: that it is usable (`AudioFileInfo`'s checks),
/// its exact length, and its EBU R128 loudness — so a render decodes each song once to check
/// and measure it, however many places ask.
public struct MusicAnalysis: Sendable, Hashable {
    /// The file's checked facts: decoded length, codec, rate, channels.
    public var info: AudioFileInfo
    /// Its integrated loudness and true peak over the whole file.
    public var loudness: LoudnessMeasurement

    /// The decoded length, ms.
    public var durationMs: Int { info.durationMs }

    /// Decodes all of `url` once (resampled to the mix format), checking it as
    /// `AudioFileInfo(probing:)` does and measuring its loudness as
    /// `LoudnessMeasurement(measuring:)` does, with the same figures.
    ///
    /// - Throws: `AudioFileError` naming the file and what to do.
    public init(analysing url: URL) throws {
        Self.counter.add(url)
        let meter = try LoudnessMeter()
        let reader = try AudioFileReader(url: url)
        let seconds = try reader.scanToEnd(measuring: meter)
        info = try AudioFileInfo(reader, decodedSeconds: seconds, url: url)
        loudness = meter.result
    }

    /// The analysis of `url`, done once per process while the file's path, size and
    /// modification date stay the same; a changed file is analysed again.
    ///
    /// - Throws: `AudioFileError` naming the file and what to do.
    public static func of(_ url: URL) throws -> MusicAnalysis {
        let key = FileVersionCache<MusicAnalysis>.key(url)
        if let key, let known = cache[key] { return known }
        let analysis = try MusicAnalysis(analysing: url)
        if let key { cache[key] = analysis }
        return analysis
    }

    /// How many whole-file checking or measuring passes this process has decoded over `url`
    /// (this type's, `AudioFileInfo(probing:)`'s and `LoudnessMeasurement(measuring:)`'s); for tests.
    @_spi(Testing) public static func passes(over url: URL) -> Int { counter.count(url) }

    private static let cache = FileVersionCache<MusicAnalysis>()
    /// Counts the checking and measuring passes.
    static let counter = PassCounter()

    /// Passes per standardized path.
    final class PassCounter: @unchecked Sendable {
        private let lock = NSLock()
        private var counts: [String: Int] = [:]
        func add(_ url: URL) { lock.withLock { counts[url.standardizedFileURL.path, default: 0] += 1 } }
        func count(_ url: URL) -> Int { lock.withLock { counts[url.standardizedFileURL.path] ?? 0 } }
    }
}
