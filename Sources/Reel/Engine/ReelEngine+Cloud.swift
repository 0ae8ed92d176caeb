import Foundation
import ReelCloud

/// What to do when a cloud export cannot be done in the cloud.
public enum CloudFallbackPolicy: Sendable, Hashable {
    /// Render on this machine when the cloud is unreachable, out of credits or refuses the plan
    /// (`CloudError.allowsLocalFallback`); every other failure is thrown.
    case renderLocally
    /// Throw the cloud's error.
    case fail
}

/// What a cloud export reports as it goes.
public enum CloudExportEvent: Sendable {
    /// Upload, render and download progress in the cloud.
    case cloud(CloudRenderProgress)
    /// The cloud cannot do it (`reason`); the video is rendered locally instead. `notice` is
    /// the sentence to show the user.
    case fallingBack(reason: ReelError, notice: String)
    /// Progress of the local render after a fallback.
    case local(RenderProgress)
}

/// How a cloud export ended.
public enum CloudExportOutcome: Sendable {
    /// Rendered in the cloud and downloaded.
    case cloud(ExportResult)
    /// Rendered on this machine after the cloud could not.
    case local(RenderReport)
}

extension ReelEngine {
    /// Renders `draft` in the NemoVideo cloud and downloads the MP4 to `output`, or, when the
    /// cloud cannot and `fallback` allows it, renders it on this machine instead.
    ///
    /// Only local files inside the draft's folder or `allowing` are uploaded; anything else the
    /// draft names is refused before anything is sent (`cloudNotAllowed`).
    ///
    /// - Parameters:
    ///   - cloud: the client configuration (API address, token, project session).
    ///   - settings: the local render's settings, used after a fallback.
    ///   - events: progress, and the fallback when it happens.
    /// - Throws: ``ReelError``: the cloud kinds (`cloudUnreachable` only with `.fail`, …),
    ///   the local render's kinds after a fallback, `cancelled` (a submitted cloud render stays
    ///   resumable).
    @discardableResult
    public func export(_ draft: ReelDraft, to output: URL, cloud: CloudRenderer, allowing: [URL] = [],
                       fallback: CloudFallbackPolicy = .renderLocally, settings: RenderSettings = RenderSettings(),
                       events: (@Sendable (CloudExportEvent) -> Void)? = nil) async throws -> CloudExportOutcome {
        try Self.checkNotCancelled("export")
        let folder = draft.resolvedFolder
        var cloudProgress: (@Sendable (CloudRenderProgress) -> Void)?
        var localProgress: (@Sendable (RenderProgress) -> Void)?
        if let events {
            cloudProgress = { p in events(.cloud(p)) }
            localProgress = { p in events(.local(p)) }
        }
        let onCloud = cloudProgress, onLocal = localProgress
        do {
            return try await CloudFallback.run(enabled: fallback == .renderLocally, cloud: { () async throws -> CloudExportOutcome in
                let result = try await cloud.render(draft.timeline, draftFolder: folder, allowing: allowing, to: output, progress: onCloud)
                return .cloud(result)
            }, local: { () async throws -> CloudExportOutcome in
                let report = try await self.render(draft, to: output, settings: settings, progress: onLocal)
                return .local(report)
            }, onFallback: { (error: CloudError) in
                events?(.fallingBack(reason: ReelError(error), notice: CloudFallback.notice(for: error)))
            })
        } catch {
            throw ReelError(error, videoTrack: draft.timeline.videoTrackIndex)
        }
    }
}
