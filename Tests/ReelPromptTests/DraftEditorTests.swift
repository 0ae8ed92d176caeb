import Foundation
import Testing
import ReelTimeline
@testable import ReelPrompt

@Suite("Editing a draft in place")
struct DraftEditorTests {
    /// Ten photos, default options, music at 35%, a title, and unknown keys at every level.
    func draft() throws -> Timeline {
        var t = try Slideshow.timeline(photos: tenPhotos, options: SlideshowOptions())
        t.extra["cloudProject"] = .string("task_123")
        t.metadata["title"] = .string("Trip")
        t.tracks[0].extra["locked"] = .bool(false)
        t.tracks[0].segments[1].extra["caption"] = .string("beach")
        t.tracks[0].segments[2].transition?.extra["ease"] = .string("in-out")
        t.tracks[0].segments[0].kenBurns?.extra["focus"] = .array([.double(0.3), .double(0.4)])
        t.tracks.append(Track(kind: .audio, segments: [Segment(source: "song.mp3", startMs: 0, durationMs: t.durationMs, volume: 0.35, extra: ["fadeOut": .int(1000)])]))
        t.tracks.append(Track(kind: .text, segments: [Segment(startMs: 0, durationMs: 3000, text: "Trip")]))
        t.tracks.append(Track(kind: .other(3), segments: [Segment(startMs: 0, durationMs: 500)], extra: ["fx": .string("sparkle")]))
        // round trip through the draft JSON, as a file on disk would
        return try Timeline(draftJSON: t.draftJSON())
    }

    func edit(_ prompt: String, _ t: Timeline, editor: DraftEditor = DraftEditor()) throws -> DraftEdit {
        let i = PromptInterpreter.interpret(prompt)
        #expect(i.notUnderstood.isEmpty, "\(prompt): \(i.notUnderstood)")
        return try editor.apply(i.plan, to: t)
    }

    /// Consecutive video segments overlap by exactly the incoming transition.
    func expectChained(_ t: Timeline) throws {
        let v = t.tracks[0].segments
        for i in v.indices.dropFirst() {
            #expect(v[i].startMs == v[i - 1].endMs - (v[i].transition?.durationMs ?? 0))
        }
        try t.validate()
    }

    @Test func lengthAndSlowerTransitionsKeepEverythingElse() throws {
        let before = try draft()
        let result = try edit("make it 20 seconds and slower transitions", before)
        let t = result.timeline
        #expect(t.durationMs == 20000)
        #expect(t.tracks[0].segments.dropFirst().allSatisfy { $0.transition?.durationMs == 750 })
        try expectChained(t)
        // untouched: unknown keys at every level, title, music file and volume, profile
        let json = try JSONDecoder().decode(JSONValue.self, from: t.draftJSON())
        #expect(json["cloudProject"] == .string("task_123"))
        #expect(json["m"]?["title"] == .string("Trip"))
        #expect(json["t"]?.arrayValue?[0]["locked"] == .bool(false))
        #expect(json["t"]?.arrayValue?[0]["sg"]?.arrayValue?[1]["caption"] == .string("beach"))
        #expect(json["t"]?.arrayValue?[0]["sg"]?.arrayValue?[2]["tr"]?["ease"] == .string("in-out"))
        #expect(json["t"]?.arrayValue?[0]["sg"]?.arrayValue?[0]["kb"]?["focus"] != nil)
        #expect(json["t"]?.arrayValue?[1]["sg"]?.arrayValue?[0]["fadeOut"] == .int(1000))
        #expect(json["t"]?.arrayValue?[3]["fx"] == .string("sparkle"))
        #expect(t.profile == before.profile)
        #expect(t.tracks[2].segments[0].text == "Trip")
        // the music follows the new length
        #expect(t.tracks[1].segments[0].endMs == 20000)
        #expect(t.tracks[1].segments[0].volume == 0.35)
        #expect(result.changes == ["length: 25.5 s → 20 s", "transitions: crossfade 0.5 s → crossfade 0.75 s"])
    }

    @Test(arguments: [("shorter", 20400), ("longer", 31875), ("a bit shorter", 20400), ("更长一点", 31875), ("make it thirty seconds", 30000)])
    func relativeLength(_ prompt: String, _ expected: Int) throws {
        let t = try edit(prompt, try draft()).timeline
        #expect(t.durationMs == expected)
        try expectChained(t)
    }

