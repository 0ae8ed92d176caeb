import Foundation

/// The few EXIF facts Reel uses, read from a TIFF-structured EXIF block (either byte order).
///
/// Only IFD0's Orientation and the Exif sub-IFD's DateTimeOriginal (with its
/// OffsetTimeOriginal, when present) are read; everything else is skipped. Malformed data
/// never traps: out-of-range offsets and counts simply leave the value unset.
struct EXIF: Sendable, Equatable {
    /// IFD0 tag 0x0112; `.up` when absent.
    var orientation: Orientation = .up
    /// Exif sub-IFD tag 0x9003, interpreted in the OffsetTimeOriginal (0x9011) time zone when
    /// given, otherwise as UTC so that results never depend on the machine's time zone.
    var dateTimeOriginal: Date?

    private enum Tag {
        static let orientation: UInt16 = 0x0112
        static let exifIFD: UInt16 = 0x8769
        static let dateTimeOriginal: UInt16 = 0x9003
        static let offsetTimeOriginal: UInt16 = 0x9011
    }

    /// No EXIF: upright, no date.
    init() {}

    /// Parses a TIFF header and its IFDs. Accepts a leading `Exif\0\0` (as some writers put
    /// in PNG and WebP chunks). Returns nil when the bytes are not TIFF.
    init?(tiff bytes: UnsafeRawBufferPointer) {
        var bytes = bytes
        if bytes.starts(with: Array("Exif\0\0".utf8)) {
            bytes = UnsafeRawBufferPointer(rebasing: bytes[6...])
        }
        guard let reader = TIFFReader(bytes), let ifd0 = reader.uint32(at: 4) else { return nil }
        for entry in reader.entries(ofIFDAt: Int(ifd0)) {
            switch entry.tag {
            case Tag.orientation:
                if let value = reader.integer(entry) { orientation = Orientation(exifValue: value) }
            case Tag.exifIFD:
                if let offset = reader.integer(entry) { readExifIFD(reader, at: offset) }
            default:
                break
            }
        }
    }

    private mutating func readExifIFD(_ reader: TIFFReader, at offset: Int) {
        var date: String?
        var zone: String?
        for entry in reader.entries(ofIFDAt: offset) {
            switch entry.tag {
            case Tag.dateTimeOriginal: date = reader.ascii(entry)
            case Tag.offsetTimeOriginal: zone = reader.ascii(entry)
            default: break
            }
        }
        dateTimeOriginal = date.flatMap { Self.parseDate($0, offset: zone) }
    }

    /// Parses `"YYYY:MM:DD HH:MM:SS"` with an optional `"+HH:MM"` offset.
    static func parseDate(_ text: String, offset: String?) -> Date? {
        let parts = text.split(whereSeparator: { $0 == ":" || $0 == " " }).map { Int($0) }
        guard parts.count == 6, let year = parts[0], let month = parts[1], let day = parts[2],
              let hour = parts[3], let minute = parts[4], let second = parts[5],
              year > 0, (1...12).contains(month), (1...31).contains(day) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = offset.flatMap(parseOffset) ?? TimeZone(identifier: "UTC")!
        let components = DateComponents(year: year, month: month, day: day,
                                        hour: hour, minute: minute, second: second)
        return calendar.date(from: components)
    }

    private static func parseOffset(_ text: String) -> TimeZone? {
        let chars = Array(text.utf8)
        guard chars.count >= 6, chars[0] == UInt8(ascii: "+") || chars[0] == UInt8(ascii: "-"),
              let hours = Int(text.dropFirst().prefix(2)), let minutes = Int(text.dropFirst(4).prefix(2))
        else { return nil }
        let seconds = (hours * 3600 + minutes * 60) * (chars[0] == UInt8(ascii: "-") ? -1 : 1)
        return TimeZone(secondsFromGMT: seconds)
    }
}

/// Bounds-checked reads of a TIFF structure in its declared byte order.
private struct TIFFReader {
    struct Entry {
        var tag: UInt16
        var type: UInt16
        var count: UInt32
        /// Offset of the entry's 4-byte value/offset field.
        var valueField: Int
    }

    let bytes: UnsafeRawBufferPointer
    let bigEndian: Bool

    init?(_ bytes: UnsafeRawBufferPointer) {
        guard bytes.count >= 8 else { return nil }
        switch (bytes[0], bytes[1]) {
        case (0x49, 0x49): bigEndian = false
        case (0x4D, 0x4D): bigEndian = true
        default: return nil
        }
        self.bytes = bytes
        guard uint16(at: 2) == 42 else { return nil }
    }

    func uint16(at offset: Int) -> UInt16? {
        guard offset >= 0, offset + 2 <= bytes.count else { return nil }
        let a = UInt16(bytes[offset]), b = UInt16(bytes[offset + 1])
        return bigEndian ? a << 8 | b : b << 8 | a
    }

    func uint32(at offset: Int) -> UInt32? {
        guard let a = uint16(at: offset), let b = uint16(at: offset + 2) else { return nil }
        return bigEndian ? UInt32(a) << 16 | UInt32(b) : UInt32(b) << 16 | UInt32(a)
    }

    /// The entries of the IFD at `offset`; empty when the IFD lies outside the data.
    func entries(ofIFDAt offset: Int) -> [Entry] {
        guard let count = uint16(at: offset), offset + 2 + Int(count) * 12 <= bytes.count else { return [] }
        return (0..<Int(count)).compactMap { i in
            let at = offset + 2 + i * 12
            guard let tag = uint16(at: at), let type = uint16(at: at + 2), let n = uint32(at: at + 4)
            else { return nil }
            return Entry(tag: tag, type: type, count: n, valueField: at + 8)
        }
    }

    /// A single SHORT or LONG value.
    func integer(_ entry: Entry) -> Int? {
        guard entry.count >= 1 else { return nil }
        switch entry.type {
        case 3: return uint16(at: entry.valueField).map(Int.init)
        case 4, 13: return uint32(at: entry.valueField).map(Int.init)
        default: return nil
        }
    }

    /// An ASCII value without its terminating NUL(s).
    func ascii(_ entry: Entry) -> String? {
        guard entry.type == 2, entry.count > 0, entry.count < 1 << 16 else { return nil }
        let count = Int(entry.count)
        let start: Int
        if count <= 4 {
            start = entry.valueField
        } else {
            guard let offset = uint32(at: entry.valueField) else { return nil }
            start = Int(offset)
        }
        guard start >= 0, start + count <= bytes.count else { return nil }
        let raw = bytes[start..<start + count].prefix { $0 != 0 }
        return String(decoding: raw, as: UTF8.self)
    }
}
