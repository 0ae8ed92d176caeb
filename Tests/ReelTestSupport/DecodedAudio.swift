import Foundation

/// The first audio stream of a file, decoded by the `ffmpeg` tool to 48 kHz stereo float,
/// with measurements over time windows. We measure what the AAC encoder produced; we do not hash it.
public struct DecodedAudio {
    public static let rate = 48_000
    /// Left and right samples.
    public let left: [Float]
    public let right: [Float]

    /// Decodes the first audio stream of `url`.
    public init(_ url: URL) throws {
        let raw = try runTool("ffmpeg", ["-v", "error", "-nostdin", "-i", url.path, "-map", "0:a:0",
                                         "-f", "f32le", "-ac", "2", "-ar", String(Self.rate), "-"])
        let samples = raw.withUnsafeBytes { Array($0.bindMemory(to: Float.self)) }
        left = stride(from: 0, to: samples.count - 1, by: 2).map { samples[$0] }
        right = stride(from: 1, to: samples.count, by: 2).map { samples[$0] }
    }

    /// Length in seconds.
    public var seconds: Double { Double(left.count) / Double(Self.rate) }

    private func range(_ from: Double, _ to: Double) -> Range<Int> {
        let a = max(0, min(left.count, Int(from * Double(Self.rate))))
        let b = max(a, min(left.count, Int(to * Double(Self.rate))))
        return a..<b
    }

    /// RMS level of both channels over `[from, to)` seconds, in dB relative to full scale
    /// (−∞ for digital silence).
    public func rmsDB(_ from: Double, _ to: Double) -> Double {
        let r = range(from, to)
        guard !r.isEmpty else { return -.infinity }
        var sum = 0.0
        for i in r { sum += Double(left[i] * left[i] + right[i] * right[i]) }
        return 10 * log10(sum / Double(2 * r.count))
    }

    /// Amplitude of the `frequency` component of the left channel over `[from, to)` seconds
    /// (Goertzel), 0…1 for a full-scale sine.
    public func tone(_ frequency: Double, _ from: Double, _ to: Double) -> Double {
        let r = range(from, to)
        guard !r.isEmpty else { return 0 }
        let w = 2 * Double.pi * frequency / Double(Self.rate)
        let coefficient = 2 * cos(w)
        var s1 = 0.0, s2 = 0.0
        for i in r {
            let s0 = Double(left[i]) + coefficient * s1 - s2
            s2 = s1
            s1 = s0
        }
        let power = s1 * s1 + s2 * s2 - coefficient * s1 * s2
        return 2 * sqrt(max(0, power)) / Double(r.count)
    }
}
