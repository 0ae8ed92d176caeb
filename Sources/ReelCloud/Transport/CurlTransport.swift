import Foundation
internal import CCurl
internal import CCurlShim

/// The real transport: one libcurl easy handle per request, run on its own thread so a long
/// stream never blocks Swift's cooperative pool.
///
/// TLS verification stays on (libcurl's default). Proxies come from `http_proxy`,
/// `https_proxy`, `all_proxy` and `no_proxy`, which libcurl reads itself. Cancelling the calling
/// task aborts the transfer within about a second.
public struct CurlTransport: HTTPTransport {
    /// Sent as `User-Agent` unless the request sets one.
    public var userAgent: String

    /// A transport sending `userAgent` unless a request sets its own.
    public init(userAgent: String = "Reel/\(ReelCloudVersion.string)") {
        self.userAgent = userAgent
        _ = CurlTransport.globalInit
    }

    private static let globalInit: Void = { _ = reel_curl_global_init() }()

    /// Runs `request` on a thread of its own and returns the whole response.
    ///
    /// - Throws: `TransportError` when no complete response arrived, or a limit was passed;
    ///   `CancellationError` when the calling task was cancelled.
    public func perform(_ request: HTTPRequest) async throws -> HTTPResponse {
        let transfer = try CurlTransfer(request: request, userAgent: userAgent)
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<HTTPResponse, any Error>) in
                let thread = Thread { continuation.resume(with: transfer.run()) }
                thread.name = "reel.curl"
                thread.start()
            }
        } onCancel: {
            transfer.cancel()
        }
    }
}

/// Reel's version, sent in `User-Agent` and `X-Skill-Version` and shown by `reel --version`.
public enum ReelCloudVersion {
    /// The version, e.g. `"0.1.0"`.
    public static let string = "0.1.0"
}

/// One curl transfer: its easy handle, header list and upload body, each held by its owner
/// (`CurlObjects.swift`). Callbacks reach it via its address.
final class CurlTransfer: @unchecked Sendable {
    private let request: HTTPRequest
    private let easy: CurlEasyHandle
    private var handle: UnsafeMutableRawPointer { easy.pointer }
    private let headerList = CurlStringList()
    private var mime: CurlMime?
    private let cancelLock = NSLock()
    private var cancelled = false

    // Touched only on the transfer thread.
    private var head = HTTPResponseHead(status: 0)
    private var sawFinalHead = false
    private var body = Data()
    private var output: DownloadFile?
    private var fileBytes: Int64 = 0
    /// Why a callback aborted the transfer (a limit, a full disk, the stream handler's error).
    private var abortError: (any Error)?

    init(request: HTTPRequest, userAgent: String) throws {
        easy = try CurlEasyHandle()
        self.request = request
        try configure(userAgent: userAgent)
    }

    deinit {
        output?.discard()
    }

    func cancel() {
        cancelLock.withLock { cancelled = true }
    }

    private var isCancelled: Bool { cancelLock.withLock { cancelled } }

    // MARK: Setup

    private func configure(userAgent: String) throws {
        let r = request
        try set(CURLOPT_URL, r.url.absoluteString)
        try set(CURLOPT_NOSIGNAL, 1)
        try set(CURLOPT_FOLLOWLOCATION, 1)
        try set(CURLOPT_MAXREDIRS, r.maxRedirects)
        try set(CURLOPT_PROTOCOLS_STR, "http,https")
        try set(CURLOPT_REDIR_PROTOCOLS_STR, "http,https")
        try set(CURLOPT_CONNECTTIMEOUT_MS, Int(r.connectTimeout.milliseconds))
        // A read timeout as libcurl spells it: under 1 byte/s for this many seconds.
        try set(CURLOPT_LOW_SPEED_LIMIT, 1)
        try set(CURLOPT_LOW_SPEED_TIME, max(1, Int((Double(r.readTimeout.milliseconds) / 1000).rounded(.up))))
        if let total = r.totalTimeout { try set(CURLOPT_TIMEOUT_MS, Int(total.milliseconds)) }

        var headers = r.headers.map { "\($0.name): \($0.value)" }
        if r.header("User-Agent") == nil { headers.append("User-Agent: \(userAgent)") }
        headers.append("Expect:") // no 100-continue round trip before uploads

        switch r.body {
        case .none:
            if r.method == "GET" {
                try set(CURLOPT_HTTPGET, 1)
            } else {
                try set(CURLOPT_POSTFIELDSIZE_LARGE, offset: 0)
                try set(CURLOPT_COPYPOSTFIELDS, "")
            }
        case .bytes(let data, let contentType):
            headers.append("Content-Type: \(contentType)")
            try set(CURLOPT_POSTFIELDSIZE_LARGE, offset: Int64(data.count))
            if data.isEmpty {
                try set(CURLOPT_COPYPOSTFIELDS, "")
            } else {
                let rc = data.withUnsafeBytes { raw in
                    reel_curl_setopt_pointer(handle, CURLOPT_COPYPOSTFIELDS, UnsafeMutableRawPointer(mutating: raw.baseAddress))
                }
                try check(rc, "request body")
            }
        case .multipart(let files):
            let upload = try CurlMime(for: easy)
            mime = upload
            let m = upload.pointer
            for f in files {
                let part = curl_mime_addpart(m)
                try check(curl_mime_name(part, f.field), "upload field")
                try check(curl_mime_filedata(part, f.file.path), "upload file")
                try check(curl_mime_filename(part, f.filename), "upload filename")
                try check(curl_mime_type(part, f.contentType), "upload type")
            }
            try check(reel_curl_setopt_pointer(handle, CURLOPT_MIMEPOST, UnsafeMutableRawPointer(m)), "upload")
        }
        if r.method != "GET" && r.method != "POST" { try set(CURLOPT_CUSTOMREQUEST, r.method) }
        for line in headers { try headerList.append(line) }
        try check(reel_curl_setopt_pointer(handle, CURLOPT_HTTPHEADER, UnsafeMutableRawPointer(headerList.pointer)), "headers")

        let me = Unmanaged.passUnretained(self).toOpaque()
        try check(reel_curl_set_write_callback(handle, curlWrite, me), "write callback")
        try check(reel_curl_set_header_callback(handle, curlHeader, me), "header callback")
        try check(reel_curl_set_progress_callback(handle, curlProgress, me), "progress callback")
    }

