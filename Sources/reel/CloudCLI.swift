import ArgumentParser
import Foundation
import Reel

/// Terminal output shared by the cloud verbs.
enum CloudCLI {
    /// Runs `body`, turning a failure into "reel: …" on stderr and its exit code
    /// (`Failure.report`). SIGINT and SIGTERM cancel it (transfers abort, temporary files go),
    /// ending with exit 130.
    static func guarded(_ body: @escaping @Sendable () async throws -> Void) async throws {
        do {
            try await Interrupts.cancellable(body)
        } catch is CancellationError {
            err("reel: interrupted; nothing was written.\n")
            throw ExitCode(130)
        } catch let e as ExitCode {
            throw e
        } catch let e as ValidationError {
            throw e
        } catch {
            throw Failure.report(error)
        }
    }

    /// Render and download progress for `export` and `resume`, on the CLI's progress printer.
    static func exportProgress() -> @Sendable (ExportProgress) -> Void {
        let printer = ProgressPrinter()
        return { printer.export($0) }
    }

    /// The closing line of a cloud render.
    static func done(_ r: ExportResult) {
        print("Saved \(r.output.path) (\(String(format: "%.1f", Double(r.bytes) / 1_048_576)) MB, render \(r.renderID)).")
    }

    /// Writes `s` to stdout, terminal-safe.
    static func out(_ s: String) { Terminal.out(s) }

    /// Writes `s` to stderr, terminal-safe.
    static func err(_ s: String) { Terminal.err(s) }
}
