import ArgumentParser
import Reel

/// `reel transitions`: the transition names `--transition` and a draft's `tr.k` accept.
struct TransitionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "transitions",
        abstract: "List the transitions, one name per line (for --transition and a draft's tr.k).",
        discussion: "--transition random draws from: \(TransitionKind.randomPool.map(\.rawValue).joined(separator: ", ")).")

    func run() throws {
        for kind in TransitionKind.allCases { print(kind.rawValue) }
    }
}
