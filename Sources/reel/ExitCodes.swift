import ArgumentParser
import Foundation
import Reel

/// Maps failures to the exit codes documented in `reel --help`, printing one clear message.
enum Failure {
    /// Prints `error` to stderr as "reel: …" and returns its exit code.
    static func report(_ error: any Error) -> ExitCode {
        Terminal.err("reel: \(error)\n")
        if let cloud = error as? CloudError { return ExitCode(CloudCLI.exitCode(cloud.kind)) }
        if error is CancellationError { return ExitCode(130) }
        switch FailureKind(error) {
        case .badInput: return ExitCode(65)
        case .output: return ExitCode(73)
        case .cancelled: return ExitCode(130)
        case .other: return .failure
        }
    }
}
