import Foundation
import JicengBase
import XCTest
@testable import JicengLang

/// The embedding facade: what a host relies on that scripts alone cannot show.
final class InterpreterTests: XCTestCase {
    private func interpreter() -> (Interpreter, () -> String) {
        let i = Interpreter()
        let box = OutputBox()
        i.output = { box.text += $0 }
        return (i, { box.text })
    }

    func testASessionKeepsGlobalsAndFunctionsBetweenRuns() throws {
        let (i, out) = interpreter()
        try i.run("let n = 40\ndef inc(x) { return x + 1 }")
        XCTAssertEqual(try i.run("inc(n) + 1"), .int(42))
        try i.run("n = n + 2\nprint n")
        XCTAssertEqual(out(), "42\n")
        XCTAssertEqual(i.value(of: "n"), .int(42))
    }

    func testCallsFollowAFunctionRedefinedLater() throws {
        let (i, _) = interpreter()
        try i.run("def f() { return 1 }\ndef g() { return f() }")
        XCTAssertEqual(try i.run("g()"), .int(1))
        try i.run("def f() { return 2 }")
        XCTAssertEqual(try i.run("g()"), .int(2), "g calls whatever f is now")
        try i.run("f = nil")
        XCTAssertThrowsError(try i.run("g()")) { e in
            XCTAssertEqual((e as! ScriptError).diagnostics.first?.message.english, "nil is not a function")
        }
    }

    func testOutputAndDiagnosticsGoToSeparateSinks() {
        let (i, out) = interpreter()
        let errors = OutputBox()
        i.diagnosticOutput = { errors.text += $0 }
        XCTAssertEqual(i.runReportingErrors("print 1\nprint 7 / 0", file: "d.jc"), .failed)
        XCTAssertEqual(out(), "1\n")
        XCTAssertTrue(errors.text.hasPrefix("error[E0403]: division by zero\n --> d.jc:2:7"), errors.text)
        XCTAssertEqual(i.runReportingErrors("print 2"), .succeeded)
        XCTAssertEqual(RunOutcome.interrupted.rawValue, 130)
    }

    func testRunReturnsTheLastExpressionOrNil() throws {
        let (i, _) = interpreter()
        XCTAssertEqual(try i.run("1 + 2"), .int(3))
        XCTAssertEqual(try i.run("let x = 5"), .nil)
    }

    func testCheckReportsNameErrorsWithoutRunning() {
        let (i, out) = interpreter()
        let problems = i.check("print \"side effect\"\nprint nope", file: "a.jc")
        XCTAssertEqual(problems.map(\.message.english), ["unknown name \"nope\""])
        XCTAssertEqual(problems.first?.location, SourceLocation(line: 2, column: 7))
        XCTAssertEqual(out(), "")
    }

    func testDefineAndParsedValues() throws {
        let (i, out) = interpreter()
        i.define("month", Value(parsing: "2025-03"))
        i.define("pay", Value(parsing: "5400.50"))
        i.define("who", Value(parsing: "张三"))
        try i.run("print month + 1, pay * 2, who")
        XCTAssertEqual(out(), "2025-04 10801.00 张三\n")
        XCTAssertEqual(Value(parsing: "12"), .int(12))
        XCTAssertEqual(Value(parsing: "2025Q2"), .quarter(Quarter(year: 2025, quarter: 2)!))
        XCTAssertEqual(Value(parsing: "true"), .bool(true))
    }

    func testInterruptFromAnotherThreadStopsARunawayLoop() {
        let (i, _) = interpreter()
        let handle = i.interruptHandle
        let started = DispatchSemaphore(value: 0)
        i.define("go", .bool(true))
        i.register(function: NativeFunction("started", arity: 0...0, summary: "") { _, _ in started.signal(); return .nil })
        DispatchQueue.global().async {
            started.wait()
            handle.interrupt()
        }
        XCTAssertThrowsError(try i.run("started()\nwhile go { }", file: "loop.jc")) { e in
            let error = e as! ScriptError
            XCTAssertTrue(error.isInterrupted)
            XCTAssertEqual(error.diagnostics.first?.location, SourceLocation(line: 2, column: 1))
        }
        // The next run is not interrupted by the old request.
        XCTAssertEqual(try? i.run("1"), .int(1))
    }

    func testTimeLimitStopsALongRun() {
        let (i, _) = interpreter()
        i.limits.maxSeconds = 0.05
        XCTAssertThrowsError(try i.run("while true { }")) { e in
            XCTAssertEqual((e as! ScriptError).diagnostics.first?.id, RuntimeErrorID.timeLimit)
        }
    }

    func testTodayCanBePinned() throws {
        let (i, out) = interpreter()
        i.today = Day(year: 2025, month: 6, day: 30)
        try i.run("print today(), add_days(today(), 1)")
        XCTAssertEqual(out(), "2025-06-30 2025-07-01\n")
    }

