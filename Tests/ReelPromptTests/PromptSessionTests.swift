import Testing
import ReelTimeline
@testable import ReelPrompt

@Suite("Interactive prompt")
struct PromptSessionTests {
    @Test func greetsWithExamples() {
        let s = PromptSession()
        #expect(s.openingLines.first == "Share your images and I'll get started…")
        #expect(s.openingLines.contains("  turn these photos into a 30-second video with smooth transitions"))
    }

    @Test func roughCutPreviewRefine() throws {
        var s = PromptSession()
        let shared = s.respond(to: "/tmp/a.jpg '/tmp/my photos/b.jpg' /tmp/c\\ d.png")
        #expect(s.photos == ["/tmp/a.jpg", "/tmp/my photos/b.jpg", "/tmp/c d.png"])
        #expect(shared.action == nil)
        let first = s.respond(to: "a 9-second video, titled 'Weekend'")
        guard case .render(let t, .standard) = first.action else {
            Issue.record("no render: \(first.lines)")
            return
        }
        #expect(t.durationMs == 9000)
        #expect(first.lines.contains("  3. Title: \"Weekend\" (0-3s)") || first.lines.contains { $0.contains("Title: \"Weekend\"") })
        let second = s.respond(to: "shorter, quick preview")
        guard case .render(let t2, .preview) = second.action else {
            Issue.record("no render: \(second.lines)")
            return
        }
        #expect(t2.durationMs == 7200)
        #expect(second.lines.contains("  length: 9 s → 7.2 s"))
        #expect(s.respond(to: "status").lines == t2.summaryLines)
        #expect(s.respond(to: "export").action == .export(t2))
        #expect(s.respond(to: "quit").action == .quit)
    }

    @Test func requestBeforePhotosWaitsForThem() {
        var s = PromptSession()
        let early = s.respond(to: "vertical, 10 seconds")
        #expect(early.action == nil)
        #expect(early.lines.last == "Share your images and I'll get started…")
        let later = s.respond(to: "a.jpg b.jpg")
        guard case .render(let t, _) = later.action else {
            Issue.record("no render: \(later.lines)")
            return
        }
        #expect(t.profile.height == 1920 && t.durationMs == 10000)
    }

    @Test func offlineCloudActionsAreAnsweredAtOnce() {
        var s = PromptSession()
        #expect(s.respond(to: "credits").lines.first?.contains("needs the cloud") == true)
        #expect(s.respond(to: "余额").action == nil)
        _ = s.respond(to: "a.jpg b.jpg")
        let reply = s.respond(to: "generate new footage of a sunset")
        #expect(reply.lines.contains { $0.hasPrefix("Not possible offline: generate new footage needs the cloud") })
        var online = PromptSession(online: true)
        #expect(online.respond(to: "generate new footage of a sunset").action == .cloudChat("generate new footage of a sunset"))
    }

    @Test func undoAndRedoStepThroughTheSessionsDrafts() throws {
        var session = PromptSession()
        _ = session.respond(to: tenPhotos.joined(separator: " ") + " make it 20 seconds")
        #expect(session.timeline?.durationMs == 20_000)
        _ = session.respond(to: "fade to black")
        #expect(session.timeline?.tracks[0].segments[1].transition?.kind == .fadeBlack)
        var reply = session.respond(to: "undo")
        #expect(session.timeline?.tracks[0].segments[1].transition?.kind == .crossfade && session.timeline?.durationMs == 20_000)
        if case .render? = reply.action {} else { Issue.record("undo should show the draft again") }
        // the first cut was not an edit: nothing before it
        #expect(session.respond(to: "撤销").lines == ["Nothing to undo."])
        #expect(session.timeline?.durationMs == 20_000)
        reply = session.respond(to: "redo")
        #expect(session.timeline?.tracks[0].segments[1].transition?.kind == .fadeBlack)
        reply = session.respond(to: "redo")
        #expect(reply.lines == ["Nothing to redo."])
    }
}
