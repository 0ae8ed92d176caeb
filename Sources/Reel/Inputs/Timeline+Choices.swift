import ReelTimeline

/// Choices a user makes about a whole draft, applied the one way Reel applies them.
extension Timeline {
    /// Silences every clip's own sound (`vol` 0), leaving music and photos alone: what
    /// `--clip-audio off` does.
    public mutating func silenceClips() {
        for ti in tracks.indices where tracks[ti].kind == .video {
            for si in tracks[ti].segments.indices where tracks[ti].segments[si].isClip {
                tracks[ti].segments[si].clipPlayback.volume = 0
            }
        }
    }

    /// Applies a focus choice to a draft's photos. `nil` (the centre) drops every `focus`;
    /// `.auto` aims the crop of each photo the draft gives neither `kb` nor `focus` (it stays
    /// still: no `kb` means no motion). A photo with `kb` keeps it, and its crop, as written.
    public mutating func applyFocus(_ focus: Focus?) {
        for ti in tracks.indices where tracks[ti].kind == .video {
            for si in tracks[ti].segments.indices where !tracks[ti].segments[si].isClip {
                let seg = tracks[ti].segments[si]
                if focus == nil {
                    tracks[ti].segments[si].focus = nil
                } else if seg.kenBurns == nil && seg.focus == nil {
                    tracks[ti].segments[si].focus = focus
                }
            }
        }
    }
}
