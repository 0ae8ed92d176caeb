import Foundation
import ReelTimeline

/// The NemoVideo cloud API: credits, upload, chat, state, export and resume, with the retry
/// policies (1001 new token, 1002 new session, 429 wait, 400 new client id — each once) in one
/// place, `send`.
///
/// The access token is never part of any error, and it is masked from server text.
public actor NemoClient {
    /// The settings the client was made with.
    public let configuration: CloudConfiguration
    let transport: any HTTPTransport
    let credentials: CredentialStore
    /// The render jobs record.
    public nonisolated let jobs: JobStore

    private var cachedToken: String?
    private var cachedUserID: String?
    private var cachedSession: CredentialStore.Session?

    /// - Parameter transport: the HTTP adapter; libcurl unless a test supplies another.
    public init(configuration: CloudConfiguration, transport: any HTTPTransport = CurlTransport()) {
        self.configuration = configuration
        self.transport = transport
        credentials = CredentialStore(directory: configuration.configDirectory)
        jobs = JobStore(directory: configuration.configDirectory)
    }

    // MARK: The one request funnel

    /// One endpoint call, described independently of the token and session it will use.
    struct Call: Sendable {
        var operation: String
        var method: String
        /// The path; given the session id when `needsSession`.
        var path: @Sendable (String) -> String
        var needsSession = false
        var needsToken = true
        var isTokenCall = false
        var body: HTTPRequestBody = .none
        var accept = "application/json"
        var readTimeout: Duration?
        var totalTimeout: Duration?
        var progress: (@Sendable (HTTPProgress) -> Void)?
        /// Builds the body from the session id (used instead of `body` when set).
        var makeBody: (@Sendable (String) -> HTTPRequestBody)?
    }

    /// What one attempt produced: a usable result, or a refusal to classify.
    enum Attempt<T: Sendable>: Sendable {
        case done(T)
        case refused(HTTPResponseHead, Data)
    }

    /// Sends `call` and returns the envelope payload.
    func send(_ call: Call) async throws -> JSONValue {
        try await send(call, response: .memory) { response in
            switch Envelope.payload(status: response.status, headers: response.head.headers, body: response.body) {
            case .success(let v): return .done(v)
            case .failure: return .refused(response.head, response.body)
            }
        }
    }

    /// Sends `call`, lets `interpret` judge each response, and applies the retry policies to
    /// refusals. Transport failures are mapped to `CloudError` and never retried here.
    func send<T: Sendable>(_ call: Call, response destination: HTTPResponseDestination,
                           interpret: @Sendable (HTTPResponse) throws -> Attempt<T>) async throws -> T {
        var retried: Set<RetryReason> = []
        var usedToken: String?
        do {
            while true {
                let token = call.needsToken ? try await token() : nil
                usedToken = token
                let sid = call.needsSession ? try await session().sessionID : ""
                let request = try makeRequest(call, token: token, sessionID: sid, response: destination)
                let response: HTTPResponse
                do {
                    response = try await transport.perform(request)
                } catch let e as TransportError {
                    throw Self.map(e, operation: call.operation)
                }
                let head: HTTPResponseHead, body: Data
                switch try interpret(response) {
                case .done(let value): return value
                case .refused(let h, let b): (head, body) = (h, b)
                }
                let failure: Envelope.Failure
                switch Envelope.payload(status: head.status, headers: head.headers, body: body) {
                case .failure(let f): failure = f
                case .success: failure = Envelope.Failure(status: head.status, message: "unexpected response")
                }
                let reason = failure.retryReason(isTokenCall: call.isTokenCall)
                guard let reason, !retried.contains(reason), try await prepareRetry(reason, failure, call) else {
                    throw failure.cloudError(operation: call.operation, config: configuration, userID: cachedUserID,
                                             isTokenCall: call.isTokenCall)
                }
                retried.insert(reason)
            }
        } catch let e as CloudError {
            throw e.redacting(usedToken).redacting(configuration.fixedToken)
        }
    }

    /// Gets ready to retry after `failure`; false when this reason cannot be retried here.
    private func prepareRetry(_ reason: RetryReason, _ failure: Envelope.Failure, _ call: Call) async throws -> Bool {
        switch reason {
        case .token:
            guard configuration.fixedToken == nil, call.needsToken else { return false }
            cachedToken = nil
            try credentials.clearToken()
        case .session:
            guard call.needsSession else { return false }
            cachedSession = nil
            try credentials.removeSession(for: configuration.projectDirectory)
        case .rateLimit:
            let wait = RetryAfter.parse(failure.retryAfter) ?? configuration.rateLimitWait
            guard wait <= configuration.maxRateLimitWait else {
                throw CloudError(.rateLimited, "The cloud is rate limiting requests and asks to wait \(RetryAfter.text(wait)).",
                                 suggestion: "Try again after that.", httpStatus: failure.status, serverCode: failure.code)
            }
            try await configuration.clock.pause(for: wait)
        case .clientID:
            cachedToken = nil
            try credentials.regenerateClientID()
        }
        return true
    }

    private func makeRequest(_ call: Call, token: String?, sessionID: String,
                             response: HTTPResponseDestination) throws -> HTTPRequest {
        var headers: [(name: String, value: String)] = [("Accept", call.accept)]
        if let token { headers.append(("Authorization", "Bearer \(token)")) }
        headers.append(("X-Client-Id", try credentials.identity().clientID))
        headers += configuration.attribution.headers
        let body = call.makeBody?(sessionID) ?? call.body
        let limits = configuration.limits
        var total = call.totalTimeout
        if total == nil {
            if case .multipart = body { total = limits.uploadTimeout } else if case .file = response { total = limits.downloadTimeout } else {
                total = limits.requestTimeout
            }
        }
        var request = HTTPRequest(method: call.method, url: configuration.url(call.path(sessionID)), headers: headers,
                                  body: body, response: response, connectTimeout: configuration.connectTimeout,
                                  readTimeout: call.readTimeout ?? configuration.readTimeout,
                                  totalTimeout: total, progress: call.progress)
        request.maxMemoryBytes = limits.maxJSONBytes
        request.maxFileBytes = limits.maxDownloadBytes
        request.maxRedirects = limits.maxRedirects
        return request
    }

    /// A transport failure as the user sees it.
    static func map(_ e: TransportError, operation: String) -> CloudError {
        var error = mapKind(e, operation: operation)
        error.requestMayHaveArrived = e.kind == .timedOut || e.kind == .connectionLost
        return error
    }

    private static func mapKind(_ e: TransportError, operation: String) -> CloudError {
        switch e.kind {
        case .cannotConnect, .tls:
            return CloudError(.unreachable, "Cannot reach the NemoVideo cloud to \(operation): \(e.detail).",
                              suggestion: "Check the network (and --api-url / NEMO_API_URL), or render locally with `reel render` (no --cloud).")
        case .timedOut where !e.receivedResponse:
            return CloudError(.unreachable, "The NemoVideo cloud did not answer (\(operation)): \(e.detail).",
                              suggestion: "Check the network and try again, or render locally with `reel render` (no --cloud).")
        case .timedOut:
            return CloudError(.timedOut, "The cloud stopped sending data during \(operation): \(e.detail).",
                              suggestion: "Try again; the network may be slow or unstable.")
        case .connectionLost:
            return CloudError(.connectionLost, "The connection broke during \(operation): \(e.detail).",
                              suggestion: "Try again when the network is stable.")
        case .file:
            return CloudError(.localFile, "A local file failed during \(operation): \(e.detail).",
                              suggestion: "Check the file and free disk space.")
        case .limitExceeded:
            return CloudError(.limitExceeded, "Reel stopped reading the cloud's answer (\(operation)): \(e.detail).",
                              suggestion: "Reel limits what it accepts from the network (README, Security). Check --api-url / NEMO_API_URL; if it is the NemoVideo service, report this.")
        case .other:
            return CloudError(.server, "The request to \(operation) failed: \(e.detail).", suggestion: "Try again.")
        }
    }

    // MARK: Token and session

    /// The token to use: `NEMO_TOKEN`, else the stored anonymous token while valid, else a new one.
    func token() async throws -> String {
        if let fixed = configuration.fixedToken { return fixed }
        if let cachedToken { return cachedToken }
        let id = try credentials.identity()
        if let t = id.token, (id.expiresAt ?? .distantFuture) > Date().addingTimeInterval(60) {
            cachedToken = t
            cachedUserID = id.userID
            return t
        }
        let data = try await send(Call(operation: "get an access token", method: "POST",
                                       path: { _ in "/api/auth/anonymous-token" }, needsToken: false, isTokenCall: true))
        guard let token = data["token"]?.stringValue, !token.isEmpty else {
            throw CloudError(.invalidResponse, "The cloud's token response has no token.", suggestion: "Try again later.")
        }
        let expires = data["expires_at"]?.stringValue.flatMap(Self.parseDate)
        let userID = data["user_id"]?.stringValue
        try credentials.saveToken(token, userID: userID, expiresAt: expires)
        cachedToken = token
        cachedUserID = userID
        return token
    }

    /// This project's session: the kept one, else a new one (kept for next time).
    func session() async throws -> CredentialStore.Session {
        if let cachedSession { return cachedSession }
        if let kept = credentials.session(for: configuration.projectDirectory), CloudIdentifier.isValid(kept.sessionID) {
            cachedSession = kept
            return kept
        }
        let name = configuration.projectDirectory.lastPathComponent
        let body = JSONValue.object(["task_name": .string(name.isEmpty || name == "/" ? "project" : name),
                                     "language": .string(configuration.language)])
        let data = try await send(Call(operation: "start a cloud session", method: "POST",
                                       path: { _ in "/api/tasks/me/with-session/nemo_agent" }, body: .json(body)))
        guard let sid = data["session_id"].flatMap(Self.idString) else {
            throw CloudError(.invalidResponse, "The cloud's session response has no session id.", suggestion: "Try again later.")
        }
        let taskID = try data["task_id"].flatMap(Self.idString).map { try CloudIdentifier.check($0, what: "task id") }
        let session = CredentialStore.Session(sessionID: try CloudIdentifier.check(sid, what: "session id"), taskID: taskID)
        try credentials.saveSession(session, for: configuration.projectDirectory)
        cachedSession = session
        return session
    }

    /// The id of this project's session (created if needed).
    public func sessionID() async throws -> String { try await session().sessionID }

    /// Ids may be strings or numbers.
    static func idString(_ v: JSONValue) -> String? {
        if let s = v.stringValue, !s.isEmpty { return s }
        if let i = v.intValue { return String(i) }
        return nil
    }

    static func parseDate(_ s: String) -> Date? {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let d = f.date(from: s) { return d }
        f.formatOptions = [.withInternetDateTime]
        return f.date(from: s)
    }
}

extension HTTPRequestBody {
    /// A JSON body.
    static func json(_ value: JSONValue) -> HTTPRequestBody {
        let enc = JSONEncoder()
        enc.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return .bytes((try? enc.encode(value)) ?? Data("{}".utf8), contentType: "application/json")
    }
}
