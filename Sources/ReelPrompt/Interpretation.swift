import ReelTimeline

/// One thing a request asks for, in timeline terms.
public enum Setting: Sendable, Hashable {
    /// The whole video lasts this long.
    case totalDuration(ms: Int)
    /// Each photo lasts this long (segment length, overlaps included).
    case photoDuration(ms: Int)
    /// Make the whole video longer or shorter by this factor ("shorter" → 0.8).
    case scaleDuration(Double)
    /// Make the whole video longer (or, negative, shorter) by this much ("add 10 seconds").
    case addDuration(ms: Int)
    /// The whole video lasts as long as its music plays ("make it as long as the song",
    /// 视频跟音乐一样长): whole frames, as `reel render --fit-to-music` does.
    case fitToMusic
    /// The transition between photos.
    case transition(TransitionKind)
    /// Every transition lasts this long.
    case transitionDuration(ms: Int)
    /// Make transitions slower or faster by this factor ("slower transitions" → 1.5).
    case scaleTransitions(Double)
    /// Ken Burns motion style, or none.
    case motion(MotionStyle)
    /// Make the Ken Burns zoom stronger or gentler by this factor.
    case scaleZoom(Double)
    /// Output shape; the size follows from it and the resolution.
    case aspect(AspectRatio)
    /// Output resolution as the short side in pixels (720, 1080, 2160).
    case resolution(shortSide: Int)
    /// An exact output size.
    case size(width: Int, height: Int)
    /// Output frames per second.
    case frameRate(Int)
    /// Container and codec of the output.
    case format(OutputFormat)
    /// Render effort.
    case quality(RenderQuality)
    /// Background music from this file; nil when a file was not named.
    case music(source: String?)
    /// Background music volume, 0–1.
    case musicVolume(Double)
    /// Change the music volume by this amount ("louder" → +0.1).
    case adjustMusicVolume(Double)
    /// Take the music away.
    case noMusic
    /// A title over the start of the video.
    case title(String)
    /// Take the title away.
    case noTitle
    /// Reorder the photos.
    case order(PhotoOrder)
    /// Exchange two photos.
    case swapPhotos(PhotoRef, PhotoRef)
    /// Take a photo out.
    case removePhoto(PhotoRef)
    /// Keep only these photos ("only the first three", "keep photos 1, 3 and 5").
    case keepPhotos([PhotoRef])
    /// Move a photo to another position.
    case movePhoto(PhotoRef, to: PhotoRef)
    /// How photos fill the frame.
    case fit(FitMode)
    /// Where crops and zooms aim: the faces (`.auto`) or the centre (nil).
    case focus(Focus?)
    /// Keep only the photos, or only the video clips.
    case media(MediaFilter)
    /// The longest a video clip plays, ms.
    case clipMax(ms: Int)
    /// Every cut on a beat of the music.
    case beatSync
    /// Clips play their own sound (`true`) or are silent (`false`): "mute the clips", 保留原声.
    case clipAudio(on: Bool)
    /// One photo lasts this long ("make photo 3 five seconds").
    case photoLength(PhotoRef, ms: Int)
    /// Photos last longer or shorter by this factor: one photo, or every photo when nil
    /// ("make photo 3 longer", "each photo twice as long").
    case scalePhotos(PhotoRef?, Double)
    /// Photos last this much longer (negative: shorter): one photo, or every photo when nil
    /// ("make photo 3 two seconds longer", "each photo 1 second shorter", 第三张多放两秒).
    case addPhotoTime(PhotoRef?, ms: Int)
    /// The title stays on screen this long, from the start.
    case titleDuration(ms: Int)
    /// The title is shown over these photos only ("title on photo 1 only").
    case titleOn(PhotoRef, through: PhotoRef?)
    /// The title's size, as a factor of its current size ("bigger title" → 1.4).
    case scaleTitle(Double)
    /// Where the title sits in the frame.
    case titlePosition(TextPosition)
    /// Where in the music file playing starts, ms ("start the song 30 seconds in").
    case musicOffset(ms: Int)
    /// An edit of every photo that leaves these photos out: "every photo 2 seconds except the
    /// first" (their lengths stay), "zoom on every photo except the last" (it stays still), "no
    /// transitions except between photo 3 and 4" (for transitions a photo named stands for the
    /// transition into it, which is kept).
    indirect case exceptPhotos([PhotoRef], Setting)
    /// An edit of these photos only: "zoom in on photo 3" (its motion), "no movement on the first
    /// and last photo", "hard cut into photo 8" (for transitions a photo named stands for the
    /// transition into it; "between photo 2 and 3" names the one into photo 3).
    indirect case onPhotos([PhotoRef], Setting)

