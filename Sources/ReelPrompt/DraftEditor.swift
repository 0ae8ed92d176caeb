import Foundation
import ReelTimeline

/// The outcome of applying a plan: the new timeline, what changed, and what could not be done.
public struct DraftEdit: Sendable, Hashable {
    /// The resulting timeline (valid: it passes `validate()`).
    public var timeline: Timeline
    /// One line per change, e.g. `length: 25.5 s → 20 s`.
    public var changes: [String]
    /// Asked for but not done, with the reason.
    public var notDone: [String]
}

/// Applies a `RequestPlan`: to a fresh photo list (a first cut), or to an existing timeline,
/// editing it in place so that everything the request did not touch stays as it was, unknown
/// draft keys included.
///
/// Pure apart from `photoDate`, `clipDuration` and `musicDuration`, which the caller supplies
/// (they read EXIF `DateTimeOriginal`, the clips' headers and the music's length).
public struct DraftEditor: Sendable {
    /// When a photo was taken, for "in date order"; nil when unknown.
    public var photoDate: @Sendable (String) -> Date?
    /// Music files given with the request, used when it asks for music without naming a file.
    public var musicFiles: [String]
    /// How long a video clip plays, ms, for a first cut with clips; nil when it cannot be read.
    public var clipDuration: @Sendable (String) -> Int?
    /// How long a music file plays, ms, so added music loops exactly as `Slideshow.addMusic`
    /// makes it; nil when it cannot be read.
    public var musicDuration: @Sendable (String) -> Int?

    /// Background music volume when none is asked for.
    public static let defaultMusicVolume = DraftDefaults.musicVolume
    /// How long a title stays on screen, from the start.
    public static let titleDurationMs = Slideshow.defaultTitleDurationMs

    /// An editor reading photo dates, clip and music lengths through the given functions
    /// (by default: nothing is known about the files).
    public init(photoDate: @escaping @Sendable (String) -> Date? = { _ in nil }, musicFiles: [String] = [],
                clipDuration: @escaping @Sendable (String) -> Int? = { _ in nil },
                musicDuration: @escaping @Sendable (String) -> Int? = { _ in nil }) {
        self.photoDate = photoDate
        self.musicFiles = musicFiles
        self.clipDuration = clipDuration
        self.musicDuration = musicDuration
    }

    /// A first cut from `photos`: the plan's photo order, length, transitions, motion and size
    /// (over `options`), then its music and title tracks.
    ///
    /// - Throws: `DraftError` when there are no photos, or they cannot fit the asked length.
    public func makeTimeline(_ plan: RequestPlan, photos: [String], options: SlideshowOptions = SlideshowOptions()) throws -> DraftEdit {
        // A first cut is the default cut edited by the request, so the same words give the
        // same result whether they make a draft or edit one.
        let media: [SlideshowItem] = photos.map { src in
            MediaKind(source: src) == .clip ? .clip(src, durationMs: clipDuration(src) ?? 0) : .photo(src)
        }
        var base = try Slideshow.timeline(media: media, options: options)
        let namesMusic = plan.settings.contains { s in
            if case .music(.some) = s { return true }
            return s == .noMusic
        }
        if !namesMusic, let file = musicFiles.first { addMusic(&base, source: file) }
        var edit = try apply(plan, to: base)
        let facts = Self.facts(of: edit.timeline)
        edit.changes = Self.factOrder.compactMap { k in facts[k].map { "\(k): \($0)" } }
        return edit
    }

