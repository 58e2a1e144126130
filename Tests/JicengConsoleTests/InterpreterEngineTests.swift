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

    func testCommandLineVariablesReadAsTheLiteralsScriptsWrite() {
        XCTAssertEqual(VariableText.value(of: "42").literalText, "42")
        XCTAssertEqual(VariableText.value(of: "5400.50").literalText, "5400.50")
        XCTAssertEqual(VariableText.value(of: "2025-03").literalText, "2025-03")
        XCTAssertEqual(VariableText.value(of: "2025-03-15").literalText, "2025-03-15")
        XCTAssertEqual(VariableText.value(of: "2025Q1").literalText, "2025Q1")
        XCTAssertEqual(VariableText.value(of: "true").literalText, "true")
        XCTAssertEqual(VariableText.value(of: "XFL-01").literalText, "\"XFL-01\"")
        XCTAssertEqual(VariableText.value(of: "和平社区").literalText, "\"和平社区\"")
        XCTAssertTrue(VariableText.isName("月份"))
        XCTAssertTrue(VariableText.isName("_street2"))
        XCTAssertFalse(VariableText.isName("2x"))
        XCTAssertFalse(VariableText.isName("a-b"))
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
}
