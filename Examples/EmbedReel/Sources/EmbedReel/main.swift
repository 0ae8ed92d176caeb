import Foundation
import Reel

// EmbedReel PHOTO_DIR OUT.mp4 [--cancel-after SECONDS]: a quick (preview-quality) video of a folder of photos.
let args = CommandLine.arguments
let cancelAfter = args.count == 5 && args[3] == "--cancel-after" ? Double(args[4]) : nil
guard args.count == 3 || cancelAfter != nil else {
    FileHandle.standardError.write(Data("usage: EmbedReel PHOTO_DIR OUT.mp4 [--cancel-after SECONDS]\n".utf8))
    exit(64)
}
let engine = ReelEngine()
let job = Task {
    let draft = try await engine.makeDraft(from: [URL(fileURLWithPath: args[1])])
    return try await engine.render(draft, to: URL(fileURLWithPath: args[2]), settings: RenderSettings(quality: .preview)) { p in
        let tenth = p.framesDone * 10 / p.frameCount
        if tenth != (p.framesDone - 1) * 10 / p.frameCount { print("\(tenth * 10) % (\(p.framesDone)/\(p.frameCount) frames)") }
    }
}
if let cancelAfter {
    Task { try await Task.sleep(for: .seconds(cancelAfter)); job.cancel() }
}
do {
    let report = try await job.value
    print("Wrote \(report.output.path): \(report.width)x\(report.height), \(report.frameCount) frames in \(Int(report.seconds)) s")
} catch {
    FileHandle.standardError.write(Data("EmbedReel: \(error)\n".utf8))
    exit((error as? ReelError)?.kind == .cancelled ? 130 : 1)
}
