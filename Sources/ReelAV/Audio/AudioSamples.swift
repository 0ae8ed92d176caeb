import Foundation

/// Decoded sound for analysis (beat tracking): an audio file at the mix rate, mono, streamed.
public enum AudioSamples {
    /// The rate samples are delivered at, Hz.
    public static let sampleRate = MixFormat.sampleRate

    /// Decodes all of `url` (any file libav reads) to 48 kHz mono — the mean of the two mix
    /// channels — and hands it to `body` in order, in blocks of up to 0.1 s. Memory stays bounded.
    ///
    /// - Throws: `AudioFileError` naming the file when it cannot be opened or decoded, or
    ///   whatever `body` throws.
    public static func forEachMonoBlock(of url: URL, _ body: (UnsafeBufferPointer<Float>) throws -> Void) throws {
        let reader = try AudioFileReader(url: url)
        let blockSize = sampleRate / 10
        var block = StereoBlock(count: blockSize)
        var mono = [Float](repeating: 0, count: blockSize)
        while true {
            let got = try reader.read(blockSize, into: &block)
            if got == 0 { return }
            for i in 0..<got { mono[i] = (block.left[i] + block.right[i]) / 2 }
            try mono.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[0..<got])) }
        }
    }
}
