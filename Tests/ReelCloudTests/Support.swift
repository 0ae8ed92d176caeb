import Foundation
import ReelTestSupport
import Testing
@testable import ReelCloud

/// The `CloudError` a call throws, or nil (and a recorded issue) when it throws nothing or
/// something else.
func cloudError<T>(_ body: () async throws -> T, sourceLocation: SourceLocation = #_sourceLocation) async -> CloudError? {
    do {
        _ = try await body()
        Issue.record("expected a CloudError", sourceLocation: sourceLocation)
    } catch let e as CloudError {
        return e
    } catch {
        Issue.record("expected a CloudError, got \(error)", sourceLocation: sourceLocation)
    }
    return nil
}

/// POSIX permission bits of a path.
func mode(_ url: URL) -> Int {
    ((try? FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions]) as? NSNumber)?.intValue ?? -1
}
