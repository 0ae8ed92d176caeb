import Foundation

/// Reads a JSON Lines manifest (one job a line) or a folder of subfolders into batch jobs.
///
/// A manifest line is an object: `"inputs"` (a path or a list), or `"draft"`; `"output"`; and
/// any `reel render` option by its long name without the dashes — a string or number for an
/// option with a value, a list for a repeatable one (`"music"`, `"caption"`), `true` for a flag.
/// Relative paths resolve against the manifest's folder. Empty lines and lines starting with
/// `#` are skipped. The options are not checked here: the caller parses `renderArguments`
/// exactly as `reel render` does.
public enum BatchManifest {
    /// Option names whose values are paths (resolved against the manifest's folder, part of the digest).
    public static let pathOptions: Set<String> = ["music", "captions", "font"]

    /// Option names whose values are files a job writes besides its video (`poster`): resolved
    /// against the manifest's folder like `output`, not part of the digest.
    public static let outputOptions: Set<String> = ["poster"]

    /// Keys a manifest line may not set: they belong to the batch, not to one video.
    public static let batchOnlyKeys: Set<String> = ["progress", "cloud", "no-fallback", "api-url", "allow-path", "verbose", "o", "help"]

    /// A manifest at most this large is read (bounded memory on untrusted input).
    public static let maxManifestBytes = 16 << 20

