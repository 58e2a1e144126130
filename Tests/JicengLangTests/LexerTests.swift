import JicengBase
import XCTest

@testable import JicengLang

final class LexerTests: XCTestCase {
    /// Lexes `text` and describes each token as `kind` or `kind:text`, one string.
    private func lex(_ text: String) -> (String, [Diagnostic], Lexer.Result) {
        let file = SourceFile(name: "t.jc", text: text)
        let symbols = SymbolTable()
        let result = Lexer.tokenize(file, symbols: symbols)
        let described = result.tokens.map { t -> String in
            switch t.kind {
            case .identifier, .keyword: "\(t.kind)(\(symbols[t.symbol]))"
            case .integer, .decimal, .string, .date, .month, .quarter: "\(t.kind)(\(describe(t.literal)))"
            default: "\(t.kind)"
            }
        }.joined(separator: " ")
        return (described, result.diagnostics, result)
    }

    private func describe(_ l: Literal) -> String {
        switch l {
        case .nil: "nil"
        case .bool(let b): "\(b)"
        case .integer(let n): "\(n)"
        case .decimal(let d): "\(d)"
        case .string(let s): s
        case .date(let d): "\(d)"
        case .month(let m): "\(m)"
        case .quarter(let q): "\(q)"
        }
    }

    private func errors(_ text: String) -> [String] {
        let file = SourceFile(name: "t.jc", text: text)
        return Lexer.tokenize(file, symbols: SymbolTable()).diagnostics.map { "\($0.location) \($0.id) \($0.message)" }
    }

    func testNamesKeywordsAndPunctuation() {
        XCTAssertEqual(
            lex("let x = f(a, b) + 3").0,
            "keyword(let) identifier(x) equal identifier(f) leftParen identifier(a) comma identifier(b) rightParen plus integer(3) end"
        )
        XCTAssertEqual(
            lex("a == b != c <= d >= e < f > g .. h.i - j * k / l % m").0,
            "identifier(a) equalEqual identifier(b) bangEqual identifier(c) lessEqual identifier(d) greaterEqual identifier(e) less identifier(f) greater identifier(g) dotDot identifier(h) dot identifier(i) minus identifier(j) star identifier(k) slash identifier(l) percent identifier(m) end"
        )
    }

    func testChineseIdentifiersAndInterning() {
        let file = SourceFile(name: "t.jc", text: "党员 = 张三; 党员")
        let symbols = SymbolTable()
        let tokens = Lexer.tokenize(file, symbols: symbols).tokens
        XCTAssertEqual(tokens.map(\.kind), [.identifier, .equal, .identifier, .semicolon, .identifier, .end])
        XCTAssertEqual(tokens[0].symbol, tokens[4].symbol)
        XCTAssertNotEqual(tokens[0].symbol, tokens[2].symbol)
        XCTAssertEqual(symbols[tokens[2].symbol], "张三")
        XCTAssertEqual(symbols.intern("党员"), tokens[0].symbol)
    }

    func testChineseTextRunsIntoNumbers() {
        XCTAssertEqual(lex("于2025-03-15 奖励5积分 支部_1 m2").0,
                       "identifier(于) date(2025-03-15) identifier(奖励) integer(5) identifier(积分) identifier(支部_1) identifier(m2) end")
    }

    func testContextualWordsAreIdentifiersWithFixedSymbols() {
        let file = SourceFile(name: "t.jc", text: "where group")
        let tokens = Lexer.tokenize(file, symbols: SymbolTable()).tokens
        XCTAssertTrue(tokens[0].isWord(.where))
        XCTAssertTrue(tokens[1].isWord(.group))
        XCTAssertEqual(tokens[1].kind, .identifier)
    }

    func testNumbersDecimalsAndRanges() {
        XCTAssertEqual(lex("12.50 1..10 7 0.005").0, "decimal(12.50) integer(1) dotDot integer(10) integer(7) decimal(0.005) end")
        XCTAssertEqual(lex("9223372036854775807").0, "integer(9223372036854775807) end")
    }

    func testIntegerOverflowIsALocatedError() {
        XCTAssertEqual(errors("x = 9223372036854775808"), ["1:5 E0106 integer 9223372036854775808 is too large"])
    }

    func testDatesMonthsQuartersAndSubtraction() {
        XCTAssertEqual(lex("2025-03-15 2025-03 2025Q1").0, "date(2025-03-15) month(2025-03) quarter(2025Q1) end")
        XCTAssertEqual(lex("2025 - 03").0, "integer(2025) minus integer(3) end")
        XCTAssertEqual(lex("2025-3").0, "integer(2025) minus integer(3) end")
        XCTAssertEqual(lex("12025-03").0, "integer(12025) minus integer(3) end")
    }

