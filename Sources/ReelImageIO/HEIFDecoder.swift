import Foundation
internal import CHeif
import ReelCompositor

/// HEIF stills through libheif: HEIC (HEVC), AVIF (AV1), the primary image with its grid
/// tiles, 8- to 12-bit samples delivered as 8-bit, alpha.
///
/// libheif applies the container's transformations (crop `clap`, rotation `irot`, mirror
/// `imir`) while decoding, so the header reports the upright size and
/// ``ImageHeader/usesEXIFOrientation`` is false: the EXIF orientation a HEIC also carries
/// describes the same turn and must not be applied a second time.
enum HEIFDecoder: FormatDecoder {
    /// EXIF blocks larger than this are ignored (real ones are a few kilobytes).
    private static let maxEXIFBytes = 1 << 20

    static func readHeader(_ bytes: UnsafeRawBufferPointer) throws -> ImageHeader {
        let file = try HEIFFile(bytes)
        let primary = try file.primaryImage()
        let size = PixelSize(width: Int(heif_image_handle_get_width(primary.handle)),
                             height: Int(heif_image_handle_get_height(primary.handle)))
        guard size.width > 0, size.height > 0 else { throw FormatFailure(message: "zero image size") }
        return ImageHeader(storedSize: size, exif: nil, exifCopy: exif(primary), usesEXIFOrientation: false)
    }

    static func decode(_ bytes: UnsafeRawBufferPointer, header: ImageHeader,
                       minimumStoredSize: PixelSize?) throws -> DecodedPixels {
        let file = try HEIFFile(bytes)
        let primary = try file.primaryImage()
        let hasAlpha = heif_image_handle_has_alpha_channel(primary.handle) != 0
        let output = pictureOutput(primary, hasAlpha: hasAlpha)
        let image = try file.decode8Bit(primary, alpha: hasAlpha, output: output)
        let pixels = output == .ycbcr
            ? try interleavedPixels(image, alpha: hasAlpha, size: header.storedSize)
            : try planarPixels(image, size: header.storedSize)
        var rgba = RGBAImage(width: header.storedSize.width, height: header.storedSize.height, pixels: pixels)
        if hasAlpha, heif_image_handle_is_premultiplied_alpha(primary.handle) != 0 { unpremultiply(&rgba.pixels) }
        return DecodedPixels(image: rgba, color: color(primary))
    }

    /// How the plugin hands pictures of `image` to libheif: an 8-bit picture without alpha as
    /// RGB converted with the matrix libheif would use (the container's nclx, else the
    /// stream's own), anything else as YCbCr for libheif.
    private static func pictureOutput(_ image: HEIFImageHandle, hasAlpha: Bool) -> HEVCPictureOutput {
        guard !hasAlpha, heif_image_handle_get_luma_bits_per_pixel(image.handle) == 8,
              heif_image_handle_get_chroma_bits_per_pixel(image.handle) == 8 else { return .ycbcr }
        var nclx: UnsafeMutablePointer<heif_color_profile_nclx>?
        // libheif allocates the profile even when it then reports an error: free it either way.
        let error = heif_image_handle_get_nclx_color_profile(image.handle, &nclx)
        defer { if let nclx { heif_nclx_color_profile_free(nclx) } }
        guard error.code == heif_error_Ok, let nclx else { return .rgbFromStream }
        return .rgbFromContainer(matrix: Int(nclx.pointee.matrix_coefficients.rawValue),
                                 fullRange: nclx.pointee.full_range_flag != 0)
    }

    /// The pixels of a planar 8-bit RGB image, as opaque RGBA in one pass.
    private static func planarPixels(_ image: HEIFDecodedImage, size: PixelSize) throws -> [UInt8] {
        var planes: [UnsafePointer<UInt8>] = []
        var strides: [Int] = []
        for channel in [heif_channel_R, heif_channel_G, heif_channel_B] {
            var stride: Int32 = 0
            guard Int(heif_image_get_width(image.handle, channel)) == size.width,
                  Int(heif_image_get_height(image.handle, channel)) == size.height else {
                throw FormatFailure(message: "decoded size differs from the header")
            }
            guard heif_image_get_bits_per_pixel_range(image.handle, channel) == 8,
                  let plane = heif_image_get_plane_readonly(image.handle, channel, &stride),
                  Int(stride) >= size.width else {
                throw FormatFailure(message: "libheif returned no 8-bit RGB plane")
            }
            planes.append(plane)
            strides.append(Int(stride))
        }
        return [UInt8](unsafeUninitializedCapacity: size.width * size.height * 4) { buffer, count in
            HEVCPictureOutput.interleave(planes[0], planes[1], planes[2], strides: strides,
                                         width: size.width, height: size.height, into: buffer.baseAddress!)
            count = size.width * size.height * 4
        }
    }

