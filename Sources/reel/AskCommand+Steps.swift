import ArgumentParser
import Foundation
import Reel

extension AskCommand {
    /// "undo" / "redo" (of `count` edits) on the --draft file.
    func step(back: Bool, count: Int) async throws {
        guard let draft else { throw InputError("\(back ? "undo" : "redo") needs the draft to step back in: --draft FILE") }
        let url = URL(fileURLWithPath: draft).standardizedFileURL
        guard FileManager.default.fileExists(atPath: url.path) else { throw InputError("\(draft): no such draft") }
        guard let (t, data, steps) = try DraftHistory(draft: url).step(back: back, count: count, write: !dryRun) else {
            let message = back ? "Nothing to undo: \(draft) has no earlier version." : "Nothing to redo."
            print(message)
            FileHandle.standardError.write(Data("reel: \(message)\n".utf8))
            throw ExitCode.failure
        }
        if dryRun { return print(String(decoding: data, as: UTF8.self)) }
        print(DraftHistory.stepLine(back: back, draft: draft, done: steps, asked: count))
        t.summaryLines.forEach { print($0) }
        if output != nil { try await render(t, base: url.deletingLastPathComponent(), quality: .standard) }
    }
}
