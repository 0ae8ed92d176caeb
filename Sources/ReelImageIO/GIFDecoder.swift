internal import CGIF
import ReelCompositor

/// GIF through giflib: the first frame, placed at its offset on the logical screen, with
/// its transparent colour (from the graphics control block) as alpha 0. Later frames are
/// never read.
enum GIFDecoder: FormatDecoder {
    static func readHeader(_ bytes: UnsafeRawBufferPointer) throws -> ImageHeader {
        // "GIF89a", then the logical screen width and height, little-endian.
        guard bytes.count >= 13 else { throw FormatFailure(message: "missing screen descriptor") }
        let size = PixelSize(width: Int(bytes[6]) | Int(bytes[7]) << 8, height: Int(bytes[8]) | Int(bytes[9]) << 8)
        guard size.width > 0, size.height > 0 else { throw FormatFailure(message: "zero screen size") }
        return ImageHeader(storedSize: size, exif: nil)
    }

    static func decode(_ bytes: UnsafeRawBufferPointer, header: ImageHeader,
                       minimumStoredSize: PixelSize?) throws -> DecodedPixels {
        let file = try GIFFile(bytes)
        let screen = header.storedSize
        var transparent = NO_TRANSPARENT_COLOR
        while true {
            var record = UNDEFINED_RECORD_TYPE
            try file.check(DGifGetRecordType(file.gif, &record))
            switch record {
            case EXTENSION_RECORD_TYPE:
                var code: Int32 = 0
                var block: UnsafeMutablePointer<GifByteType>?
                try file.check(DGifGetExtension(file.gif, &code, &block))
                if code == GRAPHICS_EXT_FUNC_CODE, let block {
                    var control = GraphicsControlBlock()
                    if DGifExtensionToGCB(Int(block[0]), block + 1, &control) == GIF_OK {
                        transparent = control.TransparentColor
                    }
                }
                while block != nil { try file.check(DGifGetExtensionNext(file.gif, &block)) }
            case IMAGE_DESC_RECORD_TYPE:
                try file.check(DGifGetImageDesc(file.gif))
                let pixels = try firstFrame(file, screen: screen, transparent: Int(transparent))
                return DecodedPixels(image: RGBAImage(width: screen.width, height: screen.height, pixels: pixels))
            case TERMINATE_RECORD_TYPE:
                throw FormatFailure(message: "no image in the file")
            default:
                throw FormatFailure(message: "unexpected record")
            }
        }
    }

    /// Reads the current image's rows and places them on a transparent screen.
    private static func firstFrame(_ file: GIFFile, screen: PixelSize, transparent: Int) throws -> [UInt8] {
        let desc = file.gif.pointee.Image
        guard let colorMap = desc.ColorMap ?? file.gif.pointee.SColorMap else {
            throw FormatFailure(message: "no colour table")
        }
        // Palette as RGBA words in memory order; indexes past the table are opaque black.
        var palette = [UInt32](repeating: UInt32(littleEndian: 0xFF00_0000), count: 256)
        let colors = UnsafeBufferPointer(start: colorMap.pointee.Colors, count: Int(min(colorMap.pointee.ColorCount, 256)))
        for (i, c) in colors.enumerated() {
            palette[i] = UInt32(littleEndian: UInt32(c.Red) | UInt32(c.Green) << 8 | UInt32(c.Blue) << 16 | 0xFF00_0000)
        }
        if (0..<256).contains(transparent) { palette[transparent] = 0 }

        let width = Int(desc.Width), height = Int(desc.Height)
        let left = Int(desc.Left), top = Int(desc.Top)
        guard width > 0, height > 0 else { throw FormatFailure(message: "empty frame") }
        var pixels = [UInt8](repeating: 0, count: screen.width * screen.height * 4)
        var line = [GifPixelType](repeating: 0, count: width)
        let xStart = max(0, -left), xEnd = min(width, screen.width - left)
        try pixels.withUnsafeMutableBytes { raw in
            let out = raw.bindMemory(to: UInt32.self)
            try palette.withUnsafeBufferPointer { palette in
                for y in rowOrder(height: height, interlaced: desc.Interlace) {
                    try line.withUnsafeMutableBufferPointer { line in
                        try file.check(DGifGetLine(file.gif, line.baseAddress, Int32(width)))
                        let sy = top + y
                        guard sy >= 0, sy < screen.height, xStart < xEnd else { return }
                        let row = sy * screen.width + left
                        for x in xStart..<xEnd { out[row + x] = palette[Int(line[x])] }
                    }
                }
            }
        }
        return pixels
    }

    /// Frame rows in the order they are stored: sequential, or the four interlace passes.
    private static func rowOrder(height: Int, interlaced: Bool) -> [Int] {
        guard interlaced else { return Array(0..<height) }
        return [(0, 8), (4, 8), (2, 4), (1, 2)].flatMap { start, step in Array(stride(from: start, to: height, by: step)) }
    }
}

/// One giflib decoder reading from memory; closed with this object.
private final class GIFFile {
    /// Where giflib's read callback takes bytes from.
    private final class Source {
        let bytes: UnsafeRawBufferPointer
        var offset = 0
        init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }
    }

    let gif: UnsafeMutablePointer<GifFileType>
    private let source: Source

    init(_ bytes: UnsafeRawBufferPointer) throws {
        source = Source(bytes)
        var error: Int32 = 0
        let opened = DGifOpen(Unmanaged.passUnretained(source).toOpaque(), { gif, destination, length in
            guard let gif, let destination, length > 0 else { return 0 }
            let source = Unmanaged<Source>.fromOpaque(gif.pointee.UserData).takeUnretainedValue()
            let n = min(Int(length), source.bytes.count - source.offset)
            guard n > 0 else { return 0 }
            UnsafeMutableRawPointer(destination).copyMemory(from: source.bytes.baseAddress! + source.offset, byteCount: n)
            source.offset += n
            return Int32(n)
        }, &error)
        guard let opened else { throw FormatFailure(message: Self.message(error)) }
        gif = opened
    }

    deinit {
        var error: Int32 = 0
        DGifCloseFile(gif, &error)
    }

    /// The one funnel from a giflib result (`GIF_OK` or `GIF_ERROR`) to an error.
    func check(_ rc: Int32) throws {
        guard rc != GIF_OK else { return }
        throw FormatFailure(message: Self.message(gif.pointee.Error))
    }

    private static func message(_ code: Int32) -> String {
        GifErrorString(code).map { String(cString: $0) } ?? "GIF error \(code)"
    }
}
