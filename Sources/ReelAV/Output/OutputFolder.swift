import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one check of the folder a video (or its temporary file) is written into: the facade asks
/// it before any work starts, `AtomicOutput` again when it reserves the temporary file.
package enum OutputFolder {
    /// Why a folder cannot take the output.
    package enum Problem: Sendable, Equatable {
        /// Nothing exists at that path.
        case missing
        /// Something exists there, but not a folder.
        case notAFolder
        /// A folder this process may not create files in.
        case notWritable
    }

    /// What keeps `directory` from taking a new file, or `nil` when nothing does.
    package static func problem(_ directory: String) -> Problem? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) else { return .missing }
        guard isDirectory.boolValue else { return .notAFolder }
        guard access(directory, W_OK | X_OK) == 0 else { return .notWritable }
        return nil
    }
}
