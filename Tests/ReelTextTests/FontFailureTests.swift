import Foundation
import ReelCompositor
@testable import ReelText
import ReelTimeline
import Testing

/// A font FreeType opens but titles cannot use: the face exists when it is refused, and its
/// owner frees it (`make sanitize` checks).
struct FontFailureTests {
    /// A one-glyph BDF font: bitmap only, which FreeType reads but cannot scale.
    private static let bitmapFont = """
    STARTFONT 2.1
    FONT -reel-test-medium-r-normal--8-80-75-75-c-80-iso10646-1
    SIZE 8 75 75
    FONTBOUNDINGBOX 8 8 0 0
    STARTPROPERTIES 2
    FONT_ASCENT 8
    FONT_DESCENT 0
    ENDPROPERTIES
    CHARS 1
    STARTCHAR A
    ENCODING 65
    SWIDTH 500 0
    DWIDTH 8 0
    BBX 8 8 0 0
    BITMAP
    FF
    81
    81
    81
    81
    81
    81
    FF
    ENDCHAR
    ENDFONT

    """

    @Test func bitmapOnlyFontIsRefusedNamingTheFile() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("reel-bitmap-\(UUID().uuidString).bdf")
        try Data(Self.bitmapFont.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }

        let error = try #require(throws: FontError.self) {
            _ = try FontFace(library: FreeTypeLibrary(), file: file.path)
        }
        #expect(error.file == file.path)
        #expect(error.message.contains("bitmap-only"))

        let r = TextRenderer()
        #expect {
            _ = try r.overlay(for: "A", appearance: TextAppearance(font: file.path), frame: PixelSize(width: 320, height: 180))
        } throws: { error in
            "\(error)".contains("bitmap-only") && "\(error)".contains(file.path)
        }
    }
}
