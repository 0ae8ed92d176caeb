import Foundation
import Reel

/// Turns Ctrl-C / SIGTERM into a cancellation so the work can clean up.
enum Interrupts {
    /// Runs `action` on SIGINT or SIGTERM; cancel the returned sources when done.
    static func forward(_ action: @escaping @Sendable () -> Void) -> [DispatchSourceSignal] {
        sources(action, registered: nil)
    }

    /// Runs `body` as a task that SIGINT and SIGTERM cancel, and returns its result.
    ///
    /// The signal sources are registered with the kernel (their registration handlers have
    /// run) before `body` starts, so a signal sent once the work is under way is never lost;
    /// one that arrives before the task exists cancels it as it is created.
    static func cancellable<T: Sendable>(_ body: @escaping @Sendable () async throws -> T) async throws -> T {
        let target = CancelTarget()
        let armed = await withCheckedContinuation { (c: CheckedContinuation<SignalSources, Never>) in
            let group = DispatchGroup()
            let made = SignalSources(sources({ target.cancel() }, registered: group))
            group.notify(queue: .global()) { c.resume(returning: made) }
        }
        defer { armed.sources.forEach { $0.cancel() } }
        let task = Task { try await body() }
        target.attach(task)
        return try await task.value
    }

    /// SIGINT and SIGTERM sources running `action`; each leaves `registered` once the kernel
    /// delivers its signal to it.
    private static func sources(_ action: @escaping @Sendable () -> Void, registered: DispatchGroup?) -> [DispatchSourceSignal] {
        [SIGINT, SIGTERM].map { sig in
            signal(sig, SIG_IGN)
            let src = DispatchSource.makeSignalSource(signal: sig, queue: .global())
            if let registered {
                registered.enter()
                src.setRegistrationHandler { registered.leave() }
            }
            src.setEventHandler(handler: action)
            src.resume()
            return src
        }
    }

    /// The signal sources, handed across the registration wait.
    private final class SignalSources: @unchecked Sendable {
        let sources: [DispatchSourceSignal]
        init(_ sources: [DispatchSourceSignal]) { self.sources = sources }
    }

    /// The task a signal cancels; a signal that comes before the task is remembered.
    private final class CancelTarget: @unchecked Sendable {
        private let lock = NSLock()
        private var cancelAction: (@Sendable () -> Void)?
        private var cancelled = false

        func attach<T>(_ task: Task<T, any Error>) {
            let early = lock.withLock { () -> Bool in
                cancelAction = { task.cancel() }
                return cancelled
            }
            if early { task.cancel() }
        }

        func cancel() {
            let action = lock.withLock { () -> (@Sendable () -> Void)? in
                cancelled = true
                return cancelAction
            }
            action?()
        }
    }
}
