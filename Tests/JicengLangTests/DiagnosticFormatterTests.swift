import XCTest

import JicengBase
@testable import JicengLang

final class DiagnosticFormatterTests: XCTestCase {
    private func diagnostic(
        _ text: String, name: String = "monthly.jc", span: String, occurrence: Int = 1, message: String,
        label: String? = nil, notes: [String] = [], help: String? = nil, severity: Diagnostic.Severity = .error
    ) -> Diagnostic {
        let file = SourceFile(name: name, text: text)
        let bytes = Array(text.utf8), needle = Array(span.utf8)
        var found = 0, at = -1
        for i in 0...(bytes.count - needle.count) where Array(bytes[i..<(i + needle.count)]) == needle {
            found += 1
            if found == occurrence { at = i; break }
        }
        precondition(at >= 0, "span not in text")
        return Diagnostic(
            id: "E0301", severity: severity, message: Message(verbatim: message), file: file,
            range: SourceRange(start: at, end: at + needle.count), label: label.map(Message.init(verbatim:)),
            notes: notes.map(Message.init(verbatim:)), help: help.map(Message.init(verbatim:)))
    }

    func testTheHouseFormat() {
        let text = (1...13).map { "# line \($0)" }.joined(separator: "\n") + "\nassign member \"M0099\" to branch \"XFL-01\"\n"
        let d = diagnostic(text, span: "\"M0099\"", message: "unknown member \"M0099\"", label: "no member has this code",
                           notes: ["members are looked up by code, then by name"], help: "did you mean \"M0090\"?")
        XCTAssertEqual(DiagnosticFormatter().format(d), """
            error[E0301]: unknown member "M0099"
              --> monthly.jc:14:15
               |
            14 | assign member "M0099" to branch "XFL-01"
               |               ^^^^^^^ no member has this code
               = note: members are looked up by code, then by name
               = help: did you mean "M0090"?
            """)
    }

    func testGutterFollowsTheLineNumbersWidth() {
        let d = diagnostic("print x", name: "a.jc", span: "x", message: "unknown name 'x'")
        XCTAssertEqual(DiagnosticFormatter().format(d), """
            error[E0301]: unknown name 'x'
             --> a.jc:1:7
              |
            1 | print x
              |       ^
            """)
        let long = String(repeating: "\n", count: 1203) + "print y"
        XCTAssertEqual(DiagnosticFormatter().format(diagnostic(long, name: "b.jc", span: "y", message: "m")), """
            error[E0301]: m
                --> b.jc:1204:7
                 |
            1204 | print y
                 |       ^
            """)
    }

    func testChineseTextTakesTwoColumnsForCarets() {
        let d = diagnostic("分配 党员 “张三” 到 支部 “一支部”", name: "c.jc", span: "“一支部”", message: "unknown branch",
                           label: "没有这个支部")
        XCTAssertEqual(DiagnosticFormatter().format(d), """
            error[E0301]: unknown branch
             --> c.jc:1:17
              |
            1 | 分配 党员 “张三” 到 支部 “一支部”
              |                          ^^^^^^^^ 没有这个支部
            """)
    }

    func testASpanOverSeveralLinesIsUnderlinedToTheEndOfItsFirstLine() {
        let d = diagnostic("let r = {a: 1,\n  b: 2}", name: "d.jc", span: "{a: 1,\n  b: 2}", message: "bad record")
        XCTAssertEqual(DiagnosticFormatter().format(d), """
            error[E0301]: bad record
             --> d.jc:1:9
              |
            1 | let r = {a: 1,
              |         ^^^^^^
            """)
    }

    func testAnEmptySpanAtTheEndGetsOneCaret() {
        let file = SourceFile(name: "e.jc", text: "let x =")
        let d = Diagnostic(id: "E0202", message: Message(verbatim: "expected an expression, found end of input"), file: file,
                           range: SourceRange(start: 7, end: 7))
        XCTAssertEqual(DiagnosticFormatter().format(d), """
            error[E0202]: expected an expression, found end of input
             --> e.jc:1:8
              |
            1 | let x =
              |        ^
            """)
    }

    func testTabsAreExpandedSoCaretsLineUp() {
        let d = diagnostic("\tprint\tz", name: "f.jc", span: "z", message: "m")
        XCTAssertEqual(DiagnosticFormatter().format(d), """
            error[E0301]: m
             --> f.jc:1:8
              |
            1 |     print    z
              |              ^
            """)
    }

    func testWarningsAndSeveralDiagnostics() {
        let a = diagnostic("a\nb", name: "g.jc", span: "a", message: "first")
        let b = diagnostic("a\nb", name: "g.jc", span: "b", message: "second", severity: .warning)
        XCTAssertEqual(DiagnosticFormatter().format([a, b]), """
            error[E0301]: first
             --> g.jc:1:1
              |
            1 | a
              | ^

            warning[E0301]: second
             --> g.jc:2:1
              |
            2 | b
              | ^
            """)
    }

    func testColourOnlyWhenAsked() {
        let d = diagnostic("print x", name: "a.jc", span: "x", message: "m", label: "here")
        let coloured = DiagnosticFormatter(colors: true).format(d)
        XCTAssertEqual(coloured, [
            "\u{1B}[1;31merror[E0301]\u{1B}[0m\u{1B}[1m: m\u{1B}[0m",
            " \u{1B}[1;34m-->\u{1B}[0m a.jc:1:7",
            "  \u{1B}[1;34m|\u{1B}[0m",
            "\u{1B}[1;34m1\u{1B}[0m \u{1B}[1;34m|\u{1B}[0m print x",
            "  \u{1B}[1;34m|\u{1B}[0m       \u{1B}[1;31m^\u{1B}[0m \u{1B}[1;31mhere\u{1B}[0m",
        ].joined(separator: "\n"))
        XCTAssertFalse(DiagnosticFormatter().format(d).contains("\u{1B}"))
    }

    func testParserErrorsFormatEndToEnd() {
        let symbols = SymbolTable()
        let file = SourceFile(name: "s.jc", text: "let 总数 = count(党员\nprint 总数")
        let result = Parser.parse(file, symbols: symbols, commands: CommandGrammar(symbols: symbols))
        XCTAssertEqual(DiagnosticFormatter().format(result.diagnostics), """
            error[E0201]: expected ')' after arguments, found 'print'
             --> s.jc:2:1
              |
            2 | print 总数
              | ^^^^^
              = note: '(' opened at 1:15
            """)
    }
}
