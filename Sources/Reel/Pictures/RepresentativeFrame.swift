import ReelCompositor
import ReelTimeline

/// Which frames stand for a timeline or one of its segments: the poster frame of a video and
/// the frame each storyboard cell shows. Pure: timeline in, frame indices out.
///
/// A segment's *solo frames* are those where it alone is on screen (no transition into or out of
/// it is in progress). Every choice falls on a solo frame when the segment has one.
public enum RepresentativeFrame {
    /// The frame that best shows segment `i` of the first video track: the middle of its solo
    /// frames; when transitions cover all of it, the middle of the frames where it shows most
    /// (a transition's progress weighs it). Nil when `i` is out of range or the segment has no frame.
    public static func frame(ofSegment i: Int, in timeline: Timeline) -> Int? {
        let planner = FramePlanner(timeline: timeline)
        guard planner.segments.indices.contains(i) else { return nil }
        let solo = soloFrames(ofSegment: i, planner: planner)
        if !solo.isEmpty { return solo.lowerBound + (solo.count - 1) / 2 }
        let range = clamped(planner.frameRange(ofSegment: i), planner)
        guard !range.isEmpty else { return nil }
        let shares = range.map { n -> Double in
            let plan = planner.plan(frame: n)
            if plan.a?.segment == i { return plan.b == nil ? 1 : 1 - plan.progress }
            return plan.b?.segment == i ? plan.progress : 0
        }
        let best = shares.max() ?? 0
        let top = shares.indices.filter { shares[$0] >= best - 1e-9 }
        return range.lowerBound + top[(top.count - 1) / 2]
    }

    /// The poster frame: the first solo frame after an opening title has faded out (a text
    /// segment from 0 ms that is not a lower-third caption and ends before the video does),
    /// else the middle of the first segment's solo frames. Nil for a timeline with no frames.
    public static func poster(of timeline: Timeline) -> Int? {
        let planner = FramePlanner(timeline: timeline)
        guard planner.frameCount > 0, !planner.segments.isEmpty else { return nil }
        if let titleEnd = openingTitleEndMs(timeline), titleEnd < timeline.durationMs {
            let after = FrameTime.firstFrame(atOrAfter: titleEnd, fps: planner.fps)
            for i in planner.segments.indices {
                let solo = soloFrames(ofSegment: i, planner: planner)
                if solo.upperBound > after, !solo.isEmpty { return max(solo.lowerBound, after) }
            }
            if after < planner.frameCount { return after }
        }
        return frame(ofSegment: 0, in: timeline)
    }

    /// When the opening title (text from 0 ms, not in the lower third) has gone, ms; nil without one.
    static func openingTitleEndMs(_ timeline: Timeline) -> Int? {
        let ends = timeline.tracks.filter { $0.kind == .text }.flatMap(\.segments)
            .filter { $0.startMs == 0 && $0.textAppearance.effectivePosition != .lowerThird }
            .map(\.endMs)
        return ends.max()
    }

    /// The frames in which segment `i` alone is on screen (it and its neighbours overlap only
    /// during transitions); empty when transitions cover it entirely.
    static func soloFrames(ofSegment i: Int, planner: FramePlanner) -> Range<Int> {
        let own = clamped(planner.frameRange(ofSegment: i), planner)
        var lo = own.lowerBound, hi = own.upperBound
        if i > 0 { lo = max(lo, planner.frameRange(ofSegment: i - 1).upperBound) }
        if i + 1 < planner.segments.count { hi = min(hi, planner.frameRange(ofSegment: i + 1).lowerBound) }
        guard lo < hi else { return lo..<lo }
        // A draft may overlap segments further apart; keep only frames the planner shows alone.
        let mid = lo + (hi - lo - 1) / 2
        let plan = planner.plan(frame: mid)
        return plan.b == nil && plan.a?.segment == i ? lo..<hi : lo..<lo
    }

    private static func clamped(_ r: Range<Int>, _ planner: FramePlanner) -> Range<Int> {
        let lo = max(0, min(r.lowerBound, planner.frameCount)), hi = max(lo, min(r.upperBound, planner.frameCount))
        return lo..<hi
    }
}
