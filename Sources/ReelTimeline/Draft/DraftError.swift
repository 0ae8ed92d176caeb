/// A problem with a draft, naming where in the JSON it is and what is wrong.
///
/// `description` reads like `trip.json: t[0].sg[3].d: duration must be positive (got -5)`.
public struct DraftError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The draft file, when the draft came from one.
    public var file: String?
    /// JSON path of the offending value, e.g. `t[0].sg[3].tr.k`.
    public var path: String
    /// What is wrong, and where it helps, what to do.
    public var message: String

    /// A problem at `path` in the draft (in `file`, when known), with what is wrong.
    public init(file: String? = nil, path: String, message: String) {
        self.file = file
        self.path = path
        self.message = message
    }

    /// `file: path: message`, leaving out what is unknown.
    public var description: String {
        let prefix = file.map { "\($0): " } ?? ""
        return path.isEmpty ? prefix + message : prefix + path + ": " + message
    }
}
