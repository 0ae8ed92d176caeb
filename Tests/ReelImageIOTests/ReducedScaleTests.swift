import Foundation
import ReelCompositor
import ReelImageIO
import ReelTestSupport
import Testing

@Suite("Reduced-scale JPEG decoding")
struct ReducedScaleTests {
    static let hubble = Fixtures.url("photos/03-hubble-deep-field.jpg")  // 1000x872

    @Test func picksTheSmallestScaleThatCovers() throws {
        let decoder = ImageDecoder()
        // 1/4 → 250x218 covers 200x200; 1/8 (125x109) would not.
        let quarter = try decoder.decode(Self.hubble, minimumSize: PixelSize(width: 200, height: 200))
        #expect(quarter.width == 250 && quarter.height == 218)
        // 3/8 → 375x327 is the first to cover 300x300.
        let threeEighths = try decoder.decode(Self.hubble, minimumSize: PixelSize(width: 300, height: 300))
        #expect(threeEighths.width == 375 && threeEighths.height == 327)
        let eighth = try decoder.decode(Self.hubble, minimumSize: PixelSize(width: 1, height: 1))
        #expect(eighth.width == 125 && eighth.height == 109)
    }

    @Test func fullSizeWhenNoReductionCovers() throws {
        let full = try ImageDecoder().decode(Self.hubble, minimumSize: PixelSize(width: 990, height: 100))
        #expect(full.width == 1000 && full.height == 872)
        let larger = try ImageDecoder().decode(Self.hubble, minimumSize: PixelSize(width: 4000, height: 4000))
        #expect(larger.width == 1000 && larger.height == 872)
    }

    @Test func reducedPixelsLookLikeTheFullImage() throws {
        let full = try ImageDecoder().decode(Self.hubble, minimumSize: nil)
        let small = try ImageDecoder().decode(Self.hubble, minimumSize: PixelSize(width: 200, height: 200))
        let a = FormatDecodingTests.premultipliedMean(full), b = FormatDecodingTests.premultipliedMean(small)
        for c in 0..<3 { #expect(abs(a[c] - b[c]) < 2) }
    }

    @Test func minimumSizeIsUprightForTurnedPhotos() throws {
        // Stored 80x128 with orientation 6 → upright 128x80. An upright minimum of 64x40 is
        // met by the 1/2 scale (stored 40x64); comparing without swapping would need full size.
        let image = try ImageDecoder().decode(Fixtures.url("images/orientation-6.jpg"),
                                              minimumSize: PixelSize(width: 64, height: 40))
        #expect(image.width == 64 && image.height == 40)
        let red = image.pixel(2, 2)
        #expect(red.r > 180 && red.b < 80)
    }

    @Test func otherFormatsIgnoreMinimumSize() throws {
        let image = try ImageDecoder().decode(Fixtures.url("images/png-rgb8.png"), minimumSize: PixelSize(width: 8, height: 8))
        #expect(image.width == 120 && image.height == 80)
    }

    @Test func probeGivesUprightSize() throws {
        let decoder = ImageDecoder()
        #expect(try decoder.probeImageSize(Self.hubble) == PixelSize(width: 1000, height: 872))
        #expect(try decoder.probeImageSize(Fixtures.url("images/orientation-6.jpg")) == PixelSize(width: 128, height: 80))
        #expect(try decoder.probeImageSize(Fixtures.url("images/portrait.jpg")) == PixelSize(width: 284, height: 427))
        #expect(try decoder.probeImageSize(Fixtures.url("images/gif-offset.gif")) == PixelSize(width: 80, height: 60))
    }
}

@Test func freeFunctionsUseTheDefaultDecoder() throws {
    let url = Fixtures.url("images/exif-datetime-be.jpg")
    #expect(try probeImageSize(url) == ImageDecoder().probeImageSize(url))
    #expect(exifDateTimeOriginal(of: url) == ImageDecoder().exifDateTimeOriginal(of: url))
    #expect(exifDateTimeOriginal(of: url) != nil)
}
