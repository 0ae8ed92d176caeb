import Foundation
import Testing
import ReelTimeline
@testable import ReelPrompt

@Suite("Interpreter: focus")
struct FocusPromptTests {
    @Test(arguments: ["keep faces in frame", "keep the heads in the shot", "don't cut off heads", "focus on the faces"])
    func facesInFrame(_ text: String) {
        let i = PromptInterpreter.interpret(text)
        #expect(i.plan.settings.contains(.focus(.auto)), "\(text): \(i.plan.settings)")
        #expect(i.notUnderstood.isEmpty, "\(text): \(i.notUnderstood)")
    }

    @Test(arguments: ["center crop", "crop to the centre", "centered crops please"])
    func centreCrop(_ text: String) {
        let i = PromptInterpreter.interpret(text)
        #expect(i.plan.settings.contains(.focus(nil)), "\(text): \(i.plan.settings)")
    }

    @Test func theDraftCarriesIt() throws {
        var o = SlideshowOptions()
        o.focus = .auto
        let first = try DraftEditor().makeTimeline(PromptInterpreter.interpret("20 seconds").plan, photos: ["a.jpg", "b.jpg"], options: o).timeline
        #expect(first.tracks[0].segments.allSatisfy { $0.focus == .auto })
        let centred = try DraftEditor().apply(PromptInterpreter.interpret("center crop").plan, to: first).timeline
        #expect(centred.tracks[0].segments.allSatisfy { $0.focus == nil })
    }
}
