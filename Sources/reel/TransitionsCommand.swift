import ArgumentParser
import Foundation
import Reel

/// `reel transitions`: the transition names `--transition` and a draft's `tr.k` accept.
struct TransitionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "transitions",
        abstract: "List the transitions, one name per line (for --transition and a draft's tr.k).",
        discussion: "--transition random draws from: \(TransitionKind.randomPool.map(\.rawValue).joined(separator: ", ")).")

    @Option(name: .customLong("time"), help: ArgumentHelp("Time each transition on two synthetic WxH frames instead (milliseconds per frame).", visibility: .hidden))
    var timeSize: String?

    func run() throws {
        guard let timeSize else {
            for kind in TransitionKind.allCases { print(kind.rawValue) }
            return
        }
        guard let size = DraftLimits.outputSize(timeSize) else {
            throw ValidationError("--time \(timeSize): give an even WIDTHxHEIGHT, e.g. 1920x1080")
        }
        try TransitionTiming.run(width: size.width, height: size.height)
    }
}

/// Milliseconds per frame of each kernel, the median of several passes over progress 0.05…0.95.
enum TransitionTiming {
    static func run(width: Int, height: Int) throws {
        let a = frame(width, height, seed: 1), b = frame(width, height, seed: 2)
        print("kernels: \(ViewportSampler.kernelISA), \(width)x\(height)")
        let steps = (1...19).map { Double($0) / 20 }
        for kind in TransitionKind.allCases {
            let kernel = TransitionKernels.kernel(for: kind)
            var passes: [Double] = []
            var work = a
            work.y.data[0] = 1 // its own buffers from here on
            work.u.data[0] = 1
            work.v.data[0] = 1
            for _ in 0..<5 {
                let start = DispatchTime.now().uptimeNanoseconds
                for p in steps {
                    restore(&work, from: a)
                    kernel(&work, b, p)
                }
                let copy = DispatchTime.now().uptimeNanoseconds
                for _ in steps { restore(&work, from: a) }
                let end = DispatchTime.now().uptimeNanoseconds
                // Subtract the cost of restoring the outgoing frame before each call.
                passes.append(Double(Int(copy - start) - Int(end - copy)) / 1e6 / Double(steps.count))
            }
            let median = passes.sorted()[passes.count / 2]
            print("\(kind.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0)) \(String(format: "%6.2f", median)) ms")
        }
    }

    /// Copies `a` into `work`'s own buffers (no allocation).
    static func restore(_ work: inout YUVFrame, from a: YUVFrame) {
        func copy(_ dst: inout Plane, _ src: Plane) {
            dst.data.withUnsafeMutableBufferPointer { d in
                src.data.withUnsafeBufferPointer { s in d.baseAddress!.update(from: s.baseAddress!, count: min(d.count, s.count)) }
            }
        }
        copy(&work.y, a.y); copy(&work.u, a.u); copy(&work.v, a.v)
    }

    /// A detailed synthetic picture: gradients plus a checker, different per seed.
    static func frame(_ w: Int, _ h: Int, seed: Int) -> YUVFrame {
        var f = YUVFrame(width: w, height: h)
        for y in 0..<h {
            for x in 0..<w {
                f.y.data[y * f.y.stride + x] = UInt8(16 + (x * 7 + y * 3 + seed * 40 + ((x / 16 + y / 16 + seed) % 2) * 60) % 219)
            }
        }
        for y in 0..<(h / 2) {
            for x in 0..<(w / 2) {
                f.u.data[y * f.u.stride + x] = UInt8(16 + (x + seed * 50) % 224)
                f.v.data[y * f.v.stride + x] = UInt8(16 + (y * 2 + seed * 30) % 224)
            }
        }
        return f
    }
}
