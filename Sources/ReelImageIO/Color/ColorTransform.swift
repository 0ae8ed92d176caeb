internal import CLcms

/// One lcms2 transform from a file's colour space to sRGB RGBA, applied in place; deleted
/// with this object. Built with `cmsFLAGS_NOCACHE`, so one transform serves many threads.
final class ColorTransform: @unchecked Sendable {
    private let handle: cmsHTRANSFORM

    /// Profiles larger than this are refused (treated as sRGB): real ones are kilobytes.
    static let maxProfileBytes = 4 << 20

    /// The transform for `color` in `layout`, or nil when the colour is sRGB already or the
    /// profile is unusable for these pixels.
    init?(_ color: ColorDescription, layout: PixelLayout) {
        guard let source = Profile(color), let srgb = Profile.sRGB() else { return nil }
        let inputFormat: cmsUInt32Number
        switch (layout, cmsGetColorSpace(source.handle)) {
        case (.rgba, cmsSigRgbData):
            if source.matchesSRGB() { return nil }
            inputFormat = REEL_TYPE_RGBA_8
        case (.grey, cmsSigGrayData):
            inputFormat = REEL_TYPE_GRAY_8_PAD3
        case (.cmyk(let inverted), cmsSigCmykData):
            inputFormat = inverted ? REEL_TYPE_CMYK_8_REV : REEL_TYPE_CMYK_8
        default:
            return nil  // a profile for other pixels than these: ignore it
        }
        let flags = cmsUInt32Number(cmsFLAGS_NOCACHE | cmsFLAGS_BLACKPOINTCOMPENSATION)
        guard let handle = cmsCreateTransform(source.handle, inputFormat, srgb.handle, REEL_TYPE_RGBA_8,
                                              cmsUInt32Number(INTENT_RELATIVE_COLORIMETRIC), flags) else {
            return nil
        }
        self.handle = handle
    }

    deinit { cmsDeleteTransform(handle) }

    /// Converts 4-byte pixels in place; the fourth byte (alpha) is left as it was.
    func apply(_ pixels: inout [UInt8]) {
        let rowPixels = 1 << 16
        pixels.withUnsafeMutableBytes { raw in
            guard let base = raw.baseAddress else { return }
            var start = 0
            let total = raw.count / 4
            while start < total {
                let count = min(rowPixels, total - start)
                let chunk = base + start * 4
                cmsDoTransform(handle, chunk, chunk, cmsUInt32Number(count))
                start += count
            }
        }
    }
}

/// One lcms2 profile, closed with this object.
private final class Profile {
    let handle: cmsHPROFILE

    private init(handle: cmsHPROFILE) { self.handle = handle }

    deinit { cmsCloseProfile(handle) }

    static func sRGB() -> Profile? {
        cmsCreate_sRGBProfile().map(Profile.init(handle:))
    }

    convenience init?(_ color: ColorDescription) {
        switch color {
        case .icc(let bytes):
            guard bytes.count >= 132, bytes.count <= ColorTransform.maxProfileBytes,
                  let handle = bytes.withUnsafeBytes({ cmsOpenProfileFromMem($0.baseAddress, cmsUInt32Number($0.count)) })
            else { return nil }
            self.init(handle: handle)
        case .primaries(let p):
            if p.isSRGB { return nil }
            guard let handle = Self.rgbProfile(p) else { return nil }
            self.init(handle: handle)
        }
    }

    /// A matrix/curve profile from chromaticities and a transfer curve.
    private static func rgbProfile(_ p: RGBPrimaries) -> cmsHPROFILE? {
        let values = [p.white.x, p.white.y, p.red.x, p.red.y, p.green.x, p.green.y, p.blue.x, p.blue.y]
        guard values.allSatisfy({ $0.isFinite && $0 > 0 && $0 < 1 }) else { return nil }
        var white = cmsCIExyY(x: p.white.x, y: p.white.y, Y: 1)
        var primaries = cmsCIExyYTRIPLE(Red: cmsCIExyY(x: p.red.x, y: p.red.y, Y: 1),
                                        Green: cmsCIExyY(x: p.green.x, y: p.green.y, Y: 1),
                                        Blue: cmsCIExyY(x: p.blue.x, y: p.blue.y, Y: 1))
        let curve: OpaquePointer?
        switch p.transfer {
        case .sRGB:
            // IEC 61966-2.1: type 4, Y = ((a·X + b)^g for X ≥ d, c·X otherwise.
            var params: [cmsFloat64Number] = [2.4, 1 / 1.055, 0.055 / 1.055, 1 / 12.92, 0.04045]
            curve = cmsBuildParametricToneCurve(nil, 4, &params)
        case .gamma(let g):
            guard g.isFinite, g > 0.1, g < 10 else { return nil }
            curve = cmsBuildGamma(nil, g)
        }
        guard let curve else { return nil }
        defer { cmsFreeToneCurve(curve) }
        var curves: [OpaquePointer?] = [curve, curve, curve]
        return cmsCreateRGBProfile(&white, &primaries, &curves)
    }

    /// Whether this RGB profile is a matrix/curve profile with sRGB's colorants and curves
    /// (the sRGB profile many cameras embed): then converting is skipped.
    func matchesSRGB() -> Bool {
        guard cmsIsMatrixShaper(handle) != 0, let srgb = Profile.sRGB(), cmsIsMatrixShaper(srgb.handle) != 0 else {
            return false
        }
        let colorants = [cmsSigRedColorantTag, cmsSigGreenColorantTag, cmsSigBlueColorantTag]
        for tag in colorants {
            guard let mine = cmsReadTag(handle, tag)?.assumingMemoryBound(to: cmsCIEXYZ.self).pointee,
                  let theirs = cmsReadTag(srgb.handle, tag)?.assumingMemoryBound(to: cmsCIEXYZ.self).pointee,
                  abs(mine.X - theirs.X) < 0.002, abs(mine.Y - theirs.Y) < 0.002, abs(mine.Z - theirs.Z) < 0.002
            else { return false }
        }
        let curves = [cmsSigRedTRCTag, cmsSigGreenTRCTag, cmsSigBlueTRCTag]
        for tag in curves {
            guard let mine = cmsReadTag(handle, tag).map({ OpaquePointer($0) }),
                  let theirs = cmsReadTag(srgb.handle, tag).map({ OpaquePointer($0) }) else { return false }
            for step in 1...9 {
                let x = Float(step) / 10
                if abs(cmsEvalToneCurveFloat(mine, x) - cmsEvalToneCurveFloat(theirs, x)) > 0.002 { return false }
            }
        }
        return true
    }
}
