import Foundation
import ReelCompositor
import ReelTimeline

/// Draws titles and captions with FreeType: each text is laid out, wrapped to the safe area,
/// rasterised with its shadow or outline and converted to the frame's YUV once, as a
/// `TextOverlay` the compositor blends per frame.
///
/// Fonts come from the text's own `font` file or the locator's default (a bold sans-serif);
/// characters the font lacks are drawn from a fallback font (a CJK font for Chinese, Japanese or
/// Korean text) when one is installed. Thread-safe: calls are serialised.
public final class TextRenderer: @unchecked Sendable {
    private let locator: FontLocator
    private let lock = NSLock()
    private var library: FreeTypeLibrary?
    private var faces: [FontFile: FontFace] = [:]

    /// Share of the frame width text may use (the title-safe area).
    public static let safeWidth = 0.9
    /// Margins of `top` and `lower-third` text from the frame's edge, as a share of its height.
    public static let topMargin = 0.08
    /// Margin of `lower-third` text from the frame's lower edge, as a share of its height.
    public static let bottomMargin = 0.1

    /// A renderer finding fonts with `locator`; FreeType starts when the first font is needed.
    public init(locator: FontLocator = .system) {
        self.locator = locator
    }

    /// A warning naming the characters of `text` that neither its font nor any fallback font
    /// can draw, or nil when every character can be drawn.
    ///
    /// - Parameters:
    ///   - font: the text's font file (absolute path), or nil for the default font.
    ///   - label: what the text is, for the message, e.g. `title` or `caption 2`.
    /// - Throws: `FontError` when the font cannot be loaded or no font is installed at all.
    public func missingGlyphWarning(for text: String, font: String?, label: String) throws -> String? {
        lock.lock(); defer { lock.unlock() }
        let (chain, missing) = try fonts(for: text, font: font)
        guard !missing.isEmpty else { return nil }
        let chars = String(String.UnicodeScalarView(missing.prefix(12))) + (missing.count > 12 ? "…" : "")
        let hint = missing.contains(where: \.isCJK) ? "install fonts-noto-cjk or pass --font" : "install a font that has them or pass --font"
        let count = missing.count == 1 ? "1 character" : "\(missing.count) characters"
        let quoted = text.count > 40 ? String(text.prefix(40)) + "…" : text
        return "\(label) \"\(quoted)\": the font \(chain[0].familyName) has no glyphs for \(count) (\(chars)); \(hint)"
    }

    /// The family name of the font `text` is mainly drawn with (for reports and tests).
    public func fontFamily(for text: String, font: String?) throws -> String {
        lock.lock(); defer { lock.unlock() }
        return try fonts(for: text, font: font).chain[0].familyName
    }

    /// `text` drawn for frames of size `frame`, placed as `appearance` says; nil when nothing in
    /// it can be drawn (blank, or no font has its characters).
    public func overlay(for text: String, appearance: TextAppearance, frame: PixelSize) throws -> TextOverlay? {
        lock.lock(); defer { lock.unlock() }
        let chain = try fonts(for: text, font: appearance.font).chain
        let em = max(4, Int((appearance.effectiveSize * Double(frame.height)).rounded()))
        for f in chain { try f.setPixelSize(em) }
        let layout = try TextLayout.make(text, faces: chain, maxWidth: Int(Double(frame.width) * Self.safeWidth))
        guard layout.lines.contains(where: { !$0.glyphs.isEmpty }) else { return nil }

        let look = Look(appearance.effectiveEffect, em: em)
        let width = (layout.width + 2 * look.pad + 1) & ~1, height = (layout.height + 2 * look.pad + 1) & ~1
        var mask = CoverageMask(width: width, height: height)
        var bitmaps: [Int: [UInt32: GlyphBitmap]] = [:]
        for (i, line) in layout.lines.enumerated() {
            let left = look.pad + (layout.width - line.width) / 2
            let baseline = look.pad + layout.ascender + i * layout.lineHeight
            for g in line.glyphs {
                let bm: GlyphBitmap
                if let known = bitmaps[g.face]?[g.glyph] { bm = known } else {
                    bm = try chain[g.face].render(g.glyph)
                    bitmaps[g.face, default: [:]][g.glyph] = bm
                }
                mask.draw(bm, x: left + ((g.x + 32) >> 6) + bm.left, y: baseline - bm.top)
            }
        }
        let under = look.underlay(of: mask)
        let color = appearance.effectiveColor
        let r = Float(color.red) / 255, gr = Float(color.green) / 255, b = Float(color.blue) / 255
        var px = [Float](repeating: 0, count: width * height * 4)
        for i in 0..<(width * height) {
            let m = mask.values[i], s = under?.values[i] ?? 0
            px[i * 4] = r * m
            px[i * 4 + 1] = gr * m
            px[i * 4 + 2] = b * m
            px[i * 4 + 3] = m + s * (1 - m)   // the dark underlay adds alpha, not colour
        }
        let textTop: Int
        switch appearance.effectivePosition {
        case .center: textTop = (frame.height - layout.height) / 2
        case .top: textTop = Int(Double(frame.height) * Self.topMargin)
        case .lowerThird: textTop = Int(Double(frame.height) * (1 - Self.bottomMargin)) - layout.height
        }
        return TextOverlay(premultipliedRGBA: px, width: width, height: height,
                           x: (frame.width - width) / 2, y: textTop - look.pad)
    }