    /// Settings that answer the same question share a slot; within a slot the later phrase wins.
    var slot: String? {
        switch self {
        case .totalDuration, .photoDuration, .scaleDuration, .addDuration, .fitToMusic: "length"
        case .transition: "transition"
        case .transitionDuration, .scaleTransitions: "transition length"
        case .motion: "motion"
        case .scaleZoom: "zoom strength"
        case .aspect, .size: "shape"
        case .resolution: "resolution"
        case .frameRate: "frame rate"
        case .format: "format"
        case .quality: "quality"
        case .music, .noMusic: "music"
        case .musicVolume, .adjustMusicVolume: "music volume"
        case .title, .noTitle: "title"
        case .order(let o): o == .reversed ? nil : "order"
        case .swapPhotos, .removePhoto, .movePhoto, .keepPhotos: nil
        case .fit: "fit"
        case .focus: "focus"
        case .media: "media"
        case .clipMax: "clip length"
        case .beatSync: "beats"
        case .clipAudio: "clip sound"
        case .photoLength, .scalePhotos(.some, _), .addPhotoTime(.some, _): nil
        case .scalePhotos(nil, _): "length"
        case .addPhotoTime(nil, _): "length"
        case .titleDuration, .titleOn: "title time"
        case .scaleTitle: "title size"
        case .titlePosition: "title position"
        case .musicOffset: "music start"
        case .exceptPhotos(_, let s): s.slot
        // one photo's motion is not every photo's: "zoom in on photo 3" and "pan left" both hold
        case .onPhotos(let refs, let s): s.slot.map { $0 + " of " + refs.map(\.description).joined(separator: ", ") }
        }
    }
}

/// Ken Burns motion choices.
public enum MotionStyle: String, Sendable, Hashable {
    /// No motion: still photos.
    case off
    /// The default cycle of zooms and pans.
    case mixed
    /// Zooms only (in and out, alternating).
    case zoom
    /// Pans only (sideways and up/down, alternating).
    case pan
    /// Every photo zooms in.
    case zoomIn
    /// Every photo zooms out.
    case zoomOut
    /// Every photo pans to the left.
    case panLeft
    /// Every photo pans to the right.
    case panRight
    /// Every photo pans up.
    case panUp
    /// Every photo pans down.
    case panDown
}

/// A width:height shape such as 9:16.
public struct AspectRatio: Sendable, Hashable, CustomStringConvertible {
    /// The width part of the ratio (16 in 16:9).
    public var width: Int
    /// The height part of the ratio (9 in 16:9).
    public var height: Int
    /// The ratio `width`:`height`.
    public init(_ width: Int, _ height: Int) {
        self.width = width
        self.height = height
    }
    /// 16:9.
    public static let landscape = AspectRatio(16, 9)
    /// 9:16.
    public static let vertical = AspectRatio(9, 16)
    /// 1:1.
    public static let square = AspectRatio(1, 1)
    /// 4:5, the Instagram feed's portrait shape.
    public static let portrait4x5 = AspectRatio(4, 5)
    /// "16:9".
    public var description: String { "\(width):\(height)" }

    /// The output size with `shortSide` pixels on the short side (both sides even).
    public func size(shortSide: Int) -> (width: Int, height: Int) {
        let even = { (v: Double) in max(2, Int((v / 2).rounded()) * 2) }
        if width >= height {
            return (even(Double(shortSide) * Double(width) / Double(height)), even(Double(shortSide)))
        }
        return (even(Double(shortSide)), even(Double(shortSide) * Double(height) / Double(width)))
    }
}

/// The output container and codec.
public enum OutputFormat: String, Sendable, Hashable {
    /// H.264 video (and AAC audio) in MP4: the only format Reel writes.
    case mp4
}

/// How much effort the render spends.
public enum RenderQuality: String, Sendable, Hashable {
    /// Fast, lower quality: for checking a rough cut.
    case preview
    /// The default balance.
    case standard
    /// Slowest, best looking.
    case high
}

/// Which media of the inputs to use.
public enum MediaFilter: Sendable, Hashable {
    /// Photos only: the video clips are left out.
    case photosOnly
    /// Video clips only: the photos are left out.
    case clipsOnly
}

/// A photo order.
public enum PhotoOrder: Sendable, Hashable {
    /// Oldest first, by the date each photo was taken.
    case date
    /// Newest first.
    case newestFirst
    /// A shuffle that is the same every time for the same seed.
    case shuffled(seed: UInt64)
    /// The current order backwards.
    case reversed
}

