import Foundation

/// Everything the cloud client needs to know besides the transport: where the API is, where
/// its files live, and every wait and limit (all shortenable, which is how tests stay fast).
public struct CloudConfiguration: Sendable {
    /// The default API address.
    public static let defaultBaseURL = URL(string: "https://mega-api-prod.nemovideo.ai")!

    /// The API's base address (from `--api-url`, else `NEMO_API_URL`, else the default).
    public var baseURL: URL
    /// A token from `NEMO_TOKEN`; when set, no anonymous token is requested or stored.
    public var fixedToken: String?
    /// Where the client id, anonymous token, sessions and jobs are kept (mode 0700, files 0600).
    public var configDirectory: URL
    /// The project the session belongs to (one session per project folder).
    public var projectDirectory: URL

    /// Attribution headers sent on every call (`X-Skill-Source`, `-Version`, `-Platform`).
    public var attribution = Attribution()
    /// The `language` of new sessions.
    public var language = "en"

    /// How waits and elapsed times are measured (tests inject their own clock).
    public var clock: any CloudClock = SystemCloudClock()
    /// Time between render status polls.
    public var pollInterval: Duration = .seconds(30)
    /// Give up polling a render after this long (the job stays resumable).
    public var maxPollDuration: Duration = .seconds(30 * 60)
    /// Consecutive failed polls tolerated before giving up (the job stays resumable).
    public var maxPollFailures = 3
    /// Wait after HTTP 429 when the server sends no `Retry-After`.
    public var rateLimitWait: Duration = .seconds(30)
    /// The longest `Retry-After` honoured; longer requests fail at once with the wait named.
    public var maxRateLimitWait: Duration = .seconds(120)
    /// After a dropped chat stream: the first wait before checking the state, the wait between
    /// later checks, and the overall limit.
    public var chatDropFirstWait: Duration = .seconds(30)
    /// The wait between later state checks after a dropped chat stream.
    public var chatDropInterval: Duration = .seconds(60)
    /// How long state checks go on after a dropped chat stream before giving up.
    public var chatDropLimit: Duration = .seconds(5 * 60)
    /// How often "Still working…" may be shown while keep-alives arrive.
    public var keepAliveNoticeInterval: Duration = .seconds(120)

    /// Connection timeout for every call.
    public var connectTimeout: Duration = .seconds(15)
    /// Read timeout for ordinary calls and downloads.
    public var readTimeout: Duration = .seconds(60)
    /// Read timeout for the chat stream (keep-alives arrive well within it).
    public var chatReadTimeout: Duration = .seconds(5 * 60)
    /// Upper bound of one chat turn.
    public var chatTotalTimeout: Duration = .seconds(16 * 60)
    /// Every limit on what is accepted from the network (sizes, redirects, overall times).
    public var limits = NetworkLimits()
    /// Largest file the cloud accepts.
    public var maxUploadBytes: Int64 = 200 * 1024 * 1024
    /// Where anonymous users register for more credits when the server sends no link;
    /// `?bind=<user_id>` is appended.
    public var registrationPage = "https://nemovideo.ai/"

    /// Creates settings for the API at `baseURL`, keeping identity and sessions in
    /// `configDirectory`, for the project in `projectDirectory`.
    ///
    /// - Parameter fixedToken: a token to use instead of the anonymous one (from `NEMO_TOKEN`);
    ///   it is never written to disk.
    public init(baseURL: URL = CloudConfiguration.defaultBaseURL, fixedToken: String? = nil,
                configDirectory: URL, projectDirectory: URL) {
        self.baseURL = baseURL
        self.fixedToken = fixedToken
        self.configDirectory = configDirectory
        self.projectDirectory = projectDirectory
    }

    /// The configuration the CLI uses: `apiURL` (from `--api-url`) over `NEMO_API_URL` over the
    /// default; `NEMO_TOKEN`; `$XDG_CONFIG_HOME/reel` (else `~/.config/reel`); the attribution overrides
    /// `NEMO_SKILL_SOURCE`, `NEMO_SKILL_VERSION`, `NEMO_SKILL_PLATFORM`.
    ///
    /// - Throws: `CloudError` (`.configuration`) for a URL that is not http(s).
    public static func fromEnvironment(apiURL: String? = nil,
                                       projectDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
                                       environment: [String: String] = ProcessInfo.processInfo.environment) throws -> CloudConfiguration {
        var base = defaultBaseURL
        if let text = apiURL ?? environment["NEMO_API_URL"].flatMap({ $0.isEmpty ? nil : $0 }) {
            guard let url = URL(string: text), let scheme = url.scheme?.lowercased(),
                  scheme == "http" || scheme == "https", url.host != nil else {
                throw CloudError(.configuration, "The API URL \"\(text)\" is not an http(s) address.",
                                 suggestion: "Pass a full address such as https://api.example.com to --api-url or NEMO_API_URL.")
            }
            base = url
        }
        let configHome: URL
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") {
            configHome = URL(fileURLWithPath: xdg)
        } else {
            let home = environment["HOME"] ?? NSHomeDirectory()
            configHome = URL(fileURLWithPath: home).appendingPathComponent(".config")
        }
        let token = environment["NEMO_TOKEN"].flatMap { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : $0 }
        var config = CloudConfiguration(baseURL: base, fixedToken: token,
                                        configDirectory: configHome.appendingPathComponent("reel"),
                                        projectDirectory: projectDirectory.standardizedFileURL)
        config.attribution = Attribution.fromEnvironment(environment)
        return config
    }

    /// `path` under the base URL (keeping any path prefix the base URL has).
    func url(_ path: String) -> URL {
        var base = baseURL.absoluteString
        while base.hasSuffix("/") { base.removeLast() }
        return URL(string: base + path)!
    }
}
