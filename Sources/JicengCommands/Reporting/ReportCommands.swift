import JicengBase
import JicengDomain
import JicengLang

/// The reports as commands: each runs one report of `Reports` over the database and
/// returns its table as a value, which `show … as csv|markdown|html|chart [to "f"]`
/// renders (or `report … as csv` for short); the REPL prints a bare report as a table.
public enum ReportCommands {
    public static var all: [DomainCommand] {
        [byStreet, byCommunity, byBranch, meetings, agreements, targets, funds, points, dues, age, hanging]
    }

    private static func report(
        _ id: String, _ english: String, _ chinese: String, kinds: [String: CommandSyntax.SlotKind] = [:],
        clauses: [CommandSyntax.ClausePattern] = [], summary: String, summaryZh: String, examples: [String],
        run: @escaping @Sendable (DomainCall) throws -> ReportTable
    ) -> DomainCommand {
        DomainCommand(try! CommandSyntax(
            id: id, english: english, chinese: chinese, kinds: kinds, clauses: clauses,
            summary: summary, summaryZh: summaryZh, examples: examples, topic: "reports", showsResult: true), grouped: false
        ) { call in call.report(try run(call)) }
    }

    static let byStreet = report(
        "report_by_street", "report by street", "报表 按 街道",
        summary: "per street: communities, grids, orgs, members, in-service reported, agreements, meetings, attendance, wishes, 一肩挑 %",
        summaryZh: "按街道统计：社区、网格、党组织、党员、在职党员报到、共建协议、会议、出席率、微心愿、一肩挑比例",
        examples: ["report by street", #"show report by street as html to "streets.html""#]) { call in
        Reports.byStreet(call.database)
    }

    static let byCommunity = report(
        "report_by_community", "report by community", "报表 按 社区",
        clauses: [.init("in street <street>", "在 街道 <street>")],
        summary: "per community, optionally of one street",
        summaryZh: "按社区统计，可限定某个街道",
        examples: ["report by community", #"report by community in street "XFL" as csv"#]) { call in
        let street = try call.optionalEntity("street", .street)
        return Reports.byCommunity(call.database, inStreet: street.map { Handle<Street>($0.index) })
    }

    static let byBranch = report(
        "report_by_branch", "report by branch", "报表 按 支部",
        summary: "per branch: members, formal and probationary, hanging, and the thresholds of the public rules",
        summaryZh: "按支部统计：党员数、正式党员与预备党员、空挂党员，以及公开规则中的标准",
        examples: ["report by branch"]) { call in
        Reports.byBranch(call.database)
    }

    static let meetings = report(
        "report_meetings", "report meetings for <quarter>", "报表 会议 <quarter>",
        summary: "三会一课 compliance in a quarter: which orgs missed which required meetings",
        summaryZh: "某季度三会一课落实情况：哪些党组织缺开了哪些规定会议",
        examples: ["report meetings for 2025Q1", "报表 会议 2025Q2"]) { call in
        Reports.meetings(call.database, for: try call.quarter("quarter"))
    }

    static let agreements = report(
        "report_agreements", "report agreements expiring within <days> days", "报表 协议 到期 <days> 天",
        summary: "co-building agreements that end within so many days",
        summaryZh: "若干天内到期的共驻共建协议",
        examples: ["report agreements expiring within 60 days"]) { call in
        Reports.agreementsExpiring(call.database, withinDays: try call.int("days"))
    }

    static let targets = report(
        "report_targets", "report targets", "报表 目标",
        summary: "the public targets: 一肩挑 ratio, social orgs per community, activity space, 两新 coverage",
        summaryZh: "公开目标完成情况：一肩挑比例、每个社区的社会组织数、活动场所面积、两新组织覆盖率",
        examples: ["report targets"]) { call in
        Reports.targets(call.database)
    }

    static let funds = report(
        "report_funds", "report funds for <year>", "报表 经费 <year>",
        kinds: ["grouping": .choice([.init("community", "社区"), .init("street", "街道")])],
        clauses: [.init("by <grouping>", "按 <grouping>")],
        summary: "the year's allocations by the public rules, per community (or `by street`)",
        summaryZh: "按公开规则测算的年度经费，分社区列出（或 `by street` 按街道）",
        examples: ["report funds for 2025", "report funds for 2025 by street"]) { call in
        let grouping: Reports.FundsGrouping = call.optionalChoice("grouping") == "street" ? .street : .community
        return Reports.funds(call.database, for: try call.int("year"), by: grouping)
    }

    static let points = report(
        "report_points", "report points top <count>", "报表 积分 前 <count>",
        summary: "the members with the most points",
        summaryZh: "积分排名靠前的党员",
        examples: ["report points top 10"]) { call in
        Reports.pointsTop(call.database, count: try call.int("count"))
    }

    static let dues = report(
        "report_dues", "report dues for <month>", "报表 党费 <month>",
        summary: "who paid dues for a month, how much, and who is in arrears (6+ months flagged)",
        summaryZh: "某月党费缴纳情况：谁交了、交了多少、谁欠缴（欠缴六个月以上单独标出）",
        examples: ["report dues for 2025-03"]) { call in
        Reports.dues(call.database, for: try call.month("month"))
    }

    static let age = report(
        "report_age", "report members by age", "报表 党员 年龄",
        summary: "members in age bands, with a bar chart",
        summaryZh: "党员年龄结构分布，附条形图",
        examples: ["report members by age", "report members by age as chart"]) { call in
        Reports.membersByAge(call.database)
    }

    static let hanging = report(
        "report_hanging", "report hanging members", "报表 空挂 党员",
        summary: "空挂 and 失联 members: no branch, a dissolved branch, or not heard of for 6 months",
        summaryZh: "空挂、失联党员：未编入支部、所在支部已撤销，或六个月没有联系",
        examples: ["report hanging members"]) { call in
        Reports.hangingMembers(call.database)
    }
}
