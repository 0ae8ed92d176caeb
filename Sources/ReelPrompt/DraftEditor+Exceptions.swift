import ReelTimeline

/// Edits of every photo but some ("every photo 2 seconds except the first", "zoom on every
/// photo except the last", "no transitions except between photo 3 and 4"), and of some photos
/// only ("zoom in on photo 3", "hard cut into photo 8").
extension DraftEditor {
    /// After `s` was applied to every photo: the photos at `indices` made as the exception says.
    ///
    /// Lengths, transition lengths, zoom strength, fit and focus stay as they were (`before`).
    /// A motion leaves them still, and "no motion" leaves them moving (as they were, or with the
    /// default motion). A transition kind leaves theirs as it was, and "no transitions" keeps the
    /// one into each of them (a crossfade when there was none).
    static func leaveOut(_ indices: [Int], of s: Setting, from before: [Segment], in segs: inout [Segment]) {
        for i in indices where i < segs.count && i < before.count {
            switch s {
            case .photoDuration, .scalePhotos, .addPhotoTime:
                segs[i].durationMs = before[i].durationMs
            case .motion(.off):
                segs[i].kenBurns = before[i].kenBurns ?? Slideshow.motion(forPhoto: i)
            case .motion:
                segs[i].kenBurns = nil
            case .scaleZoom:
                segs[i].kenBurns = before[i].kenBurns
            case .fit:
                segs[i].fit = before[i].fit
            case .focus:
                segs[i].focus = before[i].focus
            case .transition(.cut):
                guard i > 0 else { continue }
                if let old = before[i].transition, old.kind != .cut, old.durationMs > 0 {
                    segs[i].transition = old
                } else {
                    segs[i].transition = Transition(kind: .crossfade, durationMs: DraftDefaults.transitionMs, extra: before[i].transition?.extra ?? [:])
                }
            case .transition, .transitionDuration, .scaleTransitions:
                guard i > 0 else { continue }
                segs[i].transition = before[i].transition
            default:
                break
            }
        }
    }

    /// `s` (a motion, zoom strength, fit, focus or transition edit) made to the photos `refs`
    /// name only; for transitions, to the transition into each of them. Returns what could not
    /// be done.
    func applyOnPhotos(_ refs: [PhotoRef], _ s: Setting, to segs: inout [Segment]) -> [String] {
        var notDone: [String] = []
        let summary = Setting.onPhotos(refs, s).summary
        var indices = refs.compactMap { $0.index(in: segs.count) }
        if indices.count < refs.count { notDone.append("\(summary): there are only \(segs.count) photos") }
        if s.isTransitionEdit, indices.contains(0) {
            notDone.append("\(summary): the first photo has no transition into it")
            indices.removeAll { $0 == 0 }
        }
        guard !indices.isEmpty else { return notDone }
        var edited = segs
        if let note = s.isTransitionEdit ? applyTransition(&edited, s) : applyMotion(&edited, s) { return notDone + [note] }
        for i in indices {
            switch s {
            case .transition, .transitionDuration, .scaleTransitions: segs[i].transition = edited[i].transition
            case .fit: segs[i].fit = edited[i].fit
            case .focus: segs[i].focus = edited[i].focus
            default: segs[i].kenBurns = edited[i].kenBurns
            }
        }
        return notDone
    }
}
