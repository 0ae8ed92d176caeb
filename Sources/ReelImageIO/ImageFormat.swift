/// The file types the decoder accepts, recognised by their leading bytes (never the name).
enum ImageFormat: Sendable, CaseIterable {
    case jpeg, png, webp, gif, heif

    /// The name used in messages.
    var name: String {
        switch self {
        case .jpeg: "JPEG"
        case .png: "PNG"
        case .webp: "WebP"
        case .gif: "GIF"
        case .heif: "HEIF"
        }
    }

    /// "JPEG, PNG, WebP, GIF, HEIC/HEIF/AVIF".
    static var acceptedList: String {
        allCases.map { $0 == .heif ? "HEIC/HEIF/AVIF" : $0.name }.joined(separator: ", ")
    }

    /// ISO-BMFF `ftyp` brands of HEIF stills (HEVC-coded HEIC, AV1-coded AVIF, sequences).
    static let heifBrands: Set<String> = ["heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1", "avif", "avis"]

    /// Whether `bytes` start with an `ftyp` box naming a HEIF brand, as major or compatible brand.
    static func isHEIF(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard bytes.count >= 16, bytes[4..<8].elementsEqual("ftyp".utf8) else { return false }
        let boxSize = Int(bytes[0]) << 24 | Int(bytes[1]) << 16 | Int(bytes[2]) << 8 | Int(bytes[3])
        let end = min(max(boxSize, 16), bytes.count, 256)
        var brands = [8]  // major brand, then compatible brands after the minor version
        brands += stride(from: 16, to: end - 3, by: 4)
        return brands.contains { offset in
            heifBrands.contains(String(decoding: bytes[offset..<offset + 4], as: UTF8.self))
        }
    }

    /// The format whose signature starts `bytes`, or nil.
    static func sniff(_ bytes: UnsafeRawBufferPointer) -> ImageFormat? {
        if bytes.starts(with: [0xFF, 0xD8, 0xFF]) { return .jpeg }
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
        if bytes.count >= 12, bytes.starts(with: Array("RIFF".utf8)),
           bytes[8..<12].elementsEqual("WEBP".utf8) { return .webp }
        if bytes.starts(with: Array("GIF87a".utf8)) || bytes.starts(with: Array("GIF89a".utf8)) { return .gif }
        if isHEIF(bytes) { return .heif }
        return nil
    }

    /// A name for some common formats we do not decode, so the message can say what it saw.
    static func nameOfUnsupported(_ bytes: UnsafeRawBufferPointer) -> String? {
        if bytes.starts(with: Array("BM".utf8)) { return "BMP" }
        if bytes.starts(with: [0x49, 0x49, 0x2A, 0x00]) || bytes.starts(with: [0x4D, 0x4D, 0x00, 0x2A]) {
            return "TIFF"
        }
        return nil
    }
}
