import Foundation

/// What ``ReelEngine/renderUpdates(_:to:settings:)`` reports.
public enum RenderUpdate: Sendable {
    /// Frames done so far (each later update has more).
    case progress(RenderProgress)
    /// The video is written; always the last update.
    case finished(RenderReport)
}

extension ReelEngine {
    /// Renders `draft` to `output` as ``render(_:to:settings:progress:)`` does, reporting
    /// through an asynchronous sequence instead of a closure: progress updates in order, then
    /// `.finished`; a failure ends the sequence with its ``ReelError``.
    ///
    /// The stream keeps only the newest updates when the consumer falls behind (progress may
    /// skip frames, `.finished` is never lost). Stopping the iteration (`break`, or cancelling
    /// the consuming task) cancels the render, which then deletes its temporary file in the
    /// background; await ``render(_:to:settings:progress:)`` instead when the caller must know
    /// that cleanup is done.
    ///
    /// ```swift
    /// for try await update in engine.renderUpdates(draft, to: movie) {
    ///     if case .progress(let p) = update { bar.value = p.fraction }
    /// }
    /// ```
    public func renderUpdates(_ draft: ReelDraft, to output: URL,
                              settings: RenderSettings = RenderSettings()) -> AsyncThrowingStream<RenderUpdate, any Error> {
        let (stream, continuation) = AsyncThrowingStream<RenderUpdate, any Error>.makeStream(bufferingPolicy: .bufferingNewest(32))
        let task = Task {
            do {
                let report = try await render(draft, to: output, settings: settings) { continuation.yield(.progress($0)) }
                continuation.yield(.finished(report))
                continuation.finish()
            } catch {
                continuation.finish(throwing: error)
            }
        }
        continuation.onTermination = { termination in
            if case .cancelled = termination { task.cancel() }
        }
        return stream
    }
}
