internal import CReelKernels
import Foundation
import ReelTimeline

/// Supplies the pictures of clip segments by segment index and output frame.
public protocol ClipSource: AnyObject, Sendable {
    /// The picture of clip segment `i` in output frame `n` (blocks until it is decoded).
    func picture(forSegment i: Int, frame n: Int) throws -> PreparedStill
    /// Tells the source that frame `n` is next: it may close clips that are over and start
    /// decoding the next one ahead.
    func advance(toFrame n: Int)
}

/// A failure to read one clip of the timeline, naming the segment and the file.
public struct ClipLoadError: Error, CustomStringConvertible {
    /// Index of the segment in the video track.
    public let segment: Int
    /// The underlying error (its description names the file).
    public let underlying: any Error
    /// Names the clip's segment, then the error.
    public var description: String { "clip \(segment + 1) (t[0].sg[\(segment)]): \(underlying)" }
}

/// Decodes clips ahead of the frame being composited, each on its own thread into a small
/// bounded queue, and keeps only the clips on screen or coming next open — so memory does not
/// grow with the number or length of the clips.
///
/// A queue of `depth` holds the picture being composited and those decoded after it; the
/// decoding thread waits for room before it decodes, so it holds no picture of its own. While
/// two clips are open (the next one opening, then a clip-to-clip transition) each queue holds
/// one picture: what two decoders need at once is then the floor, not twice the queue.
public final class ClipCache: ClipSource, @unchecked Sendable {
    private let planner: FramePlanner
    private let request: @Sendable (_ segment: Int, _ frames: Range<Int>) -> ClipRequest
    private let opener: any ClipOpening
    private let depth: Int
    private let lock = NSLock()
    private var producers: [Int: ClipProducer] = [:]
    private var peakOpen = 0
    private let held = PictureCount()

    /// - Parameters:
    ///   - request: the request for segment `i` covering the given output frames.
    ///   - depth: pictures a clip's queue holds, the one on screen included, while it is the only
    ///     clip open (one while two are).
    public init(planner: FramePlanner, opener: any ClipOpening, depth: Int = 2,
                request: @escaping @Sendable (_ segment: Int, _ frames: Range<Int>) -> ClipRequest) {
        self.planner = planner
        self.opener = opener
        self.depth = depth
        self.request = request
    }

    deinit {
        for p in producers.values { p.stop() }
    }

    /// The picture of clip segment `i` for output frame `n` (blocks until decoded).
    public func picture(forSegment i: Int, frame n: Int) throws -> PreparedStill {
        let producer: ClipProducer = lock.withLock {
            if let p = producers[i], p.canDeliver(n) { return p }
            producers[i]?.stop()
            let range = planner.frameRange(ofSegment: i)
            let p = start(i, frames: max(range.lowerBound, n)..<max(range.upperBound, n + 1))
            producers[i] = p
            rebalance()
            return p
        }
        do {
            return try producer.picture(n)
        } catch {
            throw ClipLoadError(segment: i, underlying: error)
        }
    }

    /// Tells the cache that frame `n` is next: it closes clips that are over and opens the next one ahead.
    public func advance(toFrame n: Int) {
        lock.withLock {
            for (i, p) in producers where planner.frameRange(ofSegment: i).upperBound <= n {
                p.stop()
                producers[i] = nil
            }
            // Open a clip shortly before it appears (half a second ahead), so its first pictures
            // are ready in time without a third decoder being open during a clip-to-clip transition.
            let lead = max(1, planner.fps / 2)
            for i in planner.segments.indices where planner.isClip[i] && producers[i] == nil {
                let range = planner.frameRange(ofSegment: i)
                guard range.upperBound > n else { continue }
                if range.lowerBound > n + lead { break }
                producers[i] = start(i, frames: max(range.lowerBound, n)..<range.upperBound)
            }
            rebalance()
        }
    }

    /// Number of clips open (for memory checks).
    @_spi(Testing) public var openCount: Int { lock.withLock { producers.count } }

    /// The most clips open at once so far (for memory checks).
    @_spi(Testing) public var peakOpenCount: Int { lock.withLock { peakOpen } }

    /// The most decoded pictures held at once so far by all the clips together, counted from
    /// the moment a reader gives one until its queue lets it go (for memory checks).
    @_spi(Testing) public var peakPicturesHeld: Int { held.peak }

