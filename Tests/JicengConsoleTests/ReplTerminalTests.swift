import Foundation
import XCTest

/// The REPL driven through a pseudo-terminal, as a person types at it.
final class ReplTerminalTests: XCTestCase {
    private var home: TestHome!

    override func setUpWithError() throws { home = try TestHome() }
    override func tearDown() { home.remove() }

    private func startREPL(_ arguments: [String] = [], environment: [String: String] = [:]) throws -> PseudoTerminal {
        let terminal = try PseudoTerminal(
            executable: Binaries.consoleHost, arguments: arguments, environment: home.environment(environment))
        try terminal.waitFor("jiceng> ")
        return terminal
    }

    /// Ctrl-D at a fresh prompt (keys typed before it appears would reach a pager or
    /// a running statement instead).
    private func leave(_ terminal: PseudoTerminal, prompt: String = "jiceng> ") {
        if !terminal.screenText.hasSuffix(prompt) { _ = try? terminal.waitFor(prompt) }
        terminal.pressCtrlD()
        XCTAssertEqual(terminal.waitForExit(), 0)
    }

    func testTypedExpressionShowsItsValueAfterABanner() throws {
        let terminal = try PseudoTerminal(executable: Binaries.consoleHost, environment: home.environment())
        let banner = try terminal.waitFor("jiceng> ")
        XCTAssertTrue(banner.contains("toy store, 0 changes"), banner)
        terminal.type("6 * 7")
        terminal.pressEnter()
        try terminal.waitFor("\n42\n")
        leave(terminal)
    }

    func testTabCompletesACommandWord() throws {
        let terminal = try startREPL()
        terminal.type("assi")
        terminal.pressTab()
        try terminal.waitFor("assign")
        terminal.pressEnter()
        // The toy engine has no `assign`; its complaint proves the line held the whole word.
        try terminal.waitFor("unknown name assign")
        leave(terminal)
    }

    func testTabCompletesAHalfTypedChineseNameInsideAString() throws {
        let terminal = try startREPL()
        terminal.type("print \"和平")
        try terminal.waitFor("和平")
        terminal.pressTab()
        try terminal.waitFor("社区\"")
        terminal.pressEnter()
        try terminal.waitFor("\n和平社区\n")
        leave(terminal)
    }

    func testTabTwiceListsTheChoicesForAnAmbiguousName() throws {
        let terminal = try startREPL()
        terminal.type("print \"和")
        try terminal.waitFor("和")
        terminal.pressTab()
        terminal.pressTab()
        let listing = try terminal.waitFor("和睦社区")
        XCTAssertTrue(listing.contains("和平社区") || terminal.screenText.contains("和平社区"), terminal.screenText)
        terminal.pressCtrlC()
        leave(terminal)
    }

    func testUnclosedBracketContinuesOnTheNextLine() throws {
        let terminal = try startREPL()
        terminal.type("(1 +")
        terminal.pressEnter()
        try terminal.waitFor("(> ")
        terminal.type("2)")
        terminal.pressEnter()
        try terminal.waitFor("\n3\n")
        leave(terminal)
    }

    func testCtrlCLeavesAnUnclosedQuote() throws {
        let terminal = try startREPL()
        terminal.type("print \"open")
        terminal.pressEnter()
        try terminal.waitFor("\"> ")
        terminal.pressCtrlC()
        try terminal.waitFor("jiceng> ")
        terminal.type("5 + 5")
        terminal.pressEnter()
        try terminal.waitFor("\n10\n")
        leave(terminal)
    }

    func testCtrlCClearsTheLineBeingTyped() throws {
        let terminal = try startREPL()
        terminal.type("1 + 5")
        try terminal.waitFor("1 + 5")
        terminal.pressCtrlC()
        try terminal.waitFor("jiceng> ")
        terminal.type("2 + 2")
        terminal.pressEnter()
        let shown = try terminal.waitFor("\n4\n")
        XCTAssertFalse(shown.contains("6"), shown)
        leave(terminal)
    }

    func testCtrlCStopsARunningStatementAndReturnsToThePrompt() throws {
        let terminal = try startREPL()
        terminal.type("spin")
        terminal.pressEnter()
        try terminal.waitFor("spin\n")
        terminal.pressCtrlC()
        try terminal.waitFor("interrupted")
        try terminal.waitFor("jiceng> ")
        terminal.type("1 + 1")
        terminal.pressEnter()
        try terminal.waitFor("\n2\n")
        leave(terminal)
    }

