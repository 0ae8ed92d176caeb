import Foundation
import Testing
import ReelTimeline
@testable import ReelPrompt

@Suite("Interpreter")
struct PromptInterpreterTests {
    @Test func reportsWhatItUnderstoodAndWhatNot() {
        let i = PromptInterpreter.interpret("a 30-second video with smooth transitions and a purple unicorn")
        #expect(i.understood.contains("\"30-second video\" → total length 30 s"))
        #expect(i.understood.contains { $0.hasPrefix("\"smooth transitions\" → crossfade") })
        #expect(i.notUnderstood == ["a purple unicorn"])
        #expect(i.conflicts.isEmpty)
    }

    @Test func understoodLinesQuoteTheUsersOwnWords() {
        var i = PromptInterpreter.interpret("Don't fade to black, make it ninety seconds")
        #expect(i.understood == ["\"make it ninety seconds\" → total length 90 s", "\"Don't fade to black\" → not fade-to-black transitions: left as it is"]
            || i.understood.contains("\"Don't fade to black\" → not fade-to-black transitions: left as it is"))
        #expect(i.understood.contains { $0.hasPrefix("\"ninety seconds\"") || $0.hasPrefix("\"make it ninety seconds\"") })
        i = PromptInterpreter.interpret("做一个一分半的视频，标题是'毕业旅行'")
        #expect(i.understood.contains("\"一分半\" → total length 90 s"))
        #expect(i.understood.contains("\"标题是'毕业旅行'\" → title \"毕业旅行\""))
        i = PromptInterpreter.interpret("Vertical, 3 secs each, and a Purple Unicorn")
        #expect(i.understood.contains("\"Vertical\" → 9:16 (vertical)"))
        #expect(i.understood.contains("\"3 secs each\" → 3 s per photo"))
        #expect(i.notUnderstood == ["a Purple Unicorn"])
    }

    @Test func conflictsAreResolvedByTheLaterPhraseAndSaid() {
        let i = PromptInterpreter.interpret("vertical with crossfades, 20 seconds... actually landscape, hard cuts, 45 seconds")
        #expect(i.plan.settings.contains(.aspect(.landscape)))
        #expect(i.plan.settings.contains(.transition(.cut)))
        #expect(i.plan.settings.contains(.totalDuration(ms: 45000)))
        #expect(!i.plan.settings.contains(.aspect(.vertical)))
        #expect(i.conflicts.count == 3)
        #expect(i.conflicts.contains { $0.contains("\"vertical\"") && $0.contains("\"landscape\"") && $0.contains("used the later") })
    }

    @Test func theTitleAsItIsGivesWayToANewOneWithoutConflict() {
        // "The title says Trip.": the title's words as they are, not a title asked and then changed
        let i = PromptInterpreter.interpret("The title says Trip. Could you change it to 'Margaret 1948-2024'")
        #expect(i.plan.settings == [.title("Margaret 1948-2024")])
        #expect(i.conflicts.isEmpty)
        // said alone, they are the title asked for
        #expect(PromptInterpreter.interpret("the title says 'Happy Birthday Mum'").plan.settings == [.title("Happy Birthday Mum")])
    }

    @Test func impliedValuesGiveWayWithoutConflict() {
        let i = PromptInterpreter.interpret("smooth 2 second transitions")
        #expect(i.plan.settings.contains(.transitionDuration(ms: 2000)))
        #expect(!i.plan.settings.contains(.transitionDuration(ms: 1000)))
        #expect(i.conflicts.isEmpty)
        // zoom and pan together are the mixed Ken Burns cycle, not a conflict
        let z = PromptInterpreter.interpret("slow zoom and pan")
        #expect(z.plan.settings == [.motion(.mixed)])
        #expect(z.conflicts.isEmpty)
    }

    @Test func qualityAndFormat() {
        #expect(PromptInterpreter.interpret("quick preview").quality == .preview)
        #expect(PromptInterpreter.interpret("best quality please").quality == .high)
        #expect(PromptInterpreter.interpret("a video").quality == .standard)
        let gif = PromptInterpreter.interpret("as a GIF")
        #expect(gif.format == .mp4)
        #expect(gif.notes.contains { $0.contains("MP4") })
        let fps = PromptInterpreter.interpret("120fps")
        #expect(fps.plan.settings == [.frameRate(60)])
        #expect(fps.notes.count == 1)
    }

    @Test func orderAndPhotoEdits() {
        #expect(PromptInterpreter.interpret("in date order").plan.settings == [.order(.date)])
        #expect(PromptInterpreter.interpret("按拍摄时间排序").plan.settings == [.order(.date)])
        #expect(PromptInterpreter.interpret("shuffle").plan.settings == [.order(.shuffled(seed: 1))])
        #expect(PromptInterpreter.interpret("shuffle with seed 7").plan.settings == [.order(.shuffled(seed: 7))])
        #expect(PromptInterpreter.interpret("reverse the order").plan.settings == [.order(.reversed)])
        #expect(PromptInterpreter.interpret("swap photo 3 and 4").plan.settings == [.swapPhotos(.number(3), .number(4))])
        #expect(PromptInterpreter.interpret("swap the third and fourth photos").plan.settings == [.swapPhotos(.number(3), .number(4))])
        #expect(PromptInterpreter.interpret("交换第三张和第四张").plan.settings == [.swapPhotos(.number(3), .number(4))])
        #expect(PromptInterpreter.interpret("remove the last photo").plan.settings == [.removePhoto(.last)])
        #expect(PromptInterpreter.interpret("remove photo 2").plan.settings == [.removePhoto(.number(2))])
        #expect(PromptInterpreter.interpret("delete the second picture").plan.settings == [.removePhoto(.number(2))])
        #expect(PromptInterpreter.interpret("删掉最后一张").plan.settings == [.removePhoto(.last)])
        #expect(PromptInterpreter.interpret("move photo 5 to the start").plan.settings == [.movePhoto(.number(5), to: .first)])
    }

    @Test func relativeRequests() {
        #expect(PromptInterpreter.interpret("shorter").plan.settings == [.scaleDuration(0.8)])
        #expect(PromptInterpreter.interpret("a bit longer").plan.settings == [.scaleDuration(1.25)])
        #expect(PromptInterpreter.interpret("短一点").plan.settings == [.scaleDuration(0.8)])
        #expect(PromptInterpreter.interpret("slower transitions").plan.settings == [.scaleTransitions(1.5)])
        #expect(PromptInterpreter.interpret("转场慢一点").plan.settings == [.scaleTransitions(1.5)])
        #expect(PromptInterpreter.interpret("a bit more zoom").plan.settings == [.scaleZoom(1.5)])
        #expect(PromptInterpreter.interpret("louder music").plan.settings == [.adjustMusicVolume(0.1)])
        #expect(PromptInterpreter.interpret("turn the music down").plan.settings == [.adjustMusicVolume(-0.1)])
        #expect(PromptInterpreter.interpret("音乐小声一点").plan.settings == [.adjustMusicVolume(-0.1)])
    }

    @Test func numberWords() {
        #expect(NumberWords.convert("thirty seconds") == "30 seconds")
        #expect(NumberWords.convert("twenty five seconds") == "25 seconds")
        #expect(NumberWords.convert("one hundred and twenty seconds") == "120 seconds")
        #expect(NumberWords.convert("a minute and a half") == "1.5 minute")
        #expect(NumberWords.convert("half a minute") == "0.5 minute")
        #expect(NumberWords.convert("swap the third and fourth photos") == "swap the 3rd and 4th photos")
        #expect(NumberWords.convert("wait a second") == "wait a second")
        #expect(NumberWords.convert("the second photo") == "the 2nd photo")
    }

    @Test func chineseNumbers() {
        #expect(ChineseNumbers.value(of: "三十") == 30)
        #expect(ChineseNumbers.value(of: "十五") == 15)
        #expect(ChineseNumbers.value(of: "两") == 2)
        #expect(ChineseNumbers.value(of: "一百二十") == 120)
        #expect(ChineseNumbers.convert("半分钟") == "0.5分钟")
        #expect(ChineseNumbers.convert("一分半") == "1.5分钟")
        #expect(ChineseNumbers.convert("三十秒") == "30秒")
        #expect(ChineseNumbers.convert("快一点") == "快一点")
        #expect(ChineseNumbers.convert("百分之三十五") == "35%")
    }

    @Test func typos() {
        #expect(Typos.correct("crosfade") == "crossfade")
        #expect(Typos.correct("secconds") == "seconds")
        #expect(Typos.correct("vertcal") == "vertical")
        #expect(Typos.correct("trasitions") == "transitions")
        // real words near a keyword stay
        #expect(Typos.correct("beach there master") == "beach there master")
    }

    @Test func cloudRequestOfflineGetsAClearAnswerAtOnce() throws {
        // "At once": answered by the pure router and report, with no network in the path.
        let text = "generate new footage of the beach at sunset and make it 30 seconds"
        guard case .edit(let i) = IntentRouter.route(text, online: false) else {
            Issue.record("not answered locally")
            return
        }
        let edit = try DraftEditor().makeTimeline(i.plan, photos: tenPhotos)
        let lines = PromptReport.lines(for: i, edit: edit, online: false)
        #expect(i.needsCloud == "generate new footage")
        #expect(lines.contains { $0.hasPrefix("Not possible offline: generate new footage needs the cloud, and Reel is offline.") && $0.contains("Did instead") })
        #expect(edit.timeline.durationMs == 30000)
        // nothing else asked: says so
        let only = PromptInterpreter.interpret("add an AI voiceover")
        let answer = PromptReport.cloudAnswer(only, edit: nil, online: false)
        #expect(answer?.contains("an AI voice-over needs the cloud") == true)
        #expect(answer?.contains("Nothing else in the request could be done") == true)
    }
}
