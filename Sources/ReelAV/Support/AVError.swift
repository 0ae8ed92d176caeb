internal import CFFmpeg

/// A failure while encoding or writing media, with enough context to act on.
///
/// `kind` says what went wrong in general terms; `operation` names the step that failed;
/// `path` is the output file involved, when there is one.
public struct AVError: Error, CustomStringConvertible, Sendable, Equatable {
    /// A broad category of failure. New kinds may be added later.
    public struct Kind: Hashable, Sendable, CustomStringConvertible {
        private let name: String
        private init(_ name: String) { self.name = name }

        /// A libav call returned an error code.
        public static let library = Kind("library")
        /// The requested encoder (e.g. libx264) is not part of this libav build.
        public static let encoderUnavailable = Kind("encoderUnavailable")
        /// The output file cannot be created where it was asked for.
        public static let outputNotWritable = Kind("outputNotWritable")
        /// Encoding options that cannot be used (odd size, unknown preset, …).
        public static let invalidOptions = Kind("invalidOptions")
        /// A frame that does not match the writer's size.
        public static let invalidFrame = Kind("invalidFrame")
        /// A call made after the writer was finished or cancelled.
        public static let closed = Kind("closed")

        /// The kind's name, e.g. `"outputNotWritable"`.
        public var description: String { name }
    }

    /// What went wrong, in general terms.
    public let kind: Kind
    /// The step that failed, e.g. `"avcodec_open2"` or `"create output file"`.
    public let operation: String
    /// The libav error code (a negative `AVERROR` value), or 0 when the failure is not from libav.
    public let code: Int32
    /// A human-readable reason: libav's own error text, or our explanation.
    public let reason: String
    /// The output file involved, if any.
    public let path: String?

    /// Creates an error; `code` is 0 unless it comes from libav.
    public init(_ kind: Kind, operation: String, reason: String, code: Int32 = 0, path: String? = nil) {
        self.kind = kind
        self.operation = operation
        self.reason = reason
        self.code = code
        self.path = path
    }

    /// The step, the reason, libav's code when there is one, and the file: one line.
    public var description: String {
        var text = "\(operation) failed: \(reason)"
        if code != 0 { text += " (libav error \(code))" }
        if let path { text += " [\(path)]" }
        return text
    }

    /// The same error, naming `path` as the file involved.
    func at(_ path: String) -> AVError {
        AVError(kind, operation: operation, reason: reason, code: code, path: path)
    }
}

/// The single funnel from a libav return code to a typed error: negative codes throw.
@discardableResult
func check(_ rc: Int32, _ op: StaticString, path: String? = nil) throws -> Int32 {
    if rc < 0 { throw AVError(libav: rc, op, path: path) }
    return rc
}

extension AVError {
    /// Wraps a negative libav return code, with `av_strerror`'s text as the reason.
    init(libav rc: Int32, _ op: StaticString, path: String? = nil) {
        self.init(.library, operation: "\(op)", reason: libavErrorText(rc), code: rc, path: path)
    }

    /// An allocation in libav returned NULL.
    static func outOfMemory(_ op: StaticString) -> AVError {
        AVError(libav: reel_averror(ENOMEM), op)
    }
}

/// libav's description of an error code.
func libavErrorText(_ rc: Int32) -> String {
    var buffer = [CChar](repeating: 0, count: 256)
    if av_strerror(rc, &buffer, buffer.count) < 0 { return "unknown libav error \(rc)" }
    return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
}
