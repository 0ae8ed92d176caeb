import Foundation

/// The attribution headers the API wants on every call (`X-Skill-Source`, `X-Skill-Version`,
/// `X-Skill-Platform`); without them an export answers HTTP 402.
///
/// Each value can be overridden by an environment variable: `NEMO_SKILL_SOURCE`,
/// `NEMO_SKILL_VERSION`, `NEMO_SKILL_PLATFORM`.
public struct Attribution: Sendable, Hashable {
    /// The skill this adapter implements, exactly as the API expects it.
    public static let defaultSource = "image-to-video-converter-ai-free"

    /// `X-Skill-Source`.
    public var source: String
    /// `X-Skill-Version`: Reel's version.
    public var version: String
    /// `X-Skill-Platform`: `clawhub`, `cursor` or `unknown`.
    public var platform: String

    /// The defaults: this skill, Reel's version, the platform detected from where Reel is installed.
    public init(source: String = Attribution.defaultSource, version: String = ReelCloudVersion.string,
                platform: String = Attribution.platform(installedAt: Attribution.installPath,
                                                        home: ProcessInfo.processInfo.environment["HOME"] ?? NSHomeDirectory())) {
        self.source = source
        self.version = version
        self.platform = platform
    }

    /// The defaults with each environment override applied (empty values are ignored).
    public static func fromEnvironment(_ environment: [String: String], installPath: String = Attribution.installPath) -> Attribution {
        func value(_ name: String) -> String? {
            guard let v = environment[name]?.trimmingCharacters(in: .whitespacesAndNewlines), !v.isEmpty,
                  v.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value < 0x7F }) else { return nil }
            return v
        }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return Attribution(source: value("NEMO_SKILL_SOURCE") ?? defaultSource,
                           version: value("NEMO_SKILL_VERSION") ?? ReelCloudVersion.string,
                           platform: value("NEMO_SKILL_PLATFORM") ?? platform(installedAt: installPath, home: home))
    }

    /// The platform from the install path: under `~/.clawhub/` → `clawhub`, under
    /// `~/.cursor/skills/` → `cursor`, else `unknown`.
    public static func platform(installedAt path: String, home: String) -> String {
        let resolved = (path as NSString).resolvingSymlinksInPath
        var root = home
        while root.hasSuffix("/") { root.removeLast() }
        for candidate in Set([path, resolved]) {
            if candidate.hasPrefix(root + "/.clawhub/") { return "clawhub" }
            if candidate.hasPrefix(root + "/.cursor/skills/") { return "cursor" }
        }
        return "unknown"
    }

    /// Where the running program lives: the path it was started by when that is absolute (a
    /// symlink under `~/.clawhub/` counts), else the executable's own path.
    public static var installPath: String {
        if let invoked = CommandLine.arguments.first, invoked.hasPrefix("/") { return invoked }
        return Bundle.main.executablePath ?? ""
    }

    /// The three header fields.
    var headers: [(name: String, value: String)] {
        [("X-Skill-Source", source), ("X-Skill-Version", version), ("X-Skill-Platform", platform)]
    }
}
