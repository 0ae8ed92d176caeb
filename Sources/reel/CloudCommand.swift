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
            try await CloudCLI.guarded {
                let bar = ProgressPrinter()
                let media = try await CloudRenderer(client: cloud.client()).upload(files.map { URL(fileURLWithPath: $0) }) { p in
                    bar.show(Double(p.bytesSent) / Double(max(p.totalBytes, 1)), "uploading \(p.fileIndex + 1)/\(p.fileCount)")
                }
                bar.finish()
                for m in media { print("\(m.localFile.lastPathComponent) → \(m.url)") }
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
}