    /// The pixels of an interleaved 8-bit RGB or RGBA image, as RGBA. Without alpha, libheif's
    /// RGB output is a quarter smaller than RGBA; alpha is added while copying, so the decode
    /// never holds two full RGBA buffers.
    private static func interleavedPixels(_ image: HEIFDecodedImage, alpha hasAlpha: Bool,
                                          size expected: PixelSize) throws -> [UInt8] {
        let channels = hasAlpha ? 4 : 3
        let size = PixelSize(width: Int(heif_image_get_width(image.handle, heif_channel_interleaved)),
                             height: Int(heif_image_get_height(image.handle, heif_channel_interleaved)))
        guard size == expected else { throw FormatFailure(message: "decoded size differs from the header") }
        var stride: Int32 = 0
        guard heif_image_get_bits_per_pixel_range(image.handle, heif_channel_interleaved) == 8,
              let plane = heif_image_get_plane_readonly(image.handle, heif_channel_interleaved, &stride),
              Int(stride) >= size.width * channels else {
            throw FormatFailure(message: "libheif returned no 8-bit RGB plane")
        }
        let rowBytes = size.width * 4
        return [UInt8](unsafeUninitializedCapacity: rowBytes * size.height) { buffer, count in
            for y in 0..<size.height {
                let source = plane + y * Int(stride)
                let row = buffer.baseAddress! + y * rowBytes
                if hasAlpha {
                    row.update(from: source, count: rowBytes)
                } else {
                    for x in 0..<size.width {
                        row[4 * x] = source[3 * x]
                        row[4 * x + 1] = source[3 * x + 1]
                        row[4 * x + 2] = source[3 * x + 2]
                        row[4 * x + 3] = 255
                    }
                }
            }
            count = rowBytes * size.height
        }
    }

    /// Straight alpha from colour premultiplied by it (as a file flagged `prem` stores it).
    static func unpremultiply(_ pixels: inout [UInt8]) {
        pixels.withUnsafeMutableBufferPointer { p in
            for i in stride(from: 0, to: p.count, by: 4) {
                let a = UInt32(p[i + 3])
                if a == 255 { continue }
                for c in i..<i + 3 {
                    p[c] = a == 0 ? 0 : UInt8(min(255, (UInt32(p[c]) * 255 + a / 2) / a))
                }
            }
        }
    }

    /// The TIFF bytes of the primary image's first `Exif` block, if any.
    private static func exif(_ image: HEIFImageHandle) -> [UInt8]? {
        var id = heif_item_id()
        guard heif_image_handle_get_list_of_metadata_block_IDs(image.handle, "Exif", &id, 1) == 1 else { return nil }
        let size = heif_image_handle_get_metadata_size(image.handle, id)
        guard size > 4, size <= maxEXIFBytes else { return nil }
        var block = [UInt8](repeating: 0, count: size)
        let error = block.withUnsafeMutableBytes { heif_image_handle_get_metadata(image.handle, id, $0.baseAddress) }
        guard error.code == heif_error_Ok else { return nil }
        // The block starts with a 4-byte big-endian offset from its end to the TIFF header.
        let offset = Int(block[0]) << 24 | Int(block[1]) << 16 | Int(block[2]) << 8 | Int(block[3])
        guard offset >= 0, 4 + offset < block.count else { return nil }
        return Array(block[(4 + offset)...])
    }

    /// The primary image's `colr`: an ICC profile, or nclx primaries and transfer.
    private static func color(_ image: HEIFImageHandle) -> ColorDescription? {
        switch heif_image_handle_get_color_profile_type(image.handle) {
        case heif_color_profile_type_prof, heif_color_profile_type_rICC:
            let size = heif_image_handle_get_raw_color_profile_size(image.handle)
            guard size > 0, size <= ColorTransform.maxProfileBytes else { return nil }
            var profile = [UInt8](repeating: 0, count: size)
            let error = profile.withUnsafeMutableBytes {
                heif_image_handle_get_raw_color_profile(image.handle, $0.baseAddress)
            }
            return error.code == heif_error_Ok ? .icc(profile) : nil
        case heif_color_profile_type_nclx:
            var nclx: UnsafeMutablePointer<heif_color_profile_nclx>?
            // libheif allocates the profile even when it then reports an error: free it either way.
            let error = heif_image_handle_get_nclx_color_profile(image.handle, &nclx)
            defer { if let nclx { heif_nclx_color_profile_free(nclx) } }
            guard error.code == heif_error_Ok, let nclx else { return nil }
            return primaries(nclx.pointee)
        default:
            return nil
        }
    }

