import Foundation
import Reel

/// Turns Ctrl-C / SIGTERM into a cancellation so the work can clean up.
enum Interrupts {
    /// Sets `flag` on SIGINT or SIGTERM (for the blocking `LocalRenderer`).
    static func forward(to flag: CancellationFlag) -> [DispatchSourceSignal] {
        forward { flag.cancel() }
    }

    /// Runs `action` on SIGINT or SIGTERM; cancel the returned sources when done.
    static func forward(_ action: @escaping @Sendable () -> Void) -> [DispatchSourceSignal] {
        [SIGINT, SIGTERM].map { sig in
            signal(sig, SIG_IGN)
            let src = DispatchSource.makeSignalSource(signal: sig, queue: .global())
            src.setEventHandler(handler: action)
            src.resume()
            return src
        }
    }

    /// Runs `body` as a task that SIGINT and SIGTERM cancel, and returns its result.
    static func cancellable<T: Sendable>(_ body: @escaping @Sendable () async throws -> T) async throws -> T {
        let task = Task { try await body() }
        let sources = forward { task.cancel() }
        defer { sources.forEach { $0.cancel() } }
        return try await task.value
    }
}
