import Foundation
import Testing
import ReelTimeline

/// A draft saved in another folder: every `src` still names the same file.
@Suite("Rebasing a draft's sources")
struct RebaseTests {
    let home = "/home/u"
    func url(_ path: String) -> URL { URL(fileURLWithPath: path) }
    func rebase(_ src: String, _ from: String, _ to: String) -> String {
        MediaSource.rebase(src, from: url(from), to: url(to), home: home)
    }

    @Test func movedDownUpAndSideways() {
        // down: into a subfolder of the old one
        #expect(rebase("a.jpg", "/p/trip", "/p/trip/drafts") == "../a.jpg")
        #expect(rebase("sub/b.jpg", "/p/trip", "/p/trip/drafts") == "../sub/b.jpg")
        // up: into the parent
        #expect(rebase("../a.jpg", "/p/trip/drafts", "/p/trip") == "a.jpg")
        #expect(rebase("sub/b.jpg", "/p/trip/drafts", "/p/trip") == "drafts/sub/b.jpg")
        // sideways: a sibling folder
        #expect(rebase("a.jpg", "/p/trip", "/p/other") == "../trip/a.jpg")
        #expect(rebase("../shared/c.jpg", "/p/trip", "/p/other") == "../shared/c.jpg")
        // same folder: nothing changes, `..` included
        #expect(rebase("a.jpg", "/p/trip", "/p/trip") == "a.jpg")
        #expect(rebase("../shared/c.jpg", "/p/trip", "/p/trip") == "../shared/c.jpg")
        // nothing in common but the root: absolute
        #expect(rebase("a.jpg", "/p/trip", "/q/x") == "/p/trip/a.jpg")
    }

    @Test func absoluteHomeAndFileURLsKeepTheirSpellingUnlessInside() {
        #expect(rebase("/abs/c.png", "/p/trip", "/p/other") == "/abs/c.png")
        #expect(rebase("/p/other/in.png", "/p/trip", "/p/other") == "in.png")
        #expect(rebase("~/Pictures/d.jpg", "/p/trip", "/p/other") == "~/Pictures/d.jpg")
        #expect(rebase("~/Pictures/d.jpg", "/p/trip", "/home/u/Pictures") == "d.jpg")
        #expect(rebase("file:///tmp/f.jpg", "/p/trip", "/p/other") == "file:///tmp/f.jpg")
        #expect(rebase("file:///tmp/f.jpg", "/p/trip", "/tmp") == "f.jpg")
    }

    @Test func urlsAndEmptySourcesStayAsWritten() {
        for src in ["https://cdn.example/g.jpg", "HTTP://cdn.example/g.jpg", "ftp://h/x.jpg", "data:image/png;base64,xx", ""] {
            #expect(rebase(src, "/p/trip", "/q/x") == src)
        }
    }

    @Test(arguments: [("/p/trip", "/p/trip/drafts"), ("/p/trip/drafts", "/p"), ("/p/trip", "/p/other/deep"), ("/p/trip", "/q/x"), ("/p/trip", "/p/trip")])
    func theSameFileBeforeAndAfter(_ move: (String, String)) {
        let (from, to) = (url(move.0), url(move.1))
        for src in ["a.jpg", "../x/b.jpg", "sub/../c.jpg", "/abs/d.png", "~/e.jpg", "file:///tmp/f.jpg", "/p/trip/g.jpg", "https://h.example/i.jpg"] {
            let moved = MediaSource.rebase(src, from: from, to: to, home: home)
            #expect(MediaSource.resolve(moved, base: to, home: home) == MediaSource.resolve(src, base: from, home: home), "\(src) from \(move.0) to \(move.1): \(moved)")
        }
    }

    @Test func aTimelineRebasesPhotosMusicAndFontsAndKeepsTheRest() throws {
        let json = #"""
        {"m":{"width":320,"height":180,"fps":30},"t":[
          {"tt":0,"sg":[{"src":"a.jpg","d":1000,"zz":1},{"src":"https://h.example/b.jpg","d":1000,"tr":{"k":"crossfade","d":200}}]},
          {"tt":1,"sg":[{"src":"../music/song.mp3","d":1800,"v":0.35}]},
          {"tt":7,"sg":[{"text":"Hi","d":1000,"font":"fonts/x.ttf"}]}]}
        """#
        let t = try Timeline(draftJSON: Data(json.utf8))
        let moved = t.rebasingSources(from: url("/p/trip"), to: url("/p/trip/drafts"), home: home)
        #expect(moved.tracks[0].segments.map(\.source) == ["../a.jpg", "https://h.example/b.jpg"])
        #expect(moved.tracks[1].segments[0].source == "../../music/song.mp3")
        #expect(moved.tracks[2].segments[0].textAppearance.font == "../fonts/x.ttf")
        #expect(moved.tracks[0].segments[0].extra["zz"] == .int(1))
        var back = moved
        back.rebaseSources(from: url("/p/trip/drafts"), to: url("/p/trip"), home: home)
        #expect(back.draftJSON() == t.draftJSON())
    }

    @Test func draftPathIsRelativeOnlyInside() {
        #expect(MediaSource.draftPath(for: url("/p/trip/a.jpg"), in: url("/p/trip")) == "a.jpg")
        #expect(MediaSource.draftPath(for: url("/p/trip/x/../b.jpg"), in: url("/p/trip/")) == "b.jpg")
        #expect(MediaSource.draftPath(for: url("/p/tripod/a.jpg"), in: url("/p/trip")) == "/p/tripod/a.jpg")
    }
}
