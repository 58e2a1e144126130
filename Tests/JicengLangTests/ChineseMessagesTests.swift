import JicengBase
import XCTest
@testable import JicengLang

/// A host that sets `messageLanguage = .chinese` gets its diagnostics, with their
/// frame, and `help functions` in Chinese; ids, places and what the script says stay.
final class ChineseMessagesTests: XCTestCase {
    func testDiagnosticsAreFormattedInTheSessionsLanguage() {
        let i = Interpreter()
        let source = "let 名单 = [\"张三\"]\nprint 名单[3]"
        var failure: ScriptError?
        do { try i.run(source, file: "名单.jc") } catch { failure = error }
        guard let error = failure else { return XCTFail("no error") }
        i.messageLanguage = .chinese
        XCTAssertEqual(i.formatted(error), """
            错误[E0405]：下标 3 超出范围：列表只有 1 项
             --> 名单.jc:2:7
              |
            2 | print 名单[3]
              |       ^^^^^^^
              = 提示：下标从 0 到 0
            """)
        i.messageLanguage = .english
        XCTAssertEqual(i.formatted(error).split(separator: "\n").first, "error[E0405]: index 3 is out of range for a list of 1 item")
    }

    func testNotesAndLabelsAreChineseToo() {
        let i = Interpreter()
        i.messageLanguage = .chinese
        let shown = i.formatted(ScriptError(i.check("print count([1, 2)\n", file: "a.jc")))
        XCTAssertEqual(shown, """
            错误[E0201]：列表结尾应为 ']'，但这里是 ')'
             --> a.jc:1:18
              |
            1 | print count([1, 2)
              |                  ^
              = 说明：对应的 '[' 在 1:13
            """)
    }

    func testHelpFunctionsListsTheChineseSummaries() {
        let i = Interpreter()
        i.messageLanguage = .chinese
        let lines = i.helpText("functions").split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.first, "函数：")
        XCTAssertEqual(lines.count, Builtins.all.count + 1)
        XCTAssertTrue(lines.contains("  count(xs) — 列表（或查询结果）有多少项"), lines.joined(separator: "\n"))
        for line in lines.dropFirst() { XCTAssertTrue(MessageLanguage.hasChinese(line), line) }
        i.messageLanguage = .english
        XCTAssertEqual(i.helpText("functions").split(separator: "\n").first, "Functions:")
        XCTAssertEqual(i.helpText("count"), "count(xs) — how many items a list (or query) has")
    }

    func testAHostFunctionWithoutAChineseSummaryShowsItsEnglishOne() {
        let i = Interpreter()
        i.register(function: NativeFunction("greet", arity: 0...0, summary: "greet() — says hello") { _, _ in .nil })
        i.messageLanguage = .chinese
        XCTAssertEqual(i.helpText("greet"), "greet() — says hello")
    }
}
