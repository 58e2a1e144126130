import Foundation
import XCTest

/// The real `jiceng` REPL through a pseudo-terminal, with the language engine behind it.
final class JicengReplTerminalTests: XCTestCase {
    private var home: TestHome!

    override func setUpWithError() throws { home = try TestHome() }
    override func tearDown() { home.remove() }

    private func start() throws -> PseudoTerminal {
        let terminal = try PseudoTerminal(
            executable: Binaries.jiceng, arguments: ["--lang", "en"], environment: home.environment())
        try terminal.waitFor("jiceng> ")
        return terminal
    }

    private func leave(_ terminal: PseudoTerminal) {
        if !terminal.screenText.hasSuffix("jiceng> ") { _ = try? terminal.waitFor("jiceng> ") }
        terminal.pressCtrlD()
        XCTAssertEqual(terminal.waitForExit(), 0)
    }

    func testAnUnfinishedExpressionContinuesAndItsValueIsShown() throws {
        let terminal = try start()
        terminal.type("(1 +")
        terminal.pressEnter()
        try terminal.waitFor("(> ")
        terminal.type("2)")
        terminal.pressEnter()
        try terminal.waitFor("\n3\n")
        leave(terminal)
    }

    func testCtrlCStopsARunawayLoopAndTheSessionGoesOn() throws {
        let terminal = try start()
        terminal.type("let n = 0")
        terminal.pressEnter()
        try terminal.waitFor("jiceng> ")
        // The file appears once the statement runs, so Ctrl-C is sure to reach the loop.
        let started = home.root.appendingPathComponent("started.txt").path
        terminal.type("show n to \"\(started)\"; while true { n = n + 1 }")
        terminal.pressEnter()
        try waitForFile(started)
        terminal.pressCtrlC()
        try terminal.waitFor("interrupted")
        try terminal.waitFor("jiceng> ")
        terminal.type("n > 0")
        terminal.pressEnter()
        try terminal.waitFor("\ntrue\n")
        leave(terminal)
    }

    private func waitForFile(_ path: String) throws {
        let start = Date()
        while !FileManager.default.fileExists(atPath: path) {
            guard Date().timeIntervalSince(start) < PseudoTerminal.deadline else {
                XCTFail("the statement never started")
                throw POSIXError(.ETIMEDOUT)
            }
            usleep(10_000)
        }
    }

    func testTheBannerNamesTheStoreAndItsCounts() throws {
        let terminal = try PseudoTerminal(executable: Binaries.jiceng, arguments: ["--lang", "en"], environment: home.environment())
        let banner = try terminal.waitFor("jiceng> ")
        XCTAssertTrue(banner.contains(home.storeFolder.path), banner)
        XCTAssertTrue(banner.contains("0 members"), banner)
        leave(terminal)
    }

    func testCtrlCDuringALoopThatChangesTheStoreLeavesItUnchanged() throws {
        let terminal = try start()
        let started = home.root.appendingPathComponent("started.txt").path
        terminal.type(
            "show 1 to \"\(started)\"; add street \"新风路街道\" code \"XFL\"; let i = 0; while true { i = i + 1 }")
        terminal.pressEnter()
        try waitForFile(started)
        terminal.pressCtrlC()
        try terminal.waitFor("interrupted")
        try terminal.waitFor("jiceng> ")
        terminal.type("count(streets)")
        terminal.pressEnter()
        try terminal.waitFor("\n0\n")
        leave(terminal)
    }

    func testTabCompletesAHalfTypedChineseCommunityNameFromTheStore() throws {
        let setup = try ProcessRun.run(
            Binaries.jiceng, ["run", "-"],
            input: "add street \"新风路街道\" code \"XFL\"\nadd community \"和平里社区\" code \"HPL\" street \"XFL\"\n",
            environment: home.environment())
        XCTAssertEqual(setup.status, 0, setup.errors)
        let terminal = try start()
        terminal.type("list communities where name == \"和平")
        try terminal.waitFor("和平")
        terminal.pressTab()
        try terminal.waitFor("里社区\"")
        terminal.pressEnter()
        try terminal.waitFor("HPL")
        leave(terminal)
    }

    func testInputFromAFileToATerminalHasNoPromptBannerOrColour() throws {
        let input = try home.write("print nosuch\nprint \"完\"\n", to: "input.jc")
        let terminal = try PseudoTerminal(executable: Binaries.jiceng, environment: home.environment(), standardInput: input)
        XCTAssertEqual(terminal.waitForExit(), 1)
        let shown = terminal.screenText
        XCTAssertTrue(shown.contains("完\n") && shown.contains("nosuch"), shown)
        XCTAssertFalse(shown.contains("jiceng>") || shown.contains("store"), shown)
        XCTAssertFalse(terminal.screenBytes.contains(0x1B), shown.debugDescription)
    }

    func testTabCompletesTheAssignCommand() throws {
        let terminal = try start()
        terminal.type("assi")
        terminal.pressTab()
        try terminal.waitFor("assign")
        terminal.type("member \"M1\" to branch \"B1\"")
        terminal.pressEnter()
        // The engine read an assign command: it looked the member up.
        try terminal.waitFor("unknown member \"M1\"")
        leave(terminal)
    }

    func testTabCompletesAKeyword() throws {
        let terminal = try start()
        terminal.type("whi")
        terminal.pressTab()
        try terminal.waitFor("while")
        terminal.pressCtrlC()
        leave(terminal)
    }

    func testHelpConsoleExplainsTheKeys() throws {
        let terminal = try start()
        terminal.type("help console")
        terminal.pressEnter()
        try terminal.waitFor("Ctrl-C")
        leave(terminal)
    }
}
