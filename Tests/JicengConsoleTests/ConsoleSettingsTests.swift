import XCTest

@testable import JicengConsole

final class ConsoleSettingsTests: XCTestCase {
    func testColourFollowsTheChoiceTheTerminalAndNoColor() {
        XCTAssertTrue(ColorChoice.auto.usesColor(outputIsTerminal: true, environment: [:]))
        XCTAssertFalse(ColorChoice.auto.usesColor(outputIsTerminal: false, environment: [:]))
        XCTAssertFalse(ColorChoice.auto.usesColor(outputIsTerminal: true, environment: ["NO_COLOR": "1"]))
        XCTAssertTrue(ColorChoice.auto.usesColor(outputIsTerminal: true, environment: ["NO_COLOR": ""]))
        XCTAssertFalse(ColorChoice.auto.usesColor(outputIsTerminal: true, environment: ["TERM": "dumb"]))
        XCTAssertTrue(ColorChoice.always.usesColor(outputIsTerminal: false, environment: ["NO_COLOR": "1"]))
        XCTAssertFalse(ColorChoice.never.usesColor(outputIsTerminal: true, environment: [:]))
    }

    func testStyleWithColourOffIsPlainText() {
        let diagnostics = "error: unknown member \"M0099\"\n  --> a.jc:1:2"
        XCTAssertEqual(ConsoleStyle(enabled: false).diagnostics(diagnostics), diagnostics)
        XCTAssertEqual(ConsoleStyle(enabled: false).prompt("jiceng> "), "jiceng> ")
        let coloured = ConsoleStyle(enabled: true).diagnostics(diagnostics)
        XCTAssertTrue(coloured.hasPrefix("\u{1B}[1;31merror:\u{1B}[0m unknown member"), coloured)
        XCTAssertTrue(coloured.hasSuffix("\n  --> a.jc:1:2"), coloured)
    }

    func testLanguageComesFromTheLocaleVariables() {
        XCTAssertEqual(ConsoleLanguage.fromEnvironment(["LANG": "zh_CN.UTF-8"]), .zh)
        XCTAssertEqual(ConsoleLanguage.fromEnvironment(["LANG": "en_US.UTF-8"]), .en)
        XCTAssertEqual(ConsoleLanguage.fromEnvironment(["LC_ALL": "en_GB.UTF-8", "LANG": "zh_CN.UTF-8"]), .en)
        XCTAssertEqual(ConsoleLanguage.fromEnvironment(["LC_MESSAGES": "zh_TW", "LANG": "C"]), .zh)
        XCTAssertEqual(ConsoleLanguage.fromEnvironment([:]), .en)
    }

    func testPathsFollowXDGAndJicengHistory() {
        let defaults = ConsolePaths(environment: ["HOME": "/home/li"])
        XCTAssertEqual(defaults.history, "/home/li/.local/state/jiceng/history")
        XCTAssertEqual(defaults.initScript, "/home/li/.config/jiceng/init.jc")
        let xdg = ConsolePaths(environment: ["HOME": "/home/li", "XDG_STATE_HOME": "/s", "XDG_CONFIG_HOME": "/c"])
        XCTAssertEqual(xdg.history, "/s/jiceng/history")
        XCTAssertEqual(xdg.initScript, "/c/jiceng/init.jc")
        let relative = ConsolePaths(environment: ["HOME": "/home/li", "XDG_STATE_HOME": "state"])
        XCTAssertEqual(relative.history, "/home/li/.local/state/jiceng/history", "XDG ignores relative paths")
        let explicit = ConsolePaths(environment: ["HOME": "/home/li", "JICENG_HISTORY": "/tmp/h"])
        XCTAssertEqual(explicit.history, "/tmp/h")
    }

    func testContinuationPromptHasThePrimaryPromptsWidthAndShowsTheOpener() {
        let english = Prompt(primaryText: "jiceng> ", style: ConsoleStyle(enabled: false))
        XCTAssertEqual(english.continuation(opener: "("), "     (> ")
        let chinese = Prompt(primaryText: "基层> ", style: ConsoleStyle(enabled: false))
        XCTAssertEqual(chinese.continuation(opener: "\""), "   \"> ")
    }

    func testColouredPromptFencesItsEscapesForReadline() {
        let prompt = Prompt(primaryText: "jiceng> ", style: ConsoleStyle(enabled: true)).primary
        XCTAssertEqual(prompt, "\u{1}\u{1B}[1;32m\u{2}jiceng> \u{1}\u{1B}[0m\u{2}")
    }

    func testScreenRowsCountWrappedWideLines() {
        XCTAssertEqual(Terminal.rows(of: "a\nb\n", columns: 80), 2)
        // 50 Chinese characters are 100 columns: two rows on an 80-column screen.
        XCTAssertEqual(Terminal.rows(of: String(repeating: "社", count: 50) + "\n", columns: 80), 2)
        XCTAssertEqual(Terminal.rows(of: "\n\n", columns: 80), 2)
    }
}
