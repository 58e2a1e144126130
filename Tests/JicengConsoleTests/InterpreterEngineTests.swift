import JicengLang
import XCTest

@testable import JicengConsole

final class InterpreterEngineTests: XCTestCase {
    func testTheContinuationPromptNamesTheInnermostOpening() {
        XCTAssertEqual(OpenBrackets.innermost(in: "(1 +"), "(")
        XCTAssertEqual(OpenBrackets.innermost(in: "for m in [1, {a: (2"), "(")
        XCTAssertEqual(OpenBrackets.innermost(in: "print \"open ( ["), "\"")
        XCTAssertEqual(OpenBrackets.innermost(in: "print “半句"), "“")
        XCTAssertEqual(OpenBrackets.innermost(in: "f（1"), "（")
        XCTAssertEqual(OpenBrackets.innermost(in: "x = 1 # (not open"), nil)
        XCTAssertEqual(OpenBrackets.innermost(in: "if a {\n  b(1)\n"), "{")
        XCTAssertNil(OpenBrackets.innermost(in: "f(1)[2]"))
    }

    func testVariableNamesAreNamesScriptsCanWrite() {
        XCTAssertTrue(InterpreterEngine.isVariableName("月份"))
        XCTAssertTrue(InterpreterEngine.isVariableName("_street2"))
        XCTAssertFalse(InterpreterEngine.isVariableName("2x"))
        XCTAssertFalse(InterpreterEngine.isVariableName("a-b"))
    }

    func testStatementsKeepTheirLinesInDiagnostics() {
        let engine = InterpreterEngine(interpreter: Interpreter(), colors: false, storeSummary: { "" })
        let output = CapturedOutput()
        let outcome = engine.execute(
            SourceChunk(text: "print nosuch", fileName: "<stdin>", firstLine: 7), mode: .interactive, output: output,
            interrupt: InterruptFlag())
        guard case .failed(let diagnostics) = outcome else { return XCTFail("\(outcome)") }
        XCTAssertTrue(diagnostics.contains("<stdin>:7:"), diagnostics)
    }

    func testABareExpressionEchoesItsValueOnlyInteractively() {
        let engine = InterpreterEngine(interpreter: Interpreter(), colors: false, storeSummary: { "" })
        let chunk = SourceChunk(text: "\"和平\" + \"社区\"", fileName: "<repl>")
        let output = CapturedOutput()
        XCTAssertEqual(
            engine.execute(chunk, mode: .interactive, output: output, interrupt: InterruptFlag()),
            .completed(echo: "\"和平社区\""))
        XCTAssertEqual(
            engine.execute(chunk, mode: .script(ScriptOptions()), output: output, interrupt: InterruptFlag()),
            .completed(echo: nil))
    }

    func testEachModeAsksTheRunnerForItsCommit() {
        let interpreter = Interpreter()
        var calls: [(text: String, commit: InterpreterEngine.Commit)] = []
        let engine = InterpreterEngine(
            interpreter: interpreter,
            runner: { text, file, commit throws(ScriptError) in
                calls.append((text, commit))
                return try interpreter.run(text, file: file)
            }, colors: false, storeSummary: { "" })
        let output = CapturedOutput()
        let script = SourceChunk(text: "print 1\nprint 2", fileName: "s.jc")
        _ = engine.execute(SourceChunk(text: "1", fileName: "<repl>"), mode: .interactive, output: output, interrupt: InterruptFlag())
        _ = engine.execute(script, mode: .script(ScriptOptions()), output: output, interrupt: InterruptFlag())
        _ = engine.execute(script, mode: .script(ScriptOptions(dryRun: true)), output: output, interrupt: InterruptFlag())
        _ = engine.execute(script, mode: .script(ScriptOptions(keepGoing: true)), output: output, interrupt: InterruptFlag())
        XCTAssertEqual(calls.map(\.commit), [.eachChunk, .script, .dryRun, .script, .script])
        XCTAssertEqual(calls.suffix(2).map(\.text), ["print 1", "\nprint 2"], "keep-going runs each statement at its own line")
        XCTAssertEqual(output.text, "1\n2\n1\n2\n1\n2\n")
    }

    func testCtrlCBeforeTheRunStartsStopsIt() {
        let engine = InterpreterEngine(interpreter: Interpreter(), colors: false, storeSummary: { "" })
        let interrupt = InterruptFlag()
        interrupt.raise()
        let outcome = engine.execute(
            SourceChunk(text: "print 1", fileName: "<repl>"), mode: .interactive, output: CapturedOutput(), interrupt: interrupt)
        XCTAssertEqual(outcome, .interrupted)
    }
}