    /// The jobs of the manifest at `url`; `common` (render options from the command line) come
    /// before each line's own options, so a line overrides them.
    ///
    /// - Throws: `BatchError` naming the manifest and line for unreadable or malformed lines,
    ///   missing `output`, or two jobs writing the same file.
    public static func jobs(manifest url: URL, common: [String] = []) throws -> [BatchJob] {
        let attributes = try? FileManager.default.attributesOfItem(atPath: url.path)
        if let size = attributes?[.size] as? Int, size > maxManifestBytes {
            throw BatchError("\(url.path): the manifest is larger than 16 MB; split it")
        }
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw BatchError("\(url.path): cannot read the manifest (\(error.localizedDescription))")
        }
        guard let text = String(data: data, encoding: .utf8) else { throw BatchError("\(url.path): the manifest is not UTF-8 text") }
        let folder = url.deletingLastPathComponent()
        var jobs: [BatchJob] = []
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let here = "\(url.lastPathComponent) line \(n + 1)"
            guard let object = (try? JSONDecoder().decode(JSONValue.self, from: Data(line.utf8)))?.objectValue else {
                throw BatchError("\(here): not a JSON object; write one job a line, e.g. {\"inputs\": [\"photos/a\"], \"output\": \"a.mp4\"}")
            }
            jobs.append(try job(object, index: jobs.count, line: n + 1, where: here, folder: folder, common: common))
        }
        try checkDistinctOutputs(jobs)
        return jobs
    }

    /// One job per subfolder of `dir` (natural order, hidden ones skipped): `dir/NAME` → `dir/NAME.mp4`,
    /// each with the render options `common`.
    public static func folderJobs(in dir: URL, common: [String] = []) throws -> [BatchJob] {
        let fm = FileManager.default
        let names: [String]
        do { names = try fm.contentsOfDirectory(atPath: dir.path) } catch {
            throw BatchError("\(dir.path): cannot list the folder (\(error.localizedDescription))")
        }
        let folders = names.filter { name in
            var isDir: ObjCBool = false
            return !name.hasPrefix(".") && fm.fileExists(atPath: dir.appendingPathComponent(name).path, isDirectory: &isDir) && isDir.boolValue
        }.sorted { $0.localizedStandardCompare($1) == .orderedAscending }
        guard !folders.isEmpty else { throw BatchError("\(dir.path): no subfolders; put each video's photos in a folder of its own") }
        return folders.enumerated().map { i, name in
            let input = dir.appendingPathComponent(name).standardizedFileURL
            let output = dir.appendingPathComponent(name + ".mp4").standardizedFileURL
            return BatchJob(index: i, name: name + ".mp4", output: output,
                            renderArguments: [input.path] + common + ["-o", output.path],
                            files: [input.path] + pathValues(in: common))
        }
    }

    private static func job(_ object: [String: JSONValue], index: Int, line: Int, where here: String, folder: URL, common: [String]) throws -> BatchJob {
        func resolve(_ path: String) -> String { URL(fileURLWithPath: path, relativeTo: folder).standardizedFileURL.path }
        func strings(_ key: String) throws -> [String] {
            switch object[key] {
            case .string(let s): return [s]
            case .array(let list):
                return try list.map { item in
                    guard let s = item.stringValue else { throw BatchError("\(here): \"\(key)\" must list paths as strings") }
                    return s
                }
            default: throw BatchError("\(here): \"\(key)\" must be a path or a list of paths")
            }
        }
        guard let outputName = object["output"]?.stringValue, !outputName.isEmpty else {
            throw BatchError("\(here): no \"output\"; name the video to write, e.g. \"output\": \"out/a.mp4\"")
        }
        let hasInputs = object["inputs"] != nil, hasDraft = object["draft"] != nil
        guard hasInputs != hasDraft else { throw BatchError("\(here): give \"inputs\" (photos, clips, folders) or \"draft\" (a .json draft), one of them") }
        let inputs = try strings(hasInputs ? "inputs" : "draft").map(resolve)
        guard !inputs.isEmpty else { throw BatchError("\(here): \"inputs\" is empty") }
        if hasDraft && inputs.count != 1 { throw BatchError("\(here): \"draft\" names one draft file") }

        var options: [String] = []
        var files = inputs
        for key in object.keys.sorted() where !["inputs", "draft", "output"].contains(key) {
            guard !key.isEmpty, key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" }), !key.hasPrefix("-") else {
                throw BatchError("\(here): \"\(key)\" is not an option name; write render options by their long name without dashes, e.g. \"quality\"")
            }
            if batchOnlyKeys.contains(key) { throw BatchError("\(here): \"\(key)\" applies to the whole batch; give it on the command line") }
            let value = object[key] ?? .null
            for value in value.arrayValue ?? [value] {
                switch value {
                case .bool(let flag):
                    if flag { options.append("--\(key)") }
                case .int(let i): options.append("--\(key)=\(i)")
                case .double(let d) where d.isFinite: options.append("--\(key)=\(d)")
                case .string(let text):
                    let v = pathOptions.contains(key) || outputOptions.contains(key) ? resolve(text) : text
                    if pathOptions.contains(key) { files.append(v) }
                    options.append("--\(key)=\(v)")   // `=` keeps a value such as "-1" or "--x" a value
                default: throw BatchError("\(here): \"\(key)\" must be a string, a number, true or a list of them")
                }
            }
        }
        let output = URL(fileURLWithPath: resolve(outputName))
        return BatchJob(index: index, name: outputName, output: output,
                        renderArguments: inputs + common + options + ["-o", output.path],
                        files: files + pathValues(in: common), line: line)
    }

    /// The values of path options (`--music F`, `--music=F`; or of `options`) in a command-line argument list.
    static func pathValues(in arguments: [String], of pathOptions: Set<String> = pathOptions) -> [String] {
        var found: [String] = []
        for (i, a) in arguments.enumerated() where a.hasPrefix("--") {
            let body = a.dropFirst(2)
            if let eq = body.firstIndex(of: "=") {
                if pathOptions.contains(String(body[..<eq])) { found.append(String(body[body.index(after: eq)...])) }
            } else if pathOptions.contains(String(body)), i + 1 < arguments.count {
                found.append(arguments[i + 1])
            }
        }
        return found.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
    }

    private static func checkDistinctOutputs(_ jobs: [BatchJob]) throws {
        var seen: [String: BatchJob] = [:]
        for job in jobs {
            if let first = seen[job.output.path] {
                throw BatchError("line \(job.line ?? 0) writes \(job.name) as line \(first.line ?? 0) does; give each job its own output")
            }
            seen[job.output.path] = job
        }
    }
}
