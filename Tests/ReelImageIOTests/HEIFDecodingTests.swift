import Foundation
import ReelCompositor
import ReelImageIO
import ReelTestSupport
import Testing

/// HEIC/AVIF fixtures written by scripts/make-color-fixtures.py from `color/srgb.png`.
@Suite("HEIF (HEIC, AVIF) decoding")
struct HEIFDecodingTests {
    static let decoder = ImageDecoder()

    static func source() throws -> RGBAImage {
        try decoder.decode(Fixtures.url("color/srgb.png"), minimumSize: nil)
    }

    /// The top-left `width`×`height` of `image`.
    static func crop(_ image: RGBAImage, width: Int, height: Int) -> RGBAImage {
        var pixels: [UInt8] = []
        for y in 0..<height {
            let start = y * image.width * 4
            pixels += image.pixels[start..<start + width * 4]
        }
        return RGBAImage(width: width, height: height, pixels: pixels)
    }

    @Test(arguments: ["heif/heic-8bit.heic", "heif/heic-10bit.heic", "heif/avif-8bit.avif",
                      "heif/heic-irot-6.heic", "heif/heic-irot-6-exif-6.heic"])
    func decodesLikeTheSource(_ name: String) throws {
        let source = try Self.source()
        let image = try Self.decoder.decode(Fixtures.url(name), minimumSize: nil)
        #expect(image.width == 160 && image.height == 120, "\(name): \(image.width)x\(image.height)")
        guard image.width == source.width, image.height == source.height else { return }
        let quality = rgbPSNR(image, source)
        #expect(quality > 30, "\(name): PSNR \(quality) dB against the source")
        #expect(image.pixels.enumerated().allSatisfy { $0.offset % 4 != 3 || $0.element == 255 }, "\(name): opaque")
    }

    @Test func containerRotationIsAppliedOnceAndEXIFOrientationIgnored() throws {
        // Both files store the picture turned a quarter left with irot for orientation 6; the
        // second also carries EXIF orientation 6. Applying EXIF on top would turn it again.
        let once = try Self.decoder.decode(Fixtures.url("heif/heic-irot-6.heic"), minimumSize: nil)
        let withEXIF = try Self.decoder.decode(Fixtures.url("heif/heic-irot-6-exif-6.heic"), minimumSize: nil)
        #expect(withEXIF.width == 160 && withEXIF.height == 120)
        #expect(try Self.decoder.probeImageSize(Fixtures.url("heif/heic-irot-6-exif-6.heic"))
            == PixelSize(width: 160, height: 120))
        #expect(rgbPSNR(once, withEXIF) > 40)
        // The EXIF block is still read for the capture date.
        let date = try #require(Self.decoder.exifDateTimeOriginal(of: Fixtures.url("heif/heic-irot-6-exif-6.heic")))
        #expect(date == ISO8601DateFormatter().date(from: "2022-07-01T09:15:00+02:00"))
    }

    @Test func tiledGridIsAssembledAndCropped() throws {
        // Four 80x64 tiles, as a phone writes 512x512 ones, cropped to the grid's 160x120.
        let image = try Self.decoder.decode(Fixtures.url("heif/heic-grid-2x2.heic"), minimumSize: nil)
        #expect(image.width == 160 && image.height == 120)
        #expect(try Self.decoder.probeImageSize(Fixtures.url("heif/heic-grid-2x2.heic")) == PixelSize(width: 160, height: 120))
        guard image.width == 160, image.height == 120 else { return }
        let source = try Self.source()
        #expect(rgbPSNR(image, source) > 30)
        // Each quarter holds its own part of the picture (a swapped tile would fail this).
        for (x, y) in [(40, 30), (120, 30), (40, 100), (120, 100)] {
            let a = image.pixel(x, y), b = source.pixel(x, y)
            let dr = abs(Int(a.r) - Int(b.r)), dg = abs(Int(a.g) - Int(b.g)), db = abs(Int(a.b) - Int(b.b))
            let difference = dr + dg + db
            #expect(difference < 60, "at (\(x), \(y))")
        }
    }

    @Test func gridImageDecodesToItsFullSize() throws {
        let image = try Self.decoder.decode(Fixtures.url("heif/heic-grid-159x119.heic"), minimumSize: nil)
        #expect(image.width == 159 && image.height == 119)
        guard image.width == 159, image.height == 119 else { return }
        #expect(rgbPSNR(image, Self.crop(try Self.source(), width: 159, height: 119)) > 30)
    }

    @Test(arguments: ["heif/heic-alpha.heic", "heif/heic-alpha-premultiplied.heic"])
    func alphaIsKept(_ name: String) throws {
        // The second file stores colour premultiplied by alpha and says so: it comes out straight.
        let image = try Self.decoder.decode(Fixtures.url(name), minimumSize: nil)
        #expect(image.width == 160 && image.height == 120)
        guard image.width == 160, image.height == 120 else { return }
        // The same ramp as make-fixtures.py's with_alpha: 40…255 left to right, bottom 8 rows clear.
        var worst = 0
        for y in [0, 50, 111, 115, 119] {
            for x in stride(from: 0, to: 160, by: 7) {
                let expected = y < 112 ? min(255, 40 + x * 215 / 159) : 0
                worst = max(worst, abs(Int(image.pixel(x, y).a) - expected))
            }
        }
        #expect(worst <= 12, "alpha differs by up to \(worst)")
        let opaqueColour = Self.crop(image, width: 160, height: 100)
        var source = Self.crop(try Self.source(), width: 160, height: 100)
        for i in stride(from: 3, to: source.pixels.count, by: 4) { source.pixels[i] = opaqueColour.pixels[i] }
        let quality = rgbPSNR(opaqueColour, source)
        #expect(quality > 28, "\(name): PSNR \(quality) dB")
    }

    @Test func sizeLimitsAreCheckedFromTheHeader() throws {
        let tight = ImageDecoder(limits: ImageLimits(maxPixels: 10_000))
        let error = try #require(throws: ImageDecodeError.self) {
            try tight.decode(Fixtures.url("heif/heic-8bit.heic"), minimumSize: nil)
        }
        #expect(error.kind == .tooManyPixels)
        #expect(error.description.contains("heic-8bit.heic is 160x120"))
    }

    @Test(arguments: ["bad/truncated.heic", "bad/garbage-after-ftyp.heic"])
    func damagedFilesAreRefusedNamingTheFile(_ name: String) throws {
        let url = Fixtures.url(name)
        let error = try #require(throws: ImageDecodeError.self) {
            try Self.decoder.decode(url, minimumSize: nil)
        }
        #expect(error.kind == .truncatedOrCorrupt)
        #expect(error.description.hasPrefix("\(url.path) is truncated or corrupt (HEIF: "))
        #expect(!error.description.contains("\n") && error.description.hasSuffix("). Re-export the photo."))
    }
}
