internal import CPNG
internal import CZlib
import ReelCompositor

/// PNG through libpng's simplified API: any bit depth, palette, greyscale, alpha, all
/// delivered as 8-bit straight-alpha RGBA.
enum PNGDecoder: FormatDecoder {
    static func readHeader(_ bytes: UnsafeRawBufferPointer) throws -> ImageHeader {
        // Signature (8), then IHDR: length (4) "IHDR" (4) width (4) height (4) ...
        guard bytes.count >= 33, bytes[12..<16].elementsEqual("IHDR".utf8) else {
            throw FormatFailure(message: "missing IHDR header")
        }
        let size = PixelSize(width: Int(bigEndian32(bytes, at: 16)), height: Int(bigEndian32(bytes, at: 20)))
        guard size.width > 0, size.height > 0 else { throw FormatFailure(message: "zero image size") }
        return ImageHeader(storedSize: size, exif: PNGChunks(bytes).exif)
    }

    static func decode(_ bytes: UnsafeRawBufferPointer, header: ImageHeader,
                       minimumStoredSize: PixelSize?) throws -> DecodedPixels {
        let reader = PNGImage()
        try reader.check(png_image_begin_read_from_memory(&reader.image, bytes.baseAddress, bytes.count))
        let size = PixelSize(width: Int(reader.image.width), height: Int(reader.image.height))
        guard size == header.storedSize else { throw FormatFailure(message: "inconsistent IHDR") }
        reader.image.format = UInt32(PNG_FORMAT_RGB | PNG_FORMAT_FLAG_ALPHA)
        // Without gAMA/sRGB chunks, treat 16-bit samples as sRGB like 8-bit ones (as other
        // viewers do), not as linear light.
        reader.image.flags |= UInt32(PNG_IMAGE_FLAG_16BIT_sRGB)
        let pixels = try [UInt8](unsafeUninitializedCapacity: size.width * size.height * 4) { buffer, count in
            try reader.check(png_image_finish_read(&reader.image, nil, buffer.baseAddress, 0, nil))
            count = size.width * size.height * 4
        }
        let chunks = PNGChunks(bytes)
        let colorType = bytes.count > 25 ? bytes[25] : 2
        return DecodedPixels(image: RGBAImage(width: size.width, height: size.height, pixels: pixels),
                             layout: colorType == 0 || colorType == 4 ? .grey : .rgba,
                             color: chunks.color(bytes))
    }

    static func bigEndian32(_ bytes: UnsafeRawBufferPointer, at offset: Int) -> UInt32 {
        UInt32(bytes[offset]) << 24 | UInt32(bytes[offset + 1]) << 16
            | UInt32(bytes[offset + 2]) << 8 | UInt32(bytes[offset + 3])
    }
}

/// The chunks before the image data that Reel reads itself (libpng's simplified API does not
/// expose them): where they are in the file.
struct PNGChunks {
    var exif: Range<Int>?
    var iccp: Range<Int>?
    var chrm: Range<Int>?
    var srgb = false
    var gama = false

    init(_ bytes: UnsafeRawBufferPointer) {
        var pos = 8
        while pos + 12 <= bytes.count {
            let length = Int(PNGDecoder.bigEndian32(bytes, at: pos))
            let type = bytes[pos + 4..<pos + 8]
            let data = pos + 8..<pos + 8 + length
            if type.elementsEqual("IDAT".utf8) || type.elementsEqual("IEND".utf8) || data.upperBound > bytes.count {
                return
            }
            if type.elementsEqual("eXIf".utf8), exif == nil { exif = data }
            if type.elementsEqual("iCCP".utf8), iccp == nil { iccp = data }
            if type.elementsEqual("cHRM".utf8) { chrm = data }
            if type.elementsEqual("sRGB".utf8) { srgb = true }
            if type.elementsEqual("gAMA".utf8) { gama = true }
            pos = data.upperBound + 4
        }
    }

    /// The declared colour space: `sRGB` wins (nothing to do), then `iCCP`, then `cHRM`
    /// chromaticities. `gAMA` is already honoured by libpng, which re-encodes such files to its
    /// sRGB approximation, a 2.2 power law: with `cHRM`, that is the curve of the values we get.
    func color(_ bytes: UnsafeRawBufferPointer) -> ColorDescription? {
        if srgb { return nil }
        if let iccp, let profile = Self.inflateICCP(UnsafeRawBufferPointer(rebasing: bytes[iccp])) {
            return .icc(profile)
        }
        if let chrm, chrm.count == 32 {
            let v = (0..<8).map { Double(PNGDecoder.bigEndian32(bytes, at: chrm.lowerBound + 4 * $0)) / 100_000 }
            let primaries = RGBPrimaries(white: (v[0], v[1]), red: (v[2], v[3]), green: (v[4], v[5]),
                                         blue: (v[6], v[7]), transfer: gama ? .gamma(2.2) : .sRGB)
            return primaries.isSRGB ? nil : .primaries(primaries)
        }
        return nil
    }

    /// An `iCCP` payload: name, NUL, compression method 0, zlib data. Nil when damaged or
    /// larger than ``ColorTransform/maxProfileBytes``.
    static func inflateICCP(_ chunk: UnsafeRawBufferPointer) -> [UInt8]? {
        guard let nul = chunk.prefix(80).firstIndex(of: 0), nul + 2 < chunk.count, chunk[nul + 1] == 0 else {
            return nil
        }
        let compressed = UnsafeRawBufferPointer(rebasing: chunk[(nul + 2)...])
        return ZlibInflater()?.inflate(compressed, limit: ColorTransform.maxProfileBytes)
    }
}

/// One zlib inflate stream, ended with this object.
private final class ZlibInflater {
    private var stream = z_stream()

    init?() {
        guard reel_inflate_init(&stream) == Z_OK else { return nil }
    }

    deinit { inflateEnd(&stream) }

    /// The whole decompressed data, or nil when it is damaged, cut short or over `limit` bytes.
    func inflate(_ input: UnsafeRawBufferPointer, limit: Int) -> [UInt8]? {
        guard let base = input.baseAddress else { return nil }
        stream.next_in = UnsafeMutablePointer(mutating: base.assumingMemoryBound(to: Bytef.self))
        stream.avail_in = uInt(input.count)
        var output: [UInt8] = []
        var block = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let rc = block.withUnsafeMutableBufferPointer { buffer -> Int32 in
                stream.next_out = buffer.baseAddress
                stream.avail_out = uInt(buffer.count)
                return CZlib.inflate(&stream, Z_NO_FLUSH)
            }
            let produced = block.count - Int(stream.avail_out)
            output += block.prefix(produced)
            if output.count > limit { return nil }
            if rc == Z_STREAM_END { return output }
            if rc != Z_OK || (produced == 0 && stream.avail_in == 0) { return nil }
        }
    }
}

/// One libpng simplified-API read; whatever libpng still holds is freed with this object.
private final class PNGImage {
    var image = png_image()

    init() { image.version = UInt32(PNG_IMAGE_VERSION) }

    deinit { png_image_free(&image) }

    /// The one funnel from a libpng simplified-API result to an error (0 means failure).
    func check(_ rc: Int32) throws {
        guard rc == 0 else { return }
        let message = withUnsafeBytes(of: image.message) { raw in
            String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
        }
        throw FormatFailure(message: message.isEmpty ? "unreadable PNG data" : message)
    }
}
