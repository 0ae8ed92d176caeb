import Foundation
import ReelTestSupport
import ReelTimeline
import Testing

/// `reel ask` on a real draft file: undo and redo of several steps, and edits of every photo
/// but some.
@Suite(.serialized) struct AskStepsCLITests {
    func ask(_ request: String, _ draft: URL, _ extra: [String] = []) throws -> ReelRunner.Result {
        try ReelRunner.run(["ask", request] + extra + ["--draft", draft.path])
    }

    @Test func undoAndRedoSeveralStepsGiveTheDraftsOfThoseEditsByteForByte() throws {
        let dir = try ReelRunner.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("trip.json")
        // four versions: the first cut and three edits
        var versions: [Data] = []
        for (k, request) in ["a 12 second video", "make it 20 seconds", "fade to black", "vertical"].enumerated() {
            let r = try ask(request, file, k == 0 ? [Fixtures.url("photos").path] : [])
            #expect(r.status == 0, "\(request): \(r.stderr)")
            versions.append(try Data(contentsOf: file))
        }
        #expect(Set(versions).count == 4)

        var r = try ask("undo the last two changes", file)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Undone 2 changes"))
        #expect(try Data(contentsOf: file) == versions[1])
        r = try ask("redo twice", file)
        #expect(r.status == 0 && r.stdout.contains("Redone 2 changes"), "\(r.stderr)")
        #expect(try Data(contentsOf: file) == versions[3])
        r = try ask("撤销三步", file)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try Data(contentsOf: file) == versions[0])
        r = try ask("恢复两步", file)
        #expect(try Data(contentsOf: file) == versions[2])

        // more steps than were kept: as many as there are, and said
        r = try ask("undo 5 times", file)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Undone 2 changes of the 5 asked, only 2 earlier versions were kept"), "\(r.stdout)")
        #expect(try Data(contentsOf: file) == versions[0])
        r = try ask("undo 2 times", file)
        #expect(r.status == 1 && r.stderr.contains("Nothing to undo"))

        // a dry run shows the version and moves nothing
        r = try ask("redo twice", file, ["--dry-run"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try Timeline(draftJSON: Data(r.stdout.utf8)).draftJSON() == Timeline(draftJSON: versions[2]).draftJSON())
        #expect(try Data(contentsOf: file) == versions[0])
        r = try ask("redo", file)
        #expect(try Data(contentsOf: file) == versions[1])

        // a new edit after an undo drops what was undone
        r = try ask("square", file)
        #expect(r.status == 0, "\(r.stderr)")
        let square = try Data(contentsOf: file)
        r = try ask("redo 2 times", file)
        #expect(r.status == 1 && r.stderr.contains("Nothing to redo"))
        #expect(try Data(contentsOf: file) == square)
        r = try ask("go back two steps", file)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try Data(contentsOf: file) == versions[0])
    }

    @Test func everyPhotoButTheFirstOnARealDraft() throws {
        let dir = try ReelRunner.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("trip.json")
        var r = try ReelRunner.run(["ask", "a first cut", Fixtures.url("photos").path, "--draft", file.path])
        #expect(r.status == 0, "\(r.stderr)")
        let before = try Timeline(contentsOf: file).tracks[0].segments
        r = try ask("every photo 2 seconds except the first, and zoom on every photo except the last", file)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("\"every photo 2 seconds except the first\" → 2 s per photo, except photo 1"), "\(r.stdout)")
        let segs = try Timeline(contentsOf: file).tracks[0].segments
        #expect(segs.count == before.count && segs.count > 2)
        #expect(segs[0].durationMs == before[0].durationMs)
        #expect(segs.dropFirst().allSatisfy { $0.durationMs == 2000 })
        #expect(segs.dropLast().allSatisfy { $0.kenBurns.map { $0.from.zoom != $0.to.zoom } ?? false })
        #expect(segs.last?.kenBurns == nil)

        r = try ask("no transitions except between photo 2 and 3", file)
        #expect(r.status == 0, "\(r.stderr)")
        let cut = try Timeline(contentsOf: file).tracks[0].segments
        #expect(cut.indices.dropFirst().allSatisfy { i in (cut[i].transition?.kind ?? .cut) == (i == 2 ? .crossfade : .cut) })

        r = try ask("remove all photos except 1 and 3", file)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try Timeline(contentsOf: file).tracks[0].segments.map(\.source) == [before[0].source, before[2].source])
    }
}
