/// What kind of media a file is, by its extension — one list per kind, read by input
/// collection, the prompt interpreter and the `reel` tool alike.
///
/// A clip segment is any video-track segment whose `src` names a video file (by its
/// extension). It keeps `src`, `s`, `d`, `tr` and `fit` like a photo; its `kb` is nil by
/// default (clips move on their own), though a draft may still give one.
public enum MediaKind: String, Sendable, Hashable {
    /// A still photo.
    case photo
    /// A video clip.
    case clip

    /// File extensions (lower case) of the photos Reel decodes (and picks up from folders).
    /// `.jfif` and `.jpe` are JPEG files under the names some browsers and old cameras give them;
    /// the decoder goes by the file's first bytes, not its name.
    public static let photoExtensions: Set<String> = ["jpg", "jpeg", "jfif", "jpe", "png", "webp", "gif", "heic", "heif", "avif"]

    /// File extensions (lower case) that are video clips: what phones and cameras record
    /// (`.3gp` from older phones, `.mts`/`.m2ts` from camcorders) next to the common containers.
    public static let clipExtensions: Set<String> = ["mp4", "mov", "m4v", "avi", "webm", "mkv", "3gp", "mts", "m2ts"]

    /// File extensions (lower case) of photos and videos Reel cannot read: camera raw files,
    /// TIFF, BMP, Photoshop documents, Windows and Flash video. A folder's files of these kinds
    /// are left out of a render with a note naming them, never silently.
    public static let unreadableExtensions: Set<String> = [
        "tif", "tiff", "bmp", "dng", "raw", "cr2", "cr3", "nef", "arw", "orf", "rw2", "raf", "srw", "pef",
        "psd", "svg", "jxl", "wmv", "flv", "rm", "rmvb", "swf",
    ]

    /// File extensions (lower case) of music files: what `reel ask` and the prompt take as
    /// music rather than photos.
    public static let audioExtensions: Set<String> = ["mp3", "m4a", "aac", "wav", "flac", "ogg", "opus"]

    /// The kind of media a `src` names, from its extension (a URL's query and fragment are ignored).
    public init(source: String) {
        self = Self.clipExtensions.contains(Self.fileExtension(of: source)) ? .clip : .photo
    }

    /// True when `path` names a music file (by ``audioExtensions``).
    public static func isAudio(_ path: String) -> Bool {
        audioExtensions.contains(fileExtension(of: path))
    }

    /// The lower-cased extension of the file a path or URL names ("" when it has none).
    public static func fileExtension(of source: String) -> String {
        var path = Substring(source)
        if let cut = path.firstIndex(where: { $0 == "?" || $0 == "#" }), source.contains("://") { path = path[..<cut] }
        let name = path.split(separator: "/").last ?? ""
        return name.split(separator: ".", omittingEmptySubsequences: false).count > 1
            ? String(name.split(separator: ".").last ?? "").lowercased() : ""
    }
}
