import Foundation
import Reel

/// "cut to the beat" in `reel ask`: the edited draft's cuts moved onto its music's beats.
extension AskCommand {
    /// Moves every cut of `edit`'s timeline onto a beat of its music, reporting the change, or
    /// why it could not be done (no music, too few clear beats).
    func syncToBeats(_ edit: inout DraftEdit, base: URL?) throws {
        guard edit.timeline.tracks.contains(where: { $0.kind == .audio }) else {
            edit.notDone.append("cuts on the beat: there is no music to follow; give a song with the request (e.g. song.mp3)")
            return
        }
        let printer = BeatProgressPrinter(.auto)
        let beats = try LocalRenderer.musicBeatsMs(on: edit.timeline, base: base) { printer.update($0) }
        if Slideshow.syncCutsToBeats(&edit.timeline, beatsMs: beats) {
            edit.changes.append("cuts: on the beat")
        } else {
            edit.notDone.append("cuts on the beat: the music has too few clear beats to put every cut on one with photos of 1.5–6 s")
        }
    }
}
