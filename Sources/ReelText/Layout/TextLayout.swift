/// Lines of positioned glyphs: UTF-8 text turned into Unicode scalars, each drawn by the first
/// font of the chain that has it, kerned, and wrapped greedily to a maximum width.
struct TextLayout {
    /// One glyph on a line.
    struct Glyph {
        /// Index into the font chain.
        var face: Int
        var glyph: UInt32
        /// Pen position from the line's start, in 1/64 px.
        var x: Int
    }

    struct Line {
        var glyphs: [Glyph]
        /// Advance width of the line, px.
        var width: Int
    }

    var lines: [Line]
    /// Largest ascender and descender of the fonts used, and the distance between baselines, px.
    var ascender: Int
    var descender: Int
    var lineHeight: Int

    /// Width of the widest line, px.
    var width: Int { lines.map(\.width).max() ?? 0 }
    /// Height from the first line's top to the last line's bottom, px.
    var height: Int { lines.isEmpty ? 0 : (lines.count - 1) * lineHeight + ascender + descender }

    /// One character, measured.
    private struct Unit {
        var scalar: Unicode.Scalar
        var face: Int
        var glyph: UInt32
        /// Advance, 1/64 px.
        var advance: Int
        var isSpace: Bool
    }

    /// Lays out `text` (paragraphs separated by line feeds) with `faces` (already sized), each
    /// character in the first face that has it; characters no face has are left out.
    ///
    /// - Parameter maxWidth: lines wrap at spaces, and between CJK characters, to stay within
    ///   this many pixels; a word longer than that is broken between characters.
    static func make(_ text: String, faces: [FontFace], maxWidth: Int) throws -> TextLayout {
        var ascender = 0, descender = 0
        var used = Set<Int>()
        var lines: [Line] = []
        let normalised = text.replacingCRLF()
        for paragraph in normalised.split(separator: "\n", omittingEmptySubsequences: false) {
            var units: [Unit] = []
            for s in paragraph.unicodeScalars {
                let scalar: Unicode.Scalar = s == "\t" ? " " : s
                if scalar.isIgnorable { continue }
                guard let face = faces.firstIndex(where: { $0.covers(scalar) }) else { continue }
                let glyph = faces[face].glyphIndex(scalar)
                units.append(Unit(scalar: scalar, face: face, glyph: glyph, advance: try faces[face].advance(glyph),
                                  isSpace: scalar.isBreakingSpace))
                used.insert(face)
            }
            for wrapped in wrap(units, faces: faces, maxWidth: maxWidth * 64) {
                lines.append(line(wrapped, faces: faces))
            }
        }
        for i in used.isEmpty ? [0] : Array(used) where i < faces.count {
            let m = faces[i].verticalMetrics
            ascender = max(ascender, m.ascender)
            descender = max(descender, m.descender)
        }
        return TextLayout(lines: lines, ascender: ascender, descender: descender, lineHeight: ascender + descender)
    }

    /// Breaks a paragraph into lines: greedy, whole words (a CJK character is a word of its own).
    private static func wrap(_ units: [Unit], faces: [FontFace], maxWidth: Int) -> [[Unit]] {
        var lines: [[Unit]] = []
        var current: [Unit] = []
        func fits(_ u: [Unit]) -> Bool { measure(u, faces: faces) <= maxWidth }
        func flush() {
            while current.last?.isSpace == true { current.removeLast() }
            lines.append(current)
            current = []
        }
        for word in words(units) {
            if fits(current + word) {
                current += word
                continue
            }
            if !current.isEmpty { flush() }
            var rest = word
            while rest.first?.isSpace == true { rest.removeFirst() }
            if fits(rest) {
                current = rest
                continue
            }
            // A single word wider than the line: break it between characters.
            for u in rest {
                if !current.isEmpty && !fits(current + [u]) && !u.isSpace { flush() }
                if current.isEmpty && u.isSpace { continue }
                current.append(u)
            }
        }
        flush()
        return lines
    }

    /// Splits a paragraph into words, each with the spaces that follow it. A line may also break
    /// before or after a CJK character, except before closing and after opening punctuation.
    private static func words(_ units: [Unit]) -> [[Unit]] {
        var words: [[Unit]] = []
        var word: [Unit] = []
        for u in units {
            if let prev = word.last, !u.isSpace {
                let afterSpace = prev.isSpace
                let cjkBoundary = (prev.scalar.isCJK || u.scalar.isCJK)
                    && !u.scalar.isClosingPunctuation && !prev.scalar.isOpeningPunctuation
                if afterSpace || cjkBoundary {
                    words.append(word)
                    word = []
                }
            }
            word.append(u)
        }
        if !word.isEmpty { words.append(word) }
        return words
    }

    /// Advance width of units laid side by side, kerned, trailing spaces excluded; 1/64 px.
    private static func measure(_ units: [Unit], faces: [FontFace]) -> Int {
        var end = units.count
        while end > 0 && units[end - 1].isSpace { end -= 1 }
        var w = 0
        for i in 0..<end {
            if i > 0, units[i - 1].face == units[i].face {
                w += faces[units[i].face].kerning(units[i - 1].glyph, units[i].glyph)
            }
            w += units[i].advance
        }
        return w
    }

    private static func line(_ units: [Unit], faces: [FontFace]) -> Line {
        var pen = 0
        var glyphs: [Glyph] = []
        for (i, u) in units.enumerated() {
            if i > 0, units[i - 1].face == u.face { pen += faces[u.face].kerning(units[i - 1].glyph, u.glyph) }
            if !u.isSpace { glyphs.append(Glyph(face: u.face, glyph: u.glyph, x: pen)) }
            pen += u.advance
        }
        return Line(glyphs: glyphs, width: (measure(units, faces: faces) + 63) >> 6)
    }
}

extension String {
    /// `\r\n` and lone `\r` as `\n`.
    fileprivate func replacingCRLF() -> String {
        var out = String.UnicodeScalarView()
        var previousCR = false
        for s in unicodeScalars {
            if s == "\r" { out.append("\n"); previousCR = true; continue }
            if s == "\n" && previousCR { previousCR = false; continue }
            previousCR = false
            out.append(s)
        }
        return String(out)
    }
}
