import Foundation
import Testing
import ReelTimeline

@Suite("What a src means")
struct MediaSourceTests {
    let base = URL(fileURLWithPath: "/projects/trip")

    @Test func oneRuleForEveryKindOfSource() {
        #expect(MediaSource.resolve("a.jpg", base: base, home: "/home/u") == .local(URL(fileURLWithPath: "/projects/trip/a.jpg")))
        #expect(MediaSource.resolve("../x/b.jpg", base: base, home: "/home/u") == .local(URL(fileURLWithPath: "/projects/x/b.jpg")))
        #expect(MediaSource.resolve("/abs/c.png", base: base, home: "/home/u") == .local(URL(fileURLWithPath: "/abs/c.png")))
        #expect(MediaSource.resolve("~/Pictures/d.jpg", base: base, home: "/home/u") == .local(URL(fileURLWithPath: "/home/u/Pictures/d.jpg")))
        #expect(MediaSource.resolve("~other/e.jpg", base: base, home: "/home/u") == .local(URL(fileURLWithPath: "/projects/trip/~other/e.jpg")))
        #expect(MediaSource.resolve("file:///tmp/f.jpg", base: base, home: "/home/u") == .local(URL(fileURLWithPath: "/tmp/f.jpg")))
        #expect(MediaSource.resolve("https://cdn.example/g.jpg", base: base, home: "/home/u") == .remote(URL(string: "https://cdn.example/g.jpg")!))
        #expect(MediaSource.resolve("HTTP://cdn.example/g.jpg", base: base, home: "/home/u") == .remote(URL(string: "HTTP://cdn.example/g.jpg")!))
        #expect(MediaSource.resolve("ftp://h/x.jpg", base: base, home: "/home/u") == .unsupported(scheme: "ftp"))
        #expect(MediaSource.resolve("data:image/png;base64,xx", base: base, home: "/home/u") == .unsupported(scheme: "data"))
        #expect(MediaSource.resolve("photo:1.jpg", base: base, home: "/home/u") == .unsupported(scheme: "photo"))
    }
}
