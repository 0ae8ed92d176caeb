import Foundation
import ReelAV
import ReelCloud
import ReelCompositor
import ReelImageIO
import ReelText
import ReelTimeline

// The one place where the libraries' errors become `ReelError`s. Messages stay the libraries'
// own words; only the kind, the file and the JSON path are added.
extension ReelError {
    /// `error` as a `ReelError`: its kind, the file and JSON path it names, and its message.
    ///
    /// - Parameter videoTrack: the index of the timeline's video track, so a failure in its
    ///   segment `i` is placed at `t[videoTrack].sg[i]`.
    public init(_ error: any Error, videoTrack: Int = 0) {
        switch error {
        case let e as ReelError:
            self = e
        case is RenderCancelled, is CancellationError:
            self.init(.cancelled, "\(error)", underlying: error)
        case let e as DiskFullError:
            self.init(.diskFull, e.description, file: e.output.path, underlying: e)
        case let e as InputError:
            self.init(.badInput, e.description, file: e.file, path: e.path, underlying: e)
        case let e as DraftError:
            self.init(.badInput, e.description, file: e.file, path: e.path.isEmpty ? nil : e.path, underlying: e)
        case let e as ImageDecodeError:
            self.init(e.kind == .unsupportedType ? .unsupported : .badInput, e.description, file: e.path, underlying: e)
        case let e as StillLoadError:
            self.init(segment: e.segment, "photo", e.underlying, videoTrack: videoTrack, whole: e)
        case let e as ClipLoadError:
            self.init(segment: e.segment, "clip", e.underlying, videoTrack: videoTrack, whole: e)
        case let e as ClipFileError:
            self.init(e.problem == .unsupportedCodec ? .unsupported : .badInput, e.description, file: e.path, underlying: e)
        case let e as AudioFileError:
            let unsupported = e.problem == .unsupportedCodec || e.problem == .notAudio
            self.init(unsupported ? .unsupported : .badInput, e.description, file: e.path, underlying: e)
        case let e as FontError:
            self.init(.badInput, e.description, file: e.file, underlying: e)
        case let e as AVError:
            self.init(e.kind == .outputNotWritable ? .outputNotWritable : .failed, e.description, file: e.path, underlying: e)
        case let e as CloudError:
            self.init(Self.kind(of: e.kind), e.description, underlying: e)
        default:
            self.init(.failed, "\(error)", underlying: error)
        }
    }

    /// A failure in segment `segment` of the video track: the kind of what went wrong inside,
    /// placed at the segment's real JSON path.
    private init(segment: Int, _ what: String, _ inner: any Error, videoTrack: Int, whole: any Error) {
        let path = "t[\(videoTrack)].sg[\(segment)]"
        let cause = ReelError(inner, videoTrack: videoTrack)
        self.init(cause.kind, "\(what) \(segment + 1) (\(path)): \(inner)", file: cause.file, path: path, underlying: whole)
    }

    /// The kind of a cloud failure.
    static func kind(of cloud: CloudError.Kind) -> Kind {
        switch cloud {
        case .unreachable, .timedOut, .connectionLost: .cloudUnreachable
        case .invalidToken, .missingClientID, .outOfCredits, .planBlocked, .pathNotAllowed: .cloudNotAllowed
        case .rateLimited, .renderTimedOut, .chatDropped: .cloudBusy
        case .unsupportedFileType, .fileTooLarge, .nothingToExport, .unknownJob: .cloudRefused
        case .configuration: .cloudConfiguration
        case .localFile: .outputNotWritable
        case .cancelled: .cancelled
        default: .cloudFailed
        }
    }
}
