/// A video clip that cannot be used, naming the file, what is wrong with it and what to do.
///
/// `description` reads like
/// `trip.mov: the video is damaged or cut short (it stops at 2.1 s although its header says 8.0 s). Use a complete copy of the clip, or leave it out.`
public struct ClipFileError: Error, CustomStringConvertible, Sendable, Equatable {
    /// What is wrong with the clip, in general terms. New problems may be added later.
    public struct Problem: Hashable, Sendable, CustomStringConvertible {
        private let name: String
        private init(_ name: String) { self.name = name }

        /// There is no file at the path (or it cannot be opened).
        public static let missing = Problem("missing")
        /// libav does not recognise the file as media.
        public static let notVideo = Problem("notVideo")
        /// The file is media, but has no picture (e.g. a song).
        public static let noVideoStream = Problem("noVideoStream")
        /// The picture is in a codec this libav build cannot decode.
        public static let unsupportedCodec = Problem("unsupportedCodec")
        /// The file ends early or is damaged part-way through.
        public static let damaged = Problem("damaged")
        /// The clip has no length, or no picture decodes from it.
        public static let empty = Problem("empty")

        /// The problem's name, e.g. `damaged`.
        public var description: String { name }
    }

    /// The containers Reel accepts for clips, as messages list them.
    public static let acceptedFormats = "mp4, mov, m4v, avi, webm, mkv with H.264, HEVC, VP9 or AV1 video"

    /// The clip, as it was named.
    public let path: String
    /// What is wrong, in general terms.
    public let problem: Problem
    /// The explanation after the path: what is wrong and what to do.
    public let message: String

    /// Creates an error.
    public init(path: String, problem: Problem, message: String) {
        self.path = path
        self.problem = problem
        self.message = message
    }

    /// The message as printed: the clip's path, then what is wrong and what to do.
    public var description: String { "\(path): \(message)" }
}

extension ClipFileError {
    static func missing(_ path: String) -> ClipFileError {
        ClipFileError(path: path, problem: .missing, message: "no such video clip; check the path")
    }

    static func notVideo(_ path: String, _ detail: String) -> ClipFileError {
        ClipFileError(path: path, problem: .notVideo,
                      message: "not a video file libav can read, or damaged (\(detail); accepted: \(acceptedFormats)). Convert it to mp4, or leave it out.")
    }

    static func noVideoStream(_ path: String) -> ClipFileError {
        ClipFileError(path: path, problem: .noVideoStream,
                      message: "has no picture to show (accepted: \(acceptedFormats)). Choose a video clip; music goes with --music.")
    }

    static func unsupportedCodec(_ path: String, _ codec: String) -> ClipFileError {
        ClipFileError(path: path, problem: .unsupportedCodec,
                      message: "its picture is in a format this FFmpeg cannot decode (\(codec); accepted: \(acceptedFormats)). Convert it to H.264 mp4, or leave it out.")
    }

    static func damaged(_ path: String, _ detail: String) -> ClipFileError {
        ClipFileError(path: path, problem: .damaged,
                      message: "the video is damaged or cut short (\(detail)). Use a complete copy of the clip, or leave it out.")
    }

    static func empty(_ path: String, _ detail: String) -> ClipFileError {
        ClipFileError(path: path, problem: .empty,
                      message: "has no picture to show (\(detail)). Choose another clip, or leave it out.")
    }
}