    func testInvalidDatesAreLocatedErrors() {
        XCTAssertEqual(
            errors("a = 2025-02-30\nb = 2025-13\nc = 2025Q5\nd = 2025-02-1"),
            [
                "1:5 E0108 2025-02-30 is not a date", "2:5 E0108 2025-13 is not a month", "3:5 E0108 2025Q5 is not a quarter",
                "4:5 E0108 2025-02-1 is not a date",
            ])
    }

    func testStringsAndEscapes() {
        XCTAssertEqual(lex(#""a\n\t\"\\\u{4E2D}b""#).0, "string(a\n\t\"\\中b) end")
        XCTAssertEqual(errors(#"x = "a\qb""#), [#"1:7 E0105 unknown escape '\q'"#])
        XCTAssertEqual(errors(#"x = "\u{110000}""#), [#"1:6 E0105 invalid unicode escape"#])
    }

    func testChineseQuotesAndFullWidthPunctuation() {
        XCTAssertEqual(
            lex("分配（“张三”，「李四」）：＝；［『x』］｛‘y’｝").0,
            "identifier(分配) leftParen string(张三) comma string(李四) rightParen colon equal semicolon leftBracket string(x) rightBracket leftBrace string(y) rightBrace end"
        )
        XCTAssertEqual(lex("a\u{3000}b、c").0, "identifier(a) identifier(b) comma identifier(c) end")
        XCTAssertEqual(lex("“他说\"好\"”").0, "string(他说\"好\") end")
    }

    func testUnterminatedStringSpansToEndAndIsReported() {
        let (tokens, diagnostics, result) = lex("print \"abc\nnext")
        XCTAssertEqual(tokens, "keyword(print) string(abc\nnext) end")
        XCTAssertEqual(diagnostics.map { "\($0.location) \($0.message)" }, ["1:7 unterminated string"])
        XCTAssertTrue(result.endsInsideString)
    }

    func testNewlinesEndStatementsOutsideParenthesesAndBrackets() {
        XCTAssertEqual(lex("f(a,\n b)\n[1,\n2]\n").0,
                       "identifier(f) leftParen identifier(a) comma identifier(b) rightParen newline leftBracket integer(1) comma integer(2) rightBracket newline end")
        XCTAssertEqual(lex("if x {\n\n  y\n}\n\n").0,
                       "keyword(if) identifier(x) leftBrace newline identifier(y) newline rightBrace newline end")
        XCTAssertEqual(lex("f(\n").2.openBrackets, 1)
    }

    func testCommentsAndShebang() {
        XCTAssertEqual(lex("#!/usr/bin/env -S jiceng run\nx # note “引号\ny").0,
                       "identifier(x) newline identifier(y) end")
    }

    func testBackslashAtALineEndContinuesTheStatement() {
        XCTAssertEqual(lex("a \\\n b\nc \\  # why\n d").0, "identifier(a) identifier(b) newline identifier(c) identifier(d) end")
        XCTAssertTrue(lex("a \\").2.endsWithContinuation)
        XCTAssertEqual(errors("a \\ b"), ["1:3 E0103 unexpected character '\\'"])
    }

    func testByteOrderMarkIsSkipped() {
        XCTAssertEqual(lex("\u{FEFF}x").0, "identifier(x) end")
    }

    func testInvalidUTF8AndNulAreLocatedErrors() {
        var bytes = Array("a = 1\nb ".utf8)
        bytes += [0xFF, 0xFE]
        bytes += Array(" c\0d".utf8)
        let file = SourceFile(name: "t.jc", bytes: bytes)
        let result = Lexer.tokenize(file, symbols: SymbolTable())
        XCTAssertEqual(result.diagnostics.map { "\($0.location) \($0.id)" }, ["2:3 E0101", "2:7 E0102"])
        XCTAssertEqual(result.tokens.filter { $0.kind == .identifier }.count, 4)
    }

    func testUnexpectedCharacters() {
        XCTAssertEqual(errors("a ! b @ c"), ["1:3 E0103 unexpected character '!'", "1:7 E0103 unexpected character '@'"])
        XCTAssertEqual(errors("x ☺"), ["1:3 E0103 unexpected character '☺'"])
    }

    func testErrorFloodIsCapped() {
        let file = SourceFile(name: "t.jc", bytes: Array(repeating: 0, count: 1000))
        XCTAssertEqual(Lexer.tokenize(file, symbols: SymbolTable()).diagnostics.count, Lexer.maxReportedErrors)
    }
}
