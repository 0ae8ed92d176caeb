import Foundation
import ReelCompositor
@_spi(Testing) import ReelImageIO
import ReelTestSupport
import Testing

/// HEIC pictures go through libavcodec's HEVC decoder (a libheif plugin) with libde265 as the
/// fallback; both must give the same pixels.
@Suite("HEVC decoders for HEIC")
struct HEVCDecoderTests {
    static let decoder = ImageDecoder()
    static let heics = ["heif/heic-8bit.heic", "heif/heic-10bit.heic", "heif/heic-alpha.heic",
                        "heif/heic-alpha-premultiplied.heic", "heif/heic-grid-2x2.heic",
                        "heif/heic-grid-159x119.heic", "heif/heic-irot-6.heic", "heif/heic-nclx-p3.heic",
                        "heif/heic-prophoto.heic"]

    @Test func libavcodecIsRegistered() throws {
        _ = try Self.decoder.decode(Fixtures.url("heif/heic-8bit.heic"), minimumSize: nil)
        #expect(HEVCDecoding.libavcodecIsAvailable)
    }

    @Test(arguments: heics)
    func libavcodecDecodesWhatLibde265Decodes(_ name: String) throws {
        let url = Fixtures.url(name)
        let before = HEVCDecoding.libavcodecPictures
        // No second try: a picture libavcodec refused (alpha included) fails the test.
        let viaLibavcodec = try HEVCDecoding.libavcodecOnly.during { try Self.decoder.decode(url, minimumSize: nil) }
        // Other tests decode concurrently, so only an increase is certain.
        #expect(HEVCDecoding.libavcodecPictures > before, "\(name): libavcodec decoded nothing")
        let viaLibde265 = try HEVCDecoding.libde265.during { try Self.decoder.decode(url, minimumSize: nil) }
        #expect(viaLibavcodec.width == viaLibde265.width && viaLibavcodec.height == viaLibde265.height)
        guard viaLibavcodec.width == viaLibde265.width, viaLibavcodec.height == viaLibde265.height else { return }
        // HEVC decoding is exact: any difference is a bug in handing the picture to libheif.
        let quality = rgbPSNR(viaLibavcodec, viaLibde265)
        #expect(quality > 60, "\(name): PSNR \(quality) dB between the decoders")
        let alphaEqual = stride(from: 3, to: viaLibavcodec.pixels.count, by: 4)
            .allSatisfy { viaLibavcodec.pixels[$0] == viaLibde265.pixels[$0] }
        #expect(alphaEqual, "\(name): alpha differs")
    }

    /// 8-bit pictures without alpha: no colour profile (the stream's own matrix and range),
    /// grids (tiles on libheif's threads, and an odd size), rotation, an nclx P3 4:4:4 picture,
    /// an ICC 4:4:4 picture, and a BT.709 limited-range nclx picture.
    static let rgbHandOvers = ["heif/heic-8bit.heic", "heif/heic-grid-2x2.heic", "heif/heic-grid-159x119.heic",
                               "heif/heic-irot-6.heic", "heif/heic-nclx-p3.heic", "heif/heic-prophoto.heic",
                               "heif/heic-nclx-709-limited.heic"]

    @Test(arguments: rgbHandOvers)
    func libavcodecHandsOverRGBIdenticalToLibheifsOwnConversion(_ name: String) throws {
        let url = Fixtures.url(name)
        let before = HEVCDecoding.libavcodecRGBPictures
        // As Reel decodes (grid tiles on libheif's threads), then on this thread alone.
        let automatic = try Self.decoder.decode(url, minimumSize: nil)
        let alone = try HEVCDecoding.libavcodecOnly.during { try Self.decoder.decode(url, minimumSize: nil) }
        // Other tests decode concurrently, so only an increase is certain.
        #expect(HEVCDecoding.libavcodecRGBPictures >= before + 2, "\(name): libavcodec handed over no RGB picture")
        // libde265's pictures reach libheif as YCbCr and libheif converts them: the same
        // arithmetic on the same samples must give the very same bytes.
        let reference = try HEVCDecoding.libde265.during { try Self.decoder.decode(url, minimumSize: nil) }
        #expect(automatic.width == reference.width && automatic.height == reference.height)
        #expect(differingSamples(automatic, reference) == 0, "\(name): as Reel decodes")
        #expect(differingSamples(alone, reference) == 0, "\(name): on one thread")
    }

    @Test func theLimitedRangeFixtureIsReadWithItsOwnMatrixAndRange() throws {
        // Read as full-range BT.601 (libheif's default), the picture would come out washed out
        // and shifted; against the original it is close only with BT.709 limited range.
        let decoded = try Self.decoder.decode(Fixtures.url("heif/heic-nclx-709-limited.heic"), minimumSize: nil)
        let original = try Self.decoder.decode(Fixtures.url("heif/heic-8bit.heic"), minimumSize: nil)
        #expect(rgbPSNR(decoded, original) > 30)
    }

    @Test(arguments: ["heif/heic-8bit.heic", "heif/heic-10bit.heic", "heif/heic-alpha.heic", "heif/heic-grid-2x2.heic"])
    func aPictureLibavcodecRefusesIsDecodedByLibde265(_ name: String) throws {
        let url = Fixtures.url(name)
        let fallback = try HEVCDecoding.failingLibavcodec.during { try Self.decoder.decode(url, minimumSize: nil) }
        let reference = try HEVCDecoding.libde265.during { try Self.decoder.decode(url, minimumSize: nil) }
        #expect(fallback.width == reference.width && fallback.height == reference.height)
        #expect(fallback.pixels == reference.pixels, "\(name): the fallback decoded other pixels")
    }

    @Test func damagedFilesStillFailCleanlyAfterTheFallback() throws {
        // Both decoders refuse these; the error is the same clear one as before.
        for name in ["bad/truncated.heic", "bad/garbage-after-ftyp.heic"] {
            let error = try #require(throws: ImageDecodeError.self) {
                try Self.decoder.decode(Fixtures.url(name), minimumSize: nil)
            }
            #expect(error.kind == .truncatedOrCorrupt)
        }
    }
}

/// How many colour samples of two same-sized images differ.
private func differingSamples(_ a: RGBAImage, _ b: RGBAImage) -> Int {
    guard a.pixels.count == b.pixels.count else { return max(a.pixels.count, b.pixels.count) }
    return zip(a.pixels, b.pixels).reduce(0) { $0 + ($1.0 == $1.1 ? 0 : 1) }
}
