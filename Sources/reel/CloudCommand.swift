import ArgumentParser
import Foundation
import Reel

/// `reel cloud …`: the NemoVideo cloud, verb by verb. All work is in `NemoClient`.
struct CloudCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cloud",
        abstract: "Edit, render and download in the NemoVideo cloud.",
        discussion: """
        Each project folder has its own cloud session, kept in $XDG_CONFIG_HOME/reel (else ~/.config/reel) with an anonymous access token, unless NEMO_TOKEN is set. The API address comes from --api-url, else NEMO_API_URL. Proxies come from https_proxy / no_proxy.

        Examples:
          reel cloud credits
          reel cloud upload photos/*.jpg song.mp3
          reel cloud chat "make a 30-second video from my photos with lo-fi music"
          reel cloud state -o trip.json        # then: reel render trip.json -o trip.mp4
          reel cloud export -o trip.mp4
          reel cloud jobs
          reel cloud resume render_1764000000_ab12cd34ef56

        Attribution headers (X-Skill-Source/-Version/-Platform) can be overridden with NEMO_SKILL_SOURCE, NEMO_SKILL_VERSION and NEMO_SKILL_PLATFORM.

        Exit codes: 0 done; 1 failed; 64 bad usage; 65 a file or request the cloud refuses; 69 cloud unreachable; 73 output could not be written (or the disk is full); 75 try again later (rate limit, render still running, dropped chat); 76 the cloud failed, answered nonsense or broke a limit (size, redirects, ids); 77 not allowed (token, out of credits, plan, a file outside the draft's folder); 130 cancelled (the render stays resumable).
        """,
        subcommands: [Credits.self, Upload.self, Chat.self, State.self, Export.self, Jobs.self, Resume.self]
    )
}

/// Options every cloud verb takes.
struct CloudOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The API's base address (default: NEMO_API_URL, else the NemoVideo service).", valueName: "url"))
    var apiURL: String?

    @Option(help: ArgumentHelp("The project folder whose cloud session to use (default: the current folder).", valueName: "dir"))
    var project: String?

    func client(_ adjust: (inout CloudConfiguration) -> Void = { _ in }) throws -> NemoClient {
        let dir = URL(fileURLWithPath: project ?? FileManager.default.currentDirectoryPath).standardizedFileURL
        var config = try CloudConfiguration.fromEnvironment(apiURL: apiURL, projectDirectory: dir)
        adjust(&config)
        return NemoClient(configuration: config)
    }
}

