import Foundation
import Testing
@testable import ReelCompositor
import ReelTimeline

/// The render pipeline: frames in order and intact through recycled buffers; failures on either
/// side stop both threads, cancel the sink and surface the error.
@Suite struct PipelineTests {
    let out = PixelSize(width: 64, height: 36)

    /// A trap for the compositing thread: the first still lookup for frame `frame` announces
    /// itself (`entered`) and stays inside until the gate opens. Events only, no clock.
    final class Tripwire: @unchecked Sendable {
        let frame: Int
        private let lock = NSLock()
        private var sprung = false
        private let enteredSignal = DispatchSemaphore(value: 0)
        private let gate = DispatchSemaphore(value: 0)

        init(frame: Int) { self.frame = frame }

        /// Called inside a lookup for frame `n`: the first one for `frame` waits for the gate.
        func spring(frame n: Int) {
            let go = lock.withLock { () -> Bool in
                guard n == frame, !sprung else { return false }
                sprung = true
                return true
            }
            guard go else { return }
            enteredSignal.signal()
            gate.wait()
        }
        func waitUntilEntered() { enteredSignal.wait() }
        func open() { gate.signal() }
    }

    /// Stills that count the calls in progress (to see that the compositing thread has stopped
    /// when `run` returns), optionally holding one lookup open with a tripwire.
    final class SlowStills: StillSource, @unchecked Sendable {
        let stills: [PreparedStill]
        let failAt: Int?
        let tripwire: Tripwire?
        private let lock = NSLock()
        private var active = 0
        private(set) var calls = 0
        private var frame = 0
        init(_ stills: [PreparedStill], failAt: Int? = nil, tripwire: Tripwire? = nil) {
            self.stills = stills; self.failAt = failAt; self.tripwire = tripwire
        }
        var inProgress: Int { lock.lock(); defer { lock.unlock() }; return active }
        var callCount: Int { lock.lock(); defer { lock.unlock() }; return calls }
        func still(forSegment i: Int) throws -> PreparedStill {
            lock.lock(); active += 1; calls += 1; lock.unlock()
            defer { lock.lock(); active -= 1; lock.unlock() }
            tripwire?.spring(frame: lock.withLock { frame })
            if i == failAt { throw StillLoadError(segment: i, underlying: CocoaError(.fileReadCorruptFile)) }
            return stills[i]
        }
        func advance(toFrame n: Int) { lock.withLock { frame = n } }
    }

    final class Recorder: FrameSink {
        var frames: [YUVFrame] = []
        var finished = false, cancelled = false
        let failAt: Int?
        let tripwire: Tripwire?
        init(failAt: Int? = nil, tripwire: Tripwire? = nil) { self.failAt = failAt; self.tripwire = tripwire }
        func append(_ frame: YUVFrame) throws {
            if frames.count == failAt {
                // Fail while the compositing thread is inside the lookup for the next frame (it
                // always gets there: that frame needs no room in the queue). It stays there until
                // `cancel`, so `run` returns in time only if it waits for that thread.
                tripwire?.waitUntilEntered()
                throw CocoaError(.fileWriteOutOfSpace)
            }
            frames.append(frame)
        }
        func finish() throws { finished = true }
        func cancel() { cancelled = true; tripwire?.open() }
    }

    func compositor(_ stills: StillSource) throws -> FrameCompositor {
        var o = SlideshowOptions()
        o.profile = OutputProfile(width: 64, height: 36, fps: 30)
        o.slideDurationMs = 1000
        o.kenBurns = true
        let t = try Slideshow.timeline(photos: ["a.jpg", "b.jpg", "c.jpg"], options: o)
        return FrameCompositor(timeline: t, output: out, stills: stills)
    }

    func stills() -> [PreparedStill] {
        let prep = StillPreparer(output: out)
        return (0..<3).map { prep.prepare(Synthetic.pattern(width: 96, height: 60, seed: $0), fit: .fill, canvas: prep.canvasSize(maxZoom: 1.2)) }
    }

    @Test func everyFrameArrivesInOrderAndIntact() throws {
        let c = try compositor(SlowStills(stills()))
        let sink = Recorder()
        try RenderPipeline.run(c, into: sink, queueDepth: 2)
        #expect(sink.finished && !sink.cancelled)
        #expect(sink.frames.count == c.frameCount)
        let reference = try compositor(SlowStills(stills()))
        for n in [0, 1, 14, 15, 29, 30, c.frameCount - 1] {
            #expect(sink.frames[n] == (try reference.frame(at: n)), "frame \(n)")
        }
    }

    @Test func sinkFailureStopsTheCompositingThreadBeforeReturning() throws {
        // The sink fails while the other thread is inside a still lookup, held there by a
        // tripwire until the sink is cancelled; `run` must wait for it to leave.
        let tripwire = Tripwire(frame: 6)
        let source = SlowStills(stills(), tripwire: tripwire)
        let c = try compositor(source)
        let sink = Recorder(failAt: 5, tripwire: tripwire)
        #expect(throws: CocoaError.self) { try RenderPipeline.run(c, into: sink) }
        #expect(sink.cancelled && !sink.finished)
        #expect(source.inProgress == 0, "run returned while the compositing thread was still in a lookup")
        #expect(source.callCount <= 14, "the compositing thread ran on after the failure") // frames 0–6, two lookups at most
    }

    @Test func stillFailureNamesTheSegmentAndCancelsTheSink() throws {
        let c = try compositor(SlowStills(stills(), failAt: 1))
        let sink = Recorder()
        let error = #expect(throws: StillLoadError.self) { try RenderPipeline.run(c, into: sink) }
        #expect(error?.segment == 1)
        #expect(sink.cancelled && !sink.finished)
        #expect(sink.frames.count < c.frameCount)
    }

    @Test func cancellationStopsTheRender() throws {
        let c = try compositor(SlowStills(stills()))
        let sink = Recorder()
        let flag = CancellationFlag()
        #expect(throws: RenderCancelled.self) {
            try RenderPipeline.run(c, into: sink, cancel: flag) { done, _ in if done == 10 { flag.cancel() } }
        }
        #expect(sink.cancelled && !sink.finished && sink.frames.count == 10)
    }
}
