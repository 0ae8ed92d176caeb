import Foundation
import ReelTimeline

/// The two response envelopes (`{"code":0,"data":…}` and `{"success":true,"data":…}`) and
/// what a refusal means. Errors arrive as HTTP 200 with `code != 0` / `success: false` or as a
/// non-2xx status with the same body; both read the same here.
struct Envelope {
    /// The server's refusal, before it becomes a `CloudError`.
    struct Failure: Error, Sendable {
        var status: Int
        var code: Int?
        var message: String?
        var retryAfter: String?
        var body: JSONValue?
    }

    /// The payload of a successful response: `data` when present, else the whole object.
    static func payload(status: Int, headers: [String: String], body: Data) -> Result<JSONValue, Failure> {
        let json = try? JSONDecoder().decode(JSONValue.self, from: body)
        let object = json?.objectValue
        let message = object.flatMap(Self.message(in:))
        let code = object?["code"]?.intValue ?? object?["error_code"]?.intValue ?? object?["errorCode"]?.intValue
        let failure = Failure(status: status, code: code, message: message, retryAfter: headers["retry-after"], body: json)
        guard (200..<300).contains(status) else { return .failure(failure) }
        guard let json else {
            var f = failure
            f.message = body.isEmpty ? "empty response" : "response is not JSON"
            return .failure(f)
        }
        if let code = object?["code"]?.intValue, code != 0 { return .failure(failure) }
        if object?["success"] == .bool(false) { return .failure(failure) }
        if let data = object?["data"], data != .null { return .success(data) }
        return .success(json)
    }

    /// The error text, wherever the server put it.
    static func message(in o: [String: JSONValue]) -> String? {
        for key in ["message", "msg", "detail", "error", "error_message", "errorMessage"] {
            guard let v = o[key] else { continue }
            if let s = v.stringValue, !s.isEmpty { return s }
            if let inner = v.objectValue, let s = message(in: inner) { return s }
        }
        if let data = o["data"]?.objectValue, let s = data["message"]?.stringValue ?? data["error"]?.stringValue { return s }
        return nil
    }
}

/// Why a failed call may be retried once.
enum RetryReason: Hashable {
    case token, session, rateLimit, clientID
}

extension Envelope.Failure {
    /// The retry this failure calls for, if any.
    func retryReason(isTokenCall: Bool) -> RetryReason? {
        if code == 1001 || status == 401 { return .token }
        if code == 1002 { return .session }
        if status == 429 || code == 429 { return .rateLimit }
        if status == 400 || code == 400 {
            let text = (message ?? "").lowercased()
            if isTokenCall || text.contains("client") { return .clientID }
        }
        return nil
    }

    /// The user-facing error for this failure in the context of `operation` ("export", …).
    func cloudError(operation: String, config: CloudConfiguration, userID: String?, isTokenCall: Bool = false) -> CloudError {
        let said = message.map { " The server said: \(Self.clip($0))" } ?? ""
        let statusText = "HTTP \(status)" + (code.map { ", code \($0)" } ?? "")
        switch (code, status) {
        case (1001?, _), (_, 401):
            if config.fixedToken != nil {
                return CloudError(.invalidToken, "The token in NEMO_TOKEN was refused (invalid or expired).",
                                  suggestion: "Set NEMO_TOKEN to a current token, or unset it to use an anonymous one.",
                                  httpStatus: status, serverCode: code)
            }
            return CloudError(.invalidToken, "The cloud refused a freshly issued token during \(operation).\(said)",
                              suggestion: "Try again in a few minutes; if it persists, delete \(config.configDirectory.appendingPathComponent("client.json").path).",
                              httpStatus: status, serverCode: code)
        case (1002?, _):
            return CloudError(.sessionNotFound, "The cloud lost this project's session, even after a new one was created.\(said)",
                              suggestion: "Try again; if it persists, the service may be having trouble.",
                              httpStatus: status, serverCode: code)
        case (2001?, _):
            let link = Self.link(in: body) ?? userID.map { config.registrationPage + "?bind=" + $0 }
            return CloudError(.outOfCredits, "Your NemoVideo credits are used up, so the cloud cannot \(operation).",
                              suggestion: link.map { "Register or top up at \($0), or render locally with `reel render` (no --cloud)." }
                                ?? "Top up your credits, or render locally with `reel render` (no --cloud).",
                              httpStatus: status, serverCode: code, registrationURL: link)
        case (4001?, _):
            return CloudError(.unsupportedFileType, "The cloud does not accept this file type.\(said)",
                              suggestion: "Use one of: \(UploadPolicy.acceptedExtensions.joined(separator: " ")).",
                              httpStatus: status, serverCode: code)
        case (4002?, _):
            return CloudError(.fileTooLarge, "The file is larger than the cloud accepts (at most \(UploadPolicy.megabytes(config.maxUploadBytes)) MB).\(said)",
                              suggestion: "Shrink or trim it, or render locally with `reel render` (no --cloud).",
                              httpStatus: status, serverCode: code)
        case (_, 402):
            return CloudError(.planBlocked, "The cloud refused to \(operation) on your current plan (HTTP 402).\(said)",
                              suggestion: "Upgrade the plan, or render locally with `reel render` (no --cloud).",
                              httpStatus: status, serverCode: code)
        case (_, 429), (429?, _):
            return CloudError(.rateLimited, "The cloud is rate limiting requests and still refused after waiting.",
                              suggestion: "Wait a few minutes and try again.", httpStatus: status, serverCode: code)
        case (_, 400) where retryReason(isTokenCall: isTokenCall) == .clientID:
            return CloudError(.missingClientID, "The cloud rejected this machine's client id, even after a new one was made.\(said)",
                              suggestion: "Try again later; set NEMO_TOKEN to use an account token instead.",
                              httpStatus: status, serverCode: code)
        case (_, 502), (_, 503), (_, 504):
            return CloudError(.unreachable, "The cloud service is unavailable (\(statusText)).",
                              suggestion: "Try again later, or render locally with `reel render` (no --cloud).",
                              httpStatus: status, serverCode: code)
        default:
            let kind: CloudError.Kind = (200..<300).contains(status) && body == nil ? .invalidResponse : .server
            return CloudError(kind, "The cloud could not \(operation) (\(statusText)).\(said)",
                              suggestion: status >= 500 ? "Try again later." : "Check the request; if it persists, report it with the message above.",
                              httpStatus: status, serverCode: code)
        }
    }

    /// The first http(s) link anywhere in the body (the registration link of a 2001).
    static func link(in value: JSONValue?) -> String? {
        switch value {
        case .string(let s)?:
            guard let r = s.range(of: #"https?://[^\s"'<>)]+"#, options: .regularExpression) else { return nil }
            return String(s[r])
        case .object(let o)?:
            for key in o.keys.sorted() { if let l = link(in: o[key]) { return l } }
            return nil
        case .array(let a)?:
            for v in a { if let l = link(in: v) { return l } }
            return nil
        default:
            return nil
        }
    }

    static func clip(_ s: String) -> String {
        let one = s.replacingOccurrences(of: "\n", with: " ")
        return one.count > 200 ? String(one.prefix(200)) + "…" : one
    }
}