    @Test func transitionChangesKeepTheLength() throws {
        let t = try edit("hard cuts", try draft()).timeline
        #expect(t.durationMs == 25500)
        #expect(t.tracks[0].segments.dropFirst().allSatisfy { $0.transition?.kind == .cut })
        try expectChained(t)
        let back = try edit("1 second crossfades", t).timeline
        #expect(back.durationMs == 25500)
        #expect(back.tracks[0].segments[1].transition == Transition(kind: .crossfade, durationMs: 1000))
        try expectChained(back)
        let faster = try edit("faster transitions", try draft()).timeline
        #expect(faster.tracks[0].segments[1].transition?.durationMs == 330)
    }

    @Test func perPhotoLength() throws {
        let t = try edit("5 seconds per photo", try draft()).timeline
        #expect(t.tracks[0].segments.allSatisfy { $0.durationMs == 5000 })
        #expect(t.durationMs == 45500)
        try expectChained(t)
    }

    @Test func swapAndRemovePhotos() throws {
        let before = try draft()
        let swapped = try edit("swap photo 3 and 4", before)
        let v = swapped.timeline.tracks[0].segments, old = before.tracks[0].segments
        #expect(v[2].source == old[3].source && v[3].source == old[2].source)
        #expect(v.map(\.startMs) == old.map(\.startMs))
        #expect(swapped.changes == ["swap photo 3 and photo 4"])

        let removed = try edit("remove the last photo", before)
        #expect(removed.timeline.tracks[0].segments.count == 9)
        #expect(removed.timeline.tracks[0].segments.last?.source == old[8].source)
        #expect(removed.timeline.durationMs == 23000)
        #expect(removed.changes.contains("photos: 10 → 9"))
        try expectChained(removed.timeline)

        let first = try edit("remove photo 1", before).timeline
        #expect(first.tracks[0].segments[0].source == old[1].source)
        #expect(first.tracks[0].segments[0].transition == nil)
        #expect(first.tracks[0].segments[0].startMs == 0)
        try expectChained(first)

        let tooFar = try edit("remove photo 12", before)
        #expect(tooFar.notDone == ["remove photo 12: there are only 10 photos"])
        #expect(tooFar.timeline == before)
    }

    @Test func music() throws {
        let louder = try edit("louder music", try draft()).timeline
        #expect(louder.tracks[1].segments[0].volume == 0.45)
        let quieter = try edit("quieter music", try draft()).timeline
        #expect(quieter.tracks[1].segments[0].volume == 0.25)
        let set = try edit("music at 80%", try draft()).timeline
        #expect(set.tracks[1].segments[0].volume == 0.8)
        let none = try edit("no music", try draft())
        #expect(!none.timeline.tracks.contains { $0.kind == .audio })
        #expect(none.changes == ["music: song.mp3 at 35% → none"])
        let again = try edit("louder music", none.timeline)
        #expect(again.notDone == ["music volume: there is no music in this video"])
        let other = try edit("use other.m4a", try draft()).timeline
        #expect(other.tracks[1].segments[0].source == "other.m4a")
        #expect(other.tracks[1].segments[0].extra["fadeOut"] == .int(1000))
    }

    @Test func titleAndMotion() throws {
        let titled = try edit("titled 'Urban Dreams'", try draft()).timeline
        #expect(titled.tracks[2].segments[0].text == "Urban Dreams")
        let untitled = try edit("no title", try draft()).timeline
        #expect(!untitled.tracks.contains { $0.kind == .text })
        let still = try edit("static", try draft()).timeline
        #expect(still.tracks[0].segments.allSatisfy { $0.kenBurns == nil })
        let more = try edit("a bit more zoom", try draft()).timeline
        #expect(more.tracks[0].segments[0].kenBurns?.to.zoom == 1.225)
        let zoomOn = try edit("a bit more zoom", still).timeline
        #expect(zoomOn.tracks[0].segments.allSatisfy { $0.kenBurns != nil })
        let vertical = try edit("vertical 4K at 60fps", try draft()).timeline
        #expect(vertical.profile == OutputProfile(width: 2160, height: 3840, fps: 60))
    }

