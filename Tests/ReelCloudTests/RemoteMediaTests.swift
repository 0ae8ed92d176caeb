import Foundation
import ReelTestSupport
import Testing
import ReelTimeline
@testable import ReelCloud

@Suite("Remote media for local renders")
struct RemoteMediaTests {
    func media(_ f: CloudFixture, maxBytes: Int64 = 1 << 20) -> RemoteMedia {
        var m = RemoteMedia(cacheDirectory: f.root.appendingPathComponent("cache"))
        m.maxBytes = maxBytes
        return m
    }

    @Test func aFileOverTheCapIsRefusedWhileArriving() async throws {
        let f = try CloudFixture()
        defer { f.cleanUp() }
        let meter = HostileReplies.Meter()
        f.cloud.route("/media/") { w, _ in
            HostileReplies.flood(w, type: "image/jpeg", prefix: "\u{FF}\u{D8}\u{FF}", total: 64 << 20, meter: meter)
        }
        let e = await cloudError { try await media(f).localCopy(of: f.cloud.baseURL.appendingPathComponent("media/big.jpg")) }
        #expect(e?.kind == .limitExceeded)
        meter.waitUntilFinished()
        #expect(meter.written < 16 << 20)
        #expect((try? FileManager.default.contentsOfDirectory(atPath: f.root.appendingPathComponent("cache").path)) ?? [] == [])
    }

    @Test func theCacheNameComesFromTheURLAndTheContent() async throws {
        let f = try CloudFixture()
        defer { f.cleanUp() }
        let png = try Data(contentsOf: Fixtures.url("images").appendingPathComponent(
            try #require(FileManager.default.contentsOfDirectory(atPath: Fixtures.url("images").path).first { $0.hasSuffix(".png") })))
        f.cloud.route("/media/") { w, _ in
            w.respond(200, png, type: "text/html", headers: ["Content-Disposition": "attachment; filename=\"../../../escape.sh\""])
        }
        let url = f.cloud.baseURL.appendingPathComponent("media/x.jpg")
        let copy = try await media(f).localCopy(of: url)
        #expect(copy.pathExtension == "png") // by content, not by the URL or the headers
        #expect(copy.deletingLastPathComponent().path == f.root.appendingPathComponent("cache").path)
        #expect(try Data(contentsOf: copy) == png)
        _ = try await media(f).localCopy(of: url)
        #expect(f.cloud.count("/media/") == 1) // cached
    }

    @Test func sniffing() {
        #expect(MediaSniffer.fileExtension([0xFF, 0xD8, 0xFF, 0xE0]) == "jpg")
        #expect(MediaSniffer.fileExtension(Array("ID3\u{4}".utf8)) == "mp3")
        #expect(MediaSniffer.fileExtension([0, 0, 0, 0x18] + Array("ftypM4A ".utf8)) == "m4a")
        #expect(MediaSniffer.fileExtension([0, 0, 0, 0x18] + Array("ftypisom".utf8)) == "mp4")
        #expect(MediaSniffer.fileExtension(Array("RIFF\0\0\0\0WEBPVP8 ".utf8)) == "webp")
        #expect(MediaSniffer.fileExtension(Array("<!DOCTYPE html>".utf8)) == nil)
        #expect(MediaSniffer.fileExtension(Array("#!/bin/sh\n".utf8)) == nil)
        #expect(MediaSniffer.fileExtension([]) == nil)
    }
}
