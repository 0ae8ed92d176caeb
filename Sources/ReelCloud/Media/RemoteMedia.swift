import Foundation
import ReelTimeline

/// Downloads the remote media a draft names (`"src": "https://…"`) into a cache, so a draft
/// saved from the cloud renders on this machine and keeps rendering offline afterwards.
///
/// What is fetched is bounded and checked: https only (plain http only to loopback), at most
/// `maxBytes` a file (declared and actual), the usual redirect limit (http/https only), and the
/// content must be media by its first bytes (an image, audio or MP4/QuickTime file) — an
/// HTML error page or anything else is refused. Cached files are named by a hash of the URL,
/// never by anything the server sends.
public struct RemoteMedia: Sendable {
    /// Where fetched files are kept.
    public let cacheDirectory: URL
    /// Largest file fetched.
    public var maxBytes: Int64 = 200 * 1024 * 1024
    /// Limits on the transfer (redirects, overall time).
    public var limits = NetworkLimits()
    let transport: any HTTPTransport

    /// - Parameter cacheDirectory: default `$XDG_CACHE_HOME/reel/media`, else `~/.cache/reel/media`.
    public init(cacheDirectory: URL? = nil, transport: any HTTPTransport = CurlTransport(),
                environment: [String: String] = ProcessInfo.processInfo.environment) {
        if let cacheDirectory {
            self.cacheDirectory = cacheDirectory
        } else if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") {
            self.cacheDirectory = URL(fileURLWithPath: xdg).appendingPathComponent("reel/media")
        } else {
            let home = environment["HOME"] ?? NSHomeDirectory()
            self.cacheDirectory = URL(fileURLWithPath: home).appendingPathComponent(".cache/reel/media")
        }
        self.transport = transport
    }

    /// The cached copy of `url`, fetched first when it is not cached yet.
    ///
    /// - Throws: `CloudError`: `.pathNotAllowed` for a URL that is not https (or loopback
    ///   http), `.limitExceeded` for one too large, `.invalidDownload` for content that is not
    ///   media, transport kinds (`.unreachable`, …) when it cannot be fetched.
    public func localCopy(of url: URL) async throws -> URL {
        guard let scheme = url.scheme?.lowercased(), let host = url.host?.lowercased(),
              scheme == "https" || (scheme == "http" && Self.isLoopback(host)) else {
            throw CloudError(.pathNotAllowed, "\(TerminalText.oneLine(url.absoluteString)): only https addresses are fetched (plain http only from this machine).",
                             suggestion: "Use an https URL in the draft, or download the file and put its path in `src`.")
        }
        let key = Self.key(url.absoluteString)
        if let cached = existing(key) { return cached }
        try FileManager.default.createDirectory(at: cacheDirectory, withIntermediateDirectories: true)
        let staging = cacheDirectory.appendingPathComponent("\(key).download")
        defer { try? FileManager.default.removeItem(at: staging) }
        var request = HTTPRequest(method: "GET", url: url, headers: [("Accept", "image/*, audio/*, video/*")],
                                  response: .file(staging), totalTimeout: limits.downloadTimeout)
        request.maxFileBytes = maxBytes
        request.maxMemoryBytes = 64 * 1024
        request.maxRedirects = limits.maxRedirects
        let what = "fetch \(TerminalText.oneLine(url.absoluteString))"
        let response: HTTPResponse
        do {
            response = try await transport.perform(request)
        } catch let e as TransportError {
            throw NemoClient.map(e, operation: what)
        }
        guard response.head.isSuccess, response.file != nil else {
            throw CloudError(.invalidDownload, "Could not \(what): HTTP \(response.status).",
                             suggestion: "Check the URL, or download the file and put its path in `src`.", httpStatus: response.status)
        }
        guard let ext = MediaSniffer.fileExtension(of: staging) else {
            throw CloudError(.invalidDownload, "\(TerminalText.oneLine(url.absoluteString)) is not an image, audio or video file (by its content); it was not used.",
                             suggestion: "Check the URL, or download the file and put its path in `src`.")
        }
        let final = cacheDirectory.appendingPathComponent("\(key).\(ext)")
        guard rename(staging.path, final.path) == 0 else {
            throw CloudError(.localFile, "Cannot keep the download in \(cacheDirectory.path).", suggestion: "Check that folder and the free disk space.")
        }
        return final
    }

    /// The cached file for `key`, whatever its extension.
    private func existing(_ key: String) -> URL? {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: cacheDirectory.path)) ?? []
        return names.first { $0.hasPrefix(key + ".") && !$0.hasSuffix(".download") }.map { cacheDirectory.appendingPathComponent($0) }
    }

    static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host == "::1" || host == "[::1]" || host.hasPrefix("127.")
    }

    /// A stable file name for a URL: 64-bit FNV-1a, twice with different seeds (hex).
    static func key(_ text: String) -> String {
        func fnv(_ seed: UInt64) -> UInt64 {
            var h = seed
            for b in text.utf8 { h = (h ^ UInt64(b)) &* 0x100000001b3 }
            return h
        }
        return String(format: "%016llx%016llx", fnv(0xcbf29ce484222325), fnv(0x84222325cbf29ce4))
    }
}

/// Recognises media by its first bytes.
enum MediaSniffer {
    /// The extension the content calls for, or nil when it is not media Reel reads.
    static func fileExtension(of file: URL) -> String? {
        guard let h = try? FileHandle(forReadingFrom: file) else { return nil }
        defer { try? h.close() }
        let head = [UInt8]((try? h.read(upToCount: 16)) ?? Data())
        return fileExtension(head)
    }

    static func fileExtension(_ b: [UInt8]) -> String? {
        func at(_ offset: Int, _ s: String) -> Bool {
            let bytes = Array(s.utf8)
            return b.count >= offset + bytes.count && Array(b[offset..<offset + bytes.count]) == bytes
        }
        if b.count >= 3 && b[0] == 0xFF && b[1] == 0xD8 && b[2] == 0xFF { return "jpg" }
        if b.count >= 8 && b[0..<8] == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] { return "png" }
        if at(0, "GIF87a") || at(0, "GIF89a") { return "gif" }
        if at(0, "RIFF") && at(8, "WEBP") { return "webp" }
        if at(0, "RIFF") && at(8, "WAVE") { return "wav" }
        if at(0, "fLaC") { return "flac" }
        if at(0, "OggS") { return "ogg" }
        if at(0, "ID3") { return "mp3" }
        if b.count >= 2 && b[0] == 0xFF && (b[1] & 0xE0) == 0xE0 && (b[1] & 0x06) != 0 { return "mp3" }
        if at(4, "ftyp") {
            if at(8, "heic") || at(8, "heix") || at(8, "mif1") || at(8, "msf1") { return "heic" }
            if at(8, "M4A ") { return "m4a" }
            if at(8, "qt  ") { return "mov" }
            return "mp4"
        }
        return nil
    }
}
