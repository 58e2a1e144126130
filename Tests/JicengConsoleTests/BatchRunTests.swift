import Foundation
import XCTest

/// `run FILE… | -` and its exit codes, through the built console.
final class BatchRunTests: XCTestCase {
    private var home: TestHome!

    override func setUpWithError() throws { home = try TestHome() }
    override func tearDown() { home.remove() }

    private func run(_ arguments: [String], input: String = "") throws -> ProcessRun {
        try ProcessRun.run(Binaries.consoleHost, ["run"] + arguments, input: input, environment: home.environment())
    }

    func testCleanScriptsExitZeroAndPrintOnlyWhatTheyPrint() throws {
        let first = try home.write("print \"one\"\n1 + 1\n", to: "first.jc")
        let second = try home.write("#!/usr/bin/env -S jiceng run\nprint \"two\"\n", to: "second.jc")
        let result = try run([first, second])
        XCTAssertEqual(result.output, "one\ntwo\n")
        XCTAssertEqual(result.status, 0)
    }

    func testAFailingScriptExitsOneAndStopsTheRun() throws {
        let failing = try home.write("print \"before\"\nfail \"broken\"\nprint \"after\"\n", to: "failing.jc")
        let next = try home.write("print \"next\"\n", to: "next.jc")
        let result = try run([failing, next])
        XCTAssertEqual(result.output, "before\n")
        XCTAssertTrue(result.errors.contains("failing.jc:2:1"), result.errors)
        XCTAssertEqual(result.status, 1)
    }

    func testKeepGoingRunsOnButStillExitsOne() throws {
        let failing = try home.write("fail \"broken\"\nprint \"after\"\n", to: "failing.jc")
        let next = try home.write("print \"next\"\n", to: "next.jc")
        let result = try run(["--keep-going", failing, next])
        XCTAssertEqual(result.output, "after\nnext\n")
        XCTAssertEqual(result.status, 1)
    }

    func testAnUnreadableScriptIsAUsageErrorAndNothingRuns() throws {
        let good = try home.write("print \"ran\"\n", to: "good.jc")
        let result = try run([good, home.root.appendingPathComponent("missing.jc").path])
        XCTAssertEqual(result.output, "")
        XCTAssertTrue(result.errors.contains("missing.jc"), result.errors)
        XCTAssertEqual(result.status, 64)
    }

    func testDashReadsTheScriptFromStandardInput() throws {
        let result = try run(["-"], input: "print \"from stdin\"\nfail \"x\"\n")
        XCTAssertEqual(result.output, "from stdin\n")
        XCTAssertTrue(result.errors.contains("<stdin>:2:1"), result.errors)
        XCTAssertEqual(result.status, 1)
    }

    func testDryRunIsHandedToTheEngine() throws {
        let script = try home.write("bump\nbump\n", to: "changes.jc")
        let result = try run(["--dry-run", script])
        XCTAssertEqual(result.output, "dry run: would make 2 changes\n")
        XCTAssertEqual(result.status, 0)
    }

    func testCtrlCDuringAScriptExits130() throws {
        let script = try home.write("print \"started\"\nspin\nprint \"never\"\n", to: "long.jc")
        let result = try ProcessRun.interrupt(Binaries.consoleHost, ["run", script], environment: home.environment(), after: "started\n")
        XCTAssertEqual(result.status, 130)
        XCTAssertFalse(result.output.contains("never"), result.output)
    }
}
