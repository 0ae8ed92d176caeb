import Foundation

/// The sound of a video: music segments placed on the video's time line, mixed to 48 kHz
/// stereo and encoded as AAC-LC next to the H.264 stream (see `VideoFileWriter`).
///
/// Segments may overlap; overlapping segments are added together. Where no segment plays
/// there is silence. The audio lasts exactly as long as the video: segments are cut at its end,
/// and a segment that reaches the end of `durationMs` ends (with its fade-out) on the video's
/// last sample.
///
/// ```swift
/// var song = AudioMix.Segment(url: song, startMs: 0, durationMs: 25_500)
/// song.volume = 0.35; song.fadeInMs = 1000; song.fadeOutMs = 2000; song.loops = true
/// let writer = try VideoFileWriter(url: out, options: options,
///                                  audio: AudioMix(segments: [song], durationMs: 25_500))
/// ```
public struct AudioMix: Sendable, Hashable {
    /// One music file playing over a span of the video.
    public struct Segment: Sendable, Hashable {
        /// The audio file (mp3, m4a/aac, wav, flac, ogg, or anything else libav decodes).
        public var url: URL
        /// Where the segment starts on the video's time line, ms.
        public var startMs: Int
        /// How long it plays, ms.
        public var durationMs: Int
        /// Gain applied to the file's samples, 0…1 (1 plays the file as it is).
        public var volume: Double
        /// Linear fade from silence over the segment's first `fadeInMs`.
        public var fadeInMs: Int
        /// Linear fade to silence over the segment's last `fadeOutMs`, ending with the segment.
        public var fadeOutMs: Int
        /// Where in the file playing starts, ms.
        public var sourceOffsetMs: Int
        /// When the file (from `sourceOffsetMs`) is shorter than the segment, play it again from
        /// there, crossfading its end into its start; otherwise silence follows it.
        public var loops: Bool
        /// Length of the crossfade between repeats, ms (at most half the repeated part).
        public var loopCrossfadeMs: Int
        /// Background music, or a clip's own sound (which ducks the music while it plays).
        public var role: Role

        /// A segment playing `url` from `startMs` for `durationMs`; see the properties for the rest.
        public init(url: URL, startMs: Int, durationMs: Int, volume: Double = 1, fadeInMs: Int = 0,
                    fadeOutMs: Int = 0, sourceOffsetMs: Int = 0, loops: Bool = false, loopCrossfadeMs: Int = 500,
                    role: Role = .music) {
            self.url = url
            self.startMs = startMs
            self.durationMs = durationMs
            self.volume = volume
            self.fadeInMs = fadeInMs
            self.fadeOutMs = fadeOutMs
            self.sourceOffsetMs = sourceOffsetMs
            self.loops = loops
            self.loopCrossfadeMs = loopCrossfadeMs
            self.role = role
        }

        /// End on the video's time line, ms (exclusive).
        public var endMs: Int { startMs + durationMs }
    }

    /// What a segment's sound is.
    public enum Role: String, Sendable, Hashable {
        /// Background music: lowered (ducked) while a clip's sound plays.
        case music
        /// A video clip's own sound.
        case clip
    }

    /// How music is lowered under clip sound.
    public struct Ducking: Sendable, Hashable {
        /// How much lower the music plays under a clip's sound, dB (default 12).
        public var depthDB: Double
        /// How long the music takes to go down before the clip's sound starts, and to come back
        /// after it ends, ms (default 300).
        public var rampMs: Int

        /// Creates a ducking setting.
        public init(depthDB: Double = 12, rampMs: Int = 300) {
            self.depthDB = depthDB
            self.rampMs = rampMs
        }
    }

    /// The segments, in any order.
    public var segments: [Segment]
    /// The length of the timeline the audio belongs to, ms (the video's length).
    public var durationMs: Int
    /// How music is lowered under clip sound.
    public var ducking: Ducking
    /// The loudness every file is brought to before its segment's volume applies; nil plays
    /// files at the level they were made (the default here; Reel's renderer sets `Loudness()`).
    public var loudness: Loudness?

    /// Creates a mix; `loudness` nil plays every file at its own level.
    public init(segments: [Segment], durationMs: Int, ducking: Ducking = Ducking(), loudness: Loudness? = nil) {
        self.segments = segments
        self.durationMs = durationMs
        self.ducking = ducking
        self.loudness = loudness
    }

