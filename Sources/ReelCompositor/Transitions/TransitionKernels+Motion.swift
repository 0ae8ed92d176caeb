internal import CReelKernels

/// Transitions that move or filter the pictures: pushes, the zoom-in blend and the blur
/// crossfade. Picture motion follows a smoothstep, so it starts and lands softly.
extension TransitionKernels {
    /// Push: both pictures move in `direction`, the incoming one following the outgoing one's
    /// edge. Offsets are even luma pixels, so chroma moves by whole samples with the luma.
    static func slide(_ direction: Direction) -> Kernel {
        exactEnds { a, b, p in
            let along = direction == .left || direction == .right ? a.width : a.height
            let offset = 2 * Int((smooth(p) * Double(along) / 2).rounded())
            shift(&a.y, b.y, by: offset, direction)
            shift(&a.u, b.u, by: offset / 2, direction)
            shift(&a.v, b.v, by: offset / 2, direction)
        }
    }

    /// Moves plane `a` by `offset` samples towards `direction`, filling the uncovered part with
    /// the matching edge of `b`.
    static func shift(_ a: inout Plane, _ b: Plane, by offset: Int, _ direction: Direction) {
        let w = a.width, h = a.height, sa = a.stride, sb = b.stride
        let along = direction == .left || direction == .right ? w : h
        let off = max(0, min(along, offset)), keep = along - off
        a.data.withUnsafeMutableBufferPointer { ap in
            b.data.withUnsafeBufferPointer { bp in
                let pa = ap.baseAddress!, pb = bp.baseAddress!
                switch direction {
                case .left:
                    for y in 0..<h {
                        let row = pa + y * sa
                        if keep > 0 { row.update(from: row + off, count: keep) } // overlapping: memmove semantics
                        (row + keep).update(from: pb + y * sb, count: off)
                    }
                case .right:
                    for y in 0..<h {
                        let row = pa + y * sa
                        if keep > 0 { (row + off).update(from: row, count: keep) }
                        row.update(from: pb + y * sb + keep, count: off)
                    }
                case .up:
                    for y in 0..<h {
                        let src = y < keep ? UnsafePointer(pa + (y + off) * sa) : pb + (y - keep) * sb
                        (pa + y * sa).update(from: src, count: w)
                    }
                case .down:
                    for y in (0..<h).reversed() {
                        let src = y >= off ? UnsafePointer(pa + (y - off) * sa) : pb + (keep + y) * sb
                        (pa + y * sa).update(from: src, count: w)
                    }
                }
            }
        }
    }

    /// The outgoing picture zooms in towards its centre (up to 2×) while the incoming one
    /// blends in; both follow a smoothstep.
    public static let zoomIn: Kernel = exactEnds { a, b, p in
        let e = smooth(p)
        let z = 1 + e
        let source = a
        var scratch = ViewportSampler.Scratch()
        let w = Double(a.width), h = Double(a.height), vw = w / z, vh = h / z
        let x = (w - vw) / 2, y = (h - vh) / 2
        ViewportSampler.sample(source.y, x: x, y: y, w: vw, h: vh, into: &a.y, scratch: &scratch)
        ViewportSampler.sample(source.u, x: x / 2, y: y / 2, w: vw / 2, h: vh / 2, into: &a.u, scratch: &scratch)
        ViewportSampler.sample(source.v, x: x / 2, y: y / 2, w: vw / 2, h: vh / 2, into: &a.v, scratch: &scratch)
        crossfade(&a, b, e)
    }

    /// Crossfade through a blur: the blend is mixed with a blurred copy of itself, not at all
    /// at the ends and fully at the midpoint (blurring the blend equals blending the blurs).
    public static let blurFade: Kernel = exactEnds { a, b, p in
        crossfade(&a, b, p)
        let k = Int32((4 * p * (1 - p) * 256).rounded())
        guard k > 0 else { return }
        let f = max(2, a.height / 90) // about 13 px of blur at 1080 lines
        blurMix(&a.y, factor: f, k)
        blurMix(&a.u, factor: max(1, f / 2), k)
        blurMix(&a.v, factor: max(1, f / 2), k)
    }

    /// Mixes `plane` with a blurred copy of itself (`k`/256 of the blur): block averages of
    /// `factor` pixels, a small [1 2 1] blur of those, and a bilinear enlargement back.
    static func blurMix(_ plane: inout Plane, factor f: Int, _ k: Int32) {
        let w = plane.width, h = plane.height
        let dw = (w + f - 1) / f, dh = (h + f - 1) / f
        var low = Plane(width: dw, height: dh)
        var acc = [UInt32](repeating: 0, count: w)
        plane.data.withUnsafeBufferPointer { s in
            low.data.withUnsafeMutableBufferPointer { d in
                acc.withUnsafeMutableBufferPointer { ac in
                    reel_box_down(s.baseAddress!, Int64(plane.stride), Int64(w), Int64(h), Int32(f),
                                  d.baseAddress!, Int64(dw), Int64(dh), ac.baseAddress!)
                }
            }
        }
        smallBlur(&low)
        smallBlur(&low)
        var up = Plane(width: w, height: h, stride: plane.stride)
        var scratch = ViewportSampler.Scratch()
        ViewportSampler.sample(low, x: 0, y: 0, w: Double(w) / Double(f), h: Double(h) / Double(f), into: &up, scratch: &scratch)
        blend(&plane, up, k)
    }

    /// One [1 2 1] pass across and down (edges repeat).
    static func smallBlur(_ p: inout Plane) {
        let w = p.width, h = p.height
        var tmp = p.data
        for y in 0..<h {
            for x in 0..<w {
                let l = Int(p[max(0, x - 1), y]), c = Int(p[x, y]), r = Int(p[min(w - 1, x + 1), y])
                tmp[y * w + x] = UInt8((l + 2 * c + r + 2) >> 2)
            }
        }
        for y in 0..<h {
            for x in 0..<w {
                let t = Int(tmp[max(0, y - 1) * w + x]), c = Int(tmp[y * w + x]), d = Int(tmp[min(h - 1, y + 1) * w + x])
                p.data[y * w + x] = UInt8((t + 2 * c + d + 2) >> 2)
            }
        }
    }
}
