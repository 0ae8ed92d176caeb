import Foundation
@_spi(Testing) import ReelAV
import ReelCompositor
import ReelTestSupport
import ReelTimeline
import Testing

/// The clip reader against real files: which source frame each output frame shows, rotation,
/// HDR tone mapping, fit, and the errors for clips that cannot be used.
@Suite struct ClipReaderTests {
    func pictures(_ file: String, fps: Int = 30, frames: Range<Int>, inMs: Int = 0, startMs: Int = 0,
                  canvas: PixelSize = PixelSize(width: 320, height: 180), fit: FitMode = .fill,
                  referenceToneMap: Bool = false) throws -> [YUVFrame] {
        let request = ClipRequest(url: Fixtures.url("clips/" + file), segment: 0, canvas: canvas, fit: fit, fps: fps,
                                  segmentStartMs: startMs, inMs: inMs, frames: frames)
        let reader = try LibAVClipOpener(referenceToneMap: referenceToneMap).open(request)
        return try frames.map { try reader.picture(forFrame: $0).canvas }
    }

    @Test func sameRateShowsEveryFrameInOrder() throws {
        let shown = try pictures("level-30fps-sound.mp4", frames: 0..<60).map(levelFrameNumber)
        #expect(shown == Array(0..<60))
    }

    @Test func slowerClipRepeatsTheFrameOnScreen() throws {
        // 24 fps into 30 fps: output n at n/30 s shows source frame floor(n * 24 / 30).
        let shown = try pictures("level-24fps.webm", frames: 0..<48).map(levelFrameNumber)
        #expect(shown == (0..<48).map { $0 * 24 / 30 })
    }

    @Test func variableRateShowsTheLatestFrameAtOrBeforeEachTime() throws {
        // The fixture keeps 60 fps frames N (at N/60 s) except N mod 5 == 2 and N mod 7 == 4.
        let kept = (0..<60).filter { $0 % 5 != 2 && $0 % 7 != 4 }
        let shown = try pictures("level-vfr.mkv", frames: 0..<30).map(levelFrameNumber)
        #expect(shown == (0..<30).map { n in kept.last { $0 <= 2 * n }! })
    }

    @Test func segmentTimeAndInPointAreHonoured() throws {
        // A segment starting at 1 s on the timeline, playing from 0.5 s into the clip:
        // output frame 30 + k shows source frame 15 + k.
        let shown = try pictures("level-30fps-sound.mp4", frames: 30..<50, inMs: 500, startMs: 1000).map(levelFrameNumber)
        #expect(shown == Array(15..<35))
    }

    /// Reads `frames` of `file` on `canvas`, noting after each picture how many decoded frames the reader holds.
    func held(_ file: String, canvas: PixelSize, fit: FitMode = .fill, frames: Range<Int> = 0..<40) throws -> (held: [Int], shown: [Int]) {
        let request = ClipRequest(url: Fixtures.url("clips/" + file), segment: 0, canvas: canvas,
                                  fit: fit, fps: 30, segmentStartMs: 0, inMs: 0, frames: frames)
        let reader = try LibAVClipOpener().open(request)
        var held: [Int] = [], shown: [Int] = []
        for n in frames {
            shown.append(levelFrameNumber(try reader.picture(forFrame: n).canvas))
            held.append(LibAVClipOpener.decodedFramesHeld(by: reader) ?? -1)
        }
        return (held, shown)
    }

