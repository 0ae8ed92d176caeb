import Foundation
import ReelTestSupport
import Testing

/// `reel batch` end to end: real renders (tiny: 320x180, ultrafast, 1 s slides), decoded afterwards.
@Suite(.serialized) struct BatchCLITests {
    let photos = ["01-astronaut.jpg", "02-rocket.jpg", "03-hubble-deep-field.jpg", "04-chelsea.jpg", "05-coffee.jpg"]
        .map { Fixtures.url("photos/" + $0) }
    let tiny = ["--size", "320x180", "--preset", "ultrafast", "--slide", "1"]

    /// A scratch folder with photo folders `p0…` (two photos each) and a manifest of `lines`.
    func project(folders: Int, lines: [String]) throws -> URL {
        let dir = try ReelRunner.scratch()
        for f in 0..<folders {
            let sub = dir.appendingPathComponent("p\(f)")
            try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
            for k in 0..<2 { try FileManager.default.copyItem(at: photos[(f + k) % photos.count], to: sub.appendingPathComponent("\(k).jpg")) }
        }
        try (lines.joined(separator: "\n") + "\n").write(to: dir.appendingPathComponent("m.jsonl"), atomically: true, encoding: .utf8)
        return dir
    }

    /// The JSON event lines of a `--progress json` run.
    func events(_ stdout: String) -> [[String: Any]] {
        stdout.split(separator: "\n").compactMap { (try? JSONSerialization.jsonObject(with: Data($0.utf8))) as? [String: Any] }
    }

    func finished(_ stdout: String) -> [String: String] {
        var out: [String: String] = [:]
        for e in events(stdout) where e["event"] as? String == "finished" { out[e["job"] as? String ?? "?"] = e["status"] as? String }
        return out
    }

    func frames(_ url: URL) throws -> Int? { try VideoProbe(url).video?.frameCount }

    /// Every file left in `dir` is a finished video with its state file, or a state file of one.
    func onlyFinishedFiles(_ dir: URL) throws -> Bool {
        try ReelRunner.contents(dir).allSatisfy { name in
            if name.hasSuffix(".reel-batch.json") { return true }
            guard name.hasSuffix(".mp4"), !name.hasPrefix(".") else { return false }
            return try frames(dir.appendingPathComponent(name)) == 45
        }
    }

