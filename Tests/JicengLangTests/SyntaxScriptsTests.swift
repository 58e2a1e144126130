import JicengBase
import XCTest

@testable import JicengLang

/// Every script under tests/scripts/syntax/ fails to parse with exactly the errors its
/// `# expect error: LINE:COL message` lines list (the script runner checks them again
/// end to end through the interpreter; this pins them to the front end alone). A script
/// with a `# lang: zh` line expects its messages in Chinese.
final class SyntaxScriptsTests: XCTestCase {
    func testSyntaxScriptsReportExactlyTheirExpectedErrors() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let folder = root.appendingPathComponent("tests/scripts/syntax")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".jc") }.sorted()
        XCTAssertGreaterThanOrEqual(names.count, 10)
        for name in names {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            let expected = text.split(separator: "\n").compactMap { line -> String? in
                guard let r = line.range(of: "# expect error: ") else { return nil }
                return String(line[r.upperBound...])
            }
            let language: MessageLanguage = text.split(separator: "\n").contains("# lang: zh") ? .chinese : .english
            let symbols = SymbolTable()
            let result = Parser.parse(SourceFile(name: name, text: text), symbols: symbols, commands: CommandGrammar(symbols: symbols))
            XCTAssertEqual(result.diagnostics.map { "\($0.location) \($0.message.text(language))" }, expected, name)
            XCTAssertFalse(expected.isEmpty, "\(name) expects no error")
        }
    }
}
