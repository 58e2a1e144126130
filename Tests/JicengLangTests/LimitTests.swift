import XCTest
@testable import JicengLang

/// Input at the size of the limits and far past them, generated: every case ends with a
/// located error (or, where the size is allowed, a result), never a crash or a stack
/// overflow. The same cases run through the real `jiceng` in JicengConsoleTests.LimitCommandTests.
final class LimitTests: XCTestCase {
    /// Far past every nesting limit, as in the reliability requirements: 100,000 levels.
    static let huge = 100_000

    /// Runs `source` and returns the first diagnostic it failed with (nil if it ran).
    private func failure(_ source: String, limits: Limits = Limits()) -> Diagnostic? {
        let i = Interpreter(limits: limits)
        i.output = { _ in }
        do {
            _ = try i.run(source, file: "limit.jc")
            return nil
        } catch {
            return error.diagnostics.first
        }
    }

    /// Asserts the run failed with `id` at `line:column`.
    private func assertFails(_ source: String, _ id: String, at location: String, limits: Limits = Limits(),
                             _ what: String, file: StaticString = #filePath, line: UInt = #line) {
        guard let d = failure(source, limits: limits) else {
            return XCTFail("\(what): ran without an error", file: file, line: line)
        }
        XCTAssertEqual(d.id, id, "\(what): \(d.message)", file: file, line: line)
        XCTAssertEqual("\(d.location)", location, "\(what): \(d.message)", file: file, line: line)
        XCTAssertTrue(DiagnosticFormatter().format(d).contains("limit.jc:\(location)"), what, file: file, line: line)
    }

    private static func repeated(_ s: String, _ n: Int = huge) -> String { String(repeating: s, count: n) }

    func testBracketsBlocksAndPrefixOperatorsStopAtTheNestingLimit() {
        let tooDeep = DiagnosticCatalog.nestingTooDeep.id
        let n = Self.huge, first = Parser.maxNestingDepth + 1
        // The error is at the first level too many: column 201 for one-character openers.
        assertFails(Self.repeated("(") + "1" + Self.repeated(")"), tooDeep, at: "1:\(first)", "\(n) '('")
        assertFails("print " + Self.repeated("("), tooDeep, at: "1:\(first + 6)", "\(n) unclosed '('")
        assertFails(Self.repeated("[") + Self.repeated("]"), tooDeep, at: "1:\(first)", "\(n) '['")
        assertFails(Self.repeated("{a: ") + "1" + Self.repeated("}"), tooDeep, at: "1:\(4 * Parser.maxNestingDepth + 1)", "\(n) records")
        assertFails(Self.repeated("if true { ") + Self.repeated("}"), tooDeep, at: "1:\(10 * Parser.maxNestingDepth + 4)", "\(n) if blocks")
        assertFails(Self.repeated("while false { ") + Self.repeated("}"), tooDeep, at: "1:\(14 * Parser.maxNestingDepth + 7)", "\(n) while blocks")
        assertFails(Self.repeated("def f() { ") + Self.repeated("}"), tooDeep, at: "1:\(10 * Parser.maxNestingDepth + 9)", "\(n) nested functions")
        assertFails("print " + Self.repeated("-") + "1", tooDeep, at: "1:\(first + 6)", "\(n) unary minus")
        assertFails("print " + Self.repeated("not ") + "true", tooDeep, at: "1:\(4 * Parser.maxNestingDepth + 7)", "\(n) not")
        // Inside a query's condition and a command's argument the same limit holds.
        assertFails("print count([1] where " + Self.repeated("(") + "true" + Self.repeated(")") + ")", tooDeep,
                    at: "1:\(first + 21)", "\(n) '(' in a query")
    }

