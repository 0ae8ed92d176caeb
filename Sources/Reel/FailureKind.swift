import ReelAV
import ReelCompositor
import ReelImageIO
import ReelTimeline

/// How a failure should be reported to a user or calling program.
public enum FailureKind: Sendable {
    /// A photo, draft, path or option value is wrong; the user can fix the input.
    case badInput
    /// The output could not be created or written.
    case output
    /// The user cancelled.
    case cancelled
    /// Anything else.
    case other

    /// Classifies errors thrown by Reel's libraries.
    public init(_ error: any Error) {
        switch error {
        case is RenderCancelled: self = .cancelled
        case is DiskFullError: self = .output
        case is InputError, is DraftError, is ImageDecodeError: self = .badInput
        case let e as StillLoadError: self = FailureKind(e.underlying)
        case let e as ClipLoadError: self = FailureKind(e.underlying)
        case is ClipFileError: self = .badInput
        case let e as AVError: self = e.kind == .outputNotWritable ? .output : .other
        case is AudioFileError: self = .badInput
        default: self = .other
        }
    }
}
