import JicengBase
import JicengDomain
import JicengLang

/// 党员积分: award and deduct, each with a reason and a date.
enum PointsCommands {
    static var all: [DomainCommand] { [award, deduct] }

    static let award = DomainCommand(try! CommandSyntax(
        id: "award_points", english: "award <points> points to member <member> for <reason>",
        chinese: "奖励 积分 <points> 给 党员 <member> 事由 <reason>",
        alternatives: ["奖励 <points> 积分 给 党员 <member> 事由 <reason>", "奖励 党员 <member> 积分 <points> 事由 <reason>"],
        clauses: [.init("on <date>", "于|日期 <date>")],
        summary: "adds points to a member's balance, with the reason and the date",
        summaryZh: "给党员加积分，写明事由和日期",
        examples: [#"award 5 points to member "M0001" for "志愿服务" on 2025-03-20"#, #"奖励 积分 5 给 党员 "张三" 事由 "志愿服务""#],
        topic: "points")
    ) { call in try entry(call, award: true) }

    static let deduct = DomainCommand(try! CommandSyntax(
        id: "deduct_points", english: "deduct <points> points from member <member> for <reason>",
        chinese: "扣除 积分 <points> 从 党员 <member> 事由 <reason>",
        alternatives: ["扣除 <points> 积分 从 党员 <member> 事由 <reason>", "扣除 党员 <member> 积分 <points> 事由 <reason>"],
        clauses: [.init("on <date>", "于|日期 <date>")],
        summary: "takes points from a member's balance, with the reason and the date",
        summaryZh: "扣减党员积分，写明事由和日期",
        examples: [#"deduct 2 points from member "M0001" for "无故缺席主题党日" on 2025-04-20"#, #"扣除 党员 "张三" 积分 2 事由 "无故缺席""#],
        topic: "points")
    ) { call in try entry(call, award: false) }

    private static func entry(_ call: DomainCall, award: Bool) throws -> Value {
        let w = WorkCall(call)
        let points = try call.int("points"), member: Handle<Member> = try w.handle("member")
        let reason = try call.string("reason"), date = try w.day()
        let db = call.database
        return w.finish(try w.perform(fields: ["delta": "points"]) {
            award ? try Points.award(points, to: member, for: reason, on: date, in: db)
                  : try Points.deduct(points, from: member, for: reason, on: date, in: db)
        })
    }
}
