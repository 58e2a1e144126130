import XCTest

@testable import JicengLang

/// Commands parsed from test declarations: the mechanism, not the back-end's commands.
final class CommandParsingTests: XCTestCase {
    static let on = CommandSyntax.ClausePattern("on <date>", "于 <date>")

    static let table: CommandTable = {
        do {
            return try CommandTable([
                CommandSyntax(
                    id: "assign_member", english: "assign member <member> to branch <branch>",
                    chinese: "分配 党员 <member> 到 支部 <branch>", clauses: [on], summary: "put a member in a branch"),
                CommandSyntax(
                    id: "transfer_member", english: "transfer member <member> to branch <branch>",
                    chinese: "转接 党员 <member> 到 支部 <branch>", clauses: [on], summary: "move a member between branches"),
                CommandSyntax(
                    id: "transfer_out", english: "transfer member <member> out to <destination>",
                    chinese: "转出 党员 <member> 到 <destination>", clauses: [on], summary: "transfer a member out"),
                CommandSyntax(
                    id: "post_need", english: "post need <text> in community <community>",
                    chinese: "发布 需求 <text> 在 社区 <community>", summary: "post a community need"),
                CommandSyntax(
                    id: "award_points", english: "award <points> points to member <member> for <reason>",
                    chinese: "奖励 <points> 积分 给 党员 <member> 因为 <reason>", clauses: [on], summary: "award points"),
                CommandSyntax(
                    id: "hold_meeting", english: "hold meeting <kind> for org <org>", chinese: "召开 会议 <kind> 为 组织 <org>",
                    kinds: [
                        "kind": .choice([
                            .init("committee_meeting", "支委会"), .init("member_assembly", "支部党员大会"), .init("lecture", "党课"),
                        ])
                    ],
                    clauses: [
                        on, .init("topic <topic>", "议题 <topic>"), .init("attendees <attendees>", "出席 <attendees>"),
                        .init("absent <absent>", "缺席 <absent>"),
                    ],
                    summary: "record a meeting"),
                CommandSyntax(
                    id: "add_member", english: "add member <name>", chinese: "添加 党员 <name>",
                    fields: [.init("code", "编号"), .init("born", "出生"), .init("phone", "电话")], summary: "add a member"),
                CommandSyntax(
                    id: "add_task", english: "add task <text> list <list> owner <owner>", chinese: "添加 任务 <text> 清单 <list> 责任人 <owner>",
                    kinds: [
                        "list": .choice([.init("responsibility", "责任"), .init("rectification", "整改")]),
                        "owner": .entity([.init("org", "组织"), .init("member", "党员")]),
                    ],
                    clauses: [.init("due <due>", "截止 <due>")], summary: "add a task"),
                CommandSyntax(id: "help", english: "help [<topic>]", chinese: "帮助 [<topic>]", summary: "show help"),
                CommandSyntax(id: "list", english: "list <query>", chinese: "列出 <query>", summary: "show a query as a table"),
                CommandSyntax(id: "report_street", english: "report by street", chinese: "报表 按 街道", summary: "report by street"),
                CommandSyntax(
                    id: "report_community", english: "report by community [in street <street>]",
                    chinese: "报表 按 社区 [在 街道 <street>]", summary: "report by community"),
                CommandSyntax(id: "set_field", english: "set <entity> <field> <value>", summary: "set a field"),
            ])
        } catch {
            preconditionFailure("test declarations are malformed: \(error)")
        }
    }()

    private func parse(_ text: String) -> ParsedForTest { ParsedForTest(text, commands: Self.table) }

