import Foundation

/// Every limit on what Reel accepts from the network, in one table. A server that exceeds one
/// gets a clear error (`CloudError.Kind.limitExceeded`, exit 76); the transfer is aborted as the
/// bytes arrive, so memory stays bounded whatever the server sends.
///
/// | limit | default |
/// |---|---|
/// | a JSON response body | 8 MB |
/// | one SSE line | 1 MB |
/// | one SSE event (its `data` lines together) | 8 MB |
/// | the assistant text of one chat turn | 1 MB |
/// | a downloaded video (declared and actual size) | 4 GB, and the free disk space |
/// | redirects | 5, http/https only |
/// | an ordinary call / an upload / a download | 5 min / 60 min / 60 min overall |
public struct NetworkLimits: Sendable, Hashable {
    /// Largest JSON body read into memory.
    public var maxJSONBytes: Int64 = 8 << 20
    /// Longest single line of a server-sent event stream.
    public var maxSSELineBytes = 1 << 20
    /// Largest single event (its `data` lines joined).
    public var maxSSEEventBytes = 8 << 20
    /// Most assistant text kept from one chat turn.
    public var maxChatTextBytes = 1 << 20
    /// Largest download (the declared `Content-Length` and the bytes actually received).
    public var maxDownloadBytes: Int64 = 4 << 30
    /// Most redirects followed; only to http and https.
    public var maxRedirects = 5
    /// Longest time for one ordinary API call, start to end.
    public var requestTimeout: Duration = .seconds(5 * 60)
    /// Longest time for one upload.
    public var uploadTimeout: Duration = .seconds(60 * 60)
    /// Longest time for one download.
    public var downloadTimeout: Duration = .seconds(60 * 60)

    /// The defaults in the table above.
    public init() {}

    /// A byte count as "12.3 MB".
    static func text(_ bytes: Int64) -> String {
        String(format: "%.1f MB", Double(bytes) / 1_048_576)
    }
}
