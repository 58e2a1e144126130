import JicengBase
import JicengDomain
import JicengLang

/// 任命: secretaries, directors, committee roles and the grid's 一格三员.
enum AppointmentCommands {
    static var all: [DomainCommand] { [appoint] }

    static let roleWords: [CommandSyntax.Choice] = Appointments.Role.allCases.map { role in
        let extra: [String] = switch role {
        case .director: ["主任"]
        case .committeeMember: ["支委", "委员会委员"]
        default: []
        }
        return CommandSyntax.Choice(canonical: role.rawValue, aliases: [role.label] + extra)
    }

    static let appoint = DomainCommand(try! CommandSyntax(
        id: "appoint", english: "appoint member <member> as <role> of <office>", chinese: "任命 党员 <member> 为 <office> <role>",
        kinds: ["role": .choice(roleWords), "office": SlotWords.entity(.org, .community, .grid)],
        summary: "records an office: secretary of an org or community, director of a community (一肩挑 when the secretary is also director), a committee role, a grid role (一格三员)",
        summaryZh: "登记任职：党组织或社区书记、社区居委会主任（书记兼任主任即一肩挑）、委员分工、网格职务（一格三员）",
        examples: [#"appoint member "M0001" as secretary of org "JH-PC""#, #"appoint member "M0001" as director of community "JH""#,
                   #"appoint member "M0002" as organisation_member of branch "JH-01""#, #"任命 党员 "张三" 为 社区 "JH" 书记"#,
                   #"任命 党员 "王五" 为 网格 "G1" 党建指导员"#],
        topic: "roster")
    ) { call in
        let w = WorkCall(call)
        let member: Handle<Member> = try w.handle("member")
        let role: Appointments.Role = try w.choice("role")
        let office = try w.record("office")
        return w.finish(try w.perform(fields: ["secretary": "member"]) {
            try Appointments.appoint(member, as: role, of: office, in: call.database)
        })
    }
}
