import JicengCommands
import JicengLang
import XCTest

/// `--lang zh` gives help in Chinese: every command's Chinese phrasing and summary
/// first; `--lang en` keeps the English help.
final class ChineseHelpTests: XCTestCase {
    /// A new command cannot forget its Chinese summary.
    func testEveryRegisteredCommandHasAChineseSummary() throws {
        let session = try JicengSession(options: SessionOptions(inMemory: true, user: "test"))
        XCTAssertFalse(session.interpreter.commands.commands.isEmpty)
        for command in session.interpreter.commands.commands {
            let zh = command.summaryZh ?? ""
            XCTAssertFalse(zh.isEmpty, "\(command.id) has no Chinese summary (summaryZh)")
            XCTAssertNotEqual(zh, command.summary, "\(command.id): summaryZh repeats the English")
        }
    }

    func testHelpUnderChinese() throws {
        let t = try TestSession { $0.language = .zh }
        defer { t.remove() }
        let assign = try XCTUnwrap(t.session.interpreter.commands.commands.first { $0.id == "assign_member" })
        let overview = try t.repl("help").split(separator: "\n").map(String.init)
        XCTAssertEqual(overview.first, "命令：")
        XCTAssertTrue(overview.contains { $0.hasPrefix("  分配 党员 <member> 到 支部 <branch>") && $0.hasSuffix("把党员编入支部") },
                      overview.joined(separator: "\n"))
        XCTAssertTrue(overview.contains { $0.hasPrefix("主题：") }, overview.joined(separator: "\n"))
        XCTAssertTrue(overview.contains { $0.hasPrefix("输入 help <命令>") }, overview.joined(separator: "\n"))
        XCTAssertFalse(overview.contains { $0.contains("puts a member on a branch's roster") }, overview.joined(separator: "\n"))

        let detail = try t.repl("help assign").split(separator: "\n").map(String.init)
        XCTAssertEqual(detail.first, assign.summaryZh)
        let chinese = try XCTUnwrap(detail.firstIndex(of: "  分配 党员 <member> 到 支部 <branch>"), detail.joined(separator: "\n"))
        let english = try XCTUnwrap(detail.firstIndex(of: "  assign member <member> to branch <branch>"), detail.joined(separator: "\n"))
        XCTAssertLessThan(chinese, english, "the Chinese usage comes first")
        XCTAssertTrue(detail.contains("示例："), detail.joined(separator: "\n"))
    }

    /// A kind's fields are found by its Chinese name too, and so are the lists of fields and functions.
    func testTopicsAnswerToTheirChineseNames() throws {
        let t = try TestSession { $0.language = .zh }
        defer { t.remove() }
        XCTAssertEqual(try t.repl("help 党员"), try t.repl("help member"))
        XCTAssertTrue(try t.repl("帮助 微心愿").contains("claimed_by"))
        XCTAssertEqual(try t.repl("help 字段"), try t.repl("help fields"))
        XCTAssertEqual(try t.repl("help 函数"), try t.repl("help functions"))
    }

    /// Field topics speak the session's language: the Chinese label first, types and notes in Chinese.
    func testFieldTopicsAreChineseUnderChinese() throws {
        let t = try TestSession { $0.language = .zh }
        defer { t.remove() }
        let member = try t.repl("help 党员").split(separator: "\n").map(String.init)
        XCTAssertEqual(member.first, "党员（member）— 全部：members；字段：")
        XCTAssertTrue(member.contains { $0.hasPrefix("  joined") && $0.hasSuffix("入党日期            日期") }, member.joined(separator: "\n"))
        XCTAssertTrue(member.contains { $0.hasPrefix("  idcard") && $0.hasSuffix("文本（个人信息，显示时脱敏）") }, member.joined(separator: "\n"))
        XCTAssertTrue(member.contains { $0.hasPrefix("  age") && $0.hasSuffix("整数（计算得出，只读）") }, member.joined(separator: "\n"))
        XCTAssertTrue(try t.repl("help fields").hasPrefix("各类记录的字段："))
        let english = try TestSession { $0.language = .en }
        defer { english.remove() }
        XCTAssertTrue(try english.repl("help member").hasPrefix("member (党员) — all of them: members; fields:"))
    }

    func testHelpUnderEnglishIsUnchanged() throws {
        let t = try TestSession { $0.language = .en }
        defer { t.remove() }
        let overview = try t.repl("help")
        XCTAssertTrue(overview.hasPrefix("Commands:\n"), overview)
        XCTAssertTrue(overview.contains("puts a member on a branch's roster (编入支部)"), overview)
        XCTAssertFalse(overview.contains("把党员编入支部"), overview)
        let detail = try t.repl("help assign").split(separator: "\n").map(String.init)
        XCTAssertEqual(Array(detail.prefix(3)), [
            "puts a member on a branch's roster (编入支部)",
            "  assign member <member> to branch <branch>",
            "  分配 党员 <member> 到 支部 <branch>",
        ])
    }
}
