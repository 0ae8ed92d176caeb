import Foundation

/// Reading and writing the draft JSON (`t` tracks, `tt` type, `sg` segments, `d` ms, `m` metadata).
extension Timeline {
    /// Decodes a draft. Unknown keys are kept; missing segment starts `s` on a video track are
    /// chained (each begins where the previous ends, less its transition's overlap).
    ///
    /// - Parameter file: named in errors.
    /// - Throws: `DraftError` naming the JSON path of the first problem.
    public init(draftJSON data: Data, file: String? = nil) throws {
        let root: JSONValue
        do {
            root = try JSONDecoder().decode(JSONValue.self, from: data)
        } catch {
            throw DraftError(file: file, path: "", message: "is not valid JSON (\(Self.describe(error))). Check the file with a JSON validator.")
        }
        do {
            self = try DraftReader().timeline(from: root)
        } catch var e as DraftError {
            e.file = file
            throw e
        }
        do { try validate() } catch var e as DraftError {
            e.file = file
            throw e
        }
    }

    /// Reads and decodes a draft file.
    public init(contentsOf url: URL) throws {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw DraftError(file: url.path, path: "", message: "cannot be read (\(error.localizedDescription)).")
        }
        try self.init(draftJSON: data, file: url.path)
    }

    /// The draft as a JSON value: Reel's keys merged over the kept unknown ones.
    public var draftValue: JSONValue { DraftWriter().value(of: self) }

    /// The draft as pretty-printed JSON with sorted keys (stable output for diffs and tests).
    public func draftJSON() -> Data {
        let enc = JSONEncoder()
        enc.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return (try? enc.encode(draftValue)) ?? Data("{}".utf8)
    }

    private static func describe(_ error: any Error) -> String {
        if case DecodingError.dataCorrupted(let ctx) = error {
            return (ctx.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String ?? ctx.debugDescription
        }
        return "\(error)"
    }
}

/// Turns a parsed draft into the model, tracking the JSON path for errors.
struct DraftReader {
    func timeline(from root: JSONValue) throws -> Timeline {
        guard var top = root.objectValue else { throw DraftError(path: "", message: "the draft must be a JSON object, got \(root.typeName)") }
        var timeline = Timeline()
        if let m = top.removeValue(forKey: "m") {
            var meta = try object(m, "m")
            let w = try meta.removeValue(forKey: "width").map { try int($0, "m.width") }
            let h = try meta.removeValue(forKey: "height").map { try int($0, "m.height") }
            let fps = try meta.removeValue(forKey: "fps").map { try int($0, "m.fps") }
            timeline.profile = OutputProfile(width: w ?? 1920, height: h ?? 1080, fps: fps ?? 30)
            timeline.metadata = meta
        }
        top.removeValue(forKey: "d") // derived from the segments; written back fresh
        if let t = top.removeValue(forKey: "t") {
            guard let arr = t.arrayValue else { throw DraftError(path: "t", message: "must be an array of tracks, got \(t.typeName)") }
            timeline.tracks = try arr.enumerated().map { try track($1, "t[\($0)]") }
        }
        timeline.extra = top
        return timeline
    }

    private func track(_ v: JSONValue, _ path: String) throws -> Track {
        var o = try object(v, path)
        let code = try o.removeValue(forKey: "tt").map { try int($0, path + ".tt") } ?? 0
        var t = Track(kind: TrackKind(code: code))
        var nextStart = 0
        if let sg = o.removeValue(forKey: "sg") {
            guard let arr = sg.arrayValue else { throw DraftError(path: path + ".sg", message: "must be an array of segments, got \(sg.typeName)") }
            for (i, item) in arr.enumerated() {
                let s = try segment(item, "\(path).sg[\(i)]", defaultStart: nextStart)
                t.segments.append(s)
                nextStart = s.endMs
                if i + 1 < arr.count, t.kind == .video, let next = arr[i + 1]["tr"], next != .null {
                    let d = try transition(next, "\(path).sg[\(i + 1)].tr").durationMs
                    nextStart -= d
                }
            }
        }
        t.extra = o
        return t
    }

