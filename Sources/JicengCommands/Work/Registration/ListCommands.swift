import JicengBase
import JicengDomain
import JicengLang

/// 需求、资源、项目清单 and 双向认领.
enum ListCommands {
    static var all: [DomainCommand] { [postNeed, offerResource, postProject, claim, complete] }

    static let owner = SlotWords.entity(.community, .unit)
    static let clauses: [CommandSyntax.ClausePattern] = [.init("code <code>", "编号 <code>"), .init("on <date>", "于|日期 <date>")]

    static let postNeed = DomainCommand(try! CommandSyntax(
        id: "post_need", english: "post need <text> in|by <owner>", chinese: "发布 需求 <text> 由 <owner>",
        kinds: ["owner": owner], clauses: clauses,
        summary: "puts a need on the needs list (需求清单), usually a community's, for a unit to claim",
        summaryZh: "把一项需求列入需求清单，一般由社区发布，等待单位认领",
        examples: [#"post need "楼梯扶手" in community "JH""#, #"发布 需求 "楼梯扶手" 由 社区 "JH""#],
        topic: "agreements")
    ) { call in try post(call, NeedList.self) }

    static let offerResource = DomainCommand(try! CommandSyntax(
        id: "offer_resource", english: "offer resource <text> by <owner>", chinese: "提供 资源 <text> 由 <owner>",
        kinds: ["owner": owner], clauses: clauses,
        summary: "puts a resource on the resources list (资源清单), usually a unit's, for a community to claim",
        summaryZh: "把一项资源列入资源清单，一般由单位提供，等待社区认领",
        examples: [#"offer resource "会议室" by unit "BG""#, #"提供 资源 "会议室" 由 单位 "BG""#],
        topic: "agreements")
    ) { call in try post(call, ResourceList.self) }

    static let postProject = DomainCommand(try! CommandSyntax(
        id: "post_project", english: "post project <text> by <owner>", chinese: "发布 项目 <text> 由 <owner>",
        kinds: ["owner": owner], clauses: clauses,
        summary: "puts a project on the projects list (项目清单), for the other side to claim",
        summaryZh: "把一个项目列入项目清单，等待另一方认领",
        examples: [#"post project "老旧小区加装电梯" by community "JH""#, #"发布 项目 "共建图书角" 由 单位 "BG""#],
        topic: "agreements")
    ) { call in try post(call, ProjectList.self) }

    private static func post<L: ListItemKind>(_ call: DomainCall, _ list: L.Type) throws -> Value {
        let w = WorkCall(call)
        let text = try call.string("text"), owner = try w.record("owner"), code = try w.code(), date = try w.day()
        return w.finish(try w.perform(fields: ["posted": "date"]) {
            try Lists.post(list, text: text, owner: owner, code: code, on: date, in: call.database)
        }, generatedCode: code.isEmpty)
    }

    static let claim = DomainCommand(try! CommandSyntax(
        id: "claim_item", english: "claim <list> <item> by <claimant>", chinese: "认领 <list> <item> 由 <claimant>",
        kinds: ["list": listWords, "claimant": owner],
        clauses: [.init("on <date>", "于|日期 <date>")],
        summary: "the other side takes on an open need, resource or project (双向认领): a community's by a unit, a unit's by a community",
        summaryZh: "双向认领：社区的需求由单位认领，单位的资源、项目由社区认领",
        examples: [#"claim need "N12" by unit "BG""#, #"认领 资源 "R3" 由 社区 "JH""#],
        topic: "agreements")
    ) { call in
        let w = WorkCall(call)
        let kind = try listKind(call)
        let item = try w.record("item", [kind]), claimant = try w.record("claimant"), date = try w.day()
        let db = call.database
        return w.finish(try w.perform(fields: ["claimed_by": "claimant", "claimed_on": "date"]) {
            switch kind {
            case .need: try Lists.claim(Handle<Need>(item.index), by: claimant, on: date, in: db)
            case .resource: try Lists.claim(Handle<Resource>(item.index), by: claimant, on: date, in: db)
            default: try Lists.claim(Handle<Project>(item.index), by: claimant, on: date, in: db)
            }
        })
    }

    static let complete = DomainCommand(try! CommandSyntax(
        id: "complete_item", english: "complete <list> <item>", chinese: "完成 <list> <item>",
        alternatives: ["办结 <list> <item>", "结项 <list> <item>"],
        kinds: ["list": listWords], clauses: [.init("on <date>", "于|日期 <date>")],
        summary: "marks a claimed need, resource or project done (完成, 结项), on a date; one never claimed is claimed first",
        summaryZh: "把已认领的需求、资源或项目标记为完成（办结、结项），写明日期；尚未认领的须先认领",
        examples: [#"complete need "N12" on 2025-04-30"#, #"结项 项目 "PJ-1" 于 2025-06-20"#],
        topic: "agreements")
    ) { call in
        let w = WorkCall(call)
        let kind = try listKind(call)
        let item = try w.record("item", [kind]), date = try w.day()
        let db = call.database
        return w.finish(try w.perform(fields: ["done_on": "date"]) {
            switch kind {
            case .need: try Lists.complete(Handle<Need>(item.index), on: date, in: db)
            case .resource: try Lists.complete(Handle<Resource>(item.index), on: date, in: db)
            default: try Lists.complete(Handle<Project>(item.index), on: date, in: db)
            }
        })
    }

    static let listWords = CommandSyntax.SlotKind.choice([.init("need", "需求"), .init("resource", "资源"), .init("project", "项目")])

    /// The kind a `<list>` word names.
    static func listKind(_ call: DomainCall) throws -> Kind {
        switch try call.choice("list") { case "need": .need; case "resource": .resource; default: .project }
    }
}
