import XCTest

@testable import JicengLang

final class ParserTests: XCTestCase {
    private func dump(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> String {
        let parsed = ParsedForTest(text)
        XCTAssertEqual(parsed.errors, [], file: file, line: line)
        return parsed.dump
    }

    func testStatements() {
        let source = """
            let x = 1
            x = x + 1; xs[0] = 2
            r.f = "a"
            if x > 1 { print x } else if x < 0 { print -x } else { print }
            while x < 10 { x = x * 2 }
            def f(a, b) { return a + b }
            def g() { return }
            show members as csv to "m.csv"
            show y to "y.json" as JSON
            show z as 表格
            assert x == 2, "x is two"
            run "other.jc"
            transaction { let y = 2 }
            for m in members where age >= 80 { if m.age > 90 { break } else { continue } }
            f(1, 2)
            """
        XCTAssertEqual(
            dump(source),
            """
            (let x 1)
            (= x (+ x 1))
            (= (index xs 0) 2)
            (= (. r f) "a")
            (if (> x 1) {(print x)} (< x 0) {(print (- x))} else {(print)})
            (while (< x 10) {(= x (* x 2))})
            (def f (a b) {(return (+ a b))})
            (def g () {(return)})
            (show members as csv to "m.csv")
            (show y as json to "y.json")
            (show z as table)
            (assert (== x 2) "x is two")
            (run "other.jc")
            (transaction {(let y 2)})
            (for m (where members (>= age 80)) {(if (> (. m age) 90) {(break)} else {(continue)})})
            (call f 1 2)
            """)
    }

    func testALineMayBreakAfterAnOperatorCommaOrQueryWord() {
        XCTAssertEqual(dump("let total = 1 +\n  2 *\n  3\nprint total,\n  members where\n  age > 80 and\n  not\n  x sort by\n  age"),
                       "(let total (+ 1 (* 2 3)))\n(print total (sort (where members (and (> age 80) (not x))) (asc age)))")
        XCTAssertEqual(dump("x =\n  1"), "(= x 1)")
        // A line break elsewhere still ends the statement.
        XCTAssertEqual(dump("print a\n- b"), "(print a)\n(- b)")
    }

    func testNegativeLiteralsFoldButNegatedNamesDoNot() {
        XCTAssertEqual(dump("print -x, -5, -2.50, - -1"), "(print (- x) -5 -2.50 1)")
    }

    func testALoopVariableInItsQueryClausesIsTheItem() {
        XCTAssertEqual(
            dump("for m in members where m.age >= 80 and branch == m.b sort by m.points desc { print m.name }"),
            "(for m (sort (where members (and (>= (. it age) 80) (== branch (. it b)))) (desc (. it points))) {(print (. m name))})")
        // A nested query's clauses have their own item; the variable elsewhere is untouched.
        XCTAssertEqual(
            dump("for m in members where count(m.tasks where m > 1) > 0 { }"),
            "(for m (where members (> (call count (where (. it tasks) (> m 1))) 0)) {})")
        XCTAssertEqual(dump("for m in f(m) { }"), "(for m (call f m) {})")
    }

    func testBlocksSpanLinesAndElseMayStartTheNextLine() {
        XCTAssertEqual(
            dump("if a {\n  print 1\n\n  print 2\n}\nelse {\n  print 3\n}\n"),
            "(if a {(print 1) (print 2)} else {(print 3)})")
    }

    func testPrecedence() {
        XCTAssertEqual(dump("a or b and not c == d + e * -f"), "(or a (and b (not (== c (+ d (* e (- f)))))))")
        XCTAssertEqual(dump("(a + b) * c % d - e / f"), "(- (% (* (+ a b) c) d) (/ e f))")
        XCTAssertEqual(dump("a - b - c"), "(- (- a b) c)")
        XCTAssertEqual(dump("x in 1..n + 1 and y not in ys"), "(and (in x (.. 1 (+ n 1))) (not in y ys))")
        XCTAssertEqual(dump("not not a"), "(not (not a))")
        XCTAssertEqual(dump("a.b.c[0](x).d"), "(. (call (index (. (. a b) c) 0) x) d)")
    }

    func testQueriesChainLeftToRightAndBindLoosest() {
        XCTAssertEqual(
            dump("members where status == \"floating_out\" or age > 80 sort by points desc, name take 10"),
            "(take (sort (where members (or (== status \"floating_out\") (> age 80))) (desc points) (asc name)) 10)")
        XCTAssertEqual(
            dump("members select code, branch.name, years: age - 18"),
            "(select members (code: code) (name: (. branch name)) (years: (- age 18)))")
        XCTAssertEqual(dump("members group by branch.community"), "(group members (. branch community))")
        XCTAssertEqual(dump("count(tasks where owner == it.org and overdue)"), "(call count (where tasks (and (== owner (. it org)) overdue)))")
        XCTAssertEqual(dump("xs sort by it asc"), "(sort xs (asc it))")
    }

    func testQueryWordsAreOrdinaryNamesElsewhere() {
        XCTAssertEqual(dump("let sort = m.group + take"), "(let sort (+ (. m group) take))")
        XCTAssertEqual(dump("print r.where, r.if"), "(print (. r where) (. r if))")
    }

    func testListsAndRecords() {
        XCTAssertEqual(
            dump("let r = {name: \"x\", n: [1, 2,], \"M0009\": \"病假\"}\nlet e = {}\nlet l = []"),
            "(let r {name: \"x\", n: [1 2], M0009: \"病假\"})\n(let e {})\n(let l [])")
        XCTAssertEqual(dump("let r = {\n  a: 1\n  b: 2,\n  c: [3,\n 4]\n}"), "(let r {a: 1, b: 2, c: [3 4]})")
    }

    func testLiteralsAndFullWidthInput() {
        XCTAssertEqual(
            dump("let d ＝ [2025-03-15，2025-03，2025Q1，12.50，true，nil，“张三”]"),
            "(let d [2025-03-15 2025-03 2025Q1 12.50 true nil \"张三\"])")
    }

    func testChineseNames() {
        XCTAssertEqual(dump("let 人数 = count(党员)\nprint 人数"), "(let 人数 (call count 党员))\n(print 人数)")
    }

    func testErrorsSayWhatWasExpectedAndWhere() {
        let source = MarkedSource("""
            print f(1, 2 1️⃣]
            let 2️⃣= 3
            if x 3️⃣print x
            let y = (1 +4️⃣
            """)
        let parsed = ParsedForTest(source.text)
        XCTAssertEqual(parsed.errors, [
            "\(source["1"]) E0201 expected ')' after arguments, found ']'",
            "\(source["2"]) E0201 expected a name after 'let', found '='",
            "\(source["3"]) E0201 expected '{' after the condition of 'if', found 'print'",
            "\(source["4"]) E0202 expected an expression, found end of input",
        ])
    }

    func testRecoveryReportsEveryErrorAndKeepsTheGoodStatements() {
        let parsed = ParsedForTest("let a = 1\nlet = 2\nprint a\nif a { let = 3\n print a }\nprint )\nprint a")
        XCTAssertEqual(parsed.errors.count, 3)
        XCTAssertEqual(parsed.dump, "(let a 1)\n(print a)\n(if a {(print a)})\n(print a)")
    }

    func testSyntaxErrorsAreCapped() {
        let broken = String(repeating: "let = 1\n", count: Parser.maxReportedErrors + 20)
        XCTAssertEqual(ParsedForTest(broken).errors.count, Parser.maxReportedErrors)
    }

    func testStatementsMustEndAtALineEnd() {
        XCTAssertEqual(ParsedForTest("print a b").errors, ["1:9 E0201 expected a new line or ';' after the statement, found 'b'"])
    }

    func testReservedWordsAreNamedInErrors() {
        let parsed = ParsedForTest("let if = 1")
        XCTAssertEqual(parsed.errors, ["1:5 E0201 expected a name after 'let', found 'if'"])
        XCTAssertEqual(parsed.result.diagnostics.first?.label?.english, "'if' is a reserved word")
    }

    func testComparisonsAndRangesDoNotChain() {
        XCTAssertEqual(ParsedForTest("print a < b < c").errors, ["1:13 E0205 comparisons do not chain"])
        XCTAssertEqual(ParsedForTest("print 1..2..3").errors, ["1:11 E0205 ranges do not chain"])
        XCTAssertEqual(dump("print (a < b) == c"), "(print (== (< a b) c))")
    }

    func testOnlyNamesElementsAndFieldsCanBeAssigned() {
        XCTAssertEqual(ParsedForTest("f(x) = 3").errors, ["1:1 E0203 cannot assign to this expression"])
    }

    func testComputedSelectColumnsNeedAName() {
        XCTAssertEqual(ParsedForTest("print xs select a + 1").errors, ["1:17 E0201 a computed column needs a name"])
    }

    func testElseWithoutIf() {
        XCTAssertEqual(ParsedForTest("else { }").errors, ["1:1 E0201 'else' without 'if'"])
    }

    func testUnmatchedClosingBrace() {
        let parsed = ParsedForTest("print 1\n}\nprint 2")
        XCTAssertEqual(parsed.errors, ["2:1 E0209 unmatched '}'"])
        XCTAssertEqual(parsed.dump, "(print 1)\n(print 2)")
    }

    func testDeepNestingIsALocatedErrorNotACrash() {
        let deep = "print " + String(repeating: "(", count: 100_000) + "1" + String(repeating: ")", count: 100_000) + "\nprint 2"
        let parsed = ParsedForTest(deep)
        XCTAssertEqual(parsed.errors, ["1:\(7 + Parser.maxNestingDepth) E0204 nesting too deep"])
        XCTAssertEqual(parsed.dump, "(print 2)")
        let blocks = String(repeating: "if a {", count: 10_000) + String(repeating: "}", count: 10_000)
        XCTAssertEqual(ParsedForTest(blocks).result.diagnostics.map(\.id), ["E0204"])
        let minus = "print " + String(repeating: "-", count: 100_000) + "x"
        XCTAssertEqual(ParsedForTest(minus).result.diagnostics.map(\.id), ["E0204"])
    }

    func testLongOperatorChainsAreBounded() {
        let ok = "print " + Array(repeating: "1", count: Parser.maxOperatorChain + 1).joined(separator: " + ")
        XCTAssertEqual(ParsedForTest(ok).errors, [])
        let tooLong = "print " + Array(repeating: "1", count: Parser.maxOperatorChain + 2).joined(separator: " + ")
        XCTAssertEqual(ParsedForTest(tooLong).result.diagnostics.map(\.id), ["E0210"])
    }

    func testNameIDsAreDistinctPerOccurrence() {
        let parsed = ParsedForTest("let x = 1\nprint x + x")
        XCTAssertEqual(parsed.result.program.nameCount, 3)
        guard case .print(let args) = parsed.result.program.statements[1].kind,
              case .binary(_, let l, let r) = args[0].kind,
              case .name(let ls, let lid) = l.kind, case .name(let rs, let rid) = r.kind else {
            return XCTFail("unexpected tree \(parsed.dump)")
        }
        XCTAssertEqual(ls, rs)
        XCTAssertNotEqual(lid, rid)
    }

    func testRangesCoverTheirSource() {
        let symbols = SymbolTable()
        let file = SourceFile(name: "t.jc", text: "let total = a.b + f(1, 2)")
        let program = Parser.parse(file, symbols: symbols, commands: CommandGrammar(symbols: symbols)).program
        guard case .let(let binding, let value) = program.statements[0].kind,
              case .binary(_, let l, let r) = value.kind else { return XCTFail() }
        XCTAssertEqual(file.text(of: program.statements[0].range), "let total = a.b + f(1, 2)")
        XCTAssertEqual(file.text(of: binding.range), "total")
        XCTAssertEqual(file.text(of: l.range), "a.b")
        XCTAssertEqual(file.text(of: r.range), "f(1, 2)")
    }

    func testCompletenessForTheREPL() {
        let symbols = SymbolTable()
        let grammar = CommandGrammar(symbols: symbols)
        func complete(_ text: String) -> Bool { Parser.isComplete(text, symbols: symbols, commands: grammar) }
        XCTAssertTrue(complete("print 1"))
        XCTAssertTrue(complete(""))
        XCTAssertFalse(complete("if x {"))
        XCTAssertFalse(complete("if x {\n  print 1"))
        XCTAssertTrue(complete("if x {\n  print 1\n}"))
        XCTAssertFalse(complete("print f(1,"))
        XCTAssertFalse(complete("print [1,\n2"))
        XCTAssertFalse(complete("print \"abc"))
        XCTAssertFalse(complete("let x ="))
        XCTAssertFalse(complete("print 1 +"))
        XCTAssertFalse(complete("print 1 \\"))
        XCTAssertTrue(complete("print 1 \\\n+ 2"))
        // An empty line after a dangling operator gives up and shows the error.
        XCTAssertTrue(complete("print 1 +\n"))
        XCTAssertTrue(complete("print 1 +\n2"))
        XCTAssertFalse(complete("if x {\n\n"))
        // Each open block says the input ended too soon; two of them are still unfinished.
        XCTAssertFalse(complete("for a in xs {\n  for b in a {"))
        XCTAssertFalse(complete("for a in xs {\n  if a {\n    while true {\n      print a"))
        XCTAssertTrue(complete("for a in xs {\n  for b in a {\n    print b\n  }\n}"))
        XCTAssertTrue(complete("for a in xs {\n  print )\n  for b in a {"))
        XCTAssertFalse(complete("let s = \"abc\n\n"))
        // A real error before the end is reported, not continued.
        XCTAssertTrue(complete("print )"))
        XCTAssertTrue(complete("print ) + ("))
    }
}
