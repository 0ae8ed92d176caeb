import Foundation
import Reel
import Testing

/// Manifest parsing, shard selection, digests and the runner's concurrency limit (with an
/// injected executor; the real child processes are covered by BatchCLITests).
@Suite struct BatchTests {
    let dir: URL

    init() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("reel-batch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    func manifest(_ text: String) throws -> URL {
        let url = dir.appendingPathComponent("m.jsonl")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    func write(_ name: String, _ bytes: Int) throws {
        let url = dir.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(repeating: 7, count: bytes).write(to: url)
    }

    @Test func linesBecomeRenderArgumentsWithPathsResolvedAgainstTheManifest() throws {
        defer { try? FileManager.default.removeItem(at: dir) }
        let m = try manifest("""
        # a comment, then an empty line

        {"inputs": ["photos/a", "x.mov"], "output": "out/a.mp4", "quality": "preview", "duration": 30, "slide": 1.5, "music": ["s1.mp3", "/abs/s2.mp3"], "fit-to-music": true, "verbose-not": false, "title": "-- Kyoto"}
        {"draft": "b.json", "output": "/videos/b.mp4", "poster": "posters/b.jpg"}
        """)
        let jobs = try BatchManifest.jobs(manifest: m, common: ["--size", "320x180"])
        #expect(jobs.count == 2)
        let d = dir.standardizedFileURL.path
        #expect(jobs[0].index == 0 && jobs[0].line == 3 && jobs[0].name == "out/a.mp4")
        #expect(jobs[0].output.path == d + "/out/a.mp4")
        #expect(jobs[0].renderArguments == [d + "/photos/a", d + "/x.mov", "--size", "320x180", "--duration=30", "--fit-to-music",
                                            "--music=\(d)/s1.mp3", "--music=/abs/s2.mp3", "--quality=preview", "--slide=1.5",
                                            "--title=-- Kyoto", "-o", d + "/out/a.mp4"])
        #expect(jobs[0].files == [d + "/photos/a", d + "/x.mov", d + "/s1.mp3", "/abs/s2.mp3"])
        #expect(jobs[1].index == 1 && jobs[1].line == 4)
        #expect(jobs[1].renderArguments == [d + "/b.json", "--size", "320x180", "--poster=\(d)/posters/b.jpg", "-o", "/videos/b.mp4"])
        #expect(jobs[1].files == [d + "/b.json"])
        #expect(jobs[0].stateFile.path == d + "/out/.a.mp4.reel-batch.json")
    }

    @Test(arguments: [
        ("{\"inputs\": [\"a\"]", "line 1: not a JSON object"),
        ("[1, 2]", "line 1: not a JSON object"),
        ("{\"inputs\": [\"a\"]}", "line 1: no \"output\""),
        ("{\"inputs\": [\"a\"], \"draft\": \"b.json\", \"output\": \"o.mp4\"}", "\"inputs\" (photos, clips, folders) or \"draft\""),
        ("{\"inputs\": [], \"output\": \"o.mp4\"}", "\"inputs\" is empty"),
        ("{\"inputs\": [3], \"output\": \"o.mp4\"}", "must list paths as strings"),
        ("{\"inputs\": [\"a\"], \"output\": \"o.mp4\", \"cloud\": true}", "\"cloud\" applies to the whole batch"),
        ("{\"inputs\": [\"a\"], \"output\": \"o.mp4\", \"--slide\": 2}", "is not an option name"),
        ("{\"inputs\": [\"a\"], \"output\": \"o.mp4\", \"slide\": {\"x\": 1}}", "must be a string, a number, true"),
        ("{\"inputs\": [\"a\"], \"output\": \"o.mp4\"}\n{\"inputs\": [\"b\"], \"output\": \"./o.mp4\"}", "line 2 writes ./o.mp4 as line 1 does"),
    ])
    func badLinesNameTheLineAndWhatToDo(line: String, message: String) throws {
        defer { try? FileManager.default.removeItem(at: dir) }
        let m = try manifest(line)
        do {
            _ = try BatchManifest.jobs(manifest: m)
            Issue.record("expected an error for \(line)")
        } catch let e as BatchError {
            #expect(e.description.contains(message), "\(e.description)")
        }
    }

    @Test func aFolderGivesOneJobPerSubfolderInNaturalOrder() throws {
        defer { try? FileManager.default.removeItem(at: dir) }
        for name in ["trip10/a.jpg", "trip2/a.jpg", ".hidden/a.jpg", "loose.jpg"] { try write(name, 1) }
        let jobs = try BatchManifest.folderJobs(in: dir, common: ["--quality", "preview", "--music", "song.mp3"])
        let d = dir.standardizedFileURL.path
        #expect(jobs.map(\.name) == ["trip2.mp4", "trip10.mp4"])
        #expect(jobs[0].renderArguments == [d + "/trip2", "--quality", "preview", "--music", "song.mp3", "-o", d + "/trip2.mp4"])
        #expect(jobs[1].files.last?.hasSuffix("/song.mp3") == true)
        let empty = dir.appendingPathComponent("trip2")
        #expect(throws: BatchError.self) { try BatchManifest.folderJobs(in: empty) }
    }

    func jobs(_ n: Int) -> [BatchJob] {
        (0..<n).map { BatchJob(index: $0, name: "v\($0).mp4", output: dir.appendingPathComponent("v\($0).mp4"),
                               renderArguments: ["v\($0)"], files: [dir.appendingPathComponent("in\($0).jpg").path]) }
    }

    @Test func shardsTogetherTakeEveryJobExactlyOnceInManifestOrder() throws {
        defer { try? FileManager.default.removeItem(at: dir) }
        let all = jobs(11)
        let shards = try (0..<4).map { try BatchShard(parsing: "\($0)/4") }
        let picked = shards.map { $0.select(all).map(\.index) }
        #expect(picked[1] == [1, 5, 9])
        #expect(picked.flatMap { $0 }.sorted() == Array(0..<11))
        for bad in ["4/4", "-1/2", "1", "a/b", "1/0"] {
            #expect(throws: BatchError.self) { try BatchShard(parsing: bad) }
        }
        #expect(throws: BatchError.self) { try BatchShard(parsing: "1/4", count: 3) }
    }

    @Test func autoShardReadsKubernetesAndSlurm() throws {
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(try BatchShard(parsing: "auto", environment: ["JOB_COMPLETION_INDEX": "2", "REEL_SHARD_COUNT": "5"]) == BatchShard(index: 2, count: 5))
        #expect(try BatchShard(parsing: "auto", count: 3, environment: ["JOB_COMPLETION_INDEX": "0"]) == BatchShard(index: 0, count: 3))
        // Slurm arrays often count from 1 (--array=1-4): the index is relative to SLURM_ARRAY_TASK_MIN.
        #expect(try BatchShard(parsing: "auto", environment: ["SLURM_ARRAY_TASK_ID": "4", "SLURM_ARRAY_TASK_MIN": "1", "SLURM_ARRAY_TASK_COUNT": "4"]) == BatchShard(index: 3, count: 4))
        #expect(try BatchShard(parsing: "auto", environment: ["SLURM_ARRAY_TASK_ID": "0", "SLURM_ARRAY_TASK_COUNT": "2"]) == BatchShard(index: 0, count: 2))
        #expect(throws: BatchError.self) { try BatchShard(parsing: "auto", environment: ["JOB_COMPLETION_INDEX": "1"]) }
        #expect(throws: BatchError.self) { try BatchShard(parsing: "auto", environment: [:]) }
        #expect(throws: BatchError.self) { try BatchShard(parsing: "auto", environment: ["JOB_COMPLETION_INDEX": "x", "REEL_SHARD_COUNT": "2"]) }
    }

    @Test func theDigestFollowsInputsOptionsAndVersion() throws {
        defer { try? FileManager.default.removeItem(at: dir) }
        try write("p/a.jpg", 10)
        let job = BatchJob(index: 0, name: "a", output: dir.appendingPathComponent("a.mp4"), renderArguments: ["x", "--slide=2"],
                           files: [dir.appendingPathComponent("p").path])
        let first = BatchDigest.digest(of: job, version: "1")
        #expect(BatchDigest.digest(of: job, version: "1") == first)
        #expect(BatchDigest.digest(of: job, version: "2") != first)
        let other = BatchJob(index: 0, name: "a", output: job.output, renderArguments: ["x", "--slide=3"], files: job.files)
        #expect(BatchDigest.digest(of: other, version: "1") != first)
        try write("p/a.jpg", 11)                  // a photo in the folder changed
        let second = BatchDigest.digest(of: job, version: "1")
        #expect(second != first)
        try write("p/b.jpg", 1)                   // a photo added to the folder
        #expect(BatchDigest.digest(of: job, version: "1") != second)
    }

    @Test func aJobWithAPosterIsUpToDateOnlyWithItsPoster() throws {
        defer { try? FileManager.default.removeItem(at: dir) }
        let poster = dir.appendingPathComponent("a.jpg")
        let job = BatchJob(index: 0, name: "a", output: dir.appendingPathComponent("a.mp4"),
                           renderArguments: ["x", "--poster=\(poster.path)"], files: [])
        try write("a.mp4", 100)
        let digest = BatchDigest.digest(of: job, version: "1")
        try BatchDigest.record(job, digest: digest)
        #expect(!BatchDigest.isUpToDate(job, digest: digest))  // the poster is missing: render again
        try write("a.jpg", 10)
        #expect(BatchDigest.isUpToDate(job, digest: digest))
    }

    @Test func aDraftsMediaArePartOfItsDigest() throws {
        defer { try? FileManager.default.removeItem(at: dir) }
        try write("photo.jpg", 10)
        let draft = dir.appendingPathComponent("d.json")
        try #"{"d":1000,"m":{"fps":30,"width":320,"height":180},"t":[{"tt":0,"sg":[{"s":0,"d":1000,"src":"photo.jpg"}]}]}"#
            .write(to: draft, atomically: true, encoding: .utf8)
        let job = BatchJob(index: 0, name: "d", output: dir.appendingPathComponent("d.mp4"), renderArguments: [draft.path], files: [draft.path])
        let first = BatchDigest.digest(of: job, version: "1")
        try write("photo.jpg", 12)
        #expect(BatchDigest.digest(of: job, version: "1") != first)
    }

    /// Counts jobs in flight; each job writes its output so the digest can be recorded.
    final class Tally: @unchecked Sendable {
        let lock = NSLock()
        var running = 0, peak = 0, ran: [Int] = []
        func begin(_ i: Int) { lock.withLock { running += 1; peak = max(peak, running); ran.append(i) } }
        func end() { lock.withLock { running -= 1 } }
    }

    @Test func theRunnerKeepsToItsLimitReportsFailuresAndSkipsWhatIsUpToDate() async throws {
        defer { try? FileManager.default.removeItem(at: dir) }
        let all = jobs(7)
        let tally = Tally()
        let execute: BatchRunner.Execute = { job, progress in
            tally.begin(job.index)
            defer { tally.end() }
            for _ in 0..<20 { await Task.yield() }
            progress(1, 1)
            if job.index == 3 { return "photo 3 is broken" }
            try? Data("video \(job.index)".utf8).write(to: job.output)
            return nil
        }
        let results = await BatchRunner(concurrency: 2, version: "t").run(all, execute: execute)
        #expect(tally.peak <= 2 && tally.peak >= 1)
        #expect(results.map(\.job.index) == Array(0..<7))
        #expect(results[3].status == .failed("photo 3 is broken"))
        #expect(results.filter { $0.status == .done }.count == 6)
        #expect(results[0].bytes == Int64("video 0".utf8.count))
        #expect(FileManager.default.fileExists(atPath: all[0].stateFile.path))
        #expect(!FileManager.default.fileExists(atPath: all[3].stateFile.path))

        // Again: only the failed job runs; an output replaced behind the batch's back is redone.
        try Data("someone else's".utf8).write(to: all[5].output)
        let again = Tally()
        let rerun: BatchRunner.Execute = { job, _ in again.begin(job.index); again.end(); try? Data("v".utf8).write(to: job.output); return nil }
        let second = await BatchRunner(concurrency: 3, version: "t").run(all, execute: rerun)
        #expect(again.ran.sorted() == [3, 5])
        #expect(second.filter { $0.status == .skipped }.count == 5)
        let forced = Tally()
        let force: BatchRunner.Execute = { job, _ in forced.begin(job.index); forced.end(); try? Data("v".utf8).write(to: job.output); return nil }
        _ = await BatchRunner(concurrency: 1, force: true, version: "t").run(all, execute: force)
        #expect(forced.ran == Array(0..<7))
        #expect(forced.peak == 1)
    }

    @Test func defaultConcurrencyFollowsCoresAndQuality() {
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(BatchRunner.defaultConcurrency(cores: 2, allPreview: true) == 2)
        #expect(BatchRunner.defaultConcurrency(cores: 2, allPreview: false) == 1)
        #expect(BatchRunner.defaultConcurrency(cores: 16, allPreview: false) == 4)
        #expect(BatchRunner.defaultConcurrency(cores: 1, allPreview: true) == 2)
    }
}
