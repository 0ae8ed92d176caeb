import Testing
@testable import ReelCompositor
import ReelTimeline

@Suite struct CompositorTests {
    let out = PixelSize(width: 64, height: 36)

    func timeline(_ n: Int, transition: TransitionKind = .crossfade, kenBurns: Bool = false) throws -> Timeline {
        var o = SlideshowOptions()
        o.profile = OutputProfile(width: 64, height: 36, fps: 30)
        o.kenBurns = kenBurns
        o.transition = transition
        return try Slideshow.timeline(photos: (0..<n).map { "p\($0).jpg" }, options: o)
    }

    func prepared(_ images: [RGBAImage], timeline t: Timeline) -> [PreparedStill] {
        let prep = StillPreparer(output: out)
        return zip(images, FramePlanner(timeline: t).segments).map { img, seg in
            let z = max(seg.kenBurns?.from.zoom ?? 1, seg.kenBurns?.to.zoom ?? 1)
            return prep.prepare(img, fit: seg.fit ?? .auto, canvas: prep.canvasSize(maxZoom: z))
        }
    }

    @Test func plannerFramesAndCrossfadeProgress() throws {
        let t = try timeline(10)
        let p = FramePlanner(timeline: t)
        #expect(p.frameCount == 765)
        #expect(p.frameRange(ofSegment: 0) == 0..<90)
        #expect(p.frameRange(ofSegment: 1) == 75..<165)
        #expect(p.plan(frame: 74).b == nil && p.plan(frame: 74).a?.segment == 0)
        let mid = p.plan(frame: 82)
        #expect(mid.a?.segment == 0 && mid.b?.segment == 1 && mid.transition == .crossfade)
        #expect(abs(mid.progress - (82.0 / 30 * 1000 - 2500) / 500) < 1e-9)
        #expect(p.plan(frame: 90).b == nil && p.plan(frame: 90).a?.segment == 1)
        #expect(p.plan(frame: 764).a?.segment == 9)
    }

    @Test func midCrossfadeFrameIsABlendOfItsNeighbours() throws {
        let t = try timeline(2)
        let stills = prepared([Synthetic.solid(200, 40, 40), Synthetic.solid(40, 40, 200)], timeline: t)
        let c = FrameCompositor(timeline: t, output: out, stills: SyntheticStills(stills))
        let before = try c.frame(at: 74), after = try c.frame(at: 90)
        // Frame 82 is at 2733.3 ms: progress (2733.3 - 2500) / 500 = 0.4667.
        let mid = try c.frame(at: 82)
        let w = (82.0 / 30 * 1000 - 2500) / 500
        for (plane, a, b) in [(mid.y, before.y, after.y), (mid.u, before.u, after.u), (mid.v, before.v, after.v)] {
            let expected = Double(a[3, 3]) * (1 - w) + Double(b[3, 3]) * w
            #expect(abs(Double(plane[3, 3]) - expected) <= 1.0)
        }
        #expect(mid.y != before.y && mid.y != after.y)
    }

    @Test func fadeThroughBlackReachesBlackAtTheMiddle() throws {
        let t = try timeline(2, transition: .fadeBlack)
        let stills = prepared([Synthetic.solid(250, 250, 250), Synthetic.solid(250, 250, 250)], timeline: t)
        let c = FrameCompositor(timeline: t, output: out, stills: SyntheticStills(stills))
        let ys = try (75..<90).map { Synthetic.meanY(try c.frame(at: $0)) }
        #expect(ys.min()! < 35)                       // near black (16) in the middle
        #expect(ys.first! > 200 && ys.last! > 150)    // bright at both ends
        let darkest = ys.firstIndex(of: ys.min()!)!
        #expect((6...8).contains(darkest))
    }

    @Test func portraitPhotoInLandscapeGetsBlurredSides() throws {
        let prep = StillPreparer(output: PixelSize(width: 320, height: 180))
        let portrait = Synthetic.pattern(width: 90, height: 160, seed: 3)
        #expect(prep.resolve(.auto, photo: PixelSize(width: 90, height: 160)) == .blur)
        #expect(prep.resolve(.auto, photo: PixelSize(width: 400, height: 300)) == .fill) // 4:3 crops into 16:9
        let s = prep.prepare(portrait, fit: .auto, canvas: PixelSize(width: 320, height: 180))
        #expect(s.fit == .blur)
        // Sides: not black, and smooth (blurred): neighbouring pixels differ little.
        let side = s.canvas.y
        var maxStep = 0, sum = 0
        for y in 10..<170 { for x in 5..<100 {
            sum += Int(side[x, y]); maxStep = max(maxStep, abs(Int(side[x, y]) - Int(side[x + 1, y])))
        } }
        #expect(Double(sum) / Double(160 * 95) > 25)
        #expect(maxStep <= 6)
        // The centre shows the photo itself, checker edges and all.
        var centreStep = 0
        for y in 10..<170 { for x in 130..<190 { centreStep = max(centreStep, abs(Int(side[x, y]) - Int(side[x + 1, y]))) } }
        #expect(centreStep > 15)
        let fit = prep.prepare(portrait, fit: .fit, canvas: PixelSize(width: 320, height: 180))
        #expect(fit.canvas.y[20, 90] == 16) // black bars
    }

    @Test func goldenChecksums() throws {
        // Our own kernels are hashed (FATE-style); change these only with a reason.
        let t = try timeline(3, kenBurns: true)
        let stills = prepared((0..<3).map { Synthetic.pattern(width: 96, height: 54 + $0 * 20, seed: $0) }, timeline: t)
        let c = FrameCompositor(timeline: t, output: out, stills: SyntheticStills(stills))
        let sums = try [0, 40, 80, 120, 160, 200].map { Synthetic.checksum(try c.frame(at: $0)) }
        let twice = try [0, 40, 80, 120, 160, 200].map { Synthetic.checksum(try c.frame(at: $0)) }
        #expect(sums == twice)
        #expect(sums == Self.golden, "composited frames changed: \(sums)")
    }

    static let golden = ["440af58101872502", "c86a5f7ccd44ac98", "85c3e2a18cc70435", "df838e99ad9a23e2", "991612b1e2ee6767", "a686d605f304bd9"]
}
