import Foundation
import ReelImageIO
import ReelTimeline

/// Photos the cloud cannot take (HEIC, HEIF, AVIF: it accepts JPEG, PNG, GIF, WebP) turned
/// into JPEG files in a temporary folder before upload: decoded as for a local render (turned
/// upright, colour profile converted to sRGB) and compressed at quality 92. Files the cloud
/// takes under another name (`.jfif`/`.jpe` JPEGs, `.m4v` MP4 clips) are linked (or copied)
/// there under the accepted extension, unchanged. The timeline's `src` entries are pointed at
/// the copies; ``removeFiles()`` deletes them afterwards.
package struct CloudPhotoStaging {
    /// Extensions converted before upload (case-insensitive).
    static let convertedExtensions: Set<String> = ["heic", "heif", "avif"]
    /// Extensions the cloud takes under another name: the same bytes are sent as the second.
    static let renamedExtensions: [String: String] = ["jfif": "jpg", "jpe": "jpg", "m4v": "mp4"]

    /// True when `file` is sent as a staged copy rather than as it is.
    static func isStaged(_ file: URL) -> Bool {
        let ext = file.pathExtension.lowercased()
        return convertedExtensions.contains(ext) || renamedExtensions[ext] != nil
    }

    /// The timeline to upload, with converted photos' `src` replaced.
    package private(set) var timeline: Timeline
    /// The temporary folder holding the copies, if any were made.
    private(set) var folder: URL?
    /// The folder of the copies as a list (empty when none were made), for the upload check.
    package var folders: [URL] { folder.map { [$0] } ?? [] }
    /// For ``init(files:)``: the files to send, HEIF photos replaced by their copies.
    package private(set) var files: [URL] = []
    private var originals: [URL: URL] = [:]

    /// Converts every local HEIF photo `timeline` uses (relative `src` against `draftFolder`).
    ///
    /// - Throws: `ImageDecodeError` naming a photo that cannot be decoded; `CloudError`
    ///   (`localFile`) when the copy cannot be written.
    package init(_ timeline: Timeline, draftFolder: URL) throws {
        self.timeline = timeline
        var converted: [String: String] = [:]
        for t in timeline.tracks.indices {
            for s in timeline.tracks[t].segments.indices {
                guard let src = timeline.tracks[t].segments[s].source,
                      let file = Self.localFile(src, relativeTo: draftFolder),
                      Self.isStaged(file) else { continue }
                if converted[src] == nil {
                    converted[src] = try stage(file, number: converted.count).path
                }
                self.timeline.tracks[t].segments[s].source = converted[src]
            }
        }
    }

    /// Prepares files given one by one (`reel cloud upload`): each HEIC/HEIF/AVIF photo is
    /// replaced by its JPEG copy, in place in the list.
    ///
    /// - Throws: as ``init(_:draftFolder:)``.
    package init(files: [URL]) throws {
        timeline = Timeline(tracks: [])
        for (index, file) in files.enumerated() {
            guard Self.isStaged(file) else {
                self.files.append(file)
                continue
            }
            let copy = try stage(file, number: index)
            originals[copy] = file
            self.files.append(copy)
        }
    }

    /// The file the user named for `file` (a copy's photo, otherwise `file` itself).
    package func original(of file: URL) -> URL {
        originals[file] ?? originals[file.standardizedFileURL] ?? file
    }

    /// Deletes the temporary copies.
    package func removeFiles() {
        if let folder { try? FileManager.default.removeItem(at: folder) }
    }

    /// The staged copy of `file` (converted or renamed), in subfolder `number` of the temporary folder.
    private mutating func stage(_ file: URL, number: Int) throws -> URL {
        guard let renamed = Self.renamedExtensions[file.pathExtension.lowercased()] else { return try convert(file, number: number) }
        do {
            let copy = try copyURL(for: file, number: number, extension: renamed)
            // A hard link costs nothing; across file systems the bytes are copied.
            do { try FileManager.default.linkItem(at: file, to: copy) } catch { try FileManager.default.copyItem(at: file, to: copy) }
            return copy
        } catch {
            removeFiles()
            throw CloudError(.localFile, "\(file.lastPathComponent) could not be prepared for upload as .\(renamed) (\(error)).",
                             suggestion: "Check that the file exists and that the temporary folder has free space, or rename it to .\(renamed) yourself.")
        }
    }

    /// Where the copy of `file` goes: one subfolder per file keeps the original name without collisions.
    private mutating func copyURL(for file: URL, number: Int, extension ext: String) throws -> URL {
        let base = folder ?? FileManager.default.temporaryDirectory
            .appendingPathComponent("reel-cloud-\(UUID().uuidString)", isDirectory: true)
        folder = base
        let dir = base.appendingPathComponent(String(number), isDirectory: true)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir.appendingPathComponent(file.deletingPathExtension().lastPathComponent + "." + ext)
    }

    private mutating func convert(_ file: URL, number: Int) throws -> URL {
        let image = try ImageDecoder().decode(file, minimumSize: nil)
        do {
            let jpeg = try JPEGEncoder.encode(image, quality: 92)
            let copy = try copyURL(for: file, number: number, extension: "jpg")
            try jpeg.write(to: copy)
            return copy
        } catch {
            removeFiles()
            throw CloudError(.localFile, "\(file.lastPathComponent) could not be converted to JPEG for upload (\(error)).",
                             suggestion: "Check free space in the temporary folder, or convert the photo to JPEG yourself.")
        }
    }

    /// The local file a `src` names (not a remote URL), by the shared rule (`MediaSource`).
    static func localFile(_ src: String, relativeTo folder: URL) -> URL? {
        guard !src.isEmpty, case .local(let file) = MediaSource.resolve(src, base: folder) else { return nil }
        return file
    }
}