    func testFilePolicyDeniedByDefault() {
        let (i, _) = interpreter()
        XCTAssertThrowsError(try i.run("run \"x.jc\"")) { e in
            XCTAssertEqual((e as! ScriptError).diagnostics.first?.id, RuntimeErrorID.fileDenied)
        }
    }

    /// A temporary folder holding `file` with `text`, and an interpreter allowed only
    /// that folder; `main` is a script path inside it. The folder goes when the test ends.
    private func interpreterInFolder(with file: String, _ text: String) throws -> (Interpreter, () -> String, folder: URL, main: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jiceng-files-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        try text.write(to: folder.appendingPathComponent(file), atomically: true, encoding: .utf8)
        let (i, out) = interpreter()
        i.filePolicy = .onlyUnder(folder.path)
        return (i, out, folder, folder.appendingPathComponent("main.jc").path)
    }

    func testOnlyUnderCannotBeEscapedWithDotDot() throws {
        let (i, out, folder, main) = try interpreterInFolder(with: "a.jc", "print \"inside\"")
        try i.run("run \"a.jc\"", file: main)
        XCTAssertEqual(out(), "inside\n")
        XCTAssertThrowsError(try i.run("run \"../a.jc\"", file: main)) { e in
            XCTAssertEqual((e as! ScriptError).diagnostics.first?.id, RuntimeErrorID.fileDenied)
        }
        try i.run("show [1, 2] to \"out.txt\"", file: main)
        XCTAssertEqual(try String(contentsOf: folder.appendingPathComponent("out.txt"), encoding: .utf8), "1\n2")
        let mode = try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent("out.txt").path)[.posixPermissions] as? Int
        XCTAssertEqual(mode, 0o600)
    }

    func testRunIsAStatementSoItsScriptsLastValueIsNotEchoed() throws {
        let (i, _, _, main) = try interpreterInFolder(with: "lib.jc", "let x = 5\nx + 1\n")
        XCTAssertEqual(try i.run("run \"lib.jc\"", file: main), .nil)
        XCTAssertEqual(try i.run("x * 2", file: main), .int(10))
    }

    func testTransactionHooksCommitOrRollBack() {
        let (i, _) = interpreter()
        let log = OutputBox()
        i.transactionHooks = TransactionHooks(begin: { log.text += "begin " }, commit: { log.text += "commit " }, rollback: { log.text += "rollback " })
        XCTAssertNoThrow(try i.run("transaction { let a = 1 }"))
        XCTAssertThrowsError(try i.run("transaction { print 1 / 0 }"))
        XCTAssertEqual(log.text, "begin commit begin rollback ")
    }

    func testShowGoesThroughTheHostRenderer() throws {
        let (i, out) = interpreter()
        i.showRenderer = { value, format in "<\(format?.rawValue ?? "plain")>\(value.literalText)" }
        try i.run("show [1] as csv\nshow \"x\"")
        XCTAssertEqual(out(), "<csv>[1]\n<plain>\"x\"\n")
    }

    func testCompletionsOfWordsAndFields() throws {
        let (i, _) = interpreter()
        i.register(type: Fixtures.memberType())
        i.commands.addCompletions { ["XFL-01", "XFL-02"] }
        try i.run("let total_points = 1")
        XCTAssertEqual(i.completions(line: "print tot", cursor: 9), Completions(wordStart: 6, candidates: ["total_points"]))
        XCTAssertEqual(i.completions(line: "print m.na", cursor: 10).candidates, ["name"])
        XCTAssertEqual(i.completions(line: "x XFL", cursor: 5).candidates, ["XFL-01", "XFL-02"])
        XCTAssertTrue(i.completions(line: "he", cursor: 2).candidates.contains("help"))
        XCTAssertTrue(i.completions(line: "mem", cursor: 3).candidates.contains("members"))
    }

    func testCompletionsInsideACommandOfferTheWordsThatMayComeNext() throws {
        let (i, _) = interpreter()
        try i.register(command: CommandSyntax(id: "assign_member", english: "assign member <member> to branch <branch>",
                                              chinese: "分配 党员 <member> 到 支部 <branch>",
                                              clauses: [.init("on <date>", "于 <date>")], summary: "assigns")) { _ in .nil }
        XCTAssertEqual(i.completions(line: "assign ", cursor: 7), Completions(wordStart: 7, candidates: ["member"]))
        XCTAssertEqual(i.completions(line: "assign me", cursor: 9), Completions(wordStart: 7, candidates: ["member"]))
        XCTAssertEqual(i.completions(line: #"assign member "M1" "#, cursor: 19).candidates, ["to"])
        XCTAssertEqual(i.completions(line: #"assign member "M1" to branch "B1" "#, cursor: 34).candidates, ["on"])
        // Outside a command, every word there is.
        XCTAssertTrue(i.completions(line: "as", cursor: 2).candidates.contains("assign"))
    }

    func testAStringInACommandSlotCompletesFromThatSlotsNames() throws {
        let (i, _) = interpreter()
        try i.register(command: CommandSyntax(id: "assign_member", english: "assign member <member> to branch <branch>",
                                              summary: "assigns")) { _ in .nil }
        try i.register(command: CommandSyntax(id: "add_task", english: "add task <text> owner <owner>",
                                              kinds: ["owner": .entity([.init("org", "组织"), .init("member", "党员")])],
                                              summary: "adds a task")) { _ in .nil }
        var asked: [CompletionSlot?] = []
        i.commands.addCompletions { (slot: CompletionSlot?) in
            asked.append(slot)
            switch slot?.name {
            case "branch": return ["第一支部", "第二支部"]
            case "member": return ["张三", "张四"]
            default: return ["张三", "张四", "第一支部", "第二支部"]
            }
        }
        XCTAssertEqual(i.completions(line: #"assign member "张"#, cursor: 15), Completions(wordStart: 15, candidates: ["张三", "张四"]))
        XCTAssertEqual(asked.last, CompletionSlot(name: "member", kindWords: []))
        XCTAssertEqual(i.completions(line: #"assign member "张三" to branch "第"#, cursor: 30).candidates, ["第一支部", "第二支部"])
        XCTAssertEqual(asked.last, CompletionSlot(name: "branch", kindWords: []))
        _ = i.completions(line: #"add task "t" owner ""#, cursor: 20)
        XCTAssertEqual(asked.last, CompletionSlot(name: "owner", kindWords: ["org", "member"]))
        _ = i.completions(line: #"add task "t" owner 党员 ""#, cursor: 23)
        XCTAssertEqual(asked.last, CompletionSlot(name: "owner", kindWords: ["member"]))
        // Outside a command the host offers all its names, and only names; a closed
        // string is no string.
        XCTAssertEqual(i.completions(line: #"print "第"#, cursor: 8).candidates, ["第一支部", "第二支部"])
        XCTAssertEqual(asked.last, .some(nil))
        XCTAssertTrue(i.completions(line: #"print "x" + pri"#, cursor: 15).candidates.contains("print"))
    }

    func testIsCompleteAsksForMoreInsideABlock() {
        let (i, _) = interpreter()
        XCTAssertFalse(i.isComplete("for i in 1..3 {"))
        XCTAssertTrue(i.isComplete("for i in 1..3 { print i }"))
    }

    func testHelpListsCommandsTopicsAndFunctions() throws {
        let (i, out) = interpreter()
        try i.register(command: CommandSyntax(id: "visit", english: "visit <who>", chinese: "走访 <who>",
                                              summary: "records a home visit", examples: ["visit \"张三\""])) { _ in .nil }
        try i.run("help")
        XCTAssertTrue(out().contains("visit <who>"), out())
        XCTAssertTrue(out().contains("Topics: functions"), out())
        try i.run("help visit")
        XCTAssertTrue(out().contains("走访 <who>"), out())
        XCTAssertTrue(out().contains("Examples:"), out())
        try i.run("help count")
        XCTAssertTrue(out().contains("count(xs) — how many items"), out())
        try i.run("help functions")
        XCTAssertTrue(out().contains("days_between(a, b)"), out())
    }

    func testChineseHelpShowsTheChinesePhrasingAndSummaryFirst() throws {
        let (i, out) = interpreter()
        try i.register(command: CommandSyntax(id: "visit", english: "visit <who>", chinese: "走访 <who>",
                                              summary: "records a home visit", summaryZh: "登记入户走访",
                                              examples: ["visit \"张三\""])) { _ in .nil }
        try i.register(command: CommandSyntax(id: "wave", english: "wave", summary: "waves")) { _ in .nil }
        i.messageLanguage = .chinese
        try i.run("help")
        let overview = out().split(separator: "\n").map(String.init)
        XCTAssertEqual(overview.first, "命令：")
        XCTAssertTrue(overview.contains { $0.hasPrefix("  走访 <who>") && $0.hasSuffix("登记入户走访") }, out())
        XCTAssertTrue(overview.contains { $0.hasPrefix("  wave") && $0.hasSuffix("waves") }, "no Chinese summary: the English one stands in\n" + out())
        XCTAssertTrue(overview.contains { $0.hasPrefix("主题：functions") }, out())
        XCTAssertFalse(out().contains("Commands:"), out())
        let detail = i.helpText("visit").split(separator: "\n").map(String.init)
        XCTAssertEqual(Array(detail.prefix(3)), ["登记入户走访", "  走访 <who>", "  visit <who>"], detail.joined(separator: "\n"))
        XCTAssertTrue(detail.contains("示例："), detail.joined(separator: "\n"))
        XCTAssertEqual(i.helpText("nothing_here"), "没有“nothing_here”的说明。")
        i.messageLanguage = .english
        XCTAssertEqual(Array(i.helpText("visit").split(separator: "\n").prefix(3)), ["records a home visit", "  visit <who>", "  走访 <who>"])
    }
}

final class OutputBox: @unchecked Sendable {
    var text = ""
}
