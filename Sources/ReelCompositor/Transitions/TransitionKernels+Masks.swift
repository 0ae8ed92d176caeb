internal import CReelKernels

/// Transitions that blend through a per-pixel mask: wipes, circles, the noise dissolve and the
/// luma-matte wipe. The mask is computed at luma resolution with a soft edge a few pixels wide;
/// each chroma sample takes the mean of the four luma weights it covers, so colour edges sit
/// exactly on the luma edges.
extension TransitionKernels {
    /// Where a wipe's edge travels to.
    enum Direction: Sendable { case left, right, up, down }

    /// Width of a geometric soft edge in luma pixels: about 9 at 1080 lines, never under 2.
    static func softEdge(width: Int, height: Int) -> Double { max(2, Double(min(width, height)) / 120) }

    /// Weight 0…256 of a pixel centre at signed distance `d` inside a soft edge of width `s`.
    static func ramp(_ d: Double, soft s: Double) -> UInt16 {
        UInt16((max(0, min(1, d / s + 0.5)) * 256).rounded())
    }

    /// A soft-edged wipe; at progress 0.5 the edge is exactly halfway.
    static func wipe(_ direction: Direction) -> Kernel {
        exactEnds { a, b, p in
            let w = a.width, h = a.height
            let s = softEdge(width: w, height: h)
            let horizontal = direction == .left || direction == .right
            let length = Double(horizontal ? w : h)
            let travelled = -s / 2 + p * (length + s) // edge position measured from where it starts
            // Weight along the moving axis, 0 = outgoing; the incoming picture is behind the edge.
            let along = (0..<(horizontal ? w : h)).map { i -> UInt16 in
                let u = Double(i) + 0.5
                let fromStart = direction == .left || direction == .up ? length - u : u
                return ramp(travelled - fromStart, soft: s)
            }
            blendMasked(&a, b) { y, row, _ in
                if horizontal {
                    along.withUnsafeBufferPointer { row.update(from: $0.baseAddress!, count: w) }
                } else {
                    row.update(repeating: along[y], count: w)
                }
            }
        }
    }

    /// circleopen: the incoming picture inside a growing circle; circleclose: the outgoing one
    /// inside a shrinking circle. The circle reaches the corners at the end.
    static func circle(opening: Bool) -> Kernel {
        exactEnds { a, b, p in
            let w = a.width, h = a.height
            let s = softEdge(width: w, height: h)
            let cx = Double(w) / 2, cy = Double(h) / 2
            let reach = (cx * cx + cy * cy).squareRoot() + s / 2
            let r = opening ? -s / 2 + p * (reach + s / 2) : reach - p * (reach + s / 2)
            blendMasked(&a, b) { y, row, _ in
                reel_radial_weights(Int64(y), cx, cy, r, s, opening ? 0 : 1, row, Int64(w))
            }
        }
    }

    /// Noise dissolve: each pixel switches when progress passes its fixed noise value (a hash of
    /// its position, the same in every render), through a short soft ramp.
    public static let dissolve: Kernel = exactEnds { a, b, p in
        let t16 = Int32((p * (255 + 32) * 16).rounded())
        let w = a.width
        blendMasked(&a, b) { y, row, _ in reel_noise_weights(Int64(y), t16, row, Int64(w)) }
    }

    /// Luma-matte wipe: the incoming picture shows where the outgoing picture's luma is below a
    /// threshold that sweeps from black (16) to past white (235) with progress.
    public static let lumaWipe: Kernel = exactEnds { a, b, p in
        let t16 = Int32(((16 + p * (219 + 32)) * 16).rounded())
        let w = a.width
        blendMasked(&a, b) { _, row, luma in reel_key_weights(luma, t16, row, Int64(w)) }
    }

    /// Blends `b` into `a` with luma weights from `weights(y, out, aLumaRow)` (called for both
    /// luma rows of a chroma row before either is changed).
    static func blendMasked(_ a: inout YUVFrame, _ b: YUVFrame,
                            weights: (Int, UnsafeMutablePointer<UInt16>, UnsafePointer<UInt8>) -> Void) {
        let w = a.width, h = a.height
        var buf = [UInt16](repeating: 0, count: 2 * w + w / 2 + 16)
        let ys = a.y.stride, cs = a.u.stride, bys = b.y.stride, bcs = b.u.stride
        buf.withUnsafeMutableBufferPointer { wb in
            let w0 = wb.baseAddress!, w1 = w0 + w, wc = w1 + w
            a.y.data.withUnsafeMutableBufferPointer { ay in
                a.u.data.withUnsafeMutableBufferPointer { au in
                    a.v.data.withUnsafeMutableBufferPointer { av in
                        b.y.data.withUnsafeBufferPointer { by in
                            b.u.data.withUnsafeBufferPointer { bu in
                                b.v.data.withUnsafeBufferPointer { bv in
                                    for cy in 0..<(h / 2) {
                                        let r0 = ay.baseAddress! + 2 * cy * ys, r1 = r0 + ys
                                        weights(2 * cy, w0, UnsafePointer(r0))
                                        weights(2 * cy + 1, w1, UnsafePointer(r1))
                                        reel_blend420_rows(r0, r1, by.baseAddress! + 2 * cy * bys, by.baseAddress! + (2 * cy + 1) * bys,
                                                           au.baseAddress! + cy * cs, bu.baseAddress! + cy * bcs,
                                                           av.baseAddress! + cy * cs, bv.baseAddress! + cy * bcs,
                                                           w0, w1, wc, Int64(w))
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
