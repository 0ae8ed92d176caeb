import Foundation

/// A flag a render checks between frames; set it (from any thread, e.g. a signal handler's
/// dispatch source) to stop the render.
public final class CancellationFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    /// A flag not yet raised.
    public init() {}
    /// Whether `cancel()` was called.
    public var isCancelled: Bool { lock.lock(); defer { lock.unlock() }; return value }
    /// Raises the flag (from any thread).
    public func cancel() { lock.lock(); value = true; lock.unlock() }
}

/// Thrown when a render was cancelled.
public struct RenderCancelled: Error, CustomStringConvertible {
    /// The error value.
    public init() {}
    /// Says that nothing was written.
    public var description: String { "render cancelled; no output was written" }
}

/// Runs a render: compositing on a worker thread while the sink (encoder) consumes on the
/// caller's thread, with a small bounded queue between them so memory stays flat.
public enum RenderPipeline {
    /// Progress: frames done and total.
    public typealias Progress = (_ done: Int, _ total: Int) -> Void

    /// Composites every frame into `sink` and finishes it; on any error or cancellation the
    /// sink is cancelled (nothing partial is left) and the error is rethrown.
    public static func run(_ compositor: FrameCompositor, into sink: FrameSink, queueDepth: Int = 3,
                           cancel: CancellationFlag = CancellationFlag(), progress: Progress? = nil) throws {
        let total = compositor.frameCount
        let queue = FrameQueue(capacity: queueDepth)
        let size = compositor.output
        // The compositing thread signals when it has returned, so `run` never leaves it behind
        // still touching the compositor (an app may reuse or free it at once).
        let finished = DispatchSemaphore(value: 0)
        let producer = Thread {
            defer { finished.signal() }
            for n in 0..<total {
                if cancel.isCancelled || queue.isClosed { break }
                do {
                    var f = queue.recycled() ?? YUVFrame(width: size.width, height: size.height)
                    try compositor.render(frame: n, into: &f)
                    if !queue.push(.success(f)) { return }
                } catch {
                    _ = queue.push(.failure(error))
                    return
                }
            }
            queue.finishProducing()
        }
        producer.stackSize = 4 << 20
        producer.start()
        var joined = false
        func join() { if !joined { finished.wait(); joined = true } }
        do {
            var done = 0
            while let item = queue.pop() {
                if cancel.isCancelled { throw RenderCancelled() }
                let frame = try item.get()
                try sink.append(frame)
                queue.recycle(frame)
                done += 1
                progress?(done, total)
            }
            join()
            if cancel.isCancelled { throw RenderCancelled() }
            guard done == total else { throw RenderCancelled() }
            try sink.finish()
        } catch {
            queue.close()
            sink.cancel()
            join()
            throw error
        }
    }
}

/// A bounded single-producer single-consumer queue of frames.
final class FrameQueue: @unchecked Sendable {
    private let cond = NSCondition()
    private var items: [Result<YUVFrame, any Error>] = []
    private var free: [YUVFrame] = []
    private let capacity: Int
    private var producing = true
    private(set) var isClosed = false

    init(capacity: Int) { self.capacity = max(1, capacity) }

    /// Blocks while full; false when the consumer has closed the queue.
    func push(_ item: Result<YUVFrame, any Error>) -> Bool {
        cond.lock(); defer { cond.unlock() }
        while items.count >= capacity && !isClosed { cond.wait() }
        if isClosed { return false }
        items.append(item)
        cond.broadcast()
        return true
    }

    func finishProducing() {
        cond.lock(); producing = false; cond.broadcast(); cond.unlock()
    }

    /// Blocks while empty; nil when the producer is done and everything was taken.
    func pop() -> Result<YUVFrame, any Error>? {
        cond.lock(); defer { cond.unlock() }
        while items.isEmpty && producing && !isClosed { cond.wait() }
        if items.isEmpty { return nil }
        let item = items.removeFirst()
        cond.broadcast()
        return item
    }

    /// Hands a consumed frame back for reuse (the sink has copied it).
    func recycle(_ frame: YUVFrame) {
        cond.lock(); if free.count < capacity { free.append(frame) }; cond.unlock()
    }

    /// A frame buffer to reuse, if one was handed back.
    func recycled() -> YUVFrame? {
        cond.lock(); defer { cond.unlock() }
        return free.popLast()
    }

    func close() {
        cond.lock(); isClosed = true; items.removeAll(); cond.broadcast(); cond.unlock()
    }
}
