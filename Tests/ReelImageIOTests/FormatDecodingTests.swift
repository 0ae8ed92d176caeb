import Foundation
import ReelCompositor
import ReelImageIO
import ReelTestSupport
import Testing

/// What Pillow decodes for a fixture (written by scripts/make-fixtures.py).
struct PillowReference: Decodable {
    var width: Int
    var height: Int
    /// Mean R, G, B premultiplied by alpha, then mean alpha.
    var mean: [Double]
    /// `[x, y, r, g, b, a]` rows.
    var samples: [[Int]]

    static let all: [String: PillowReference] = {
        let data = try! Data(contentsOf: Fixtures.url("images/reference.json"))
        return try! JSONDecoder().decode([String: PillowReference].self, from: data)
    }()
}

@Suite("Every fixture format decodes like Pillow decodes it")
struct FormatDecodingTests {
    static let fixtureNames = PillowReference.all.keys.sorted()

    @Test(arguments: fixtureNames)
    func matchesPillow(_ name: String) throws {
        let reference = try #require(PillowReference.all[name])
        let image = try ImageDecoder().decode(Fixtures.url(name), minimumSize: nil)
        #expect(image.width == reference.width && image.height == reference.height,
                "\(name): \(image.width)x\(image.height), Pillow \(reference.width)x\(reference.height)")
        guard image.width == reference.width, image.height == reference.height else { return }

        let mean = Self.premultipliedMean(image)
        for channel in 0..<4 {
            #expect(abs(mean[channel] - reference.mean[channel]) <= 2.0,
                    "\(name): channel \(channel) mean \(mean[channel]), Pillow \(reference.mean[channel])")
        }
        for sample in reference.samples {
            let p = image.pixel(sample[0], sample[1])
            let ours = [Int(p.r), Int(p.g), Int(p.b), Int(p.a)]
            let theirs = Array(sample[2...])
            let channels = ours[3] == 0 && theirs[3] == 0 ? [3] : [0, 1, 2, 3]  // colour of invisible pixels is free
            for c in channels {
                #expect(abs(ours[c] - theirs[c]) <= 8,
                        "\(name) at (\(sample[0]), \(sample[1])): \(ours), Pillow \(theirs)")
            }
        }
    }

    @Test func probeMatchesDecodedSize() throws {
        for name in Self.fixtureNames {
            let url = Fixtures.url(name)
            let probed = try ImageDecoder().probeImageSize(url)
            let reference = try #require(PillowReference.all[name])
            #expect(probed == PixelSize(width: reference.width, height: reference.height), "\(name)")
        }
    }

    @Test func sniffsContentNotExtension() throws {
        let named = try ImageDecoder().decode(Fixtures.url("images/jpeg-named.png"), minimumSize: nil)
        let real = try ImageDecoder().decode(Fixtures.url("images/jpeg-baseline.jpg"), minimumSize: nil)
        #expect(named == real)
    }

    @Test func cmykMatchesTheRGBOriginal() throws {
        // The CMYK file was converted from the same picture as the baseline one; colours must
        // agree (an uninverted Adobe CMYK decode would come out as a negative).
        let cmyk = try ImageDecoder().decode(Fixtures.url("images/jpeg-cmyk.jpg"), minimumSize: nil)
        let rgb = try ImageDecoder().decode(Fixtures.url("images/jpeg-baseline.jpg"), minimumSize: nil)
        let a = Self.premultipliedMean(cmyk), b = Self.premultipliedMean(rgb)
        for c in 0..<3 { #expect(abs(a[c] - b[c]) < 4, "channel \(c): \(a[c]) vs \(b[c])") }
    }

    @Test func greyJPEGIsGrey() throws {
        let image = try ImageDecoder().decode(Fixtures.url("images/jpeg-grey.jpg"), minimumSize: nil)
        let p = image.pixel(image.width / 2, image.height / 2)
        #expect(p.r == p.g && p.g == p.b && p.a == 255)
    }

    @Test func gifFrameSitsAtItsOffsetWithTransparency() throws {
        // 40x30 frame at (20, 15) on an 80x60 screen: left half red, right half blue, the top
        // 4 rows transparent.
        let image = try ImageDecoder().decode(Fixtures.url("images/gif-offset.gif"), minimumSize: nil)
        #expect(image.width == 80 && image.height == 60)
        #expect(image.pixel(5, 5).a == 0)
        #expect(image.pixel(19, 30).a == 0)
        #expect(image.pixel(30, 16).a == 0)  // transparent stripe inside the frame
        #expect(image.pixel(20, 19) == (230, 30, 30, 255))
        #expect(image.pixel(59, 44) == (30, 60, 230, 255))
        #expect(image.pixel(60, 44).a == 0)
        #expect(image.pixel(59, 45).a == 0)
    }

    @Test(arguments: [("images/webp-animated.webp", "images/webp-lossless.webp"),
                      ("images/gif-animated.gif", "images/png-rgb8.png")])
    func animatedFilesGiveTheirFirstFrame(_ animated: String, _ still: String) throws {
        // The first frame is the same picture as `still`; later frames are a cat and a solid colour.
        let first = Self.premultipliedMean(try ImageDecoder().decode(Fixtures.url(animated), minimumSize: nil))
        let expected = Self.premultipliedMean(try ImageDecoder().decode(Fixtures.url(still), minimumSize: nil))
        for c in 0..<4 { #expect(abs(first[c] - expected[c]) < 4, "\(animated) channel \(c)") }
    }

    @Test func decodesTheDemoPhotos() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Fixtures.url("photos").path).sorted()
        #expect(names == ["01-astronaut.jpg", "02-rocket.jpg", "03-hubble-deep-field.jpg",
                          "04-chelsea.jpg", "05-coffee.jpg"])
        for name in names {
            let image = try ImageDecoder().decode(Fixtures.url("photos/\(name)"), minimumSize: nil)
            #expect(image.width >= 451 && image.height >= 300, "\(name)")
        }
    }

    /// Mean R, G, B premultiplied by alpha, and mean alpha, like the reference.
    static func premultipliedMean(_ image: RGBAImage) -> [Double] {
        var sums = [Double](repeating: 0, count: 4)
        image.pixels.withUnsafeBufferPointer { p in
            for i in stride(from: 0, to: p.count, by: 4) {
                let a = Double(p[i + 3])
                sums[0] += Double(p[i]) * a / 255
                sums[1] += Double(p[i + 1]) * a / 255
                sums[2] += Double(p[i + 2]) * a / 255
                sums[3] += a
            }
        }
        let n = Double(image.width * image.height)
        return sums.map { $0 / n }
    }
}
