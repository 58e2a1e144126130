import XCTest

@testable import JicengLang

/// Every command example of the product specification (§3), declared the way the domain
/// would declare it, parses to the arguments a handler needs. This pins the declaration
/// mechanism against real phrasings: shared verbs, words that are operators elsewhere
/// (`in`, `and`, `as`, `to`, `for`, `by`), adjacent slots, choices, entities, fields.
final class SpecCommandsTests: XCTestCase {
    typealias C = CommandSyntax.Choice

    static let entityKinds: [C] = [C("member", "党员"), C("org", "党组织"), C("unit", "单位"), C("community", "社区"), C("branch", "支部")]
    static let on = CommandSyntax.ClausePattern("on <date>", "于 <date>")

    static let table: CommandTable = {
        do {
            return try CommandTable([
                CommandSyntax(id: "add", english: "add <kind> <name>", chinese: "添加 <kind> <name>",
                              kinds: ["kind": .choice(entityKinds)], fields: [C("code", "编号"), C("born", "出生"), C("idcard", "身份证"), C("joined", "入党"), C("phone", "电话")],
                              summary: "add an entity"),
                CommandSyntax(id: "set", english: "set <kind> <target>", chinese: "修改 <kind> <target>",
                              kinds: ["kind": .choice(entityKinds)], fields: [C("phone", "电话"), C("name", "姓名")], summary: "change fields"),
                CommandSyntax(id: "remove", english: "remove <target>", chinese: "删除 <target>", kinds: ["target": .entity(entityKinds)], summary: "remove"),
                CommandSyntax(id: "list", english: "list <query>", chinese: "列出 <query>", summary: "list"),
                CommandSyntax(id: "assign", english: "assign member <member> to branch <branch>", chinese: "分配 党员 <member> 到 支部 <branch>",
                              clauses: [on], summary: "编入支部"),
                CommandSyntax(id: "transfer", english: "transfer member <member> to branch <branch>", chinese: "转接 党员 <member> 到 支部 <branch>",
                              clauses: [on], summary: "内部转接"),
                CommandSyntax(id: "transfer_out", english: "transfer member <member> out to <destination>", chinese: "转出 党员 <member> 到 <destination>",
                              clauses: [on], summary: "转出"),
                CommandSyntax(id: "receive", english: "receive member <member> from <origin> into branch <branch>",
                              chinese: "接收 党员 <member> 从 <origin> 转入 支部 <branch>", clauses: [on], summary: "转入"),
                CommandSyntax(id: "register", english: "register member <member> at community <community> as <role>",
                              chinese: "报到 党员 <member> 到 社区 <community> 作为 <role>",
                              kinds: ["role": .choice([C("in_service", "在职党员")])], summary: "双报到"),
                CommandSyntax(id: "appoint", english: "appoint member <member> as <role> of <target>", chinese: "任命 党员 <member> 为 <target> 的 <role>",
                              kinds: ["role": .choice([C("secretary", "书记"), C("director", "主任")]), "target": .entity(entityKinds)], summary: "appoint"),
                CommandSyntax(id: "sign", english: "sign agreement <code> between unit <unit> and <partner>",
                              chinese: "签订 协议 <code> 单位 <unit> 与 <partner>",
                              kinds: ["partner": .entity(entityKinds)],
                              clauses: [.init("from <starts> to <ends>", "自 <starts> 至 <ends>"), .init("resources <resources>", "资源 <resources>"),
                                        .init("needs <needs>", "需求 <needs>")], summary: "共驻共建"),
                CommandSyntax(id: "renew", english: "renew agreement <code> to <ends>", chinese: "续签 协议 <code> 至 <ends>", summary: "renew"),
                CommandSyntax(id: "terminate", english: "terminate agreement <code>", chinese: "终止 协议 <code>",
                              clauses: [on, .init("reason <reason>", "原因 <reason>")], summary: "terminate"),
                CommandSyntax(id: "post_need", english: "post need <text> in community <community>", chinese: "发布 需求 <text> 在 社区 <community>", summary: "需求"),
                CommandSyntax(id: "post_wish", english: "post wish <text> in community <community>", chinese: "发布 心愿 <text> 在 社区 <community>",
                              clauses: [.init("for <requester>", "为 <requester>")], summary: "微心愿"),
                CommandSyntax(id: "offer", english: "offer resource <text> by <owner>", chinese: "提供 资源 <text> 由 <owner>",
                              kinds: ["owner": .entity(entityKinds)], summary: "资源"),
                CommandSyntax(id: "claim_need", english: "claim need <need> by <claimer>", chinese: "认领 需求 <need> 由 <claimer>",
                              kinds: ["claimer": .entity(entityKinds)], summary: "认领需求"),
                CommandSyntax(id: "claim_wish", english: "claim wish <wish> by <claimer>", chinese: "认领 心愿 <wish> 由 <claimer>",
                              kinds: ["claimer": .entity(entityKinds)], summary: "认领心愿"),
                CommandSyntax(id: "fulfil", english: "fulfil wish <wish>", chinese: "完成 心愿 <wish>", clauses: [on], summary: "fulfil"),
                CommandSyntax(id: "hold", english: "hold meeting <kind> for <org>", chinese: "召开 <kind> 组织 <org>",
                              kinds: ["kind": .choice([C("committee_meeting", "支委会"), C("member_assembly", "支部党员大会"), C("lecture", "党课")]),
                                      "org": .entity([C("org", "党组织")])],
                              clauses: [on, .init("topic <topic>", "议题 <topic>"), .init("attendees <attendees>", "出席 <attendees>"),
                                        .init("absent <absent>", "缺席 <absent>")], summary: "三会一课"),
                CommandSyntax(id: "award", english: "award <points> points to member <member> for <reason>",
                              chinese: "奖励 <points> 积分 给 党员 <member> 因 <reason>", clauses: [on], summary: "积分"),
                CommandSyntax(id: "collect", english: "collect dues from member <member> for <month> pay <pay>",
                              chinese: "收缴 党费 党员 <member> 月份 <month> 工资 <pay>", summary: "党费"),
                CommandSyntax(id: "propose", english: "propose <topic> in community <community> by <proposer>",
                              chinese: "提议 <topic> 在 社区 <community> 由 <proposer>", summary: "五步议事"),
                CommandSyntax(id: "advance", english: "advance proposal <proposal>", chinese: "推进 议题 <proposal>",
                              clauses: [.init("note <note>", "备注 <note>")], summary: "advance"),
                CommandSyntax(id: "rate", english: "rate proposal <proposal> <rating>", chinese: "评价 议题 <proposal> <rating>", summary: "rate"),
                CommandSyntax(id: "admit", english: "admit applicant <applicant> to <stage>", chinese: "发展 申请人 <applicant> 为 <stage>",
                              kinds: ["stage": .choice([C("activist", "积极分子"), C("candidate", "发展对象"), C("probationary", "预备党员")])],
                              clauses: [on], summary: "发展党员"),
                CommandSyntax(id: "check", english: "check", chinese: "检查", summary: "integrity"),
                CommandSyntax(id: "undo", english: "undo", chinese: "撤销", summary: "undo"),
                CommandSyntax(id: "history", english: "history [for <target>]", chinese: "历史 [关于 <target>]",
                              kinds: ["target": .entity(entityKinds)], summary: "留痕"),
                CommandSyntax(id: "report_by", english: "report by <level>", chinese: "报表 按 <level>",
                              kinds: ["level": .choice([C("street", "街道"), C("community", "社区"), C("branch", "支部")])],
                              clauses: [.init("in street <street>", "在 街道 <street>")], summary: "reports by level"),
                CommandSyntax(id: "report_meetings", english: "report meetings for <quarter>", chinese: "报表 会议 <quarter>", summary: "三会一课"),
                CommandSyntax(id: "report_expiring", english: "report agreements expiring within <days> days", chinese: "报表 协议 到期 <days> 天内", summary: "expiring"),
                CommandSyntax(id: "report_targets", english: "report targets", chinese: "报表 指标", summary: "targets"),
                CommandSyntax(id: "report_funds", english: "report funds for <year>", chinese: "报表 经费 <year>", summary: "funds"),
                CommandSyntax(id: "report_points", english: "report points top <n>", chinese: "报表 积分 前 <n>", summary: "points"),
                CommandSyntax(id: "report_dues", english: "report dues for <month>", chinese: "报表 党费 <month>", summary: "dues"),
                CommandSyntax(id: "report_members", english: "report members by age", chinese: "报表 党员 年龄", summary: "ages"),
                CommandSyntax(id: "report_hanging", english: "report hanging members", chinese: "报表 空挂 党员", summary: "空挂"),
            ])
        } catch {
            preconditionFailure("spec declarations are malformed: \(error)")
        }
    }()

