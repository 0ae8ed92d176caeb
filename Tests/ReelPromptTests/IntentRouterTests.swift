import Testing
@testable import ReelPrompt

@Suite("Intent routing")
struct IntentRouterTests {
    /// Every row of the product's routing table, in English and Chinese.
    @Test(arguments: [
        ("export", Intent.export), ("导出", .export), ("download", .export), ("send me the video", .export),
        ("Export it please", .export), ("click the Export button", .export), ("下载视频", .export),
        ("credits", .credits), ("积分", .credits), ("balance", .credits), ("余额", .credits),
        ("how many credits do I have?", .credits), ("查一下余额", .credits),
        ("status", .status), ("状态", .status), ("show tracks", .status), ("preview in timeline", .status),
        ("open the music panel", .status), ("show me the timeline", .status),
        ("upload", .upload([])), ("上传", .upload([])),
    ] as [(String, Intent)])
    func table(_ text: String, _ expected: Intent) {
        #expect(IntentRouter.route(text) == expected)
    }

    @Test func uploadCarriesFiles() {
        #expect(IntentRouter.route("upload beach.jpg and song.mp3") == .upload(["beach.jpg", "song.mp3"]))
        #expect(IntentRouter.route("上传", inputs: ["a.png"]) == .upload(["a.png"]))
        // a file on its own is an upload
        #expect(IntentRouter.route("/Users/me/Pictures/beach.jpg") == .upload(["/Users/me/Pictures/beach.jpg"]))
    }

    @Test(arguments: [
        "turn these photos into a 30-second video with smooth transitions",
        "edit: vertical, 3 seconds each", "add BGM song.mp3", "make it 20 seconds and export it",
        "做一个半分钟的竖屏视频",
    ])
    func anythingElseIsAnEdit(_ text: String) {
        guard case .edit(let i) = IntentRouter.route(text, online: true) else {
            Issue.record("\(text) was not routed to an edit")
            return
        }
        #expect(!i.plan.isEmpty)
        #expect(i.needsCloud == nil)
    }

    @Test(arguments: [
        ("generate new footage of a sunset", "generate new footage"),
        ("add AI music", "generate music"),
        ("add a voiceover", "an AI voice-over"),
        ("remove the background from the photos", "AI photo editing (backgrounds, sky, objects)"),
        ("AI配乐", "generate music (AI配乐)"),
        ("add BGM", "pick background music (no music file was given)"),
    ])
    func cloudOnlyRequests(_ text: String, _ need: String) {
        // online: to cloud chat
        #expect(IntentRouter.route(text, online: true) == .cloudChat(message: text, reason: need))
        // offline: answered locally, with what was not possible
        guard case .edit(let i) = IntentRouter.route(text, online: false) else {
            Issue.record("\(text) offline was not answered locally")
            return
        }
        #expect(i.needsCloud == need)
    }

    @Test func musicAtHandNeedsNoCloud() {
        guard case .edit(let i) = IntentRouter.route("add BGM", inputs: ["a.jpg", "song.mp3"], online: true) else {
            Issue.record("not an edit")
            return
        }
        #expect(i.needsCloud == nil)
    }

    /// An undo or redo with a clause that only explains or chats is still the undo; once the other
    /// clause asks for a change (or says something unread), the request is an edit.
    @Test func historyWithAReason() {
        #expect(IntentRouter.route("go back 2 steps, i messed it up") == .undo(steps: 2))
        #expect(IntentRouter.route("oops, undo that") == .undo(steps: 1))
        #expect(IntentRouter.route("redo that please, I undid it by mistake") == .redo(steps: 1))
        #expect(IntentRouter.route("撤销两步，刚才弄错了") == .undo(steps: 2))
        for text in ["undo that, and make it vertical", "go back 2 steps, make it sepia", "undo, 30 seconds"] {
            guard case .edit = IntentRouter.route(text) else {
                Issue.record("\(text) was not routed to an edit")
                continue
            }
        }
    }

    /// A question about the draft as it is shows it.
    @Test(arguments: ["how long is it right now?", "how long is the video now?", "what's the length right now", "现在视频多长？"])
    func questionsShowTheDraft(_ text: String) {
        #expect(IntentRouter.route(text) == .status)
    }

    /// An undo or redo with chat around it is still an undo or redo; with an edit around it, an edit.
    @Test(arguments: [
        ("ugh, undo that", Intent.undo(steps: 1)), ("oops, redo what I just undid", .redo(steps: 1)),
        ("can u undo that? like 2 steps back", .undo(steps: 2)), ("go back 2 steps, i messed it up", .undo(steps: 2)),
        ("undo that, the title looked better before", .undo(steps: 1)), ("whoops, go back a couple of steps", .undo(steps: 2)),
        ("哎呀，撤销一下，还是原来的好", .undo(steps: 1)), ("帮我撤销两步吧，改乱了", .undo(steps: 2)),
        ("how long is it right now?", .status),
    ] as [(String, Intent)])
    func chatAroundACommand(_ text: String, _ expected: Intent) {
        #expect(IntentRouter.route(text) == expected)
    }

    @Test(arguments: ["undo that and make it 20 seconds", "undo that, make it sepia", "go back to the first photo", "undo the zoom"])
    func anEditAroundAnUndoIsAnEdit(_ text: String) {
        guard case .edit = IntentRouter.route(text) else {
            Issue.record("\(text) was routed to \(IntentRouter.route(text))")
            return
        }
    }
}
