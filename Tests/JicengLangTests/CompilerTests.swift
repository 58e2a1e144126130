import XCTest
@testable import JicengLang

/// Pieces of the resolver and compiler that scripts cannot observe: slot layout,
/// constant folding, the specialised shapes of operands.
final class CompilerTests: XCTestCase {
    private struct Compiled {
        let compiler: Compiler
        let resolution: Resolution
        let program: Program
    }

    private func compile(_ source: String) throws -> Compiled {
        let i = Interpreter()
        let file = SourceFile(name: "t.jc", text: source)
        let parsed = Parser.parse(file, symbols: i.symbols, commands: i.currentGrammar())
        XCTAssertEqual(parsed.diagnostics.count, 0)
        let resolution = try Resolver.resolve(parsed.program, env: i.env) { _ in true }
        let c = Compiler(env: i.env, runtime: i.runtime, resolution: resolution, file: file, commands: i.commands)
        return Compiled(compiler: c, resolution: resolution, program: parsed.program)
    }

    private func firstExpression(_ c: Compiled) -> Expr? {
        for s in c.program.statements { if case .expression(let e) = s.kind { return e } }
        return nil
    }

    func testConstantExpressionsFold() throws {
        let c = try compile("(1 + 2) * 3 - 10 / 5")
        guard case .constant(let v) = c.compiler.expression(firstExpression(c)!) else { return XCTFail("not folded") }
        XCTAssertEqual(v, .int(7))
        let s = try compile("\"第\" + 3 + \"支部\"")
        guard case .constant(.string("第3支部")) = s.compiler.expression(firstExpression(s)!) else { return XCTFail("not folded") }
    }

    func testAFailingConstantIsLeftToRun() throws {
        let c = try compile("7 / 0")
        if case .constant = c.compiler.expression(firstExpression(c)!) { XCTFail("a failing division was folded") }
    }

    func testVariablesAreSlotsAndCells() throws {
        let c = try compile("let g = 1\nfor i in 1..2 { g + i }")
        var found: [NameMeaning] = c.resolution.names
        found.removeAll { $0 == .unresolved }
        XCTAssertTrue(found.contains(.global(c.compiler.env.global(c.compiler.env.symbols.intern("g"))!)))
        XCTAssertTrue(found.contains(.local(slot: 0, hops: 0)))
    }

    func testFunctionsGetFramesAndClosuresReachOut() throws {
        let c = try compile("def outer(a) {\n let b = 2\n def inner(x) { return a + b + x }\n return inner\n}")
        let meanings = c.resolution.names
        XCTAssertTrue(meanings.contains(.local(slot: 0, hops: 1)), "a, one function out")
        XCTAssertTrue(meanings.contains(.local(slot: 1, hops: 1)), "b, one function out")
        XCTAssertEqual(c.resolution.functions.count, 2)
    }

    func testQueryClausesGetAnItemSlotPerDepth() throws {
        let c = try compile("def f(xs) { return xs where count(items where size > 1) > 0 }")
        let layout = c.resolution.functions.values.first { $0.localCount == 1 }
        XCTAssertEqual(layout?.queryDepth, 2)
        XCTAssertTrue(c.resolution.names.contains(.itField))
    }

    func testNothingRunsWhenResolutionFails() {
        let i = Interpreter()
        let out = OutputBox()
        i.output = { out.text += $0 }
        XCTAssertThrowsError(try i.run("print 1\nprint count(1, 2)"))
        XCTAssertEqual(out.text, "")
    }

    func testTheLongestExpressionsTheParserAcceptsCompileAndRun() throws {
        let i = Interpreter()
        i.define("one", .int(1))
        let chain = Array(repeating: "one", count: 1_000).joined(separator: " + ")
        XCTAssertEqual(try i.run(chain), .int(1_000))
        let nested = String(repeating: "(", count: 150) + "one" + String(repeating: ")", count: 150)
        XCTAssertEqual(try i.run(nested + " * 2"), .int(2))
        let lists = String(repeating: "[", count: 150) + "one" + String(repeating: "]", count: 150)
        XCTAssertNoThrow(try i.run("print " + lists))
    }
}