extension CloudCommand {
    struct Credits: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show the credit balance: available, frozen (held by running jobs) and total.",
            discussion: "Example:\n  reel cloud credits")

        @OptionGroup var cloud: CloudOptions

        func run() async throws {
            try await CloudCLI.guarded {
                let c = try await cloud.client().credits()
                print("Credits: \(c.available) available, \(c.frozen) frozen, \(c.total) total")
            }
        }
    }

    struct Upload: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Upload media into the project's cloud session and print their cloud URLs.",
            discussion: """
            Accepted: \(UploadPolicy.acceptedExtensions.joined(separator: " ")); at most 200 MB a file. HEIC, HEIF and AVIF photos are sent as JPEG copies (upright, sRGB, quality 92). Every file is checked before anything is sent.

            Example:
              reel cloud upload photos/*.jpg song.mp3
            """)

        @OptionGroup var cloud: CloudOptions

        @Argument(help: ArgumentHelp("Photos, videos or music to upload.", valueName: "FILE"))
        var files: [String]

        func run() async throws {
            let staged: CloudPhotoStaging
            do {
                staged = try CloudPhotoStaging(files: files.map { URL(fileURLWithPath: $0) })
            } catch {
                throw Failure.report(error)
            }
            defer { staged.removeFiles() }
            try await CloudCLI.guarded {
                let bar = CloudProgressBar()
                let media = try await cloud.client().upload(staged.files) { p in
                    bar.show(Double(p.bytesSent) / Double(max(p.totalBytes, 1)),
                             "uploading \(p.fileIndex + 1)/\(p.fileCount)")
                }
                bar.finish()
                for m in media { print("\(staged.original(of: m.localFile).lastPathComponent) → \(m.url)") }
            }
        }
    }

    struct Chat: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Ask the cloud assistant to edit the project; its reply streams as it arrives.",
            discussion: """
            When the assistant edits without replying, the timeline's changes are listed. If the connection drops, the message is not sent again (that would charge twice): the project is checked for up to 5 minutes instead.

            Examples:
              reel cloud chat "add lo-fi background music at 35%"
              reel cloud chat "add the title 'Urban Dreams' for the first 3 seconds"
            """)

        @OptionGroup var cloud: CloudOptions

        @Argument(help: ArgumentHelp("What to do, in plain words.", valueName: "MESSAGE"))
        var message: String

        func run() async throws {
            try await CloudCLI.guarded {
                let result = try await cloud.client().chat(message) { update in
                    switch update {
                    case .text(let t): CloudCLI.out(t)
                    case .stillWorking: CloudCLI.err("Still working…\n")
                    case .checkingAfterDrop: CloudCLI.err("\nThe connection dropped; checking the project instead of re-sending…\n")
                    case .toolActivity: break
                    }
                }
                if !result.text.isEmpty { CloudCLI.out("\n") }
                if result.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty || result.recoveredAfterDrop {
                    if result.changes.isEmpty {
                        print("The assistant finished without a reply, and the timeline did not change.")
                    } else {
                        print("The timeline changed:")
                        result.changes.forEach { print("  - \($0)") }
                    }
                }
            }
        }
    }

    struct State: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show the project's cloud timeline, or save its draft for a local render.",
            discussion: """
            Examples:
              reel cloud state
              reel cloud state -o trip.json && reel render trip.json -o trip.mp4
            """)

        @OptionGroup var cloud: CloudOptions

        @Option(name: .shortAndLong, help: ArgumentHelp("Save the draft JSON here instead of printing the summary.", valueName: "draft.json"))
        var output: String?

        func run() async throws {
            try await CloudCLI.guarded {
                let state = try await cloud.client().state()
                guard let output else {
                    state.summaryLines.forEach { print($0) }
                    return
                }
                let url = URL(fileURLWithPath: output)
                do { try state.draftFileData().write(to: url, options: .atomic) } catch {
                    throw CloudError(.localFile, "Cannot write \(url.path): \(error.localizedDescription).", suggestion: "Choose another path with -o.")
                }
                print("Saved the draft to \(url.path); render it on this machine with `reel render \(output)`.")
            }
        }
    }

    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Render the project in the cloud and download the MP4.",
            discussion: """
            The render id is recorded before submitting: if the terminal closes, finish it with `reel cloud resume ID` (see `reel cloud jobs`).

            Examples:
              reel cloud export -o trip.mp4
              reel cloud export -o trip.mp4 --poll-interval 10 --max-wait 60
            """)

        @OptionGroup var cloud: CloudOptions

        @Option(name: .shortAndLong, help: ArgumentHelp("Where to save the MP4.", valueName: "out.mp4"))
        var output = "reel-cloud.mp4"

        @Option(help: ArgumentHelp("Seconds between status checks (1–300).", valueName: "seconds"))
        var pollInterval: Int = 30

        @Option(help: ArgumentHelp("Give up waiting after this many minutes (the render stays resumable).", valueName: "minutes"))
        var maxWait: Int = 30

        func validate() throws {
            guard (1...300).contains(pollInterval) else { throw ValidationError("--poll-interval must be 1 to 300 seconds") }
            guard (1...24 * 60).contains(maxWait) else { throw ValidationError("--max-wait must be 1 to 1440 minutes") }
        }

        func run() async throws {
            try await CloudCLI.guarded {
                let client = try cloud.client { c in
                    c.pollInterval = .seconds(pollInterval)
                    c.maxPollDuration = .seconds(maxWait * 60)
                }
                let r = try await client.export(to: URL(fileURLWithPath: output), progress: CloudCLI.exportProgress())
                CloudCLI.done(r)
            }
        }
    }

    struct Jobs: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the cloud renders started on this machine, newest first.",
            discussion: "Example:\n  reel cloud jobs")

        @OptionGroup var cloud: CloudOptions

        func run() async throws {
            try await CloudCLI.guarded {
                let jobs = try cloud.client().jobs.all()
                guard !jobs.isEmpty else { print("No cloud renders recorded."); return }
                let f = DateFormatter()
                f.dateFormat = "yyyy-MM-dd HH:mm"
                for j in jobs {
                    let state = j.status == .rendering ? "rendering \(j.progress)%" : j.status.rawValue
                    print("\(j.id)  \(f.string(from: j.createdAt))  \(state.padding(toLength: 14, withPad: " ", startingAt: 0))  \(j.output)")
                }
                if jobs.contains(where: \.isUnfinished) { print("Finish an unfinished one with `reel cloud resume ID`.") }
            }
        }
    }

    struct Resume: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Finish a cloud render that was interrupted: wait for it, then download it.",
            discussion: """
            Examples:
              reel cloud resume render_1764000000_ab12cd34ef56
              reel cloud resume render_1764000000_ab12cd34ef56 -o elsewhere.mp4
            """)

        @OptionGroup var cloud: CloudOptions

        @Argument(help: ArgumentHelp("The render id, as `reel cloud jobs` lists it.", valueName: "ID"))
        var id: String

        @Option(name: .shortAndLong, help: ArgumentHelp("Save the MP4 here instead of the recorded path.", valueName: "out.mp4"))
        var output: String?

        func run() async throws {
            try await CloudCLI.guarded {
                let r = try await cloud.client().resume(id, to: output.map { URL(fileURLWithPath: $0) }, progress: CloudCLI.exportProgress())
                CloudCLI.done(r)
            }
        }
    }
}

