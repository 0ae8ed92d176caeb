internal import CFreeType

// The one owner of each kind of FreeType object: each frees its object in `deinit`.

/// The one owner of an `FT_Library`; freed in `deinit`, after every face made from it (faces keep it alive).
final class FreeTypeLibrary {
    let handle: FT_Library

    init() throws {
        var lib: FT_Library?
        try FreeType.check(FT_Init_FreeType(&lib), "starting FreeType")
        guard let lib else { throw FontError(file: nil, message: "starting FreeType failed") }
        handle = lib
    }

    deinit { FT_Done_FreeType(handle) }
}

/// The one owner of an `FT_Face`; freed in `deinit`, before the library it came from (which it
/// keeps alive).
final class FreeTypeFaceHandle {
    let handle: FT_Face
    private let library: FreeTypeLibrary

    /// Opens face `index` of the font `file`.
    init(library: FreeTypeLibrary, file: String, index: Int) throws {
        var f: FT_Face?
        try FreeType.check(FT_New_Face(library.handle, file, FT_Long(index), &f), "opening the font", file: file)
        guard let f else { throw FontError(file: file, message: "opening the font failed") }
        handle = f
        self.library = library
    }

    deinit { FT_Done_Face(handle) }
}
