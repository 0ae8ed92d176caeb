internal import CFaceShim
import Foundation

/// A face or other subject found in a picture: a rectangle in unit coordinates (0…1 across and
/// down) and how sure the finder is.
public struct SubjectRegion: Sendable, Hashable {
    /// Left edge, 0…1 of the picture's width.
    public var x: Double
    /// Top edge, 0…1 of the picture's height.
    public var y: Double
    /// Width, a share of the picture's width.
    public var width: Double
    /// Height, a share of the picture's height.
    public var height: Double
    /// Confidence: for a face the detector's score (0 is its own threshold), for a salient
    /// region how many times denser in contrast it is than the picture as a whole.
    public var score: Double

    /// A region from its unit rectangle and score.
    public init(x: Double, y: Double, width: Double, height: Double, score: Double) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
        self.score = score
    }
}

/// Finds upright frontal faces with dlib's HOG detector (its model, as dlib serializes it, is
/// compiled into Reel).
///
/// Owns one `reel_face_detector`, freed in `deinit`. Making one reads the model (milliseconds;
/// dlib's own compressed copy takes about a second to unpack); `shared` is made once per
/// process, and calls are serialised by a lock, since one dlib detector serves one thread at a time.
public final class FaceDetector: @unchecked Sendable {
    private let detector: OpaquePointer
    private let lock = NSLock()

    /// Faces scoring below this are dropped: dlib's own threshold is 0, and its weakest hits on
    /// textures and patterns score below 0.4.
    public static let minimumScore = 0.4

    /// The process-wide detector, made on first use; nil when it cannot be made.
    public static let shared: FaceDetector? = FaceDetector()

    /// A new detector, or nil when dlib cannot make one (out of memory).
    public init?() {
        guard let d = reel_face_detector_create() else { return nil }
        detector = d
    }

    deinit { reel_face_detector_free(detector) }

    /// Whether the model compiled into Reel is, byte for byte, the one the installed dlib's
    /// `get_frontal_face_detector()` gives (made again by `scripts/make-face-model.sh`).
    package static var modelIsDlibs: Bool { reel_face_model_is_dlibs() == 1 }

    /// The faces in an 8-bit grey image (`width` x `height`, rows packed), most confident first,
    /// as unit rectangles. A face must be about 80 pixels across in this image to be found.
    /// Bad sizes give no faces.
    public func faces(grey: [UInt8], width: Int, height: Int) -> [SubjectRegion] {
        guard width > 0, height > 0, width <= Int(Int32.max), height <= Int(Int32.max),
              grey.count >= width * height else { return [] }
        var boxes = [reel_face_box](repeating: reel_face_box(), count: 32)
        let n: Int32 = lock.withLock {
            grey.withUnsafeBufferPointer { g in
                boxes.withUnsafeMutableBufferPointer { b in
                    reel_face_detect(detector, g.baseAddress, Int32(width), Int32(height), Int32(width), b.baseAddress, Int32(b.count))
                }
            }
        }
        guard n > 0 else { return [] }
        let w = Double(width), h = Double(height)
        return boxes.prefix(Int(min(n, 32))).filter { $0.score >= Self.minimumScore }.map {
            SubjectRegion(x: Double($0.x) / w, y: Double($0.y) / h, width: Double($0.width) / w,
                          height: Double($0.height) / h, score: $0.score)
        }
    }
}
