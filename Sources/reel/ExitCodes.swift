import ArgumentParser
import Foundation
import Reel

/// Maps failures to the exit codes documented in `reel --help` and `reel cloud --help`,
/// printing one clear message.
enum Failure {
    /// Prints `error` to stderr as "reel: …" and returns its exit code.
    static func report(_ error: any Error) -> ExitCode {
        let failure = ReelError(error)
        Terminal.err("reel: \(failure)\n")
        return ExitCode(exitCode(failure.kind))
    }

    /// The one table from a failure's kind to the process's exit status.
    static func exitCode(_ kind: ReelError.Kind) -> Int32 {
        switch kind {
        case .badInput, .unsupported, .cloudRefused: 65
        case .outputNotWritable, .diskFull: 73
        case .cancelled: 130
        case .cloudConfiguration: 64
        case .cloudUnreachable: 69
        case .cloudBusy: 75
        case .cloudFailed: 76
        case .cloudNotAllowed: 77
        default: 1
        }
    }
}
