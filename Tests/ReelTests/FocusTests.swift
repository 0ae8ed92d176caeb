import Foundation
import Reel
import ReelAnalysis
import ReelImageIO
import ReelTestSupport
import Testing

/// `focus`: faces stay in frame. Tall 1000x2400 portraits (Fixtures/faces) with a real face near
/// the top or the bottom, in a 16:9 fill: the frames Reel renders are searched for the face
/// with the same detector, so "the eyes and mouth are in view" is checked on real pixels (the
/// detector's box spans the eyebrows to below the mouth, and it only fires on a whole face).
@Suite struct FocusTests {
    static let size = PixelSize(width: 640, height: 360)
    let canvases = ["tall-face-top.jpg", "tall-face-bottom.jpg"].map { Fixtures.url("faces/" + $0).path }

    /// One photo, 16:9 fill, with the slideshow's motion number `motion`.
    func timeline(_ photo: String, focus: Focus?, motion: Int) throws -> Timeline {
        var o = SlideshowOptions()
        o.profile = OutputProfile(width: Self.size.width, height: Self.size.height, fps: 30)
        o.slideDurationMs = 3000
        o.fit = .fill
        o.focus = focus
        var t = try Slideshow.timeline(photos: [photo], options: o)
        t.tracks[0].segments[0].kenBurns = Slideshow.motion(forPhoto: motion)
        return t
    }

    /// The faces in frames of `t` at `seconds`, in frame pixels: each frame is the one
    /// `LocalRenderer.frame(_:atSeconds:)` gives, all rendered by one compositor (so the photo is
    /// decoded and its faces looked for once, not once a frame).
    func faces(_ t: Timeline, atSeconds seconds: [Double]) throws -> [[(x: Double, y: Double, w: Double, h: Double)]] {
        let compositor = try LocalRenderer().makeCompositor(t, base: nil, size: Self.size)
        return try seconds.map { s in
            let n = FrameTime.frame(at: FrameTime.ms(seconds: s), fps: t.profile.fps)
            try #require(n >= 0 && n < compositor.frameCount, "\(s) s is outside the video")
            return try faces(in: BT709.rgba(from: compositor.frame(at: n)))
        }
    }

    /// The faces in a rendered frame, in frame pixels.
    func faces(in frame: RGBAImage) throws -> [(x: Double, y: Double, w: Double, h: Double)] {
        let p = frame.pixels
        var grey = [UInt8](repeating: 0, count: frame.width * frame.height)
        for i in grey.indices {
            let r = Int(p[i * 4]) * 77, g = Int(p[i * 4 + 1]) * 150, b = Int(p[i * 4 + 2]) * 29
            grey[i] = UInt8((r + g + b) >> 8)
        }
        let found = try #require(FaceDetector.shared).faces(grey: grey, width: frame.width, height: frame.height)
        let w = Double(frame.width), h = Double(frame.height)
        return found.map { f in (x: f.x * w, y: f.y * h, w: f.width * w, h: f.height * h) }
    }

    @Test(arguments: [0, 2, 5])
    func faceStaysInViewForTheWholeSegment(motion: Int) throws {
        for photo in canvases {
            let t = try timeline(photo, focus: .auto, motion: motion)
            let seconds = [0.0, 1.5, 2.98]  // first, middle and last frame
            for (s, f) in zip(seconds, try faces(t, atSeconds: seconds)) {
                #expect(f.count == 1, "\(photo) motion \(motion) at \(s) s: \(f)")
                if let face = f.first {
                    #expect(face.x >= 0 && face.y >= 0 && face.x + face.w <= 640 && face.y + face.h <= 360,
                            "\(photo) motion \(motion) at \(s) s: face box \(face) not inside the frame")
                }
            }
        }
    }

    @Test func centreCropCutsTheHeadOff() throws {
        for photo in canvases {
            let t = try timeline(photo, focus: nil, motion: 0)
            let seconds = [0.0, 1.5, 2.98]
            for (s, f) in zip(seconds, try faces(t, atSeconds: seconds)) {
                #expect(f.isEmpty, "\(photo) at \(s) s: the centre crop shows a face")
            }
        }
    }

    @Test func theDraftRecordsTheChoiceAndRendersTheSame() throws {
        for (photo, top) in zip(canvases, [true, false]) {
            let auto = try timeline(photo, focus: .auto, motion: 4)
            let resolved = try LocalRenderer().resolvingFocus(auto, base: nil)
            let seg = resolved.tracks[0].segments[0]
            guard case .point(let x, let y)? = seg.focus else {
                Issue.record("no focus point recorded: \(String(describing: seg.focus))")
                continue
            }
            // The crop is as near the face's edge of the photo as it can go; the head is left of centre.
            #expect(top ? y < 0.2 : y > 0.8, "crop centre y \(y)")
            #expect(x == 0.5, "a tall photo's fill crop spans its width")
            #expect(seg.kenBurns != auto.tracks[0].segments[0].kenBurns, "the motion was aimed")
            // Through the draft JSON and back: the same frames as the render that looked for faces.
            let draft = try Timeline(draftJSON: resolved.draftJSON())
            #expect(draft.tracks[0].segments[0].focus == seg.focus)
            let a = try LocalRenderer().makeCompositor(auto, base: nil, size: Self.size)
            let b = try LocalRenderer().makeCompositor(draft, base: nil, size: Self.size)
            for n in [0, 45, 89] {
                let fa = try a.frame(at: n), fb = try b.frame(at: n)
                let diff = zip(fa.y.data, fb.y.data).reduce(0) { $0 + abs(Int($1.0) - Int($1.1)) }
                #expect(Double(diff) / Double(fa.y.data.count) < 0.5, "\(photo) frame \(n): mean difference \(Double(diff) / Double(fa.y.data.count))")
            }
        }
    }

    @Test func facesAreFoundOnTheReducedDecode() throws {
        // What the still cache sees for a 640x360 render: the JPEG decoded at 7/8 scale.
        let decoder = ImageDecoder()
        for (photo, top) in zip(canvases, [true, false]) {
            let image = try decoder.decode(URL(fileURLWithPath: photo), minimumSize: PixelSize(width: 736, height: 414))
            #expect(image.width < 1000)
            let s = SubjectFinder.find(rgba: image.pixels, width: image.width, height: image.height)
            #expect(s.faces.count == 1)
            if let f = s.faces.first {
                #expect(top ? f.maxYForTest < 0.35 : f.y > 0.65, "face \(f)")
                #expect(f.x > 0.1 && f.x + f.width < 0.8, "face \(f)")
            }
        }
    }
}

extension SubjectRegion {
    var maxYForTest: Double { y + height }
}
