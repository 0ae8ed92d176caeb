/// Exact time arithmetic: milliseconds on the timeline, integer frame indices in the output.
///
/// Frame `n` of a video at `fps` frames per second is shown at `n * 1000 / fps` ms; nothing is
/// ever accumulated in floating point, so a 10-minute render ends on the same frame as a 10-second one.
public enum FrameTime {
    /// Number of whole frames that fit in `ms` milliseconds at `fps` (rounded to nearest).
    @inlinable public static func frames(ms: Int, fps: Int) -> Int {
        (ms * fps + 500) / 1000
    }

    /// The first frame whose time is at or after `ms`.
    @inlinable public static func firstFrame(atOrAfter ms: Int, fps: Int) -> Int {
        // smallest n with n * 1000 >= ms * fps
        let num = ms * fps
        return num <= 0 ? 0 : (num + 999) / 1000
    }

    /// The frame on screen at `ms`: the last frame whose time is at or before it.
    @inlinable public static func frame(at ms: Int, fps: Int) -> Int {
        ms < 0 ? -1 : (ms * fps) / 1000
    }

    /// The time of frame `n` in milliseconds, as a Double (exact for display and progress).
    @inlinable public static func milliseconds(frame n: Int, fps: Int) -> Double {
        Double(n) * 1000 / Double(fps)
    }

    /// Seconds (from a CLI flag or prompt) to whole milliseconds.
    @inlinable public static func ms(seconds: Double) -> Int {
        Int((seconds * 1000).rounded())
    }

    /// Milliseconds as a short seconds string: 25500 → "25.5", 3000 → "3".
    public static func secondsText(_ ms: Int) -> String {
        if ms % 1000 == 0 { return String(ms / 1000) }
        var s = String(format3(ms))
        while s.hasSuffix("0") { s.removeLast() }
        return s
    }

    private static func format3(_ ms: Int) -> String {
        let sign = ms < 0 ? "-" : ""
        let a = abs(ms)
        let frac = String(a % 1000)
        return sign + String(a / 1000) + "." + String(repeating: "0", count: 3 - frac.count) + frac
    }
}