    func testChainsOfIndexesFieldsCallsAndOperatorsStopAtTheExpressionLimit() {
        let tooDeep = DiagnosticCatalog.nestingTooDeep.id
        let height = Parser.maxExpressionHeight
        // `a[0][0]…`: each link is a level of the tree; the error is at the link too many.
        assertFails("let a = [1]\nprint a" + Self.repeated("[0]"), tooDeep, at: "2:\(8 + 3 * (height - 1))", "index chain")
        assertFails("let a = 1\nprint a" + Self.repeated(".x"), tooDeep, at: "2:\(8 + 2 * (height - 1))", "field chain")
        assertFails("def f() { return f }\nprint f" + Self.repeated("()"), tooDeep, at: "2:\(8 + 2 * (height - 1))", "call chain")
        // A flat chain stops at maxOperatorChain.
        assertFails("print " + Array(repeating: "1", count: Self.huge).joined(separator: "+"), DiagnosticCatalog.expressionTooLong.id,
                    at: "1:\(6 + 2 * Parser.maxOperatorChain + 2)", "flat chain")
        // Chains inside brackets, each as long as allowed, add up: the height limit stops them.
        var nestedChains = "1"
        for _ in 0..<Parser.maxNestingDepth - 1 { nestedChains = "(" + nestedChains + Self.repeated("+1", Parser.maxOperatorChain - 1) + ")" }
        XCTAssertEqual(failure("print " + nestedChains)?.id, tooDeep, "operator chains nested in brackets")
        // Exactly at the limits, everything runs.
        XCTAssertNil(failure("def f() { return f }\nprint f" + Self.repeated("()", height - 1)), "call chain at the limit")
        XCTAssertNil(failure("print " + Array(repeating: "1", count: Parser.maxOperatorChain + 1).joined(separator: "+")),
                     "flat chain at the limit")
    }

    func testALongElseIfChainRunsAsALoop() throws {
        let i = Interpreter()
        var printed = ""
        i.output = { printed += $0 }
        let chain = "let x = \(Self.huge)\nif x == 0 { print 0 }" + (1...Self.huge).map { " else if x == \($0) { print \($0) }" }.joined() + " else { print -1 }"
        _ = try i.run(chain)
        XCTAssertEqual(printed, "\(Self.huge)\n")
    }

    func testAMillionItemsAreAllowedAndTenMillionAndOneAreNot() throws {
        let i = Interpreter()
        let million = "[" + (1...1_000_000).map(String.init).joined(separator: ",") + "]"
        XCTAssertEqual(try i.run("let l = \(million)\nlen(l)"), .int(1_000_000))
        XCTAssertEqual(try i.run("len(1..1000000)"), .int(1_000_000))
        assertFails("let l = 1..100000000000", RuntimeErrorID.listTooLong, at: "1:9", "a range of 10^11 as a list")
        assertFails("let l = [1]\nwhile true { l = l + l }", RuntimeErrorID.listTooLong, at: "2:18", "a list doubled in a loop")
    }

    func testTextStopsAtItsLimit() throws {
        // (A 100 MB literal, as long as the limit, is read by the real jiceng in LimitCommandTests.)
        assertFails("print len(\"x\" * 1000000000)", RuntimeErrorID.stringTooLong, at: "1:11", "\"x\" * 10^9")
        assertFails("print len((\"x\" * 100000000) * 100000000)", RuntimeErrorID.stringTooLong, at: "1:11", "10^16 bytes")
        assertFails("let s = \"x\"\nwhile true { s = s + s }", RuntimeErrorID.stringTooLong, at: "2:18", "a string doubled in a loop")
        assertFails("let s = \"x\" * 10000000\nprint len(replace(s, \"x\", s))", RuntimeErrorID.stringTooLong, at: "2:11", "replace")
        assertFails("let s = \"x\" * 10000000\nlet l = [s]\nfor k in 1..5 { l = l + l }\nprint len(join(l))",
                    RuntimeErrorID.stringTooLong, at: "4:11", "join")
        XCTAssertEqual(failure("print \"x\" * -1")?.id, RuntimeErrorID.badArgument, "a negative count")
    }

    func testRunawayRecursionAndEndlessLoopsStopAtTheirLimits() {
        assertFails("def f(n) { return f(n + 1) }\nf(0)", RuntimeErrorID.depthLimit, at: "1:19", "recursion")
        assertFails("def f(n) { return g(n) }\ndef g(n) { return 1 + f(n) }\nf(0)", RuntimeErrorID.depthLimit, at: "2:23", "mutual recursion")
        assertFails("def f(n) { return count([1] where f(n)) }\nf(0)", RuntimeErrorID.depthLimit, at: "1:35", "recursion in a query")
        assertFails("while true { }", RuntimeErrorID.stepLimit, at: "1:1", limits: Limits(maxSteps: 100_000), "an endless loop")
        assertFails("def f() { while true { } }\nf()", RuntimeErrorID.stepLimit, at: "1:11", limits: Limits(maxSteps: 100_000), "an endless loop in a call")
    }