    @Test func aManifestRendersEveryJobAndNamesTheOneThatFailed() throws {
        let dir = try project(folders: 2, lines: [
            #"{"inputs": ["p0"], "output": "out/a.mp4", "quality": "preview"}"#,
            #"{"inputs": ["bad.jpg"], "output": "out/bad.mp4"}"#,
            #"{"inputs": "p1", "output": "out/b.mp4", "title": "Spring", "transition": "cut"}"#,
            #"{"inputs": ["p1"], "output": "out/c.mp4", "fit": "sideways"}"#,
        ])
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("not a photo".utf8).write(to: dir.appendingPathComponent("bad.jpg"))
        let r = try ReelRunner.run(["batch", dir.appendingPathComponent("m.jsonl").path] + tiny + ["--jobs", "2"])
        #expect(r.status == 1, "\(r.stderr)")
        #expect(r.stderr.contains("FAILED out/bad.mp4 (line 2): \(dir.path)/bad.jpg"), "\(r.stderr)")
        #expect(r.stderr.contains("FAILED out/c.mp4 (line 4): --fit sideways"), "\(r.stderr)")
        let out = dir.appendingPathComponent("out")
        #expect(try frames(out.appendingPathComponent("a.mp4")) == 45)
        #expect(try frames(out.appendingPathComponent("b.mp4")) == 60)          // a cut: 2 × 1 s
        #expect(try VideoProbe(out.appendingPathComponent("a.mp4")).video?.width == 160)   // preview: half size
        #expect(try VideoProbe(out.appendingPathComponent("b.mp4")).video?.width == 320)
        #expect(ReelRunner.contents(out) == [".a.mp4.reel-batch.json", ".b.mp4.reel-batch.json", "a.mp4", "b.mp4"])
        let table = r.stdout.split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true).map(String.init) }
        #expect(table.first == ["job", "status", "seconds", "size"])
        #expect(table.map { $0.prefix(2) }.contains(["out/bad.mp4", "failed"]))
        #expect(table.map { $0.prefix(2) }.contains(["out/a.mp4", "done"]))
        #expect(r.stdout.contains("2 done, 0 up to date, 2 failed"))
    }

    @Test func aSecondRunSkipsWhatIsUnchangedAndRedoesWhatChanged() throws {
        let dir = try project(folders: 3, lines: (0..<3).map { #"{"inputs": ["p\#($0)"], "output": "v\#($0).mp4"}"# })
        defer { try? FileManager.default.removeItem(at: dir) }
        let manifest = dir.appendingPathComponent("m.jsonl").path
        let first = try ReelRunner.run(["batch", manifest] + tiny + ["--progress", "json"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(finished(first.stdout) == ["v0.mp4": "done", "v1.mp4": "done", "v2.mp4": "done"])
        let before = try Data(contentsOf: dir.appendingPathComponent("v0.mp4"))

        let second = try ReelRunner.run(["batch", manifest] + tiny + ["--progress", "json"])
        #expect(second.status == 0)
        #expect(finished(second.stdout) == ["v0.mp4": "skipped", "v1.mp4": "skipped", "v2.mp4": "skipped"])
        #expect(!second.stdout.contains("\"started\""))

        // A photo replaced, and an option changed on the command line for all: those are redone.
        let photo = dir.appendingPathComponent("p1/0.jpg")
        try FileManager.default.removeItem(at: photo)
        try FileManager.default.copyItem(at: photos[4], to: photo)
        let third = try ReelRunner.run(["batch", manifest] + tiny + ["--progress", "json"])
        #expect(finished(third.stdout) == ["v0.mp4": "skipped", "v1.mp4": "done", "v2.mp4": "skipped"])
        #expect(try Data(contentsOf: dir.appendingPathComponent("v0.mp4")) == before)
        let changed = try ReelRunner.run(["batch", manifest] + tiny + ["--fps", "25", "--progress", "json"])
        #expect(finished(changed.stdout) == ["v0.mp4": "done", "v1.mp4": "done", "v2.mp4": "done"])
        #expect(try frames(dir.appendingPathComponent("v2.mp4")) == 38)       // 1.5 s at 25 fps
        let forced = try ReelRunner.run(["batch", manifest] + tiny + ["--fps", "25", "--force", "--progress", "json"])
        #expect(finished(forced.stdout) == ["v0.mp4": "done", "v1.mp4": "done", "v2.mp4": "done"])
    }

    @Test func shardsRunSideBySideDoEveryJobExactlyOnce() throws {
        let n = 7, shards = 3
        let dir = try project(folders: 2, lines: (0..<n).map { #"{"inputs": ["p\#($0 % 2)"], "output": "out/v\#($0).mp4"}"# })
        defer { try? FileManager.default.removeItem(at: dir) }
        let manifest = dir.appendingPathComponent("m.jsonl").path
        // Three processes at once, as three machines (or a Kubernetes Indexed Job) would run them.
        var running: [(Process, URL)] = []
        for i in 0..<shards {
            let p = Process()
            p.executableURL = ReelRunner.binary
            p.arguments = ["batch", manifest] + tiny + ["--progress", "json"] + (i == 2 ? ["--shard", "auto", "--shard-count", "3"] : ["--shard", "\(i)/\(shards)"])
            p.environment = ProcessInfo.processInfo.environment.merging(["JOB_COMPLETION_INDEX": "2"]) { $1 }
            let log = dir.appendingPathComponent("shard\(i).log")
            _ = FileManager.default.createFile(atPath: log.path, contents: nil)
            p.standardOutput = try FileHandle(forWritingTo: log)
            p.standardError = FileHandle.nullDevice
            try p.run()
            running.append((p, log))
        }
        var done: [String] = []
        for (i, (p, log)) in running.enumerated() {
            p.waitUntilExit()
            #expect(p.terminationStatus == 0, "shard \(i)")
            let jobs = events(try String(contentsOf: log, encoding: .utf8)).filter { $0["event"] as? String == "finished" && $0["status"] as? String == "done" }
            let indexes = jobs.compactMap { $0["index"] as? Int }
            #expect(indexes == Array(stride(from: i, to: n, by: shards)).filter { indexes.contains($0) } && indexes.allSatisfy { $0 % shards == i })
            done += jobs.compactMap { $0["job"] as? String }
        }
        #expect(done.sorted() == (0..<n).map { "out/v\($0).mp4" }.sorted())
        let out = dir.appendingPathComponent("out")
        for k in 0..<n { #expect(try frames(out.appendingPathComponent("v\(k).mp4")) == 45) }
        #expect(try onlyFinishedFiles(out))
    }

    @Test func aFolderOfFoldersGivesOneVideoEachWithTheCommandLineOptions() throws {
        let dir = try project(folders: 2, lines: [])
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.removeItem(at: dir.appendingPathComponent("m.jsonl"))
        let r = try ReelRunner.run(["batch", dir.path, "--size", "320x180", "--preset", "ultrafast", "--slide", "2", "--transition", "cut"])
        #expect(r.status == 0, "\(r.stderr)")
        for name in ["p0.mp4", "p1.mp4"] { #expect(try frames(dir.appendingPathComponent(name)) == 120) }
        #expect(r.stdout.contains("2 done"))
    }

    @Test func aBrokenManifestStopsBeforeAnythingRuns() throws {
        let dir = try project(folders: 1, lines: [#"{"inputs": ["p0"], "output": "a.mp4"}"#, #"{"inputs": ["p0"], "output": "#])
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try ReelRunner.run(["batch", dir.appendingPathComponent("m.jsonl").path] + tiny)
        #expect(r.status == 65)
        #expect(r.stderr.contains("m.jsonl line 2: not a JSON object"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("a.mp4").path))
        let missing = try ReelRunner.run(["batch", dir.appendingPathComponent("nope.jsonl").path])
        #expect(missing.status == 65 && missing.stderr.contains("nope.jsonl: no such manifest or folder"))
        let usage = try ReelRunner.run(["batch", dir.path, "--no-fallback"])
        #expect(usage.status == 64 && usage.stderr.contains("--no-fallback goes with --cloud"))
        let output = try ReelRunner.run(["batch", dir.path, "-o", "x.mp4"])
        #expect(output.status == 64 && output.stderr.contains("each video's output comes from the manifest or folder"))
    }

    @Test func anInterruptedBatchLeavesNoPartialFileAndARerunFinishes() throws {
        let n = 4
        let dir = try project(folders: 2, lines: (0..<n).map { #"{"inputs": ["p\#($0 % 2)"], "output": "out/v\#($0).mp4"}"# })
        defer { try? FileManager.default.removeItem(at: dir) }
        let manifest = dir.appendingPathComponent("m.jsonl").path
        // Ctrl-C as soon as the first render reports progress (an event, not a clock).
        let r = try ReelRunner.run(["batch", manifest] + tiny + ["--jobs", "1", "--progress", "json"],
                                   signalOnStdout: (marker: "\"event\":\"progress\"", signal: SIGINT))
        #expect(r.status == 130, "\(r.stderr)")
        let out = dir.appendingPathComponent("out")
        #expect(try onlyFinishedFiles(out), "\(ReelRunner.contents(out))")
        let statuses = finished(r.stdout)
        #expect(statuses.values.contains("cancelled"))
        let again = try ReelRunner.run(["batch", manifest] + tiny + ["--progress", "json"])
        #expect(again.status == 0, "\(again.stderr)")
        let second = finished(again.stdout)
        #expect(second.count == n)
        for (job, status) in statuses where status == "done" { #expect(second[job] == "skipped") }
        for k in 0..<n { #expect(try frames(out.appendingPathComponent("v\(k).mp4")) == 45) }
    }
}
