import Foundation
import ReelPrompt
import ReelTimeline

/// The files a plain-words request came with (`reel ask "…" INPUT…`), sorted the one way
/// Reel reads them: music files by extension (`MediaKind.audioExtensions`), everything else
/// photos, clips, folders of them, or one draft `.json`.
public struct PromptInputs: Sendable {
    /// Every input, as given.
    public let inputs: [String]
    /// The music files among them, as given.
    public let music: [String]
    /// The rest: photos, clips, folders, or one draft.
    public let photoInputs: [String]

    /// Sorts `inputs` into music and the rest.
    public init(_ inputs: [String]) {
        self.inputs = inputs
        music = inputs.filter(MediaKind.isAudio)
        photoInputs = inputs.filter { !MediaKind.isAudio($0) }
    }

    /// The music files as absolute, standardized paths (what the draft editor adds).
    public var musicFiles: [String] {
        music.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
    }

    /// The photos and clips given (folders expanded, in order), or nil when none were, or the
    /// inputs are a draft or cannot be read.
    public var photos: [String]? {
        guard !photoInputs.isEmpty, case .photos(let urls)? = try? InputCollector.collect(photoInputs) else { return nil }
        return urls.map(\.path)
    }

    /// The draft to edit and where it lives.
    public struct Draft: Sendable {
        /// The draft as read, or nil when a new one is to be made from the photos.
        public var timeline: Timeline?
        /// The folder its relative sources resolve against (nil: the working directory).
        public var base: URL?
        /// The file to write it back to (nil: a draft given as an input, which is not edited).
        public var file: URL?
    }

    /// The draft a request edits: `draftPath` (read when it exists; a new `.json` file to be
    /// made from the photos when it does not), else a single `.json` input, else none. Photos
    /// given are checked now, so a bad path fails before anything is planned.
    ///
    /// - Throws: `InputError` when an existing draft is given together with photos, a new
    ///   draft is not a `.json` file, or an input does not exist; `DraftError` for a bad draft.
    public func draft(_ draftPath: String?) throws -> Draft {
        if let draftPath {
            let url = URL(fileURLWithPath: draftPath).standardizedFileURL
            if FileManager.default.fileExists(atPath: url.path) {
                if !photoInputs.isEmpty {
                    throw InputError("\(draftPath) already exists: edit it without photos, or name a new draft file to start from the photos")
                }
                return Draft(timeline: try Timeline(contentsOf: url), base: url.deletingLastPathComponent(), file: url)
            }
            guard url.pathExtension.lowercased() == "json" else { throw InputError("\(draftPath): a draft must be a .json file") }
            if !photoInputs.isEmpty { _ = try InputCollector.collect(photoInputs) } // report bad paths now
            return Draft(timeline: nil, base: nil, file: url)
        }
        if photoInputs.count == 1, photoInputs[0].lowercased().hasSuffix(".json"),
           case .draft(let t, let file) = try InputCollector.collect(photoInputs) {
            return Draft(timeline: t, base: file.deletingLastPathComponent(), file: nil)
        }
        if !photoInputs.isEmpty { _ = try InputCollector.collect(photoInputs) }
        return Draft(timeline: nil, base: nil, file: nil)
    }

    /// Carries out `plan` offline: on the draft when there is one, else as a first cut of the
    /// photos given (with this request's music). Nil when there is neither a draft nor photos.
    ///
    /// - Parameter firstCut: the slideshow options a first cut starts from (the `reel` tool
    ///   asks for `focus: .auto`).
    /// - Throws: `DraftError` when the result cannot be rendered (e.g. too short for its photos).
    public func carryOut(_ plan: RequestPlan, on draft: Draft, firstCut: SlideshowOptions = SlideshowOptions()) throws -> DraftEdit? {
        let editor = editor(base: draft.base)
        if let t = draft.timeline { return try editor.apply(plan, to: t) }
        guard let photos else { return nil }
        return try editor.makeTimeline(plan, photos: photos, options: firstCut)
    }

    /// A draft editor reading photo dates and clip lengths from the files (sources resolved
    /// against `base` by `MediaSource`, the working directory when nil), with this request's
    /// music.
    public func editor(base: URL?) -> DraftEditor {
        let folder = base ?? URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let file: @Sendable (String) -> URL? = { src in
            if case .local(let url) = MediaSource.resolve(src, base: folder) { return url }
            return nil
        }
        return DraftEditor(photoDate: { src in file(src).flatMap(photoDate) },
                           musicFiles: musicFiles,
                           clipDuration: { src in file(src).flatMap(clipDurationMs) },
                           musicDuration: { src in file(src).flatMap { try? LocalRenderer.musicDurationMs($0) } })
    }
}
