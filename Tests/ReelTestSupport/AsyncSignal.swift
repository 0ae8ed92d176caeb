import Foundation

/// A one-shot event a test can wait for from async code and fire from any thread (a server
/// handler, a callback). Waiting after it fired returns at once.
package final class AsyncSignal: @unchecked Sendable {
    private let lock = NSLock()
    private var fired = false
    private var waiters: [CheckedContinuation<Void, Never>] = []

    package init() {}

    /// Fires the event (only the first call counts).
    package func fire() {
        let ready: [CheckedContinuation<Void, Never>] = lock.withLock {
            guard !fired else { return [] }
            fired = true
            defer { waiters = [] }
            return waiters
        }
        ready.forEach { $0.resume() }
    }

    /// Returns once the event has fired.
    package func wait() async {
        await withCheckedContinuation { (c: CheckedContinuation<Void, Never>) in
            let now = lock.withLock { () -> Bool in
                if fired { return true }
                waiters.append(c)
                return false
            }
            if now { c.resume() }
        }
    }
}

/// A gate a server thread waits at until the test opens it: holds a connection open (silent)
/// without a clock.
package final class Gate: @unchecked Sendable {
    private let s = DispatchSemaphore(value: 0)
    package init() {}
    /// Blocks until `open`.
    package func wait() { s.wait(); s.signal() }
    /// Lets every waiter (now and later) through.
    package func open() { s.signal() }
}
