import Foundation
import Reel

// Every line the CLI prints can hold text Reel did not write (server replies, file names from
// drafts, prompts), so the module's `print` is this one: the text passes through
// `TerminalText.sanitized` (escape sequences removed, other control characters shown escaped,
// newline and tab kept) before it reaches stdout. Reel's own control characters (the progress
// bar's carriage return) are written with `Terminal.raw`.

/// `Swift.print` with the text made terminal-safe.
func print(_ items: Any..., separator: String = " ", terminator: String = "\n") {
    let text = items.map { "\($0)" }.joined(separator: separator)
    Terminal.out(text + terminator)
}

/// The CLI's two output streams, terminal-safe.
enum Terminal {
    /// Writes `text`, sanitized, to stdout.
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(TerminalText.sanitized(text).utf8))
    }

    /// Writes `text`, sanitized, to stderr.
    static func err(_ text: String) {
        FileHandle.standardError.write(Data(TerminalText.sanitized(text).utf8))
    }

    /// Writes Reel's own bytes to stderr as they are; only for text Reel composed itself.
    static func raw(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
