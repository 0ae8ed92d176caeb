internal import CFreeType

/// One rasterised glyph: an 8-bit coverage bitmap and where it sits relative to the pen.
struct GlyphBitmap {
    var width: Int
    var rows: Int
    /// Offset of the bitmap's left edge from the pen, and of its top edge above the baseline, px.
    var left: Int
    var top: Int
    /// `width * rows` coverage bytes, no padding.
    var pixels: [UInt8]
}

/// A face of a font file, sized and drawing glyphs; its `FT_Face` is held by a
/// `FreeTypeFaceHandle`. Not thread-safe: its user serialises access.
final class FontFace {
    private let owner: FreeTypeFaceHandle
    private var face: FT_Face { owner.handle }
    /// The font file and the face's index in it (collections such as `.ttc` hold several).
    let file: String
    let index: Int
    /// The family name, e.g. "DejaVu Sans".
    let familyName: String
    private let kerning: Bool
    private var pixelSize = 0

    init(library: FreeTypeLibrary, file: String, index: Int = 0) throws {
        self.file = file
        self.index = index
        owner = try FreeTypeFaceHandle(library: library, file: file, index: index)
        let f = owner.handle
        guard reel_ft_is_scalable(f) != 0 else {
            throw FontError(file: file, message: "is a bitmap-only font; titles need a scalable (TrueType or OpenType) font")
        }
        familyName = f.pointee.family_name.map { String(cString: $0) } ?? file.split(separator: "/").last.map(String.init) ?? file
        kerning = reel_ft_has_kerning(f) != 0
    }

    /// The glyph for a character, or 0 when the font has none.
    func glyphIndex(_ scalar: Unicode.Scalar) -> UInt32 {
        UInt32(FT_Get_Char_Index(face, FT_ULong(scalar.value)))
    }

    /// Whether the font can draw `scalar`.
    func covers(_ scalar: Unicode.Scalar) -> Bool { glyphIndex(scalar) != 0 }

    /// Sets the size glyphs are drawn at: `pixels` per em.
    func setPixelSize(_ pixels: Int) throws {
        guard pixels != pixelSize else { return }
        try FreeType.check(FT_Set_Pixel_Sizes(face, 0, FT_UInt(max(1, pixels))), "sizing the font", file: file)
        pixelSize = pixels
    }

    /// Ascender and descender (positive, below the baseline) at the current size, px.
    var verticalMetrics: (ascender: Int, descender: Int) {
        guard let size = face.pointee.size else { return (pixelSize, pixelSize / 4) }
        let m = size.pointee.metrics
        return ((Int(m.ascender) + 63) >> 6, (abs(Int(m.descender)) + 63) >> 6)
    }

    /// Kerning between two glyphs at the current size, in 1/64 px (0 when the font has none).
    func kerning(_ left: UInt32, _ right: UInt32) -> Int {
        guard kerning, left != 0, right != 0 else { return 0 }
        var v = FT_Vector()
        guard FT_Get_Kerning(face, FT_UInt(left), FT_UInt(right), reel_ft_kerning_default(), &v) == 0 else { return 0 }
        return Int(v.x)
    }

    /// Horizontal advance of a glyph at the current size, in 1/64 px (hinted).
    func advance(_ glyph: UInt32) throws -> Int {
        try FreeType.check(FT_Load_Glyph(face, FT_UInt(glyph), reel_ft_load_advance()), "loading a glyph", file: file)
        return Int(face.pointee.glyph.pointee.advance.x)
    }

    /// Rasterises a glyph at the current size into an 8-bit coverage bitmap.
    func render(_ glyph: UInt32) throws -> GlyphBitmap {
        try FreeType.check(FT_Load_Glyph(face, FT_UInt(glyph), reel_ft_load_render_light()), "drawing a glyph", file: file)
        let slot = face.pointee.glyph.pointee
        let bm = slot.bitmap
        let w = Int(bm.width), h = Int(bm.rows)
        var pixels = [UInt8](repeating: 0, count: w * h)
        if let buffer = bm.buffer, w > 0, h > 0, Int32(bm.pixel_mode) == reel_ft_pixel_mode_gray() {
            let pitch = Int(bm.pitch)
            for row in 0..<h {
                // A negative pitch means the rows are stored bottom-up.
                let src = pitch >= 0 ? row * pitch : (h - 1 - row) * -pitch
                for col in 0..<w { pixels[row * w + col] = buffer[src + col] }
            }
        }
        return GlyphBitmap(width: w, rows: h, left: Int(slot.bitmap_left), top: Int(slot.bitmap_top), pixels: pixels)
    }
}
