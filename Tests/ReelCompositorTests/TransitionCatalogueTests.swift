import Testing
@_spi(Testing) @testable import ReelCompositor
import ReelTimeline

/// The transition catalogue: every kernel hashed at its midpoint on a fixed pair of frames, exact
/// at both ends, the same bytes with AVX2 and portable kernels, and shaped as its name says.
@Suite(.serialized) struct TransitionCatalogueTests {
    /// Two detailed, different pictures, rendered through the real still preparation.
    static func pair(width: Int = 96, height: Int = 54) -> (a: YUVFrame, b: YUVFrame) {
        let out = PixelSize(width: width, height: height)
        let prep = StillPreparer(output: out)
        let sa = prep.prepare(Synthetic.pattern(width: 120, height: 80, seed: 1), fit: .fill, canvas: out)
        let sb = prep.prepare(Synthetic.pattern(width: 90, height: 90, seed: 4), fit: .blur, canvas: out)
        var a = YUVFrame(width: width, height: height), b = a
        ViewportSampler.render(sa, viewport: .identity, into: &a)
        ViewportSampler.render(sb, viewport: .identity, into: &b)
        return (a, b)
    }

    static func solid(_ y: UInt8, _ u: UInt8, _ v: UInt8, width: Int = 64, height: Int = 36) -> YUVFrame {
        YUVFrame(y: Plane(width: width, height: height, fill: y), u: Plane(width: width / 2, height: height / 2, fill: u),
                 v: Plane(width: width / 2, height: height / 2, fill: v))
    }

    static func run(_ kind: TransitionKind, _ a: YUVFrame, _ b: YUVFrame, _ p: Double) -> YUVFrame {
        var out = a
        TransitionKernels.kernel(for: kind)(&out, b, p)
        return out
    }

    static let added = TransitionKind.allCases.filter { ![.crossfade, .fadeBlack, .cut].contains($0) }

    @Test func catalogueHasTheXfadeNames() {
        #expect(Self.added.count >= 12)
        for name in ["wipeleft", "wiperight", "wipeup", "wipedown", "slideleft", "slideright", "slideup", "slidedown",
                     "zoomin", "circleopen", "circleclose", "dissolve", "lumawipe", "blurfade"] {
            #expect(TransitionKind(rawValue: name) != nil, "\(name)")
        }
    }

