import Foundation
import Testing
import ReelTimeline
@testable import ReelPrompt

/// Requests about video clips among the inputs: which media to use, how long clips play.
@Suite struct ClipPromptTests {
    // Two photos around a 6 s clip.
    let media = ["a.jpg", "trip.mov", "b.jpg"]
    let editor = DraftEditor(clipDuration: { $0.hasSuffix(".mov") ? 6000 : nil })

    func cut(_ prompt: String) throws -> [Segment] {
        let i = PromptInterpreter.interpret(prompt)
        #expect(i.notUnderstood.isEmpty, "\(prompt): \(i.notUnderstood)")
        return try editor.makeTimeline(i.plan, photos: media).timeline.tracks[0].segments
    }

    @Test(arguments: ["photos only", "skip the videos", "no clips please", "only the pictures", "只要照片", "不要视频"])
    func photosOnlyLeavesTheClipsOut(_ prompt: String) throws {
        #expect(try cut(prompt).map(\.source) == ["a.jpg", "b.jpg"])
    }

    @Test(arguments: ["videos only", "only the clips", "skip the photos", "只要视频"])
    func clipsOnlyLeavesThePhotosOut(_ prompt: String) throws {
        #expect(try cut(prompt).map(\.source) == ["trip.mov"])
    }

    @Test(arguments: ["keep clips under 5 seconds", "limit the videos to 5 s", "clips at most 5 seconds", "视频不超过5秒"])
    func clipLengthIsCapped(_ prompt: String) throws {
        let segments = try cut(prompt)
        #expect(segments[1].durationMs == 5000 && segments[0].durationMs == 3000)
    }

    @Test func aFirstCutPlaysClipsAtTheirLengthAndRetimesOnlyPhotos() throws {
        let segments = try cut("a 15 second video")
        #expect(segments[1].durationMs == 6000 && segments[1].kenBurns == nil)
        // 2 · slide + 6 s − 2 · 0.5 s = 15 s → 5 s a photo.
        #expect(segments[0].durationMs == 5000 && segments[2].durationMs == 5000)
    }

    @Test func editingADraftKeepsClipLengthsAndCapsThemOnRequest() throws {
        let first = try editor.makeTimeline(RequestPlan(), photos: media).timeline
        let longer = try editor.apply(PromptInterpreter.interpret("make it 20 seconds").plan, to: first).timeline
        #expect(longer.tracks[0].segments[1].durationMs == 6000)
        #expect(longer.durationMs == 20000)
        let capped = try editor.apply(PromptInterpreter.interpret("keep clips under 4 seconds").plan, to: first).timeline
        #expect(capped.tracks[0].segments[1].durationMs == 4000)
        let photos = try editor.apply(PromptInterpreter.interpret("skip the videos").plan, to: first).timeline
        #expect(photos.tracks[0].segments.map(\.source) == ["a.jpg", "b.jpg"])
    }

    @Test(arguments: ["mute the clips", "no clip audio", "turn off the sound on the videos", "关掉视频原声", "關掉影片的聲音", "视频片段静音"])
    func clipSoundOffSilencesOnlyTheClips(_ prompt: String) throws {
        let i = PromptInterpreter.interpret(prompt)
        #expect(i.notUnderstood.isEmpty && !i.plan.settings.contains(.noMusic), "\(prompt): \(i.understood) \(i.notUnderstood)")
        let plain = try editor.makeTimeline(RequestPlan(), photos: media).timeline
        let muted = try Timeline(draftJSON: editor.makeTimeline(i.plan, photos: media).timeline.draftJSON())
        #expect(muted.tracks[0].segments[1].clipPlayback.volume == 0)
        #expect(muted.tracks[0].segments[0] == plain.tracks[0].segments[0] && muted.tracks[0].segments[2] == plain.tracks[0].segments[2])
    }

    @Test(arguments: ["bring back the clip audio", "with the original sound", "don't mute the clips", "保留视频原声", "打开视频的声音"])
    func clipSoundOnGivesTheClipsTheirOwnLevelBack(_ prompt: String) throws {
        let muted = try editor.makeTimeline(PromptInterpreter.interpret("mute the clips").plan, photos: media).timeline
        let i = PromptInterpreter.interpret(prompt)
        #expect(i.notUnderstood.isEmpty, "\(prompt): \(i.notUnderstood)")
        let back = try editor.apply(i.plan, to: muted).timeline
        #expect(back.tracks[0].segments[1].clipPlayback.volume == nil)
        #expect(try Timeline(draftJSON: back.draftJSON()).tracks[0].segments[1].clipPlayback.effectiveVolume == 1)
    }

    @Test func theChangesCountPhotosAndClipsApart() throws {
        let edit = try editor.makeTimeline(RequestPlan(), photos: media)
        #expect(edit.changes.contains("photos: 2") && edit.changes.contains("clips: 1"), "\(edit.changes)")
        let photosOnly = try editor.makeTimeline(RequestPlan(), photos: ["a.jpg", "b.jpg"])
        #expect(photosOnly.changes.contains("photos: 2") && !photosOnly.changes.contains { $0.hasPrefix("clips") })
    }
}
