/// A problem with the inputs (a photo, draft, path or option value), naming the path and what
/// to do. The facade reports it as a ``ReelError`` of kind `badInput`.
public struct InputError: Error, CustomStringConvertible, Sendable {
    /// The whole message: the file or option, what is wrong, what to do.
    public let description: String
    /// The file involved, when there is one.
    public let file: String?
    /// The JSON path in the draft of the value involved, when there is one.
    public let path: String?

    /// An error with its message, and the file and JSON path it concerns when known.
    public init(_ description: String, file: String? = nil, path: String? = nil) {
        self.description = description
        self.file = file
        self.path = path
    }
}
