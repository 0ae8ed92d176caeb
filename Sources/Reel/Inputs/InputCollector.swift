import Foundation
import ReelAV
import ReelTimeline

/// What the user pointed Reel at: photos (from files and folders) or one draft file.
public enum RenderInput: Sendable {
    /// Photo and clip files in the order they will appear.
    case photos([URL])
    /// A draft and the folder its relative `src` paths resolve against.
    case draft(Timeline, file: URL)
}

/// Collects photos from files and folders, or reads a draft.
public enum InputCollector {
    /// Photo extensions picked up from folders (case-insensitive); files named directly are always tried.
    public static var photoExtensions: Set<String> { MediaKind.photoExtensions }

    /// Everything picked up from folders: photos and video clips (`MediaKind.clipExtensions`).
    public static var mediaExtensions: Set<String> { photoExtensions.union(MediaKind.clipExtensions) }

    /// The slideshow items for collected files: photos as they are, clips with their playing
    /// time (each clip is opened and its first picture decoded, so a bad clip fails here).
    ///
    /// - Throws: `ClipFileError` naming a clip that cannot be used.
    public static func slideshowItems(_ urls: [URL]) throws -> [SlideshowItem] {
        try urls.map { url in
            guard MediaKind(source: url.path) == .clip else { return .photo(url.path) }
            return .clip(url.path, durationMs: try ClipInfo(probing: url).durationMs)
        }
    }

    /// Expands `paths`: image and clip files in the order given, folders' photos and clips in natural order
    /// ("2.jpg" before "10.jpg"), or a single `.json` draft.
    public static func collect(_ paths: [String]) throws -> RenderInput {
        guard !paths.isEmpty else { throw InputError("no input given: name photos, folders of photos, or a draft .json file") }
        let fm = FileManager.default
        if paths.count == 1, paths[0].lowercased().hasSuffix(".json") {
            let url = URL(fileURLWithPath: paths[0]).standardizedFileURL
            guard fm.fileExists(atPath: url.path) else { throw InputError("\(paths[0]): no such draft file") }
            return .draft(try Timeline(contentsOf: url), file: url)
        }
        var photos: [URL] = []
        for p in paths {
            let url = URL(fileURLWithPath: p).standardizedFileURL
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: url.path, isDirectory: &isDir) else {
                throw InputError("\(p): no such file or folder")
            }
            if p.lowercased().hasSuffix(".json") {
                throw InputError("\(p): a draft must be the only input (got \(paths.count) inputs)")
            }
            if isDir.boolValue {
                let names = (try? fm.contentsOfDirectory(atPath: url.path)) ?? []
                let found = names.filter { !$0.hasPrefix(".") && mediaExtensions.contains(($0 as NSString).pathExtension.lowercased()) }
                    .filter { isFile(url.appendingPathComponent($0)) }
                    .sorted(by: naturalLess)
                if found.isEmpty {
                    throw InputError("\(p): the folder has no photos or clips (looked for \(mediaExtensions.sorted().joined(separator: ", ")) files)")
                }
                photos += found.map { url.appendingPathComponent($0) }
            } else {
                photos.append(url)
            }
        }
        return .photos(photos)
    }

    /// True when `url` is a regular file, or a link that leads to one: a folder named like a photo
    /// (`Album.jpg/`), a link pointing nowhere or a link loop in a folder is not media.
    static func isFile(_ url: URL) -> Bool {
        var info = stat()
        return stat(url.path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
    }

    /// The files in the folders among `paths` that look like photos or videos Reel cannot read
    /// (``MediaKind/unreadableExtensions``: camera raw, TIFF, BMP, …), by path in natural order,
    /// so the caller can say which files a render leaves out. Hidden files are not listed;
    /// files named directly are not either (they fail with their own error).
    public static func unreadableFiles(in paths: [String]) -> [String] {
        let fm = FileManager.default
        var found: [String] = []
        for p in paths {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: p, isDirectory: &isDir), isDir.boolValue else { continue }
            let names = (try? fm.contentsOfDirectory(atPath: p)) ?? []
            let folder = URL(fileURLWithPath: p)
            found += names.filter { !$0.hasPrefix(".") && MediaKind.unreadableExtensions.contains(($0 as NSString).pathExtension.lowercased()) }
                .filter { isFile(folder.appendingPathComponent($0)) }
                .sorted(by: naturalLess)
                .map { folder.appendingPathComponent($0).path }
        }
        return found
    }

    /// A one-line note naming the files ``unreadableFiles(in:)`` found (at most five by name,
    /// then how many more), and what to do; nil when there are none.
    public static func unreadableNote(_ files: [String]) -> String? {
        guard !files.isEmpty else { return nil }
        let names = files.prefix(5).map { ($0 as NSString).lastPathComponent }.joined(separator: ", ")
        let more = files.count > 5 ? " and \(files.count - 5) more" : ""
        let count = files.count == 1 ? "1 file" : "\(files.count) files"
        return "left out \(count) Reel cannot read: \(names)\(more) (camera raw, TIFF, BMP and similar files are not supported: export them as JPEG or HEIC to include them)"
    }

    /// Natural order: digit runs compare by value, letters case-insensitively ("img2" < "img10").
    public static func naturalLess(_ a: String, _ b: String) -> Bool {
        let x = Array(a.lowercased().unicodeScalars), y = Array(b.lowercased().unicodeScalars)
        var i = 0, j = 0
        while i < x.count && j < y.count {
            let dx = x[i].properties.numericType != nil && x[i].isASCII, dy = y[j].properties.numericType != nil && y[j].isASCII
            if dx && dy {
                var si = i, sj = j
                while si < x.count && x[si].isASCII && x[si].properties.numericType != nil { si += 1 }
                while sj < y.count && y[sj].isASCII && y[sj].properties.numericType != nil { sj += 1 }
                let nx = String(String.UnicodeScalarView(x[i..<si])).drop { $0 == "0" }
                let ny = String(String.UnicodeScalarView(y[j..<sj])).drop { $0 == "0" }
                if nx.count != ny.count { return nx.count < ny.count }
                if nx != ny { return nx < ny }
                i = si; j = sj
            } else {
                if x[i] != y[j] { return x[i].value < y[j].value }
                i += 1; j += 1
            }
        }
        if (x.count - i) != (y.count - j) { return (x.count - i) < (y.count - j) }
        return a < b
    }
}
