internal import CFFmpeg

/// How much libav (and x264 through it) prints to standard error.
public enum LibAVLogLevel: Sendable, CaseIterable {
    /// Nothing at all.
    case quiet
    /// Only errors.
    case error
    /// Errors and warnings.
    case warning
    /// Also informational messages, such as x264's end-of-encode statistics (libav's default).
    case info
    /// Also detailed progress messages.
    case verbose

    var rawLevel: Int32 {
        switch self {
        case .quiet: AV_LOG_QUIET
        case .error: AV_LOG_ERROR
        case .warning: AV_LOG_WARNING
        case .info: AV_LOG_INFO
        case .verbose: AV_LOG_VERBOSE
        }
    }
}

extension LibAVInfo {
    /// libav's log level. It is one setting for the whole process, so apps set it once at start.
    ///
    /// Failures are reported through `AVError` whatever the level; this only affects what libav
    /// itself prints.
    public static var logLevel: LibAVLogLevel {
        get {
            let level = av_log_get_level()
            return LibAVLogLevel.allCases.last { $0.rawLevel <= level } ?? .quiet
        }
        set { av_log_set_level(newValue.rawLevel) }
    }
}
