import ReelTimeline

extension Setting {
    /// A short human description: "total length 30 s", "crossfade transitions", "9:16 (vertical)".
    public var summary: String {
        switch self {
        case .totalDuration(let ms): "total length \(FrameTime.secondsText(ms)) s"
        case .photoDuration(let ms): "\(FrameTime.secondsText(ms)) s per photo"
        case .scaleDuration(let f): f < 1 ? "shorter (×\(Self.factor(f)))" : "longer (×\(Self.factor(f)))"
        case .addDuration(let ms): ms < 0 ? "\(FrameTime.secondsText(-ms)) s shorter" : "\(FrameTime.secondsText(ms)) s longer"
        case .fitToMusic: "as long as the music"
        case .transition(let k): k == .cut ? "hard cuts (no transitions)" : k == .crossfade ? "crossfade transitions" : k == .fadeBlack ? "fade-to-black transitions" : "\(k.rawValue) transitions"
        case .transitionDuration(let ms): "\(FrameTime.secondsText(ms)) s transitions"
        case .scaleTransitions(let f): f > 1 ? "slower transitions (×\(Self.factor(f)))" : "faster transitions (×\(Self.factor(f)))"
        case .motion(let m):
            switch m {
            case .off: "no motion (still photos)"
            case .mixed: "Ken Burns motion"
            case .zoom: "Ken Burns zooms"
            case .pan: "Ken Burns pans"
            case .zoomIn: "every photo zooms in"
            case .zoomOut: "every photo zooms out"
            case .panLeft: "every photo pans left"
            case .panRight: "every photo pans right"
            case .panUp: "every photo pans up"
            case .panDown: "every photo pans down"
            }
        case .scaleZoom(let f): f > 1 ? "more zoom (×\(Self.factor(f)))" : "less zoom (×\(Self.factor(f)))"
        case .aspect(let a): "\(a)" + Self.shapeName(a)
        case .resolution(let side): side == 2160 ? "4K (2160 lines)" : "\(side)p"
        case .size(let w, let h): "\(w)×\(h)"
        case .frameRate(let f): "\(f) fps"
        case .format(let f): f.rawValue.uppercased()
        case .quality(let q): q == .preview ? "quick preview quality" : q == .high ? "best quality" : "standard quality"
        case .music(let src): src.map { "music \($0)" } ?? "background music"
        case .musicVolume(let v): "music at \(Int((v * 100).rounded()))%"
        case .adjustMusicVolume(let d): d > 0 ? "louder music (+\(Int((d * 100).rounded())) points)" : "quieter music (\(Int((d * 100).rounded())) points)"
        case .noMusic: "no music"
        case .title(let t): "title \"\(t)\""
        case .noTitle: "no title"
        case .order(let o):
            switch o {
            case .date: "photos in date order (oldest first)"
            case .newestFirst: "photos newest first"
            case .shuffled(let seed): "photos shuffled (seed \(seed))"
            case .reversed: "photos in reverse order"
            }
        case .swapPhotos(let a, let b): "swap \(a) and \(b)"
        case .removePhoto(let p): "remove \(p)"
        case .keepPhotos(let refs): "keep only " + PromptInterpreter.list(refs.map(\.description))
        case .movePhoto(let p, let to): "move \(p) to \(to == .first ? "the start" : to == .last ? "the end" : "position \(to)")"
        case .fit(let f): "fit mode \(f.rawValue)"
        case .focus(let f): f == nil ? "centre crop" : "faces kept in frame"
        case .media(let m): m == .photosOnly ? "photos only (no video clips)" : "video clips only (no photos)"
        case .clipMax(let ms): "clips at most \(FrameTime.secondsText(ms)) s"
        case .beatSync: "cuts on the beat"
        case .clipAudio(let on): on ? "clips play their own sound" : "clips silent (their own sound off)"
        case .photoLength(let p, let ms): "\(p) lasts \(FrameTime.secondsText(ms)) s"
        case .scalePhotos(let p, let f): "\(p.map(\.description) ?? "each photo") \(f < 1 ? "shorter" : "longer") (×\(Self.factor(f)))"
        case .addPhotoTime(let p, let ms): "\(p.map(\.description) ?? "each photo") \(FrameTime.secondsText(abs(ms))) s \(ms < 0 ? "shorter" : "longer")"
        case .titleDuration(let ms): "title for \(FrameTime.secondsText(ms)) s"
        case .titleOn(let p, let to): "title over \(p)" + (to.map { " to \($0)" } ?? " only")
        case .scaleTitle(let f): f > 1 ? "bigger title (×\(Self.factor(f)))" : "smaller title (×\(Self.factor(f)))"
        case .titlePosition(let p): "title at the \(p == .lowerThird ? "bottom" : p == .top ? "top" : "centre")"
        case .musicOffset(let ms): "music starts \(FrameTime.secondsText(ms)) s into the file"
        case .exceptPhotos(let refs, let s):
            s.summary + ", except " + (s.isTransitionEdit ? "the transition into " : "") + PromptInterpreter.list(refs.map(\.description))
        case .onPhotos(let refs, let s):
            (s.isTransitionEdit ? "the transition into " : "") + PromptInterpreter.list(refs.map(\.description)) + ": " + s.onePhotoSummary
        }
    }

    /// What this edit does to one photo named ("zooms in", "still", "a hard cut").
    private var onePhotoSummary: String {
        switch self {
        case .motion(let m):
            switch m {
            case .off: "still (no motion)"
            case .mixed: "Ken Burns motion"
            case .zoom: "zooms"
            case .pan: "pans"
            case .zoomIn: "zooms in"
            case .zoomOut: "zooms out"
            case .panLeft: "pans left"
            case .panRight: "pans right"
            case .panUp: "pans up"
            case .panDown: "pans down"
            }
        case .transition(let k): k == .cut ? "a hard cut" : k == .crossfade ? "a crossfade" : k == .fadeBlack ? "a fade to black" : k.rawValue
        case .transitionDuration(let ms): "\(FrameTime.secondsText(ms)) s long"
        default: summary
        }
    }

    /// Whether this changes the transitions between photos.
    var isTransitionEdit: Bool {
        switch self {
        case .transition, .transitionDuration, .scaleTransitions: true
        default: false
        }
    }

    private static func factor(_ f: Double) -> String {
        let r = (f * 100).rounded() / 100
        return r.rounded() == r ? String(Int(r)) : String(r)
    }

    private static func shapeName(_ a: AspectRatio) -> String {
        switch (a.width, a.height) {
        case (16, 9): " (landscape)"
        case (9, 16): " (vertical)"
        case (1, 1): " (square)"
        case (4, 5): " (portrait)"
        default: ""
        }
    }
}
