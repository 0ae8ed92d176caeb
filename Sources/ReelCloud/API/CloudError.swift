import Foundation

/// A cloud operation failed. `description` says what happened and what the user can do, in
/// one or two lines, and never contains the access token.
public struct CloudError: Error, Sendable, CustomStringConvertible {
    /// Which failure this is; compare with the static members (`error.kind == .outOfCredits`).
    public struct Kind: Sendable, Hashable, CustomStringConvertible {
        private let name: String
        private init(_ name: String) { self.name = name }
        /// The kind's name, e.g. `"unreachable"`.
        public var description: String { name }

        /// The server could not be reached (DNS, connect, TLS, gateway errors).
        public static let unreachable = Kind("unreachable")
        /// The server stopped answering mid-request.
        public static let timedOut = Kind("timed out")
        /// The connection broke after the request was sent.
        public static let connectionLost = Kind("connection lost")
        /// 1001: the token is invalid or expired, even after getting a new one.
        public static let invalidToken = Kind("invalid token")
        /// 1002: the session is gone, even after creating a new one.
        public static let sessionNotFound = Kind("session not found")
        /// 2001: no credits left.
        public static let outOfCredits = Kind("out of credits")
        /// 4001: a file type the cloud does not accept.
        public static let unsupportedFileType = Kind("unsupported file type")
        /// 4002: a file over the size limit.
        public static let fileTooLarge = Kind("file too large")
        /// HTTP 400: the client id was missing or rejected, even after a new one.
        public static let missingClientID = Kind("missing client id")
        /// HTTP 402: the plan does not allow this (export on the free plan).
        public static let planBlocked = Kind("plan blocked")
        /// HTTP 429: rate limited, still after waiting once.
        public static let rateLimited = Kind("rate limited")
        /// Any other refusal or server failure.
        public static let server = Kind("server error")
        /// The server's answer could not be understood.
        public static let invalidResponse = Kind("invalid response")
        /// The chat turn failed on the server.
        public static let chatFailed = Kind("chat failed")
        /// The chat stream dropped and polling did not show the edit finishing.
        public static let chatDropped = Kind("chat dropped")
        /// The session has nothing to export.
        public static let nothingToExport = Kind("nothing to export")
        /// The render failed on the server.
        public static let renderFailed = Kind("render failed")
        /// The render did not finish within the polling limit.
        public static let renderTimedOut = Kind("render timed out")
        /// The downloaded file is not a usable MP4.
        public static let invalidDownload = Kind("invalid download")
        /// No recorded render has that id.
        public static let unknownJob = Kind("unknown job")
        /// The server's answer broke a limit (size, redirects, protocol): it was not read on.
        public static let limitExceeded = Kind("limit exceeded")
        /// A draft names a local file the user did not choose to send (outside the draft's
        /// folder and every `--allow-path`); nothing was uploaded.
        public static let pathNotAllowed = Kind("path not allowed")
        /// The user interrupted (Ctrl-C, SIGTERM); a recorded render can still be resumed.
        public static let cancelled = Kind("cancelled")
        /// A local file could not be read or written.
        public static let localFile = Kind("local file")
        /// The settings are unusable (for example a malformed API URL).
        public static let configuration = Kind("configuration")
    }

    /// Which failure this is.
    public let kind: Kind
    /// What happened.
    public let message: String
    /// What the user can do about it.
    public let suggestion: String
    /// The HTTP status, when the server answered.
    public var httpStatus: Int?
    /// The envelope's `code`, when the server sent one.
    public var serverCode: Int?
    /// The render this concerns, so the user can resume it.
    public var renderID: String?
    /// For `outOfCredits`: where an anonymous user can register for more credits.
    public var registrationURL: String?
    /// True when the request was sent and then the connection failed: the server may have acted.
    var requestMayHaveArrived = false

    /// Creates an error; token-shaped text in `message` and `suggestion` is masked.
    public init(_ kind: Kind, _ message: String, suggestion: String, httpStatus: Int? = nil,
                serverCode: Int? = nil, renderID: String? = nil, registrationURL: String? = nil) {
        self.kind = kind
        self.message = Redaction.scrub(message)
        self.suggestion = Redaction.scrub(suggestion)
        self.httpStatus = httpStatus
        self.serverCode = serverCode
        self.renderID = renderID
        self.registrationURL = registrationURL
    }

    /// True when rendering locally instead is the right answer: the cloud is unreachable, out
    /// of credits (2001), or the plan refuses the export (402).
    public var allowsLocalFallback: Bool {
        kind == .unreachable || kind == .outOfCredits || kind == .planBlocked
    }

    /// The message, then the suggestion on its own line when there is one.
    public var description: String {
        suggestion.isEmpty ? message : message + "\n" + suggestion
    }

    /// The same error with every occurrence of `secret` masked.
    func redacting(_ secret: String?) -> CloudError {
        guard let secret, !secret.isEmpty else { return self }
        var e = self
        e.setTexts(Redaction.mask(message, secret), Redaction.mask(suggestion, secret))
        return e
    }

    private mutating func setTexts(_ m: String, _ s: String) {
        let arrived = requestMayHaveArrived
        self = CloudError(kind, m, suggestion: s, httpStatus: httpStatus, serverCode: serverCode,
                          renderID: renderID, registrationURL: registrationURL)
        requestMayHaveArrived = arrived
    }
}

/// Keeps access tokens out of anything printed.
public enum Redaction {
    /// Masks token-shaped text (`nmv_usr_…`, `Bearer …`).
    public static func scrub(_ text: String) -> String {
        var out = text
        for pattern in [#"nmv_[A-Za-z0-9]+_[A-Za-z0-9._\-]+"#, #"(?i)bearer\s+[A-Za-z0-9._\-~+/=]+"#] {
            out = out.replacingOccurrences(of: pattern, with: "[redacted]", options: .regularExpression)
        }
        return out
    }

    /// Masks every occurrence of `secret`.
    public static func mask(_ text: String, _ secret: String) -> String {
        secret.count < 4 ? text : text.replacingOccurrences(of: secret, with: "[redacted]")
    }
}