    /// `timeline` edited by `plan`. Relative requests ("shorter", "slower transitions",
    /// "louder music") work against its current values. A new length rescales the photos and
    /// restarts them so that consecutive photos overlap by exactly their transition; a change of
    /// transitions alone keeps the length.
    ///
    /// - Throws: `DraftError` when the result cannot be rendered (e.g. too short for its photos).
    public func apply(_ plan: RequestPlan, to timeline: Timeline) throws -> DraftEdit {
        var t = timeline
        var notDone: [String] = []
        let oldTotal = t.durationMs
        var orderNotes: [String] = []
        var trackSettings = plan.settings
        if let vi = t.tracks.firstIndex(where: { $0.kind == .video }) {
            var segs = t.tracks[vi].segments
            let count = segs.count
            let names = PhotoNames(segs)
            var target: Int?
            var keepTotal = false
            var perPhoto = false
            var removed = false
            // the length the draft has once the photos named are removed, with its transitions as
            // they were: what a change of every transition keeps ("remove photo 1, quicker
            // transitions": 23 s)
            var keptTotal = oldTotal
            // an edit of some photos after the edit of every photo it refines, whatever the order
            // said ("crossfade into photo 4 but cut everywhere else")
            let scoped = plan.changes.filter { if case .onPhotos = $0.setting { true } else { false } }
            for c in plan.changes.filter({ !scoped.contains($0) }) + scoped {
                if case .removePhoto = c.setting {
                    // every photo named is counted in the draft as it was ("remove photos 2 and 4")
                    if !removed {
                        var asWas = t.tracks[vi].segments
                        _ = removePhotos(&asWas, plan.settings.compactMap { names.now($0, in: asWas) })
                        keptTotal = Self.length(of: asWas)
                        notDone += removePhotos(&segs, plan.settings.compactMap { names.now($0, in: segs) })
                    }
                    removed = true
                    continue
                }
                guard var s = names.now(c.setting, in: segs) else {
                    notDone.append("\(c.setting.summary): that photo was already removed")
                    continue
                }
                // "every photo 2 s except the first": the edit, then the photos left out put back
                var leftOut: [Int] = []
                var before: [Segment] = []
                if case .exceptPhotos(let refs, let inner) = s {
                    s = inner
                    before = segs
                    leftOut = refs.compactMap { $0.index(in: segs.count) }
                    if leftOut.count < refs.count { notDone.append("\(c.setting.summary): there are only \(segs.count) photos") }
                }
                defer { if !leftOut.isEmpty { Self.leaveOut(leftOut, of: s, from: before, in: &segs) } }
                if Self.isReorder(s) {
                    if let note = reorder(&segs, s) { notDone.append(note) } else { orderNotes.append(s.summary) }
                    continue
                }
                switch s {
                case .totalDuration(let ms): target = ms; perPhoto = false
                case .photoDuration(let ms):
                    for i in segs.indices where !segs[i].isClip { segs[i].durationMs = ms }
                    target = nil
                    perPhoto = true
                case .fitToMusic:
                    // the music this request leaves under the video, measured; else say why not
                    switch musicLength(plan, in: t) {
                    case .success(let ms): target = ms; perPhoto = false
                    case .failure(let why): notDone.append("\(s.summary): \(why.reason); the length is unchanged")
                    }
                case .scaleDuration(let f): target = Int((Double(target ?? oldTotal) * f).rounded()); perPhoto = false
                case .addDuration(let ms):
                    let want = (target ?? oldTotal) + ms
                    guard want >= DraftLimits.requestedTotalMs.lowerBound else { notDone.append("\(s.summary): the video would last under 1 s; the length is unchanged"); continue }
                    target = want
                    perPhoto = false
                case .photoLength(let p, let ms):
                    guard let i = p.index(in: segs.count) else { notDone.append("\(s.summary): there are only \(segs.count) photos"); continue }
                    segs[i].durationMs = ms
                    target = nil
                    perPhoto = true
                case .scalePhotos(let p, let f):
                    let which = p.map { $0.index(in: segs.count).map { [$0] } ?? [] } ?? segs.indices.filter { !segs[$0].isClip }
                    guard !which.isEmpty else { notDone.append("\(s.summary): there are only \(segs.count) photos"); continue }
                    for i in which { segs[i].durationMs = min(max(Int((Double(segs[i].durationMs) * f).rounded()), DraftLimits.requestedPhotoMs.lowerBound), DraftLimits.requestedPhotoMs.upperBound) }
                    target = nil
                    perPhoto = true
                case .addPhotoTime(let p, let ms):
                    let which = p.map { $0.index(in: segs.count).map { [$0] } ?? [] } ?? segs.indices.filter { !segs[$0].isClip }
                    guard !which.isEmpty else { notDone.append("\(s.summary): there are only \(segs.count) photos"); continue }
                    for i in which { segs[i].durationMs = min(max(segs[i].durationMs + ms, DraftLimits.requestedPhotoMs.lowerBound), DraftLimits.requestedPhotoMs.upperBound) }
                    target = nil
                    perPhoto = true
                case .clipMax(let ms):
                    for i in segs.indices where segs[i].isClip && segs[i].durationMs > ms { segs[i].durationMs = ms }
                case .clipAudio(let on):
                    // as `--clip-audio off` does: `vol` 0; on: the clip's own level (no `vol`)
                    for i in segs.indices where segs[i].isClip { segs[i].clipPlayback.volume = on ? nil : 0 }
                case .transition, .transitionDuration, .scaleTransitions:
                    // a change of every transition keeps the length; one that changes nothing
                    // ("hard cut into photo 6, crossfades everywhere else") leaves it to the others
                    let was = segs.map(\.transition)
                    if let note = applyTransition(&segs, s) { notDone.append(note) } else if segs.map(\.transition) != was { keepTotal = true }
                case .onPhotos(let refs, let inner):
                    // one photo's transition keeps the photos' lengths: the total moves by its overlap
                    notDone += applyOnPhotos(refs, inner, to: &segs)
                default:
                    if let note = applyMotion(&segs, s) { notDone.append(note) }
                }
            }
            if target == nil, keepTotal, !perPhoto, removed || segs.count == count { target = removed ? keptTotal : oldTotal }
            // "make it 2 seconds" on ten photos with crossfades: a total too short for the photos and
            // their transitions changes nothing, as a length of 0 s does
            if let want = target, want != oldTotal, !Self.fits(segs, total: want) {
                notDone.append("a length of \(FrameTime.secondsText(want)) s is too short for \(segs.count) photos and their transitions; the length is unchanged")
                target = nil
            }
            notDone += Self.layout(&segs, total: target)
            t.tracks[vi].segments = segs
            trackSettings = plan.settings.map { names.now($0, in: segs) ?? $0 }
        } else if plan.settings.contains(where: Self.needsPhotos) {
            notDone.append("the draft has no video track, so there are no photos to change")
        }
        for s in plan.settings { applyProfile(&t.profile, s) }
        // "make it as long as the song" with a song given and none in the draft yet: add it
        if addsMusicToFit(plan, t) { trackSettings.append(.music(source: nil)) }
        notDone += applyTracks(&t, trackSettings, oldTotal: oldTotal)
        if plan.settings.contains(.fitToMusic) { unloopMusicThatFits(&t) }
        try t.validate()
        let before = Self.facts(of: timeline), after = Self.facts(of: t)
        var changes = orderNotes
        for k in Self.factOrder where before[k] != after[k] {
            changes.append("\(k): \(before[k] ?? "none") → \(after[k] ?? "none")")
        }
        return DraftEdit(timeline: t, changes: changes, notDone: notDone)
    }

