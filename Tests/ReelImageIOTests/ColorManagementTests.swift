import Foundation
import ReelCompositor
import ReelImageIO
import ReelTestSupport
import Testing

/// Fixtures written by scripts/make-color-fixtures.py: `color/srgb.png` converted into other
/// colour spaces with the profile embedded. Decoded, each must look like the sRGB original.
/// (Ignoring the profiles, the mean ΔE is 22 for ProPhoto, 9.4–9.6 for Adobe RGB, 8.2 for
/// Display P3, 10.5 for the CMYK file and 11 for the grey ones: see the script's report.)
@Suite("Embedded colour profiles are converted to sRGB")
struct ColorManagementTests {
    static let decoder = ImageDecoder()

    static func decode(_ name: String) throws -> RGBAImage {
        try decoder.decode(Fixtures.url(name), minimumSize: nil)
    }

    @Test(arguments: ["color/prophoto.jpg", "color/prophoto.png", "color/prophoto.webp",
                      "color/adobergb.jpg", "color/adobergb.png", "color/adobergb.webp",
                      "color/png-chrm-adobergb.png", "heif/heic-prophoto.heic",
                      "heif/heic-nclx-p3.heic", "heif/avif-nclx-p3.avif"])
    func wideGamutLooksLikeTheSRGBOriginal(_ name: String) throws {
        let original = try Self.decode("color/srgb.png")
        let image = try Self.decode(name)
        let difference = meanDeltaE(image, original)
        #expect(difference < 2.5, "\(name): mean ΔE \(difference)")
    }

    @Test func alphaPassesThroughTheTransform() throws {
        let image = try Self.decode("color/adobergb-alpha.png")
        let original = try Self.decode("color/srgb.png")
        #expect(image.width == original.width && image.height == original.height)
        guard image.width == original.width, image.height == original.height else { return }
        // make-fixtures.py's ramp: 40…255 left to right, the bottom 8 rows clear.
        var alphaOK = true
        for y in 0..<image.height {
            for x in 0..<image.width {
                let expected = y < image.height - 8 ? min(255, 40 + x * 215 / (image.width - 1)) : 0
                if Int(image.pixel(x, y).a) != expected { alphaOK = false }
            }
        }
        #expect(alphaOK)
        var opaqueOriginal = original
        for i in stride(from: 3, to: opaqueOriginal.pixels.count, by: 4) { opaqueOriginal.pixels[i] = image.pixels[i] }
        let difference = meanDeltaE(image, opaqueOriginal)
        #expect(difference < 2.5, "mean ΔE \(difference) where alpha ≥ 128")
    }

    @Test func cmykWithItsProfile() throws {
        // Two APP2 chunks (an 80 KB profile): joined in order, then inverted CMYK → sRGB
        // through it. Exactly what littleCMS makes of the file through Pillow (written by the
        // fixture script), and close to the sRGB original the CMYK was made from.
        let image = try Self.decode("color/cmyk-profile.jpg")
        let difference = meanDeltaE(image, try Self.decode("color/cmyk-profile-lcms.png"))
        #expect(difference < 1, "mean ΔE \(difference) against littleCMS")
        let fromOriginal = meanDeltaE(image, try Self.decode("color/srgb.png"))
        #expect(fromOriginal < 2.5, "mean ΔE \(fromOriginal) against the sRGB original")
        #expect(image.pixels.enumerated().allSatisfy { $0.offset % 4 != 3 || $0.element == 255 })
    }

    @Test(arguments: ["color/grey-gamma15.jpg", "color/grey-gamma15.png"])
    func greyWithAGreyProfile(_ name: String) throws {
        let image = try Self.decode(name)
        let difference = meanDeltaE(image, try Self.decode("color/grey-srgb.png"))
        #expect(difference < 2.5, "\(name): mean ΔE \(difference)")
        #expect(image.pixels.enumerated().allSatisfy { $0.offset % 4 != 0 || image.pixels[$0.offset + 1] == $0.element })
    }

    @Test func anSRGBProfileChangesNothing() throws {
        // The sRGB profile many cameras embed is recognised: no transform, identical pixels.
        #expect(try Self.decode("color/srgb-profile.jpg") == Self.decode("color/srgb-no-profile.jpg"))
    }

    @Test func aBrokenProfileIsTreatedAsSRGB() throws {
        let image = try Self.decode("color/broken-profile.jpg")
        #expect(rgbPSNR(image, try Self.decode("color/srgb-no-profile.jpg")) > 40)
    }

    @Test func transformsAreBuiltOncePerProfile() async throws {
        // Decode the Adobe RGB JPEG from several tasks at once: one transform, built once.
        try await withThrowingTaskGroup(of: RGBAImage.self) { group in
            for _ in 0..<6 { group.addTask { try Self.decode("color/adobergb.jpg") } }
            var results: [RGBAImage] = []
            for try await image in group { results.append(image) }
            #expect(Set(results.map(\.pixels)).count == 1)
        }
        _ = try Self.decode("color/adobergb.png")  // the same profile bytes: the same transform
        _ = try Self.decode("color/adobergb.webp")
        #expect(ColorManagement.builds(ofRGBProfile: try Self.webpICCP("color/adobergb.webp")) == 1)
    }

    /// The raw `ICCP` chunk of a WebP file.
    static func webpICCP(_ name: String) throws -> [UInt8] {
        let bytes = [UInt8](try Data(contentsOf: Fixtures.url(name)))
        var pos = 12
        while pos + 8 <= bytes.count {
            let length = Int(bytes[pos + 4]) | Int(bytes[pos + 5]) << 8 | Int(bytes[pos + 6]) << 16 | Int(bytes[pos + 7]) << 24
            if bytes[pos..<pos + 4].elementsEqual("ICCP".utf8) { return Array(bytes[pos + 8..<pos + 8 + length]) }
            pos += 8 + length + (length & 1)
        }
        throw ProbeError("\(name) has no ICCP chunk")
    }
}
