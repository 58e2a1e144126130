import JicengBase
import JicengDomain
import JicengLang

/// The roster as commands: 编入支部, 内部转接, 转出, 流出, 转入/流入, 双报到.
enum RosterCommands {
    static var all: [DomainCommand] { [assign, transfer, transferOut, floatOut, receive, register] }

    static let onClause = CommandSyntax.ClausePattern("on <date>", "于|日期 <date>")

    static let assign = DomainCommand(try! CommandSyntax(
        id: "assign_member", english: "assign member <member> to branch <branch>", chinese: "分配 党员 <member> 到 支部 <branch>",
        alternatives: ["编入 党员 <member> 到 支部 <branch>"],
        summary: "puts a member on a branch's roster (编入支部)",
        summaryZh: "把党员编入支部",
        examples: [#"assign member "M0001" to branch "XFL-01""#, #"分配 党员 "张三" 到 支部 "XFL-01""#,
                   #"for m in members where branch == nil { assign member m to branch "XFL-01" }"#],
        topic: "roster")
    ) { call in
        let w = WorkCall(call)
        let member: Handle<Member> = try w.handle("member"), branch: Handle<Org> = try w.handle("branch")
        return w.finish(try w.perform { try Roster.assign(member, to: branch, in: call.database) })
    }

    static let transfer = DomainCommand(try! CommandSyntax(
        id: "transfer_member", english: "transfer member <member> to branch <branch>", chinese: "转接 党员 <member> 到 支部 <branch>",
        clauses: [onClause],
        summary: "moves a member to another branch in the store on a date (内部转接)",
        summaryZh: "党员在本系统内转到另一个支部（内部转接），写明日期",
        examples: [#"transfer member "M0001" to branch "XFL-02" on 2025-04-01"#, #"转接 党员 "张三" 到 支部 "XFL-02" 于 2025-04-01"#],
        topic: "roster")
    ) { call in
        let w = WorkCall(call)
        let member: Handle<Member> = try w.handle("member"), branch: Handle<Org> = try w.handle("branch")
        let date = try w.day()
        return w.finish(try w.perform { try Roster.transfer(member, to: branch, on: date, in: call.database) })
    }

    static let transferOut = DomainCommand(try! CommandSyntax(
        id: "transfer_out", english: "transfer member <member> out to <destination>", chinese: "转出 党员 <member> 到 <destination>",
        clauses: [onClause],
        summary: "records a member's relationship moving to an organisation outside (转出); the transfer letter is valid 3 months",
        summaryZh: "党员组织关系转出到外单位党组织；介绍信有效期三个月",
        examples: [#"transfer member "M0001" out to "兰州市某单位党委" on 2025-04-01"#, #"转出 党员 "张三" 到 "兰州市某单位党委" 于 2025-04-01"#],
        topic: "roster")
    ) { call in
        try departure(call, .transferredOut)
    }

    static let floatOut = DomainCommand(try! CommandSyntax(
        id: "float_out", english: "float member <member> out to <destination>", chinese: "流出 党员 <member> 到 <destination>",
        clauses: [onClause],
        summary: "records a member living or working elsewhere while their relationship stays here (流出)",
        summaryZh: "登记流出党员：人在外地居住或工作，组织关系仍留在本支部",
        examples: [#"float member "M0002" out to "深圳市某企业" on 2025-03-01"#, #"流出 党员 "李四" 到 "深圳市某企业""#],
        topic: "roster")
    ) { call in
        try departure(call, .floatingOut)
    }

    private static func departure(_ call: DomainCall, _ kind: Roster.Departure) throws -> Value {
        let w = WorkCall(call)
        let member: Handle<Member> = try w.handle("member")
        let destination = try call.string("destination"), date = try w.day()
        return w.finish(try w.perform(fields: ["transfer_org": "destination", "transfer_on": "date"]) {
            try Roster.transferOut(member, to: destination, on: date, as: kind, in: call.database)
        })
    }

    /// The member fields a newly received member may come with (name, born, idcard, joined, …).
    static let newMemberFields: [CommandSyntax.Choice] = Schema.fields(of: .member)
        .filter { !$0.derived && !["code", "branch", "group", "status", "transfer_org", "transfer_on", "in_service", "reported_community"].contains($0.name) }
        .map { CommandSyntax.Choice(canonical: $0.name, aliases: KindWords.isWord($0.label) ? [$0.label] : []) }

    static let receive = DomainCommand(try! CommandSyntax(
        id: "receive_member", english: "receive member <member> from <origin> into branch <branch>",
        chinese: "接收 党员 <member> 从 <origin> 到 支部 <branch>", alternatives: ["转入 党员 <member> 从 <origin> 到 支部 <branch>"],
        kinds: ["arrival": .choice([.init("transferred_in", "转入"), .init("floating_in", "流入")])],
        clauses: [onClause, .init("as <arrival>", "作为 <arrival>"), .init("letter <letter>", "介绍信 <letter>")],
        fields: newMemberFields,
        summary: "puts an arriving member on a branch's roster (转入, or 流入 with `as floating_in`), creating the member or bringing one back; a transfer letter older than 3 months is reported",
        summaryZh: "接收转入党员编入支部（转入；用 `as floating_in` 即流入），新建该党员或恢复原有记录；介绍信超过三个月会提示",
        examples: [#"receive member "M0201" from "外省某支部" into branch "XFL-01" name "赵六" born 1985-02-02 joined 2010-07-01"#,
                   #"receive member "M0001" from "兰州市某单位党委" into branch "XFL-01" on 2025-06-01 letter 2025-05-20"#,
                   #"接收 党员 "M0202" 从 "外省某支部" 到 支部 "XFL-01" 作为 流入 姓名 "钱八""#],
        topic: "roster")
    ) { call in
        let w = WorkCall(call)
        let arriving: Roster.Arriving
        let given = call.argument("member") ?? .nil
        // Text naming no member (neither a code nor any name) is a new member's code; a
        // name several members share is reported as ambiguous by the lookup below.
        if case .string(let text) = given, call.database.lookup(.member, text) == nil,
           call.database.table(.member).indexes(named: text).isEmpty {
            var fields: [String: DomainValue] = [:]
            for (index, value) in try GenericCommands.fieldValues(call, .member) { fields[Schema.fields(of: .member)[index].name] = value }
            arriving = .new(code: text, fields: fields)
            guard fields["name"] != nil else {
                throw call.error(Message(WorkMessage.noMemberWithCode(Value.string(text).literalText)), at: "member",
                                 help: Message(WorkMessage.receiveNewMember(Value.string(text).literalText)))
            }
        } else {
            arriving = .known(try w.handle("member"))
            if let field = call.invocation.fields.first {
                throw ScriptError([Diagnostic(id: BridgeErrorID.badArgument, message: Message(WorkMessage.alreadyOnRecord(FieldName(field.name, of: .member))),
                                              file: call.invocation.file, range: field.range)])
            }
        }
        let origin = try call.string("origin"), branch: Handle<Org> = try w.handle("branch")
        let date = try w.day(), letter = try call.optionalDate("letter")
        let arrival = try w.optionalChoice("arrival", Roster.Arrival.self) ?? .transferredIn
        let result = try w.perform(fields: ["transfer_org": "origin", "transfer_on": "date"]) {
            try Roster.receive(arriving, from: origin, into: branch, on: date, as: arrival, letter: letter, in: call.database)
        }
        return w.finish(result)
    }

    static let register = DomainCommand(try! CommandSyntax(
        id: "register_member", english: "register member <member> at community <community> as <registration>",
        chinese: "报到 党员 <member> 到 社区 <community> 作为 <registration>",
        kinds: ["registration": .choice([.init("in_service", "在职党员")])],
        summary: "an in-service member reports to the community they live in (在职党员到社区报到, 双报到)",
        summaryZh: "在职党员到居住地社区报到（双报到）",
        examples: [#"register member "M0301" at community "JH" as in_service"#, #"报到 党员 "王五" 到 社区 "金华社区" 作为 在职党员"#],
        topic: "roster")
    ) { call in
        let w = WorkCall(call)
        let member: Handle<Member> = try w.handle("member"), community: Handle<Community> = try w.handle("community")
        let registration: Roster.Registration = try w.choice("registration")
        return w.finish(try w.perform { try Roster.register(member, at: community, as: registration, in: call.database) })
    }
}