    func testValuesNestedAHundredThousandDeepAreComparedShownAndFreed() throws {
        // Built at run time, where no parser limit applies: freeing them must not recurse
        // once per level (NestedValues), and comparing or showing them stops at a depth.
        do {
            let i = Interpreter()
            var printed = ""
            i.output = { printed += $0 }
            _ = try i.run("""
                let l = []
                for k in 1..\(Self.huge) { l = [l] }
                let r = {a: 1}
                for k in 1..\(Self.huge) { r = {a: r, b: [r]} }
                let m = [l, r]
                print len(m), [l] == [l]
                l = nil
                """)
            XCTAssertEqual(printed, "2 true\n")
            XCTAssertEqual(failure("let l = []\nfor k in 1..\(Self.huge) { l = [l] }\nprint l < l")?.id, RuntimeErrorID.typeMismatch)
        } // the interpreter, its globals and the nested values are freed here
    }

    func testAHundredThousandDigitNumberIsNamedShortly() throws {
        for (literal, id) in [(String(repeating: "9", count: Self.huge), DiagnosticCatalog.integerOverflow.id),
                              ("1." + String(repeating: "5", count: Self.huge), DiagnosticCatalog.decimalOverflow.id)] {
            let d = try XCTUnwrap(failure("print " + literal))
            XCTAssertEqual(d.id, id)
            XCTAssertEqual("\(d.location)", "1:7")
            XCTAssertLessThan(DiagnosticFormatter().format(d).utf8.count, 1_000, String(DiagnosticFormatter().format(d).prefix(300)))
        }
    }

    func testTheLargestIntegersMoveNoDateOrQuarterOutOfTheCalendar() {
        let most = "9223372036854775807"
        for e in ["add_days(2025-01-01, \(most))", "2025-01-01 - \(most)", "2025Q1 + \(most)", "2025Q1 - \(most)",
                  "2025-01 + \(most)", "add_months(2025-01-01, \(most))"] {
            assertFails("print " + e, RuntimeErrorID.overflow, at: "1:7", e)
        }
    }

    func testNULAndInvalidUTF8AreLocatedErrors() {
        let i = Interpreter()
        func firstError(_ bytes: [UInt8]) -> Diagnostic? {
            Parser.parse(SourceFile(name: "limit.jc", bytes: bytes), symbols: i.symbols, commands: i.currentGrammar()).diagnostics.first
        }
        let nul = firstError(Array("print 1\0\nprint 2\n".utf8))
        XCTAssertEqual(nul?.id, DiagnosticCatalog.nulByte.id)
        XCTAssertEqual(nul.map { "\($0.location)" }, "1:8")
        let invalid = firstError(Array("print 1\nprint \"".utf8) + [0xFF, 0xFE] + Array("\"\n".utf8))
        XCTAssertEqual(invalid?.id, DiagnosticCatalog.invalidUTF8.id)
        XCTAssertEqual(invalid.map { "\($0.location)" }, "2:8")
        assertFails("print \"a\0b\"", DiagnosticCatalog.nulByte.id, at: "1:9", "NUL in a string")
    }

    func testAnErrorOnAHugeLineShowsAWindowOfIt() throws {
        let d = try XCTUnwrap(failure("let s = \"" + String(repeating: "x", count: 1_000_000) + "\" + nope"))
        let shown = DiagnosticFormatter().format(d)
        XCTAssertLessThan(shown.utf8.count, 1_000, "the whole million-byte line was shown")
        let lines = shown.split(separator: "\n", omittingEmptySubsequences: false)
        let excerpt = try XCTUnwrap(lines.first { $0.hasPrefix("1 | ") })
        XCTAssertTrue(excerpt.hasPrefix("1 | ...xxx") && excerpt.hasSuffix("\" + nope"), String(excerpt))
        // The carets still sit under `nope`.
        let carets = try XCTUnwrap(lines.first { $0.contains("^") })
        XCTAssertEqual(carets.firstIndex(of: "^").map { carets.distance(from: carets.startIndex, to: $0) },
                       excerpt.range(of: "nope").map { excerpt.distance(from: excerpt.startIndex, to: $0.lowerBound) })
    }
}
