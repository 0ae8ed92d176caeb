import Foundation

/// A font file and the face to use in it (collections such as `.ttc` hold several).
public struct FontFile: Sendable, Hashable, CustomStringConvertible {
    /// The font file.
    public var path: String
    /// The face's index in the file (0 for a single-face font).
    public var index: Int

    /// Face `index` of the font file at `path`.
    public init(path: String, index: Int = 0) {
        self.path = path
        self.index = index
    }

    /// The path, followed by `#index` when the face is not the first.
    public var description: String { index == 0 ? path : "\(path)#\(index)" }
}

/// Finds fonts on this machine: fontconfig's `fc-match` first, then well-known paths (Debian's
/// fonts-dejavu-core and fonts-noto-cjk, macOS system fonts).
public struct FontLocator: Sendable {
    /// Asks for the best font for a fontconfig pattern such as `sans-serif:bold:lang=zh-cn`.
    let match: @Sendable (String) -> FontFile?
    /// Files tried, in order, when `match` finds no default font.
    let defaultPaths: [String]
    /// Files tried, in order, for CJK text when `match` finds nothing that covers it.
    let cjkPaths: [String]

    package init(match: @escaping @Sendable (String) -> FontFile?, defaultPaths: [String], cjkPaths: [String]) {
        self.match = match
        self.defaultPaths = defaultPaths
        self.cjkPaths = cjkPaths
    }

    /// The machine's fonts, through fontconfig when it is installed.
    public static let system = FontLocator(
        match: { FontConfig.match($0) },
        defaultPaths: [
            "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
            "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
            "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
            "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf",
            "/System/Library/Fonts/Supplemental/Arial Bold.ttf",
            "/System/Library/Fonts/Helvetica.ttc",
            "/Library/Fonts/Arial.ttf",
        ],
        cjkPaths: [
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc",
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
            "/System/Library/Fonts/PingFang.ttc",
            "/System/Library/Fonts/Hiragino Sans GB.ttc",
        ])

    /// Only the given file and nothing else: no default, no fallback (a machine without fonts).
    package static func only(_ files: [FontFile]) -> FontLocator {
        FontLocator(match: { _ in files.first }, defaultPaths: [], cjkPaths: [])
    }

    /// The default title font: a bold sans-serif.
    func defaultFont() -> FontFile? {
        if let f = match("sans-serif:bold") { return f }
        return defaultPaths.first { FileManager.default.isReadableFile(atPath: $0) }.map { FontFile(path: $0) }
    }

    /// Candidate fonts for characters the main font lacks, best first: for CJK text, a font for
    /// its language (Japanese when it has kana, Korean when it has hangul, else Simplified
    /// Chinese); then fontconfig's pick for the missing characters themselves.
    func fallbacks(for missing: [Unicode.Scalar]) -> [FontFile] {
        var out: [FontFile] = []
        func add(_ f: FontFile?) { if let f, !out.contains(f) { out.append(f) } }
        if missing.contains(where: \.isCJK) {
            let lang = missing.contains(where: \.isKana) ? "ja" : missing.contains(where: \.isHangul) ? "ko" : "zh-cn"
            add(match("sans-serif:bold:lang=\(lang)"))
            for p in cjkPaths where FileManager.default.isReadableFile(atPath: p) { add(FontFile(path: p, index: 0)) }
        }
        let charset = missing.prefix(16).map { String($0.value, radix: 16) }.joined(separator: " ")
        add(match("sans-serif:bold:charset=\(charset)"))
        return out
    }
}

/// Runs fontconfig's `fc-match`; answers are remembered for the life of the process.
enum FontConfig {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var answers: [String: FontFile?] = [:]

    /// The file fontconfig picks for `pattern`, or nil when fontconfig is missing or picks
    /// nothing readable.
    static func match(_ pattern: String) -> FontFile? {
        lock.lock()
        if let known = answers[pattern] { lock.unlock(); return known }
        lock.unlock()
        let found = run(pattern)
        lock.lock()
        answers[pattern] = found
        lock.unlock()
        return found
    }

    private static func run(_ pattern: String) -> FontFile? {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["fc-match", "-f", "%{file}\n%{index}\n", pattern]
        let pipe = Pipe()
        p.standardOutput = pipe
        p.standardError = FileHandle.nullDevice
        p.standardInput = FileHandle.nullDevice
        do { try p.run() } catch { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        guard p.terminationStatus == 0 else { return nil }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        guard let file = lines.first.map(String.init), !file.isEmpty,
              FileManager.default.isReadableFile(atPath: file) else { return nil }
        let index = lines.count > 1 ? Int(lines[1]) ?? 0 : 0
        return FontFile(path: file, index: index)
    }
}
