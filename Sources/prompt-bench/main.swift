import Foundation
import ReelPrompt
import ReelTimeline

// `make bench-prompt`: how long the request interpreter takes, over every request of the
// phrasing table (Tests/ReelPromptTests/Phrasings.tsv), interpreted `rounds` times each (the
// best run counts); and the same with the first cut from ten photos built from the plan.
//
//   prompt-bench [TABLE [ROUNDS]]   times (ROUNDS: 20 unless given)
//   prompt-bench --dump [TABLE]     prints every request's whole interpretation, no timing:
//                                   two builds' dumps compared show whether a change altered any result
var args = Array(CommandLine.arguments.dropFirst())
let dump = args.first == "--dump"
if dump { args.removeFirst() }
let path = args.count > 0 ? args[0] : "Tests/ReelPromptTests/Phrasings.tsv"
let rounds = args.count > 1 ? max(1, Int(args[1]) ?? 20) : 20
guard let table = try? String(contentsOfFile: path, encoding: .utf8) else {
    FileHandle.standardError.write(Data("prompt-bench: cannot read \(path)\n".utf8))
    exit(66)
}
let requests = table.split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.isEmpty }
    .map { String($0.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false)[0]) }
if dump {
    for request in requests {
        let i = PromptInterpreter.interpret(request)
        print([request, "\(i.plan)", "\(i.understood)", "\(i.notUnderstood)", "\(i.conflicts)", "\(i.notes)",
               i.needsCloud ?? "-", "\(i.quality)", "\(i.format)"].joined(separator: "\t"))
    }
    exit(0)
}
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
func percentile(_ p: Double) -> Double { times.isEmpty ? 0 : times[min(times.count - 1, Int(Double(times.count) * p))] }
print(String(format: "%d requests: interpret mean %.3f ms, 95th percentile %.3f ms, 99th percentile %.3f ms, max %.3f ms (best of %d runs each)",
             times.count, mean, percentile(0.95), percentile(0.99), times.last ?? 0, rounds))
// the longest requests are the slowest: their own line, to see the worst case move
let longest = perRequest.sorted { $0.0.utf16.count > $1.0.utf16.count }.prefix(5)
print("the 5 longest requests (characters: ms): " + longest.map { String(format: "%d: %.3f", $0.0.count, $0.1) }.joined(separator: ", "))
print(String(format: "interpret + first cut of 10 photos: mean %.3f ms, max %.3f ms",
             withCut.reduce(0, +) / Double(max(withCut.count, 1)), withCut.max() ?? 0))
print(String(format: "slowest with the first cut: %.3f ms  %@", cuts.max { $0.1 < $1.1 }?.1 ?? 0, cuts.max { $0.1 < $1.1 }?.0 ?? ""))
print("slowest:")
for (r, t) in perRequest.sorted(by: { $0.1 > $1.1 }).prefix(5) { print(String(format: "  %.3f ms  %@", t, r)) }
