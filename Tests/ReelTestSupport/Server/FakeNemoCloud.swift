import Foundation

/// A loopback server that speaks the NemoVideo protocol as CLOUD_API.md describes it, with
/// knobs for every failure a test needs. State is behind a lock; handlers run on server threads.
package final class FakeNemoCloud: @unchecked Sendable {
    /// How the poll endpoint shapes its answer.
    package enum PollShape { case dataOutputURL, topLevelOutput, unwrapped }

    /// A scripted reply that replaces the normal one once.
    package struct Injected {
        package var status: Int
        package var body: String
        package var headers: [String: String] = [:]
    }

    package let lock = NSLock()
    package private(set) var server: LoopbackServer!
    package var baseURL: URL { server.baseURL }

    // Knobs (set before or during a test, under `with`).
    package var pollShape = PollShape.dataOutputURL
    package var pollsBeforeDone = 1
    package var renderFails = false
    package var rejectFirstRenderIDAsDuplicate = false
    package var serveOutputURL = true
    package var truncateDownload = false
    package var credits = (available: 25000, frozen: 40)
    package var draft: [String: Any]? = FakeNemoCloud.sampleDraft
    /// Writes the chat stream; gets the writer and the request. Default: one ADK text reply.
    package var chat: @Sendable (ResponseWriter, ServerRequest, FakeNemoCloud) -> Void = { w, _, _ in
        w.startChunked()
        w.chunk("data: {\"content\":{\"role\":\"model\",\"parts\":[{\"text\":\"Done.\"}]},\"partial\":false}\n\n")
        w.endChunked()
    }
    /// Replies to send instead of the normal one, per path prefix, first in first out.
    package var injected: [(prefix: String, reply: Injected)] = []
    /// Handlers that answer every request whose path starts with the prefix (hostile servers:
    /// huge bodies, endless lines, redirect loops…), checked before everything else.
    package var routes: [(prefix: String, handler: @Sendable (ResponseWriter, ServerRequest) -> Void)] = []
    /// Called (outside the lock) with each request as it arrives, before it is answered: tests
    /// use it to act on an event, such as interrupting the client when a poll comes in.
    package var onRequest: (@Sendable (ServerRequest) -> Void)?
    /// The attribution source an export requires (HTTP 402 otherwise), as the API documents.
    package var requiredSkillSource = "image-to-video-converter-ai-free"

    // Observations.
    package var token = "nmv_usr_SECRETtoken0001"
    package var issuedTokens = 0
    package var sessionsCreated = 0
    package var validSessions: Set<String> = []
    package var requests: [ServerRequest] = []
    package var uploadedNames: [String] = []
    package var renders: [String: Int] = [:] // id → polls so far
    package var submittedDrafts: [[String: Any]] = []
    package let mp4: Data

    package init(mp4: Data) throws {
        self.mp4 = mp4
        server = try LoopbackServer { [unowned self] request, writer in self.handle(request, writer) }
    }

    package func with<T>(_ body: (FakeNemoCloud) -> T) -> T { lock.withLock { body(self) } }

    /// Makes the next request whose path starts with `prefix` get this reply.
    package func inject(_ prefix: String, status: Int = 200, _ body: String, headers: [String: String] = [:]) {
        with { $0.injected.append((prefix, Injected(status: status, body: body, headers: headers))) }
    }

    /// Answers every request under `prefix` with `handler` from now on.
    package func route(_ prefix: String, _ handler: @escaping @Sendable (ResponseWriter, ServerRequest) -> Void) {
        with { $0.routes.append((prefix, handler)) }
    }

    /// The paths requested so far, in order.
    package var paths: [String] { with { $0.requests.map(\.path) } }

    package func count(_ prefix: String) -> Int { with { $0.requests.filter { $0.path.hasPrefix(prefix) }.count } }

    package static var sampleDraft: [String: Any] { [
        "t": [["tt": 0, "sg": [["src": "https://cdn.example/a.jpg", "s": 0, "d": 3000],
                               ["src": "https://cdn.example/b.jpg", "s": 3000, "d": 3000]]],
              ["tt": 1, "sg": [["src": "https://cdn.example/song.mp3", "s": 0, "d": 6000, "v": 0.35]]]],
        "m": ["width": 1280, "height": 720, "fps": 30, "title": "Trip"],
        "cloud_key": ["kept": true],
    ] }

    // MARK: Handling

    private func handle(_ r: ServerRequest, _ w: ResponseWriter) {
        let (hook, route) = with { cloud in
            cloud.requests.append(r)
            return (cloud.onRequest, cloud.routes.last { r.path.hasPrefix($0.prefix) }?.handler)
        }
        hook?(r)
        if let route { return route(w, r) }
        let injectedReply: Injected? = with { cloud in
            guard let i = cloud.injected.firstIndex(where: { r.path.hasPrefix($0.prefix) }) else { return nil }
            return cloud.injected.remove(at: i).reply
        }
        if let injectedReply {
            w.respond(injectedReply.status, json: injectedReply.body, headers: injectedReply.headers)
            return
        }
        if r.path == "/api/auth/anonymous-token" { return issueToken(r, w) }
        if r.path.hasPrefix("/files/") { return serveFile(w) }
        guard r.headers["authorization"] == "Bearer " + with({ $0.token }) else {
            return w.respond(200, json: #"{"code":1001,"message":"token invalid or expired"}"#)
        }
        switch (r.method, r.path) {
        case ("GET", "/api/credits/balance/simple"):
            let c = with { $0.credits }
            w.respond(200, json: #"{"code":0,"data":{"available":\#(c.available),"frozen":\#(c.frozen),"total":\#(c.available + c.frozen)}}"#)
        case ("POST", "/api/tasks/me/with-session/nemo_agent"):
            let sid = with { cloud -> String in
                cloud.sessionsCreated += 1
                let sid = String(5529798706024415232 + cloud.sessionsCreated)
                cloud.validSessions.insert(sid)
                return sid
            }
            w.respond(200, json: #"{"code":0,"data":{"task_id":"task_\#(sid)","session_id":"\#(sid)"}}"#)
        case ("POST", "/run_sse"):
            guard sessionOK(r.json?["session_id"] as? String, w) else { return }
            let script = with { $0.chat }
            script(w, r, self)
        case ("GET", _) where r.path.hasPrefix("/api/state/nemo_agent/me/"):
            guard sessionOK(r.path.split(separator: "/")[4].description, w) else { return }
            let draft = with { $0.draft }
            let state: [String: Any] = ["draft": draft as Any? ?? NSNull(), "video_infos": [], "canvas_config": [:]]
            respondJSON(w, ["code": 0, "data": ["session_id": r.path.split(separator: "/")[4].description, "task_id": "t", "state": state]])
        case ("POST", _) where r.path.hasPrefix("/api/upload-video/nemo_agent/me/"):
            guard sessionOK(r.path.split(separator: "/").last.map(String.init), w) else { return }
            let text = String(decoding: r.body, as: UTF8.self)
            let names = text.matches(of: /filename="([^"]+)"/).map { String($0.1) }
            with { $0.uploadedNames += names }
            let files: [[String: Any]] = names.map { ["filename": $0, "file_type": "image", "cdn_url": "https://cdn.example/up/\($0)", "width": 64, "height": 64] }
            respondJSON(w, ["code": 0, "data": ["files": files, "session_state_applied": true]])
        case ("POST", "/api/render/proxy/lambda"):
            submitRender(r, w)
        case ("GET", _) where r.path.hasPrefix("/api/render/proxy/lambda/"):
            pollRender(String(r.path.dropFirst("/api/render/proxy/lambda/".count)), w)
        case ("GET", _) where r.path.hasPrefix("/api/render/proxy/") && r.path.hasSuffix("/download"):
            serveFile(w)
        default:
            w.respond(404, json: #"{"code":404,"message":"no route \#(r.path)"}"#)
        }
    }

    private func issueToken(_ r: ServerRequest, _ w: ResponseWriter) {
        guard let id = r.headers["x-client-id"], !id.isEmpty else {
            return w.respond(400, json: #"{"code":400,"message":"missing X-Client-Id"}"#)
        }
        let token = with { cloud -> String in
            cloud.issuedTokens += 1
            cloud.token = "nmv_usr_SECRETtoken\(1000 + cloud.issuedTokens)"
            return cloud.token
        }
        w.respond(200, json: #"{"code":0,"data":{"token":"\#(token)","user_id":"anon_42","expires_at":"2099-01-01T00:00:00Z","credits":100}}"#)
    }

    private func sessionOK(_ sid: String?, _ w: ResponseWriter) -> Bool {
        if let sid, with({ $0.validSessions.contains(sid) }) { return true }
        w.respond(200, json: #"{"code":1002,"message":"session not found"}"#)
        return false
    }

    private func submitRender(_ r: ServerRequest, _ w: ResponseWriter) {
        guard r.headers["x-skill-source"] == with({ $0.requiredSkillSource }), r.headers["x-skill-version"] != nil,
              r.headers["x-skill-platform"] != nil else {
            return w.respond(402, json: #"{"success":false,"error":"attribution required"}"#)
        }
        guard let body = r.json, let id = body["id"] as? String, body["sessionId"] is String,
              let draft = body["draft"] as? [String: Any] else {
            return w.respond(400, json: #"{"success":false,"error":"bad render request"}"#)
        }
        let duplicate = with { cloud -> Bool in
            if cloud.rejectFirstRenderIDAsDuplicate {
                cloud.rejectFirstRenderIDAsDuplicate = false
                return true
            }
            cloud.renders[id] = 0
            cloud.submittedDrafts.append(draft)
            return false
        }
        if duplicate { return w.respond(409, json: #"{"success":false,"error":"duplicate render id"}"#) }
        w.respond(200, json: #"{"success":true,"data":{"id":"\#(id)","status":"pending","progress":5}}"#)
    }

    private func pollRender(_ id: String, _ w: ResponseWriter) {
        let (polls, known, shape, fails, needed, withURL) = with { c in
            let n = (c.renders[id] ?? 0) + 1
            if c.renders[id] != nil { c.renders[id] = n }
            return (n, c.renders[id] != nil, c.pollShape, c.renderFails, c.pollsBeforeDone, c.serveOutputURL)
        }
        guard known else { return w.respond(404, json: #"{"success":false,"error":"render not found"}"#) }
        let done = polls > needed
        let status = done ? (fails ? "failed" : "completed") : (polls == 1 ? "pending" : "processing")
        let progress = done ? 100 : min(95, polls * 30)
        let url = withURL && done && !fails ? "\(baseURL.absoluteString)/files/\(id).mp4" : nil
        let err = fails && done ? #","error":"codec exploded""# : ""
        switch shape {
        case .dataOutputURL:
            let u = url.map { #","outputUrl":"\#($0)""# } ?? ""
            w.respond(200, json: #"{"success":true,"data":{"id":"\#(id)","status":"\#(status)","progress":\#(progress)\#(u)\#(err)}}"#)
        case .topLevelOutput:
            let u = url.map { #","output":{"url":"\#($0)"}"# } ?? ""
            w.respond(200, json: #"{"success":true,"data":{"id":"\#(id)","status":"\#(status)","progress":\#(progress)\#(err)}\#(u)}"#)
        case .unwrapped:
            let u = url.map { #","output":{"url":"\#($0)"}"# } ?? ""
            w.respond(200, json: #"{"id":"\#(id)","status":"\#(status)","progress":\#(progress)\#(err)\#(u)}"#)
        }
    }

    private func serveFile(_ w: ResponseWriter) {
        if with({ $0.truncateDownload }) {
            // Declares the whole length, sends half, then drops.
            w.write("HTTP/1.1 200 OK\r\nContent-Type: video/mp4\r\nContent-Length: \(mp4.count)\r\nConnection: close\r\n\r\n")
            w.write(mp4.prefix(mp4.count / 2))
            w.drop()
            return
        }
        w.respond(200, mp4, type: "video/mp4")
    }

    private func respondJSON(_ w: ResponseWriter, _ object: [String: Any]) {
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
        w.respond(200, data)
    }
}
