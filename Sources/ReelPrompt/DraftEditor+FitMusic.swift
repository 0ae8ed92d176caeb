import Foundation
import ReelTimeline

/// "Make it as long as the song": the video's length taken from the music under it, as
/// `reel render --fit-to-music` takes it (`Slideshow.totalDurationMs(fittingMusicMs:fps:)`).
extension DraftEditor {
    /// Why the music's length could not be used.
    struct FitFailure: Error {
        let reason: String
    }

    /// The length, in ms of whole frames, of the music `plan` leaves under the video of `t`:
    /// a file the request names, else the draft's music (its songs in turn, from where it starts
    /// in the file), else the first music file given with the request. Fails, saying why, when
    /// there is no music or its length cannot be read.
    func musicLength(_ plan: RequestPlan, in t: Timeline) -> Result<Int, FitFailure> {
        var fps = t.profile.fps
        var named: String?
        var offset: Int?
        for s in plan.settings {
            switch s {
            case .frameRate(let f): fps = f
            case .music(.some(let src)): named = src
            case .musicOffset(let ms): offset = ms
            case .noMusic: return .failure(FitFailure(reason: "the request also takes the music away"))
            default: break
            }
        }
        let track = t.tracks.first { $0.kind == .audio && !$0.segments.isEmpty }?.segments ?? []
        var songs: [String]
        if let named {
            songs = [named]
        } else if !track.isEmpty {
            songs = track.compactMap(\.source).reduce(into: []) { if $0.last != $1 { $0.append($1) } }
            offset = offset ?? track[0].audioPlayback.offsetMs
        } else if let file = musicFiles.first {
            songs = [file]
        } else {
            songs = []
        }
        guard !songs.isEmpty else {
            return .failure(FitFailure(reason: "there is no music to take the length from (give a song with the request, e.g. song.mp3)"))
        }
        var files: [MusicFile] = []
        for src in songs {
            guard let ms = musicDuration(src), ms > 0 else {
                return .failure(FitFailure(reason: "the length of \((src as NSString).lastPathComponent) is unknown (it could not be read)"))
            }
            files.append(MusicFile(source: src, durationMs: ms))
        }
        let playing = Slideshow.musicDurationMs(files) - max(0, offset ?? 0)
        guard playing > 0 else {
            return .failure(FitFailure(reason: "the music starts after its end"))
        }
        let total = Slideshow.totalDurationMs(fittingMusicMs: playing, fps: max(1, fps))
        guard DraftLimits.requestedTotalMs.contains(total) else {
            return .failure(FitFailure(reason: "the music plays \(FrameTime.secondsText(playing)) s, and a video lasts \(FrameTime.secondsText(DraftLimits.requestedTotalMs.lowerBound)) s to \(DraftLimits.requestedTotalMs.upperBound / 60_000) minutes"))
        }
        return .success(total)
    }

    /// Music that now plays no longer than its file no longer loops (no `loop` key), as
    /// `Slideshow.fitToMusic` leaves it; music whose length is unknown is left as it is.
    func unloopMusicThatFits(_ t: inout Timeline) {
        for ti in t.tracks.indices where t.tracks[ti].kind == .audio {
            for si in t.tracks[ti].segments.indices {
                let seg = t.tracks[ti].segments[si]
                guard seg.audioPlayback.loops != nil, let src = seg.source, let ms = musicDuration(src),
                      seg.durationMs + max(0, seg.audioPlayback.offsetMs ?? 0) <= ms else { continue }
                t.tracks[ti].segments[si].audioPlayback.loops = nil
            }
        }
    }

    /// Whether `plan` fits the video to music that is not under it yet but was given with the
    /// request: then that music is added, as "with music" would add it.
    func addsMusicToFit(_ plan: RequestPlan, _ t: Timeline) -> Bool {
        guard plan.settings.contains(.fitToMusic), !musicFiles.isEmpty,
              !t.tracks.contains(where: { $0.kind == .audio }) else { return false }
        return !plan.settings.contains { s in
            if case .music = s { return true }
            return s == .noMusic
        }
    }
}
