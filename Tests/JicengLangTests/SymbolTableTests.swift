import XCTest

@testable import JicengLang

final class SymbolTableTests: XCTestCase {
    func testKeywordsAndContextualWordsHaveFixedSymbols() {
        let symbols = SymbolTable()
        XCTAssertEqual(symbols.intern("let"), .keyword(.let))
        XCTAssertEqual(symbols.intern("transaction"), .keyword(.transaction))
        XCTAssertEqual(symbols.intern("where"), .word(.where))
        XCTAssertEqual(symbols.intern("to"), .word(.to))
        XCTAssertEqual(Symbol.keyword(.in).keyword, .in)
        XCTAssertNil(Symbol.word(.where).keyword)
    }

    func testEveryWordIsSpelledAsItsCaseIsNamed() {
        for k in Keyword.allCases { XCTAssertEqual(k.spelling, String(describing: k)) }
        for w in ContextualWord.allCases { XCTAssertEqual(w.spelling, String(describing: w)) }
    }

    func testEachDistinctNameGetsOneIdThroughGrowth() {
        let symbols = SymbolTable()
        let base = symbols.count
        let names = (0..<5_000).map { $0 % 2 == 0 ? "n\($0)" : "党员\($0)" }
        let first = names.map(symbols.intern)
        XCTAssertEqual(symbols.count, base + names.count)
        XCTAssertEqual(names.map(symbols.intern), first)
        XCTAssertEqual(Set(first).count, names.count)
        XCTAssertEqual(first.map { symbols[$0] }, names)
        XCTAssertEqual(symbols.lookup("党员4999"), first[4999])
        XCTAssertNil(symbols.lookup("党员5001"))
    }

    func testLexerAndStringInterningAgree() {
        let symbols = SymbolTable()
        let tokens = Lexer.tokenize(SourceFile(name: "t", text: "张三 x_1"), symbols: symbols).tokens
        XCTAssertEqual(tokens[0].symbol, symbols.intern("张三"))
        XCTAssertEqual(tokens[1].symbol, symbols.lookup("x_1"))
    }
}

final class DiagnosticCatalogTests: XCTestCase {
    func testIdsAreUniqueAndInTheirStagesRange() {
        let all = DiagnosticCatalog.all
        XCTAssertEqual(Set(all.map(\.id)).count, all.count)
        XCTAssertTrue(DiagnosticCatalog.lexical.allSatisfy { $0.id.hasPrefix("E01") })
        XCTAssertTrue(DiagnosticCatalog.syntax.allSatisfy { $0.id.hasPrefix("E02") })
        XCTAssertTrue(DiagnosticCatalog.resolve.allSatisfy { $0.id.hasPrefix("E03") })
        XCTAssertTrue(DiagnosticCatalog.runtime.allSatisfy { $0.id.hasPrefix("E04") })
        XCTAssertEqual(DiagnosticCatalog.code(id: "E0204")?.title, "nesting too deep")
    }
}
