import Foundation

/// What a job's output was made from: its render arguments, Reel's version, and the size and
/// modification time of every input file (folders listed, a draft's media included). A job whose
/// output exists with a matching state file is skipped.
public enum BatchDigest {
    /// The digest of `job` as its inputs are now (128-bit, hex). `version` is Reel's version, so an upgrade re-renders.
    public static func digest(of job: BatchJob, version: String) -> String {
        var h = Hasher128()
        h.add("reel-batch 1 \(version)")
        for a in job.renderArguments { h.add(a) }
        for path in job.files + draftMedia(job) {
            h.add("file")
            for entry in entries(path) { h.add(entry) }
        }
        return h.hex
    }

    /// True when `job`'s output (and its poster, if it has one) exists and its state file records
    /// `digest` and the output's size.
    public static func isUpToDate(_ job: BatchJob, digest: String) -> Bool {
        guard let size = fileSize(job.output),
              let data = try? Data(contentsOf: job.stateFile), data.count < 64 << 10,
              let state = try? JSONDecoder().decode(State.self, from: data) else { return false }
        // A poster written beside the video must be there too.
        let companions = BatchManifest.pathValues(in: job.renderArguments, of: BatchManifest.outputOptions)
        return state.digest == digest && state.bytes == size && companions.allSatisfy { fileSize(URL(fileURLWithPath: $0)) != nil }
    }

    /// Records that `job`'s output was made from `digest` (written atomically, after the video).
    public static func record(_ job: BatchJob, digest: String) throws {
        let state = State(digest: digest, bytes: fileSize(job.output) ?? 0, output: job.output.lastPathComponent)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        try encoder.encode(state).write(to: job.stateFile, options: .atomic)
    }

    /// The size of a regular file, or nil.
    public static func fileSize(_ url: URL) -> Int64? {
        guard let a = try? FileManager.default.attributesOfItem(atPath: url.path),
              (a[.type] as? FileAttributeType) == .typeRegular else { return nil }
        return (a[.size] as? NSNumber)?.int64Value
    }

    struct State: Codable {
        var digest: String
        var bytes: Int64
        var output: String
    }

    /// `path size mtime` for a file; for a folder, the same for each of its visible files (sorted).
    static func entries(_ path: String) -> [String] {
        let fm = FileManager.default
        func stamp(_ p: String) -> String {
            guard let a = try? fm.attributesOfItem(atPath: p) else { return "\(p) missing" }
            let size = (a[.size] as? NSNumber)?.int64Value ?? -1
            let mtime = (a[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            return "\(p) \(size) \(String(format: "%.6f", mtime))"
        }
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue else { return [stamp(path)] }
        // The folder's own visible files, as `InputCollector` takes them (it does not descend).
        let names = ((try? fm.contentsOfDirectory(atPath: path)) ?? []).filter { !$0.hasPrefix(".") }
        return [stamp(path)] + names.sorted().prefix(100_000).map { stamp(path + "/" + $0) }
    }

    /// The local files a draft input names (its photos, clips, music), so editing one re-renders.
    static func draftMedia(_ job: BatchJob) -> [String] {
        guard let first = job.files.first, first.lowercased().hasSuffix(".json"),
              case .draft(let timeline, let file)? = try? InputCollector.collect([first]) else { return [] }
        let folder = file.deletingLastPathComponent()
        return timeline.tracks.flatMap(\.segments).compactMap(\.source).compactMap { src in
            guard case .local(let file) = MediaSource.resolve(src, base: folder) else { return nil }
            return file.path
        }
    }
}

/// Two 64-bit FNV-1a hashes with different seeds over length-prefixed strings (change
/// detection, not security).
struct Hasher128 {
    private var a: UInt64 = 0xcbf2_9ce4_8422_2325
    private var b: UInt64 = 0x8422_2325_cbf2_9ce4

    mutating func add(_ text: String) {
        let bytes = Array(text.utf8)
        for byte in withUnsafeBytes(of: UInt64(bytes.count).littleEndian, Array.init) + bytes {
            a = (a ^ UInt64(byte)) &* 0x100_0000_01b3
            b = (b ^ UInt64(byte)) &* 0x100_0000_01b3
        }
    }

    mutating func add(bytes: Data) {
        for byte in bytes {
            a = (a ^ UInt64(byte)) &* 0x100_0000_01b3
            b = (b ^ UInt64(byte)) &* 0x100_0000_01b3
        }
    }

    var hex: String { String(format: "%016llx%016llx", a, b) }
}
