import Testing
@testable import ReelAnalysis

/// The saliency estimate: a clear subject is found, and nothing is made up where nothing stands out.
@Suite struct SaliencyTests {
    /// A w x h RGB picture: a flat or gently varying background, optionally a red disc.
    func picture(_ w: Int, _ h: Int, disc: (x: Double, y: Double, r: Double)?, noise: Bool = false) -> [Float] {
        var px = [Float](repeating: 0, count: w * h * 3)
        var seed: UInt64 = 7
        for y in 0..<h {
            for x in 0..<w {
                var c: (Float, Float, Float) = (90, 110, 130 - Float(y) * 0.3)
                if noise {
                    seed = seed &* 6364136223846793005 &+ 1442695040888963407
                    let n = Float(seed >> 56)
                    c = (n, Float((seed >> 40) & 0xFF), Float((seed >> 24) & 0xFF))
                }
                if let d = disc {
                    let dx = Double(x) / Double(w) - d.x, dy = Double(y) / Double(h) - d.y
                    if dx * dx + dy * dy < d.r * d.r { c = (220, 40, 30) }
                }
                px[(y * w + x) * 3] = c.0; px[(y * w + x) * 3 + 1] = c.1; px[(y * w + x) * 3 + 2] = c.2
            }
        }
        return px
    }

    @Test func anOffCentreSubjectOnAPlainBackgroundIsFound() throws {
        let r = try #require(Saliency.region(rgb: picture(48, 27, disc: (0.8, 0.3, 0.1)), width: 48, height: 27))
        #expect(abs(r.x + r.width / 2 - 0.8) < 0.1 && abs(r.y + r.height / 2 - 0.3) < 0.15, "\(r)")
    }

    @Test func nothingStandsOutInFlatNoisyOrCentredPictures() {
        #expect(Saliency.region(rgb: picture(48, 27, disc: nil), width: 48, height: 27) == nil)
        #expect(Saliency.region(rgb: picture(48, 27, disc: nil, noise: true), width: 48, height: 27) == nil)
        #expect(Saliency.region(rgb: picture(48, 27, disc: (0.5, 0.5, 0.12)), width: 48, height: 27) == nil)
        #expect(Saliency.region(rgb: [], width: 0, height: 0) == nil)
    }

    @Test func malformedInputFindsNothing() {
        #expect(SubjectFinder.find(rgba: [1, 2, 3], width: 10, height: 10, detector: nil).regions.isEmpty)
    }
}
