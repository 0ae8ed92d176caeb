import Foundation
import ReelTestSupport
import ReelTimeline
import Testing

@Suite(.serialized) struct TransitionCLITests {
    @Test func transitionsListsOneNamePerLine() throws {
        let r = try ReelRunner.run(["transitions"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.split(separator: "\n").map(String.init) == TransitionKind.allCases.map(\.rawValue))
    }

    @Test func randomTransitionsAreWrittenIntoTheDraftAndRepeat() throws {
        let dir = try ReelRunner.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let photos = Fixtures.url("photos").path
        for name in ["a.json", "b.json"] {
            let r = try ReelRunner.run(["draft", photos, photos, "--transition", "random", "--seed", "5", "--size", "320x180",
                                        "-o", dir.appendingPathComponent(name).path])
            #expect(r.status == 0, "\(r.stderr)")
        }
        let a = try Data(contentsOf: dir.appendingPathComponent("a.json"))
        #expect(a == (try Data(contentsOf: dir.appendingPathComponent("b.json"))), "the same seed gives the same draft")
        let t = try Timeline(draftJSON: a)
        let kinds = t.tracks[0].segments.dropFirst().compactMap { $0.transition?.kind }
        #expect(kinds.count == 9 && kinds.allSatisfy { TransitionKind.randomPool.contains($0) })
        #expect(Set(kinds).count > 3, "\(kinds)")
        #expect(t.metadata["transitionSeed"] == .int(5))
        // Another seed, another draw.
        let r = try ReelRunner.run(["draft", photos, photos, "--transition", "random", "--seed", "6", "-o", dir.appendingPathComponent("c.json").path])
        #expect(r.status == 0)
        let other = try Timeline(contentsOf: dir.appendingPathComponent("c.json"))
        #expect(other.tracks[0].segments.map { $0.transition?.kind } != t.tracks[0].segments.map { $0.transition?.kind })
    }

    @Test func newTransitionRendersEveryFrame() throws {
        let dir = try ReelRunner.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("w.mp4")
        let r = try ReelRunner.run(["render", Fixtures.url("photos").path, "--size", "160x90", "--slide", "1", "--transition", "circleopen",
                                    "--ease", "linear", "--preset", "ultrafast", "-o", out.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try VideoProbe(out).video?.frameCount == 90) // 5 × 1 s − 4 × 0.5 s = 3 s
    }

    @Test(arguments: [
        (["--transition", "swirl"], "--transition swirl: use random or one of crossfade"),
        (["--seed", "3"], "--seed goes with --transition random"),
        (["--ease", "bounce"], "--ease bounce: use in-out, linear, in or out"),
    ])
    func badValuesAreUsageErrors(args: [String], message: String) throws {
        let dir = try ReelRunner.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try ReelRunner.run(["render", Fixtures.url("photos").path] + args + ["-o", dir.appendingPathComponent("x.mp4").path])
        #expect(r.status == 64)
        #expect(r.stderr.contains(message), "\(r.stderr)")
        #expect(ReelRunner.contents(dir).isEmpty)
    }
}
