/// What a photo is of, for framing: its faces, or else the one region that clearly stands out.
public struct Subjects: Sendable, Hashable {
    /// Faces, most confident first, each widened to the whole head (forehead, hair, chin).
    public var faces: [SubjectRegion]
    /// Without faces: a region much denser in contrast and edges than the rest; nil when
    /// nothing stands out (frame the centre).
    public var salient: SubjectRegion?

    /// Subjects from faces and a salient region.
    public init(faces: [SubjectRegion], salient: SubjectRegion?) {
        self.faces = faces
        self.salient = salient
    }

    /// Everything to keep in view, most important first.
    public var regions: [SubjectRegion] { faces.isEmpty ? salient.map { [$0] } ?? [] : faces }
}

/// Finds the subjects of a decoded photo: faces with `FaceDetector` on a grey copy of at most
/// `detectionPixels` pixels, else a `Saliency` estimate on a copy at most `saliencySide` pixels
/// long. Runs where the photo is decoded (the render's decode-ahead thread), on the reduced
/// decode; costs a few tens of milliseconds a photo.
public enum SubjectFinder {
    /// The grey copy faces are looked for in is at most this many pixels (a face must be about
    /// 80 pixels across in it: a fifth of the short side of a 3:2 photo).
    public static let detectionPixels = 250_000
    /// The long side of the copy saliency is estimated on.
    public static let saliencySide = 48

    /// The subjects of an RGBA picture (`width` x `height`, 4 bytes a pixel, rows packed).
    /// Malformed input gives no subjects.
    public static func find(rgba: [UInt8], width: Int, height: Int, detector: FaceDetector? = FaceDetector.shared) -> Subjects {
        guard width > 0, height > 0, rgba.count >= width * height * 4 else { return Subjects(faces: [], salient: nil) }
        let k = min(1, (Double(detectionPixels) / Double(width * height)).squareRoot())
        let gw = max(1, Int(Double(width) * k)), gh = max(1, Int(Double(height) * k))
        let sk = Double(saliencySide) / Double(max(width, height))
        let sw = max(1, min(width, Int((Double(width) * sk).rounded()))), sh = max(1, min(height, Int((Double(height) * sk).rounded())))
        let (grey, small) = reduce(rgba, width: width, height: height, grey: (gw, gh), colour: (sw, sh))
        let faces = (detector?.faces(grey: grey, width: gw, height: gh) ?? []).map(head)
        if !faces.isEmpty { return Subjects(faces: faces, salient: nil) }
        return Subjects(faces: [], salient: Saliency.region(rgb: small, width: sw, height: sh))
    }

    /// A detected face box (eyebrows to chin) widened to the head: hair and forehead above,
    /// ears at the sides, the chin below.
    static func head(_ f: SubjectRegion) -> SubjectRegion {
        SubjectRegion(x: f.x - 0.2 * f.width, y: f.y - 0.4 * f.height, width: 1.4 * f.width, height: 1.55 * f.height, score: f.score)
    }

    /// One pass over the photo: an area-averaged grey copy and an area-averaged RGB copy.
    static func reduce(_ rgba: [UInt8], width: Int, height: Int, grey g: (Int, Int), colour c: (Int, Int)) -> ([UInt8], [Float]) {
        var gSum = [UInt32](repeating: 0, count: g.0 * g.1), gCount = [UInt32](repeating: 0, count: g.0 * g.1)
        var cSum = [Float](repeating: 0, count: c.0 * c.1 * 3), cCount = [Float](repeating: 0, count: c.0 * c.1)
        let gx = (0..<width).map { $0 * g.0 / width }, cx = (0..<width).map { $0 * c.0 / width }
        rgba.withUnsafeBufferPointer { p in
            for y in 0..<height {
                let gRow = (y * g.1 / height) * g.0, cRow = (y * c.1 / height) * c.0
                var i = y * width * 4
                for x in 0..<width {
                    let r = UInt32(p[i]), gr = UInt32(p[i + 1]), b = UInt32(p[i + 2])
                    let gi = gRow + gx[x], ci = cRow + cx[x]
                    gSum[gi] &+= (r * 77 + gr * 150 + b * 29) >> 8
                    gCount[gi] &+= 1
                    cSum[ci * 3] += Float(r); cSum[ci * 3 + 1] += Float(gr); cSum[ci * 3 + 2] += Float(b)
                    cCount[ci] += 1
                    i += 4
                }
            }
        }
        let grey = zip(gSum, gCount).map { UInt8(min(255, $1 > 0 ? $0 / $1 : 0)) }
        let colour = cSum.indices.map { cCount[$0 / 3] > 0 ? cSum[$0] / cCount[$0 / 3] : 0 }
        return (grey, colour)
    }
}
