import ReelTimeline

/// Photo numbers as the user means them: "photo 6" is the photo that was sixth in the draft the
/// request edits, wherever removals and moves said earlier in the same request have put it
/// ("remove photo 5 and make photo 6 four seconds", 第1张删掉，第2张放最后). "First", "last" and
/// counts from the end stay positions.
struct PhotoNames {
    private let original: [String?]

    init(_ segs: [Segment]) { original = segs.map(\.source) }

    /// Where the photo `p` names is now in `segs`; nil when it is no longer there.
    func now(_ p: PhotoRef, in segs: [Segment]) -> PhotoRef? {
        guard case .number(let n) = p, n >= 1, n <= original.count, let src = original[n - 1],
              original.filter({ $0 == src }).count == 1 else { return p }
        return segs.firstIndex { $0.source == src }.map { .number($0 + 1) }
    }

    /// `s` with the photos it names as positions in `segs`; nil when one of them is gone.
    func now(_ s: Setting, in segs: [Segment]) -> Setting? {
        switch s {
        case .photoLength(let p, let ms): now(p, in: segs).map { .photoLength($0, ms: ms) }
        case .scalePhotos(let p?, let f): now(p, in: segs).map { .scalePhotos($0, f) }
        case .addPhotoTime(let p?, let ms): now(p, in: segs).map { .addPhotoTime($0, ms: ms) }
        case .removePhoto(let p): now(p, in: segs).map { .removePhoto($0) }
        case .movePhoto(let p, let to): now(p, in: segs).map { .movePhoto($0, to: to) }
        case .swapPhotos(let a, let b):
            if let x = now(a, in: segs), let y = now(b, in: segs) { .swapPhotos(x, y) } else { nil }
        case .keepPhotos(let refs):
            refs.compactMap { now($0, in: segs) }.isEmpty ? nil : .keepPhotos(refs.compactMap { now($0, in: segs) })
        case .titleOn(let p, let to):
            if let x = now(p, in: segs) {
                if let to { now(to, in: segs).map { .titleOn(x, through: $0) } } else { .titleOn(x, through: nil) }
            } else { nil }
        case .onPhotos(let refs, let inner):
            refs.compactMap { now($0, in: segs) }.isEmpty ? nil : .onPhotos(refs.compactMap { now($0, in: segs) }, inner)
        case .exceptPhotos(let refs, let inner):
            refs.compactMap { now($0, in: segs) }.isEmpty ? inner : .exceptPhotos(refs.compactMap { now($0, in: segs) }, inner)
        default: s
        }
    }
}
