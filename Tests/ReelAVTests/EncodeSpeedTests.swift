import Foundation
import ReelAV
import ReelCompositor
import ReelTestSupport
import Testing

/// Encode throughput at 1080p. Off by default; run with `REEL_AV_BENCHMARK=1`, ideally with
/// `-c release`. Set `REEL_AV_KEEP=<folder>` to keep the encoded files.
@Suite("Encode speed", .serialized, .enabled(if: ProcessInfo.processInfo.environment["REEL_AV_BENCHMARK"] != nil))
struct EncodeSpeedTests {
    @Test("1920x1080 encode speed", arguments: ["veryfast", "medium"])
    func encodeSpeed(_ preset: String) throws {
        let count = 60
        let frames = (0..<count).map { TestFrames.frame($0, width: 1920, height: 1080) }
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let url = folder.file("speed-\(preset).mp4")
        let options = VideoEncodingOptions(width: 1920, height: 1080, fps: 30, preset: preset)

        let clock = ContinuousClock()
        let elapsed = try clock.measure {
            let writer = try VideoFileWriter(url: url, options: options)
            for frame in frames { try writer.append(frame) }
            try writer.finish()
        }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        print("1920x1080 \(preset): \(count) frames in \(String(format: "%.2f", seconds)) s = \(String(format: "%.1f", Double(count) / seconds)) fps")
        if let keep = ProcessInfo.processInfo.environment["REEL_AV_KEEP"] {
            try? FileManager.default.copyItem(at: url, to: URL(fileURLWithPath: keep).appendingPathComponent(url.lastPathComponent))
        }
        #expect(try VideoProbe(url).video?.frameCount == count)
    }
}
