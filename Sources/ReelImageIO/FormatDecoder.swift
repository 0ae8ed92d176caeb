import ReelCompositor

/// What a format reveals from its headers, before any pixels are decoded.
struct ImageHeader: Sendable {
    /// Size of the stored pixels (before EXIF orientation).
    var storedSize: PixelSize
    /// Where the file's EXIF (TIFF-structured) bytes are, if it has any.
    var exif: Range<Int>?
    /// EXIF bytes a container library handed out as a copy (HEIF), when `exif` cannot point
    /// into the file.
    var exifCopy: [UInt8]? = nil
    /// Whether EXIF orientation turns the pixels upright. False for HEIF, whose container
    /// rotation and mirroring (irot/imir) libheif already applies: applying EXIF again would
    /// turn the photo twice. `storedSize` is then the upright size.
    var usesEXIFOrientation = true
}

/// A decoder's own complaint about a file's data; `ImageDecoder` adds the file and format.
struct FormatFailure: Error {
    var message: String
}

/// One image format: header reading and pixel decoding over the file's bytes in memory.
protocol FormatDecoder {
    /// Reads sizes and metadata locations without decoding or allocating pixels.
    static func readHeader(_ bytes: UnsafeRawBufferPointer) throws -> ImageHeader

    /// Decodes the stored pixels (not yet oriented) to 4-byte pixels, with the file's colour
    /// description for ``ColorConverter``.
    ///
    /// - Parameter minimumStoredSize: a decoder may return fewer pixels when the result
    ///   still covers this size (in stored orientation); most formats ignore it.
    static func decode(_ bytes: UnsafeRawBufferPointer, header: ImageHeader,
                       minimumStoredSize: PixelSize?) throws -> DecodedPixels
}

extension ImageFormat {
    /// The decoder for this format.
    var decoder: any FormatDecoder.Type {
        switch self {
        case .jpeg: JPEGDecoder.self
        case .png: PNGDecoder.self
        case .webp: WebPDecoder.self
        case .gif: GIFDecoder.self
        case .heif: HEIFDecoder.self
        }
    }
}
