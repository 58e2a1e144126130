import JicengBase
import JicengDomain
import JicengLang

/// 五步议事: propose, advance one step at a time, rate at the end.
enum DeliberationCommands {
    static var all: [DomainCommand] { [propose, advance, rate] }

    static let propose = DomainCommand(try! CommandSyntax(
        id: "propose", english: "propose <topic> in community <community>", chinese: "提议 <topic> 在 社区 <community>",
        clauses: [.init("by <proposer>", "由 <proposer>"), .init("on <date>", "于|日期 <date>"), .init("note <note>", "记录 <note>"),
                  .init("code <code>", "编号 <code>")],
        summary: "a resident's topic opens a five-step deliberation (五步议事, step 1: 居民点题)",
        summaryZh: "居民点题，启动五步议事（第一步：居民点题）",
        examples: [#"propose "停车难" in community "JH" by "居民代表李某""#, #"提议 "加装电梯" 在 社区 "金华社区" 由 "张大妈""#],
        topic: "deliberation")
    ) { call in
        let w = WorkCall(call)
        let topic = try call.string("topic"), community: Handle<Community> = try w.handle("community")
        let proposer = try call.optionalString("proposer") ?? "", date = try w.day()
        let note = try call.optionalString("note") ?? "", code = try w.code()
        return w.finish(try w.perform(fields: ["proposed_on": "date"]) {
            try Deliberation.propose(topic, in: community, by: proposer, on: date, note: note, code: code, in: call.database)
        }, generatedCode: code.isEmpty)
    }

    static let advance = DomainCommand(try! CommandSyntax(
        id: "advance_proposal", english: "advance proposal <proposal>", chinese: "推进 议事 <proposal>",
        kinds: ["step": SlotWords.choice(ProposalStep.self)],
        clauses: [.init("note <note>", "记录 <note>"), .init("to <step>", "到 <step>")],
        summary: "moves a proposal to its next step, with a note (居民点题 → 支部议定 → 网格实施 → 结果公开 → 评价反馈); never skips or goes back",
        summaryZh: "把议事推进到下一步并附说明（居民点题 → 支部议定 → 网格实施 → 结果公开 → 评价反馈），不能跳步或退回",
        examples: [#"advance proposal "P3" note "支委会通过""#, #"推进 议事 "P3" 到 网格实施 记录 "网格员组织施划车位""#],
        topic: "deliberation")
    ) { call in
        let w = WorkCall(call)
        let proposal: Handle<Proposal> = try w.handle("proposal")
        let note = try call.optionalString("note") ?? "", step = try w.optionalChoice("step", ProposalStep.self)
        return w.finish(try w.perform { try Deliberation.advance(proposal, note: note, to: step, in: call.database) })
    }

    static let rate = DomainCommand(try! CommandSyntax(
        id: "rate_proposal", english: "rate proposal <proposal> <rating>", chinese: "评价 议事 <proposal> <rating>",
        summary: "residents rate a finished proposal 1–5 (评价反馈)",
        summaryZh: "居民为办结的议事打分，1–5 分（评价反馈）",
        examples: [#"rate proposal "P3" 4"#, #"评价 议事 "P3" 5"#],
        topic: "deliberation")
    ) { call in
        let w = WorkCall(call)
        let proposal: Handle<Proposal> = try w.handle("proposal"), rating = try call.int("rating")
        return w.finish(try w.perform { try Deliberation.rate(proposal, rating, in: call.database) })
    }
}