    /// nclx as chromaticities and a curve; nil (sRGB) for BT.709 or unspecified primaries.
    /// PQ and HLG transfers are read as sRGB: HDR stills are not tone-mapped.
    static func primaries(_ nclx: heif_color_profile_nclx) -> ColorDescription? {
        let code = nclx.color_primaries.rawValue
        guard code != 1, code != 2, code != 0 else { return nil }
        let transfer: RGBPrimaries.Transfer
        switch nclx.transfer_characteristics.rawValue {
        case 4: transfer = .gamma(2.2)
        case 5: transfer = .gamma(2.8)
        case 8: transfer = .gamma(1)
        default: transfer = .sRGB
        }
        let p = RGBPrimaries(white: (Double(nclx.color_primary_white_x), Double(nclx.color_primary_white_y)),
                             red: (Double(nclx.color_primary_red_x), Double(nclx.color_primary_red_y)),
                             green: (Double(nclx.color_primary_green_x), Double(nclx.color_primary_green_y)),
                             blue: (Double(nclx.color_primary_blue_x), Double(nclx.color_primary_blue_y)),
                             transfer: transfer)
        return p.isSRGB ? nil : .primaries(p)
    }
}

/// A libheif context reading a file in place; freed with this object, which must not outlive
/// the bytes.
private final class HEIFFile {
    let context: OpaquePointer

    /// libheif's one-time initialisation, done before the first context, with libavcodec's
    /// HEVC decoder registered.
    private static let initialised: Bool = {
        guard heif_init(nil).code == heif_error_Ok else { return false }
        HEVCDecoding.registerLibavcodec()
        return true
    }()

    init(_ bytes: UnsafeRawBufferPointer) throws {
        _ = Self.initialised
        guard let context = heif_context_alloc() else { throw FormatFailure(message: "out of memory") }
        self.context = context
        try check(heif_context_read_from_memory_without_copy(context, bytes.baseAddress, bytes.count, nil))
    }

    deinit { heif_context_free(context) }

    func primaryImage() throws -> HEIFImageHandle {
        var handle: OpaquePointer?
        try check(heif_context_get_primary_image_handle(context, &handle))
        guard let handle else { throw FormatFailure(message: "no primary image") }
        return HEIFImageHandle(handle)
    }

    /// `image` decoded by ``HEIFImageHandle/decode8Bit(alpha:planar:)`` with libavcodec's
    /// pictures handed over as `output` says (planar RGB unless ``HEVCPictureOutput/ycbcr``);
    /// when libavcodec fails, again with libde265. A thread not in ``HEVCDecoding/automatic``,
    /// or handing pictures over other than as libheif's tile threads do, decodes grid tiles
    /// itself, since libheif picks the decoder and the plugin its output on the thread
    /// decoding each tile.
    func decode8Bit(_ image: HEIFImageHandle, alpha: Bool, output: HEVCPictureOutput) throws -> HEIFDecodedImage {
        let choice = HEVCDecoding.current
        let planar = output != .ycbcr
        if choice != .automatic || !output.allowsTileThreads { heif_context_set_max_decoding_threads(context, 0) }
        do {
            return try output.during { try image.decode8Bit(alpha: alpha, planar: planar) }
        } catch {
            guard choice.fallsBack, HEVCDecoding.libavcodecIsAvailable else { throw error }
            heif_context_set_max_decoding_threads(context, 0)
            return try HEVCDecoding.libde265.during { try image.decode8Bit(alpha: alpha, planar: planar) }
        }
    }
}

/// One image item of a HEIF file; released with this object.
private final class HEIFImageHandle {
    let handle: OpaquePointer

    init(_ handle: OpaquePointer) { self.handle = handle }

    deinit { heif_image_handle_release(handle) }

    /// Decodes to interleaved 8-bit RGB, or RGBA when `alpha` (higher bit depths reduced by
    /// libheif), or planar RGB when `planar` and not `alpha` (for 8-bit pictures only: libheif
    /// 1.15 keeps planar output at the picture's depth), with the container's transformations
    /// applied.
    func decode8Bit(alpha: Bool, planar: Bool) throws -> HEIFDecodedImage {
        guard let options = heif_decoding_options_alloc() else { throw FormatFailure(message: "out of memory") }
        defer { heif_decoding_options_free(options) }
        options.pointee.convert_hdr_to_8bit = 1
        options.pointee.ignore_transformations = 0
        var image: OpaquePointer?
        try check(heif_decode_image(handle, &image, heif_colorspace_RGB,
                                    alpha ? heif_chroma_interleaved_RGBA : planar ? heif_chroma_444 : heif_chroma_interleaved_RGB,
                                    options))
        guard let image else { throw FormatFailure(message: "no image decoded") }
        return HEIFDecodedImage(image)
    }
}

/// Decoded pixels owned by libheif; released with this object.
private final class HEIFDecodedImage {
    let handle: OpaquePointer

    init(_ handle: OpaquePointer) { self.handle = handle }

    deinit { heif_image_release(handle) }
}

/// The one funnel from a libheif result to an error.
private func check(_ error: heif_error) throws {
    guard error.code != heif_error_Ok else { return }
    let raw = error.message.map { String(cString: $0) } ?? ""
    // libheif's messages can end in a newline; keep them on one printable line.
    let message = String(raw.unicodeScalars.map { $0.properties.generalCategory == .control ? " " : Character($0) })
        .trimmingCharacters(in: .whitespaces)
    throw FormatFailure(message: message.isEmpty ? "libheif error \(error.code.rawValue)" : message)
}
