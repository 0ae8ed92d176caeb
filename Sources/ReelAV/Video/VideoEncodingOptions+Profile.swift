import ReelTimeline

extension VideoEncodingOptions {
    /// Options for a timeline's output profile (size and frame rate), with the given x264 settings.
    public init(profile: OutputProfile, preset: String = "medium", crf: Double = 20, tune: String? = nil) {
        self.init(width: profile.width, height: profile.height, fps: profile.fps,
                  preset: preset, crf: crf, tune: tune)
    }
}
