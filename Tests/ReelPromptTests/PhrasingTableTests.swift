import Foundation
import Testing
import ReelTimeline
@testable import ReelPrompt

/// A request and the draft it must produce from ten photos.
struct Phrasing: Sendable, CustomTestStringConvertible {
    let prompt: String
    let expected: DraftFacts
    init(_ prompt: String, _ expected: DraftFacts) {
        self.prompt = prompt
        self.expected = expected
    }
    var testDescription: String { prompt }
}

// Ten photos by default: 3 s each, 0.5 s crossfades → 10 × 3000 − 9 × 500 = 25500 ms.
let phrasings: [Phrasing] = [
    // the product's own example, and total lengths
    Phrasing("turn these photos into a 30-second video with smooth transitions", .init(d: 30000, transitionMs: 1000)),
    Phrasing("a 1-minute video", .init(d: 60000)),
    Phrasing("make it 45s", .init(d: 45000)),
    Phrasing("45 seconds long", .init(d: 45000)),
    Phrasing("thirty seconds", .init(d: 30000)),
    Phrasing("a twenty-five second video", .init(d: 25000)),
    Phrasing("a minute and a half", .init(d: 90000)),
    Phrasing("half a minute please", .init(d: 30000)),
    Phrasing("ninety seconds", .init(d: 90000)),
    Phrasing("one and a half minutes", .init(d: 90000)),
    Phrasing("1 min 30 s", .init(d: 90000)),
    Phrasing("2 minutes", .init(d: 120000)),
    Phrasing("a 20 secconds video", .init(d: 20000)),
    Phrasing("make it fourty seconds", .init(d: 40000)),
    Phrasing("半分钟", .init(d: 30000)),
    Phrasing("30秒", .init(d: 30000)),
    Phrasing("做一个三十秒的视频", .init(d: 30000)),
    Phrasing("一分钟", .init(d: 60000)),
    Phrasing("一分半的视频", .init(d: 90000)),
    Phrasing("两分钟", .init(d: 120000)),
    // per photo
    Phrasing("4 seconds each", .init(d: 35500)),
    Phrasing("show each photo for 5 seconds", .init(d: 45500)),
    Phrasing("two seconds per photo", .init(d: 15500)),
    Phrasing("每张4秒", .init(d: 35500)),
    Phrasing("每张照片两秒", .init(d: 15500)),
    // transitions
    Phrasing("crossfade", .init()),
    Phrasing("with crosfade transitions", .init()),
    Phrasing("smoth transitions", .init(d: 25500 - 4500, transitionMs: 1000)),
    Phrasing("fade to black", .init(transition: "fade-black")),
    Phrasing("fade through black between photos", .init(transition: "fade-black")),
    Phrasing("hard cuts", .init(d: 30000, transition: "cut", transitionMs: 0)),
    Phrasing("no transitions", .init(d: 30000, transition: "cut", transitionMs: 0)),
    Phrasing("no trasitions", .init(d: 30000, transition: "cut", transitionMs: 0)),
    Phrasing("1 second crossfades", .init(d: 21000, transitionMs: 1000)),
    Phrasing("transitions of 0.8 seconds", .init(d: 30000 - 7200, transitionMs: 800)),
    Phrasing("slower transitions", .init(d: 30000 - 6750, transitionMs: 750)),
    Phrasing("faster transitions", .init(d: 30000 - 2970, transitionMs: 330)),
    Phrasing("淡入淡出", .init()),
    Phrasing("黑场过渡", .init(transition: "fade-black")),
    Phrasing("硬切，不要转场", .init(d: 30000, transition: "cut", transitionMs: 0)),
    Phrasing("转场1秒", .init(d: 21000, transitionMs: 1000)),
    // motion
    Phrasing("Ken Burns", .init()),
    Phrasing("slow zoom", .init()),
    Phrasing("gentle pan", .init()),
    Phrasing("no zoom", .init(kenBurns: false)),
    Phrasing("static photos", .init(kenBurns: false)),
    Phrasing("without ken burns", .init(kenBurns: false)),
    Phrasing("静止的照片", .init(kenBurns: false)),
    // shape and platform
    Phrasing("vertical", .init(width: 1080, height: 1920)),
    Phrasing("vertcal video", .init(width: 1080, height: 1920)),
    Phrasing("portrait", .init(width: 1080, height: 1920)),
    Phrasing("9:16", .init(width: 1080, height: 1920)),
    Phrasing("for TikTok", .init(width: 1080, height: 1920)),
    Phrasing("for Instagram Reels", .init(width: 1080, height: 1920)),
    Phrasing("YouTube Shorts", .init(width: 1080, height: 1920)),
    Phrasing("for my stories", .init(width: 1080, height: 1920)),
    Phrasing("square", .init(width: 1080, height: 1080)),
    Phrasing("an Instagram post", .init(width: 1080, height: 1080)),
    Phrasing("Instagram portrait", .init(width: 1080, height: 1350)),
    Phrasing("4:5", .init(width: 1080, height: 1350)),
    Phrasing("for YouTube", .init()),
    Phrasing("landscape", .init()),
    Phrasing("widescreen", .init()),
    Phrasing("竖屏", .init(width: 1080, height: 1920)),
    Phrasing("抖音视频", .init(width: 1080, height: 1920)),
    Phrasing("横屏", .init()),
    Phrasing("正方形", .init(width: 1080, height: 1080)),
    // resolution, frame rate, format
    Phrasing("720p", .init(width: 1280, height: 720)),
    Phrasing("1080p", .init()),
    Phrasing("4K", .init(width: 3840, height: 2160)),
    Phrasing("vertical 4K", .init(width: 2160, height: 3840)),
    Phrasing("4K for TikTok", .init(width: 2160, height: 3840)),
    Phrasing("square 720p", .init(width: 720, height: 720)),
    Phrasing("60fps", .init(fps: 60)),
    Phrasing("24 fps", .init(fps: 24)),
    Phrasing("sixty frames per second", .init(fps: 60)),
    Phrasing("1080p60", .init(fps: 60)),
    Phrasing("60帧", .init(fps: 60)),
    Phrasing("as an MP4", .init()),
    // music
    Phrasing("with song.mp3", .init(volume: 0.35)),
    Phrasing("with song.mp3, music at 50%", .init(volume: 0.5)),
    Phrasing("BGM track.m4a at 20 percent", .init(volume: 0.2)),
    Phrasing("add quiet music from calm.mp3", .init(volume: 0.2)),
    Phrasing("背景音乐 song.mp3，音量百分之五十", .init(volume: 0.5)),
    // titles
    Phrasing("titled 'Urban Dreams'", .init(title: "Urban Dreams")),
    Phrasing("add the title Summer 2024", .init(title: "Summer 2024")),
    Phrasing("called \"Our Trip\"", .init(title: "Our Trip")),
    Phrasing("标题为“城市之梦”", .init(title: "城市之梦")),
    Phrasing("tittle: Paris", .init(title: "Paris")),
    // quality, order (no draft parameter changes)
    Phrasing("quick preview", .init()),
    Phrasing("best quality", .init()),
    Phrasing("in date order", .init()),
    // everything at once
    Phrasing("make a 30 second vertical video for tiktok with hard cuts and no zoom",
             .init(d: 30000, width: 1080, height: 1920, transition: "cut", transitionMs: 0, kenBurns: false)),
    Phrasing("a minute long 4K video, crossfades of 1.5 seconds, 60fps, with song.mp3 at 40%, titled 'Trip'",
             .init(d: 60000, width: 3840, height: 2160, fps: 60, transitionMs: 1500, volume: 0.4, title: "Trip")),
    Phrasing("做一个半分钟的竖屏视频，淡入淡出，标题“旅行”",
             .init(d: 30000, width: 1080, height: 1920, title: "旅行")),
    Phrasing("Thirty secconds, Instagram portrait, fade to black, static",
             .init(d: 30000, width: 1080, height: 1350, transition: "fade-black", kenBurns: false)),
    // conflicts: the later phrase wins
    Phrasing("crossfade, no actually hard cuts", .init(d: 30000, transition: "cut", transitionMs: 0)),
    Phrasing("vertical... make it square", .init(width: 1080, height: 1080)),
    Phrasing("20 seconds, no, 40 seconds", .init(d: 40000)),
]

@Suite("Phrasing table")
struct PhrasingTableTests {
    @Test("table has at least 60 rows") func size() {
        #expect(phrasings.count >= 60)
    }

    @Test(arguments: phrasings)
    func phrasing(_ row: Phrasing) throws {
        let (interpretation, edit) = try firstCut(row.prompt)
        let facts = try DraftFacts(draft: edit.timeline.draftJSON())
        #expect(facts == row.expected, "\(row.prompt): understood \(interpretation.understood), not understood \(interpretation.notUnderstood)")
        #expect(interpretation.notUnderstood.isEmpty, "\(row.prompt): not understood \(interpretation.notUnderstood)")
        try edit.timeline.validate()
    }
}