    private func set(_ option: CURLoption, _ value: Int) throws {
        try check(reel_curl_setopt_long(handle, option, value), "option")
    }

    private func set(_ option: CURLoption, _ value: String) throws {
        try check(reel_curl_setopt_string(handle, option, value), "option")
    }

    private func set(_ option: CURLoption, offset: Int64) throws {
        try check(reel_curl_setopt_offset(handle, option, curl_off_t(offset)), "option")
    }

    /// The one funnel from a libcurl setup result to a typed error.
    private func check(_ rc: CURLcode, _ what: StaticString) throws {
        guard rc != CURLE_OK else { return }
        throw TransportError(kind: .other, detail: "libcurl refused the \(what) setting: \(String(cString: curl_easy_strerror(rc)))")
    }

    // MARK: Transfer (runs on the transfer thread)

    func run() -> Result<HTTPResponse, any Error> {
        if isCancelled { return .failure(CancellationError()) }
        let rc = curl_easy_perform(handle)
        var status = 0
        _ = reel_curl_getinfo_long(handle, CURLINFO_RESPONSE_CODE, &status)
        if status != 0 { head.status = status }
        guard rc == CURLE_OK else {
            output?.discard()
            output = nil
            if isCancelled { return .failure(CancellationError()) }
            if let abortError { return .failure(abortError) }
            return .failure(transportError(rc))
        }
        if case .file(let destination) = request.response, head.isSuccess {
            do {
                let file = try output ?? DownloadFile(destination: destination)
                try file.commit()
                output = nil
                return .success(HTTPResponse(head: head, file: destination))
            } catch {
                return .failure(TransportError(kind: .file, detail: "cannot write \(destination.path): \(error)", receivedResponse: true))
            }
        }
        return .success(HTTPResponse(head: head, body: body))
    }

    private func transportError(_ rc: CURLcode) -> TransportError {
        let text = easy.errorMessage
        let detail = text.isEmpty ? String(cString: curl_easy_strerror(rc)) : text
        let kind: TransportError.Kind
        switch rc {
        case CURLE_COULDNT_RESOLVE_HOST, CURLE_COULDNT_RESOLVE_PROXY, CURLE_COULDNT_CONNECT: kind = .cannotConnect
        case CURLE_OPERATION_TIMEDOUT: kind = .timedOut
        case CURLE_SSL_CONNECT_ERROR, CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CACERT_BADFILE,
             CURLE_SSL_CERTPROBLEM, CURLE_SSL_CIPHER, CURLE_SSL_ISSUER_ERROR, CURLE_SSL_PINNEDPUBKEYNOTMATCH:
            kind = .tls
        case CURLE_RECV_ERROR, CURLE_SEND_ERROR, CURLE_PARTIAL_FILE, CURLE_GOT_NOTHING, CURLE_HTTP2, CURLE_HTTP2_STREAM:
            kind = .connectionLost
        case CURLE_WRITE_ERROR, CURLE_READ_ERROR, CURLE_FILE_COULDNT_READ_FILE: kind = .file
        case CURLE_TOO_MANY_REDIRECTS, CURLE_UNSUPPORTED_PROTOCOL: kind = .limitExceeded
        default: kind = .other
        }
        return TransportError(kind: kind, detail: detail, receivedResponse: sawFinalHead)
    }

