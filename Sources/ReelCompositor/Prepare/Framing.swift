import ReelTimeline

/// A rectangle in unit coordinates of a picture: 0…1 across (`x`) and down (`y`).
public struct UnitRect: Sendable, Hashable {
    /// Left edge.
    public var x: Double
    /// Top edge.
    public var y: Double
    /// Width (a share of the picture's width).
    public var width: Double
    /// Height (a share of the picture's height).
    public var height: Double

    /// A rectangle from its left, top, width and height.
    public init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    /// Right edge.
    public var maxX: Double { x + width }
    /// Bottom edge.
    public var maxY: Double { y + height }
    /// Horizontal centre.
    public var midX: Double { x + width / 2 }
    /// Vertical centre.
    public var midY: Double { y + height / 2 }

    /// The smallest rectangle holding both.
    public func union(_ o: UnitRect) -> UnitRect {
        let x0 = min(x, o.x), y0 = min(y, o.y)
        return UnitRect(x: x0, y: y0, width: max(maxX, o.maxX) - x0, height: max(maxY, o.maxY) - y0)
    }

    /// This rectangle cut to the unit square.
    public var clampedToUnit: UnitRect {
        let x0 = min(max(x, 0), 1), y0 = min(max(y, 0), 1)
        return UnitRect(x: x0, y: y0, width: min(max(maxX, 0), 1) - x0, height: min(max(maxY, 0), 1) - y0)
    }

    /// Whether `o` lies inside (with a hair of tolerance for rounding).
    public func contains(_ o: UnitRect) -> Bool {
        let e = 1e-9
        return o.x >= x - e && o.y >= y - e && o.maxX <= maxX + e && o.maxY <= maxY + e
    }
}

/// Chooses where a photo's fill crop sits and where its Ken Burns motion goes so that its
/// subjects (faces, or a region that stands out) stay fully in view for the whole segment.
///
/// Pure geometry on unit rectangles: the subjects are found elsewhere (`ReelAnalysis`). The
/// crop is centred on the subjects as near as the photo's edges allow; the motion keeps its
/// zooms and pan directions but is centred on the subjects, and its zoom is reduced (towards
/// none) until every frame's view holds them.
public enum Framing {
    /// The result: where the fill crop is centred, and the aimed motion.
    public struct Choice: Sendable, Hashable {
        /// For a fill: the point of the photo (0…1) the crop is centred on; nil for the other fits.
        public var cropCentre: (x: Double, y: Double)? {
            crop.map { ($0.midX, $0.midY) }
        }
        /// For a fill: the crop's rectangle in the photo; nil for the other fits.
        public var crop: UnitRect?
        /// The motion, aimed at the subjects (nil when the segment has none).
        public var motion: KenBurns?
        /// The subjects' rectangle on the canvas the motion moves over (what every view holds).
        public var subject: UnitRect?
    }

    /// Where to crop and move for a photo of `photo` size placed with `fit` (resolved: fill,
    /// fit or blur) on a canvas of `canvasAspect` (width / height), keeping `subjects` (unit
    /// rectangles of the photo, most important first) in view under `motion`.
    ///
    /// No subjects: the centre crop and the motion unchanged. When the subjects together do
    /// not fit in the crop, the first one alone is kept.
    public static func choose(photo: PixelSize, fit: FitMode, canvasAspect: Double, subjects: [UnitRect],
                              motion: KenBurns?) -> Choice {
        let subjects = subjects.map(\.clampedToUnit).filter { $0.width > 0 && $0.height > 0 }
        guard let first = subjects.first, photo.width > 0, photo.height > 0, canvasAspect > 0 else {
            return Choice(crop: nil, motion: motion, subject: nil)
        }
        let all = subjects.dropFirst().reduce(first) { $0.union($1) }
        let pa = Double(photo.width) / Double(photo.height)
        var onCanvas: UnitRect
        var crop: UnitRect?
        switch fit {
        case .fill, .auto:
            // The crop's size in unit photo coordinates.
            let cw = pa > canvasAspect ? canvasAspect / pa : 1
            let ch = pa > canvasAspect ? 1 : pa / canvasAspect
            let region = all.width <= cw && all.height <= ch ? all : first
            let cx = min(max(region.midX, cw / 2), 1 - cw / 2)
            let cy = min(max(region.midY, ch / 2), 1 - ch / 2)
            let c = UnitRect(x: cx - cw / 2, y: cy - ch / 2, width: cw, height: ch)
            crop = c
            onCanvas = UnitRect(x: (region.x - c.x) / cw, y: (region.y - c.y) / ch,
                                width: region.width / cw, height: region.height / ch).clampedToUnit
        case .fit, .blur:
            // The whole photo, contained and centred.
            let w = min(1, pa / canvasAspect), h = min(1, canvasAspect / pa)
            onCanvas = UnitRect(x: (1 - w) / 2 + all.x * w, y: (1 - h) / 2 + all.y * h,
                                width: all.width * w, height: all.height * h)
        }
        return Choice(crop: crop, motion: motion.map { aim($0, at: onCanvas) }, subject: onCanvas)
    }

