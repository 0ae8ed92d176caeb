import Foundation
import ReelAnalysis
import ReelCompositor
import ReelImageIO
import ReelTimeline

/// `focus`: where a photo's crop and motion aim.
///
/// - `auto`: the subjects are found on the reduced decode, on the thread that prepares the
///   photo (the still cache's look-ahead), and the crop and the segment's motion are aimed at them.
/// - a point: the crop is centred there; the draft's `kb` is used as written.
/// - none: the centre, as before `focus` existed.
public enum PhotoFocus {
    /// Places a decoded photo for segment `segment` per its `fit` and `focus`.
    public static func prepare(_ image: RGBAImage, segment: Segment, preparer: StillPreparer, canvas: PixelSize) -> PreparedStill {
        let fit = segment.fit ?? .auto
        switch segment.focus {
        case nil:
            return preparer.prepare(image, fit: fit, canvas: canvas)
        case .point(let x, let y)?:
            return preparer.prepare(image, fit: fit, canvas: canvas, cropCentre: (x, y))
        case .auto?:
            let choice = choose(image, segment: segment, preparer: preparer, canvas: canvas)
            // Sized for the aimed motion (never deeper than the segment's), as the draft that
            // records it will be.
            let aimed = preparer.canvasSize(maxZoom: choice.motion?.maxZoom ?? 1)
            var still = preparer.prepare(image, fit: fit, canvas: aimed, cropCentre: choice.cropCentre)
            still.motion = choice.motion
            return still
        }
    }

    /// The crop and motion `focus: auto` chooses for a decoded photo.
    public static func choose(_ image: RGBAImage, segment: Segment, preparer: StillPreparer, canvas: PixelSize) -> Framing.Choice {
        let photo = PixelSize(width: image.width, height: image.height)
        let subjects = SubjectFinder.find(rgba: image.pixels, width: image.width, height: image.height).regions
        return Framing.choose(photo: photo, fit: preparer.resolve(segment.fit ?? .auto, photo: photo),
                              canvasAspect: Double(preparer.output.width) / Double(preparer.output.height),
                              subjects: subjects.map { UnitRect(x: $0.x, y: $0.y, width: $0.width, height: $0.height) },
                              motion: segment.kenBurns)
    }
}

extension LocalRenderer {
    /// `timeline` with every photo's `focus: auto` carried out and written down: the crop's
    /// centre as a `focus` point (fills only; other fits need none) and the aimed motion as
    /// `kb`, so the draft renders the same later without looking for faces again. Each photo
    /// is decoded at the reduced size a render at `size` would use.
    ///
    /// - Throws: when a local photo cannot be read (naming the file).
    public func resolvingFocus(_ timeline: Timeline, base: URL?) throws -> Timeline {
        guard let track = timeline.tracks.firstIndex(where: { $0.kind == .video }),
              timeline.tracks[track].segments.contains(where: { $0.focus == .auto }) else { return timeline }
        var t = timeline
        let resolver = MediaResolver(base: base)
        let size = PixelSize(width: timeline.profile.width, height: timeline.profile.height)
        let preparer = StillPreparer(output: size)
        for (i, seg) in t.tracks[track].segments.enumerated() where seg.focus == .auto {
            guard !seg.isClip else { t.tracks[track].segments[i].focus = nil; continue }
            // A remote photo keeps `auto`: the render looks at it once it is fetched.
            guard let url = try? resolver.localFile(seg.source ?? "", path: "t[\(track)].sg[\(i)].src"),
                  FileManager.default.fileExists(atPath: url.path) else { continue }
            let canvas = preparer.canvasSize(maxZoom: seg.kenBurns?.maxZoom ?? 1)
            let photo = try decoder.probeImageSize(url)
            let image = try decoder.decode(url, minimumSize: preparer.minimumDecodeSize(photo: photo, canvas: canvas))
            let choice = PhotoFocus.choose(image, segment: seg, preparer: preparer, canvas: canvas)
            t.tracks[track].segments[i].focus = choice.cropCentre.map { .point(x: $0.x, y: $0.y) }
            t.tracks[track].segments[i].kenBurns = choice.motion
        }
        return t
    }
}
