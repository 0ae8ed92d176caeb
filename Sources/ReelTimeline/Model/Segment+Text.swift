import Foundation

/// Where a title or caption sits in the frame (`pos`).
public enum TextPosition: String, Sendable, Hashable, CaseIterable {
    /// Centred in the frame (opening titles).
    case center
    /// In the lower third, above the bottom safe margin (captions).
    case lowerThird = "lower-third"
    /// Near the top, below the top safe margin.
    case top
}

/// What keeps text readable on any photo (`style`).
public enum TextEffect: String, Sendable, Hashable, CaseIterable {
    /// A soft, blurred shadow below and to the right.
    case shadow
    /// A dark outline around every glyph.
    case outline
    /// Plain text.
    case none
}

/// An opaque sRGB colour, written `#RRGGBB` in the draft.
public struct TextColor: Sendable, Hashable, CustomStringConvertible {
    /// Red, 0–255.
    public var red: UInt8
    /// Green, 0–255.
    public var green: UInt8
    /// Blue, 0–255.
    public var blue: UInt8

    /// The colour with these components.
    public init(red: UInt8, green: UInt8, blue: UInt8) {
        self.red = red; self.green = green; self.blue = blue
    }

    /// Parses `#RRGGBB` (or `RRGGBB`, either case); nil when it is not a colour.
    public init?(hex: String) {
        var s = Substring(hex.trimmingCharacters(in: .whitespaces))
        if s.hasPrefix("#") { s = s.dropFirst() }
        guard s.count == 6, s.allSatisfy(\.isHexDigit), let v = UInt32(s, radix: 16) else { return nil }
        self.init(red: UInt8(v >> 16), green: UInt8((v >> 8) & 0xFF), blue: UInt8(v & 0xFF))
    }

    /// White, the default text colour.
    public static let white = TextColor(red: 255, green: 255, blue: 255)

    /// `#RRGGBB`, upper case.
    public var description: String {
        let digits = Array("0123456789ABCDEF")
        return "#" + String([red, green, blue].flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 15)]] })
    }
}

/// How a text segment looks and fades: the typed view of its draft keys `pos`, `size`,
/// `color`, `fi`, `fo`, `font` and `style`.
///
/// Each member is nil when the draft leaves the key out; the `effective…` properties give the
/// value used when rendering. The values live in `Segment.extra`, so keys Reel does not know
/// still round-trip untouched.
public struct TextAppearance: Sendable, Hashable {
    /// `pos`: where the block sits; default `center`.
    public var position: TextPosition?
    /// `size`: the font's size as a fraction of the frame height (0.01–0.5); default 0.07
    /// (0.045 for `lower-third`).
    public var size: Double?
    /// `color`: text colour; default white.
    public var color: TextColor?
    /// `fi`: fade-in, ms; default 400.
    public var fadeInMs: Int?
    /// `fo`: fade-out, ms; default 400.
    public var fadeOutMs: Int?
    /// `font`: a font file (relative to the draft's folder, or absolute); default: a bold
    /// sans-serif found through fontconfig.
    public var font: String?
    /// `style`: `shadow` (default), `outline` or `none`.
    public var effect: TextEffect?

    /// An appearance; nil members take the defaults.
    public init(position: TextPosition? = nil, size: Double? = nil, color: TextColor? = nil,
                fadeInMs: Int? = nil, fadeOutMs: Int? = nil, font: String? = nil, effect: TextEffect? = nil) {
        self.position = position
        self.size = size
        self.color = color
        self.fadeInMs = fadeInMs
        self.fadeOutMs = fadeOutMs
        self.font = font
        self.effect = effect
    }

    /// The default fade in and out, ms.
    public static let defaultFadeMs = 400
    /// The accepted range of `size`.
    public static let sizeRange = 0.01...0.5

    /// The position in effect (`center` unless the draft says otherwise).
    public var effectivePosition: TextPosition { position ?? .center }
    /// The size in effect, a fraction of the frame height (0.07; 0.045 for a lower third).
    public var effectiveSize: Double { size ?? (effectivePosition == .lowerThird ? 0.045 : 0.07) }
    /// The colour in effect (white unless the draft says otherwise).
    public var effectiveColor: TextColor { color ?? .white }
    /// The style in effect (`shadow` unless the draft says otherwise).
    public var effectiveEffect: TextEffect { effect ?? .shadow }

