/// Sizes beyond which a file is refused before any pixel memory is allocated.
public struct ImageLimits: Sendable, Hashable {
    /// Largest accepted file, in bytes.
    public var maxFileBytes: Int
    /// Largest accepted image, in pixels (width × height as stored in the file).
    public var maxPixels: Int

    /// Creates limits; the defaults are 200 MB and 100 megapixels.
    public init(maxFileBytes: Int = 200_000_000, maxPixels: Int = 100_000_000) {
        self.maxFileBytes = maxFileBytes
        self.maxPixels = maxPixels
    }

    /// 200 MB per file, 100 megapixels per image.
    public static let `default` = ImageLimits()
}
