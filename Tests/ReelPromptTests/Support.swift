import Foundation
import ReelTimeline
@testable import ReelPrompt

/// Ten fake photo paths: the interpreter and editor never open them.
let tenPhotos = (1...10).map { String(format: "photos/IMG_%04d.jpg", $0) }

/// The parameters a phrasing table row checks, read back from the draft JSON.
struct DraftFacts: Equatable, CustomStringConvertible {
    var d: Int
    var width: Int
    var height: Int
    var fps: Int
    var transition: String
    var transitionMs: Int
    var kenBurns: Bool
    var volume: Double?
    var title: String?

    init(d: Int = 25500, width: Int = 1920, height: Int = 1080, fps: Int = 30, transition: String = "crossfade",
         transitionMs: Int = 500, kenBurns: Bool = true, volume: Double? = nil, title: String? = nil) {
        self.d = d
        self.width = width
        self.height = height
        self.fps = fps
        self.transition = transition
        self.transitionMs = transitionMs
        self.kenBurns = kenBurns
        self.volume = volume
        self.title = title
    }

    /// Reads the facts from a draft as JSON (the form the cloud and the renderer see).
    init(draft: Data) throws {
        let root = try JSONDecoder().decode(JSONValue.self, from: draft)
        let tracks = root["t"]?.arrayValue ?? []
        func track(_ tt: Int) -> [JSONValue] { tracks.first { $0["tt"]?.intValue == tt }?["sg"]?.arrayValue ?? [] }
        let video = track(0)
        self.init(d: root["d"]?.intValue ?? -1,
                  width: root["m"]?["width"]?.intValue ?? -1,
                  height: root["m"]?["height"]?.intValue ?? -1,
                  fps: root["m"]?["fps"]?.intValue ?? -1,
                  transition: video.count > 1 ? video[1]["tr"]?["k"]?.stringValue ?? "none" : "none",
                  transitionMs: video.count > 1 ? video[1]["tr"]?["d"]?.intValue ?? -1 : -1,
                  kenBurns: video.first?["kb"] != nil,
                  volume: track(1).first?["v"]?.doubleValue,
                  title: track(7).first?["text"]?.stringValue)
    }

    var description: String {
        "d=\(d) \(width)x\(height)@\(fps) tr=\(transition)/\(transitionMs) kb=\(kenBurns) v=\(volume.map { "\($0)" } ?? "-") title=\(title ?? "-")"
    }
}

/// Interprets `prompt` and builds a first cut from ten photos.
func firstCut(_ prompt: String, photos: [String] = tenPhotos, editor: DraftEditor = DraftEditor()) throws -> (Interpretation, DraftEdit) {
    let interpretation = PromptInterpreter.interpret(prompt)
    let edit = try editor.makeTimeline(interpretation.plan, photos: photos)
    return (interpretation, edit)
}