    func testCtrlDAtAContinuationPromptDropsTheStatementOnly() throws {
        let terminal = try startREPL()
        terminal.type("(")
        terminal.pressEnter()
        try terminal.waitFor("(> ")
        terminal.pressCtrlD()
        try terminal.waitFor("unfinished statement dropped")
        try terminal.waitFor("jiceng> ")
        leave(terminal)
    }

    func testHistorySurvivesARestartAsOneEntryPerStatementWithMode0600() throws {
        // The REPL inherits a permissive umask; the history it writes is private all the same.
        let previous = umask(0)
        defer { umask(previous) }
        let first = try startREPL()
        first.type("(1 +")
        first.pressEnter()
        first.type("40)")
        first.pressEnter()
        try first.waitFor("\n41\n")
        leave(first)

        let attributes = try FileManager.default.attributesOfItem(atPath: home.historyFile.path)
        XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o600)
        let saved = try String(contentsOf: home.historyFile, encoding: .utf8)
        XCTAssertEqual(saved.split(separator: "\n").count, 1, "a two-line statement is one entry: \(saved)")

        let second = try startREPL()
        second.pressUp()
        try second.waitFor("40)")
        second.pressEnter()
        try second.waitFor("\n41\n")
        leave(second)
    }

    func testJicengHistoryChoosesTheHistoryFile() throws {
        let path = home.root.appendingPathComponent("elsewhere/my-history").path
        let terminal = try startREPL(environment: ["JICENG_HISTORY": path])
        terminal.type("2 + 3")
        terminal.pressEnter()
        try terminal.waitFor("\n5\n")
        leave(terminal)
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "2 + 3\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: home.historyFile.path))
    }

    func testAnUnwritableHistoryFileIsReportedAndTheREPLGoesOn() throws {
        let terminal = try startREPL(environment: ["JICENG_HISTORY": "/proc/no-such-folder/history"])
        terminal.type("3 + 4")
        terminal.pressEnter()
        try terminal.waitFor("history file /proc/no-such-folder/history unavailable")
        try terminal.waitFor("\n7\n")
        leave(terminal)
    }

    func testNoBracketedPasteEscapes() throws {
        let terminal = try startREPL()
        terminal.type("1")
        terminal.pressEnter()
        try terminal.waitFor("\n1\n")
        leave(terminal)
        let bytes = terminal.screenBytes
        XCTAssertFalse(String(decoding: bytes, as: UTF8.self).contains("\u{1B}[?2004"))
    }

    func testTallOutputGoesThroughThePager() throws {
        let terminal = try startREPL(environment: ["PAGER": "sed s/^/paged:/"])
        terminal.type("rows 3")
        terminal.pressEnter()
        let short = try terminal.waitFor("row 3\n")
        XCTAssertFalse(short.contains("paged:"), short)
        terminal.type("rows 40")
        terminal.pressEnter()
        try terminal.waitFor("paged:row 40\n")
        leave(terminal)
    }

    func testPagerIsToldTheOutputIsUTF8() throws {
        let terminal = try startREPL(environment: ["PAGER": #"cat >/dev/null; echo "charset:$LESSCHARSET less:$LESS""#])
        terminal.type("rows 40")
        terminal.pressEnter()
        try terminal.waitFor("charset:utf-8 less:FRX\n")
        leave(terminal)
    }

    func testInitScriptRunsBeforeThePrompt() throws {
        try home.writeInitScript("let answer = 41\n")
        let terminal = try startREPL()
        terminal.type("answer + 1")
        terminal.pressEnter()
        try terminal.waitFor("\n42\n")
        leave(terminal)
    }

    func testChinesePromptWithLangZh() throws {
        let terminal = try PseudoTerminal(
            executable: Binaries.consoleHost, arguments: ["--lang", "zh"], environment: home.environment())
        try terminal.waitFor("基层> ")
        terminal.type("(")
        terminal.pressEnter()
        try terminal.waitFor("   (> ")
        terminal.pressCtrlC()
        try terminal.waitFor("基层> ")
        terminal.pressCtrlD()
        XCTAssertEqual(terminal.waitForExit(), 0)
    }
}
