import Foundation
import ReelCompositor

/// The upright size of the image at `url`, from its headers alone, with the default limits.
///
/// The same as `ImageDecoder().probeImageSize(url)`; see ``ImageDecoder/probeImageSize(_:)``.
public func probeImageSize(_ url: URL) throws -> PixelSize {
    try ImageDecoder().probeImageSize(url)
}

/// When the photo at `url` was taken (EXIF DateTimeOriginal), or nil.
///
/// The same as `ImageDecoder().exifDateTimeOriginal(of: url)`; see
/// ``ImageDecoder/exifDateTimeOriginal(of:)``.
public func exifDateTimeOriginal(of url: URL) -> Date? {
    ImageDecoder().exifDateTimeOriginal(of: url)
}
