import Foundation

/// The anonymous identity and per-project sessions, kept under the config directory
/// (`client.json`, `sessions.json`; files 0600, folder 0700).
///
/// A token from `NEMO_TOKEN` is never written here.
public struct CredentialStore: Sendable {
    /// The client id and the anonymous token issued for it.
    public struct Identity: Codable, Sendable, Hashable {
        /// The client id this machine registered with (`client_id`).
        public var clientID: String
        /// The anonymous access token issued for the client id, once there is one.
        public var token: String?
        /// The user id the server gave the anonymous user (`user_id`), used in registration links.
        public var userID: String?
        /// When the token stops working (from the server's `expires_at`).
        public var expiresAt: Date?

        enum CodingKeys: String, CodingKey {
            case clientID = "client_id", token, userID = "user_id", expiresAt = "expires_at"
        }
    }

    /// The cloud session of one project folder.
    public struct Session: Codable, Sendable, Hashable {
        /// The cloud session id (`session_id`).
        public var sessionID: String
        /// The task the session is working on (`task_id`), when the server named one.
        public var taskID: String?

        enum CodingKeys: String, CodingKey { case sessionID = "session_id", taskID = "task_id" }
    }

    /// The folder holding `client.json` and `sessions.json`.
    public let directory: URL
    private var identityFile: PrivateFile<Identity> { PrivateFile(directory: directory, name: "client.json") }
    private var sessionsFile: PrivateFile<[String: Session]> { PrivateFile(directory: directory, name: "sessions.json") }

    /// A store in `directory`; nothing is read or created until it is used.
    public init(directory: URL) {
        self.directory = directory
    }

    /// The stored identity; a new client id is generated and saved when there is none.
    public func identity() throws -> Identity {
        if let id = identityFile.read(), !id.clientID.isEmpty { return id }
        return try regenerateClientID()
    }

    /// Replaces the client id with a fresh one (dropping the token that belonged to it).
    @discardableResult
    public func regenerateClientID() throws -> Identity {
        let id = Identity(clientID: UUID().uuidString.lowercased(), token: nil, userID: nil, expiresAt: nil)
        try identityFile.write(id)
        return id
    }

    /// Saves a token issued for the current client id.
    public func saveToken(_ token: String, userID: String?, expiresAt: Date?) throws {
        var id = try identity()
        id.token = token
        id.userID = userID
        id.expiresAt = expiresAt
        try identityFile.write(id)
    }

    /// Forgets the stored token (it was refused).
    public func clearToken() throws {
        guard var id = identityFile.read() else { return }
        id.token = nil
        id.expiresAt = nil
        try identityFile.write(id)
    }

    /// The session kept for `project`, if any.
    public func session(for project: URL) -> Session? {
        sessionsFile.read()?[Self.key(project)]
    }

    /// Keeps `session` for `project`.
    public func saveSession(_ session: Session, for project: URL) throws {
        var all = sessionsFile.read() ?? [:]
        all[Self.key(project)] = session
        try sessionsFile.write(all)
    }

    /// Forgets the session of `project` (the server no longer knows it).
    public func removeSession(for project: URL) throws {
        var all = sessionsFile.read() ?? [:]
        guard all.removeValue(forKey: Self.key(project)) != nil else { return }
        try sessionsFile.write(all)
    }

    private static func key(_ project: URL) -> String {
        project.standardizedFileURL.resolvingSymlinksInPath().path
    }
}
