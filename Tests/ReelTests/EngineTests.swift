import Foundation
import Reel
import ReelTestSupport
import Testing

/// The async facade: progress in order, cancellation from inside a render, frames.
@Suite struct EngineTests {
    static let photos = ["01-astronaut.jpg", "04-chelsea.jpg", "05-coffee.jpg"].map { Fixtures.url("photos/" + $0) }

    /// Three photos, 1 s each at 320x180: 60 frames (two 0.5 s crossfades).
    static func draft(slideMs: Int = 1000) throws -> ReelDraft {
        var o = SlideshowOptions()
        o.profile = OutputProfile(width: 320, height: 180, fps: 30)
        o.slideDurationMs = slideMs
        return ReelDraft(try Slideshow.timeline(photos: photos.map(\.path), options: o))
    }

    static func scratch() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("reel-engine-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    static var fast: RenderSettings { RenderSettings(preset: "ultrafast") }

    /// Collects values from any thread.
    final class Recorder<T: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        private var items: [T] = []
        func add(_ item: T) { lock.withLock { items.append(item) } }
        var all: [T] { lock.withLock { items } }
    }

    @Test func progressCountsEveryFrameInOrderAndTheVideoHasThem() async throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("v.mp4")
        let seen = Recorder<RenderProgress>()
        let report = try await ReelEngine().render(Self.draft(), to: out, settings: Self.fast) { seen.add($0) }
        #expect(report.frameCount == 60)
        #expect(seen.all.map(\.framesDone) == Array(1...60))
        #expect(seen.all.allSatisfy { $0.frameCount == 60 })
        #expect(seen.all.last?.fraction == 1)
        let probe = try VideoProbe(out)
        #expect(probe.video?.frameCount == 60 && probe.video?.width == 320 && probe.video?.height == 180)
    }

    @Test func theUpdateStreamEndsWithTheReportAfterProgressInOrder() async throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        var done: [Int] = [], report: RenderReport?
        for try await update in ReelEngine().renderUpdates(try Self.draft(), to: dir.appendingPathComponent("v.mp4"), settings: Self.fast) {
            #expect(report == nil, "an update after .finished")
            switch update {
            case .progress(let p): done.append(p.framesDone)
            case .finished(let r): report = r
            }
        }
        #expect(report?.frameCount == 60)
        #expect(done == done.sorted() && Set(done).count == done.count && done.last == 60)
        #expect(try VideoProbe(dir.appendingPathComponent("v.mp4")).video?.frameCount == 60)
    }

    @Test func cancellingMidRenderThrowsCancelledAndLeavesTheEarlierFileAlone() async throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("v.mp4")
        let earlier = Data("an earlier video".utf8)
        try earlier.write(to: out)
        // The render stops at frame 5 until the test has cancelled its task: an event, no clock.
        let reached = AsyncSignal(), cancelled = Gate()
        let engine = ReelEngine(), draft = try Self.draft(slideMs: 3000)
        let task = Task {
            try await engine.render(draft, to: out, settings: Self.fast) { p in
                if p.framesDone == 5 { reached.fire(); cancelled.wait() }
            }
        }
        await reached.wait()
        task.cancel()
        cancelled.open()
        let error = await #expect(throws: ReelError.self) { try await task.value }
        #expect(error?.kind == .cancelled)
        #expect(try Data(contentsOf: out) == earlier)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["v.mp4"])
    }

    @Test func aTaskCancelledBeforeTheRenderWritesNothing() async throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let draft = try Self.draft()
        let task = Task {
            withUnsafeCurrentTask { $0?.cancel() }
            return try await ReelEngine().render(draft, to: dir.appendingPathComponent("v.mp4"))
        }
        let error = await #expect(throws: ReelError.self) { try await task.value }
        #expect(error?.kind == .cancelled)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
    }

    @Test func aDraftFromAFolderRendersLikeTheCLIDefault() async throws {
        let draft = try await ReelEngine().makeDraft(from: [Fixtures.url("photos")])
        #expect(draft.timeline.videoTracks.first?.segments.count == 5)
        #expect(draft.timeline.durationMs == 13_000)
    }

    @Test func frameAtATimeIsTheCompositedFrame() async throws {
        let draft = try Self.draft()
        let image = try await ReelEngine().frame(at: 0.5, of: draft)
        #expect(image.width == 320 && image.height == 180)
        let direct = try LocalRenderer().frame(draft.timeline, atSeconds: 0.5)
        #expect(image.pixels == direct.pixels)
        let error = await #expect(throws: ReelError.self) { try await ReelEngine().frame(at: 99, of: draft) }
        #expect(error?.kind == .badInput)
    }
}
