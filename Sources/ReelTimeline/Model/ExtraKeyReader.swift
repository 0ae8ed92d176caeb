/// Reads Reel's own keys that live in a segment's `extra` (audio playback, text style):
/// leniently, where a bad value falls back to the default, or strictly, where it is a
/// `DraftError` naming the JSON path.
struct ExtraKeyReader {
    let extra: [String: JSONValue]
    /// The segment's JSON path, e.g. `t[1].sg[0]`.
    let path: String?
    let strict: Bool

    /// The value of `key`; nil when absent or null.
    func value(_ key: String) -> JSONValue? {
        guard let v = extra[key], v != .null else { return nil }
        return v
    }

    /// Reports a bad value of `key`: throws when strict, ignores it otherwise.
    func fail(_ key: String, _ message: String) throws {
        if strict { throw DraftError(path: (path ?? "") + "." + key, message: message) }
    }
}

extension JSONValue {
    /// The value as it would appear in JSON, shortened, for error messages.
    var shortText: String {
        switch self {
        case .string(let s): "\"" + (s.count > 40 ? String(s.prefix(40)) + "…" : s) + "\""
        case .int(let i): String(i)
        case .double(let d): String(d)
        case .bool(let b): String(b)
        case .null: "null"
        case .array: "an array"
        case .object: "an object"
        }
    }
}
