import Foundation

/// The one error the facade throws: what kind of failure it is (so an app can react without
/// reading English), the file and JSON path involved when known, and a message that names the
/// file and says what to do.
///
/// Switch over ``kind`` (`case .badInput:`, `case .cancelled:` …, with a `default:` — kinds
/// may be added without breaking callers, as with async-http-client's `HTTPClientError`). The
/// error from the library that failed stays available as ``underlying``.
///
/// ```swift
/// do {
///     try await engine.render(draft, to: url)
/// } catch let error as ReelError where error.kind == .cancelled {
///     // the user stopped it; nothing was written
/// }
/// ```
public struct ReelError: Error, CustomStringConvertible, Sendable {
    /// What kind of failure this is; compare with the static members.
    public struct Kind: Hashable, Sendable, CustomStringConvertible {
        private enum Code: String, Sendable {
            case badInput, unsupported, outputNotWritable, diskFull, cancelled
            case cloudUnreachable, cloudRefused, cloudNotAllowed, cloudBusy, cloudFailed, cloudConfiguration
            case failed
        }
        private let code: Code
        private init(_ code: Code) { self.code = code }

        /// A photo, clip, music file, font, draft value, path or option is wrong: the user can
        /// fix the input (the message says how).
        public static let badInput = Kind(.badInput)
        /// A file is in a format or codec Reel cannot read (convert it, or leave it out).
        public static let unsupported = Kind(.unsupported)
        /// The output cannot be created where it was asked for (missing or read-only folder,
        /// a folder of that name, a local copy the cloud path could not write).
        public static let outputNotWritable = Kind(.outputNotWritable)
        /// The output's disk filled up; any earlier file of that name is untouched.
        public static let diskFull = Kind(.diskFull)
        /// The task was cancelled (or the user pressed Ctrl-C); nothing partial was left.
        public static let cancelled = Kind(.cancelled)
        /// The cloud could not be reached, stopped answering or dropped the connection.
        public static let cloudUnreachable = Kind(.cloudUnreachable)
        /// The cloud refused a file or request (type, size, nothing to export, unknown render).
        public static let cloudRefused = Kind(.cloudRefused)
        /// The cloud does not allow it: token, credits, plan, or a file outside the draft's folder.
        public static let cloudNotAllowed = Kind(.cloudNotAllowed)
        /// The cloud is busy: rate limited, the render still running, a dropped chat. Try later.
        public static let cloudBusy = Kind(.cloudBusy)
        /// The cloud failed, answered nonsense or broke a limit (size, redirects, ids).
        public static let cloudFailed = Kind(.cloudFailed)
        /// The cloud settings are unusable (for example a malformed API address).
        public static let cloudConfiguration = Kind(.cloudConfiguration)
        /// Anything else: a library failure the user cannot fix by changing the input.
        public static let failed = Kind(.failed)

        /// The kind's name, e.g. `badInput`.
        public var description: String { code.rawValue }
    }

    /// What kind of failure this is.
    public let kind: Kind
    /// The whole message: what happened, naming the file, and what to do.
    public let message: String
    /// The file involved (a photo, music file, font, draft or the output), when known.
    public let file: String?
    /// The JSON path in the draft of the value or segment involved (e.g. `t[0].sg[3]`), when known.
    public let path: String?
    /// The error from the library that failed, for logging; nil when the facade raised it itself.
    public let underlying: (any Error)?

    /// Creates an error; the facade's own failures use this, everything else goes through
    /// ``init(_:videoTrack:)``.
    public init(_ kind: Kind, _ message: String, file: String? = nil, path: String? = nil, underlying: (any Error)? = nil) {
        self.kind = kind
        self.message = message
        self.file = file
        self.path = path
        self.underlying = underlying
    }

    /// The message (it already names the file and says what to do).
    public var description: String { message }
}
