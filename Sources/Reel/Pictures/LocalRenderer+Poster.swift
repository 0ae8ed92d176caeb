import Foundation
import ReelTimeline

extension LocalRenderer {
    /// The local files of `timeline`'s audio tracks (music), for checks on output names;
    /// sources that do not resolve are left out (the audio mix reports them).
    static func audioFiles(_ timeline: Timeline, base: URL?) -> [URL] {
        let resolver = MediaResolver(base: base)
        return timeline.tracks.filter { $0.kind == .audio }.flatMap(\.segments).compactMap { s in
            try? resolver.localFile(s.source ?? "", path: "")
        }
    }
}