    private func segment(_ v: JSONValue, _ path: String, defaultStart: Int) throws -> Segment {
        var o = try object(v, path)
        let src = try o.removeValue(forKey: "src").flatMap { $0 == .null ? nil : try string($0, path + ".src") }
        let start = try o.removeValue(forKey: "s").map { try time($0, path + ".s") } ?? defaultStart
        guard let dv = o.removeValue(forKey: "d") else { throw DraftError(path: path + ".d", message: "is missing: every segment needs a duration in milliseconds") }
        let d = try time(dv, path + ".d")
        var seg = Segment(source: src, startMs: start, durationMs: d)
        if let tr = o.removeValue(forKey: "tr"), tr != .null { seg.transition = try transition(tr, path + ".tr") }
        if let kb = o.removeValue(forKey: "kb"), kb != .null { seg.kenBurns = try kenBurns(kb, path + ".kb") }
        if let f = o.removeValue(forKey: "fit"), f != .null {
            let name = try string(f, path + ".fit")
            guard let mode = FitMode(rawValue: name) else {
                throw DraftError(path: path + ".fit", message: "unknown fit mode \"\(name)\" (use one of: \(FitMode.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            seg.fit = mode
        }
        if let f = o.removeValue(forKey: "focus"), f != .null { seg.focus = try focus(f, path + ".focus") }
        if let vol = o.removeValue(forKey: "v"), vol != .null { seg.volume = try number(vol, path + ".v") }
        if let text = o.removeValue(forKey: "text"), text != .null { seg.text = try string(text, path + ".text") }
        seg.extra = o
        return seg
    }

    func transition(_ v: JSONValue, _ path: String) throws -> Transition {
        var o = try object(v, path)
        let k = try o.removeValue(forKey: "k").map { try string($0, path + ".k") } ?? "crossfade"
        guard let kind = TransitionKind(rawValue: k) else {
            throw DraftError(path: path + ".k", message: "unknown transition \"\(k)\" (use one of: \(TransitionKind.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        let d = try o.removeValue(forKey: "d").map { try time($0, path + ".d") } ?? (kind == .cut ? 0 : 500)
        return Transition(kind: kind, durationMs: d, extra: o)
    }

    private func kenBurns(_ v: JSONValue, _ path: String) throws -> KenBurns {
        var o = try object(v, path)
        let from = try o.removeValue(forKey: "from").map { try viewport($0, path + ".from") } ?? .identity
        let to = try o.removeValue(forKey: "to").map { try viewport($0, path + ".to") } ?? .identity
        var ease: Easing?
        if let e = o.removeValue(forKey: "ease"), e != .null {
            let name = try string(e, path + ".ease")
            guard let curve = Easing(rawValue: name) else {
                throw DraftError(path: path + ".ease", message: "unknown easing \"\(name)\" (use one of: \(Easing.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            ease = curve
        }
        return KenBurns(from: from, to: to, ease: ease, extra: o)
    }

    private func focus(_ v: JSONValue, _ path: String) throws -> Focus {
        if v.stringValue == "auto" { return .auto }
        guard let o = v.objectValue else {
            throw DraftError(path: path, message: "must be \"auto\" or an object {\"x\": 0…1, \"y\": 0…1}, got \(v.stringValue.map { "\"\($0)\"" } ?? v.typeName)")
        }
        let x = try o["x"].map { try number($0, path + ".x") } ?? 0.5
        let y = try o["y"].map { try number($0, path + ".y") } ?? 0.5
        guard (0...1).contains(x), (0...1).contains(y) else {
            throw DraftError(path: path, message: "x and y must be between 0 and 1 (a point of the photo), got \(x), \(y)")
        }
        return .point(x: x, y: y)
    }

    private func viewport(_ v: JSONValue, _ path: String) throws -> Viewport {
        let o = try object(v, path)
        return Viewport(zoom: try o["zoom"].map { try number($0, path + ".zoom") } ?? 1,
                        x: try o["x"].map { try number($0, path + ".x") } ?? 0.5,
                        y: try o["y"].map { try number($0, path + ".y") } ?? 0.5)
    }

    private func object(_ v: JSONValue, _ path: String) throws -> [String: JSONValue] {
        guard let o = v.objectValue else { throw DraftError(path: path, message: "must be an object, got \(v.typeName)") }
        return o
    }
    private func int(_ v: JSONValue, _ path: String) throws -> Int {
        guard let i = v.intValue else { throw DraftError(path: path, message: "must be a whole number, got \(v.typeName == "a number" ? "\(v.doubleValue!)" : v.typeName)") }
        return i
    }
    /// A whole number of milliseconds no further from 0 than ``DraftLimits/draftTimeMs`` allows
    /// (negative starts and lengths are left to `validate()`, which explains them).
    private func time(_ v: JSONValue, _ path: String) throws -> Int {
        let ms = try int(v, path)
        let most = DraftLimits.draftTimeMs.upperBound
        guard ms <= most else { throw DraftError(path: path, message: "must be at most \(most) ms (a day), got \(ms)") }
        guard ms >= -most else { throw DraftError(path: path, message: "must be at least 0 ms, got \(ms)") }
        return ms
    }
    private func number(_ v: JSONValue, _ path: String) throws -> Double {
        guard let d = v.doubleValue else { throw DraftError(path: path, message: "must be a number, got \(v.typeName)") }
        return d
    }
    private func string(_ v: JSONValue, _ path: String) throws -> String {
        guard let s = v.stringValue else { throw DraftError(path: path, message: "must be a string, got \(v.typeName)") }
        return s
    }
}

/// Turns the model back into draft JSON.
struct DraftWriter {
    func value(of t: Timeline) -> JSONValue {
        var top = t.extra
        var m = t.metadata
        m["width"] = .int(t.profile.width)
        m["height"] = .int(t.profile.height)
        m["fps"] = .int(t.profile.fps)
        top["m"] = .object(m)
        top["d"] = .int(t.durationMs)
        top["t"] = .array(t.tracks.map(track))
        return .object(top)
    }

    private func track(_ tr: Track) -> JSONValue {
        var o = tr.extra
        o["tt"] = .int(tr.kind.code)
        o["sg"] = .array(tr.segments.map(segment))
        return .object(o)
    }

    private func segment(_ s: Segment) -> JSONValue {
        var o = s.extra
        if let src = s.source { o["src"] = .string(src) }
        o["s"] = .int(s.startMs)
        o["d"] = .int(s.durationMs)
        if let tr = s.transition {
            var t = tr.extra
            t["k"] = .string(tr.kind.rawValue)
            t["d"] = .int(tr.durationMs)
            o["tr"] = .object(t)
        }
        if let kb = s.kenBurns {
            var k = kb.extra
            k["from"] = viewport(kb.from)
            k["to"] = viewport(kb.to)
            if let e = kb.ease { k["ease"] = .string(e.rawValue) }
            o["kb"] = .object(k)
        }
        if let f = s.fit { o["fit"] = .string(f.rawValue) }
        switch s.focus {
        case .auto?: o["focus"] = .string("auto")
        case .point(let x, let y)?: o["focus"] = .object(["x": .double(x), "y": .double(y)])
        case nil: break
        }
        if let v = s.volume { o["v"] = .double(v) }
        if let text = s.text { o["text"] = .string(text) }
        return .object(o)
    }

    private func viewport(_ v: Viewport) -> JSONValue {
        .object(["zoom": .double(v.zoom), "x": .double(v.x), "y": .double(v.y)])
    }
}
