import Foundation

/// Where a draft stores its media: a `src` re-expressed when the draft is saved in another
/// folder, so it still names the same file.
extension MediaSource {
    /// The home folder `~` stands for when none is given: `HOME`, else the user's home.
    public static var defaultHome: String {
        ProcessInfo.processInfo.environment["HOME"] ?? NSHomeDirectory()
    }

    /// `file` as a draft in `folder` stores it: relative when it lies inside `folder` (so the
    /// folder can be moved as a whole), else its absolute path.
    public static func draftPath(for file: URL, in folder: URL) -> String {
        let base = folder.standardizedFileURL.path
        let prefix = base.hasSuffix("/") ? base : base + "/"
        let path = file.standardizedFileURL.path
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }

    /// `src` of a draft whose relative paths resolve against `oldBase`, written for the same
    /// draft saved in `newBase`, naming the same file:
    ///
    /// - a file inside `newBase` becomes a plain relative path;
    /// - a relative `src` outside it stays relative, re-expressed from `newBase` (`../…`),
    ///   unless the two share no folder but `/`, when it becomes absolute;
    /// - absolute paths, `~/…` and `file://` URLs outside `newBase` mean the same from any
    ///   folder and stay as written;
    /// - http(s) URLs, other schemes and an empty `src` stay as written.
    public static func rebase(_ src: String, from oldBase: URL, to newBase: URL, home: String = defaultHome) -> String {
        guard !src.isEmpty, case .local(let file) = resolve(src, base: oldBase, home: home) else { return src }
        let inside = draftPath(for: file, in: newBase)
        if !inside.hasPrefix("/") { return inside }
        guard isRelative(src) else { return src }
        return relativePath(to: file, from: newBase) ?? file.path
    }

    /// True when `src` is a path relative to the draft's folder (not absolute, not under `~`,
    /// not a URL).
    public static func isRelative(_ src: String) -> Bool {
        !src.hasPrefix("/") && src != "~" && !src.hasPrefix("~/") && schemeOf(src) == nil
    }

    /// `file` as a path relative to `folder` with `..` steps, or nil when the two share no
    /// folder but the root.
    static func relativePath(to file: URL, from folder: URL) -> String? {
        let target = file.standardizedFileURL.pathComponents, here = folder.standardizedFileURL.pathComponents
        var common = 0
        while common < target.count, common < here.count, target[common] == here[common] { common += 1 }
        guard common > 1 else { return nil }
        let ups = Array(repeating: "..", count: here.count - common)
        return (ups + target[common...]).joined(separator: "/")
    }
}

/// Saving a draft in another folder.
extension Timeline {
    /// Re-expresses every `src` (and every title's `font`) that names a local file, for this
    /// draft saved in `newBase` when its relative paths resolved against `oldBase` (by
    /// ``MediaSource/rebase(_:from:to:home:)``). Remote URLs are left as they are.
    public mutating func rebaseSources(from oldBase: URL, to newBase: URL, home: String = MediaSource.defaultHome) {
        for t in tracks.indices {
            for s in tracks[t].segments.indices {
                if let src = tracks[t].segments[s].source {
                    tracks[t].segments[s].source = MediaSource.rebase(src, from: oldBase, to: newBase, home: home)
                }
                if tracks[t].kind == .text, case .string(let font)? = tracks[t].segments[s].extra["font"] {
                    tracks[t].segments[s].extra["font"] = .string(MediaSource.rebase(font, from: oldBase, to: newBase, home: home))
                }
            }
        }
    }

    /// This timeline with its local sources re-expressed for a draft in `newBase` (see
    /// ``rebaseSources(from:to:home:)``).
    public func rebasingSources(from oldBase: URL, to newBase: URL, home: String = MediaSource.defaultHome) -> Timeline {
        var copy = self
        copy.rebaseSources(from: oldBase, to: newBase, home: home)
        return copy
    }
}
