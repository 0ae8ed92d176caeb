import Foundation
import ReelTimeline
import Testing

@Suite struct TextDraftTests {
    @Test func textKeysRoundTripThroughTheDraft() throws {
        var title = Segment(startMs: 0, durationMs: 3000, text: "东京 · Tokyo\nDay one")
        title.textAppearance = TextAppearance(position: .top, size: 0.08, color: TextColor(hex: "#ffd700"),
                                              fadeInMs: 250, fadeOutMs: 600, font: "fonts/Title.otf", effect: .outline)
        title.extra["cloudOnly"] = .object(["anim": .string("typewriter")])
        let caption = Segment(startMs: 3250, durationMs: 2500, text: "On the train", extra: ["pos": .string("lower-third")])
        let t = Timeline(tracks: [Track(kind: .video, segments: [Segment(source: "a.jpg", startMs: 0, durationMs: 6000)]),
                                  Track(kind: .text, segments: [title]), Track(kind: .text, segments: [caption])])
        let json = t.draftJSON()
        let again = try Timeline(draftJSON: json)
        #expect(again == t)
        #expect(again.draftJSON() == json)
        let seg = try #require(again.draftValue["t"]?.arrayValue?[1]["sg"]?.arrayValue?[0])
        #expect(seg["pos"] == .string("top"))
        #expect(seg["size"]?.doubleValue == 0.08)
        #expect(seg["color"] == .string("#FFD700"))
        #expect(seg["fi"] == .int(250) && seg["fo"] == .int(600))
        #expect(seg["font"] == .string("fonts/Title.otf"))
        #expect(seg["style"] == .string("outline"))
        #expect(seg["text"] == .string("东京 · Tokyo\nDay one"))
        #expect(seg["cloudOnly"]?["anim"] == .string("typewriter"))
        let a = again.tracks[1].segments[0].textAppearance
        #expect(a.position == .top && a.effectiveSize == 0.08 && a.effectiveColor.description == "#FFD700" && a.effect == .outline)
        #expect(again.tracks[2].segments[0].textAppearance.effectiveSize == 0.045)
    }

    @Test func draftWrittenByHandDecodes() throws {
        let json = """
        {"t": [{"tt": 0, "sg": [{"src": "a.jpg", "d": 5000}]},
               {"tt": 7, "sg": [{"text": "Hello", "s": 0, "d": 3000, "pos": "center", "size": 0.1, "color": "#FF0000", "fi": 0, "fo": 1000, "style": "none"}]}]}
        """
        let t = try Timeline(draftJSON: Data(json.utf8))
        let seg = t.tracks[1].segments[0]
        let a = try seg.textAppearance(path: "t[1].sg[0]")
        #expect(a == TextAppearance(position: .center, size: 0.1, color: TextColor(red: 255, green: 0, blue: 0), fadeInMs: 0, fadeOutMs: 1000, effect: TextEffect.none))
        #expect(a.fades(durationMs: seg.durationMs) == (0, 1000))
        #expect(t.summary.contains("Title: \"Hello\" (0-3s)"))
    }

    @Test func invalidTextKeysNameTheirPath() {
        let cases: [(String, JSONValue, String)] = [
            ("pos", .string("middle"), "t[1].sg[0].pos: unknown position \"middle\" (use one of: center, lower-third, top)"),
            ("size", .double(2), "t[1].sg[0].size: must be a fraction of the frame height from 0.01 to 0.5 (got 2.0)"),
            ("color", .string("red"), "t[1].sg[0].color: must be a colour written #RRGGBB, e.g. \"#FFD700\" (got \"red\")"),
            ("fi", .int(-5), "t[1].sg[0].fi: must be a whole number of milliseconds, 0 or more (got -5)"),
            ("style", .string("glow"), "t[1].sg[0].style: unknown style \"glow\" (use one of: shadow, outline, none)"),
        ]
        for (key, value, message) in cases {
            let seg = Segment(startMs: 0, durationMs: 1000, text: "x", extra: [key: value])
            #expect(throws: DraftError.self) { try seg.textAppearance(path: "t[1].sg[0]") }
            do { _ = try seg.textAppearance(path: "t[1].sg[0]") } catch { #expect("\(error)" == message) }
            #expect(seg.textAppearance == TextAppearance(), "lenient reading ignores a bad \(key)")
        }
    }

    @Test func fadesShrinkToFitShortSegments() {
        #expect(TextAppearance().fades(durationMs: 3000) == (400, 400))
        #expect(TextAppearance().fades(durationMs: 500) == (250, 250))
        #expect(TextAppearance(fadeInMs: 300, fadeOutMs: 100).fades(durationMs: 200) == (150, 50))
    }

    @Test func titleAndCaptionsGoOnTextTracks() throws {
        var o = SlideshowOptions()
        o.slideDurationMs = 3000
        o.transitionDurationMs = 500
        var t = try Slideshow.timeline(photos: ["a.jpg", "b.jpg", "c.jpg"], options: o)
        try Slideshow.addTitle("Trip", to: &t)
        try Slideshow.addCaptions(["First", nil, "Third"], to: &t)
        #expect(t.tracks.map(\.kind) == [.video, .text, .text])
        let title = t.tracks[1].segments
        #expect(title.count == 1 && title[0].startMs == 0 && title[0].durationMs == 3000 && title[0].textAppearance.position == .center)
        let caps = t.tracks[2].segments
        // Photos: 0–3000, 2500–5500, 5000–8000; captions change in the middle of each crossfade.
        #expect(caps.map(\.startMs) == [0, 5250])
        #expect(caps.map(\.endMs) == [2750, 8000])
        #expect(caps.allSatisfy { $0.textAppearance.position == .lowerThird })
        #expect(t.summary == "Timeline (3 tracks): 1. Video: 3 photos (0-8s) 2. Title: \"Trip\" (0-3s) 3. Text: 2 captions (0-8s)")
        #expect(throws: DraftError.self) { try Slideshow.addCaptions(["1", "2", "3", "4"], to: &t) }
        var short = try Slideshow.timeline(photos: ["a.jpg"], options: o)
        try Slideshow.addTitle("Long title", durationMs: 10_000, to: &short)
        #expect(short.tracks[1].segments[0].durationMs == 3000, "a title never outlasts the video")
    }

    @Test func captionsFileByLineOrByName() throws {
        let names = ["01.jpg", "02.jpg", "beach.JPG"]
        let byLine = try Slideshow.captions(fromSidecar: "\u{FEFF}Morning\r\n\r\nSunset\\nover the bay\n\n", photoNames: names, file: "c.txt")
        #expect(byLine == ["Morning", nil, "Sunset\nover the bay"])
        let byName = try Slideshow.captions(fromSidecar: "Note: line 1 is photo 1\nbeach.jpg: At the beach\n02.jpg:Lunch", photoNames: names, file: "c.txt")
        #expect(byName == ["Note: line 1 is photo 1", "Lunch", "At the beach"])
        #expect { try Slideshow.captions(fromSidecar: "a\nb\nc\nd", photoNames: names, file: "c.txt") } throws: { error in
            "\(error)" == "c.txt: line 4 has a caption but there are 3 photos; one line per photo, in order"
        }
    }
}
