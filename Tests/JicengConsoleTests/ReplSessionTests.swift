import ConsoleTestSupport
import XCTest

@testable import JicengConsole

/// A reader that replays what a person or a pipe would send.
final class ScriptedReader: LineReader {
    private var inputs: [LineInput]
    private(set) var prompts: [String] = []
    private(set) var remembered: [String] = []

    init(_ inputs: [LineInput]) { self.inputs = inputs }

    func readLine(prompt: String) -> LineInput {
        prompts.append(prompt)
        return inputs.isEmpty ? .endOfInput : inputs.removeFirst()
    }

    func remember(_ statement: String) { remembered.append(statement) }
}

final class CapturedOutput: OutputSink, Flushable {
    var text = ""
    func write(_ text: String) { self.text += text }
    func flush() {}
}

final class ReplSessionTests: XCTestCase {
    private func session(_ inputs: [LineInput], interactive: Bool, engine: ToyEngine)
        -> (ReplSession, ScriptedReader, CapturedOutput)
    {
        let reader = ScriptedReader(inputs)
        let output = CapturedOutput()
        let settings = ReplSession.Settings(
            interactive: interactive, style: ConsoleStyle(enabled: false),
            messages: ConsoleMessages(language: .en), sourceName: "<stdin>")
        return (ReplSession(engine: engine, reader: reader, settings: settings, makeOutput: { output }), reader, output)
    }

    func testLinesGatherUntilTheStatementIsWholeAndItIsOneHistoryEntry() {
        let engine = ToyEngine()
        let (repl, reader, output) = session([.line("(1 +"), .line("2)"), .line("print 5")], interactive: true, engine: engine)
        XCTAssertEqual(repl.run(), .success)
        XCTAssertEqual(output.text, "3\n5\n")
        XCTAssertEqual(reader.remembered, ["(1 +\n2)", "print 5"])
        XCTAssertEqual(reader.prompts, ["jiceng> ", "     (> ", "jiceng> ", "jiceng> "])
    }

    func testStatementsKnowTheLineTheyStartOn() {
        let engine = ToyEngine()
        let (repl, _, _) = session([.line("print 1"), .line(""), .line("(2 +"), .line("3)"), .line("fail")], interactive: false, engine: engine)
        XCTAssertEqual(repl.run(), .scriptError)
        XCTAssertEqual(engine.executed.map(\.firstLine), [1, 3, 5])
        XCTAssertEqual(engine.executed.map(\.fileName), ["<stdin>", "<stdin>", "<stdin>"])
    }

    func testAFailureDoesNotStopPipedInputButSetsTheExitCode() {
        let engine = ToyEngine()
        let (repl, _, output) = session([.line("fail"), .line("bump"), .line("print 1")], interactive: false, engine: engine)
        XCTAssertEqual(repl.run(), .scriptError)
        XCTAssertEqual(output.text, "1\n")
        XCTAssertEqual(engine.storeChanges, 1)
    }

    func testAnInteractiveSessionEndsZeroEvenAfterAFailure() {
        let (repl, _, _) = session([.line("fail")], interactive: true, engine: ToyEngine())
        XCTAssertEqual(repl.run(), .success)
    }

    func testCtrlCAtAContinuationDropsTheStatement() {
        let engine = ToyEngine()
        let (repl, _, output) = session([.line("print \"open"), .interrupted, .line("print 2")], interactive: true, engine: engine)
        XCTAssertEqual(repl.run(), .success)
        XCTAssertEqual(output.text, "2\n")
        XCTAssertEqual(engine.executed.map(\.text), ["print 2"])
    }

    func testCtrlDAtAContinuationDropsTheStatementButNotTheSession() {
        let engine = ToyEngine()
        let (repl, reader, _) = session([.line("("), .endOfInput, .line("print 1")], interactive: true, engine: engine)
        XCTAssertEqual(repl.run(), .success)
        XCTAssertEqual(engine.executed.map(\.text), ["print 1"])
        XCTAssertEqual(reader.prompts.count, 4)
    }

    func testPipedInputInterruptedEnds130() {
        let (repl, _, _) = session([.line("print 1"), .interrupted, .line("print 2")], interactive: false, engine: ToyEngine())
        XCTAssertEqual(repl.run(), .interrupted)
    }

    func testUnfinishedPipedInputIsHandedToTheEngineToReport() {
        let engine = ToyEngine()
        let (repl, _, _) = session([.line("(1 +")], interactive: false, engine: engine)
        XCTAssertEqual(repl.run(), .scriptError)
        XCTAssertEqual(engine.executed.map(\.text), ["(1 +"])
    }
}