    private func check(_ lines: [(String, String)], file: StaticString = #filePath, line: UInt = #line) {
        for (source, expected) in lines {
            let parsed = ParsedForTest(source, commands: Self.table)
            XCTAssertEqual(parsed.errors, [], source, file: file, line: line)
            XCTAssertEqual(parsed.dump, expected, source, file: file, line: line)
        }
    }

    func testSchemaDrivenCommands() {
        check([
            (#"add member "张三" code "M0001" born 1958-03-01 idcard "X" joined 1980-07-01 phone "139""#,
             #"(command add/0 kind=member name="张三" code:="M0001" born:=1958-03-01 idcard:="X" joined:=1980-07-01 phone:="139")"#),
            (#"set member "M0001" phone "13900000000""#, #"(command set/0 kind=member target="M0001" phone:="13900000000")"#),
            (#"remove unit "U07""#, #"(command remove/0 target=(unit "U07"))"#),
            ("list members where age >= 80", "(command list/0 query=(where members (>= age 80)))"),
            (#"添加 党员 "李四" 电话 "138""#, #"(command add/1 kind=member name="李四" phone:="138")"#),
        ])
    }

    func testTheWork() {
        check([
            (#"transfer member "M0001" to branch "XFL-02" on 2025-04-01"#,
             #"(command transfer/0 member="M0001" branch="XFL-02" date=2025-04-01 clauses=0)"#),
            (#"transfer member "M0001" out to "兰州市某单位党委" on 2025-04-01"#,
             #"(command transfer_out/0 member="M0001" destination="兰州市某单位党委" date=2025-04-01 clauses=0)"#),
            (#"receive member "M0201" from "外省某支部" into branch "XFL-01""#,
             #"(command receive/0 member="M0201" origin="外省某支部" branch="XFL-01")"#),
            (#"register member "M0301" at community "JH" as in_service"#,
             #"(command register/0 member="M0301" community="JH" role=in_service)"#),
            (#"appoint member "M0001" as secretary of org "JH-PC""#,
             #"(command appoint/0 member="M0001" role=secretary target=(org "JH-PC"))"#),
            (#"appoint member "M0001" as director of community "JH""#,
             #"(command appoint/0 member="M0001" role=director target=(community "JH"))"#),
            (#"sign agreement "A-2025-01" between unit "BG" and community "JH" from 2025-01-01 to 2027-12-31 resources ["场地", "志愿者"] needs ["助老"]"#,
             #"(command sign/0 code="A-2025-01" unit="BG" partner=(community "JH") starts=2025-01-01 ends=2027-12-31 resources=["场地" "志愿者"] needs=["助老"] clauses=0,1,2)"#),
            (#"renew agreement "A-2025-01" to 2029-12-31"#, #"(command renew/0 code="A-2025-01" ends=2029-12-31)"#),
            (#"terminate agreement "A-2025-01" on 2026-06-30 reason "单位搬迁""#,
             #"(command terminate/0 code="A-2025-01" date=2026-06-30 reason="单位搬迁" clauses=0,1)"#),
            (#"post need "楼梯扶手" in community "JH""#, #"(command post_need/0 text="楼梯扶手" community="JH")"#),
            (#"offer resource "会议室" by unit "BG""#, #"(command offer/0 text="会议室" owner=(unit "BG"))"#),
            (#"claim need "N12" by unit "BG""#, #"(command claim_need/0 need="N12" claimer=(unit "BG"))"#),
            (#"hold meeting committee_meeting for org "XFL-01" on 2025-03-15 topic "学习" attendees ["M0001", "M0002"] absent {"M0009": "病假"}"#,
             #"(command hold/0 kind=committee_meeting org=(org "XFL-01") date=2025-03-15 topic="学习" attendees=["M0001" "M0002"] absent={M0009: "病假"} clauses=0,1,2,3)"#),
            (#"award 5 points to member "M0001" for "志愿服务" on 2025-03-20"#,
             #"(command award/0 points=5 member="M0001" reason="志愿服务" date=2025-03-20 clauses=0)"#),
            (#"collect dues from member "M0001" for 2025-03 pay 5400"#, #"(command collect/0 member="M0001" month=2025-03 pay=5400)"#),
            (#"post wish "为独居老人修水管" in community "JH" for "王阿姨""#,
             #"(command post_wish/0 text="为独居老人修水管" community="JH" requester="王阿姨" clauses=0)"#),
            (#"claim wish "W12" by member "M0001"; fulfil wish "W12" on 2025-03-22"#,
             #"(command claim_wish/0 wish="W12" claimer=(member "M0001"))"# + "\n" + #"(command fulfil/0 wish="W12" date=2025-03-22 clauses=0)"#),
            (#"propose "停车难" in community "JH" by "居民代表李某""#, #"(command propose/0 topic="停车难" community="JH" proposer="居民代表李某")"#),
            (#"advance proposal "P3" note "支委会通过"; rate proposal "P3" 4"#,
             #"(command advance/0 proposal="P3" note="支委会通过" clauses=0)"# + "\n" + #"(command rate/0 proposal="P3" rating=4)"#),
            (#"admit applicant "AP9" to activist on 2024-05-01"#, #"(command admit/0 applicant="AP9" stage=activist date=2024-05-01 clauses=0)"#),
            ("check\nundo\nhistory", "(command check/0)\n(command undo/0)\n(command history/0)"),
            (#"history for member "M0001""#, #"(command history/0 target=(member "M0001"))"#),
        ])
    }

    func testReportsShareAVerb() {
        check([
            ("report by street", "(command report_by/0 level=street)"),
            (#"report by community in street "XFL""#, #"(command report_by/0 level=community street="XFL" clauses=0)"#),
            ("report by branch", "(command report_by/0 level=branch)"),
            ("report meetings for 2025Q1", "(command report_meetings/0 quarter=2025Q1)"),
            ("report agreements expiring within 60 days", "(command report_expiring/0 days=60)"),
            ("report targets", "(command report_targets/0)"),
            ("report funds for 2025", "(command report_funds/0 year=2025)"),
            ("report points top 10", "(command report_points/0 n=10)"),
            ("report dues for 2025-03", "(command report_dues/0 month=2025-03)"),
            ("report members by age", "(command report_members/0)"),
            ("report hanging members", "(command report_hanging/0)"),
            (#"report by street as html to "bulletin.html""#, #"(show (command report_by/0 level=street) as html to "bulletin.html")"#),
            ("报表按街道", "(command report_by/1 level=street)"),
            ("报表积分前10", "(command report_points/1 n=10)"),
        ])
    }

    func testChinesePhrasingsWithoutSpaces() {
        check([
            (#"转出党员“M0001”到“兰州市某单位党委”于2025-04-01"#,
             #"(command transfer_out/1 member="M0001" destination="兰州市某单位党委" date=2025-04-01 clauses=0)"#),
            (#"任命党员“M0001”为党组织“JH-PC”的书记"#, #"(command appoint/1 member="M0001" role=secretary target=(org "JH-PC"))"#),
            (#"召开支委会组织党组织“XFL-01”于2025-03-15议题「学习」"#,
             #"(command hold/1 kind=committee_meeting org=(org "XFL-01") date=2025-03-15 topic="学习" clauses=0,1)"#),
            (#"奖励5积分给党员“M0001”因“志愿服务”"#, #"(command award/1 points=5 member="M0001" reason="志愿服务")"#),
        ])
    }

    func testPhrasingsStoppingAtTheSameWordAreOneError() throws {
        let table = try CommandTable([
            CommandSyntax(id: "street", english: "report by street", summary: ""),
            CommandSyntax(id: "community", english: "report by community [in street <s>]", summary: ""),
            CommandSyntax(id: "points", english: "report points top <n>", summary: ""),
        ])
        let parsed = ParsedForTest("report by stret", commands: table)
        XCTAssertEqual(parsed.errors, ["1:11 E0207 expected 'street' or 'community', found 'stret'"])
        XCTAssertEqual(parsed.result.diagnostics.first?.help?.english, #"did you mean "street"?"#)
        XCTAssertEqual(parsed.result.diagnostics.first?.notes.map(\.english),
                       ["usage: report by street", "usage: report by community [in street <s>]"])
        XCTAssertEqual(ParsedForTest("report 3", commands: table).errors,
                       ["1:8 E0207 expected 'by' or 'points', found '3'"])
    }

    func testAMistypedReportSaysWhatFitsFurthest() {
        let parsed = ParsedForTest("report by stret", commands: Self.table)
        XCTAssertEqual(parsed.errors, ["1:11 E0207 expected <level>, found 'stret'"])
        XCTAssertEqual(parsed.result.diagnostics.first?.help?.english, #"did you mean "street"?"#)
    }
}
