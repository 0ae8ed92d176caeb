import Foundation
import ReelTimeline

/// Photo order, transitions, motion and timing of the video track.
extension DraftEditor {
    static func isReorder(_ s: Setting) -> Bool {
        switch s {
        case .order, .swapPhotos, .removePhoto, .movePhoto, .media, .keepPhotos: true
        default: false
        }
    }

    /// Reorders or removes photos. Timing stays with the position (start, length, transition
    /// into it); the photo, its motion, fit and other keys move. Returns why it could not be done.
    func reorder(_ segs: inout [Segment], _ s: Setting) -> String? {
        let n = segs.count
        func permute(_ order: [Int]) {
            let old = segs
            for (i, from) in order.enumerated() {
                segs[i].source = old[from].source
                segs[i].kenBurns = old[from].kenBurns
                segs[i].fit = old[from].fit
                segs[i].extra = old[from].extra
            }
        }
        switch s {
        case .order(.reversed): permute(Array((0..<n).reversed()))
        case .order(.shuffled(let seed)):
            var order = Array(0..<n)
            var rng = SplitMix64(seed: seed)
            if n > 1 { for i in stride(from: n - 1, to: 0, by: -1) { order.swapAt(i, Int(rng.next() % UInt64(i + 1))) } }
            permute(order)
        case .order(let o):
            let dates = segs.map { $0.source.flatMap(photoDate) }
            guard dates.contains(where: { $0 != nil }) else {
                return "date order: none of the photos has a date taken (EXIF DateTimeOriginal); order unchanged"
            }
            let order = (0..<n).sorted { a, b in
                switch (dates[a], dates[b]) {
                case let (x?, y?): return x == y ? a < b : (o == .newestFirst ? x > y : x < y)
                case (.some, nil): return true
                case (nil, .some): return false
                case (nil, nil): return a < b
                }
            }
            permute(order)
        case .swapPhotos(let a, let b):
            guard let i = a.index(in: n), let j = b.index(in: n) else { return "\(s.summary): there are only \(n) photos" }
            var order = Array(0..<n)
            order.swapAt(i, j)
            permute(order)
        case .movePhoto(let p, let to):
            guard let i = p.index(in: n), let j = to.index(in: n) else { return "\(s.summary): there are only \(n) photos" }
            var order = Array(0..<n)
            order.insert(order.remove(at: i), at: j)
            permute(order)
        case .media(let keep):
            let kept = segs.filter { $0.isClip == (keep == .clipsOnly) }
            guard !kept.isEmpty else { return "\(s.summary): there are no \(keep == .clipsOnly ? "video clips" : "photos")" }
            guard kept.count < n else { return nil }
            let start = segs[0].startMs
            segs = kept
            segs[0].transition = nil
            segs[0].startMs = start
        case .keepPhotos(let refs):
            let keep = Set(refs.compactMap { $0.index(in: n) })
            guard !keep.isEmpty else { return "\(s.summary): there are only \(n) photos" }
            guard keep.count < n else { return nil }
            let start = segs[0].startMs
            segs = segs.indices.filter(keep.contains).map { segs[$0] }
            if !keep.contains(0) {
                segs[0].transition = nil
                segs[0].startMs = start
            }
        case .removePhoto(let p):
            guard let i = p.index(in: n) else { return "\(s.summary): there are only \(n) photos" }
            guard n > 1 else { return "\(s.summary): it is the only photo" }
            let removed = segs.remove(at: i)
            if i == 0 {
                segs[0].transition = nil
                segs[0].startMs = removed.startMs
            }
        default: break
        }
        return nil
    }

    /// Transition kind or length on every photo after the first.
    func applyTransition(_ segs: inout [Segment], _ s: Setting) -> String? {
        guard segs.count > 1 else { return "transitions: there is only one photo" }
        switch s {
        case .transition(let kind):
            for i in segs.indices.dropFirst() {
                let old = segs[i].transition
                let d = old.map { $0.kind == .cut ? 0 : $0.durationMs } ?? 0
                segs[i].transition = Transition(kind: kind, durationMs: kind == .cut ? 0 : (d > 0 ? d : DraftDefaults.transitionMs), extra: old?.extra ?? [:])
            }
        case .transitionDuration(let ms):
            for i in segs.indices.dropFirst() {
                let old = segs[i].transition
                let kind = old.map { $0.kind == .cut ? .crossfade : $0.kind } ?? .crossfade
                segs[i].transition = Transition(kind: kind, durationMs: ms, extra: old?.extra ?? [:])
            }
        case .scaleTransitions(let f):
            let has = segs.dropFirst().contains { ($0.transition?.durationMs ?? 0) > 0 }
            guard has else { return "\(s.summary): the photos are joined by hard cuts, which have no length" }
            for i in segs.indices.dropFirst() {
                guard let tr = segs[i].transition, tr.durationMs > 0 else { continue }
                segs[i].transition?.durationMs = Self.scaledTransition(tr.durationMs, f)
            }
        default: break
        }
        return nil
    }

