import Foundation
import ReelCompositor
import ReelImageIO
import ReelTestSupport
import Testing

/// The in-memory entry point the fuzz targets use must decode exactly as the file path does.
@Suite("Decoding from memory")
struct MemoryDecodeTests {
    @Test(arguments: ["images/orientation-6.jpg", "images/png-rgba.png", "images/webp-lossy.webp",
                      "images/gif-static.gif", "heif/heic-irot-6.heic", "color/adobergb.jpg"])
    func sameImageAsFromTheFile(_ name: String) throws {
        let url = Fixtures.url(name)
        let fromFile = try ImageDecoder().decode(url)
        let fromMemory = try ImageDecoder().decode(data: try Data(contentsOf: url), named: url)
        #expect(fromMemory == fromFile)
    }

    @Test func memoryInputsHaveTheFileLimits() throws {
        let url = Fixtures.url("images/png-rgba.png")
        let data = try Data(contentsOf: url)
        let small = ImageDecoder(limits: ImageLimits(maxFileBytes: data.count - 1))
        let error = try #require(throws: ImageDecodeError.self) { try small.decode(data: data, named: url) }
        #expect(error.kind == .fileTooLarge)
        let empty = try #require(throws: ImageDecodeError.self) { try ImageDecoder().decode(data: Data(), named: url) }
        #expect(empty.kind == .empty)
        #expect(empty.path == url.path)
    }
}
