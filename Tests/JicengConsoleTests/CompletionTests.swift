import ConsoleTestSupport
import XCTest

@testable import JicengConsole

/// Readline picks its own word to replace; the engine picks another. These check that
/// the matches handed to readline always fit readline's word.
final class CompletionTests: XCTestCase {
    override func setUp() { ReadlineCompletion.completer = ToyEngine().completions }

    func testTheSameWordNeedsNoAdjustment() {
        XCTAssertEqual(ReadlineCompletion.matches(line: "assi", cursorByte: 4, readlineWordStart: 0), ["assign"])
    }

    func testInsideAStringReadlineAndTheEngineBothStartAfterTheQuote() {
        let line = "print \"和平"
        let matches = ReadlineCompletion.matches(line: line, cursorByte: line.utf8.count, readlineWordStart: 7)
        XCTAssertEqual(matches, ["和平社区"])
    }

    func testAWordReadlineStartsEarlierKeepsTheTextBetween() {
        // Readline does not break at the full-width quote “, so its word starts there.
        let completer: (String, Int) -> CompletionSet = { _, _ in CompletionSet(wordStart: 7, candidates: ["和平社区"]) }
        ReadlineCompletion.completer = completer
        let line = "print “和"
        XCTAssertEqual(
            ReadlineCompletion.matches(line: line, cursorByte: line.utf8.count, readlineWordStart: 6), ["“和平社区"])
    }

    func testAWordReadlineStartsLaterDropsTheEnginesExtraPrefix() {
        let completer: (String, Int) -> CompletionSet = { _, _ in
            CompletionSet(wordStart: 0, candidates: ["m.branch", "m.born", "x.branch"])
        }
        ReadlineCompletion.completer = completer
        XCTAssertEqual(ReadlineCompletion.matches(line: "m.b", cursorByte: 3, readlineWordStart: 2), ["branch", "born"])
    }

    func testCommonPrefixNeverSplitsAChineseCharacter() {
        XCTAssertEqual(ReadlineCompletion.commonPrefix(["和平社区", "和睦社区"]), "和")
        XCTAssertEqual(ReadlineCompletion.commonPrefix(["assign", "appoint", "add"]), "a")
        XCTAssertEqual(ReadlineCompletion.commonPrefix(["award"]), "award")
    }
}