    /// `ms` × `f`, rounded to 10 ms, kept within 0.1–3 s.
    static func scaledTransition(_ ms: Int, _ f: Double) -> Int {
        min(max(Int((Double(ms) * f / 10).rounded()) * 10, DraftLimits.requestedTransitionMs.lowerBound), DraftLimits.requestedTransitionMs.upperBound)
    }

    /// Ken Burns style, strength and fit on every photo.
    func applyMotion(_ segs: inout [Segment], _ s: Setting) -> String? {
        switch s {
        case .motion(let style):
            for i in segs.indices { segs[i].kenBurns = Self.motion(style, forPhoto: i) }
        case .scaleZoom(let f):
            if !segs.contains(where: { $0.kenBurns != nil }) {
                guard f > 1 else { return "\(s.summary): the photos have no motion" }
                for i in segs.indices { segs[i].kenBurns = Slideshow.motion(forPhoto: i) }
            }
            for i in segs.indices {
                guard var kb = segs[i].kenBurns else { continue }
                kb.from.zoom = Self.scaledZoom(kb.from.zoom, f)
                kb.to.zoom = Self.scaledZoom(kb.to.zoom, f)
                segs[i].kenBurns = kb
            }
        case .fit(let mode):
            for i in segs.indices { segs[i].fit = mode == .auto ? nil : mode }
        case .focus(let f):
            for i in segs.indices where !segs[i].isClip { segs[i].focus = f }
        default: break
        }
        return nil
    }

    /// A zoom whose magnification beyond 1 is scaled by `f`, kept within 1–3.
    static func scaledZoom(_ z: Double, _ f: Double) -> Double {
        (min(max(1 + (z - 1) * f, 1), 3) * 1000).rounded() / 1000
    }

    /// The motion for photo `i` in a style: the builder's mixed cycle, zooms only, or pans only.
    static func motion(_ style: MotionStyle, forPhoto i: Int) -> KenBurns? {
        switch style {
        case .off: return nil
        case .mixed: return Slideshow.motion(forPhoto: i)
        case .zoomIn: return KenBurns(from: Viewport(zoom: 1.0), to: Viewport(zoom: 1.15))
        case .zoomOut: return KenBurns(from: Viewport(zoom: 1.15), to: Viewport(zoom: 1.0))
        case .panLeft: return KenBurns(from: Viewport(zoom: 1.12, x: 0.56), to: Viewport(zoom: 1.12, x: 0.44))
        case .panRight: return KenBurns(from: Viewport(zoom: 1.12, x: 0.44), to: Viewport(zoom: 1.12, x: 0.56))
        case .panUp: return KenBurns(from: Viewport(zoom: 1.12, y: 0.55), to: Viewport(zoom: 1.12, y: 0.45))
        case .panDown: return KenBurns(from: Viewport(zoom: 1.12, y: 0.45), to: Viewport(zoom: 1.12, y: 0.55))
        case .zoom:
            return i % 2 == 0 ? KenBurns(from: Viewport(zoom: 1.0), to: Viewport(zoom: 1.15))
                : KenBurns(from: Viewport(zoom: 1.15), to: Viewport(zoom: 1.0))
        case .pan:
            switch i % 4 {
            case 0: return KenBurns(from: Viewport(zoom: 1.12, x: 0.44), to: Viewport(zoom: 1.12, x: 0.56))
            case 1: return KenBurns(from: Viewport(zoom: 1.12, x: 0.56), to: Viewport(zoom: 1.12, x: 0.44))
            case 2: return KenBurns(from: Viewport(zoom: 1.12, y: 0.45), to: Viewport(zoom: 1.12, y: 0.55))
            default: return KenBurns(from: Viewport(zoom: 1.12, y: 0.55), to: Viewport(zoom: 1.12, y: 0.45))
            }
        }
    }

