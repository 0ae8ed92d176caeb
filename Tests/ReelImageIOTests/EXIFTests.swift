import Foundation
@testable import ReelImageIO
import ReelTestSupport
import Testing

@Suite("EXIF")
struct EXIFTests {
    @Test func readsDateTimeOriginalFromFiles() throws {
        let decoder = ImageDecoder()
        // 2021:06:15 14:30:05 at +02:00 (little-endian TIFF)
        #expect(decoder.exifDateTimeOriginal(of: Fixtures.url("images/exif-datetime.jpg"))
            == Date(timeIntervalSince1970: 1_623_760_205))
        // 2019:12:31 23:59:58 at +02:00 (big-endian TIFF)
        #expect(decoder.exifDateTimeOriginal(of: Fixtures.url("images/exif-datetime-be.jpg"))
            == Date(timeIntervalSince1970: 1_577_829_598))
        #expect(decoder.exifDateTimeOriginal(of: Fixtures.url("images/jpeg-baseline.jpg")) == nil)
        #expect(decoder.exifDateTimeOriginal(of: Fixtures.url("bad/notanimage.jpg")) == nil)
        #expect(decoder.exifDateTimeOriginal(of: Fixtures.url("images/png-rgb8.png")) == nil)
    }

    @Test(arguments: [false, true])
    func parsesBothByteOrders(_ bigEndian: Bool) throws {
        let tiff = Self.tiff(bigEndian: bigEndian, orientation: 6, date: "2020:02:29 08:15:00", offset: nil)
        let exif = try #require(tiff.withUnsafeBytes { EXIF(tiff: $0) })
        #expect(exif.orientation == .right)
        // No OffsetTimeOriginal: read as UTC.
        #expect(exif.dateTimeOriginal == Date(timeIntervalSince1970: 1_582_964_100))
        let prefixed = Array("Exif\0\0".utf8) + tiff
        #expect(prefixed.withUnsafeBytes { EXIF(tiff: $0) } == exif)
    }

    @Test func honoursOffsetTimeOriginal() throws {
        let tiff = Self.tiff(bigEndian: false, orientation: nil, date: "2020:02:29 08:15:00", offset: "-05:30")
        let exif = try #require(tiff.withUnsafeBytes { EXIF(tiff: $0) })
        #expect(exif.orientation == .up)
        #expect(exif.dateTimeOriginal == Date(timeIntervalSince1970: 1_582_964_100 + 5 * 3600 + 1800))
    }

    @Test func survivesDamagedData() {
        let good = Self.tiff(bigEndian: true, orientation: 3, date: "2020:02:29 08:15:00", offset: nil)
        // Every truncation and a few corruptions must parse or fail, never trap.
        for n in 0..<good.count {
            _ = Array(good.prefix(n)).withUnsafeBytes { EXIF(tiff: $0) }
        }
        for i in 0..<good.count {
            var bad = good
            bad[i] ^= 0xFF
            _ = bad.withUnsafeBytes { EXIF(tiff: $0) }
        }
        #expect(Array("not tiff".utf8).withUnsafeBytes { EXIF(tiff: $0) } == nil)
        #expect(EXIF.parseDate("    :  :     :  :  ", offset: nil) == nil)
        #expect(EXIF.parseDate("2020:13:01 00:00:00", offset: nil) == nil)
    }

    /// A TIFF block with IFD0 (Orientation, ExifIFDPointer) and an Exif IFD.
    static func tiff(bigEndian: Bool, orientation: Int?, date: String, offset: String?) -> [UInt8] {
        func u16(_ v: Int) -> [UInt8] {
            bigEndian ? [UInt8(v >> 8 & 0xFF), UInt8(v & 0xFF)] : [UInt8(v & 0xFF), UInt8(v >> 8 & 0xFF)]
        }
        func u32(_ v: Int) -> [UInt8] { bigEndian ? u16(v >> 16) + u16(v & 0xFFFF) : u16(v & 0xFFFF) + u16(v >> 16) }
        var ifd0: [[UInt8]] = []
        if let orientation { ifd0.append(u16(0x0112) + u16(3) + u32(1) + u16(orientation) + [0, 0]) }
        let ifd0Size = 2 + (ifd0.count + 1) * 12 + 4
        let exifStart = 8 + ifd0Size
        ifd0.append(u16(0x8769) + u16(4) + u32(1) + u32(exifStart))
        let dateBytes = Array(date.utf8) + [0]
        var exifEntries: [[UInt8]] = []
        var extra: [UInt8] = []
        let exifCount = offset == nil ? 1 : 2
        let extraStart = exifStart + 2 + exifCount * 12 + 4
        exifEntries.append(u16(0x9003) + u16(2) + u32(dateBytes.count) + u32(extraStart))
        extra += dateBytes
        if let offset {
            let bytes = Array(offset.utf8) + [0]
            exifEntries.append(u16(0x9011) + u16(2) + u32(bytes.count) + u32(extraStart + extra.count))
            extra += bytes
        }
        var out: [UInt8] = bigEndian ? Array("MM".utf8) : Array("II".utf8)
        out += u16(42) + u32(8)
        out += u16(ifd0.count) + ifd0.flatMap { $0 } + u32(0)
        out += u16(exifEntries.count) + exifEntries.flatMap { $0 } + u32(0)
        return out + extra
    }
}
