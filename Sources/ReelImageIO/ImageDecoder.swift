import Foundation
import ReelCompositor

/// Decodes JPEG, PNG, WebP, GIF and HEIF (HEIC, AVIF) files into upright 8-bit sRGB RGBA.
///
/// The format is recognised from the file's first bytes, never its name. EXIF orientation
/// (JPEG APP1, PNG `eXIf`, WebP `EXIF`) is applied; a HEIF file's own rotation and mirroring
/// (irot/imir) are applied instead, and its EXIF orientation never on top. Embedded colour
/// profiles (ICC, PNG cHRM, HEIF nclx) are converted to sRGB with lcms2; a file without one
/// is taken as sRGB and left as decoded. Files beyond ``ImageLimits`` are refused
/// from their size and headers alone, before pixel memory is allocated. Each file is read
/// once, memory-mapped.
public struct ImageDecoder: ImageDecoding {
    /// The size limits this decoder enforces.
    public let limits: ImageLimits

    /// Creates a decoder enforcing `limits`.
    public init(limits: ImageLimits = .default) {
        self.limits = limits
    }

    /// Decodes the image at `url`, turned upright.
    ///
    /// - Parameter minimumSize: when given, a JPEG is decoded at the smallest DCT scale
    ///   (1/8, 1/4, 3/8, …) whose upright result still covers this size in both dimensions;
    ///   other formats always decode at full size.
    /// - Throws: ``ImageDecodeError`` naming the file.
    public func decode(_ url: URL, minimumSize: PixelSize? = nil) throws -> RGBAImage {
        try decode(data: try readFile(url), named: url, minimumSize: minimumSize)
    }

    /// Decodes image bytes already in memory exactly as ``decode(_:minimumSize:)`` decodes a
    /// file's; `url` only names the image in errors. The fuzz targets and their regression
    /// tests use this to skip the file system.
    package func decode(data: Data, named url: URL, minimumSize: PixelSize? = nil) throws -> RGBAImage {
        if data.isEmpty { throw ImageDecodeError.empty(url) }
        if data.count > limits.maxFileBytes {
            throw ImageDecodeError.fileTooLarge(url, bytes: data.count, limit: limits.maxFileBytes)
        }
        return try withImage(data, url) { bytes, format, header, exif in
            try checkPixels(header.storedSize, url: url)
            let orientation = header.usesEXIFOrientation ? exif.orientation : .up
            // Swapping axes is its own inverse, so this maps the upright minimum to stored axes.
            let minimumStored = minimumSize.map { orientation.upright($0) }
            var stored = try failing(url, format) {
                try format.decoder.decode(bytes, header: header, minimumStoredSize: minimumStored)
            }
            ColorConverter.toSRGB(&stored)
            return orientation.apply(to: stored.image)
        }
    }

    /// The upright size of the image at `url`, read from its headers without decoding pixels.
    ///
    /// - Throws: ``ImageDecodeError`` for the same reasons ``decode(_:minimumSize:)`` would
    ///   refuse the file before decoding (unreadable, empty, too large, unsupported, bad header).
    public func probeImageSize(_ url: URL) throws -> PixelSize {
        try withImage(url) { _, _, header, exif in
            try checkPixels(header.storedSize, url: url)
            return header.usesEXIFOrientation ? exif.orientation.upright(header.storedSize) : header.storedSize
        }
    }

    /// When the photo at `url` was taken (EXIF DateTimeOriginal), or nil if it does not say
    /// or cannot be read.
    ///
    /// The EXIF time is read in its OffsetTimeOriginal time zone when the file has one, and
    /// as UTC otherwise, so ordering by it does not depend on the machine's time zone.
    public func exifDateTimeOriginal(of url: URL) -> Date? {
        try? withImage(url) { _, _, _, exif in exif.dateTimeOriginal }
    }

    /// Reads the file, recognises its format and header, and hands them to `body`.
    private func withImage<T>(
        _ url: URL,
        _ body: (UnsafeRawBufferPointer, ImageFormat, ImageHeader, EXIF) throws -> T
    ) throws -> T {
        try withImage(try readFile(url), url, body)
    }

    /// Recognises the format and header of `data` (the bytes of `url`) and hands them to `body`.
    private func withImage<T>(
        _ data: Data, _ url: URL,
        _ body: (UnsafeRawBufferPointer, ImageFormat, ImageHeader, EXIF) throws -> T
    ) throws -> T {
        try data.withUnsafeBytes { bytes in
            guard let format = ImageFormat.sniff(bytes) else {
                throw ImageDecodeError.unsupportedType(url, detected: ImageFormat.nameOfUnsupported(bytes))
            }
            let header = try failing(url, format) { try format.decoder.readHeader(bytes) }
            // A library may accept a damaged header with a warning and report a 0 size.
            guard header.storedSize.width > 0, header.storedSize.height > 0 else {
                throw ImageDecodeError.corrupt(url, format: format, message: "the header gives no picture size")
            }
            let exif = header.exif.flatMap { EXIF(tiff: UnsafeRawBufferPointer(rebasing: bytes[$0])) }
                ?? header.exifCopy.flatMap { copy in copy.withUnsafeBytes { EXIF(tiff: $0) } }
                ?? EXIF()
            return try body(bytes, format, header, exif)
        }
    }

    /// Checks the file's size, then maps it into memory.
    private func readFile(_ url: URL) throws -> Data {
        let values: URLResourceValues
        do {
            values = try url.resourceValues(forKeys: [.fileSizeKey, .isDirectoryKey])
        } catch {
            let exists = FileManager.default.fileExists(atPath: url.path)
            throw ImageDecodeError.unreadable(url, reason: exists ? "permission denied" : "no such file")
        }
        if values.isDirectory == true { throw ImageDecodeError.unreadable(url, reason: "it is a folder") }
        let size = values.fileSize ?? 0
        if size == 0 { throw ImageDecodeError.empty(url) }
        if size > limits.maxFileBytes {
            throw ImageDecodeError.fileTooLarge(url, bytes: size, limit: limits.maxFileBytes)
        }
        do {
            return try Data(contentsOf: url, options: .alwaysMapped)
        } catch {
            throw ImageDecodeError.unreadable(url, reason: "read failed")
        }
    }

    private func checkPixels(_ size: PixelSize, url: URL) throws {
        // Header sizes are up to 2^32 each: their product can overflow Int.
        let (pixels, overflow) = size.width.multipliedReportingOverflow(by: size.height)
        if overflow || pixels > limits.maxPixels {
            throw ImageDecodeError.tooManyPixels(url, size: size, limit: limits.maxPixels)
        }
    }

    /// Runs a format decoder step, turning its complaints into an error naming the file.
    private func failing<T>(_ url: URL, _ format: ImageFormat, _ step: () throws -> T) throws -> T {
        do {
            return try step()
        } catch let failure as FormatFailure {
            throw ImageDecodeError.corrupt(url, format: format, message: failure.message)
        }
    }
}