    /// Restarts the photos so each overlaps the previous by exactly its transition, after first
    /// scaling their lengths (in proportion) to reach `total` when given. Transitions longer than
    /// a photo they join are shortened. Returns what had to be adjusted.
    static func layout(_ segs: inout [Segment], total: Int?) -> [String] {
        guard !segs.isEmpty else { return [] }
        var notes: [String] = []
        func overlaps() -> Int { segs.indices.dropFirst().reduce(0) { $0 + (segs[$1].transition?.durationMs ?? 0) } }
        func fitTransitions() -> Bool {
            var changed = false
            // a photo between two transitions gives each at most half of its length, so the one in and
            // the one out never overlap ("3 seconds each, 2 second fades": 1.5 s fades)
            func room(_ k: Int) -> Int {
                let ins = (segs[k].transition?.durationMs ?? 0) > 0 && k > 0
                let outs = k + 1 < segs.count && (segs[k + 1].transition?.durationMs ?? 0) > 0
                return ins && outs ? segs[k].durationMs / 2 : segs[k].durationMs
            }
            for i in segs.indices.dropFirst() {
                guard let tr = segs[i].transition, tr.durationMs > 0 else { continue }
                let limit = min(room(i - 1), room(i))
                if tr.durationMs > limit {
                    segs[i].transition?.durationMs = max(0, limit)
                    changed = true
                }
            }
            return changed
        }
        for _ in 0..<3 {
            if let total {
                // Clips play at their own speed: a total length retimes the photos (all of the
                // segments when there are only clips).
                let photos = segs.indices.filter { !segs[$0].isClip }
                let retimed = photos.isEmpty ? Array(segs.indices) : photos
                let fixed = segs.indices.filter { !retimed.contains($0) }.reduce(0) { $0 + segs[$1].durationMs }
                let want = total + overlaps() - fixed
                let have = retimed.reduce(0) { $0 + segs[$1].durationMs }
                var used = 0
                for (k, i) in retimed.enumerated() {
                    let d = k == retimed.count - 1 ? want - used : Int((Double(segs[i].durationMs) * Double(want) / Double(max(have, 1))).rounded())
                    segs[i].durationMs = max(1, d)
                    used += segs[i].durationMs
                }
            }
            if !fitTransitions() { break }
            if !notes.contains(where: { $0.hasPrefix("transitions") }) {
                notes.append("transitions were shortened to fit the shorter photos")
            }
        }
        var start = segs[0].startMs
        for i in segs.indices {
            if i > 0 { start = segs[i - 1].endMs - (segs[i].transition?.durationMs ?? 0) }
            segs[i].startMs = start
        }
        return notes
    }

    /// The facts a person would check, for saying what changed.
    static let factOrder = ["photos", "clips", "length", "transitions", "motion", "fit", "size", "music", "title"]

    static func facts(of t: Timeline) -> [String: String] {
        var f: [String: String] = [:]
        let video = t.tracks.first { $0.kind == .video }?.segments ?? []
        // photos and video clips are counted apart ("photos: 9", "clips: 4"), as the render summary does
        let clips = video.filter(\.isClip).count
        f["photos"] = "\(video.count - clips)"
        if clips > 0 { f["clips"] = "\(clips)" }
        f["length"] = "\(FrameTime.secondsText(t.durationMs)) s"
        if video.count > 1 {
            let trs = video.dropFirst().map { $0.transition ?? Transition(kind: .cut, durationMs: 0) }
            let kinds = Set(trs.map(\.kind)), lengths = Set(trs.map(\.durationMs))
            if kinds.count == 1, let k = kinds.first {
                f["transitions"] = k == .cut ? "hard cuts" : k.rawValue + (lengths.count == 1 ? " \(FrameTime.secondsText(lengths.first!)) s" : "")
            } else {
                f["transitions"] = "mixed"
            }
        }
        let kbs = video.compactMap(\.kenBurns)
        f["motion"] = kbs.isEmpty ? "none" : "Ken Burns" + (kbs.count < video.count ? " on \(kbs.count) photos" : "")
            + " (zoom up to \(kbs.map { max($0.from.zoom, $0.to.zoom) }.max().map { String(format: "%.2f", $0) } ?? "1"))"
        let fits = Set(video.map { $0.fit?.rawValue ?? "auto" })
        f["fit"] = fits.count == 1 ? fits.first! : "mixed"
        f["size"] = "\(t.profile.width)×\(t.profile.height) at \(t.profile.fps) fps"
        if let music = t.tracks.first(where: { $0.kind == .audio }), let s = music.segments.first {
            f["music"] = ((s.source ?? "music") as NSString).lastPathComponent + " at \(Int(((s.volume ?? 1) * 100).rounded()))%"
        }
        if let title = t.tracks.first(where: { $0.kind == .text })?.segments.first, let text = title.text {
            f["title"] = "\"\(text)\""
        }
        return f
    }
}

