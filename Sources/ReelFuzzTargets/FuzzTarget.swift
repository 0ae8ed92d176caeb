import Foundation
import ReelAV
import ReelCloud
import ReelCompositor
import ReelImageIO
import ReelPrompt
import ReelTimeline

/// One fuzzed input parser. The fuzzer (`reel-fuzz`, built by `make fuzz`) and the regression
/// tests (which replay `Fixtures/fuzz/<target>/`) call the same ``run(_:)``, so a kept input
/// reaches exactly the code that failed on it.
package enum FuzzTarget: String, CaseIterable, Sendable {
    case draft, sse, envelope, exif, prompt, jpeg, png, webp, gif, heif, clip

    /// Hands `data` to the parser. Returns 0 for an input worth keeping in the corpus and -1
    /// for one the target ignores (another image format), as libFuzzer expects.
    @discardableResult
    package func run(_ data: Data) -> Int32 {
        switch self {
        case .draft:
            guard let timeline = try? Timeline(draftJSON: data, file: "fuzz.json") else { return 0 }
            try? timeline.validateClips()
            try? timeline.validateAudio()
            _ = try? Timeline(draftJSON: timeline.draftJSON(), file: "fuzz-again.json")
        case .sse:
            CloudParsing.chatStream([UInt8](data))
        case .envelope:
            CloudParsing.response(data)
        case .exif:
            _ = ImageParsing.exif(data)
        case .prompt:
            let text = String(decoding: data, as: UTF8.self)
            _ = PromptInterpreter.interpret(text, inputs: ["a.jpg", "b.mp3", "c.mp4"])
        case .jpeg, .png, .webp, .gif, .heif:
            if ImageParsing.decode(data, format: rawValue) == .otherFormat { return -1 }
        case .clip:
            Self.readClip(data)
        }
        return 0
    }

    /// Probes the bytes as a clip file, then reads a few frames of it onto a small canvas.
    private static func readClip(_ data: Data) {
        let url = URL(fileURLWithPath: NSTemporaryDirectory())
            .appendingPathComponent("reel-fuzz-clip-\(getpid()).bin")
        defer { try? FileManager.default.removeItem(at: url) }
        guard (try? data.write(to: url)) != nil, let info = try? ClipInfo(probing: url) else { return }
        let request = ClipRequest(url: url, segment: 0, canvas: PixelSize(width: 32, height: 18),
                                  fit: .fill, fps: 10, segmentStartMs: 0, inMs: 0,
                                  frames: 0..<min(3, max(1, info.durationMs / 100)))
        guard let reader = try? LibAVClipOpener().open(request) else { return }
        for n in request.frames { _ = try? reader.picture(forFrame: n) }
    }
}