    @Test func dateOrderUsesTheInjectedDates() throws {
        // photo i was taken (10 - i) days after the epoch: reverse of the file order
        let editor = DraftEditor(photoDate: { path in
            guard let n = Int(path.dropFirst("photos/IMG_".count).prefix(4)) else { return nil }
            return Date(timeIntervalSince1970: Double(10 - n) * 86400)
        })
        let t = try edit("in date order", try draft(), editor: editor).timeline
        #expect(t.tracks[0].segments.compactMap(\.source) == tenPhotos.reversed())
        let noDates = try edit("in date order", try draft())
        #expect(noDates.notDone.first?.contains("DateTimeOriginal") == true)
        let fresh = try editor.makeTimeline(PromptInterpreter.interpret("chronological").plan, photos: tenPhotos)
        #expect(fresh.timeline.tracks[0].segments.compactMap(\.source) == tenPhotos.reversed())
    }

    @Test func shuffleIsRepeatable() throws {
        let a = try edit("shuffle", try draft()).timeline.tracks[0].segments.compactMap(\.source)
        let b = try edit("shuffle", try draft()).timeline.tracks[0].segments.compactMap(\.source)
        #expect(a == b)
        #expect(a != tenPhotos)
        #expect(a.sorted() == tenPhotos)
        let reversed = try edit("reverse", try draft()).timeline.tracks[0].segments.compactMap(\.source)
        #expect(reversed == tenPhotos.reversed())
    }

    @Test func tooShortForThePhotosKeepsTheLength() throws {
        let before = try draft()
        let e = try edit("make it 0.1 seconds", before)
        #expect(e.timeline.durationMs == before.durationMs)
        #expect(e.notDone.contains { $0.contains("too short") })
        try e.timeline.validate()
    }

    @Test func musicFromTheInputs() throws {
        let editor = DraftEditor(musicFiles: ["tune.mp3"])
        let t = try editor.makeTimeline(PromptInterpreter.interpret("a 30-second video").plan, photos: tenPhotos).timeline
        #expect(t.tracks.map(\.kind) == [.video, .audio])
        var song = Segment(source: "tune.mp3", startMs: 0, durationMs: 30000, volume: 0.35)
        song.audioPlayback = AudioPlayback(fadeInMs: 1000, fadeOutMs: 2000) // as Slideshow.addMusic writes them
        #expect(t.tracks[1].segments[0] == song)
        let silent = try editor.makeTimeline(PromptInterpreter.interpret("no music").plan, photos: tenPhotos).timeline
        #expect(silent.tracks.count == 1)
    }

    @Test(arguments: ["slower transitions", "double the length", "1 second crossfades", "hard cuts", "remove photos 2 and 4",
                      "make photo 3 longer", "4 seconds each", "a bit shorter", "fade to black, 20 seconds", "转场慢一点"])
    func aFirstCutAndAnEditOfTheDefaultCutAgree(_ prompt: String) throws {
        let plan = PromptInterpreter.interpret(prompt).plan
        let folder = try DraftEditor().makeTimeline(plan, photos: tenPhotos).timeline
        let start = try DraftEditor().makeTimeline(RequestPlan(), photos: tenPhotos).timeline
        let draft = try DraftEditor().apply(plan, to: start).timeline
        #expect(folder.draftJSON() == draft.draftJSON(), "\(prompt)")
    }

    @Test func theFactorSaidIsTheFactorApplied() throws {
        let start = try DraftEditor().makeTimeline(RequestPlan(), photos: tenPhotos).timeline
        for (prompt, factor) in [("double the length", 2.0), ("half as long", 0.5), ("make it a bit longer", 1.25), ("10% shorter", 0.9)] {
            let i = PromptInterpreter.interpret(prompt)
            #expect(i.understood.contains { $0.contains("×\(NumberWords.format(factor))") }, "\(prompt): \(i.understood)")
            let t = try DraftEditor().apply(i.plan, to: start).timeline
            #expect(t.durationMs == Int((Double(start.durationMs) * factor).rounded()), "\(prompt)")
        }
        // the per-photo time only when it is named
        let t = try DraftEditor().apply(PromptInterpreter.interpret("make each photo twice as long").plan, to: start).timeline
        #expect(t.tracks[0].segments.allSatisfy { $0.durationMs == 6000 })
    }
}
