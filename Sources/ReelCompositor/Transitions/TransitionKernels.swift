internal import CReelKernels
import ReelTimeline

/// Transitions as pure kernels: a function of two frames and a progress value, nothing else.
/// `a` is the outgoing frame, `b` the incoming one; progress runs from 0 (all `a`) to 1 (all `b`).
public enum TransitionKernels {
    /// A kernel writes its result into `a`.
    public typealias Kernel = @Sendable (_ a: inout YUVFrame, _ b: YUVFrame, _ progress: Double) -> Void

    /// The kernel for a transition kind, chosen once at setup time.
    public static func kernel(for kind: TransitionKind) -> Kernel {
        switch kind {
        case .crossfade: crossfade
        case .fadeBlack: fadeThroughBlack
        case .cut: cut
        case .wipeLeft: wipe(.left)
        case .wipeRight: wipe(.right)
        case .wipeUp: wipe(.up)
        case .wipeDown: wipe(.down)
        case .slideLeft: slide(.left)
        case .slideRight: slide(.right)
        case .slideUp: slide(.up)
        case .slideDown: slide(.down)
        case .zoomIn: zoomIn
        case .circleOpen: circle(opening: true)
        case .circleClose: circle(opening: false)
        case .dissolve: dissolve
        case .lumaWipe: lumaWipe
        case .blurFade: blurFade
        }
    }

    /// A kernel that is exactly `a` at progress ≤ 0 and exactly `b` at progress ≥ 1, and
    /// `body` in between.
    static func exactEnds(_ body: @escaping @Sendable (_ a: inout YUVFrame, _ b: YUVFrame, _ progress: Double) -> Void) -> Kernel {
        { a, b, p in
            if p <= 0 { return }
            if p >= 1 { a = b; return }
            body(&a, b, p)
        }
    }

    /// Smoothstep: the motion curve of the transitions that move pictures.
    static func smooth(_ p: Double) -> Double {
        let t = max(0, min(1, p))
        return t * t * (3 - 2 * t)
    }

    /// Linear dissolve, 8-bit weights.
    public static let crossfade: Kernel = { a, b, p in
        let w = Int32((max(0, min(1, p)) * 256).rounded())
        blend(&a.y, b.y, w); blend(&a.u, b.u, w); blend(&a.v, b.v, w)
    }

    /// First half: `a` fades to black; second half: `b` fades in from black.
    public static let fadeThroughBlack: Kernel = { a, b, p in
        if p < 0.5 {
            fadeToBlack(&a, level: 1 - 2 * p)
        } else {
            a = b
            fadeToBlack(&a, level: 2 * p - 1)
        }
    }

    /// Shows `a` until the end, then `b` (a zero-length transition never calls it).
    public static let cut: Kernel = { a, b, p in
        if p >= 0.5 { a = b }
    }

    /// Scales a frame toward black: Y toward 16, chroma toward 128; `level` 1 = unchanged.
    public static func fadeToBlack(_ f: inout YUVFrame, level: Double) {
        let k = Int32((max(0, min(1, level)) * 256).rounded())
        scale(&f.y, around: 16, k); scale(&f.u, around: 128, k); scale(&f.v, around: 128, k)
    }

    static func blend(_ a: inout Plane, _ b: Plane, _ w: Int32) {
        b.data.withUnsafeBufferPointer { bp in
            a.data.withUnsafeMutableBufferPointer { ap in
                reel_mix_u8(ap.baseAddress!, bp.baseAddress!, w, Int64(min(ap.count, bp.count)))
            }
        }
    }

    static func scale(_ p: inout Plane, around base: Int32, _ k: Int32) {
        p.data.withUnsafeMutableBufferPointer { ap in
            for i in 0..<ap.count {
                ap[i] = UInt8(truncatingIfNeeded: base &+ (((Int32(ap[i]) &- base) &* k &+ 128) &>> 8))
            }
        }
    }
}
