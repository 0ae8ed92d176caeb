import ReelPrompt
import Testing

@Suite struct CameraRollNameTests {
    @Test func heicHeifAndAvifAreRecognisedAsPhotos() {
        var s = PromptSession()
        _ = s.respond(to: "/tmp/IMG_0001.HEIC /tmp/IMG_0002.heif /tmp/beach.avif")
        #expect(s.photos == ["/tmp/IMG_0001.HEIC", "/tmp/IMG_0002.heif", "/tmp/beach.avif"])
        #expect(IntentRouter.route("upload IMG_0002.heif and beach.avif") == .upload(["IMG_0002.heif", "beach.avif"]))
    }
}
