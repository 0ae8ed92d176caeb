import ArgumentParser
import Foundation
import Reel

/// `reel cloud export`, `jobs` and `resume`: cloud renders, recorded so they can be finished.
extension CloudCommand {
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
