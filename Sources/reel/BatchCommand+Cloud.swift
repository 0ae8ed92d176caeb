import ArgumentParser
import Foundation
import Reel

extension BatchCommand {
    /// `reel batch --cloud`: builds each video's timeline exactly as `reel render` does, uploads
    /// every distinct file once in one session, then renders each video in the cloud (resuming a
    /// render recorded for its output), locally when the cloud cannot and fallback is allowed.
    func cloudExecute(_ jobs: [BatchJob], folder: URL, local: BatchChildProcess, force: Bool) async -> BatchRunner.Execute {
        let batch: CloudBatch
        do { batch = try CloudBatch(apiURL: apiURL, projectFolder: folder) } catch {
            let message = Self.message(error)
            return { _, _ in message }
        }
        var items: [CloudBatch.Item] = []
        var refused: [Int: String] = [:]
        for job in jobs where batch.recordedRender(for: job) == nil {
            if !force && BatchDigest.isUpToDate(job, digest: BatchDigest.digest(of: job, version: ReelCloudVersion.string)) { continue }
            do {
                let command = try RenderCommand.parse(job.renderArguments)
                let (timeline, base) = try command.titles.apply(to: command.music.apply(to: command.slideshow.timeline()))
                items.append(CloudBatch.Item(job: job, timeline: timeline, folder: base ?? folder, allowing: [folder] + command.chosenPaths))
            } catch {
                refused[job.index] = Self.message(error)
            }
        }
        let fallback = !noFallback
        let prepared: CloudBatch.Preparation
        do {
            prepared = try await batch.prepare(items)
            if !items.isEmpty {
                Terminal.err("Uploaded \(prepared.uploadedFiles) distinct file\(prepared.uploadedFiles == 1 ? "" : "s") for \(items.count) video\(items.count == 1 ? "" : "s")\n")
            }
        } catch let e as CloudError where fallback && e.allowsLocalFallback {
            Terminal.err("reel: \(CloudFallback.notice(for: e))\n")
            let notBuilt = refused
            return { job, progress in
                if let m = notBuilt[job.index] { return m }
                return await local.run(job, progress: progress)
            }
        } catch {
            let message = Self.message(error)
            return { _, _ in message }
        }
        for (index, error) in prepared.refused { refused[index] = Self.message(error) }
        let failed = refused
        return { job, progress in
            if let m = failed[job.index] { return m }
            do {
                try await CloudFallback.run(enabled: fallback, cloud: {
                    _ = try await batch.render(job, draft: prepared.drafts[job.index]) { p in
                        if case .rendering(_, let percent) = p { progress(percent, 100) }
                    }
                }, local: {
                    if let m = await local.run(job, progress: progress) { throw BatchError(m) }
                }, onFallback: { e in
                    Terminal.err("reel: \(job.name): \(CloudFallback.notice(for: e))\n")
                })
                return nil
            } catch {
                return Self.message(error)
            }
        }
    }

    /// An error as one line for the job's report.
    static func message(_ error: any Error) -> String {
        let text = (error as? CloudError).map { "\($0.message) \($0.suggestion)" } ?? "\(error)"
        return text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
