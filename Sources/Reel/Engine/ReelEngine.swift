import Foundation
import ReelCloud
import ReelCompositor
import ReelTimeline

/// The facade an app uses: builds drafts from photos, renders them on this machine, shows a
/// single frame, and exports through the cloud with a local fallback — all `async`, all
/// cancellable, all throwing ``ReelError``.
///
/// ```swift
/// let engine = ReelEngine()
/// let draft = try await engine.makeDraft(from: [photoFolder])
/// let report = try await engine.render(draft, to: movie) { p in
///     print("\(Int(p.fraction * 100)) %")
/// }
/// ```
///
/// **Cancellation.** Cancelling the calling `Task` stops the work: a render stops within a
/// frame or two, deletes its temporary file (an earlier file at the output is untouched) and
/// throws a ``ReelError`` of kind ``ReelError/Kind/cancelled`` — never `CancellationError`, so
/// one `catch let error as ReelError` sees every failure. The method returns only once the
/// render has stopped and cleaned up.
///
/// **Threads.** Renders run on a thread of their own (compositing and x264 on threads of
/// theirs), never on the cooperative pool; progress closures are called on the render's thread.
public struct ReelEngine: Sendable {
    /// The blocking renderer doing the work (its decoder and fonts are shared by every call).
    public let renderer: LocalRenderer

    /// An engine rendering with `renderer`.
    public init(renderer: LocalRenderer = LocalRenderer()) {
        self.renderer = renderer
    }

    /// A draft from photos, clips and folders of them (natural order: "2.jpg" before "10.jpg"),
    /// or from a single draft `.json` file.
    ///
    /// Clips are opened to learn their length, so a bad clip fails here, naming the file.
    ///
    /// - Parameter options: the slideshow's look (size, lengths, transition, motion); ignored
    ///   for a draft file.
    /// - Throws: ``ReelError``: `badInput` or `unsupported` naming the file; `cancelled`.
    public func makeDraft(from inputs: [URL], options: SlideshowOptions = SlideshowOptions()) async throws -> ReelDraft {
        try Self.checkNotCancelled("building the draft")
        let cancel = CancellationFlag()
        do {
            return try await BlockingWork.run(cancel: cancel) {
                switch try InputCollector.collect(inputs.map(\.path)) {
                case .draft(let timeline, let file):
                    return ReelDraft(timeline, folder: file.deletingLastPathComponent())
                case .photos(let urls):
                    let items = try InputCollector.slideshowItems(urls)
                    if cancel.isCancelled { throw ReelError(.cancelled, "cancelled while building the draft") }
                    return ReelDraft(try Slideshow.timeline(media: items, options: options))
                }
            }
        } catch {
            throw ReelError(error)
        }
    }

    /// Renders `draft` to `output`, an `.mp4` (or `.y4m`: the uncompressed frames). The file
    /// appears complete or not at all; an earlier file of that name is replaced only on success.
    ///
    /// - Parameters:
    ///   - poster: a JPEG to write beside the video (a representative frame, also the MP4's
    ///     cover art); it appears only if the video does.
    ///   - settings: quality, x264 preset and CRF.
    ///   - progress: called after every encoded frame, `framesDone` increasing by one up to
    ///     `frameCount`, on the render's thread (keep it short).
    /// - Throws: ``ReelError``; `cancelled` when the task is cancelled (nothing is left behind).
    @discardableResult
    public func render(_ draft: ReelDraft, to output: URL, poster: URL? = nil, settings: RenderSettings = RenderSettings(),
                       progress: (@Sendable (RenderProgress) -> Void)? = nil) async throws -> RenderReport {
        try Self.checkNotCancelled("render")
        let cancel = CancellationFlag()
        let renderer = self.renderer
        return try await BlockingWork.run(cancel: cancel) {
            try renderer.render(draft.timeline, base: draft.folder, to: output, poster: poster, settings: settings, cancel: cancel, progress: progress)
        }
    }

    /// The exact composited frame on screen at `seconds`, as RGBA.
    ///
    /// - Throws: ``ReelError``; `badInput` when `seconds` lies outside the video.
    public func frame(at seconds: Double, of draft: ReelDraft, settings: RenderSettings = RenderSettings()) async throws -> RGBAImage {
        try Self.checkNotCancelled("frame")
        let renderer = self.renderer
        let image = try await BlockingWork.run(cancel: CancellationFlag()) {
            try renderer.frame(draft.timeline, base: draft.folder, atSeconds: seconds, settings: settings)
        }
        try Self.checkNotCancelled("frame")
        return image
    }

    /// `draft` with each http(s) `src` replaced by a cached local copy (fetched once: https only
    /// except loopback, size-capped, checked to be media), so it can be rendered offline.
    ///
    /// - Parameter fetched: told each URL as its copy is ready.
    /// - Throws: ``ReelError`` naming the URL; `cancelled`.
    public func localizingRemoteMedia(_ draft: ReelDraft, fetched: (@Sendable (URL) -> Void)? = nil) async throws -> ReelDraft {
        do {
            var local = draft
            local.timeline = try await RemoteSources.localize(draft.timeline, base: draft.resolvedFolder, fetched: fetched)
            return local
        } catch {
            throw ReelError(error)
        }
    }

    /// Throws `cancelled` when the calling task is already cancelled, before any work starts.
    static func checkNotCancelled(_ what: String) throws {
        if Task.isCancelled { throw ReelError(.cancelled, "\(what) cancelled; no output was written") }
    }
}
