import Foundation
import ReelCompositor

/// Blocking work (a render's encode loop, probing files) run on a thread of its own, so an
/// `async` caller never holds a thread of the cooperative pool while it runs.
enum BlockingWork {
    /// Runs `body` on a new thread and returns its result. Cancelling the calling task sets
    /// `cancel`, which `body` is expected to check (the render pipeline does, between frames).
    static func run<T: Sendable>(cancel: CancellationFlag, _ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<T, any Error>) in
                let thread = Thread { continuation.resume(with: Result { try body() }) }
                thread.name = "reel.render"
                thread.stackSize = 8 << 20
                thread.start()
            }
        } onCancel: {
            cancel.cancel()
        }
    }
}
