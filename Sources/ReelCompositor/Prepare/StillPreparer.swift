import ReelTimeline

/// A photo made ready for compositing: placed into the frame's shape (fit mode applied) at a
/// working size large enough for its deepest Ken Burns zoom, converted once to the encoder's
/// YUV 4:2:0. Per-frame work only resamples this.
public struct PreparedStill: Sendable {
    /// The placed picture; at zoom 1 it maps onto the whole output frame.
    public let canvas: YUVFrame
    /// The fit mode actually used (`auto` resolved).
    public let fit: FitMode
    /// The motion chosen for this photo when it was prepared (`focus: auto`: aimed at its faces),
    /// used instead of the segment's `kb`; nil means the segment's own.
    public var motion: KenBurns?

    /// A prepared still; `motion` replaces the segment's `kb` when given.
    public init(canvas: YUVFrame, fit: FitMode, motion: KenBurns? = nil) {
        self.canvas = canvas
        self.fit = fit
        self.motion = motion
    }
}

/// Builds `PreparedStill`s: fit mode, working size, background blur, colour conversion.
public struct StillPreparer: Sendable {
    /// The output frame size.
    public let output: PixelSize

    /// Working canvases are never more than this many times the output size.
    public static let maxWorkingScale = 2.0

    /// `auto` crops to fill when that removes at most this share of the photo's long side
    /// (a 4:3 photo fills a 16:9 frame; a square or portrait photo gets the blurred fill).
    public static let autoFillMaxRatio = 1.34

    /// A preparer for frames of `output` size.
    public init(output: PixelSize) { self.output = output }

    /// The canvas size for a segment whose motion reaches `maxZoom`.
    public func canvasSize(maxZoom: Double) -> PixelSize {
        let s = min(max(1, maxZoom), Self.maxWorkingScale)
        func even(_ v: Double) -> Int { max(2, Int((v / 2).rounded(.up)) * 2) }
        return PixelSize(width: even(Double(output.width) * s), height: even(Double(output.height) * s))
    }

    /// The smallest decoded size that still covers a canvas of `canvas` size when the photo's
    /// full (upright) size is `photo` — what a reduced-scale decoder may stop at.
    public func minimumDecodeSize(photo: PixelSize, canvas: PixelSize) -> PixelSize {
        let k = max(Double(canvas.width) / Double(photo.width), Double(canvas.height) / Double(photo.height))
        if k >= 1 { return photo }
        return PixelSize(width: Int((Double(photo.width) * k).rounded(.up)), height: Int((Double(photo.height) * k).rounded(.up)))
    }

    /// Resolves `auto` for a photo of the given size.
    public func resolve(_ fit: FitMode, photo: PixelSize) -> FitMode {
        guard fit == .auto else { return fit }
        let pa = Double(photo.width) / Double(photo.height)
        let fa = Double(output.width) / Double(output.height)
        return max(pa / fa, fa / pa) <= Self.autoFillMaxRatio ? .fill : .blur
    }

    /// Places `photo` on a canvas of `size` per `fit` and converts it to YUV.
    ///
    /// - Parameter cropCentre: for a fill, the point of the photo (0…1 across and down) the
    ///   crop is centred on, as near as the photo's edges allow; nil is the photo's centre.
    public func prepare(_ photo: RGBAImage, fit requested: FitMode, canvas size: PixelSize,
                        cropCentre: (x: Double, y: Double)? = nil) -> PreparedStill {
        let fit = resolve(requested, photo: PixelSize(width: photo.width, height: photo.height))
        let rgba: RGBAImage
        switch fit {
        case .fill, .auto:
            let crop = coverCrop(photo, size, centre: cropCentre)
            return PreparedStill(canvas: Resampler.resizeToYUV(photo, to: size.width, size.height, source: crop), fit: fit)
        case .fit:
            rgba = contained(photo, over: RGBAImage(width: size.width, height: size.height), size: size)
        case .blur:
            rgba = contained(photo, over: blurredBackground(photo, size: size), size: size)
        }
        return PreparedStill(canvas: BT709.yuv(from: rgba), fit: fit)
    }

    /// The source rectangle of `photo` with the canvas's aspect ratio, centred on `centre`
    /// (0…1 of the photo; nil: the middle) as near as the photo's edges allow.
    func coverCrop(_ photo: RGBAImage, _ size: PixelSize, centre: (x: Double, y: Double)? = nil) -> (x: Double, y: Double, w: Double, h: Double) {
        let pw = Double(photo.width), ph = Double(photo.height)
        let ca = Double(size.width) / Double(size.height)
        if pw / ph > ca {
            let w = ph * ca
            guard let c = centre else { return ((pw - w) / 2, 0, w, ph) }
            return (min(max(c.x * pw - w / 2, 0), pw - w), 0, w, ph)
        }
        let h = pw / ca
        guard let c = centre else { return (0, (ph - h) / 2, pw, h) }
        return (0, min(max(c.y * ph - h / 2, 0), ph - h), pw, h)
    }

    /// The whole photo scaled to fit inside `size`, centred over `background`.
    func contained(_ photo: RGBAImage, over background: RGBAImage, size: PixelSize) -> RGBAImage {
        let k = min(Double(size.width) / Double(photo.width), Double(size.height) / Double(photo.height))
        let w = max(1, min(size.width, Int((Double(photo.width) * k).rounded())))
        let h = max(1, min(size.height, Int((Double(photo.height) * k).rounded())))
        let fg = Resampler.resize(photo, to: w, h)
        var bg = background
        Compose.over(&bg, fg, atX: (size.width - w) / 2, y: (size.height - h) / 2)
        return bg
    }

    /// A cover-cropped copy of the photo, heavily blurred and darkened, filling `size`.
    func blurredBackground(_ photo: RGBAImage, size: PixelSize) -> RGBAImage {
        let small = PixelSize(width: max(4, size.width / 24), height: max(4, size.height / 24))
        var tiny = Compose.flattened(Resampler.resize(photo, to: small.width, small.height, source: coverCrop(photo, small)))
        Compose.boxBlur(&tiny, radius: 2, passes: 3)
        Compose.scale(&tiny, by: 0.55)
        return Resampler.resize(tiny, to: size.width, size.height)
    }
}
