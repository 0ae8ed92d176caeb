import Foundation

/// The loudness of a file's first audio stream as the `ffmpeg` tool's `ebur128` filter measures
/// it — an independent check of Reel's own libebur128 measurement.
public struct MeasuredLoudness {
    /// Integrated loudness, LUFS.
    public let integratedLUFS: Double
    /// True peak (4× oversampled), dBTP.
    public let truePeakDBTP: Double

    public init(_ url: URL) throws {
        let quoted = "'" + url.path.replacingOccurrences(of: "'", with: "'\\''") + "'"
        let output = try runTool("sh", ["-c", "ffmpeg -nostdin -nostats -hide_banner -i \(quoted) -vn -af ebur128=peak=true -f null - 2>&1"])
        let text = String(decoding: output, as: UTF8.self)
        guard let summary = text.range(of: "Summary:") else { throw ProbeError("no ebur128 summary for \(url.path): \(text)") }
        let lines = text[summary.upperBound...].split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        func value(_ label: String) throws -> Double {
            guard let line = lines.first(where: { $0.hasPrefix(label) }),
                  let number = line.dropFirst(label.count).split(separator: " ").first.flatMap({ Double($0) }) else {
                throw ProbeError("no \(label) in ebur128 summary: \(text)")
            }
            return number
        }
        integratedLUFS = try value("I:")
        truePeakDBTP = try value("Peak:")
    }
}

/// Writes a 16-bit PCM stereo WAV file of `left` and `right` (−1…1) at `rate` Hz.
public func writeWAV(_ url: URL, left: [Float], right: [Float], rate: Int = 48_000) throws {
    var data = Data()
    func u32(_ v: Int) { withUnsafeBytes(of: UInt32(v).littleEndian) { data.append(contentsOf: $0) } }
    func u16(_ v: Int) { withUnsafeBytes(of: UInt16(v).littleEndian) { data.append(contentsOf: $0) } }
    let frames = min(left.count, right.count)
    data.append(contentsOf: Array("RIFF".utf8)); u32(36 + frames * 4)
    data.append(contentsOf: Array("WAVEfmt ".utf8)); u32(16); u16(1); u16(2); u32(rate); u32(rate * 4); u16(4); u16(16)
    data.append(contentsOf: Array("data".utf8)); u32(frames * 4)
    for i in 0..<frames {
        for s in [left[i], right[i]] {
            let v = Int16(max(-32767, min(32767, (Double(s) * 32767).rounded())))
            withUnsafeBytes(of: v.littleEndian) { data.append(contentsOf: $0) }
        }
    }
    try data.write(to: url)
}

/// A stereo sine of `frequency` Hz whose loudness is `lufs` (a stereo sine of amplitude A
/// measures 20·log10(A) LUFS near 1 kHz), `seconds` long at 48 kHz.
public func sineAtLoudness(_ lufs: Double, frequency: Double = 997, seconds: Double) -> [Float] {
    let amplitude = pow(10, lufs / 20)
    return (0..<Int(seconds * 48_000)).map { Float(amplitude * sin(2 * .pi * frequency * Double($0) / 48_000)) }
}

/// A click track at 48 kHz: a 5 ms decaying 2 kHz burst every `period` s from `first` s, each
/// starting on the exact sample (120 BPM from 0.25 s by default).
public func clickTrack(seconds: Double, first: Double = 0.25, period: Double = 0.5, rate: Int = 48_000) -> [Float] {
    var samples = [Float](repeating: 0, count: Int(seconds * Double(rate)))
    var t = first
    while t < seconds {
        let start = Int((t * Double(rate)).rounded())
        for i in 0..<(rate / 200) where start + i < samples.count {
            let x = Double(i) / Double(rate)
            samples[start + i] = Float(0.8 * sin(2 * .pi * 2000 * x) * exp(-x * 800))
        }
        t += period
    }
    return samples
}
