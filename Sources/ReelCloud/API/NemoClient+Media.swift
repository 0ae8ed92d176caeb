import Foundation
import ReelTimeline

/// Credit balance: what can be spent, what is held by running jobs, and the sum.
public struct Credits: Sendable, Hashable {
    /// Credits that can be spent now.
    public var available: Int
    /// Credits held by running jobs until they finish.
    public var frozen: Int
    /// Available and frozen credits together.
    public var total: Int
}

/// A file the cloud now holds.
public struct UploadedMedia: Sendable, Hashable {
    /// The local file that was sent.
    public var localFile: URL
    /// The name the server recorded.
    public var filename: String
    /// `image`, `video`, `audio`, … as the server says.
    public var fileType: String?
    /// Where the cloud serves it; drafts refer to this.
    public var url: String
    /// The picture's width in pixels, when the server reports it.
    public var width: Int?
    /// The picture's height in pixels, when the server reports it.
    public var height: Int?
}

/// Upload progress across all files of one `upload` call.
public struct UploadProgress: Sendable, Hashable {
    /// The file being sent (0-based) and how many there are.
    public var fileIndex: Int
    /// How many files the call sends.
    public var fileCount: Int
    /// Bytes of all files sent so far.
    public var bytesSent: Int64
    /// Bytes of all files together.
    public var totalBytes: Int64
}

extension NemoClient {
    /// The credit balance.
    public func credits() async throws -> Credits {
        let data = try await send(Call(operation: "read the credit balance", method: "GET",
                                       path: { _ in "/api/credits/balance/simple" }))
        guard let available = data["available"]?.intValue else {
            throw CloudError(.invalidResponse, "The cloud's credit balance has no `available` figure.", suggestion: "Try again later.")
        }
        let frozen = data["frozen"]?.intValue ?? 0
        return Credits(available: available, frozen: frozen, total: data["total"]?.intValue ?? available + frozen)
    }

    /// Uploads `files` into this project's session, one request per file, each streamed from
    /// disk. Type and size are checked for every file before anything is sent.
    ///
    /// - Returns: the cloud URLs, in the order of `files`.
    public func upload(_ files: [URL], progress: (@Sendable (UploadProgress) -> Void)? = nil) async throws -> [UploadedMedia] {
        let sizes = try files.map { try UploadPolicy.check($0, limit: configuration.maxUploadBytes) }
        let total = sizes.reduce(0, +)
        var done: Int64 = 0
        var result: [UploadedMedia] = []
        for (i, file) in files.enumerated() {
            let before = done
            let count = files.count
            let part = MultipartFile(field: "files", file: file, contentType: UploadPolicy.contentType(for: file)!)
            let size = sizes[i]
            var reporter: (@Sendable (HTTPProgress) -> Void)?
            if let progress {
                reporter = { p in
                    progress(UploadProgress(fileIndex: i, fileCount: count, bytesSent: before + min(p.uploaded, size), totalBytes: total))
                }
            }
            let call = Call(operation: "upload \(file.lastPathComponent)", method: "POST",
                            path: { "/api/upload-video/nemo_agent/me/\($0)" }, needsSession: true,
                            body: .multipart([part]), progress: reporter)
            let data = try await send(call)
            guard let entry = data["files"]?.arrayValue?.first?.objectValue,
                  let url = (entry["cdn_url"] ?? entry["url"])?.stringValue else {
                throw CloudError(.invalidResponse, "The cloud accepted \(file.lastPathComponent) but returned no URL for it.",
                                 suggestion: "Try the upload again.")
            }
            result.append(UploadedMedia(localFile: file, filename: entry["filename"]?.stringValue ?? file.lastPathComponent,
                                        fileType: entry["file_type"]?.stringValue, url: url,
                                        width: entry["width"]?.intValue, height: entry["height"]?.intValue))
            done += sizes[i]
            progress?(UploadProgress(fileIndex: i, fileCount: count, bytesSent: done, totalBytes: total))
        }
        return result
    }
}