    /// How long `segs` play one after the other, each overlapping the one before by its
    /// transition (ten 3 s photos with 0.5 s crossfades: 25.5 s).
    static func length(of segs: [Segment]) -> Int {
        segs.reduce(0) { $0 + $1.durationMs } - segs.dropFirst().reduce(0) { $0 + ($1.transition?.durationMs ?? 0) }
    }

    /// Whether `segs` laid out to last `total` ms keep every photo at least as long as its
    /// transitions in and out together (and ``DraftLimits/minimumPhotoMs``).
    static func fits(_ segs: [Segment], total: Int) -> Bool {
        var trial = segs
        _ = layout(&trial, total: total)
        // the transitions as asked, each no longer than the photos it joins: a total that leaves a
        // photo too short for both of them is too short, though the layout would halve them
        func asked(_ i: Int) -> Int {
            min(segs[i].transition?.durationMs ?? 0, trial[i - 1].durationMs, trial[i].durationMs)
        }
        for i in trial.indices {
            let edges = (i > 0 ? asked(i) : 0) + (i + 1 < trial.count ? asked(i + 1) : 0)
            if trial[i].durationMs < max(edges, trial[i].isClip ? 1 : DraftLimits.minimumPhotoMs) { return false }
        }
        return true
    }

    private static func needsPhotos(_ s: Setting) -> Bool {
        switch s {
        case .totalDuration, .photoDuration, .scaleDuration, .addDuration, .fitToMusic, .transition, .transitionDuration, .scaleTransitions,
             .motion, .scaleZoom, .order, .swapPhotos, .removePhoto, .movePhoto, .fit, .focus, .media, .clipMax, .clipAudio,
             .photoLength, .scalePhotos, .addPhotoTime, .keepPhotos, .exceptPhotos, .onPhotos: true
        default: false
        }
    }