    private func start(_ i: Int, frames: Range<Int>) -> ClipProducer {
        ClipProducer(request: request(i, frames), opener: opener, depth: producers.isEmpty ? depth : 1, held: held)
    }

    /// After clips opened or closed: one picture per queue while two are open, `depth` for one alone.
    private func rebalance() {
        peakOpen = max(peakOpen, producers.count)
        let each = producers.count > 1 ? 1 : depth
        for p in producers.values { p.setDepth(each) }
    }
}

/// One clip decoding on its own thread into a bounded queue of pictures.
final class ClipProducer: @unchecked Sendable {
    private let cond = NSCondition()
    private var ready: [(frame: Int, picture: PreparedStill)] = []
    private var failure: (any Error)?
    private var stopped = false
    private var finished = false
    /// The next frame the decoding thread will add.
    private var next: Int
    private let frames: Range<Int>
    private var depth: Int
    private let held: PictureCount

    init(request: ClipRequest, opener: any ClipOpening, depth: Int, held: PictureCount) {
        frames = request.frames
        next = request.frames.lowerBound
        self.depth = max(1, depth)
        self.held = held
        let thread = Thread { [self] in run(request, opener) }
        thread.stackSize = 4 << 20
        thread.name = "reel.clip-decode"
        thread.start()
    }

    /// Whether frame `n` is still to come from this producer.
    func canDeliver(_ n: Int) -> Bool {
        cond.lock(); defer { cond.unlock() }
        guard frames.contains(n), !stopped else { return false }
        return (ready.first?.frame ?? next) <= n
    }

    /// Sets how many pictures the queue may hold (the one being composited included).
    func setDepth(_ d: Int) {
        cond.lock(); depth = max(1, d); cond.broadcast(); cond.unlock()
    }

    /// The picture for frame `n`, dropping earlier ones; blocks until it is decoded.
    func picture(_ n: Int) throws -> PreparedStill {
        cond.lock(); defer { cond.unlock() }
        while true {
            while let first = ready.first, first.frame < n { ready.removeFirst(); held.remove(1); cond.broadcast() }
            if let first = ready.first, first.frame == n { return first.picture }
            if let failure { throw failure }
            if finished || stopped { throw ClipEnded(frame: n) }
            cond.wait()
        }
    }

    func stop() {
        cond.lock(); stopped = true; held.remove(ready.count); ready.removeAll(); cond.broadcast(); cond.unlock()
    }

    private func run(_ request: ClipRequest, _ opener: any ClipOpening) {
        defer { Self.returnFreedMemory() }
        do {
            let reader = try opener.open(request)
            for n in frames {
                // Room first, then decode: a picture made while the queue is full would be one
                // more held than the queue allows.
                cond.lock()
                while ready.count >= depth && !stopped { cond.wait() }
                let stop = stopped
                cond.unlock()
                if stop { return }
                let picture = try reader.picture(forFrame: n)
                held.add(1)
                cond.lock()
                if stopped { held.remove(1); cond.unlock(); return }
                ready.append((n, picture))
                next = n + 1
                cond.broadcast()
                cond.unlock()
            }
            cond.lock(); finished = true; cond.broadcast(); cond.unlock()
        } catch {
            cond.lock(); failure = error; cond.broadcast(); cond.unlock()
        }
    }
}

/// Pictures held by all the clips' queues together, and the most at once.
final class PictureCount: @unchecked Sendable {
    private let lock = NSLock()
    private var now = 0
    private var most = 0
    func add(_ k: Int) { lock.withLock { now += k; most = max(most, now) } }
    func remove(_ k: Int) { lock.withLock { now -= k } }
    var peak: Int { lock.withLock { most } }
}

extension ClipProducer {
    /// Gives the memory a closed clip freed (its decoder's picture pool) back to the system.
    /// Each decoding thread allocates from its own malloc arena, which otherwise keeps a
    /// decoder's worth of free pages after the clip closes (peak RSS varied by ~37 MB between
    /// identical runs of 12 clips without this).
    static func returnFreedMemory() {
        reel_release_free_memory()
    }
}

/// A clip was asked for a frame outside the frames it was opened for.
struct ClipEnded: Error, CustomStringConvertible {
    let frame: Int
    var description: String { "no picture for frame \(frame): the clip's decoding ended before it" }
}
