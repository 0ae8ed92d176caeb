/// The audio half of a `VideoFileWriter`: mixes and encodes the sound for the video time that
/// has been written so far, so audio is produced alongside the frames (memory stays bounded and
/// the muxer interleaves the two streams as it goes).
final class AudioTrack {
    private let mixer: AudioMixer
    private let encoder: AudioEncoder
    private let stream: MP4Muxer.Stream
    private let fps: Int
    private var block: StereoBlock

    /// Plans `mix` for a video at `fps` and adds the AAC stream to `muxer` (before `start()`).
    init(_ mix: AudioMix, fps: Int, muxer: MP4Muxer) throws {
        encoder = try AudioEncoder(globalHeader: muxer.needsGlobalHeader)
        stream = try muxer.addStream(from: encoder.context)
        self.fps = fps
        let frames = (mix.durationMs * fps + 500) / 1000  // as FrameTime.frames(ms:fps:)
        mixer = try AudioMixer(mix, endSample: Self.samples(frames: frames, fps: fps), blockSize: encoder.frameSize)
        block = StereoBlock(count: encoder.frameSize)
    }

    /// The audio sample at which video frame `frames` starts (48 kHz; exact for 24, 25, 30, 50, 60 fps).
    static func samples(frames: Int, fps: Int) -> Int {
        frames * MixFormat.sampleRate / fps
    }

    /// Encodes every whole AAC frame that lies within the first `frames` video frames.
    func advance(toFrame frames: Int, muxer: MP4Muxer) throws {
        let target = Self.samples(frames: frames, fps: fps)
        while mixer.position + encoder.frameSize <= target {
            try encodeBlock(encoder.frameSize, muxer: muxer)
        }
    }

    /// Encodes the rest of the sound up to the end of the `frames`-th video frame (the last
    /// AAC frame may be short, so the audio ends exactly with the video), then drains the encoder.
    func finish(atFrame frames: Int, muxer: MP4Muxer) throws {
        let target = Self.samples(frames: frames, fps: fps)
        while mixer.position < target {
            try encodeBlock(min(encoder.frameSize, target - mixer.position), muxer: muxer)
        }
        try encoder.flush { try muxer.write($0, to: stream) }
    }

    private func encodeBlock(_ count: Int, muxer: MP4Muxer) throws {
        try mixer.next(count, into: &block)
        try encoder.encode(block, count: count) { try muxer.write($0, to: stream) }
    }
}
