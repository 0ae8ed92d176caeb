import ArgumentParser
import Foundation
import Reel

struct BatchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Render many videos: one per manifest line, or one per subfolder.",
        discussion: """
        MANIFEST is JSON Lines, one video a line; every `reel render` option goes by its long name without the dashes (a list for a repeatable one, true for a flag); relative paths resolve against the manifest's folder:
          {"inputs": ["photos/a", "x.mov"], "output": "out/a.mp4", "quality": "preview", "aspect": "9:16", "duration": 30, "title": "Spring", "music": "song.mp3"}
          {"draft": "b.json", "output": "out/b.mp4"}
        With a FOLDER, each subfolder DIR/NAME becomes DIR/NAME.mp4. Render options after the manifest or folder apply to every video (a manifest line overrides them).

        Each video is rendered by `reel render` in a process of its own. A video whose output exists and whose inputs (paths, sizes, times) and options are unchanged is skipped (its state is in .NAME.mp4.reel-batch.json beside it); --force redoes it. An interrupted batch leaves no partial video; run it again to finish.

        --shard I/N renders every N-th video from the I-th (0-based, manifest order), so N machines share one manifest; --shard auto takes I and N from a Kubernetes Indexed Job (JOB_COMPLETION_INDEX, with --shard-count or REEL_SHARD_COUNT) or a Slurm job array (SLURM_ARRAY_TASK_ID, SLURM_ARRAY_TASK_COUNT). See docs/scale-out.md.

        With --cloud the batch uses one cloud session: each distinct file (by content) is uploaded once and its URL used in every draft that names it, each video is its own cloud render (4 at a time unless --jobs), recorded so that `reel cloud resume ID` or the same batch run again finishes it. A video the cloud cannot take (unreachable, out of credits, plan) is rendered locally, unless --no-fallback. A video may upload its inputs and music and files in the manifest's folder, nothing else.

        Exit: 0 every video done or up to date; 1 some failed (each named with its error); 64 bad usage; 65 the manifest or folder cannot be used; 130 interrupted.
        """
    )

    @Argument(help: ArgumentHelp("A JSON Lines manifest, or a folder of subfolders.", valueName: "manifest-or-folder"))
    var source: String

    @Option(help: ArgumentHelp("Videos rendered side by side (default: from the cores and the quality; 2 cores: 2 for preview, 1 otherwise).", valueName: "n"))
    var jobs: Int?

    @Flag(help: "Render every video again, even those that are up to date.")
    var force = false

    @Option(help: ArgumentHelp("Render only shard I of N (0-based), or auto (Kubernetes Indexed Job, Slurm job array).", valueName: "I/N|auto"))
    var shard: String?

    @Option(name: .customLong("shard-count"), help: ArgumentHelp("With --shard auto: the number of shards, when the environment does not say.", valueName: "n"))
    var shardCount: Int?

    @Option(help: "Progress: auto or plain (a line per finished video and a table), json (a JSON object per line per event on stdout) or none (the table only).")
    var progress: String = "auto"

    @Flag(help: "Render in the NemoVideo cloud: one session, each distinct file uploaded once, a render per video (see below).")
    var cloud = false

    @Flag(name: .customLong("no-fallback"), help: "With --cloud: fail a video rather than render it locally when the cloud cannot.")
    var noFallback = false

    @Option(name: .customLong("api-url"), help: ArgumentHelp("With --cloud: the API's base URL (default: NEMO_API_URL, else the NemoVideo service).", valueName: "url"))
    var apiURL: String?

    @Argument(parsing: .allUnrecognized, help: ArgumentHelp("`reel render` options for every video, e.g. --quality preview.", valueName: "render-options"))
    var renderOptions: [String] = []

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs \(jobs): give 1 or more") }
        if shardCount != nil && shard != "auto" { throw ValidationError("--shard-count goes with --shard auto") }
        for bad in ["-o", "--output", "--allow-path"] where renderOptions.contains(where: { $0 == bad || $0.hasPrefix(bad + "=") }) {
            throw ValidationError("\(bad) cannot be given to reel batch: \(bad == "--allow-path" ? "a video may upload its own inputs and music, and files in the manifest's folder" : "each video's output comes from the manifest or folder")")
        }
        if noFallback && !cloud { throw ValidationError("--no-fallback goes with --cloud") }
        if apiURL != nil && !cloud { throw ValidationError("--api-url goes with --cloud") }
        guard ["auto", "plain", "json", "none"].contains(progress) else { throw ValidationError("--progress \(progress): use auto, plain, json or none") }
    }

    func run() async throws {
        let all: [BatchJob]
        let selected: [BatchJob]
        let part: BatchShard?
        do {
            let url = URL(fileURLWithPath: source).standardizedFileURL
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir) else {
                throw BatchError("\(source): no such manifest or folder")
            }
            all = isDir.boolValue ? try BatchManifest.folderJobs(in: url, common: renderOptions)
                                  : try BatchManifest.jobs(manifest: url, common: renderOptions)
            part = try shard.map { try BatchShard(parsing: $0, count: shardCount) }
            selected = part?.select(all) ?? all
        } catch let e as BatchError {
            Terminal.err("reel: \(e)\n")
            throw ExitCode(65)
        }
        // Each job's options are parsed exactly as `reel render` parses them, before anything runs.
        var invalid: [Int: String] = [:]
        var allPreview = true
        for job in selected {
            do {
                let command = try RenderCommand.parse(job.renderArguments)
                _ = try command.encoding.settings()
                if command.encoding.quality != "preview" { allPreview = false }
            } catch {
                invalid[job.index] = RenderCommand.message(for: error).replacingOccurrences(of: "\n", with: " ")
            }
        }
        let runnable = selected.filter { invalid[$0.index] == nil }
        let concurrency = jobs ?? (cloud ? 4 : BatchRunner.defaultConcurrency(allPreview: allPreview))
        let printer = BatchPrinter(json: progress == "json", lines: progress == "auto" || progress == "plain", total: selected.count)
        if progress == "auto" || progress == "plain" {
            let of = part.map { " (shard \($0) of \(all.count))" } ?? ""
            Terminal.err("Batch: \(selected.count) video\(selected.count == 1 ? "" : "s")\(of), \(min(concurrency, max(runnable.count, 1))) at a time\n")
        }
        var results = selected.compactMap { job in
            invalid[job.index].map { BatchJobResult(job: job, status: .failed($0), seconds: 0, bytes: nil) }
        }
        results.forEach { printer.event(.finished($0)) }
        let runner = BatchRunner(concurrency: concurrency, force: force, version: ReelCloudVersion.string)
        let child = BatchChildProcess(executable: BatchChildProcess.selfExecutable)
        let folder = all.first.map { $0.line == nil ? URL(fileURLWithPath: source).standardizedFileURL : URL(fileURLWithPath: source).standardizedFileURL.deletingLastPathComponent() }
        let task = Task {
            let execute = cloud ? await cloudExecute(runnable, folder: folder ?? URL(fileURLWithPath: "."), local: child, force: force) : child.run
            return await runner.run(runnable, execute: execute, events: printer.event)
        }
        let interrupts = Interrupts.forward { task.cancel() }
        defer { interrupts.forEach { $0.cancel() } }
        results += await task.value
        results.sort { $0.job.index < $1.job.index }
        printer.summary(results)
        if results.contains(where: { $0.status == .cancelled }) || task.isCancelled { throw ExitCode(130) }
        if results.contains(where: { if case .failed = $0.status { true } else { false } }) { throw ExitCode.failure }
    }
}
