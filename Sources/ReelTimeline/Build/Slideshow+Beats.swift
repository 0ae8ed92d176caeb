import Foundation

/// Cuts on the beat: moving every cut of a slideshow onto a beat of its music.
extension Slideshow {
    /// The shortest a photo is made to show when its cuts move to beats, ms (unless the
    /// slideshow asked for shorter photos).
    public static let beatSyncMinPhotoMs = DraftLimits.beatSyncPhotoMs.lowerBound
    /// The longest a photo is made to show when its cuts move to beats, ms (unless the
    /// slideshow asked for longer photos).
    public static let beatSyncMaxPhotoMs = DraftLimits.beatSyncPhotoMs.upperBound

    /// Moves every cut of the first video track — the midpoint of each transition, or the hard
    /// cut where there is none — onto one of `beatsMs` (beat times on the video's time line),
    /// as close to where it was as the beats allow: photos get new lengths, clips keep theirs,
    /// transitions keep their lengths and the video its total length.
    ///
    /// Each photo shows between `beatSyncMinPhotoMs` and `beatSyncMaxPhotoMs` — widened to ¾ of
    /// the shortest and 5/4 of the longest photo as given when those lie outside, and never
    /// shorter than its transitions. A cut
    /// that a clip's fixed length places (the end of a clip) stays where that length puts it.
    ///
    /// - Returns: false, leaving the timeline as it was, when the beats cannot carry every cut
    ///   within those limits (too few beats, none in part of the video); true otherwise (also
    ///   when there is no cut to move).
    @discardableResult
    public static func syncCutsToBeats(_ timeline: inout Timeline, beatsMs: [Double]) -> Bool {
        guard let ti = timeline.tracks.firstIndex(where: { $0.kind == .video }) else { return true }
        var segments = timeline.tracks[ti].segments
        guard segments.count > 1 else { return true }
        let plan = BeatPlan(segments: segments)
        guard let cuts = plan.cuts(onBeats: beatsMs) else { return false }
        let durations = plan.durations(cuts: cuts)
        var start = segments[0].startMs
        for i in segments.indices {
            if i > 0 { start = cuts[i - 1] - plan.overlaps[i] / 2 }
            segments[i].startMs = start
            segments[i].durationMs = durations[i]
        }
        timeline.tracks[ti].segments = segments
        return true
    }
}

/// The pure arithmetic of `Slideshow.syncCutsToBeats`: segment lengths and transitions in,
/// cut times out.
///
/// Cut `i` (between segments `i` and `i + 1`) is the midpoint of segment `i + 1`'s transition.
/// Segment `i` then lasts `cut[i] − cut[i − 1] + (overlap[i] + overlap[i + 1]) / 2`, the video
/// starting at `start` and ending at `end`.
struct BeatPlan {
    let start: Int
    let end: Int
    /// Transition length into each segment (0 for the first).
    let overlaps: [Int]
    /// Each segment's length as given.
    let given: [Int]
    let isClip: [Bool]
    /// Where each cut is now.
    let current: [Int]
    let minPhoto: Int
    let maxPhoto: Int

    init(segments: [Segment]) {
        start = segments[0].startMs
        end = segments.last!.endMs
        overlaps = segments.indices.map { $0 == 0 ? 0 : segments[$0].transition?.durationMs ?? 0 }
        given = segments.map(\.durationMs)
        isClip = segments.map(\.isClip)
        current = (1..<segments.count).map { segments[$0].startMs + (segments[$0].transition?.durationMs ?? 0) / 2 }
        let photos = segments.indices.filter { !segments[$0].isClip }.map { segments[$0].durationMs }
        // Photos asked to be shorter or longer than the limits keep a quarter of their length as
        // room to move (without it, 6.4 s photos could only stay exactly where they are).
        minPhoto = min(Slideshow.beatSyncMinPhotoMs, (photos.min() ?? Slideshow.beatSyncMinPhotoMs) * 3 / 4)
        maxPhoto = max(Slideshow.beatSyncMaxPhotoMs, (photos.max() ?? Slideshow.beatSyncMaxPhotoMs) * 5 / 4)
    }

