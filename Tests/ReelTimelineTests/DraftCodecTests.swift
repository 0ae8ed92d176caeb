import Foundation
import Testing
@testable import ReelTimeline

@Suite struct DraftCodecTests {
    let draft = """
    {
      "t": [
        {"tt": 0, "name": "main", "sg": [
          {"src": "a.jpg", "s": 0, "d": 3000, "kb": {"from": {"zoom": 1}, "to": {"zoom": 1.2, "x": 0.4}, "path": "custom"}, "cloud_id": "x1"},
          {"src": "b.jpg", "d": 3000, "tr": {"k": "crossfade", "d": 500, "curve": 2}, "fx": {"grain": 0.1}},
          {"src": "c.jpg", "d": 2000, "tr": {"k": "cut"}}
        ]},
        {"tt": 1, "sg": [{"src": "song.mp3", "s": 0, "d": 7500, "v": 0.35, "fade": 1000}]},
        {"tt": 7, "sg": [{"s": 0, "d": 3000, "text": "Urban Dreams", "style": {"font": "x"}}]},
        {"tt": 4, "sg": [{"s": 0, "d": 1000, "whatever": [1, 2, 3]}]}
      ],
      "d": 1234,
      "m": {"width": 1280, "height": 720, "fps": 25, "title": "Trip", "canvas": {"bg": "#000"}},
      "version": 7,
      "video_infos": [{"id": "v"}]
    }
    """

    @Test func decodesReelKeysAndChainsStarts() throws {
        let t = try Timeline(draftJSON: Data(draft.utf8))
        #expect(t.profile == OutputProfile(width: 1280, height: 720, fps: 25))
        let v = t.tracks[0].segments
        #expect(v.map(\.startMs) == [0, 2500, 5500])
        #expect(v[1].transition == Transition(kind: .crossfade, durationMs: 500, extra: ["curve": .int(2)]))
        #expect(v[2].transition?.kind == .cut && v[2].transition?.durationMs == 0)
        #expect(v[0].kenBurns?.to == Viewport(zoom: 1.2, x: 0.4, y: 0.5))
        #expect(t.durationMs == 7500)
        #expect(t.frameCount == 188) // 7.5 s at 25 fps = 187.5 → 188
        #expect(t.tracks[1].segments[0].volume == 0.35)
        #expect(t.tracks[2].segments[0].text == "Urban Dreams")
        #expect(t.tracks[3].kind == .other(4))
    }

    @Test func roundTripKeepsUnknownKeysEverywhere() throws {
        let t = try Timeline(draftJSON: Data(draft.utf8))
        let again = try Timeline(draftJSON: t.draftJSON())
        #expect(again == t)
        let out = try JSONDecoder().decode(JSONValue.self, from: t.draftJSON())
        #expect(out["version"] == .int(7))
        #expect(out["video_infos"] == .array([.object(["id": .string("v")])]))
        #expect(out["m"]?["title"] == .string("Trip"))
        #expect(out["m"]?["canvas"] == .object(["bg": .string("#000")]))
        #expect(out["d"] == .int(7500))
        let tracks = try #require(out["t"]?.arrayValue)
        #expect(tracks[0]["name"] == .string("main"))
        let sg0 = try #require(tracks[0]["sg"]?.arrayValue)
        #expect(sg0[0]["cloud_id"] == .string("x1"))
        #expect(sg0[0]["kb"]?["path"] == .string("custom"))
        #expect(sg0[1]["fx"] == .object(["grain": .double(0.1)]))
        #expect(sg0[1]["tr"]?["curve"] == .int(2))
        #expect(tracks[1]["sg"]?.arrayValue?[0]["fade"] == .int(1000))
        #expect(tracks[2]["sg"]?.arrayValue?[0]["style"] == .object(["font": .string("x")]))
        #expect(tracks[3]["sg"]?.arrayValue?[0]["whatever"] == .array([.int(1), .int(2), .int(3)]))
    }

    @Test(arguments: [
        (#"{"t": [{"tt": 0, "sg": [{"src": "a.jpg", "d": -5}]}]}"#, "t[0].sg[0].d: duration must be positive"),
        (#"{"t": [{"tt": 0, "sg": [{"src": "a.jpg"}]}]}"#, "t[0].sg[0].d: is missing"),
        (#"{"t": [{"tt": 0, "sg": [{"src": "a.jpg", "d": 1000}, {"src": "b.jpg", "d": 1000, "tr": {"k": "wipe"}}]}]}"#, "t[0].sg[1].tr.k: unknown transition \"wipe\""),
        (#"{"t": [{"tt": 0, "sg": [{"src": "a.jpg", "d": "3s"}]}]}"#, "t[0].sg[0].d: must be a whole number, got a string"),
        (#"{"t": [{"tt": 0, "sg": [{"src": "a.jpg", "d": 1000}, {"src": "b.jpg", "s": 1500, "d": 1000}]}]}"#, "t[0].sg[1].s: leaves a gap of 500 ms"),
        (#"{"t": [{"tt": 0, "sg": [{"src": "a.jpg", "d": 1000}, {"src": "b.jpg", "s": 800, "d": 1000}]}]}"#, "t[0].sg[1].s: overlaps the previous photo by 200 ms"),
        (#"{"t": [{"tt": 0, "sg": [{"d": 1000}]}]}"#, "t[0].sg[0].src: is missing"),
        (#"{"m": {"width": 1921, "height": 1080}, "t": []}"#, "m: output size 1921x1080 is not usable"),
        (#"{"m": {"fps": 29}, "t": []}"#, "m.fps: frame rate 29 is not supported"),
        (#"{"t": [{"tt": 1, "sg": [{"src": "a.mp3", "d": 1000, "v": 1.5}]}]}"#, "t[0].sg[0].v: volume must be between 0 and 1"),
        (#"{"t": {"tt": 0}}"#, "t: must be an array of tracks, got an object"),
        (#"{"t": [{"tt": 0, "sg": [{"src": "a.jpg", "d": 1000, "kb": {"to": {"zoom": 9}}}]}]}"#, "t[0].sg[0].kb.to.zoom: zoom must be between 1 and 4"),
        (#"[1, 2]"#, "the draft must be a JSON object"),
        (#"{"t": [ }"#, "is not valid JSON"),
    ])
    func errorsNameTheJSONPath(json: String, expected: String) {
        #expect {
            _ = try Timeline(draftJSON: Data(json.utf8), file: "trip.json")
        } throws: { error in
            let text = String(describing: error)
            return text.hasPrefix("trip.json: ") && text.contains(expected)
        }
    }
}
