import Foundation
import Testing
import ReelTimeline
@testable import ReelPrompt

/// Undo and redo of several steps in a session, and what exceptions say and do.
@Suite struct StepsAndExceptionsTests {
    @Test func routingCountsTheSteps() {
        #expect(IntentRouter.route("undo the last two changes") == .undo(steps: 2))
        #expect(IntentRouter.route("undo") == .undo(steps: 1))
        #expect(IntentRouter.route("撤回最近三次修改") == .undo(steps: 3))
        #expect(IntentRouter.route("恢復兩步") == .redo(steps: 2))
        #expect(IntentRouter.route("redo twice") == .redo(steps: 2))
        // a length is not a number of steps
        if case .undo = IntentRouter.route("go back 2 seconds") { Issue.record("a length read as steps") }
    }

    @Test func aSessionStepsBackAndForthSeveralDrafts() throws {
        var session = PromptSession()
        _ = session.respond(to: tenPhotos.joined(separator: " ") + " make it 20 seconds")
        var drafts = [try #require(session.timeline)]
        for request in ["fade to black", "vertical", "no music"] {
            _ = session.respond(to: request)
            drafts.append(try #require(session.timeline))
        }
        var reply = session.respond(to: "undo the last 2 edits")
        #expect(session.timeline == drafts[1])
        #expect(reply.lines.first == "Undone 2 changes: back to the draft before the last 2 changes.")
        reply = session.respond(to: "撤销五步")
        #expect(session.timeline == drafts[0])
        #expect(reply.lines.first == "Undone 1 of the 5 changes asked: only 1 earlier draft was kept (at most 20 are).")
        reply = session.respond(to: "redo 3 times")
        #expect(session.timeline == drafts[3])
        #expect(session.respond(to: "redo").lines == ["Nothing to redo."])
        _ = session.respond(to: "go back two steps")
        #expect(session.timeline == drafts[1])
        _ = session.respond(to: "square")
        #expect(session.respond(to: "redo twice").lines == ["Nothing to redo."])
    }

    @Test func theUnderstoodLineQuotesTheExceptionAsSaid() throws {
        let (i, edit) = try firstCut("Every photo 2 seconds EXCEPT the first")
        #expect(i.understood == ["\"Every photo 2 seconds EXCEPT the first\" → 2 s per photo, except photo 1"])
        #expect(edit.timeline.tracks[0].segments.map(\.durationMs) == [3000] + Array(repeating: 2000, count: 9))
        let (z, _) = try firstCut("除了第一张，其他每张照片4秒")
        #expect(z.understood.count == 1 && z.understood[0].hasPrefix("\"除了第一张，其他每张照片4秒\" → 4 s per photo, except photo 1"), "\(z.understood)")
    }

    @Test func anExceptionWithNothingToLimitIsReported() throws {
        let (i, edit) = try firstCut("make it vertical except the first")
        #expect(i.notUnderstood == ["except the first"])
        #expect(edit.timeline.profile.height == 1920)
    }

    @Test func transitionsKeptAreTheOnesIntoThePhotosNamed() throws {
        // a draft with fade-to-black transitions: "no transitions except…" keeps that one as it was
        let (_, faded) = try firstCut("fade to black")
        let i = PromptInterpreter.interpret("no transitions except between photo 4 and 3")
        let t = try DraftEditor().apply(i.plan, to: faded.timeline).timeline
        let kinds = t.tracks[0].segments.dropFirst().map { $0.transition?.kind ?? .cut }
        #expect(kinds == [.cut, .cut, .fadeBlack] + Array(repeating: .cut, count: 6))
        #expect(t.durationMs == faded.timeline.durationMs)
    }
}
