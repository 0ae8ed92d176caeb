import Foundation
import ReelTimeline

/// One answer of the render status poll, read from either known shape: the download URL in
/// `data.outputUrl` or in a top-level `output.url`, with `data` wrapped or not.
struct RenderStatus: Sendable, Hashable {
    enum State: Sendable, Hashable { case pending, processing, completed, failed }

    var state: State
    /// The server's own word for the state.
    var statusText: String
    var progress: Int
    var downloadURL: String?
    var error: String?

    init(json: JSONValue) throws {
        let top = json.objectValue ?? [:]
        let data = top["data"]?.objectValue ?? top
        func pick(_ keys: [String]) -> JSONValue? {
            for k in keys { if let v = data[k], v != .null { return v } }
            for k in keys { if let v = top[k], v != .null { return v } }
            return nil
        }
        guard let status = pick(["status", "state"])?.stringValue?.lowercased() else {
            throw CloudError(.invalidResponse, "The cloud's render status has no `status`.", suggestion: "Try `reel cloud resume` later.")
        }
        statusText = status
        switch status {
        case "completed", "complete", "succeeded", "success", "done", "finished": state = .completed
        case "failed", "failure", "error", "cancelled", "canceled": state = .failed
        case "pending", "queued", "submitted": state = .pending
        default: state = .processing
        }
        let p = pick(["progress"])?.doubleValue ?? (state == .completed ? 100 : 0)
        progress = max(0, min(100, Int(p.rounded())))
        let urlKeys = ["outputUrl", "output_url", "downloadUrl", "download_url", "url"]
        downloadURL = Self.firstString(urlKeys, in: data)
            ?? data["output"]?.objectValue.flatMap { Self.firstString(urlKeys, in: $0) }
            ?? top["output"]?.objectValue.flatMap { Self.firstString(urlKeys, in: $0) }
            ?? Self.firstString(urlKeys, in: top)
        if let e = pick(["error", "error_message", "errorMessage", "message"]) {
            error = e.stringValue ?? e.objectValue.flatMap(Envelope.message(in:))
        }
    }

    private static func firstString(_ keys: [String], in o: [String: JSONValue]) -> String? {
        for k in keys { if let s = o[k]?.stringValue, !s.isEmpty { return s } }
        return nil
    }
}

/// Checks a downloaded file before it takes the output's place: not empty, an MP4 signature
/// (`ftyp` or another top-level box first), and top-level boxes that add up to the file size
/// exactly (a truncated download does not).
enum MP4Check {
    static let topLevelBoxes: Set<String> = ["ftyp", "styp", "moov", "mdat", "free", "skip", "wide", "pdin", "uuid", "moof", "mfra", "sidx", "meta"]

    /// nil when the file looks like a whole MP4, else what is wrong.
    static func problem(at url: URL) -> String? {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return "cannot be opened" }
        defer { try? handle.close() }
        let size = (try? handle.seekToEnd()) ?? 0
        if size == 0 { return "is empty" }
        if size < 16 { return "is only \(size) bytes" }
        var offset: UInt64 = 0
        var first = true
        while offset < size {
            guard (try? handle.seek(toOffset: offset)) != nil,
                  let header = try? handle.read(upToCount: 16), header.count >= 8 else { return "ends inside a box header" }
            let bytes = [UInt8](header)
            let type = String(decoding: bytes[4..<8], as: UTF8.self)
            if first {
                guard topLevelBoxes.contains(type) else { return "is not an MP4 (it starts with \(Self.printable(bytes)))" }
                first = false
            }
            var boxSize = UInt64(bytes[0..<4].reduce(0) { $0 << 8 | UInt32($1) })
            if boxSize == 1 {
                guard bytes.count >= 16 else { return "ends inside a box header" }
                boxSize = bytes[8..<16].reduce(0) { $0 << 8 | UInt64($1) }
            } else if boxSize == 0 {
                boxSize = size - offset
            }
            if boxSize < 8 { return "has a damaged box at byte \(offset)" }
            offset += boxSize
        }
        return offset == size ? nil : "is truncated (\(size) bytes, the boxes need \(offset))"
    }

    private static func printable(_ bytes: [UInt8]) -> String {
        "\"" + String(bytes.prefix(8).map { (0x20..<0x7F).contains($0) ? Character(UnicodeScalar($0)) : "." }) + "\""
    }
}
