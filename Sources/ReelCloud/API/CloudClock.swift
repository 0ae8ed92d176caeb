import Foundation

/// How the cloud client tells time and waits: between render polls, after HTTP 429, while
/// checking a dropped chat, and for the "Still working…" notices. The real one is
/// `SystemCloudClock`; tests inject one they advance themselves, so no test waits on a clock.
public protocol CloudClock: Sendable {
    /// Time since a fixed point (only differences matter).
    func now() -> Duration
    /// Waits `duration` (a real sleep, or none in tests); throws `CancellationError` when the
    /// task is cancelled.
    func pause(for duration: Duration) async throws
}

/// The monotonic system clock and `Task.sleep`.
public struct SystemCloudClock: CloudClock {
    private static let origin = ContinuousClock.now

    /// The system clock.
    public init() {}

    /// Time since the first use of this clock in the process.
    public func now() -> Duration { ContinuousClock.now - Self.origin }

    /// `Task.sleep`.
    public func pause(for duration: Duration) async throws { try await Task.sleep(for: duration) }
}
