import Foundation
import ReelAV
import ReelTimeline

/// What a local render tells about the video clips of a timeline before it starts.
extension LocalRenderer {
    /// Warnings about the timeline's clip segments: a segment (a draft's `d`) lasting longer
    /// than its clip plays from its `in` point holds the clip's last frame for the rest of it.
    /// Each names the file, the segment's JSON path, the clip's length and the seconds frozen.
    /// Show them before rendering.
    ///
    /// A clip that cannot be found or read gives no warning: the render reports it.
    public func clipWarnings(_ timeline: Timeline, base: URL? = nil) -> [String] {
        let resolver = MediaResolver(base: base)
        let track = timeline.videoTrackIndex
        let segments = timeline.videoTracks.first?.segments ?? []
        return segments.enumerated().compactMap { i, segment in
            guard segment.isClip, let src = segment.source,
                  let url = try? resolver.localFile(src, path: "t[\(track)].sg[\(i)].src"),
                  let lengthMs = try? ClipInfo(probing: url).durationMs else { return nil }
            let inMs = segment.clipPlayback.effectiveInMs
            let frozenMs = inMs + segment.durationMs - lengthMs
            // Less than a tenth of a second is a container's rounding, not a visible freeze.
            guard frozenMs >= Self.clipFreezeWarningMs, inMs < lengthMs else { return nil }
            let seconds = FrameTime.secondsText
            let plays = inMs > 0 ? ", \(seconds(lengthMs - inMs)) s of it from its in point \(seconds(inMs)) s" : ""
            return "\(url.path) (t[\(track)].sg[\(i)].d): the segment lasts \(seconds(segment.durationMs)) s but the clip lasts \(seconds(lengthMs)) s\(plays); "
                + "its last frame stays on screen for \(seconds(frozenMs)) s (set d to \(lengthMs - inMs) to end with the clip)"
        }
    }

    /// The shortest freeze `clipWarnings` reports, ms.
    static let clipFreezeWarningMs = 100
}
