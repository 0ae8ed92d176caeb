import Foundation
import ReelCompositor

/// Entry points into the image decoders for the fuzz targets and their regression tests.
package enum ImageParsing {
    /// The result of handing bytes to one format's decoder.
    package enum Outcome: Equatable {
        /// The bytes are another format (or none); the decoder was not reached.
        case otherFormat
        /// Decoded to an upright image of this size.
        case decoded(PixelSize)
        /// Refused with an error (the normal answer to a damaged file).
        case refused
    }

    /// The formats by the names the fuzz targets use: jpeg, png, webp, gif, heif.
    package static let formatNames = ["jpeg", "png", "webp", "gif", "heif"]

    /// Decodes `data` with ``ImageDecoder`` when its leading bytes are the format `name`.
    /// An even-sized input asks for a reduced-size decode (JPEG's DCT scaling), so both paths run.
    /// The limits are tighter than the defaults so a fuzzer's huge headers stay cheap.
    package static func decode(_ data: Data, format name: String) -> Outcome {
        let format = data.withUnsafeBytes { ImageFormat.sniff($0) }
        guard let format, String(describing: format) == name else { return .otherFormat }
        let decoder = ImageDecoder(limits: ImageLimits(maxFileBytes: 4 << 20, maxPixels: 4_000_000))
        let minimum = data.count % 2 == 0 ? PixelSize(width: 16, height: 16) : nil
        let url = URL(fileURLWithPath: "/fuzz/input.\(name)")
        guard let image = try? decoder.decode(data: data, named: url, minimumSize: minimum) else { return .refused }
        return .decoded(PixelSize(width: image.width, height: image.height))
    }

    /// Reads `data` as a TIFF-structured EXIF block; the orientation's EXIF value and whether
    /// a date was found, or nil when the bytes are not TIFF.
    package static func exif(_ data: Data) -> (orientation: Int, hasDate: Bool)? {
        data.withUnsafeBytes { bytes in
            EXIF(tiff: bytes).map { ($0.orientation.rawValue, $0.dateTimeOriginal != nil) }
        }
    }
}
