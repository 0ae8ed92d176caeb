import Foundation
import ReelCompositor
@testable import ReelImageIO
import ReelTestSupport
import Testing

@Suite("EXIF orientation")
struct OrientationTests {
    /// The picture every orientation fixture shows once upright: 128x80, red square top-left,
    /// blue square top-right.
    static let upright = try! ImageDecoder().decode(Fixtures.url("images/orientation-upright.png"), minimumSize: nil)

    @Test(arguments: 1...8)
    func jpegTurnsUpright(_ orientation: Int) throws {
        let image = try ImageDecoder().decode(Fixtures.url("images/orientation-\(orientation).jpg"), minimumSize: nil)
        try Self.expectUpright(image, "orientation \(orientation)")
    }

    @Test(arguments: ["images/png-exif-orientation-6.png", "images/webp-exif-orientation-8.webp"])
    func pngAndWebPMetadataTurnUpright(_ name: String) throws {
        let image = try ImageDecoder().decode(Fixtures.url(name), minimumSize: nil)
        try Self.expectUpright(image, name)
    }

    @Test(arguments: Orientation.allCases)
    func applyMatchesTheEXIFDefinition(_ orientation: Orientation) {
        // A 3x2 image whose pixel values are their stored coordinates.
        let w = 3, h = 2
        var pixels = [UInt8]()
        for y in 0..<h { for x in 0..<w { pixels += [UInt8(x), UInt8(y), 0, 255] } }
        let out = orientation.apply(to: RGBAImage(width: w, height: h, pixels: pixels))
        #expect(out.width == (orientation.swapsAxes ? h : w))
        // EXIF: where the stored row 0 and column 0 end up visually.
        for v in 0..<out.height {
            for u in 0..<out.width {
                let (x, y): (Int, Int) = switch orientation {
                case .up: (u, v)
                case .upMirrored: (w - 1 - u, v)
                case .down: (w - 1 - u, h - 1 - v)
                case .downMirrored: (u, h - 1 - v)
                case .leftMirrored: (v, u)
                case .right: (v, h - 1 - u)
                case .rightMirrored: (w - 1 - v, h - 1 - u)
                case .left: (w - 1 - v, u)
                }
                let p = out.pixel(u, v)
                #expect(Int(p.r) == x && Int(p.g) == y, "\(orientation) at (\(u), \(v))")
            }
        }
    }

    @Test func largeImagesTurnWithoutLosingPixels() {
        // Bigger than a 64-pixel tile in both directions, with ragged edges.
        let w = 150, h = 97
        var pixels = [UInt8](repeating: 0, count: w * h * 4)
        for i in 0..<(w * h) { pixels[i * 4] = UInt8(i & 0xFF); pixels[i * 4 + 1] = UInt8(i >> 8); pixels[i * 4 + 3] = 255 }
        let image = RGBAImage(width: w, height: h, pixels: pixels)
        // Each orientation applied to itself the right number of times returns the original.
        #expect(Orientation.right.apply(to: Orientation.left.apply(to: image)) == image)
        #expect(Orientation.leftMirrored.apply(to: Orientation.leftMirrored.apply(to: image)) == image)
        #expect(Orientation.rightMirrored.apply(to: Orientation.rightMirrored.apply(to: image)) == image)
        #expect(Orientation.down.apply(to: Orientation.down.apply(to: image)) == image)
        let quarter = Orientation.right.apply(to: image)
        #expect(Orientation.right.apply(to: quarter) == Orientation.down.apply(to: image))
    }

    static func expectUpright(_ image: RGBAImage, _ label: String) throws {
        let reference = upright
        try #require(image.width == reference.width && image.height == reference.height,
                     "\(label): \(image.width)x\(image.height)")
        let red = image.pixel(5, 5), blue = image.pixel(image.width - 6, 5)
        #expect(red.r > 180 && red.b < 80, "\(label): top-left \(red)")
        #expect(blue.b > 180 && blue.r < 80, "\(label): top-right \(blue)")
        var total = 0
        for i in 0..<image.pixels.count { total += abs(Int(image.pixels[i]) - Int(reference.pixels[i])) }
        let meanError = Double(total) / Double(image.pixels.count)
        #expect(meanError < 3, "\(label): mean difference \(meanError) from the upright picture")
    }
}
