import ReelTimeline

extension RequestPlan {
    /// `options` with the plan's length, transitions, motion on/off, fit and size applied
    /// (relative changes against the options' own values). Photo order, motion style, zoom
    /// strength, music and titles are not options: `DraftEditor.makeTimeline` applies those.
    public func apply(to options: SlideshowOptions) -> SlideshowOptions {
        var o = options
        for s in settings {
            switch s {
            case .totalDuration(let ms): o.totalDurationMs = ms
            case .photoDuration(let ms):
                o.totalDurationMs = nil
                o.slideDurationMs = ms
            case .scaleDuration(let f):
                if let t = o.totalDurationMs { o.totalDurationMs = Int((Double(t) * f).rounded()) }
                else { o.slideDurationMs = Int((Double(o.slideDurationMs) * f).rounded()) }
            case .transition(let k):
                o.transition = k
                if k != .cut, o.transitionDurationMs <= 0 { o.transitionDurationMs = DraftDefaults.transitionMs }
            case .transitionDuration(let ms):
                o.transitionDurationMs = ms
                if o.transition == .cut { o.transition = .crossfade }
            case .scaleTransitions(let f): o.transitionDurationMs = DraftEditor.scaledTransition(o.transitionDurationMs, f)
            case .motion(let m): o.kenBurns = m != .off
            case .scaleZoom(let f): if f > 1 { o.kenBurns = true }
            case .fit(let f): o.fit = f
            case .focus(let f): o.focus = f
            case .clipMax(let ms): o.clipMaxMs = ms
            case .aspect, .resolution, .size, .frameRate: DraftEditor().applyProfile(&o.profile, s)
            default: break
            }
        }
        return o
    }
}
