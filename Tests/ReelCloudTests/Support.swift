import Foundation
import ReelTestSupport
import Testing
@testable import ReelCloud

/// The `CloudError` a call throws, or nil (and a recorded issue) when it throws nothing or
/// something else.
func cloudError<T>(_ body: () async throws -> T, sourceLocation: SourceLocation = #_sourceLocation) async -> CloudError? {
    do {
        _ = try await body()
        Issue.record("expected a CloudError", sourceLocation: sourceLocation)
    } catch let e as CloudError {
        return e
    } catch {
        Issue.record("expected a CloudError, got \(error)", sourceLocation: sourceLocation)
    }
    return nil
}

/// POSIX permission bits of a path.
func mode(_ url: URL) -> Int {
    ((try? FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions]) as? NSNumber)?.intValue ?? -1
}

/// A clock that only moves when the client sleeps (or a test advances it): every wait returns
/// at once and is recorded, so tests check the waits themselves instead of timing them.
final class ManualClock: CloudClock, @unchecked Sendable {
    private let lock = NSLock()
    private var elapsed: Duration = .zero
    private var recorded: [Duration] = []

    func now() -> Duration { lock.withLock { elapsed } }

    func pause(for duration: Duration) async throws {
        try Task.checkCancellation()
        lock.withLock {
            recorded.append(duration)
            elapsed += duration
        }
        await Task.yield()
        try Task.checkCancellation()
    }

    /// Moves time on without a sleep (as if the client were busy).
    func advance(by d: Duration) { lock.withLock { elapsed += d } }

    /// Every wait so far, in order.
    var sleeps: [Duration] { lock.withLock { recorded } }
}
