/// Every bound a draft's numbers must respect, in one table: `Timeline.validate()`, the
/// slideshow builders, the prompt interpreter and the `reel` tool's options all read it, so a
/// value one of them accepts is never refused by another.
public enum DraftLimits {
    /// Output width and height, pixels (each also even, for 4:2:0 chroma). 16 is the H.264
    /// macroblock: anything smaller is a typing mistake, not a video.
    public static let outputSide: ClosedRange<Int> = 16...7680

    /// Frame rates the encoder accepts.
    public static let frameRates = [24, 25, 30, 50, 60]

    /// A segment's volume (`v`, a clip's `vol`), and background music's: silence to full.
    public static let volume: ClosedRange<Double> = 0...1

    /// Ken Burns zoom of a viewport (`kb.from.zoom`, `kb.to.zoom`).
    public static let zoom: ClosedRange<Double> = 1...4

    /// The shortest a photo may show, ms (also with its transitions inside it).
    public static let minimumPhotoMs = 100

    /// Any time a draft gives, ms (`s`, `d`, `tr.d`, `in`, `fi`, `fo`): at most a day, so the
    /// arithmetic that places segments and samples cannot overflow on a hostile draft.
    public static let draftTimeMs: ClosedRange<Int> = 0...86_400_000

    /// The rule a draft time broke, for messages: "at most 86400000" for one past a day,
    /// else "0 or more".
    public static func draftTimeRule(_ ms: Int?) -> String {
        (ms ?? 0) > draftTimeMs.upperBound ? "at most \(draftTimeMs.upperBound)" : "0 or more"
    }

    /// The video lengths a request may ask for, ms (1 s to 1 hour).
    public static let requestedTotalMs: ClosedRange<Int> = 1000...3_600_000

    /// How long a request may ask each photo to show, ms (0.3 s to 10 minutes).
    public static let requestedPhotoMs: ClosedRange<Int> = 300...600_000

    /// How long a request may ask transitions to last, ms.
    public static let requestedTransitionMs: ClosedRange<Int> = 100...3000

    /// How long a photo may show when its cuts are moved onto beats, ms.
    public static let beatSyncPhotoMs: ClosedRange<Int> = 1500...6000

    /// True when `width`×`height` can be rendered: both even and within ``outputSide``.
    public static func isUsableOutputSize(width: Int, height: Int) -> Bool {
        width % 2 == 0 && height % 2 == 0 && outputSide.contains(width) && outputSide.contains(height)
    }

    /// The size `text` gives as `WIDTHxHEIGHT` (e.g. `1280x720`, any case of `x`), or nil
    /// when it is not one or is not usable (``isUsableOutputSize(width:height:)``).
    public static func outputSize(_ text: String) -> (width: Int, height: Int)? {
        let parts = text.lowercased().split(separator: "x", omittingEmptySubsequences: false)
        guard parts.count == 2, let w = Int(parts[0]), let h = Int(parts[1]), isUsableOutputSize(width: w, height: h) else { return nil }
        return (w, h)
    }

    /// The rule for output sizes in words, for messages: "even numbers from 16 to 7680".
    public static var outputSideText: String {
        "even numbers from \(outputSide.lowerBound) to \(outputSide.upperBound)"
    }

    /// The frame rates in words, for messages: "24, 25, 30, 50 or 60".
    public static var frameRatesText: String {
        frameRates.dropLast().map(String.init).joined(separator: ", ") + " or " + String(frameRates.last ?? 30)
    }
}
