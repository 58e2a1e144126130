import JicengBase
import JicengDomain
import JicengLang

/// 共驻共建协议: sign, renew, terminate.
enum AgreementCommands {
    static var all: [DomainCommand] { [sign, renew, terminate] }

    static let sign = DomainCommand(try! CommandSyntax(
        id: "sign_agreement", english: "sign agreement [<code>] between unit <unit> and <party> from <starts> to <ends>",
        chinese: "签订 协议 [<code>] 单位 <unit> 与 <party> 自 <starts> 至 <ends>",
        kinds: ["party": SlotWords.entity(.community, .street), "kind": SlotWords.choice(AgreementKind.self)],
        clauses: [.init("kind <kind>", "类型 <kind>"), .init("signed <signed>", "签订日期 <signed>"),
                  .init("resources <resources>", "资源 <resources>"), .init("needs <needs>", "需求 <needs>"),
                  .init("projects <projects>", "项目 <projects>")],
        summary: "records a co-building agreement between a resident unit and a community or street (ends after starts)",
        summaryZh: "签订共驻共建协议：驻区单位与社区或街道结对（结束日期须晚于开始日期）",
        examples: [#"sign agreement "A-2025-01" between unit "BG" and community "JH" from 2025-01-01 to 2027-12-31 resources ["场地", "志愿者"] needs ["助老"]"#,
                   #"签订 协议 "A-2025-02" 单位 "BG" 与 街道 "XFL" 自 2025-01-01 至 2026-12-31 类型 结对包抓"#],
        topic: "agreements")
    ) { call in
        let w = WorkCall(call)
        let code = try w.code(), unit: Handle<JicengDomain.Unit> = try w.handle("unit"), party = try w.record("party")
        var terms = Agreements.Terms(starts: try call.date("starts"), ends: try call.date("ends"), signed: try call.optionalDate("signed"),
                                     resources: try call.strings("resources"), needs: try call.strings("needs"),
                                     projects: try call.strings("projects"))
        terms.kind = try w.optionalChoice("kind", AgreementKind.self) ?? .coBuilding
        return w.finish(try w.perform(fields: ["community": "party", "street": "party"]) {
            try Agreements.sign(code: code, unit: unit, with: party, terms, in: call.database)
        }, generatedCode: code.isEmpty)
    }

    static let renew = DomainCommand(try! CommandSyntax(
        id: "renew_agreement", english: "renew agreement <agreement> to <ends>", chinese: "续签 协议 <agreement> 至 <ends>",
        summary: "extends an agreement that stands to a later end date (续签); never shortens it",
        summaryZh: "续签协议，把到期日延后；不能提前",
        examples: [#"renew agreement "A-2025-01" to 2029-12-31"#, #"续签 协议 "A-2025-01" 至 2029-12-31"#],
        topic: "agreements")
    ) { call in
        let w = WorkCall(call)
        let agreement: Handle<Agreement> = try w.handle("agreement")
        let ends = try call.date("ends")
        return w.finish(try w.perform { try Agreements.renew(agreement, to: ends, in: call.database) })
    }

    static let terminate = DomainCommand(try! CommandSyntax(
        id: "terminate_agreement", english: "terminate agreement <agreement>", chinese: "终止 协议 <agreement>",
        clauses: [.init("on <date>", "于|日期 <date>"), .init("reason <reason>", "原因 <reason>")],
        summary: "ends an active agreement early, on a date and for a reason (终止)",
        summaryZh: "提前终止一项有效协议，写明日期和原因",
        examples: [#"terminate agreement "A-2025-01" on 2026-06-30 reason "单位搬迁""#, #"终止 协议 "A-2025-01" 于 2026-06-30 原因 "单位搬迁""#],
        topic: "agreements")
    ) { call in
        let w = WorkCall(call)
        let agreement: Handle<Agreement> = try w.handle("agreement")
        let date = try w.day(), reason = try call.optionalString("reason") ?? ""
        return w.finish(try w.perform(fields: ["terminated_on": "date"]) {
            try Agreements.terminate(agreement, on: date, reason: reason, in: call.database)
        })
    }
}
