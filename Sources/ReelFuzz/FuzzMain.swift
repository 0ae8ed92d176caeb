import Foundation
import ReelFuzzTargets

// The `reel-fuzz` tool. Built with `-sanitize=fuzzer` (`make fuzz`, which also defines
// FUZZING) it is a libFuzzer binary for the target named by REEL_FUZZ_TARGET; built plainly it
// replays the files given after the target name, one by one, and prints what each returned.

private let target: FuzzTarget = {
    let name = ProcessInfo.processInfo.environment["REEL_FUZZ_TARGET"] ?? ""
    guard let target = FuzzTarget(rawValue: name) else {
        let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")
        FileHandle.standardError.write(Data("Set REEL_FUZZ_TARGET to one of: \(names)\n".utf8))
        exit(64)
    }
    return target
}()

/// libFuzzer's per-input callback.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    let data = start.map { Data(bytes: $0, count: count) } ?? Data()
    return target.run(data)
}

#if FUZZING
private typealias FuzzCallback = @convention(c) (UnsafeRawPointer?, Int) -> CInt

@_silgen_name("LLVMFuzzerRunDriver")
private func runFuzzDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: FuzzCallback
) -> CInt

/// The program's entry point (SwiftPM links `main` to `<module>_main`): runs libFuzzer.
@_cdecl("ReelFuzz_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    _ = target
    var argc = argc
    var argv = argv
    return runFuzzDriver(&argc, &argv) { start, count in fuzzOneInput(start, count) }
}
#else
/// The program's entry point (SwiftPM links `main` to `<module>_main`): replays files.
@_cdecl("ReelFuzz_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    for path in CommandLine.arguments.dropFirst() {
        guard let data = FileManager.default.contents(atPath: path) else {
            print("\(path): cannot be read")
            return 66
        }
        print("\(path): \(target.run(data))")
    }
    return 0
}
#endif
