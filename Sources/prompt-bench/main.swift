import Foundation
import ReelPrompt
import ReelTimeline

// `make bench-prompt`: how long the request interpreter takes, over every request of the
// phrasing table (Tests/ReelPromptTests/Phrasings.tsv), interpreted `rounds` times each; and
// the same with the first cut from ten photos built from the plan.
let args = CommandLine.arguments
let path = args.count > 1 ? args[1] : "Tests/ReelPromptTests/Phrasings.tsv"
let rounds = args.count > 2 ? max(1, Int(args[2]) ?? 20) : 20
guard let table = try? String(contentsOfFile: path, encoding: .utf8) else {
    FileHandle.standardError.write(Data("prompt-bench: cannot read \(path)\n".utf8))
    exit(66)
}
let requests = table.split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.isEmpty }
    .map { String($0.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false)[0]) }
let photos = (1...10).map { String(format: "photos/IMG_%04d.jpg", $0) }
let clock = ContinuousClock()

func ms(_ d: Duration) -> Double { Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15 }

_ = PromptInterpreter.interpret("warm up: a 30 second vertical video") // compiles the patterns once
var perRequest: [(String, Double)] = []
var withCut: [Double] = []
var cuts: [(String, Double)] = []
for request in requests {
    var best = Double.infinity
    for _ in 0..<rounds {
        let t = clock.measure { _ = PromptInterpreter.interpret(request) }
        best = min(best, ms(t))
    }
    perRequest.append((request, best))
    let t = clock.measure { _ = try? DraftEditor().makeTimeline(PromptInterpreter.interpret(request).plan, photos: photos) }
    withCut.append(ms(t))
    cuts.append((request, ms(t)))
}
let times = perRequest.map(\.1).sorted()
let mean = times.reduce(0, +) / Double(max(times.count, 1))
let p95 = times[min(times.count - 1, Int(Double(times.count) * 0.95))]
print(String(format: "%d requests: interpret mean %.3f ms, 95th percentile %.3f ms, max %.3f ms (best of %d runs each)",
             times.count, mean, p95, times.last ?? 0, rounds))
print(String(format: "interpret + first cut of 10 photos: mean %.3f ms, max %.3f ms",
             withCut.reduce(0, +) / Double(max(withCut.count, 1)), withCut.max() ?? 0))
print(String(format: "slowest with the first cut: %.3f ms  %@", cuts.max { $0.1 < $1.1 }?.1 ?? 0, cuts.max { $0.1 < $1.1 }?.0 ?? ""))
print("slowest:")
for (r, t) in perRequest.sorted(by: { $0.1 > $1.1 }).prefix(3) { print(String(format: "  %.3f ms  %@", t, r)) }
