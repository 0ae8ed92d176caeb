/// Checks that a timeline can be rendered, with messages that name the JSON path.
extension Timeline {
    /// Throws the first problem found as a `DraftError` whose path points into the draft JSON.
    public func validate() throws {
        let p = profile
        if !DraftLimits.isUsableOutputSize(width: p.width, height: p.height) {
            throw DraftError(path: "m", message: "output size \(p.width)x\(p.height) is not usable: width and height must be \(DraftLimits.outputSideText)")
        }
        if !DraftLimits.frameRates.contains(p.fps) {
            throw DraftError(path: "m.fps", message: "frame rate \(p.fps) is not supported (use one of: \(DraftLimits.frameRates.map(String.init).joined(separator: ", ")))")
        }
        for (ti, track) in tracks.enumerated() {
            var previous: Segment?
            var beforePrevious: Segment?
            for (si, seg) in track.segments.enumerated() {
                let path = "t[\(ti)].sg[\(si)]"
                if seg.durationMs <= 0 {
                    throw DraftError(path: path + ".d", message: "duration must be positive (got \(seg.durationMs) ms)")
                }
                if seg.startMs < 0 {
                    throw DraftError(path: path + ".s", message: "start must not be negative (got \(seg.startMs) ms)")
                }
                if let v = seg.volume, !DraftLimits.volume.contains(v) {
                    throw DraftError(path: path + ".v", message: "volume must be between 0 and 1 (got \(v))")
                }
                if let kb = seg.kenBurns {
                    for (name, vp) in [("from", kb.from), ("to", kb.to)] {
                        if !DraftLimits.zoom.contains(vp.zoom) {
                            throw DraftError(path: "\(path).kb.\(name).zoom", message: "zoom must be between \(Int(DraftLimits.zoom.lowerBound)) and \(Int(DraftLimits.zoom.upperBound)) (got \(vp.zoom))")
                        }
                        if !(0...1).contains(vp.x) || !(0...1).contains(vp.y) {
                            throw DraftError(path: "\(path).kb.\(name)", message: "x and y must be between 0 and 1 (got \(vp.x), \(vp.y))")
                        }
                    }
                }
                if track.kind == .video {
                    if seg.source == nil || seg.source!.isEmpty {
                        throw DraftError(path: path + ".src", message: "is missing: a video segment needs the photo's path or URL")
                    }
                    if let tr = seg.transition, tr.durationMs > 0 {
                        if tr.durationMs < 0 { throw DraftError(path: path + ".tr.d", message: "transition duration must not be negative") }
                        if tr.durationMs > seg.durationMs || (previous.map { tr.durationMs > $0.durationMs } ?? false) {
                            throw DraftError(path: path + ".tr.d", message: "transition of \(tr.durationMs) ms is longer than a segment it joins; shorten the transition or lengthen the segments")
                        }
                    }
                    if let prev = previous {
                        let overlap = prev.endMs - seg.startMs
                        let expected = seg.transition?.durationMs ?? 0
                        if overlap < 0 {
                            throw DraftError(path: path + ".s", message: "leaves a gap of \(-overlap) ms after the previous photo; start it at \(prev.endMs - expected) ms")
                        }
                        if overlap != expected {
                            throw DraftError(path: path + ".s", message: "overlaps the previous photo by \(overlap) ms but its transition lasts \(expected) ms; start it at \(prev.endMs - expected) ms")
                        }
                    }
                }
                if track.kind == .video, let early = beforePrevious, seg.startMs < early.endMs {
                    throw DraftError(path: path + ".s", message: "starts before photo \(si - 1) ends: a photo's transitions in and out must not overlap; lengthen the segments or shorten the transitions")
                }
                beforePrevious = previous
                previous = seg
            }
        }
    }
}
