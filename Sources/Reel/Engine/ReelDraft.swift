import Foundation
import ReelTimeline

/// A timeline with the folder its relative `src` paths resolve against: what the facade builds,
/// renders and exports.
public struct ReelDraft: Sendable {
    /// The video's model (tracks, segments, transitions, output profile).
    public var timeline: Timeline
    /// Folder relative `src` paths resolve against (the draft file's folder); nil for the
    /// working directory.
    public var folder: URL?

    /// A draft of `timeline`, its relative paths resolving against `folder`.
    public init(_ timeline: Timeline, folder: URL? = nil) {
        self.timeline = timeline
        self.folder = folder
    }

    /// The draft JSON file at `file`; relative paths resolve against its folder.
    ///
    /// - Throws: ``ReelError`` (`badInput`) naming the file and, for a bad value, its JSON path.
    public init(contentsOf file: URL) throws {
        do {
            self.init(try Timeline(contentsOf: file), folder: file.standardizedFileURL.deletingLastPathComponent())
        } catch {
            throw ReelError(error)
        }
    }

    /// The folder relative paths resolve against, the working directory when ``folder`` is nil.
    var resolvedFolder: URL {
        folder ?? URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }
}