    /// `motion` centred on `r` (a canvas rectangle), its zooms reduced until every view of the
    /// path holds `r`; a path that cannot hold it at any zoom becomes a still view of the whole.
    ///
    /// The view's centre moves linearly while its size goes as 1/zoom, so a path whose two ends
    /// hold `r` can lose it in between (a zoom from the whole picture towards a face at its top
    /// edge). Each end's centre is first kept where the view stays inside the canvas; when that
    /// path loses `r`, the centres stay on the subject and the view is pressed against the edge
    /// instead (as `ViewportSampler` clamps it), and only when both fail is the zoom reduced.
    public static func aim(_ motion: KenBurns, at r: UnitRect) -> KenBurns {
        // The deepest zoom whose view still holds r.
        let fitZoom = max(1, min(1 / max(r.width, 1e-9), 1 / max(r.height, 1e-9)))
        var keep = 1.0
        for _ in 0..<24 {
            for insideCanvas in [true, false] {
                func aimed(_ v: Viewport) -> Viewport {
                    let z = 1 + (min(max(v.zoom, 1), fitZoom) - 1) * keep
                    let h = 0.5 / z
                    func centre(_ mid: Double, _ offset: Double, _ lo: Double, _ hi: Double) -> Double {
                        // Within reach of the subject, and (first) the view inside the canvas.
                        let c = min(max(mid + offset, hi - h), lo + h)
                        return insideCanvas ? min(max(c, h), 1 - h) : c
                    }
                    return Viewport(zoom: z, x: centre(r.midX, v.x - 0.5, r.x, r.maxX),
                                    y: centre(r.midY, v.y - 0.5, r.y, r.maxY))
                }
                var m = motion
                m.from = aimed(motion.from)
                m.to = aimed(motion.to)
                if holds(m, r) { return m }
            }
            keep *= 0.7
        }
        var still = motion
        still.from = .identity
        still.to = .identity
        return still
    }

    /// Whether every view along the path (sampled finely; the view moves linearly in the eased
    /// fraction, so the easing does not matter) holds `r`.
    public static func holds(_ motion: KenBurns, _ r: UnitRect, samples: Int = 64) -> Bool {
        (0...samples).allSatisfy { i in
            view(of: Easing.linear.apply(Double(i) / Double(samples)), motion).contains(r)
        }
    }

    /// The canvas rectangle shown at eased fraction `e` of the motion, clamped inside the canvas
    /// exactly as `ViewportSampler` clamps it.
    public static func view(of e: Double, _ motion: KenBurns) -> UnitRect {
        var linear = motion
        linear.ease = .linear
        let v = linear.viewport(at: e)
        let s = 1 / max(1, v.zoom)
        return UnitRect(x: min(max(v.x - s / 2, 0), 1 - s), y: min(max(v.y - s / 2, 0), 1 - s), width: s, height: s)
    }
}