    fileprivate func receiveHeader(_ bytes: UnsafeRawBufferPointer) {
        let line = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        if line.hasPrefix("HTTP/") {
            let parts = line.split(separator: " ", maxSplits: 2)
            let status = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
            head = HTTPResponseHead(status: status)
            sawFinalHead = !(100..<200).contains(status)
        } else if let colon = line.firstIndex(of: ":") {
            let name = line[..<colon].lowercased()
            head.headers[name] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
    }

    fileprivate func receiveBody(_ bytes: UnsafeRawBufferPointer) -> Bool {
        switch request.response {
        case .memory:
            return collect(bytes)
        case .stream(let handler):
            do { try handler(head, Data(bytes)) } catch {
                abortError = error
                return false
            }
            return true
        case .file(let destination):
            guard head.isSuccess else { return collect(bytes) }
            do {
                if output == nil {
                    try checkDeclaredSize(destination)
                    output = try DownloadFile(destination: destination)
                }
                fileBytes += Int64(bytes.count)
                guard fileBytes <= request.maxFileBytes else {
                    throw limit("the download is larger than the \(NetworkLimits.text(request.maxFileBytes)) allowed")
                }
                try output!.write(bytes)
            } catch let e as POSIXFileError where e.code == ENOSPC || e.code == EDQUOT {
                let dir = destination.deletingLastPathComponent().path
                abortError = TransportError(kind: .file, detail: "the disk holding \(dir) is full after \(NetworkLimits.text(fileBytes))"
                                            + (declaredLength.map { "; the download needs \(NetworkLimits.text($0))" } ?? ""),
                                            receivedResponse: true)
                return false
            } catch {
                abortError = (error as? TransportError)
                    ?? TransportError(kind: .file, detail: "\(error)", receivedResponse: true)
                return false
            }
        }
        return true
    }

    /// Appends to the in-memory body unless that would pass `maxMemoryBytes`.
    private func collect(_ bytes: UnsafeRawBufferPointer) -> Bool {
        let limitBytes = request.maxMemoryBytes
        if let declared = declaredLength, declared > limitBytes {
            abortError = limit("the server announced \(NetworkLimits.text(declared)); at most \(NetworkLimits.text(limitBytes)) is accepted")
            return false
        }
        guard Int64(body.count) + Int64(bytes.count) <= limitBytes else {
            abortError = limit("the answer is larger than the \(NetworkLimits.text(limitBytes)) accepted")
            return false
        }
        body.append(contentsOf: bytes)
        return true
    }

    /// Refuses a download whose announced size passes the limit or the free disk space.
    private func checkDeclaredSize(_ destination: URL) throws {
        guard let declared = declaredLength else { return }
        guard declared <= request.maxFileBytes else {
            throw limit("the server announced \(NetworkLimits.text(declared)); at most \(NetworkLimits.text(request.maxFileBytes)) is accepted")
        }
        let dir = destination.deletingLastPathComponent().path
        if let free = FreeSpace.bytes(at: dir), free < declared {
            throw TransportError(kind: .file, detail: "not enough free space in \(dir): the download needs \(NetworkLimits.text(declared)), \(NetworkLimits.text(free)) is free",
                                 receivedResponse: true)
        }
    }

    private var declaredLength: Int64? {
        head.headers["content-length"].flatMap { Int64($0.trimmingCharacters(in: .whitespaces)) }
    }

    private func limit(_ detail: String) -> TransportError {
        TransportError(kind: .limitExceeded, detail: detail, receivedResponse: true)
    }

    fileprivate func reportProgress(_ progress: HTTPProgress) -> Bool {
        if isCancelled { return false }
        request.progress?(progress)
        return true
    }
}

private let curlWrite: reel_curl_data_callback = { data, size, count, context in
    let transfer = Unmanaged<CurlTransfer>.fromOpaque(context!).takeUnretainedValue()
    let n = size * count
    return transfer.receiveBody(UnsafeRawBufferPointer(start: data, count: n)) ? n : 0
}

private let curlHeader: reel_curl_data_callback = { data, size, count, context in
    let transfer = Unmanaged<CurlTransfer>.fromOpaque(context!).takeUnretainedValue()
    transfer.receiveHeader(UnsafeRawBufferPointer(start: data, count: size * count))
    return size * count
}

private let curlProgress: reel_curl_progress_callback = { context, dlTotal, dlNow, ulTotal, ulNow in
    let transfer = Unmanaged<CurlTransfer>.fromOpaque(context!).takeUnretainedValue()
    let p = HTTPProgress(uploaded: Int64(ulNow), uploadTotal: Int64(ulTotal), downloaded: Int64(dlNow), downloadTotal: Int64(dlTotal))
    return transfer.reportProgress(p) ? 0 : 1
}

extension Duration {
    /// Whole milliseconds, rounded down.
    var milliseconds: Int64 {
        let (s, atto) = components
        return s * 1000 + atto / 1_000_000_000_000_000
    }
}
