import ReelCompositor
import ReelTimeline
import Testing

/// `Framing`: where the fill crop sits and where the motion goes, so subjects stay in view.
@Suite struct FramingTests {
    let motions = (0..<6).map { Slideshow.motion(forPhoto: $0) }

    @Test func noSubjectsKeepsTheCentreAndTheMotion() {
        for m in motions {
            let c = Framing.choose(photo: PixelSize(width: 1000, height: 2400), fit: .fill, canvasAspect: 16.0 / 9, subjects: [], motion: m)
            #expect(c.crop == nil && c.motion == m)
        }
    }

    @Test func fillCropMovesToTheSubjectAsFarAsTheEdgesAllow() throws {
        let photo = PixelSize(width: 1000, height: 2400)
        let head = UnitRect(x: 0.2, y: 0.02, width: 0.4, height: 0.15)
        let c = Framing.choose(photo: photo, fit: .fill, canvasAspect: 16.0 / 9, subjects: [head], motion: nil)
        let crop = try #require(c.crop)
        #expect(abs(crop.height - 1000.0 / (16.0 / 9) / 2400) < 1e-12)
        #expect(crop.y == 0 && crop.x == 0 && crop.width == 1)   // pinned to the top edge
        #expect(crop.contains(head))
        let low = UnitRect(x: 0.3, y: 0.55, width: 0.3, height: 0.1)
        let mid = try #require(Framing.choose(photo: photo, fit: .fill, canvasAspect: 16.0 / 9, subjects: [low], motion: nil).crop)
        #expect(abs(mid.midY - low.midY) < 1e-12)                // centred on it when there is room
    }

    @Test func everyViewOfEveryMotionHoldsTheSubject() throws {
        // Subjects in the corners, at the edges and in the middle of a canvas, small and large.
        var subjects: [UnitRect] = []
        for (x, y) in [(0.0, 0.0), (0.7, 0.0), (0.0, 0.6), (0.65, 0.7), (0.35, 0.3), (0.9, 0.45)] {
            for s in [0.1, 0.3] { subjects.append(UnitRect(x: x, y: y, width: s, height: s * 1.2).clampedToUnit) }
        }
        subjects.append(UnitRect(x: 0.05, y: 0.05, width: 0.9, height: 0.8))
        for m in motions {
            for r in subjects {
                let aimed = Framing.aim(m, at: r)
                #expect(Framing.holds(aimed, r, samples: 300), "motion \(m) subject \(r)")
                #expect(aimed.maxZoom <= m.maxZoom + 1e-12, "never deeper than asked (the canvas is sized for it)")
            }
        }
    }

    @Test func theCentreMotionCutsACornerSubjectAndTheAimedOneDoesNot() {
        // Zooming into the centre of a canvas whose subject is at the top loses it; aimed, it stays.
        let top = UnitRect(x: 0.4, y: 0.0, width: 0.2, height: 0.12)
        let zoomIn = motions[0]
        #expect(!Framing.holds(zoomIn, top))
        let aimed = Framing.aim(zoomIn, at: top)
        #expect(Framing.holds(aimed, top))
        #expect(aimed.to.zoom == zoomIn.to.zoom, "a small subject allows the full zoom")
        #expect(aimed.to.y < 0.5, "towards the subject")
    }

    @Test func blurFitPlacesSubjectsInTheContainedPhoto() throws {
        // A tall photo contained in 16:9 spans 0.234 of the width in the middle.
        let face = UnitRect(x: 0.25, y: 0.05, width: 0.5, height: 0.2)
        let c = Framing.choose(photo: PixelSize(width: 1000, height: 2400), fit: .blur, canvasAspect: 16.0 / 9, subjects: [face], motion: motions[0])
        #expect(c.crop == nil)
        let s = try #require(c.subject)
        #expect(abs(s.y - 0.05) < 1e-12 && abs(s.height - 0.2) < 1e-12)
        #expect(Framing.holds(try #require(c.motion), s))
    }
}
