import ArgumentParser
import Foundation
import Reel

@main
struct ReelCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reel",
        abstract: "Turn photos into a shareable video, on this machine, offline.",
        discussion: """
        Run `reel` alone on a terminal to describe what you want in plain words.

        Examples:
          reel render photos/ -o trip.mp4
          reel render a.jpg b.jpg c.jpg --duration 30 --transition crossfade -o out.mp4
          reel render photos/ --aspect 9:16 --quality preview -o reel-preview.mp4
          reel draft photos/ --slide 4 -o trip.json      # edit trip.json, then:
          reel render trip.json -o trip.mp4
          reel frame trip.json --at 2.5 -o frame.png
          reel storyboard trip.json -o sheet.png           # one thumbnail per photo
          reel render photos/ --transition random --seed 7 -o mix.mp4
          reel ask "a 30-second vertical video, smooth transitions" photos/
          reel batch videos.jsonl                        # one video per line, side by side

        Exit codes: 0 done; 1 failed (the message says why); 64 bad usage; 65 bad input (a photo, music file, draft or option value); 73 output could not be written; 130 cancelled (Ctrl-C). A failed or cancelled render leaves no output file. A full disk is 73, naming the output and the free space. The cloud verbs add 69 (unreachable), 75 (try later), 76 (the cloud failed or broke a limit) and 77 (not allowed: token, credits, plan, a file outside the draft's folder).
        """,
        version: ReelCloudVersion.string,
        subcommands: [RenderCommand.self, BatchCommand.self, DraftCommand.self, FrameCommand.self, AskCommand.self, CloudCommand.self, TransitionsCommand.self, StoryboardCommand.self]
    )

    /// With no verb: the interactive prompt on a terminal, the help otherwise.
    func run() async throws {
        guard isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1 else {
            throw CleanExit.helpRequest(self)
        }
        await InteractivePrompt.run()
    }
}
