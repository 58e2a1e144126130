import Foundation
import XCTest

/// `scripts/bench --smoke`: the benchmark harness still runs end to end (tiny sizes, the
/// debug build, one run each), so a change to a command or the store cannot silently
/// break it. Nothing here is timed: speed is judged by the full run, not by tests.
final class BenchSmokeTests: XCTestCase {
    func testTheBenchmarkHarnessRunsAndTheReportsAgree() throws {
        let jiceng = Binaries.jiceng
        guard FileManager.default.isExecutableFile(atPath: jiceng) else { throw XCTSkip("no built jiceng at \(jiceng)") }
        guard let python = Self.python3() else { throw XCTSkip("python3 is not installed") }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        var environment = ProcessInfo.processInfo.environment
        environment["JICENG_BIN"] = jiceng
        let run = try ProcessRun.run(python, [root.appendingPathComponent("scripts/bench").path, "--smoke"],
                                     environment: environment)
        XCTAssertEqual(run.status, 0, run.errors)
        // One row per case; the harness itself stops if the two reports disagree.
        for row in ["| loop", "| fib(27)", "| start-up", "| load the city", "| report by street", "| one commit, empty store",
                    "| one commit, the city"] {
            XCTAssertTrue(run.output.contains(row), "no row \(row) in:\n\(run.output)")
        }
    }

    private static func python3() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/python3" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