/// Terminal output and exit codes shared by the cloud verbs.
enum CloudCLI {
    /// Runs `body`, turning a `CloudError` into "reel: …" on stderr and its exit code. SIGINT
    /// and SIGTERM cancel it (transfers abort, temporary files go), ending with exit 130.
    static func guarded(_ body: @escaping @Sendable () async throws -> Void) async throws {
        let task = Task { try await body() }
        let interrupts = Interrupts.forward { task.cancel() }
        defer { interrupts.forEach { $0.cancel() } }
        do {
            try await task.value
        } catch let e as CloudError {
            err("reel: \(e)\n")
            throw ExitCode(exitCode(e.kind))
        } catch is CancellationError {
            err("reel: interrupted; nothing was written.\n")
            throw ExitCode(130)
        }
    }

    static func exitCode(_ kind: CloudError.Kind) -> Int32 {
        switch kind {
        case .unreachable, .timedOut, .connectionLost: 69
        case .invalidToken, .missingClientID, .outOfCredits, .planBlocked, .pathNotAllowed: 77
        case .rateLimited, .renderTimedOut, .chatDropped: 75
        case .unsupportedFileType, .fileTooLarge, .nothingToExport, .unknownJob: 65
        case .configuration: 64
        case .localFile: 73
        case .cancelled: 130
        case .server, .invalidResponse, .limitExceeded, .renderFailed, .invalidDownload, .chatFailed, .sessionNotFound: 76
        default: 1
        }
    }

    static func exportProgress() -> @Sendable (ExportProgress) -> Void {
        let bar = CloudProgressBar()
        return { p in
            switch p {
            case .submitted(let id): bar.note("Render \(id) started (resume with `reel cloud resume \(id)`).")
            case .rendering(let status, let percent): bar.show(Double(percent) / 100, "rendering (\(status))")
            case .downloading(let bytes, let total):
                bar.show(total > 0 ? Double(bytes) / Double(total) : 0, "downloading \(bytes / 1_048_576) MB")
            case .verifying: bar.finish()
            }
        }
    }

    static func done(_ r: ExportResult) {
        print("Saved \(r.output.path) (\(String(format: "%.1f", Double(r.bytes) / 1_048_576)) MB, render \(r.renderID)).")
    }

    static func out(_ s: String) { Terminal.out(s) }

    static func err(_ s: String) { Terminal.err(s) }
}

/// A one-line progress bar on stderr (plain lines when stderr is not a terminal).
final class CloudProgressBar: @unchecked Sendable {
    private let lock = NSLock()
    private let tty = isatty(STDERR_FILENO) == 1
    private var lastLabel = ""
    private var lastDecile = -1
    private var open = false

    func show(_ fraction: Double, _ label: String) {
        lock.withLock {
            let f = max(0, min(1, fraction))
            if tty {
                let filled = Int(f * 30)
                Terminal.raw("\r" + String(repeating: "█", count: filled) + String(repeating: "░", count: 30 - filled)
                             + String(format: " %3d%%  ", Int(f * 100)) + TerminalText.oneLine(label) + "   ")
                open = true
            } else if Int(f * 10) != lastDecile || label != lastLabel {
                lastDecile = Int(f * 10)
                lastLabel = label
                CloudCLI.err("\(label): \(Int(f * 100))%\n")
            }
        }
    }

    func note(_ line: String) {
        lock.withLock {
            if open { CloudCLI.err("\n"); open = false }
            CloudCLI.err(line + "\n")
        }
    }

    func finish() {
        lock.withLock {
            if open { CloudCLI.err("\n"); open = false }
        }
    }
}
