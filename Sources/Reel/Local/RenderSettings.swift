import ReelTimeline

/// Encoder and quality choices for a local render (not part of the draft).
public struct RenderSettings: Sendable, Hashable {
    /// Quality shortcuts.
    public enum Quality: String, Sendable, CaseIterable {
        /// Half-size, fast: for looking at, not for sharing.
        case preview
        /// The defaults: full size, x264 `medium`, CRF 20.
        case standard
        /// Full size, x264 `slow`, CRF 17.
        case high
    }

    /// The quality shortcut: size, preset and CRF unless set below.
    public var quality: Quality = .standard
    /// x264 preset; nil = the quality's default.
    public var preset: String?
    /// x264 constant rate factor; nil = the quality's default.
    public var crf: Double?

    /// Settings for `quality`, with the preset and CRF overridden when given.
    public init(quality: Quality = .standard, preset: String? = nil, crf: Double? = nil) {
        self.quality = quality
        self.preset = preset
        self.crf = crf
    }

    /// The x264 preset in effect.
    public var effectivePreset: String {
        preset ?? [.preview: "ultrafast", .standard: "medium", .high: "slow"][quality]!
    }

    /// The CRF in effect.
    public var effectiveCRF: Double {
        crf ?? [.preview: 23, .standard: 20, .high: 17][quality]!
    }

    /// x264 presets, fastest first.
    public static let presets = ["ultrafast", "superfast", "veryfast", "faster", "fast", "medium", "slow", "slower", "veryslow", "placebo"]

    /// The size actually rendered for a profile: half (rounded to even) for previews.
    public func renderSize(for profile: OutputProfile) -> (width: Int, height: Int) {
        guard quality == .preview else { return (profile.width, profile.height) }
        func half(_ v: Int) -> Int { max(2, (v / 2 + 1) / 2 * 2) }
        return (half(profile.width), half(profile.height))
    }
}

import ReelAV

/// Process-wide switches for what the C libraries print.
public enum LibraryLogging {
    /// libav/x264 print only errors (the default for the CLI), or everything they say.
    public static func set(verbose: Bool) {
        LibAVInfo.logLevel = verbose ? .info : .error
    }
}
