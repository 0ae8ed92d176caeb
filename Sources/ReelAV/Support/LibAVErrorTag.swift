/// libav's `FFERRTAG` error codes, which the shim does not re-export.
enum LibAVErrorTag {
    static let invalidData = tag(0x49, 0x4E, 0x44, 0x41)     // 'INDA'
    static let streamNotFound = tag(0xF8, 0x53, 0x54, 0x52) // 0xF8 'STR'
    static let decoderNotFound = tag(0xF8, 0x44, 0x45, 0x43) // 0xF8 'DEC'

    private static func tag(_ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: UInt32) -> Int32 {
        -Int32(bitPattern: a | b << 8 | c << 16 | d << 24)
    }
}
