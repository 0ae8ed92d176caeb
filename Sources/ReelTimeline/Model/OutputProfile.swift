/// The output video's size and frame rate.
public struct OutputProfile: Sendable, Hashable {
    /// Width in pixels (`m.width`; even, `DraftLimits.outputSide`).
    public var width: Int
    /// Height in pixels (`m.height`; even, `DraftLimits.outputSide`).
    public var height: Int
    /// Frames per second (`m.fps`; one of `DraftLimits.frameRates`).
    public var fps: Int

    /// A profile of `width`×`height` at `fps` (checked by `Timeline.validate()`, not here).
    public init(width: Int, height: Int, fps: Int = 30) {
        self.width = width
        self.height = height
        self.fps = fps
    }

    /// 1920×1080 at 30 fps.
    public static let landscape1080 = OutputProfile(width: 1920, height: 1080)

    /// Frame rates the encoder accepts (`DraftLimits.frameRates`).
    public static var supportedFrameRates: [Int] { DraftLimits.frameRates }

    /// The 1080p size for a named aspect ratio: "16:9" → 1920×1080, "9:16" → 1080×1920,
    /// "1:1" → 1080×1080, "4:5" → 1080×1350, "4:3" → 1440×1080, "3:4" → 1080×1440.
    public static func size(forAspect aspect: String) -> (width: Int, height: Int)? {
        switch aspect.trimmingCharacters(in: .whitespaces) {
        case "16:9": (1920, 1080)
        case "9:16": (1080, 1920)
        case "1:1": (1080, 1080)
        case "4:5": (1080, 1350)
        case "4:3": (1440, 1080)
        case "3:4": (1080, 1440)
        default: nil
        }
    }
}

import Foundation
