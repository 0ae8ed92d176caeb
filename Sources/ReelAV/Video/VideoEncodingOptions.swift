/// How to encode H.264 video: frame size and rate, and the x264 speed/quality trade-off.
public struct VideoEncodingOptions: Sendable, Hashable {
    /// The x264 presets, fastest first.
    public static let presets = ["ultrafast", "superfast", "veryfast", "faster", "fast",
                                 "medium", "slow", "slower", "veryslow", "placebo"]
    /// The x264 tunings.
    public static let tunes = ["film", "animation", "grain", "stillimage", "psnr", "ssim",
                               "fastdecode", "zerolatency"]

    /// Frame width in pixels (even).
    public var width: Int
    /// Frame height in pixels (even).
    public var height: Int
    /// Frames per second, constant (typically 24, 25, 30, 50 or 60).
    public var fps: Int
    /// The x264 preset, one of `VideoEncodingOptions.presets`.
    public var preset: String
    /// Constant rate factor, above 0 … 51 (worst); lower is better quality and bigger files.
    /// (0, lossless, needs a profile other than High and is not offered.)
    public var crf: Double
    /// An optional x264 tuning, one of `VideoEncodingOptions.tunes`.
    public var tune: String?
    /// Encoder threads; 0 lets x264 choose from the number of CPUs.
    public var threads: Int
    /// Frames between key frames; `nil` means two seconds' worth (`2 * fps`).
    public var keyframeInterval: Int?

    /// Creates options; only the size and frame rate are required.
    public init(width: Int, height: Int, fps: Int = 30, preset: String = "medium", crf: Double = 20,
                tune: String? = nil, threads: Int = 0, keyframeInterval: Int? = nil) {
        self.width = width
        self.height = height
        self.fps = fps
        self.preset = preset
        self.crf = crf
        self.tune = tune
        self.threads = threads
        self.keyframeInterval = keyframeInterval
    }

    /// The key frame interval actually used.
    public var effectiveKeyframeInterval: Int { keyframeInterval ?? 2 * fps }

    /// Throws an `AVError` of kind `.invalidOptions` explaining the first problem found.
    public func validate() throws {
        func fail(_ reason: String) -> AVError {
            AVError(.invalidOptions, operation: "configure H.264 encoder", reason: reason)
        }
        guard width > 0, height > 0, width % 2 == 0, height % 2 == 0 else {
            throw fail("frame size must be positive and even, got \(width)x\(height)")
        }
        guard width <= 8192, height <= 8192 else {
            throw fail("frame size \(width)x\(height) is larger than 8192x8192")
        }
        guard (1...240).contains(fps) else { throw fail("frame rate must be 1…240 fps, got \(fps)") }
        guard Self.presets.contains(preset) else {
            throw fail("unknown x264 preset \"\(preset)\"; use one of \(Self.presets.joined(separator: ", "))")
        }
        if let tune, !Self.tunes.contains(tune) {
            throw fail("unknown x264 tune \"\(tune)\"; use one of \(Self.tunes.joined(separator: ", "))")
        }
        guard crf.isFinite, crf > 0, crf <= 51 else { throw fail("crf must be above 0 and at most 51, got \(crf)") }
        guard threads >= 0 else { throw fail("threads must be 0 (automatic) or more, got \(threads)") }
        if let keyframeInterval, keyframeInterval < 1 {
            throw fail("key frame interval must be at least 1, got \(keyframeInterval)")
        }
    }
}
