import Foundation

/// Locates the repository's committed test inputs in `Fixtures/`.
public enum Fixtures {
    /// The `Fixtures/` folder at the repository root.
    public static var root: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // ReelTestSupport
            .deletingLastPathComponent()  // Tests
            .deletingLastPathComponent()  // repository root
            .appendingPathComponent("Fixtures", isDirectory: true)
    }

    /// A fixture by its path inside `Fixtures/`, e.g. `"photos/01-astronaut.jpg"`.
    public static func url(_ relative: String) -> URL {
        root.appendingPathComponent(relative)
    }
}