    @Test(arguments: TransitionKind.allCases)
    func endsAreExactlyTheTwoPictures(kind: TransitionKind) {
        let (a, b) = Self.pair()
        #expect(Self.run(kind, a, b, 0) == a)
        #expect(Self.run(kind, a, b, 1) == b)
        let mid = Self.run(kind, a, b, 0.5)
        if kind != .cut { #expect(mid != a && mid != b) }
        #expect(Self.run(kind, a, b, 0.5) == mid, "deterministic")
    }

    @Test func midpointGoldenChecksums() {
        // FATE-style: a change to any kernel's bytes shows here; update only with a reason.
        let (a, b) = Self.pair()
        var sums: [String: String] = [:]
        for kind in TransitionKind.allCases { sums[kind.rawValue] = Synthetic.checksum(Self.run(kind, a, b, 0.5)) }
        for kind in TransitionKind.allCases {
            #expect(sums[kind.rawValue] == Self.golden[kind.rawValue], "\(kind.rawValue): \(sums[kind.rawValue] ?? "")")
        }
    }

    static let golden: [String: String] = [
        "crossfade": "77be426388d17822",
        "fade-black": "820dc6c593bb62a5",
        "cut": "91511f9da723f897",
        "wipeleft": "9b4ce77ca1131926",
        "wiperight": "15cdd577e8d7a3ca",
        "wipeup": "26f34018da624994",
        "wipedown": "cbb5178446c3c112",
        "slideleft": "71638787a225e0",
        "slideright": "8a97a1c25bc3d35c",
        "slideup": "146817f9314203f",
        "slidedown": "c11ad1ab5a4bb0e8",
        "zoomin": "4719f26e38f47f7e",
        "circleopen": "897a89f336791a9d",
        "circleclose": "fd654fe5e3c5a56e",
        "dissolve": "d203abb1546d3dae",
        "lumawipe": "8a86976db52c8467",
        "blurfade": "618be3b81a919f30",
    ]

    @Test func vectorAndPortableKernelsAgree() {
        let (a, b) = Self.pair(width: 318, height: 178) // tails for the scalar code, odd chroma width
        func all() -> [YUVFrame] {
            TransitionKind.allCases.flatMap { kind in [0.13, 0.5, 0.87].map { Self.run(kind, a, b, $0) } }
        }
        let fast = all()
        ViewportSampler.usePortableKernels(true)
        defer { ViewportSampler.usePortableKernels(false) }
        #expect(fast == all(), "kernels in use: \(ViewportSampler.kernelISA)")
    }

    /// Fraction of each frame's luma that is the incoming picture, from black (a) to white (b).
    static func coverage(_ f: YUVFrame, x: Range<Int>? = nil, y: Range<Int>? = nil) -> Double {
        (Synthetic.meanY(f, x: x, y: y) - 16) / (235 - 16)
    }

    @Test(arguments: [(TransitionKind.wipeLeft, "right"), (.wipeRight, "left"), (.wipeUp, "bottom"), (.wipeDown, "top")])
    func wipesCoverHalfFromTheirSide(kind: TransitionKind, side: String) {
        let a = Self.solid(16, 128, 128), b = Self.solid(235, 128, 128)
        let mid = Self.run(kind, a, b, 0.5)
        #expect(abs(Self.coverage(mid) - 0.5) < 0.005, "\(Self.coverage(mid))")
        let near: (x: Range<Int>, y: Range<Int>) = switch side {
        case "right": (40..<64, 0..<36)
        case "left": (0..<24, 0..<36)
        case "bottom": (0..<64, 22..<36)
        default: (0..<64, 0..<14)
        }
        #expect(Self.coverage(mid, x: near.x, y: near.y) == 1)
        // A quarter of the way the edge (soft, 2 px here) has travelled a quarter of its path,
        // which runs from half an edge outside one side to half an edge outside the other.
        let q = Self.run(kind, a, b, 0.25)
        let length = kind == .wipeLeft || kind == .wipeRight ? 64.0 : 36.0
        #expect(abs(Self.coverage(q) - (-1 + 0.25 * (length + 2)) / length) < 0.002, "\(Self.coverage(q))")
        #expect(Set(q.y.data).count > 2)
    }

    @Test(arguments: [TransitionKind.slideLeft, .slideRight, .slideUp, .slideDown])
    func pushesMoveBothPictures(kind: TransitionKind) {
        let (a, b) = Self.pair(width: 64, height: 36)
        let mid = Self.run(kind, a, b, 0.5)
        for y in 0..<36 {
            for x in 0..<64 {
                let expected: UInt8 = switch kind {
                case .slideLeft: x < 32 ? a.y[x + 32, y] : b.y[x - 32, y]
                case .slideRight: x < 32 ? b.y[x + 32, y] : a.y[x - 32, y]
                case .slideUp: y < 18 ? a.y[x, y + 18] : b.y[x, y - 18]
                default: y < 18 ? b.y[x, y + 18] : a.y[x, y - 18]
                }
                #expect(mid.y[x, y] == expected, "\(kind) at \(x),\(y)")
            }
        }
        #expect(mid.u[8, 4] == (kind == .slideLeft ? a.u[24, 4] : kind == .slideRight ? b.u[24, 4] : kind == .slideUp ? a.u[8, 13] : b.u[8, 13]))
    }

    @Test(arguments: [TransitionKind.circleOpen, .circleClose])
    func circlesGrowAndShrinkFromTheCentre(kind: TransitionKind) {
        let a = Self.solid(16, 128, 128, width: 160, height: 90), b = Self.solid(235, 128, 128, width: 160, height: 90)
        let open = kind == .circleOpen
        var last = 0.0
        for p in [0.2, 0.4, 0.6, 0.8] {
            let f = Self.run(kind, a, b, p)
            let c = Self.coverage(f)
            #expect(c > last, "the incoming picture must keep gaining: \(c) after \(last)")
            last = c
            let centre = Self.coverage(f, x: 78..<82, y: 43..<47), corner = Self.coverage(f, x: 0..<4, y: 0..<4)
            #expect(open ? centre == 1 && corner == 0 : centre == 0 && corner == 1, "p \(p)")
        }
    }

    @Test func dissolveIsScatteredAndHalfwayAtTheMidpoint() {
        let a = Self.solid(16, 128, 128, width: 128, height: 72), b = Self.solid(235, 128, 128, width: 128, height: 72)
        let mid = Self.run(.dissolve, a, b, 0.5)
        #expect(abs(Self.coverage(mid) - 0.5) < 0.03)
        for by in stride(from: 0, to: 72, by: 8) {
            for bx in stride(from: 0, to: 128, by: 8) {
                let c = Self.coverage(mid, x: bx..<bx + 8, y: by..<by + 8)
                #expect(c > 0.15 && c < 0.85, "block \(bx),\(by): \(c)")
            }
        }
    }

    @Test func lumaWipeTakesTheDarkPartsFirst() {
        // Outgoing: a left-to-right luma ramp; incoming: white.
        var a = Self.solid(16, 128, 128, width: 220, height: 4)
        for x in 0..<220 { for y in 0..<4 { a.y[x, y] = UInt8(16 + x) } }
        let b = Self.solid(235, 128, 128, width: 220, height: 4)
        let f = Self.run(.lumaWipe, a, b, 0.4)
        // Threshold 16 + 0.4 × 251 = 116.4: luma well below shows b, well above stays a.
        #expect(f.y[40, 1] == 235 && f.y[200, 1] == a.y[200, 1])
        #expect(f.y[99, 1] > a.y[99, 1] && f.y[99, 1] < 235, "soft ramp near the threshold")
    }

    @Test(arguments: [TransitionKind.wipeLeft, .wipeDown, .circleOpen, .circleClose, .dissolve])
    func chromaFollowsTheLumaMask(kind: TransitionKind) {
        // Where all four luma samples of a chroma sample are the incoming picture's, so is the
        // colour, and likewise for the outgoing picture. (Luma spans 219 levels, more than the
        // chroma's 138, so luma is exactly a or b only at weights 0 and 256.)
        let a = Self.solid(16, 102, 240, width: 96, height: 54), b = Self.solid(235, 240, 118, width: 96, height: 54)
        let f = Self.run(kind, a, b, 0.45)
        var checked = (a: 0, b: 0)
        for cy in 0..<27 {
            for cx in 0..<48 {
                let ys = [f.y[2 * cx, 2 * cy], f.y[2 * cx + 1, 2 * cy], f.y[2 * cx, 2 * cy + 1], f.y[2 * cx + 1, 2 * cy + 1]]
                if ys.allSatisfy({ $0 == 235 }) {
                    #expect(f.u[cx, cy] == 240 && f.v[cx, cy] == 118); checked.b += 1
                } else if ys.allSatisfy({ $0 == 16 }) {
                    #expect(f.u[cx, cy] == 102 && f.v[cx, cy] == 240); checked.a += 1
                } else {
                    #expect(f.u[cx, cy] >= 102 && f.u[cx, cy] <= 240)
                }
            }
        }
        #expect(checked.a > 20 && checked.b > 20, "\(checked)")
    }

    @Test func zoomInMagnifiesTheOutgoingPicture() {
        // A white square in the middle of black grows with the zoom (the incoming picture is black).
        var a = Self.solid(16, 128, 128, width: 128, height: 72)
        for y in 30..<42 { for x in 58..<70 { a.y[x, y] = 235 } }
        let b = Self.solid(16, 128, 128, width: 128, height: 72)
        func brightWidth(_ f: YUVFrame) -> Int { (0..<128).filter { f.y[$0, 36] > 60 }.count }
        let early = Self.run(.zoomIn, a, b, 0.2), later = Self.run(.zoomIn, a, b, 0.5)
        #expect(brightWidth(early) > 12 && brightWidth(later) > brightWidth(early))
    }

    @Test func blurFadeIsSoftestAtTheMiddle() {
        let (a, b) = Self.pair(width: 192, height: 108)
        func sharpness(_ f: YUVFrame) -> Int {
            var s = 0
            for y in 0..<108 { for x in 0..<191 { s += abs(Int(f.y[x, y]) - Int(f.y[x + 1, y])) } }
            return s
        }
        var plain = a
        TransitionKernels.crossfade(&plain, b, 0.5)
        let mid = Self.run(.blurFade, a, b, 0.5), early = Self.run(.blurFade, a, b, 0.1)
        #expect(sharpness(mid) * 4 < sharpness(plain) * 3, "\(sharpness(mid)) vs \(sharpness(plain))")
        #expect(sharpness(early) > sharpness(mid))
        #expect(abs(Synthetic.meanY(mid) - Synthetic.meanY(plain)) < 2) // the same blend, blurred
    }
}
