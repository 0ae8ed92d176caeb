internal import CFFmpeg

/// Converts decoded frames, whatever their format, rate and channels, to the mix format
/// (48 kHz planar float stereo), appending the result to a pair of sample arrays.
///
/// Owns its `SwrContext` through a `SwrContextBox`; a new one replaces it (after the old one
/// is drained) when the decoder's output format changes part-way through a file.
final class AudioResampler {
    /// The file being decoded (used in errors).
    private let path: String
    private var context: SwrContextBox?
    private var input: (format: Int32, rate: Int32, channels: Int32)?
    private var scratchLeft: [Float] = []
    private var scratchRight: [Float] = []

    init(path: String) {
        self.path = path
    }

    /// Resamples one decoded frame onto the ends of `left` and `right`.
    func convert(_ f: UnsafeMutablePointer<AVFrame>, into left: inout [Float], _ right: inout [Float]) throws {
        try prepare(for: f, left: &left, right: &right)
        let count = f.pointee.nb_samples
        let samples = UnsafeMutableRawPointer(f.pointee.extended_data!)
            .assumingMemoryBound(to: UnsafePointer<UInt8>?.self)
        try run(input: samples, count: count, into: &left, &right)
    }

    /// Appends what the resampler still holds (its filter delay) to `left` and `right`.
    func flush(into left: inout [Float], _ right: inout [Float]) throws {
        guard context != nil else { return }
        while try run(input: nil, count: 0, into: &left, &right) > 0 {}
    }

    /// Converts `count` input samples (nil: what the resampler still holds); returns the samples produced.
    @discardableResult
    private func run(input samples: UnsafeMutablePointer<UnsafePointer<UInt8>?>?, count: Int32,
                     into left: inout [Float], _ right: inout [Float]) throws -> Int {
        guard let swr = context?.pointer else { return 0 }
        let capacity = Int(swr_get_out_samples(swr, count)) + 32
        if scratchLeft.count < capacity {
            scratchLeft = [Float](repeating: 0, count: capacity)
            scratchRight = [Float](repeating: 0, count: capacity)
        }
        let produced = try scratchLeft.withUnsafeMutableBufferPointer { l in
            try scratchRight.withUnsafeMutableBufferPointer { r in
                var planes: [UnsafeMutablePointer<UInt8>?] = [
                    UnsafeMutableRawPointer(l.baseAddress!).assumingMemoryBound(to: UInt8.self),
                    UnsafeMutableRawPointer(r.baseAddress!).assumingMemoryBound(to: UInt8.self),
                ]
                return try planes.withUnsafeMutableBufferPointer { out in
                    Int(try check(swr_convert(swr, out.baseAddress, Int32(capacity), samples, count),
                                  "swr_convert", path: path))
                }
            }
        }
        left.append(contentsOf: scratchLeft[0..<produced])
        right.append(contentsOf: scratchRight[0..<produced])
        return produced
    }

    /// Creates the resampler for the decoder's output, or re-creates it if that changed
    /// (draining the old one into `left` and `right` first).
    private func prepare(for f: UnsafeMutablePointer<AVFrame>, left: inout [Float], right: inout [Float]) throws {
        let key = (format: f.pointee.format, rate: f.pointee.sample_rate, channels: f.pointee.ch_layout.nb_channels)
        if context != nil, let current = input, current == key { return }
        if context != nil {
            try flush(into: &left, &right)
            context = nil
        }
        guard key.rate > 0, key.channels > 0 else {
            throw AudioFileError.damaged(path, "a decoded frame has no sample rate or channels")
        }
        var inLayout = AVChannelLayout()
        var outLayout = AVChannelLayout()
        defer {
            av_channel_layout_uninit(&inLayout)
            av_channel_layout_uninit(&outLayout)
        }
        if f.pointee.ch_layout.order == AV_CHANNEL_ORDER_UNSPEC {
            av_channel_layout_default(&inLayout, key.channels)
        } else {
            try check(av_channel_layout_copy(&inLayout, &f.pointee.ch_layout), "av_channel_layout_copy", path: path)
        }
        av_channel_layout_default(&outLayout, Int32(MixFormat.channels))
        let swr = try SwrContextBox(outLayout: &outLayout, outFormat: AV_SAMPLE_FMT_FLTP, outRate: Int32(MixFormat.sampleRate),
                                    inLayout: &inLayout, inFormat: AVSampleFormat(rawValue: key.format), inRate: key.rate,
                                    path: path)
        if key.channels == 1 {
            // A mono song plays at full level on both speakers, as players do (libswresample
            // would treat it as a centre channel, 3 dB down on each side).
            var matrix: [Double] = [1, 1]
            try check(swr_set_matrix(swr.pointer, &matrix, 1), "swr_set_matrix", path: path)
        }
        try check(swr_init(swr.pointer), "swr_init", path: path)
        context = swr
        input = key
    }
}
