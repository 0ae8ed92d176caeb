import Foundation
import Testing
@testable import ReelTimeline

/// A draft is untrusted input: times no video can have are refused with the JSON path,
/// never overflowing the arithmetic that places segments and samples.
@Suite struct DraftBoundsTests {
    static let huge = "9223372036854775807"

    @Test(arguments: [
        (#"{"t": [{"tt": 0, "sg": [{"src": "a.jpg", "d": 2000, "s": \#(huge)}]}]}"#, "t[0].sg[0].s: must be at most 86400000 ms"),
        (#"{"t": [{"tt": 0, "sg": [{"src": "a.jpg", "d": \#(huge)}]}]}"#, "t[0].sg[0].d: must be at most 86400000 ms"),
        (#"{"t": [{"tt": 0, "sg": [{"src": "a.jpg", "d": 2000}, {"src": "b.jpg", "d": 2000, "tr": {"k": "crossfade", "d": \#(huge)}}]}]}"#,
         "t[0].sg[1].tr.d: must be at most 86400000 ms"),
        (#"{"t": [{"tt": 0, "sg": [{"src": "a.jpg", "d": 2000}, {"src": "b.jpg", "d": 2000, "tr": {"k": "crossfade", "d": -9223372036854775808}}]}]}"#,
         "t[0].sg[1].tr.d: must be at least 0 ms"),
    ])
    func timesPastADayAreRefused(json: String, expected: String) {
        #expect {
            _ = try Timeline(draftJSON: Data(json.utf8), file: "trip.json")
        } throws: { error in
            String(describing: error).contains(expected)
        }
    }

    @Test func playbackTimesPastADayAreRefused() throws {
        let json = #"""
        {"t": [{"tt": 0, "sg": [{"src": "c.mov", "d": 2000, "in": \#(Self.huge)}]},
               {"tt": 1, "sg": [{"src": "a.mp3", "d": 2000, "in": \#(Self.huge)}]},
               {"tt": 1, "sg": [{"src": "a.mp3", "d": 2000, "fi": \#(Self.huge)}]},
               {"tt": 7, "sg": [{"text": "hi", "d": 2000, "fo": \#(Self.huge)}]}]}
        """#
        let t = try Timeline(draftJSON: Data(json.utf8))
        #expect(throws: DraftError.self) { _ = try t.tracks[0].segments[0].clipPlayback(path: "t[0].sg[0]") }
        #expect(throws: DraftError.self) { _ = try t.tracks[1].segments[0].audioPlayback(path: "t[1].sg[0]") }
        #expect(throws: DraftError.self) { _ = try t.tracks[2].segments[0].audioPlayback(path: "t[2].sg[0]") }
        #expect(throws: DraftError.self) { _ = try t.tracks[3].segments[0].textAppearance(path: "t[3].sg[0]") }
        // A day is still a time a draft may give.
        let day = json.replacingOccurrences(of: Self.huge, with: "86400000")
        let ok = try Timeline(draftJSON: Data(day.utf8))
        #expect(try ok.tracks[0].segments[0].clipPlayback(path: "").inMs == 86_400_000)
        #expect(try ok.tracks[2].segments[0].audioPlayback(path: "").fadeInMs == 86_400_000)
    }
}