    /// Segment lengths for `cuts`.
    func durations(cuts: [Int]) -> [Int] {
        given.indices.map { i in
            let from = i == 0 ? start : cuts[i - 1] - overlaps[i] / 2
            let to = i == given.count - 1 ? end : cuts[i] - overlaps[i + 1] / 2 + overlaps[i + 1]
            return to - from
        }
    }

    /// The range of lengths segment `i` may have.
    private func allowed(_ i: Int) -> ClosedRange<Int> {
        if isClip[i] { return given[i]...given[i] }
        let shortest = max(minPhoto, overlaps[i] + (i + 1 < overlaps.count ? overlaps[i + 1] : 0), DraftLimits.minimumPhotoMs)
        return shortest...max(shortest, maxPhoto)
    }

    /// How far cut `i − 1` (or the start, for `i` = 0) and cut `i` (or the end) may be apart:
    /// segment `i` lasts that gap plus ⌊overlap[i]/2⌋ + ⌈overlap[i + 1]/2⌉.
    private func gap(_ i: Int) -> ClosedRange<Int> {
        let next = i + 1 < overlaps.count ? overlaps[i + 1] : 0
        let extra = overlaps[i] / 2 + (next - next / 2)
        let r = allowed(i)
        return (r.lowerBound - extra)...(r.upperBound - extra)
    }

    /// How far a cut may move to reach a beat, ms.
    static let reach = 15_000

    /// Cut times on beats (each rounded to the ms) nearest in total to the current cuts, or nil
    /// when no choice keeps every segment within its limits. Cuts fixed by clips (a clip's end,
    /// or the cuts before clips that end the video) are not on beats.
    func cuts(onBeats beatsMs: [Double]) -> [Int]? {
        let count = current.count
        guard count > 0 else { return [] }
        let beats = Array(Set(beatsMs.filter { $0.isFinite }.map { Int($0.rounded()) })).sorted()
            .filter { $0 > start && $0 < end }
        // Cuts fixed from the end by trailing clips.
        var fixed = [Int?](repeating: nil, count: count)
        var position = end
        var i = given.count - 1
        while i > 0 && isClip[i] {
            let g = gap(i).lowerBound
            position -= g
            fixed[i - 1] = position
            i -= 1
        }
        // Layer by layer: every reachable time for cut k, its total distance from the current
        // cuts and the state of cut k − 1 it came from.
        struct State { let time: Int; let cost: Int; let back: Int }
        var layers: [[State]] = []
        var previous = [State(time: start, cost: 0, back: -1)]
        for k in 0..<count {
            let g = gap(k)
            var next: [State] = []
            let candidates: [Int]
            if let f = fixed[k] { candidates = [f] }
            else if isClip[k] { candidates = Array(Set(previous.map { $0.time + g.lowerBound })).sorted() }
            else {
                // A cut moves at most `reach` from where it was: this bounds the work and memory
                // (a few dozen states a cut) whatever the length of the music.
                let from = current[k] - Self.reach, to = current[k] + Self.reach
                candidates = beats.filter { $0 >= from && $0 <= to }
            }
            var lo = 0
            for c in candidates {
                // Predecessors p with c − p in g, i.e. p in c − g.upper … c − g.lower (previous is sorted).
                while lo < previous.count && previous[lo].time < c - g.upperBound { lo += 1 }
                var best: (cost: Int, index: Int)?
                var j = lo
                while j < previous.count && previous[j].time <= c - g.lowerBound {
                    if best == nil || previous[j].cost < best!.cost { best = (previous[j].cost, j) }
                    j += 1
                }
                if let best { next.append(State(time: c, cost: best.cost + abs(c - current[k]), back: best.index)) }
            }
            guard !next.isEmpty else { return nil }
            layers.append(next)
            previous = next
        }
        let last = gap(given.count - 1)
        guard let final = previous.indices.filter({ last.contains(end - previous[$0].time) })
            .min(by: { previous[$0].cost < previous[$1].cost }) else { return nil }
        var cuts = [Int](repeating: 0, count: count)
        var index = final
        for k in stride(from: count - 1, through: 0, by: -1) {
            cuts[k] = layers[k][index].time
            index = layers[k][index].back
        }
        return cuts
    }
}
