internal import CJPEG
import ReelCompositor

/// JPEG through TurboJPEG: baseline, progressive, greyscale, CMYK/YCCK, with reduced-scale
/// DCT decoding when a smaller result is enough.
enum JPEGDecoder: FormatDecoder {
    static func readHeader(_ bytes: UnsafeRawBufferPointer) throws -> ImageHeader {
        let decompressor = try TurboJPEG()
        let info = try decompressor.header(bytes)
        let markers = JPEGMarkers(bytes)
        return ImageHeader(storedSize: info.size, exif: markers.exif)
    }

    static func decode(_ bytes: UnsafeRawBufferPointer, header: ImageHeader,
                       minimumStoredSize: PixelSize?) throws -> DecodedPixels {
        let decompressor = try TurboJPEG()
        let info = try decompressor.header(bytes)
        guard info.size.width > 0, info.size.height > 0 else {
            throw FormatFailure(message: "the header gives no picture size")
        }
        let size = scaledSize(info.size, covering: minimumStoredSize)
        let isCMYK = info.colorspace == Int32(TJCS_CMYK.rawValue) || info.colorspace == Int32(TJCS_YCCK.rawValue)
        let format = isCMYK ? TJPF_CMYK : TJPF_RGBA
        let pixels = try [UInt8](unsafeUninitializedCapacity: size.width * size.height * 4) { buffer, count in
            try decompressor.decompress(bytes, into: buffer.baseAddress!, size: size, format: format)
            count = size.width * size.height * 4
        }
        let markers = JPEGMarkers(bytes)
        let layout: PixelLayout = isCMYK ? .cmyk(inverted: markers.adobe)
            : info.colorspace == Int32(TJCS_GRAY.rawValue) ? .grey : .rgba
        return DecodedPixels(image: RGBAImage(width: size.width, height: size.height, pixels: pixels),
                             layout: layout, color: markers.iccProfile(bytes).map { .icc($0) })
    }

    /// The smallest TurboJPEG scale (1/8, 1/4, 3/8, …, 1) whose output still covers
    /// `minimum` in both dimensions; the full size when no reduction does.
    static func scaledSize(_ full: PixelSize, covering minimum: PixelSize?) -> PixelSize {
        guard let minimum else { return full }
        var count: Int32 = 0
        guard let factors = tjGetScalingFactors(&count) else { return full }
        var best = full
        for factor in UnsafeBufferPointer(start: factors, count: Int(count)) where factor.num <= factor.denom {
            let num = Int(factor.num), denom = Int(factor.denom)
            // TJSCALED: ceil(dimension * num / denom)
            let scaled = PixelSize(width: (full.width * num + denom - 1) / denom,
                                   height: (full.height * num + denom - 1) / denom)
            if scaled.width >= minimum.width, scaled.height >= minimum.height,
               scaled.width * scaled.height < best.width * best.height {
                best = scaled
            }
        }
        return best
    }
}

/// The APP segments before the first scan that matter to decoding.
struct JPEGMarkers {
    /// The TIFF bytes of the first `Exif` APP1 segment, as a range of the file.
    var exif: Range<Int>?
    /// Whether an Adobe APP14 segment is present (its CMYK data is inverted).
    var adobe = false
    /// The `ICC_PROFILE` APP2 segments' payloads (after the sequence number and count), by
    /// sequence number as written.
    var iccChunks: [(sequence: UInt8, range: Range<Int>)] = []

    init(_ bytes: UnsafeRawBufferPointer) {
        var pos = 2
        while pos + 4 <= bytes.count {
            guard bytes[pos] == 0xFF else { return }
            let marker = bytes[pos + 1]
            if marker == 0xFF { pos += 1; continue }  // fill byte
            if marker == 0x01 || marker == 0xD8 || (0xD0...0xD7).contains(marker) { pos += 2; continue }
            if marker == 0xDA || marker == 0xD9 { return }  // start of scan / end of image
            let length = Int(bytes[pos + 2]) << 8 | Int(bytes[pos + 3])
            // The length counts its own two bytes: 0 or 1 is damage, and must not make a range
            // that ends before it starts.
            guard length >= 2 else { return }
            let payload = pos + 4..<max(pos + 4, min(pos + 2 + length, bytes.count))
            let segment = UnsafeRawBufferPointer(rebasing: bytes[payload])
            if marker == 0xE1, exif == nil, segment.starts(with: Array("Exif\0\0".utf8)) {
                exif = payload.lowerBound + 6..<payload.upperBound
            } else if marker == 0xEE, segment.starts(with: Array("Adobe".utf8)) {
                adobe = true
            } else if marker == 0xE2, segment.count > 14, segment.starts(with: Array("ICC_PROFILE\0".utf8)) {
                iccChunks.append((segment[12], payload.lowerBound + 14..<payload.upperBound))
            }
            pos += 2 + length
        }
    }
}

extension JPEGMarkers {
    /// The embedded ICC profile, its APP2 chunks joined in sequence-number order; nil when
    /// there is none or the chunks do not form one profile (missing or repeated numbers).
    func iccProfile(_ bytes: UnsafeRawBufferPointer) -> [UInt8]? {
        guard !iccChunks.isEmpty else { return nil }
        let sorted = iccChunks.sorted { $0.sequence < $1.sequence }
        guard sorted.enumerated().allSatisfy({ Int($1.sequence) == $0 + 1 }),
              sorted.reduce(0, { $0 + $1.range.count }) <= ColorTransform.maxProfileBytes else { return nil }
        var profile: [UInt8] = []
        for chunk in sorted { profile += bytes[chunk.range] }
        return profile
    }
}

/// One TurboJPEG decompressor handle; freed when this object goes away.
private final class TurboJPEG {
    struct Header {
        var size: PixelSize
        var colorspace: Int32
    }

    private let handle: tjhandle

    init() throws {
        guard let handle = tjInitDecompress() else {
            throw FormatFailure(message: String(cString: tjGetErrorStr2(nil)))
        }
        self.handle = handle
    }

    deinit { tjDestroy(handle) }

    func header(_ bytes: UnsafeRawBufferPointer) throws -> Header {
        var width: Int32 = 0, height: Int32 = 0, subsampling: Int32 = 0, colorspace: Int32 = 0
        try check(tjDecompressHeader3(handle, bytes.baseAddress?.assumingMemoryBound(to: UInt8.self), UInt(bytes.count),
                                      &width, &height, &subsampling, &colorspace))
        return Header(size: PixelSize(width: Int(width), height: Int(height)), colorspace: colorspace)
    }

    func decompress(_ bytes: UnsafeRawBufferPointer, into destination: UnsafeMutablePointer<UInt8>,
                    size: PixelSize, format: TJPF) throws {
        try check(tjDecompress2(handle, bytes.baseAddress?.assumingMemoryBound(to: UInt8.self), UInt(bytes.count),
                                destination, Int32(size.width), 0, Int32(size.height),
                                Int32(format.rawValue), 0))
    }

    /// The one funnel from a TurboJPEG return code to an error. Warnings (recoverable data
    /// damage, common in camera files) are accepted, except a premature end of data, which
    /// would otherwise leave a grey band at the bottom.
    private func check(_ rc: Int32) throws {
        guard rc != 0 else { return }
        let message = String(cString: tjGetErrorStr2(handle))
        if tjGetErrorCode(handle) == Int32(TJERR_FATAL.rawValue) || message.contains("Premature end") {
            throw FormatFailure(message: message)
        }
    }
}
