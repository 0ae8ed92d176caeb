import Foundation
import ReelTimeline

/// Title time, size and position, the music's start in its file, and removing several photos.
extension DraftEditor {
    /// Applies the title and music details of `settings` to tracks that already exist.
    func applyTitleAndMusicDetails(_ t: inout Timeline, _ settings: [Setting]) -> [String] {
        var notDone: [String] = []
        let video = t.tracks.first { $0.kind == .video }?.segments ?? []
        let titleIndex = t.tracks.firstIndex { $0.kind == .text && !$0.segments.isEmpty }
        let musicIndex = t.tracks.firstIndex { $0.kind == .audio && !$0.segments.isEmpty }
        // the place first, so that "smaller and at the bottom" is smaller than a caption at the bottom
        let ordered = settings.filter { if case .titlePosition = $0 { true } else { false } }
            + settings.filter { if case .titlePosition = $0 { false } else { true } }
        for s in ordered {
            switch s {
            case .titleDuration, .titleOn, .scaleTitle, .titlePosition:
                guard let ti = titleIndex else {
                    notDone.append("\(s.summary): there is no title (add one, e.g. \"titled 'Summer'\")")
                    continue
                }
                var seg = t.tracks[ti].segments[0]
                switch s {
                case .titleDuration(let ms):
                    seg.durationMs = max(1, min(ms, t.durationMs - seg.startMs))
                case .titleOn(let p, let to):
                    guard let i = p.index(in: video.count), let j = (to ?? p).index(in: video.count), i <= j else {
                        notDone.append("\(s.summary): there are only \(video.count) photos")
                        continue
                    }
                    seg.startMs = video[i].startMs
                    seg.durationMs = max(1, video[j].endMs - video[i].startMs)
                case .scaleTitle(let f):
                    var a = seg.textAppearance
                    let range = TextAppearance.sizeRange
                    a.size = (min(max(a.effectiveSize * f, range.lowerBound), range.upperBound) * 1000).rounded() / 1000
                    seg.textAppearance = a
                case .titlePosition(let p):
                    var a = seg.textAppearance
                    a.position = p
                    seg.textAppearance = a
                default: break
                }
                t.tracks[ti].segments[0] = seg
            case .musicOffset(let ms):
                guard let mi = musicIndex else {
                    notDone.append("\(s.summary): there is no music in this video")
                    continue
                }
                var playback = t.tracks[mi].segments[0].audioPlayback
                playback.offsetMs = ms
                t.tracks[mi].segments[0].audioPlayback = playback
            default: break
            }
        }
        return notDone
    }

    /// Removes every photo a `.removePhoto` in `settings` names, each counted in the list as it
    /// was before any was removed. Returns what could not be done.
    func removePhotos(_ segs: inout [Segment], _ settings: [Setting]) -> [String] {
        let n = segs.count
        var notDone: [String] = []
        var indices = Set<Int>()
        for s in settings {
            guard case .removePhoto(let p) = s else { continue }
            if let i = p.index(in: n) { indices.insert(i) } else { notDone.append("\(s.summary): there are only \(n) photos") }
        }
        guard indices.count < n else { return notDone + ["removing \(indices.count) photos would leave none; nothing removed"] }
        let start = segs.first?.startMs ?? 0
        for i in indices.sorted(by: >) { segs.remove(at: i) }
        if indices.contains(0), !segs.isEmpty {
            segs[0].transition = nil
            segs[0].startMs = start
        }
        return notDone
    }
}