    /// Fade-in and fade-out for a segment of `durationMs`: the defaults (or the draft's values),
    /// scaled down together when they would not fit in the segment.
    public func fades(durationMs: Int) -> (inMs: Int, outMs: Int) {
        let fi = max(0, fadeInMs ?? Self.defaultFadeMs), fo = max(0, fadeOutMs ?? Self.defaultFadeMs)
        guard fi + fo > durationMs, fi + fo > 0 else { return (fi, fo) }
        let d = max(0, durationMs)
        let scaledIn = fi * d / (fi + fo)
        return (scaledIn, d - scaledIn)
    }
}

extension Segment {
    /// The draft keys of a text segment's appearance, besides `text`, `s` and `d`.
    public static let textAppearanceKeys = ["pos", "size", "color", "fi", "fo", "font", "style"]

    /// The text keys of this segment. Reading ignores values of the wrong type or out of range
    /// (use `textAppearance(path:)` to report them); writing stores set members in `extra` and
    /// removes the keys of nil ones.
    public var textAppearance: TextAppearance {
        get { (try? readAppearance(path: nil, strict: false)) ?? TextAppearance() }
        set {
            func put(_ key: String, _ value: JSONValue?) { extra[key] = value }
            put("pos", newValue.position.map { .string($0.rawValue) })
            put("size", newValue.size.map { .double($0) })
            put("color", newValue.color.map { .string($0.description) })
            put("fi", newValue.fadeInMs.map { .int($0) })
            put("fo", newValue.fadeOutMs.map { .int($0) })
            put("font", newValue.font.map { .string($0) })
            put("style", newValue.effect.map { .string($0.rawValue) })
        }
    }

    /// The text keys of this segment, checked.
    ///
    /// - Parameter path: the segment's JSON path (e.g. `t[1].sg[0]`), named in errors.
    /// - Throws: `DraftError` for a value of the wrong type or out of range.
    public func textAppearance(path: String) throws -> TextAppearance {
        try readAppearance(path: path, strict: true)
    }

    private func readAppearance(path: String?, strict: Bool) throws -> TextAppearance {
        var a = TextAppearance()
        let reader = ExtraKeyReader(extra: extra, path: path, strict: strict)
        let value = reader.value, fail = reader.fail
        if let v = value("pos") {
            if let p = v.stringValue.flatMap(TextPosition.init(rawValue:)) { a.position = p } else {
                try fail("pos", "unknown position \(v.shortText) (use one of: \(TextPosition.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
        }
        if let v = value("size") {
            if let s = v.doubleValue, TextAppearance.sizeRange.contains(s) { a.size = s } else {
                try fail("size", "must be a fraction of the frame height from 0.01 to 0.5 (got \(v.shortText))")
            }
        }
        if let v = value("color") {
            if let c = v.stringValue.flatMap(TextColor.init(hex:)) { a.color = c } else {
                try fail("color", "must be a colour written #RRGGBB, e.g. \"#FFD700\" (got \(v.shortText))")
            }
        }
        for (key, isIn) in [("fi", true), ("fo", false)] {
            guard let v = value(key) else { continue }
            if let ms = v.intValue, DraftLimits.draftTimeMs.contains(ms) {
                if isIn { a.fadeInMs = ms } else { a.fadeOutMs = ms }
            } else {
                try fail(key, "must be a whole number of milliseconds, \(DraftLimits.draftTimeRule(v.intValue)) (got \(v.shortText))")
            }
        }
        if let v = value("font") {
            if let f = v.stringValue, !f.isEmpty { a.font = f } else {
                try fail("font", "must be the path of a font file (got \(v.shortText))")
            }
        }
        if let v = value("style") {
            if let e = v.stringValue.flatMap(TextEffect.init(rawValue:)) { a.effect = e } else {
                try fail("style", "unknown style \(v.shortText) (use one of: \(TextEffect.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
        }
        return a
    }
}