    /// Throws an `AVError` of kind `.invalidOptions` for numbers that cannot be rendered.
    public func validate() throws {
        func fail(_ reason: String) -> AVError {
            AVError(.invalidOptions, operation: "plan the audio", reason: reason)
        }
        guard durationMs >= 0 else { throw fail("the audio length must not be negative, got \(durationMs) ms") }
        guard ducking.depthDB.isFinite, ducking.depthDB >= 0, ducking.rampMs >= 0 else {
            throw fail("ducking depth and ramp must not be negative")
        }
        for (i, s) in segments.enumerated() {
            let name = "audio segment \(i) (\(s.url.lastPathComponent))"
            guard s.startMs >= 0, s.durationMs > 0 else {
                throw fail("\(name) must start at 0 ms or later and last more than 0 ms (got \(s.startMs), \(s.durationMs))")
            }
            guard s.volume.isFinite, (0...1).contains(s.volume) else { throw fail("\(name): volume must be 0…1, got \(s.volume)") }
            guard s.fadeInMs >= 0, s.fadeOutMs >= 0, s.sourceOffsetMs >= 0, s.loopCrossfadeMs >= 0 else {
                throw fail("\(name): fades, offset and crossfade must not be negative")
            }
        }
    }

    /// Opens every file of the mix (without decoding it), so a missing file, a file that is not
    /// audio or one in a codec this libav cannot decode fails at once.
    ///
    /// - Throws: `AudioFileError` naming the first such file.
    public func checkFiles() throws {
        var seen = Set<URL>()
        for s in segments where seen.insert(s.url).inserted {
            _ = try AudioFileReader(url: s.url)
        }
    }
}

/// What an audio file holds, found by decoding all of it.
public struct AudioFileInfo: Sendable, Hashable {
    /// The decoded length, ms.
    public var durationMs: Int
    /// libav's decoder, e.g. `"mp3float"`, `"aac"`, `"flac"`.
    public var codec: String
    /// The file's sample rate, Hz.
    public var sampleRate: Int
    /// The file's channel count.
    public var channels: Int

    /// Decodes all of `url` to check it and measure it: fails on a file that is missing, not
    /// audio, in a codec this libav cannot decode, empty, or cut short (it ends well before its
    /// header says it does).
    ///
    /// Decoding is fast next to video encoding (a four-minute mp3 takes a fraction of a second),
    /// and it lets a render refuse bad music before it writes anything.
    ///
    /// - Throws: `AudioFileError` naming the file and what to do.
    public init(probing url: URL) throws {
        MusicAnalysis.counter.add(url)
        let reader = try AudioFileReader(url: url)
        try self.init(reader, decodedSeconds: try reader.scanToEnd(), url: url)
    }

    /// The checks of `init(probing:)` on a reader that has decoded `url` to its end.
    init(_ reader: AudioFileReader, decodedSeconds seconds: Double, url: URL) throws {
        let decodedMs = Int((seconds * 1000).rounded())
        let path = url.path
        if decodedMs == 0 {
            if let error = reader.readError {
                throw AudioFileError.damaged(path, "no sound could be read: \(libavErrorText(error))")
            }
            throw AudioFileError.empty(path)
        }
        if let declared = reader.declaredDurationMs, declared - decodedMs > max(250, declared / 100) {
            throw AudioFileError.damaged(path, "it stops after \(Self.seconds(decodedMs)) s although its header says \(Self.seconds(declared)) s")
        }
        if let error = reader.readError, error != LibAVErrorTag.invalidData {
            throw AudioFileError.damaged(path, "reading stopped after \(Self.seconds(decodedMs)) s: \(libavErrorText(error))")
        }
        durationMs = decodedMs
        codec = reader.codecName
        sampleRate = reader.sourceRate
        channels = reader.sourceChannels
    }

    private static func seconds(_ ms: Int) -> String {
        String(format: "%.1f", Double(ms) / 1000)
    }
}

/// The playing time of an audio file in ms, found by decoding it (so it is exact, and a damaged
/// file fails here rather than during a render).
///
/// - Throws: `AudioFileError` naming the file and what to do.
public func probeAudioDuration(_ url: URL) throws -> Int {
    try AudioFileInfo(probing: url).durationMs
}
