import Foundation

/// Moves one HTTP request and its response. The cloud client talks only to this protocol;
/// `CurlTransport` is the real adapter.
public protocol HTTPTransport: Sendable {
    /// Sends `request` and delivers the response as `request.response` asks: collected in memory,
    /// streamed chunk by chunk as it arrives, or written to a file.
    ///
    /// - Throws: `TransportError` when no complete response arrived; `CancellationError` when
    ///   the calling task was cancelled.
    func perform(_ request: HTTPRequest) async throws -> HTTPResponse
}

/// One HTTP request.
public struct HTTPRequest: Sendable {
    /// `GET`, `POST`, …
    public var method: String
    /// The address, `http` or `https`.
    public var url: URL
    /// Header fields in order. Values are sent as given; never log them (Authorization).
    public var headers: [(name: String, value: String)]
    /// What is sent after the header.
    public var body: HTTPRequestBody
    /// Where the response body goes.
    public var response: HTTPResponseDestination
    /// Longest wait for the connection (DNS, TCP, TLS).
    public var connectTimeout: Duration
    /// Longest time with no bytes moving in either direction before the transfer is abandoned.
    public var readTimeout: Duration
    /// Longest time for the whole exchange; nil means no limit beyond `readTimeout`.
    public var totalTimeout: Duration?
    /// Called from the transfer thread as bytes move.
    public var progress: (@Sendable (HTTPProgress) -> Void)?
    /// Largest body collected in memory (`.memory`, and the error body of a `.file` request);
    /// more aborts the transfer with `TransportError.Kind.limitExceeded`.
    public var maxMemoryBytes: Int64 = 8 << 20
    /// Largest body written to a file (declared or actual); more aborts the transfer.
    public var maxFileBytes: Int64 = .max
    /// Most redirects followed (http and https only).
    public var maxRedirects = 5

    /// A request; every limit and timeout not given keeps its default.
    public init(method: String, url: URL, headers: [(name: String, value: String)] = [],
                body: HTTPRequestBody = .none, response: HTTPResponseDestination = .memory,
                connectTimeout: Duration = .seconds(15), readTimeout: Duration = .seconds(60),
                totalTimeout: Duration? = nil, progress: (@Sendable (HTTPProgress) -> Void)? = nil) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.response = response
        self.connectTimeout = connectTimeout
        self.readTimeout = readTimeout
        self.totalTimeout = totalTimeout
        self.progress = progress
    }

    /// The value of the first header with this name (case-insensitive).
    public func header(_ name: String) -> String? {
        headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }
}

/// What a request sends.
public enum HTTPRequestBody: Sendable {
    /// No body.
    case none
    /// These bytes, with this content type.
    case bytes(Data, contentType: String)
    /// `multipart/form-data`, each file streamed from disk while sending (never read whole).
    case multipart([MultipartFile])
}

/// One file part of a multipart upload.
public struct MultipartFile: Sendable, Hashable {
    /// The form field name (the upload endpoint wants `files`).
    public var field: String
    /// The file on disk; read while sending.
    public var file: URL
    /// The filename sent to the server.
    public var filename: String
    /// The part's content type.
    public var contentType: String

    /// A part sending `file` as form field `field`; `filename` defaults to the file's own name.
    public init(field: String, file: URL, filename: String? = nil, contentType: String) {
        self.field = field
        self.file = file
        self.filename = filename ?? file.lastPathComponent
        self.contentType = contentType
    }
}

/// Where the response body goes.
public enum HTTPResponseDestination: Sendable {
    /// Collected into `HTTPResponse.body`.
    case memory
    /// Handed over chunk by chunk as it arrives, on the transfer thread, with the response
    /// head. Nothing is collected. An error thrown by the handler aborts the transfer and is
    /// what `perform` throws.
    case stream(@Sendable (HTTPResponseHead, Data) throws -> Void)
    /// For a 2xx response, written to a temporary file beside `url` and renamed to `url` once
    /// complete (a failed transfer leaves nothing behind). Other responses go to memory, so
    /// their error bodies can be read.
    case file(URL)
}

/// The status line and header fields of a response.
public struct HTTPResponseHead: Sendable, Hashable {
    /// The HTTP status code, e.g. 200; 0 before any response arrived.
    public var status: Int
    /// Header fields with lower-cased names; a repeated field keeps its last value.
    public var headers: [String: String]

    /// A head with `status` and `headers` (give their names lower-cased).
    public init(status: Int, headers: [String: String] = [:]) {
        self.status = status
        self.headers = headers
    }

    /// True for 200–299.
    public var isSuccess: Bool { (200..<300).contains(status) }
}

/// A finished response.
public struct HTTPResponse: Sendable {
    /// The status line and header fields.
    public var head: HTTPResponseHead
    /// The body when it went to memory (also a non-2xx body of a `.file` request); otherwise empty.
    public var body: Data
    /// The written file, for a 2xx `.file` request.
    public var file: URL?

    /// A response with `head` whose body is `body` or, for a file download, at `file`.
    public init(head: HTTPResponseHead, body: Data = Data(), file: URL? = nil) {
        self.head = head
        self.body = body
        self.file = file
    }

    /// The HTTP status code, e.g. 200.
    public var status: Int { head.status }
}

/// Bytes moved so far; totals are 0 while unknown.
public struct HTTPProgress: Sendable, Hashable {
    /// Bytes sent so far.
    public var uploaded: Int64
    /// Bytes to send in all; 0 while unknown.
    public var uploadTotal: Int64
    /// Bytes received so far.
    public var downloaded: Int64
    /// Bytes to receive in all; 0 while unknown.
    public var downloadTotal: Int64
}

/// Why a transfer produced no complete response.
public struct TransportError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong, in transport terms.
    public enum Kind: Sendable, Hashable {
        /// The host name did not resolve, or nothing accepted the connection.
        case cannotConnect
        /// No progress within the connect or read timeout.
        case timedOut
        /// The TLS handshake or certificate check failed.
        case tls
        /// The connection broke after the request was sent (the server may have acted on it).
        case connectionLost
        /// A local file could not be read or written (or the disk is full).
        case file
        /// The response broke one of the limits (size, redirects, protocol).
        case limitExceeded
        /// Anything else.
        case other
    }

    /// What went wrong, in general terms.
    public var kind: Kind
    /// What happened, without any header value.
    public var detail: String
    /// True when a response head had arrived before the failure.
    public var receivedResponse: Bool

    /// An error of `kind`; `detail` must not contain header values.
    public init(kind: Kind, detail: String, receivedResponse: Bool = false) {
        self.kind = kind
        self.detail = detail
        self.receivedResponse = receivedResponse
    }

    /// The detail text.
    public var description: String { detail }
}
