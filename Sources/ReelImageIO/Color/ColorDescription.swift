import ReelCompositor

/// How a decoder's 4-byte pixels hold their colour before colour management.
enum PixelLayout: Hashable, Sendable {
    /// R G B A.
    case rgba
    /// A grey image expanded to R=G=B, alpha in the fourth byte.
    case grey
    /// C M Y K as TurboJPEG delivers them; `inverted` when 0 means full ink (Adobe-marked files).
    case cmyk(inverted: Bool)
}

/// The colour space a file declares for its pixels.
enum ColorDescription: Hashable, Sendable {
    /// An embedded ICC profile (JPEG APP2, PNG iCCP, WebP ICCP, HEIF colr `prof`/`rICC`).
    case icc([UInt8])
    /// Chromaticities and a transfer curve (PNG cHRM, HEIF colr `nclx`).
    case primaries(RGBPrimaries)
}

/// CIE xy chromaticities of an RGB space's white point and primaries, with its transfer curve.
struct RGBPrimaries: Hashable, Sendable {
    /// How encoded values relate to linear light.
    enum Transfer: Hashable, Sendable {
        /// The sRGB piecewise curve (also used for BT.709-tagged photos, as displays show them).
        case sRGB
        /// A pure power law: linear = encoded^gamma.
        case gamma(Double)
    }

    var white: (x: Double, y: Double)
    var red: (x: Double, y: Double)
    var green: (x: Double, y: Double)
    var blue: (x: Double, y: Double)
    var transfer: Transfer

    static func == (a: RGBPrimaries, b: RGBPrimaries) -> Bool {
        a.values == b.values && a.transfer == b.transfer
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(values)
        hasher.combine(transfer)
    }

    private var values: [Double] { [white.x, white.y, red.x, red.y, green.x, green.y, blue.x, blue.y] }

    /// sRGB / BT.709 primaries, D65 white: what needs no conversion.
    static let bt709 = RGBPrimaries(white: (0.3127, 0.3290), red: (0.640, 0.330), green: (0.300, 0.600),
                                    blue: (0.150, 0.060), transfer: .sRGB)

    /// Whether these equal sRGB closely enough that converting would change nothing visible.
    var isSRGB: Bool {
        transfer == .sRGB && zip(values, Self.bt709.values).allSatisfy { abs($0 - $1) < 0.0005 }
    }
}

/// What a format decoder produces: stored pixels (not yet oriented) and how to read their colour.
struct DecodedPixels {
    /// The pixels, four bytes each, in `layout`.
    var image: RGBAImage
    /// How the four bytes hold colour.
    var layout: PixelLayout = .rgba
    /// The file's declared colour space; nil means sRGB.
    var color: ColorDescription?
}
