import Foundation
import Testing
import ReelTimeline
@testable import ReelPrompt

@Suite("Interpreter: cuts on the beat")
struct BeatPromptTests {
    @Test(arguments: ["cut to the beat", "make the cuts on the beat", "beat-synced slideshow with music", "卡点视频", "sync the photos to the beat"])
    func beatPhrases(_ text: String) {
        let i = PromptInterpreter.interpret(text)
        #expect(i.plan.settings.contains(.beatSync), "\(text): \(i.plan.settings)")
        #expect(i.notUnderstood.isEmpty, "\(text): \(i.notUnderstood)")
    }

    @Test func hardCutsAreNotBeats() {
        let i = PromptInterpreter.interpret("hard cuts, 20 seconds")
        #expect(!i.plan.settings.contains(.beatSync))
        #expect(i.plan.settings.contains(.transition(.cut)))
    }

    @Test func beatSyncAlongsideOtherSettings() {
        let i = PromptInterpreter.interpret("a 30-second video with hard cuts on the beat")
        #expect(i.plan.settings.contains(.beatSync) && i.plan.settings.contains(.totalDuration(ms: 30_000)))
        #expect(i.plan.settings.contains(.transition(.cut)))
        #expect(i.understood.contains { $0.contains("cuts on the beat") }, "\(i.understood)")
        #expect(i.notUnderstood.isEmpty, "\(i.notUnderstood)")
    }
}
