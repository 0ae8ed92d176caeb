import Foundation
import ReelTimeline

/// Music and fonts named by an app or on the command line, read the one way Reel reads them.
extension MusicFile {
    /// The music file at `url`, its length measured by decoding it (the measurement is cached
    /// per file version, so a render that follows does not decode it again for its length).
    ///
    /// - Throws: `InputError` naming the file when it cannot be decoded.
    public init(measuring url: URL) throws {
        let file = url.standardizedFileURL
        self.init(source: file.path, durationMs: try LocalRenderer.musicDurationMs(file))
    }
}

extension Timeline {
    /// Moves every cut onto a beat of the timeline's music (its files resolved against `base`,
    /// the working directory when nil), by `Slideshow.syncCutsToBeats`.
    ///
    /// - Parameter progress: told how far the listening has come (a long song takes seconds).
    /// - Returns: false when the music has too few clear beats; the cuts then stay where they were.
    /// - Throws: when the music cannot be decoded.
    public mutating func syncCutsToMusicBeats(base: URL?, progress: ((BeatAnalysisProgress) -> Void)? = nil) throws -> Bool {
        let beats = try LocalRenderer.musicBeatsMs(on: self, base: base, progress: progress)
        return Slideshow.syncCutsToBeats(&self, beatsMs: beats)
    }
}

extension InputCollector {
    /// The readable font file `path` names (relative paths against `base`, the working
    /// directory when nil; `~` and `file://` as for any source), or nil when there is none.
    public static func fontFile(_ path: String, base: URL? = nil) -> URL? {
        let folder = base ?? URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        guard case .local(let url) = MediaSource.resolve(path, base: folder),
              FileManager.default.isReadableFile(atPath: url.path) else { return nil }
        return url
    }
}