    private func dump(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> String {
        let parsed = parse(text)
        XCTAssertEqual(parsed.errors, [], file: file, line: line)
        return parsed.dump
    }

    func testBothPhrasingsGiveTheSameSlots() {
        XCTAssertEqual(dump(#"assign member "M1" to branch "XFL-01""#), #"(command assign_member/0 member="M1" branch="XFL-01")"#)
        XCTAssertEqual(dump(#"分配 党员 "M1" 到 支部 "XFL-01""#), #"(command assign_member/1 member="M1" branch="XFL-01")"#)
    }

    func testChineseWordsTypedWithoutSpaces() {
        XCTAssertEqual(dump(#"分配党员 "M1" 到支部 "B1""#), #"(command assign_member/1 member="M1" branch="B1")"#)
        XCTAssertEqual(dump(#"分配党员“M1”到支部「B1」于2025-03-15"#), #"(command assign_member/1 member="M1" branch="B1" date=2025-03-15 clauses=0)"#)
        XCTAssertEqual(dump("报表按街道"), "(command report_street/1)")
        XCTAssertEqual(dump(#"奖励5积分给党员"M1"因为"志愿服务""#), #"(command award_points/1 points=5 member="M1" reason="志愿服务")"#)
        XCTAssertEqual(dump("召开会议支委会为组织 \"B1\""), #"(command hold_meeting/1 kind=committee_meeting org="B1")"#)
    }

    func testTheLongestWordWinsOverItsPrefix() throws {
        let table = try CommandTable([
            CommandSyntax(id: "hold", english: "hold <kind> for <org>", chinese: "召开 <kind> 为 <org>",
                          kinds: ["kind": .choice([.init("branch_meeting", "支部"), .init("member_assembly", "支部党员大会")])],
                          summary: "hold"),
        ])
        XCTAssertEqual(ParsedForTest(#"召开支部党员大会为"B1""#, commands: table).dump, #"(command hold/1 kind=member_assembly org="B1")"#)
        XCTAssertEqual(ParsedForTest(#"召开支部为"B1""#, commands: table).dump, #"(command hold/1 kind=branch_meeting org="B1")"#)
    }

    func testSlotsTakeExpressionsSoScriptsCanLoop() {
        XCTAssertEqual(
            dump(#"for m in members where branch == nil { assign member m to branch "XFL-01" }"#),
            #"(for m (where members (== branch nil)) {(command assign_member/0 member=m branch="XFL-01")})"#)
        XCTAssertEqual(dump("assign member m.code + \"x\" to branch bs[0]"),
                       #"(command assign_member/0 member=(+ (. m code) "x") branch=(index bs 0))"#)
    }

    func testClausesInAnyOrder() {
        let expected = #"(command hold_meeting/0 kind=committee_meeting org="XFL-01" date=2025-03-15 topic="学习" attendees=["M1" "M2"] absent={M0009: "病假"} clauses="#
        XCTAssertEqual(
            dump(#"hold meeting committee_meeting for org "XFL-01" on 2025-03-15 topic "学习" attendees ["M1", "M2"] absent {"M0009": "病假"}"#),
            expected + "0,1,2,3)")
        XCTAssertEqual(
            dump(#"hold meeting committee_meeting for org "XFL-01" absent {"M0009": "病假"} attendees ["M1", "M2"] topic "学习" on 2025-03-15"#),
            expected + "3,2,1,0)")
        XCTAssertEqual(dump(#"召开 会议 党课 为 组织 "B1" 议题 "党史" 于 2025-04-01"#),
                       #"(command hold_meeting/1 kind=lecture org="B1" date=2025-04-01 topic="党史" clauses=1,0)"#)
    }

    func testBacktrackingBetweenPhrasingsThatShareAVerb() {
        XCTAssertEqual(dump(#"transfer member "M1" to branch "B2" on 2025-04-01"#),
                       #"(command transfer_member/0 member="M1" branch="B2" date=2025-04-01 clauses=0)"#)
        XCTAssertEqual(dump(#"transfer member "M1" out to "兰州市某单位党委" on 2025-04-01"#),
                       #"(command transfer_out/0 member="M1" destination="兰州市某单位党委" date=2025-04-01 clauses=0)"#)
        XCTAssertEqual(dump("report by street"), "(command report_street/0)")
        XCTAssertEqual(dump(#"report by community in street "XFL""#), #"(command report_community/0 street="XFL")"#)
        XCTAssertEqual(dump("report by community"), "(command report_community/0)")
    }

    func testSlotExpressionsStopAtThePhrasesOwnWords() {
        XCTAssertEqual(dump(#"post need "楼梯扶手" in community "JH""#), #"(command post_need/0 text="楼梯扶手" community="JH")"#)
        XCTAssertEqual(dump(#"award 5 points to member "M1" for "志愿服务" on 2025-03-20"#),
                       #"(command award_points/0 points=5 member="M1" reason="志愿服务" date=2025-03-20 clauses=0)"#)
        XCTAssertEqual(dump(#"award -2 points to member "M1" for "缺席""#), #"(command award_points/0 points=-2 member="M1" reason="缺席")"#)
        // Inside brackets the phrase's words are operators again.
        XCTAssertEqual(dump(#"post need (x in xs) in community "JH""#), #"(command post_need/0 text=(in x xs) community="JH")"#)
    }

    func testFieldLists() {
        XCTAssertEqual(
            dump(#"add member "张三" code "M0001" born 1958-03-01 phone "139""#),
            #"(command add_member/0 name="张三" code:="M0001" born:=1958-03-01 phone:="139")"#)
        XCTAssertEqual(dump(#"添加党员 "李四" 电话 "138" 编号 "M2""#), #"(command add_member/1 name="李四" phone:="138" code:="M2")"#)
        XCTAssertEqual(dump(#"add member "王五""#), #"(command add_member/0 name="王五")"#)
    }

    func testChoiceAndEntitySlots() {
        XCTAssertEqual(
            dump(#"add task "整改会议记录不全" list rectification owner org "XFL-01" due 2025-06-30"#),
            #"(command add_task/0 text="整改会议记录不全" list=rectification owner=(org "XFL-01") due=2025-06-30 clauses=0)"#)
        XCTAssertEqual(
            dump(#"添加任务 "记录" 清单 整改 责任人 党员 "M1""#), #"(command add_task/1 text="记录" list=rectification owner=(member "M1"))"#)
    }

    func testARecordInAVariableNeedsNoKindWord() {
        XCTAssertEqual(dump(#"add task "t" list rectification owner b"#), #"(command add_task/0 text="t" list=rectification owner=b)"#)
        XCTAssertEqual(dump(#"add task "t" list rectification owner orgs[0]"#),
                       #"(command add_task/0 text="t" list=rectification owner=(index orgs 0))"#)
        // A misspelt kind word is still named as one, not read as a variable.
        let typo = parse(#"add task "t" list rectification owner orgg "X""#)
        XCTAssertEqual(typo.errors, ["1:39 E0207 expected <owner>, found 'orgg'"])
        XCTAssertEqual(typo.result.diagnostics.first?.help?.english, #"did you mean "org"?"#)
    }

    func testOptionalSlot() {
        XCTAssertEqual(dump("help"), "(command help/0)")
        XCTAssertEqual(dump(#"help "assign""#), #"(command help/0 topic="assign")"#)
        XCTAssertEqual(dump("帮助 会议"), "(command help/1 topic=会议)")
    }

    func testQuerySlotAndShowClauses() {
        XCTAssertEqual(dump("list members where age >= 80 sort by age desc"),
                       "(command list/0 query=(sort (where members (>= age 80)) (desc age)))")
        XCTAssertEqual(dump(#"report by street as csv to "streets.csv""#), #"(show (command report_street/0) as csv to "streets.csv")"#)
        XCTAssertEqual(dump("let r = report by street\nshow report by street as html"),
                       "(let r (command report_street/0))\n(show (command report_street/0) as html)")
    }

    func testAVerbClearlyUsedAsANameIsNoCommand() {
        XCTAssertEqual(dump("list = 3\nlist(1)\nset.x = 1\nprint list\nlist[0] = 2"),
                       "(= list 3)\n(call list 1)\n(= (. set x) 1)\n(print list)\n(= (index list 0) 2)")
    }

    func testMismatchesSayWhatWasExpectedWithUsage() {
        let source = MarkedSource(#"assign member "M1" 1️⃣into branch "B1""#)
        let parsed = parse(source.text)
        XCTAssertEqual(parsed.errors, ["\(source["1"]) E0207 expected 'to', found 'into'"])
        XCTAssertEqual(parsed.result.diagnostics.first?.notes.map(\.english), ["usage: assign member <member> to branch <branch> [on <date>]"])
    }

    func testTheFurthestAttemptIsReported() {
        let source = MarkedSource(#"transfer member "M1" out to "X" 1️⃣yesterday"#)
        let parsed = parse(source.text)
        XCTAssertEqual(parsed.errors, ["\(source["1"]) E0207 expected the end of the command, found 'yesterday'"])
        XCTAssertEqual(parsed.result.diagnostics.first?.notes.map(\.english), ["usage: transfer member <member> out to <destination> [on <date>]"])
    }

    func testMissingSlotsAndBadChoices() {
        XCTAssertEqual(parse("assign member\n").errors, ["1:14 E0207 expected <member>, found end of line"])
        let bad = parse(#"hold meeting picnic for org "B1""#)
        XCTAssertEqual(bad.errors, ["1:14 E0207 expected <kind>, found 'picnic'"])
        XCTAssertEqual(bad.result.diagnostics.first?.help?.english, "one of committee_meeting, member_assembly, lecture")
    }

    func testAnUnfinishedCommandIsCompleteInputSoTheREPLShowsItsError() {
        let symbols = SymbolTable()
        let grammar = CommandGrammar(table: Self.table, symbols: symbols)
        XCTAssertTrue(Parser.isComplete("assign member", symbols: symbols, commands: grammar))
        XCTAssertFalse(Parser.isComplete("assign member \"M1\" + ", symbols: symbols, commands: grammar))
        XCTAssertFalse(Parser.isComplete("assign member [\"M1\",", symbols: symbols, commands: grammar))
    }

    func testContinuationsForCompletion() {
        let symbols = SymbolTable()
        let grammar = CommandGrammar(table: Self.table, symbols: symbols)
        func next(_ text: String) -> [String] { Parser.continuations(of: text, symbols: symbols, commands: grammar) }
        XCTAssertEqual(next(#"assign member "M1" "#), ["to"])
        XCTAssertEqual(next(#"assign member "M1" to branch "B1" "#), ["on"])
        XCTAssertEqual(next(#"分配党员 "M1" 到"#), ["支部"])
        XCTAssertEqual(next(#"hold meeting "#), ["committee_meeting", "lecture", "member_assembly", "党课", "支委会", "支部党员大会"])
        XCTAssertEqual(next(#"hold meeting lecture for org "B1" topic "t" "#), ["absent", "attendees", "on"])
        XCTAssertEqual(next(#"add member "x" code "M1" "#), ["born", "phone"])
        XCTAssertEqual(next(#"添加党员 "x" "#), ["出生", "电话", "编号"])
        XCTAssertEqual(next("report by community "), ["in"])
        XCTAssertEqual(next("let x = 1 + "), [])
    }

    func testAMistypedVerbIsNamedWithTheNearestCommand() {
        let parsed = parse(#"asign member "M1" to branch "B1""#)
        XCTAssertEqual(parsed.errors, ["1:1 E0207 unknown command 'asign'"])
        XCTAssertEqual(parsed.result.diagnostics.first?.help?.english, #"did you mean "assign"?"#)
        // Without commands, it is just a statement that did not end…
        XCTAssertEqual(ParsedForTest("asign x").errors, ["1:7 E0201 expected a new line or ';' after the statement, found 'x'"])
        // …unless it looks like a mistyped statement word.
        let typo = ParsedForTest("def f() { retrun 1 }")
        XCTAssertEqual(typo.errors, ["1:11 E0207 unknown command 'retrun'"])
        XCTAssertEqual(typo.result.diagnostics.first?.help?.english, #"did you mean "return"?"#)
    }

    func testLongCommandsContinueWithABackslash() {
        XCTAssertEqual(dump("hold meeting lecture for org \"B1\" \\\n    on 2025-03-15 \\  # 日期\n    topic \"党史\""),
                       #"(command hold_meeting/0 kind=lecture org="B1" date=2025-03-15 topic="党史" clauses=0,1)"#)
    }

    func testRepeatedClausesAndFieldsAreErrors() {
        XCTAssertEqual(parse(#"assign member "M1" to branch "B" on 2025-01-01 on 2025-01-02"#).errors,
                       ["1:48 E0208 'on' is given twice"])
        XCTAssertEqual(parse(#"add member "x" code "a" code "b""#).errors, ["1:25 E0208 the field 'code' is given twice"])
    }

    func testErrorsInCommandsAreRecoveredLikeAnyStatement() {
        let parsed = parse("assign member\nhelp\nassign x\nhelp")
        XCTAssertEqual(parsed.errors.count, 2)
        XCTAssertEqual(parsed.dump, "(command help/0)\n(command help/0)")
    }

    func testArgumentRangesPointAtTheArgument() {
        let symbols = SymbolTable()
        let file = SourceFile(name: "t.jc", text: #"add task "t" list rectification owner org "XFL-01""#)
        let program = Parser.parse(file, symbols: symbols, commands: CommandGrammar(table: Self.table, symbols: symbols)).program
        guard case .command(let call) = program.statements[0].kind else { return XCTFail() }
        XCTAssertEqual(call.arguments.compactMap { $0.map { file.text(of: $0.range) } }, [#""t""#, "rectification", #"org "XFL-01""#])
        XCTAssertEqual(file.text(of: call.verbRange), "add")
        XCTAssertEqual(file.text(of: call.range), file.text)
    }

    func testMalformedDeclarationsAreRefused() {
        func refused(_ make: () throws(CommandSyntax.DeclarationError) -> CommandSyntax) -> String {
            do throws(CommandSyntax.DeclarationError) {
                _ = try make()
                return "accepted"
            } catch {
                return error.message
            }
        }
        XCTAssertEqual(refused { () throws(CommandSyntax.DeclarationError) in
            try CommandSyntax(id: "x", english: "<a> go", summary: "") }, "'<a> go' must start with a word")
        XCTAssertEqual(refused { () throws(CommandSyntax.DeclarationError) in
            try CommandSyntax(id: "x", english: "go <a>", chinese: "去 <b>", summary: "") },
                       #"phrasing '去 <b>' must use the slots ["a"], uses ["b"]"#)
        XCTAssertEqual(refused { () throws(CommandSyntax.DeclarationError) in
            try CommandSyntax(id: "x", english: "go [to <a>", summary: "") }, "unbalanced or empty pattern 'go [to <a>'")
        XCTAssertEqual(refused { () throws(CommandSyntax.DeclarationError) in
            try CommandSyntax(id: "x", english: "let <a>", summary: "") }, "the verb 'let' is a reserved word")
        XCTAssertEqual(refused { () throws(CommandSyntax.DeclarationError) in
            try CommandSyntax(id: "x", english: "go <a>", kinds: ["b": .expression], summary: "") },
                       "a kind is given for <b>, which no pattern uses")
        XCTAssertEqual(refused { () throws(CommandSyntax.DeclarationError) in
            try CommandSyntax(id: "x", english: "go <a>", clauses: [.init("with <a>")], summary: "") },
                       "clause 'with <a>' reuses the slot <a>")
        XCTAssertThrowsError(try CommandTable([Self.table.commands[0], Self.table.commands[0]]))
    }

    func testUsageLinesForHelp() {
        XCTAssertEqual(Self.table.command(id: "hold_meeting")?.usage, [
            "hold meeting <kind> for org <org> [on <date>] [topic <topic>] [attendees <attendees>] [absent <absent>]",
            "召开 会议 <kind> 为 组织 <org> [于 <date>] [议题 <topic>] [出席 <attendees>] [缺席 <absent>]",
        ])
        XCTAssertEqual(Self.table.command(id: "add_member")?.usage.first, "add member <name> [code|born|phone <value>]…")
    }
}
