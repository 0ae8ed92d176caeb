import Foundation
import ReelAV
import ReelCompositor

/// Synthetic test frames: a smooth gradient that moves a little each frame, plus a 64x64 luma
/// block in the top-left corner whose brightness encodes the frame index, so decoded frames can
/// be matched back to their position.
enum TestFrames {
    /// Side of the marker block, in pixels.
    static let markerSize = 64

    /// The marker brightness for frame `index` (distinct every 4 levels, cycling after 50).
    static func markerLevel(_ index: Int) -> UInt8 { UInt8(24 + (index % 50) * 4) }

    /// Frame `index` of a `width`x`height` sequence.
    static func frame(_ index: Int, width: Int, height: Int) -> YUVFrame {
        var frame = YUVFrame(width: width, height: height)
        let shift = Double(index) * 3
        for y in 0..<height {
            for x in 0..<width {
                let t = (Double(x) + shift) / Double(width) + Double(y) / Double(height)
                frame.y[x, y] = UInt8(16 + 219 * (0.5 + 0.5 * sin(t * .pi)))
            }
        }
        for y in 0..<height / 2 {
            for x in 0..<width / 2 {
                frame.u[x, y] = UInt8(16 + (224 * (x + index)) / (width / 2 + index))
                frame.v[x, y] = UInt8(16 + (224 * y) / (height / 2))
            }
        }
        let level = markerLevel(index)
        for y in 0..<min(markerSize, height) {
            for x in 0..<min(markerSize, width) { frame.y[x, y] = level }
        }
        return frame
    }

    /// The average luma inside the marker block, away from its edges.
    static func markerBrightness(of frame: YUVFrame) -> Double {
        let inset = 8
        var sum = 0, count = 0
        for y in inset..<(markerSize - inset) {
            for x in inset..<(markerSize - inset) {
                sum += Int(frame.y[x, y]); count += 1
            }
        }
        return Double(sum) / Double(count)
    }
}

/// A fresh empty folder, deleted by `remove()`.
struct ScratchFolder {
    let url: URL

    init() throws {
        LibAVInfo.logLevel = .error  // keep x264's statistics out of the test log
        url = FileManager.default.temporaryDirectory.appendingPathComponent("reel-av-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func file(_ name: String) -> URL { url.appendingPathComponent(name) }

    /// Names of everything in the folder, hidden files included.
    func contents() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
    }

    func remove() { try? FileManager.default.removeItem(at: url) }
}