    /// The font chain for `text`: its font, then fallbacks for what it lacks; and the characters
    /// no font in the chain has (unique, in order of appearance). Caller holds the lock.
    private func fonts(for text: String, font: String?) throws -> (chain: [FontFace], missing: [Unicode.Scalar]) {
        let main: FontFile
        if let font {
            main = FontFile(path: font)
        } else if let found = locator.defaultFont() {
            main = found
        } else {
            throw FontError(file: nil, message: "no font found for titles: install fontconfig and fonts-dejavu-core (Debian/Ubuntu), or pass --font FILE")
        }
        var chain = [try face(main)]
        var needed: [Unicode.Scalar] = []
        for s in text.unicodeScalars where !s.isIgnorable && !s.properties.isWhitespace && !needed.contains(s) {
            needed.append(s)
        }
        var missing = needed.filter { !chain[0].covers($0) }
        if !missing.isEmpty {
            for candidate in locator.fallbacks(for: missing) where candidate != main {
                guard let f = try? face(candidate), missing.contains(where: f.covers) else { continue }
                chain.append(f)
                missing.removeAll(where: f.covers)
                if missing.isEmpty { break }
            }
        }
        return (chain, missing)
    }

    /// The face for a font file, loaded once. Caller holds the lock.
    private func face(_ file: FontFile) throws -> FontFace {
        if let f = faces[file] { return f }
        let lib: FreeTypeLibrary
        if let library { lib = library } else {
            lib = try FreeTypeLibrary()
            library = lib
        }
        let f = try FontFace(library: lib, file: file.path, index: file.index)
        faces[file] = f
        return f
    }
}

/// How an effect looks at a font size: its dark underlay and the margin it needs.
private struct Look {
    let effect: TextEffect
    /// Shadow offset and blur, outline radius, px.
    let offset: Int
    let sigma: Double
    let radius: Double
    /// Margin around the text so the underlay is not clipped.
    let pad: Int

    init(_ effect: TextEffect, em: Int) {
        self.effect = effect
        offset = max(1, Int((Double(em) * 0.05).rounded()))
        sigma = max(1, Double(em) * 0.06)
        radius = max(1, Double(em) * 0.07)
        switch effect {
        case .shadow: pad = offset + Int((3 * sigma).rounded(.up)) + 2
        case .outline: pad = Int(radius.rounded(.up)) + 2
        case .none: pad = 2
        }
    }

    /// The dark layer under the text: a soft offset shadow (at most 80% black) or a solid outline.
    func underlay(of mask: CoverageMask) -> CoverageMask? {
        switch effect {
        case .shadow:
            var s = mask.shifted(dx: offset, dy: offset).blurred(sigma: sigma)
            for i in s.values.indices { s.values[i] = min(0.8, s.values[i] * 1.2) }
            return s
        case .outline:
            return mask.dilated(radius: radius)
        case .none:
            return nil
        }
    }
}
