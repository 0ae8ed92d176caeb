import Foundation
import ReelTimeline

/// Supplies prepared stills by video-segment index.
public protocol StillSource: AnyObject, Sendable {
    /// The prepared still for segment `i` (blocks until it is ready).
    func still(forSegment i: Int) throws -> PreparedStill
    /// Tells the source that frame `n` is next: it may drop stills no longer needed and start
    /// preparing upcoming ones.
    func advance(toFrame n: Int)
}

/// A failure to load one photo of the timeline, naming the segment and the file.
public struct StillLoadError: Error, CustomStringConvertible {
    /// Index of the segment in the video track.
    public let segment: Int
    /// The underlying error (its description names the file).
    public let underlying: any Error
    /// Names the photo's segment, then the error.
    public var description: String { "photo \(segment + 1) (t[0].sg[\(segment)]): \(underlying)" }
}

/// Loads, decodes and prepares stills ahead of the frame being composited, keeping only the
/// few that are in use or coming up, so memory does not grow with the number of photos.
///
/// `load` turns a segment index into a prepared still (decode + prepare); it runs on a
/// background queue for look-ahead, or on the caller's thread when a still is needed at once.
public final class StillCache: StillSource, @unchecked Sendable {
    private enum Entry { case loading, ready(PreparedStill), failed(any Error) }

    private let planner: FramePlanner
    private let load: @Sendable (Int) throws -> PreparedStill
    private let lookahead: Int
    private let condition = NSCondition()
    private var entries: [Int: Entry] = [:]
    private let queue = DispatchQueue(label: "reel.still-prefetch", qos: .userInitiated)

    /// - Parameter lookahead: how many upcoming segments to prepare in the background.
    public init(planner: FramePlanner, lookahead: Int = 1, load: @escaping @Sendable (Int) throws -> PreparedStill) {
        self.planner = planner
        self.lookahead = lookahead
        self.load = load
    }

    /// The prepared still for segment `i`: prepared in the background ahead of time, or here and now when it was not.
    public func still(forSegment i: Int) throws -> PreparedStill {
        condition.lock()
        while true {
            switch entries[i] {
            case .ready(let s)?:
                condition.unlock()
                return s
            case .failed(let e)?:
                condition.unlock()
                throw e
            case .loading?:
                condition.wait()
            case nil:
                entries[i] = .loading
                condition.unlock()
                let result = Result { try self.load(i) }.mapError { StillLoadError(segment: i, underlying: $0) as any Error }
                condition.lock()
                entries[i] = Self.entry(result)
                condition.broadcast()
            }
        }
    }

    /// Drops stills whose segments are over and starts preparing the next `lookahead` segments in the background.
    public func advance(toFrame n: Int) {
        condition.lock()
        // Drop stills whose last frame is behind us.
        for key in entries.keys where planner.frameRange(ofSegment: key).upperBound <= n {
            if case .loading = entries[key]! { continue }
            entries[key] = nil
        }
        // Prefetch the segments that start next.
        var upcoming: [Int] = []
        for i in planner.segments.indices where planner.frameRange(ofSegment: i).upperBound > n && !planner.isClip[i] {
            upcoming.append(i)
            if upcoming.count > lookahead + 1 { break }
        }
        var toLoad: [Int] = []
        for i in upcoming where entries[i] == nil {
            entries[i] = .loading
            toLoad.append(i)
        }
        condition.unlock()
        for i in toLoad {
            queue.async { [self] in
                let result = Result { try self.load(i) }.mapError { StillLoadError(segment: i, underlying: $0) as any Error }
                condition.lock()
                entries[i] = Self.entry(result)
                condition.broadcast()
                condition.unlock()
            }
        }
    }

    /// Number of stills currently held or being prepared (for tests).
    @_spi(Testing) public var residentCount: Int {
        condition.lock(); defer { condition.unlock() }
        return entries.count
    }

    private static func entry(_ r: Result<PreparedStill, any Error>) -> Entry {
        switch r {
        case .success(let s): .ready(s)
        case .failure(let e): .failed(e)
        }
    }
}
