import JicengBase
import JicengDomain
import JicengLang

/// 收缴党费: the amount by the public rule, once per member and month.
enum DuesCommands {
    static var all: [DomainCommand] { [collect] }

    static let collect = DomainCommand(try! CommandSyntax(
        id: "collect_dues", english: "collect dues from member <member> for <month>", chinese: "收缴 党费 从 党员 <member> 月份 <month>",
        alternatives: ["收缴 党员 <member> 党费 月份 <month>"],
        kinds: ["basis": SlotWords.choice(DuesBasis.self, aliases: [.retired: ["退休"], .working: ["在职党员"]])],
        clauses: [.init("pay <pay>", "工资|月工资 <pay>"), .init("as <basis>", "按 <basis>"), .init("on <date>", "于|日期 <date>"),
                  .init("code <code>", "编号 <code>")],
        summary: "records a month's party dues, the amount computed by the public rule from the basis (the member's own, else working) and the monthly pay",
        summaryZh: "收缴某月党费，按公开规则由缴费基数（本人基数，否则按工资）和月工资计算金额",
        examples: [#"collect dues from member "M0001" for 2025-03 pay 5400"#, #"collect dues from member "M0002" for 2025-03 as student"#,
                   #"收缴 党费 从 党员 "张三" 月份 2025-03 工资 6000 按 离退休"#],
        topic: "dues")
    ) { call in
        let w = WorkCall(call)
        let member: Handle<Member> = try w.handle("member")
        let month = try call.month("month"), pay = try call.optionalDecimal("pay")
        let basis = try w.optionalChoice("basis", DuesBasis.self), date = try w.day(), code = try w.code()
        let result = try w.perform(fields: ["paid_on": "date"]) {
            try DuesCollection.collect(from: member, for: month, pay: pay, basis: basis, on: date, code: code, in: call.database)
        }
        let d = call.database.dues[Handle<DuesPayment>(result.record.index)]
        call.say(Message(WorkMessage.collected(amount: d.amount?.description ?? "?", from: call.database.label(member), month: month,
                                               basis: d.basis.map(ChoiceWord.init), pay: d.pay?.description, code: d.code)))
        return w.finish(result)
    }
}