/// A photo by its position as the user counts (first is 1).
public enum PhotoRef: Sendable, Hashable, CustomStringConvertible {
    /// The n-th photo, counting from 1.
    case number(Int)
    /// The first photo.
    case first
    /// The last photo.
    case last
    /// The n-th photo from the end (1 is the last).
    case fromEnd(Int)

    /// The zero-based index in a list of `count` photos, or nil when out of range.
    public func index(in count: Int) -> Int? {
        switch self {
        case .first: count > 0 ? 0 : nil
        case .last: count > 0 ? count - 1 : nil
        case .number(let n): n >= 1 && n <= count ? n - 1 : nil
        case .fromEnd(let n): n >= 1 && n <= count ? count - n : nil
        }
    }

    /// "photo 3", "the last photo".
    public var description: String {
        switch self {
        case .first: "the first photo"
        case .last: "the last photo"
        case .number(let n): "photo \(n)"
        case .fromEnd(let n): n == 1 ? "the last photo" : n == 2 ? "the photo before last" : "photo \(n) from the end"
        }
    }
}

/// One understood piece of a request: the setting and the words it came from.
public struct Change: Sendable, Hashable {
    /// What to change.
    public var setting: Setting
    /// The words of the request (normalised: lowercase, numbers as digits) it came from.
    public var phrase: String
    /// True when the value was not said but follows from the wording ("smooth" → a longer crossfade);
    /// anything said outright replaces it without counting as a conflict.
    public var implied: Bool
    /// Where the phrase starts in the normalised request (orders conflicts).
    public var position: Int
    /// How specific the phrase is, for settings that several kinds of words can give: an exact
    /// ratio or size (30) beats a platform name (20), which beats a shape word (10).
    var rank: Int = 0
    /// Where the phrase ends in the normalised request.
    var end: Int = 0

    /// A change of `setting` said with the words `phrase`.
    public init(_ setting: Setting, phrase: String, implied: Bool = false, position: Int = 0) {
        self.setting = setting
        self.phrase = phrase
        self.implied = implied
        self.position = position
    }
}

/// The changes a request asks for, conflicts already resolved, in the order they were said.
public struct RequestPlan: Sendable, Hashable {
    /// The changes, in the order they were said.
    public var changes: [Change]
    /// A plan of these changes.
    public init(changes: [Change] = []) { self.changes = changes }
    /// The settings alone.
    public var settings: [Setting] { changes.map(\.setting) }
    /// True when nothing is to change.
    public var isEmpty: Bool { changes.isEmpty }
}

/// What the interpreter made of a request.
public struct Interpretation: Sendable, Hashable {
    /// The request as given.
    public var text: String
    /// What to change.
    public var plan: RequestPlan
    /// One line per understood phrase: `"30 seconds" → total length 30 s`.
    public var understood: [String]
    /// Parts of the request that matched nothing, in the user's words.
    public var notUnderstood: [String]
    /// Phrases that disagreed, and which one was used (always the later).
    public var conflicts: [String]
    /// Adjustments made to what was asked (e.g. an unsupported frame rate), each with the reason.
    public var notes: [String]
    /// What only the cloud can do, when the request asks for it ("generate new footage").
    public var needsCloud: String?
    /// The render effort asked for (standard unless said).
    public var quality: RenderQuality
    /// The output format (always MP4).
    public var format: OutputFormat

    /// An interpretation of `text`; everything else defaults to "nothing understood".
    public init(text: String, plan: RequestPlan = RequestPlan(), understood: [String] = [], notUnderstood: [String] = [],
                conflicts: [String] = [], notes: [String] = [], needsCloud: String? = nil,
                quality: RenderQuality = .standard, format: OutputFormat = .mp4) {
        self.text = text
        self.plan = plan
        self.understood = understood
        self.notUnderstood = notUnderstood
        self.conflicts = conflicts
        self.notes = notes
        self.needsCloud = needsCloud
        self.quality = quality
        self.format = format
    }
}

extension Setting {
    /// Whether the setting changes how long things stay on screen (the video, a photo, a clip,
    /// the transitions, or which photos are shown) or how smoothly they move (the frame rate:
    /// "60fps, the rallies are fast").
    var changesPace: Bool {
        switch self {
        case .totalDuration, .photoDuration, .scaleDuration, .addDuration, .fitToMusic, .transition,
             .transitionDuration, .scaleTransitions, .photoLength, .scalePhotos, .addPhotoTime, .clipMax,
             .removePhoto, .keepPhotos, .frameRate: true
        case .exceptPhotos(_, let s), .onPhotos(_, let s): s.changesPace
        default: false
        }
    }
}
