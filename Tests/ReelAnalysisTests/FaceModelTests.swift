import Testing
import ReelAnalysis

/// The face model compiled into Reel (`reel_face_model.c`) is dlib's own: the detector made
/// from it finds what `get_frontal_face_detector()` would.
@Suite struct FaceModelTests {
    @Test func theCompiledModelIsTheInstalledDlibsByteForByte() {
        #expect(FaceDetector.modelIsDlibs, "run scripts/make-face-model.sh after a dlib upgrade")
    }
}
