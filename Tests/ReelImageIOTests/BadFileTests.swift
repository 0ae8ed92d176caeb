import Foundation
import ReelCompositor
import ReelImageIO
import ReelTestSupport
import Testing

@Suite("Refused files")
struct BadFileTests {
    static let cases: [(String, ImageDecodeError.Kind)] = [
        ("bad/zero-bytes.jpg", .empty),
        ("bad/truncated.jpg", .truncatedOrCorrupt),
        ("bad/truncated.png", .truncatedOrCorrupt),
        ("bad/truncated.webp", .truncatedOrCorrupt),
        ("bad/truncated.gif", .truncatedOrCorrupt),
        ("bad/notanimage.jpg", .unsupportedType),
        ("bad/unsupported.bmp", .unsupportedType),
        ("bad/unsupported.tiff", .unsupportedType),
        ("bad/huge-dimensions.png", .tooManyPixels),
        ("bad/no-such-file.jpg", .unreadable),
        // Found by fuzzing: a header libjpeg accepts with a warning but no size; an IHDR whose
        // width times height overflows Int.
        ("fuzz/jpeg/crash-truncated-app2-no-size.jpg", .truncatedOrCorrupt),
        ("fuzz/png/crash-ihdr-size-overflow.png", .tooManyPixels),
    ]

    @Test(arguments: cases)
    func throwsNamingTheFile(_ name: String, _ kind: ImageDecodeError.Kind) throws {
        let url = Fixtures.url(name)
        let error = try #require(throws: ImageDecodeError.self) {
            try ImageDecoder().decode(url, minimumSize: nil)
        }
        #expect(error.kind == kind)
        #expect(error.path == url.path)
        #expect(error.description.contains(url.lastPathComponent))
        #expect(error.description.split(separator: "\n").count <= 2)
    }

    @Test func messagesSayWhatToDo() throws {
        func message(_ name: String, limits: ImageLimits = .default) -> String {
            do {
                _ = try ImageDecoder(limits: limits).decode(Fixtures.url(name), minimumSize: nil)
                return "decoded"
            } catch {
                return String(describing: error)
            }
        }
        let root = Fixtures.root.path
        #expect(message("bad/zero-bytes.jpg").hasPrefix("\(root)/bad/zero-bytes.jpg is empty (0 bytes)."))
        #expect(message("bad/unsupported.bmp")
            == "\(root)/bad/unsupported.bmp: unsupported image type BMP (accepted: JPEG, PNG, WebP, GIF, HEIC/HEIF/AVIF). Convert it to JPEG or PNG.")
        #expect(message("bad/notanimage.jpg")
            == "\(root)/bad/notanimage.jpg: unsupported image type (accepted: JPEG, PNG, WebP, GIF, HEIC/HEIF/AVIF). Convert it to JPEG or PNG.")
        #expect(message("bad/truncated.jpg")
            == "\(root)/bad/truncated.jpg is truncated or corrupt (JPEG: Premature end of JPEG file). Re-export the photo.")
        #expect(message("bad/huge-dimensions.png")
            == "\(root)/bad/huge-dimensions.png is 20000x20000 (400 megapixels); the limit is 100 megapixels. Downscale it first.")
        #expect(message("photos/05-coffee.jpg", limits: ImageLimits(maxFileBytes: 50_000))
            .hasSuffix("05-coffee.jpg is 72 KB; the limit is 50 KB. Re-export it at a smaller size."))
        #expect(message("photos/03-hubble-deep-field.jpg", limits: ImageLimits(maxPixels: 500_000))
            .hasSuffix("is 1000x872 (0.9 megapixels); the limit is 0.5 megapixels. Downscale it first."))
    }

    @Test func hugeDimensionsAreRefusedFromTheHeader() throws {
        // 20000x20000 would need 1.6 GB of RGBA; the refusal must come before any of it.
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            #expect(throws: ImageDecodeError.self) {
                try ImageDecoder().decode(Fixtures.url("bad/huge-dimensions.png"), minimumSize: nil)
            }
            #expect(throws: ImageDecodeError.self) {
                try ImageDecoder().probeImageSize(Fixtures.url("bad/huge-dimensions.png"))
            }
        }
        #expect(elapsed < .milliseconds(500))
    }

    @Test func limitsApplyToEveryFormat() throws {
        let tight = ImageDecoder(limits: ImageLimits(maxPixels: 1000))
        for name in ["images/jpeg-baseline.jpg", "images/png-rgba.png", "images/webp-lossy.webp",
                     "images/webp-animated.webp", "images/gif-static.gif"] {
            let error = try #require(throws: ImageDecodeError.self) {
                try tight.decode(Fixtures.url(name), minimumSize: nil)
            }
            #expect(error.kind == .tooManyPixels, "\(name)")
        }
        let small = ImageDecoder(limits: ImageLimits(maxFileBytes: 100))
        let error = try #require(throws: ImageDecodeError.self) {
            try small.decode(Fixtures.url("images/jpeg-baseline.jpg"), minimumSize: nil)
        }
        #expect(error.kind == .fileTooLarge)
    }

    @Test func defaultLimits() {
        #expect(ImageLimits.default.maxFileBytes == 200_000_000)
        #expect(ImageLimits.default.maxPixels == 100_000_000)
    }
}
