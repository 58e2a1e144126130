import Foundation
import XCTest

/// `jiceng` reading from a pipe: the REPL without prompts, banner, colour or escapes.
final class PipedInputTests: XCTestCase {
    private var home: TestHome!

    override func setUpWithError() throws { home = try TestHome() }
    override func tearDown() { home.remove() }

    func testEachStatementRunsAndAFailureIsReportedThenTheNextRuns() throws {
        let result = try ProcessRun.run(
            Binaries.consoleHost, [], input: "1 + 2\nfail \"boom\"\n(4 +\n 5)\nprint \"after\"\n",
            environment: home.environment())
        XCTAssertEqual(result.output, "3\n9\nafter\n")
        XCTAssertTrue(result.errors.contains("error: boom"), result.errors)
        XCTAssertTrue(result.errors.contains("<stdin>:2:1"), result.errors)
        XCTAssertEqual(result.status, 1)
    }

    func testCleanInputExitsZero() throws {
        let result = try ProcessRun.run(
            Binaries.consoleHost, [], input: "print 1\n\n# a comment\nprint 2", environment: home.environment())
        XCTAssertEqual(result.output, "1\n2\n")
        XCTAssertEqual(result.errors, "")
        XCTAssertEqual(result.status, 0)
    }

    func testNoBannerPromptColourOrEscapeCodesWhenNotATerminal() throws {
        let result = try ProcessRun.run(
            Binaries.consoleHost, [], input: "print \"x\"\nfail \"bad\"\n",
            environment: home.environment(["TERM": "xterm-256color"]))
        for text in [result.output, result.errors] {
            XCTAssertFalse(text.contains("\u{1B}"), text.debugDescription)
            XCTAssertFalse(text.contains("jiceng>"), text)
            XCTAssertFalse(text.contains("toy store"), text)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: home.historyFile.path), "piped input is not history")
    }

    func testColorAlwaysColoursErrorsEvenInAPipe() throws {
        let result = try ProcessRun.run(
            Binaries.consoleHost, ["--color", "always"], input: "fail \"bad\"\n", environment: home.environment())
        XCTAssertTrue(result.errors.contains("\u{1B}[1;31merror:"), result.errors.debugDescription)
    }

    func testUnfinishedInputAtTheEndIsAnError() throws {
        let result = try ProcessRun.run(
            Binaries.consoleHost, [], input: "print 1\n(2 +\n", environment: home.environment())
        XCTAssertEqual(result.output, "1\n")
        XCTAssertEqual(result.status, 1)
    }
}
