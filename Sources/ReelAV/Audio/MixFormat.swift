/// The sample format everything is mixed in: 48 kHz, stereo, 32-bit float, planar.
enum MixFormat {
    static let sampleRate = 48_000
    static let channels = 2

    /// Whole samples in `ms` milliseconds.
    static func samples(ms: Int) -> Int { ms * (sampleRate / 1000) }
}

/// A block of planar stereo samples at the mix rate.
struct StereoBlock {
    var left: [Float]
    var right: [Float]

    init(count: Int) {
        left = [Float](repeating: 0, count: count)
        right = [Float](repeating: 0, count: count)
    }

    var count: Int { left.count }
}
