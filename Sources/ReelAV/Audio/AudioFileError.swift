/// A music file that cannot be used, naming the file, what is wrong with it and what to do.
///
/// `description` reads like
/// `song.xyz: not an audio file libav can read (accepted: mp3, m4a/aac, wav, flac, ogg). Convert it to mp3 or m4a.`
public struct AudioFileError: Error, CustomStringConvertible, Sendable, Equatable {
    /// What is wrong with the file, in general terms. New problems may be added later.
    public struct Problem: Hashable, Sendable, CustomStringConvertible {
        private let name: String
        private init(_ name: String) { self.name = name }

        /// There is no file at the path (or it cannot be opened).
        public static let missing = Problem("missing")
        /// libav does not recognise the file as media at all.
        public static let notAudio = Problem("notAudio")
        /// The file is media, but has no sound (a photo or a silent video).
        public static let noAudioStream = Problem("noAudioStream")
        /// The sound is in a codec this libav build cannot decode.
        public static let unsupportedCodec = Problem("unsupportedCodec")
        /// The file ends early or is damaged part-way through.
        public static let damaged = Problem("damaged")
        /// The file decodes to no sound at all.
        public static let empty = Problem("empty")

        /// The problem's name, e.g. `"damaged"`.
        public var description: String { name }
    }

    /// The formats Reel is tested with, as the error messages list them.
    public static let acceptedFormats = "mp3, m4a/aac, wav, flac, ogg"

    /// The music file, as it was named.
    public let path: String
    /// What is wrong, in general terms.
    public let problem: Problem
    /// The whole explanation after the path: what is wrong and what to do.
    public let message: String

    /// An error about the file at `path`; `message` is the text after the path.
    public init(path: String, problem: Problem, message: String) {
        self.path = path
        self.problem = problem
        self.message = message
    }

    /// The path, a colon, then the message: one line.
    public var description: String { "\(path): \(message)" }
}

extension AudioFileError {
    static func missing(_ path: String) -> AudioFileError {
        AudioFileError(path: path, problem: .missing,
                       message: "no such music file; check the path")
    }

    static func notAudio(_ path: String, _ detail: String) -> AudioFileError {
        AudioFileError(path: path, problem: .notAudio,
                       message: "not an audio file libav can read (\(detail); accepted: \(acceptedFormats)). Convert it to mp3 or m4a.")
    }

    static func noAudioStream(_ path: String) -> AudioFileError {
        AudioFileError(path: path, problem: .noAudioStream,
                       message: "has no sound to use as music (accepted: \(acceptedFormats)). Choose an audio file, or extract the sound to mp3 or m4a.")
    }

    static func unsupportedCodec(_ path: String, _ codec: String) -> AudioFileError {
        AudioFileError(path: path, problem: .unsupportedCodec,
                       message: "its sound is in a format this FFmpeg cannot decode (\(codec); accepted: \(acceptedFormats)). Convert it to mp3 or m4a.")
    }

    static func damaged(_ path: String, _ detail: String) -> AudioFileError {
        AudioFileError(path: path, problem: .damaged,
                       message: "the audio is damaged or cut short (\(detail)). Use a complete copy of the file, or convert it to mp3 or m4a again.")
    }

    static func empty(_ path: String) -> AudioFileError {
        AudioFileError(path: path, problem: .empty,
                       message: "contains no sound (it decodes to zero samples). Choose another music file.")
    }
}
