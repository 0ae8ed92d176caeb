import Foundation

/// The raw sound of one segment, in order: its file from the offset on, and — when it loops —
/// the file again each time it ends, the end of one repeat crossfading (equal power) into the
/// start of the next.
///
/// Streaming: at most two readers are open (during a crossfade) and each buffers only what the
/// current block needs plus the crossfade length, which is how the end of a repeat is found
/// before it is reached.
final class SegmentVoice {
    private let url: URL
    private let offsetSamples: Int
    private let loops: Bool
    private let crossfadeSamples: Int

    private var current: AudioFileReader?
    private var next: AudioFileReader?
    /// Samples read so far from the current repeat.
    private var position = 0
    /// The repeated part's length and crossfade, once the end of the file has been seen.
    private var loop: (length: Int, crossfade: Int)?
    private var scratchA: StereoBlock
    private var scratchB: StereoBlock

    /// Repeats shorter than this are not looped (silence follows instead).
    static let shortestLoop = MixFormat.samples(ms: 100)

    init(_ segment: AudioMix.Segment, blockSize: Int) throws {
        url = segment.url
        offsetSamples = MixFormat.samples(ms: segment.sourceOffsetMs)
        loops = segment.loops
        crossfadeSamples = MixFormat.samples(ms: segment.loopCrossfadeMs)
        scratchA = StereoBlock(count: blockSize)
        scratchB = StereoBlock(count: blockSize)
        current = try openRepeat()
    }

    /// Writes the next `count` samples into `out` from index 0 (silence once the sound has ended).
    func render(_ count: Int, into out: inout StereoBlock) throws {
        var done = 0
        while done < count {
            guard let reader = current else {
                for i in done..<count { out.left[i] = 0; out.right[i] = 0 }
                return
            }
            if loops && loop == nil {
                // Look one crossfade ahead, so the end of the file is known before it is due.
                let ahead = try reader.fill(count - done + crossfadeSamples)
                if reader.reachedEnd {
                    let length = position + ahead
                    if length >= Self.shortestLoop {
                        loop = (length, min(crossfadeSamples, length / 2))
                    }
                }
            }
            guard let loop else {
                let got = try reader.read(count - done, into: &out, at: done)
                if got < count - done { current = nil }  // the end, and no looping
                position += got
                done = count
                continue
            }
            let fadeStart = loop.length - loop.crossfade
            if position >= loop.length {
                // The next repeat has already played through the crossfade.
                current = try next ?? openRepeat()
                next = nil
                position -= fadeStart
            } else if position < fadeStart {
                let n = min(count - done, fadeStart - position)
                try reader.read(n, into: &out, at: done)
                position += n
                done += n
            } else {
                let n = min(count - done, loop.length - position)
                if next == nil { next = try openRepeat() }
                try reader.read(n, into: &scratchA, at: 0)
                try next!.read(n, into: &scratchB, at: 0)
                let width = Double(loop.crossfade)
                for i in 0..<n {
                    let p = (Double(position - fadeStart + i) + 0.5) / width * (Double.pi / 2)
                    let fadeOut = Float(cos(p)), fadeIn = Float(sin(p))
                    out.left[done + i] = scratchA.left[i] * fadeOut + scratchB.left[i] * fadeIn
                    out.right[done + i] = scratchA.right[i] * fadeOut + scratchB.right[i] * fadeIn
                }
                position += n
                done += n
            }
        }
    }

    private func openRepeat() throws -> AudioFileReader {
        let reader = try AudioFileReader(url: url)
        try reader.skip(offsetSamples)
        return reader
    }
}
