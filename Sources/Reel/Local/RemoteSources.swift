import Foundation
import ReelCloud
import ReelTimeline

/// Remote `src` URLs (a draft saved with `reel cloud state -o`) made local for an offline
/// render: each is fetched once into the cache (`RemoteMedia`: https only except loopback,
/// size-capped, sniffed as media, redirects limited) and the segment points at the copy.
public enum RemoteSources {
    /// The http(s) URLs `timeline` uses, each once, in order.
    public static func urls(in timeline: Timeline, base: URL) -> [URL] {
        var seen = Set<URL>(), out: [URL] = []
        for track in timeline.tracks {
            for seg in track.segments {
                guard let src = seg.source, case .remote(let url) = MediaSource.resolve(src, base: base),
                      seen.insert(url).inserted else { continue }
                out.append(url)
            }
        }
        return out
    }

    /// `timeline` with every remote `src` replaced by the path of its cached copy.
    ///
    /// - Parameter fetched: told each URL as its copy is ready.
    /// - Throws: `CloudError` naming the URL (not allowed, too large, not media, unreachable).
    public static func localize(_ timeline: Timeline, base: URL, media: RemoteMedia = RemoteMedia(),
                                fetched: (@Sendable (URL) -> Void)? = nil) async throws -> Timeline {
        var copies: [URL: URL] = [:]
        for url in urls(in: timeline, base: base) {
            copies[url] = try await media.localCopy(of: url)
            fetched?(url)
        }
        guard !copies.isEmpty else { return timeline }
        var local = timeline
        for t in local.tracks.indices {
            for s in local.tracks[t].segments.indices {
                guard let src = local.tracks[t].segments[s].source, case .remote(let url) = MediaSource.resolve(src, base: base),
                      let copy = copies[url] else { continue }
                local.tracks[t].segments[s].source = copy.path
            }
        }
        return local
    }
}
