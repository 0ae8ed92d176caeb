import Testing
@testable import ReelCompositor

@Suite struct ColorTests {
    @Test(arguments: [
        // (r, g, b) → BT.709 limited-range (Y, Cb, Cr), the values every BT.709 reference gives.
        ((255, 255, 255), (235, 128, 128)),
        ((0, 0, 0), (16, 128, 128)),
        ((255, 0, 0), (63, 102, 240)),
        ((0, 255, 0), (173, 42, 26)),
        ((0, 0, 255), (32, 240, 118)),
        ((128, 128, 128), (126, 128, 128)),
    ])
    func bt709LimitedRange(rgb: (Int, Int, Int), yuv: (Int, Int, Int)) {
        let img = RGBAImage(width: 2, height: 2, fill: (UInt8(rgb.0), UInt8(rgb.1), UInt8(rgb.2), 255))
        let f = BT709.yuv(from: img)
        #expect(abs(Int(f.y[0, 0]) - yuv.0) <= 1)
        #expect(abs(Int(f.u[0, 0]) - yuv.1) <= 1)
        #expect(abs(Int(f.v[0, 0]) - yuv.2) <= 1)
        let back = BT709.rgba(from: f).pixel(1, 1)
        #expect(abs(Int(back.r) - rgb.0) <= 2 && abs(Int(back.g) - rgb.1) <= 2 && abs(Int(back.b) - rgb.2) <= 2)
    }
}
