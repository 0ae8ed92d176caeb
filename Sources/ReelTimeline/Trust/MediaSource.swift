import Foundation

/// What a segment's `src` means — the one rule shared by the local renderer and the cloud
/// adapter, so a draft means the same thing to both.
///
/// - `http://` and `https://` URLs are remote media.
/// - `file://` URLs are the local file they name.
/// - `~` and `~/…` are under the home folder.
/// - Absolute paths are themselves; relative paths resolve against the draft's folder.
/// - Anything else with a URL scheme (`ftp:`, `data:`, …) is not media Reel can use.
///
/// `..` is resolved textually here; `SourceConfinement` resolves symlinks when it matters.
public enum MediaSource: Sendable, Hashable {
    /// A file on this machine (absolute, standardized).
    case local(URL)
    /// An http(s) URL.
    case remote(URL)
    /// A URL scheme Reel does not read.
    case unsupported(scheme: String)

    /// What `src` means for a draft in `base`.
    ///
    /// - Parameter home: the home folder `~` stands for (default: `HOME`).
    public static func resolve(_ src: String, base: URL,
                               home: String = ProcessInfo.processInfo.environment["HOME"] ?? NSHomeDirectory()) -> MediaSource {
        if let scheme = schemeOf(src) {
            switch scheme {
            case "http", "https":
                if let url = URL(string: src), url.host != nil { return .remote(url) }
                return .unsupported(scheme: scheme)
            case "file":
                guard let url = URL(string: src), url.isFileURL else { return .unsupported(scheme: scheme) }
                return .local(URL(fileURLWithPath: url.path).standardizedFileURL)
            default:
                return .unsupported(scheme: scheme)
            }
        }
        var path = src
        if path == "~" {
            path = home
        } else if path.hasPrefix("~/") {
            path = home + path.dropFirst(1)
        }
        if path.hasPrefix("/") { return .local(URL(fileURLWithPath: path).standardizedFileURL) }
        return .local(base.appendingPathComponent(path).standardizedFileURL)
    }

    /// The lower-cased scheme when `src` starts like a URL (`letters:` of two or more, so a
    /// Windows-style `C:` path is not a scheme).
    static func schemeOf(_ src: String) -> String? {
        guard let colon = src.firstIndex(of: ":") else { return nil }
        let scheme = src[..<colon]
        guard scheme.count > 1, let first = scheme.first, first.isASCII, first.isLetter,
              scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == ".") }) else { return nil }
        return scheme.lowercased()
    }
}

/// Which local files may leave the machine: those inside an allowed root (the draft's folder
/// tree, files and folders named on the command line, `--allow-path` folders), compared after
/// resolving symlinks and `..` on both sides, so neither `../secret` nor a symlink inside the
/// draft's folder pointing out of it gets through.
public struct SourceConfinement: Sendable {
    /// The allowed roots, symlinks resolved.
    public let roots: [URL]

    /// - Parameter roots: folders (their whole tree) and files that may be sent.
    public init(roots: [URL]) {
        self.roots = roots.map { $0.standardizedFileURL.resolvingSymlinksInPath() }
    }

    /// True when `file` (symlinks resolved) is one of the roots or lies inside one.
    public func allows(_ file: URL) -> Bool {
        let real = file.standardizedFileURL.resolvingSymlinksInPath().path
        return roots.contains { root in
            let r = root.path
            return real == r || real.hasPrefix(r.hasSuffix("/") ? r : r + "/")
        }
    }

    /// The files of `files` that are not allowed, in order.
    public func refused(_ files: [URL]) -> [URL] {
        files.filter { !allows($0) }
    }
}