    @Test(arguments: ["level-30fps-sound.mp4", "level-24fps.webm", "level-vfr.mkv", "coffee-hlg-hevc10.mp4"])
    func keepsAtMostOneDecodedPictureFromItsDecoder(_ file: String) throws {
        // Once a frame's picture is made, the decoded frame goes back to the decoder's pool;
        // only the frame read ahead to time the next one stays. The 24 fps clip repeats
        // pictures, shown again without their decoded frame.
        let result = try held(file, canvas: PixelSize(width: 320, height: 180))
        #expect(result.held.allSatisfy { $0 == 0 || $0 == 1 }, "decoded frames held: \(result.held)")
        if file == "level-24fps.webm" { #expect(result.shown == (0..<40).map { $0 * 24 / 30 }) }
    }

    @Test func aClipLargerThanTheCanvasKeepsNoDecodedPicture() throws {
        // Pictures larger than the canvas (a 4K clip: 25 MB each in 10 bits) are made as soon as
        // they are decoded, so the one read ahead is held canvas-sized; the frames shown stay
        // the same, repeats included.
        let small = PixelSize(width: 160, height: 90)
        let same = try held("level-30fps-sound.mp4", canvas: small)
        #expect(same.held.allSatisfy { $0 == 0 }, "decoded frames held: \(same.held)")
        #expect(same.shown == Array(0..<40))
        let slower = try held("level-24fps.webm", canvas: small)
        #expect(slower.held.allSatisfy { $0 == 0 }, "decoded frames held: \(slower.held)")
        #expect(slower.shown == (0..<40).map { $0 * 24 / 30 })
        let late = try held("level-30fps-sound.mp4", canvas: small, frames: 55..<66)
        #expect(late.shown == [55, 56, 57, 58, 59, 59, 59, 59, 59, 59, 59])
        for fit in [FitMode.fill, .fit, .blur] {
            let hdr = try held("coffee-hlg-hevc10.mp4", canvas: small, fit: fit, frames: 0..<20)
            #expect(hdr.held.allSatisfy { $0 == 0 }, "\(fit): decoded frames held: \(hdr.held)")
        }
        // Faster than the output (60 fps): every other picture would be made for nothing, so
        // the frame read ahead stays decoded.
        let faster = try held("level-vfr.mkv", canvas: small, frames: 0..<30)
        #expect(faster.held.allSatisfy { $0 <= 1 })
    }

    @Test func afterTheEndTheLastFrameStays() throws {
        let shown = try pictures("level-30fps-sound.mp4", frames: 55..<66).map(levelFrameNumber)
        #expect(shown == [55, 56, 57, 58, 59, 59, 59, 59, 59, 59, 59])
    }

    @Test func displayMatrixTurnsThePictureUpright() throws {
        let info = try ClipInfo(probing: Fixtures.url("clips/rotated-90.mp4"))
        #expect(info.rotation == 90)
        #expect(info.displaySize == PixelSize(width: 180, height: 320))
        // Fit into a portrait canvas of the same shape: the red band is at the top.
        let frame = try pictures("rotated-90.mp4", frames: 0..<1, canvas: PixelSize(width: 180, height: 320), fit: .fit)[0]
        let rgba = BT709.rgba(from: frame)
        let top = rgba.pixel(90, 20), bottom = rgba.pixel(90, 300)
        #expect(top.r > 200 && top.b < 80, "top \(top)")
        #expect(bottom.b > 150 && bottom.r < 100, "bottom \(bottom)")
    }

    @Test func hlgClipIsToneMappedToLookLikeItsSDRGrade() throws {
        let info = try ClipInfo(probing: Fixtures.url("clips/coffee-hlg-hevc10.mp4"))
        #expect(info.dynamicRange == .hlg)
        let hdr = BT709.rgba(from: try pictures("coffee-hlg-hevc10.mp4", frames: 10..<11)[0])
        let sdr = BT709.rgba(from: try pictures("coffee-sdr.mp4", frames: 10..<11)[0])
        let deltaE = meanDeltaE(hdr, sdr)
        #expect(deltaE < 6, "mean ΔE \(deltaE)")
    }

    @Test(arguments: [FitMode.fill, .fit, .blur])
    func toneMapTableMatchesTheReferenceChainPixelByPixel(fit: FitMode) throws {
        // The table is made from the per-pixel chain (zimg, tonemap): the same frame both ways.
        let canvas = PixelSize(width: 320, height: 240)
        let table = try pictures("coffee-hlg-hevc10.mp4", frames: 10..<11, canvas: canvas, fit: fit)[0]
        let chain = try pictures("coffee-hlg-hevc10.mp4", frames: 10..<11, canvas: canvas, fit: fit, referenceToneMap: true)[0]
        func meanAbs(_ a: Plane, _ b: Plane) -> (mean: Double, max: Int) {
            var sum = 0, top = 0
            for y in 0..<a.height {
                for x in 0..<a.width {
                    let d = abs(Int(a[x, y]) - Int(b[x, y]))
                    sum += d; top = max(top, d)
                }
            }
            return (Double(sum) / Double(a.width * a.height), top)
        }
        for (name, a, b) in [("Y", table.y, chain.y), ("Cb", table.u, chain.u), ("Cr", table.v, chain.v)] {
            let d = meanAbs(a, b)
            // Interpolation between nodes 16 codes apart smooths the few steep spots of the chain
            // (colours at the gamut's edge): a code or two on average, up to about 16 at worst.
            #expect(d.mean < 2 && d.max <= 24, "\(fit) \(name): mean \(d.mean), max \(d.max)")
        }
        let deltaE = meanDeltaE(BT709.rgba(from: table), BT709.rgba(from: chain))
        #expect(deltaE < 2.2, "\(fit): mean ΔE \(deltaE) between the table and the chain")
    }

    @Test func fitModesPlaceThePicture() throws {
        // A 16:9 clip into a square canvas: fit leaves black bars above and below, fill does not.
        let square = PixelSize(width: 180, height: 180)
        let fit = try pictures("coffee-sdr.mp4", frames: 0..<1, canvas: square, fit: .fit)[0]
        let fill = try pictures("coffee-sdr.mp4", frames: 0..<1, canvas: square, fit: .fill)[0]
        let blur = try pictures("coffee-sdr.mp4", frames: 0..<1, canvas: square, fit: .blur)[0]
        #expect(fit.y[90, 5] == 16 && fit.y[90, 174] == 16)
        #expect(fill.y[90, 5] > 40)
        #expect(blur.y[90, 5] > 20 && blur.y[90, 5] < fill.y[90, 5] + 60)
    }

    @Test func interlacedClipIsDeinterlaced() throws {
        let info = try ClipInfo(probing: Fixtures.url("clips/interlaced.mp4"))
        #expect(info.interlaced)
        let frames = try pictures("interlaced.mp4", frames: 0..<30)
        #expect(frames.count == 30)
        // Deinterlaced flat fields: no comb (neighbouring rows differ by little).
        let f = frames[15]
        var comb = 0
        for y in 1..<f.height { comb = max(comb, abs(Int(f.y[160, y]) - Int(f.y[160, y - 1]))) }
        #expect(comb <= 4, "rows differ by up to \(comb)")
    }

    @Test func probeReportsLengthAndSound() throws {
        let withSound = try ClipInfo(probing: Fixtures.url("clips/level-30fps-sound.mp4"))
        #expect(abs(withSound.durationMs - 2000) <= 40 && withSound.hasAudio && withSound.codec == "h264")
        let silent = try ClipInfo(probing: Fixtures.url("clips/level-30fps-silent.mp4"))
        #expect(!silent.hasAudio)
        let webm = try ClipInfo(probing: Fixtures.url("clips/level-24fps.webm"))
        #expect(webm.codec.contains("vp9") && webm.hasAudio)
    }

    @Test func badClipsAreRefusedNamingTheFile() throws {
        for (file, problem) in [("bad/sound-only.mp4", ClipFileError.Problem.noVideoStream),
                                ("bad/text.mp4", .notVideo), ("clips/nonexistent.mp4", .missing)] {
            let error = #expect(throws: ClipFileError.self) { try ClipInfo(probing: Fixtures.url(file)) }
            #expect(error?.problem == problem, "\(file): \(String(describing: error))")
            #expect(error?.description.contains(Fixtures.url(file).path) == true)
        }
    }

    @Test func truncatedClipFailsPartWayInsteadOfFreezing() throws {
        let request = ClipRequest(url: Fixtures.url("bad/truncated-clip.mp4"), segment: 0, canvas: PixelSize(width: 320, height: 180),
                                  fit: .fill, fps: 30, segmentStartMs: 0, inMs: 0, frames: 0..<60)
        let reader = try LibAVClipOpener().open(request)
        let error = #expect(throws: ClipFileError.self) {
            for n in 0..<60 { _ = try reader.picture(forFrame: n) }
        }
        #expect(error?.problem == .damaged)
    }
}