    /// Output size and frame rate.
    func applyProfile(_ p: inout OutputProfile, _ s: Setting) {
        switch s {
        case .aspect(let a):
            let size = a.size(shortSide: min(p.width, p.height))
            (p.width, p.height) = (size.width, size.height)
        case .resolution(let side):
            let size = AspectRatio(p.width, p.height).size(shortSide: side)
            (p.width, p.height) = (size.width, size.height)
        case .size(let w, let h): (p.width, p.height) = (w, h)
        case .frameRate(let f): p.fps = f
        default: break
        }
    }

    /// Music and title tracks; a track that ran to the old end is kept running to the new end.
    func applyTracks(_ t: inout Timeline, _ settings: [Setting], oldTotal: Int) -> [String] {
        var notDone: [String] = []
        let total = t.durationMs
        for ti in t.tracks.indices where t.tracks[ti].kind != .video {
            for si in t.tracks[ti].segments.indices {
                var seg = t.tracks[ti].segments[si]
                if t.tracks[ti].kind == .audio, seg.endMs >= oldTotal || seg.endMs > total {
                    seg.durationMs = max(1, total - seg.startMs)
                } else if seg.endMs > total {
                    seg.durationMs = max(1, total - seg.startMs)
                }
                t.tracks[ti].segments[si] = seg
            }
        }
        // music first, then its volume, then titles
        for s in settings {
            switch s {
            case .noMusic: t.tracks.removeAll { $0.kind == .audio }
            case .music(let src):
                if let src {
                    if let ai = t.tracks.firstIndex(where: { $0.kind == .audio && !$0.segments.isEmpty }) {
                        t.tracks[ai].segments[0].source = src
                    } else {
                        addMusic(&t, source: src)
                    }
                } else if !t.tracks.contains(where: { $0.kind == .audio }) {
                    if let file = musicFiles.first { addMusic(&t, source: file) } else {
                        notDone.append("background music: no music file was given (name one, e.g. \"with song.mp3\", or pass it with the photos); choosing or generating music needs the cloud")
                    }
                }
            default: break
            }
        }
        for s in settings {
            switch s {
            case .musicVolume(let v), .adjustMusicVolume(let v):
                guard t.tracks.contains(where: { $0.kind == .audio && !$0.segments.isEmpty }) else {
                    notDone.append("music volume: there is no music in this video")
                    continue
                }
                for ti in t.tracks.indices where t.tracks[ti].kind == .audio {
                    for si in t.tracks[ti].segments.indices {
                        let current = t.tracks[ti].segments[si].volume ?? Self.defaultMusicVolume
                        let nv = { if case .musicVolume = s { v } else { current + v } }()
                        t.tracks[ti].segments[si].volume = (min(max(nv, 0), 1) * 100).rounded() / 100
                    }
                }
            case .noTitle: t.tracks.removeAll { $0.kind == .text }
            case .title(let text):
                if let ti = t.tracks.firstIndex(where: { $0.kind == .text && !$0.segments.isEmpty }) {
                    t.tracks[ti].segments[0].text = text
                } else {
                    do { try Slideshow.addTitle(text, durationMs: Self.titleDurationMs, to: &t) } catch {
                        notDone.append("title: \(error)")
                    }
                }
            default: break
            }
        }
        notDone += applyTitleAndMusicDetails(&t, settings)
        return notDone
    }

    /// Adds `source` as background music under the whole video, as `Slideshow.addMusic` does
    /// (default volume, fades and looping; one rule for both), placed before any text track.
    /// When the music's length is unknown it is taken to last as long as the video: the same
    /// keys, and no `loop` (music loops by default anyway).
    func addMusic(_ t: inout Timeline, source: String) {
        let end = max(1, t.durationMs)
        let song = MusicFile(source: source, durationMs: max(1, musicDuration(source) ?? end))
        guard let track = try? Slideshow.musicTrack([song], videoDurationMs: end) else { return }
        if let ti = t.tracks.firstIndex(where: { $0.kind == .text }) { t.tracks.insert(track, at: ti) } else { t.tracks.append(track) }
    }
}
