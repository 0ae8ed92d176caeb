import Testing
@testable import ReelPrompt
import ReelTimeline

/// `reel ask` knows the catalogue's names.
@Suite struct TransitionNamePromptTests {
    @Test(arguments: [
        ("a 30 second video with wipe transitions", TransitionKind.wipeLeft),
        ("use wipes to the right", .wipeRight),
        ("wipe down between photos", .wipeDown),
        ("slide transitions please", .slideLeft),
        ("push up between the photos", .slideUp),
        ("make it with a push", .slideLeft),
        ("zoom transitions and music", .zoomIn),
        ("circle transitions", .circleOpen),
        ("an iris out between photos", .circleClose),
        ("luma wipe transitions", .lumaWipe),
        ("blurry transitions", .blurFade),
        ("a noise dissolve", .dissolve),
        ("用擦除转场", .wipeLeft),
        ("做一个推移转场的视频", .slideLeft),
    ])
    func namesPickTheirTransition(text: String, kind: TransitionKind) {
        let i = PromptInterpreter.interpret(text)
        let kinds = i.plan.settings.compactMap { s -> TransitionKind? in if case .transition(let k) = s { k } else { nil } }
        #expect(kinds == [kind], "\(text): \(i.understood) / not understood \(i.notUnderstood)")
    }

    @Test func zoomTransitionIsNotKenBurnsZoom() {
        let i = PromptInterpreter.interpret("zoom transition between photos")
        #expect(!i.plan.settings.contains(.motion(.zoom)))
        #expect(i.understood.contains { $0.contains("zoomin transitions") })
    }

    @Test(arguments: ["4 seconds per slide", "a slideshow of my trip", "crossfade", "smooth transitions", "slow zoom"])
    func otherWordsKeepTheirMeaning(text: String) {
        let kinds = PromptInterpreter.interpret(text).plan.settings.compactMap { s -> TransitionKind? in if case .transition(let k) = s { k } else { nil } }
        #expect(kinds.allSatisfy { $0 == .crossfade }, "\(text): \(kinds)")
    }
}
