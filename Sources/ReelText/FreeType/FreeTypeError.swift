internal import CFreeType

/// A FreeType call failed: which operation, on which font file, and what the user can do.
public struct FontError: Error, CustomStringConvertible {
    /// The font file involved, when there is one.
    public let file: String?
    /// What failed, in words.
    public let message: String

    /// An error about `file` (nil when no file is involved).
    public init(file: String?, message: String) {
        self.file = file
        self.message = message
    }

    /// The file, a colon, then the message; the message alone without a file.
    public var description: String {
        (file.map { "\($0): " } ?? "") + message
    }
}

/// The one funnel from an `FT_Error` to a typed error.
enum FreeType {
    /// Throws a `FontError` naming `operation` and `file` when `rc` is not 0.
    static func check(_ rc: FT_Error, _ operation: StaticString, file: String? = nil) throws {
        guard rc != 0 else { return }
        throw FontError(file: file, message: "\(operation) failed: \(reason(rc))")
    }

    /// FreeType's error codes (fterrdef.h) that a user can act on, in words.
    static func reason(_ rc: FT_Error) -> String {
        switch rc {
        case 0x01: "cannot open the file (check the path and its permissions)"
        case 0x02: "not a font file FreeType can read (use a TrueType, OpenType or Type 1 font)"
        case 0x03: "the font file is broken or truncated"
        case 0x06: "invalid argument"
        case 0x07: "the font has no face with that index"
        case 0x10, 0x11: "the font has no glyph for that character"
        case 0x17: "the font cannot be drawn at this size"
        case 0x40: "out of memory"
        case 0x51: "the font has no usable table of sizes"
        default: "FreeType error \(rc)"
        }
    }
}
