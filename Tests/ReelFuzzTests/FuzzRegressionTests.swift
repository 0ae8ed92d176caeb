import Foundation
import ReelFuzzTargets
import ReelTestSupport
import Testing

/// Replays every input the fuzzers found crashing (kept in `Fixtures/fuzz/<target>/`) through
/// the same entry point the fuzzer used: each must now return normally.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
    static let inputs: [(FuzzTarget, String)] = FuzzTarget.allCases.flatMap { target in
        let folder = Fixtures.url("fuzz/\(target.rawValue)")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { (target, "fuzz/\(target.rawValue)/\($0)") }
    }

    @Test func crashInputsAreKept() {
        #expect(!Self.inputs.isEmpty)
    }

    @Test(arguments: inputs)
    func replays(_ target: FuzzTarget, _ fixture: String) throws {
        let data = try Data(contentsOf: Fixtures.url(fixture))
        #expect(target.run(data) == 0)
    }
}
