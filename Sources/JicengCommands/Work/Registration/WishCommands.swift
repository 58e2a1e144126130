import JicengBase
import JicengDomain
import JicengLang

/// 微心愿: post, claim, fulfil, cancel.
enum WishCommands {
    static var all: [DomainCommand] { [post, claim, fulfil, cancel] }

    static let onClause = CommandSyntax.ClausePattern("on <date>", "于|日期 <date>")

    static let post = DomainCommand(try! CommandSyntax(
        id: "post_wish", english: "post wish <text> in community <community>", chinese: "发布 心愿 <text> 在 社区 <community>",
        clauses: [.init("for <requester>", "为 <requester>"), onClause, .init("code <code>", "编号 <code>")],
        summary: "posts a resident's micro-wish (微心愿) in a community, open for a member or unit to claim",
        summaryZh: "在社区发布居民微心愿，等待党员或单位认领",
        examples: [#"post wish "为独居老人修水管" in community "JH" for "王阿姨""#, #"发布 心愿 "买一台轮椅" 在 社区 "金华社区" 为 "李大爷""#],
        topic: "wishes")
    ) { call in
        let w = WorkCall(call)
        let text = try call.string("text"), community: Handle<Community> = try w.handle("community")
        let requester = try call.optionalString("requester") ?? "", date = try w.day(), code = try w.code()
        return w.finish(try w.perform(fields: ["posted": "date"]) {
            try Wishes.post(text, in: community, for: requester, on: date, code: code, in: call.database)
        }, generatedCode: code.isEmpty)
    }

    static let claim = DomainCommand(try! CommandSyntax(
        id: "claim_wish", english: "claim wish <wish> by <claimant>", chinese: "认领 心愿 <wish> 由 <claimant>",
        kinds: ["claimant": SlotWords.entity(.member, .unit)], clauses: [onClause],
        summary: "a member or a unit takes on an open wish (认领心愿)",
        summaryZh: "党员或单位认领一项未认领的微心愿",
        examples: [#"claim wish "W12" by member "M0001""#, #"认领 心愿 "W12" 由 单位 "BG""#],
        topic: "wishes")
    ) { call in
        let w = WorkCall(call)
        let wish: Handle<Wish> = try w.handle("wish"), claimant = try w.record("claimant"), date = try w.day()
        return w.finish(try w.perform(fields: ["claimed_by": "claimant", "claimed_on": "date"]) {
            try Wishes.claim(wish, by: claimant, on: date, in: call.database)
        })
    }

    static let fulfil = DomainCommand(try! CommandSyntax(
        id: "fulfil_wish", english: "fulfil|fulfill wish <wish>", chinese: "完成 心愿 <wish>", alternatives: ["实现 心愿 <wish>"],
        clauses: [onClause],
        summary: "a claimed wish comes true (完成心愿)",
        summaryZh: "已认领的微心愿办结（完成心愿）",
        examples: [#"fulfil wish "W12" on 2025-03-22"#, #"完成 心愿 "W12" 于 2025-03-22"#],
        topic: "wishes")
    ) { call in
        let w = WorkCall(call)
        let wish: Handle<Wish> = try w.handle("wish"), date = try w.day()
        return w.finish(try w.perform(fields: ["fulfilled_on": "date"]) { try Wishes.fulfil(wish, on: date, in: call.database) })
    }

    static let cancel = DomainCommand(try! CommandSyntax(
        id: "cancel_wish", english: "cancel wish <wish>", chinese: "取消 心愿 <wish>",
        summary: "withdraws an open or claimed wish (取消心愿)",
        summaryZh: "撤回一项未认领或已认领的微心愿（取消心愿）",
        examples: [#"cancel wish "W12""#, #"取消 心愿 "W12""#],
        topic: "wishes")
    ) { call in
        let w = WorkCall(call)
        let wish: Handle<Wish> = try w.handle("wish")
        return w.finish(try w.perform { try Wishes.cancel(wish, in: call.database) })
    }
}
