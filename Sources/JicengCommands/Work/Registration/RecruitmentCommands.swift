import JicengBase
import JicengDomain
import JicengLang

/// 发展党员: admit an applicant to the next stage; 转正 and 延长预备期 of a probationary member.
enum RecruitmentCommands {
    static var all: [DomainCommand] { [admit, makeFormal, extendProbation] }

    static let stageWords: [CommandSyntax.Choice] = ApplicantStage.allCases.filter { $0 != .applicant }.map { stage in
        let extra: [String] = switch stage {
        case .activist: ["积极分子"]
        case .formal: ["转正"]
        default: []
        }
        return CommandSyntax.Choice(canonical: stage.rawValue, aliases: [stage.label] + extra)
    }

    static let admit = DomainCommand(try! CommandSyntax(
        id: "admit_applicant", english: "admit applicant <applicant> to <stage>", chinese: "确定 申请人 <applicant> 为 <stage>",
        alternatives: ["接收 申请人 <applicant> 为 <stage>", "发展 申请人 <applicant> 为 <stage>"],
        kinds: ["stage": .choice(stageWords), "branch": SlotWords.entity(.org)],
        clauses: [.init("on <date>", "于|日期 <date>"), .init("into <branch>", "到 <branch>"), .init("code <code>", "编号 <code>")],
        summary: "moves an applicant one stage on: activist, candidate (after a year as activist), probationary (creates the member; 18 or older), formal (a year later)",
        summaryZh: "入党申请人进入下一阶段：入党积极分子、发展对象（当积极分子满一年）、预备党员（建立党员记录，须年满18岁）、正式党员（预备期满一年）",
        examples: [#"admit applicant "AP9" to activist on 2024-05-01"#, #"admit applicant "AP9" to probationary on 2025-09-01 into branch "XFL-01" code "M0900""#,
                   #"确定 申请人 "陈七" 为 发展对象 于 2025-05-01"#, #"接收 申请人 "AP9" 为 预备党员 于 2025-09-01"#],
        topic: "recruitment")
    ) { call in
        let w = WorkCall(call)
        let applicant: Handle<Applicant> = try w.handle("applicant")
        let stage: ApplicantStage = try w.choice("stage")
        let date = try w.day(), branch: Handle<Org>? = try w.optionalHandle("branch"), code = try w.code()
        let fields = ["stage": "stage", "activist_on": "date", "candidate_on": "date", "probationary_on": "date", "formal_on": "date",
                      "formal": "date", "joined": "date", "code": "code"]
        return w.finish(try w.perform(fields: fields) {
            try Recruitment.admit(applicant, to: stage, on: date, branch: branch, memberCode: code, in: call.database)
        })
    }

    static let makeFormal = DomainCommand(try! CommandSyntax(
        id: "admit_member_formal", english: "admit member <member> to formal", chinese: "转正 党员 <member>",
        alternatives: ["确定 党员 <member> 为 正式党员"],
        clauses: [.init("on <date>", "于|日期 <date>")],
        summary: "makes a probationary member formal (转正) once the probation, as extended, has ended; the applicant record follows",
        summaryZh: "预备党员转为正式党员（转正），须在预备期（含延长）届满之后；其入党申请人记录随之更新",
        examples: [#"admit member "M0090" to formal on 2025-07-01"#, #"转正 党员 "王芳" 于 2025-07-01"#],
        topic: "recruitment")
    ) { call in
        let w = WorkCall(call)
        let member: Handle<Member> = try w.handle("member"), date = try w.day()
        return w.finish(try w.perform(fields: ["formal": "date", "formal_on": "date"]) {
            try Probation.makeFormal(member, on: date, in: call.database)
        })
    }

    static let extendProbation = DomainCommand(try! CommandSyntax(
        id: "extend_probation", english: "extend probation of member <member> by <months> months reason <reason>",
        chinese: "延长 党员 <member> 预备期 <months> 个月 原因 <reason>",
        alternatives: ["延长 预备期 党员 <member> <months> 个月 原因 <reason>"],
        clauses: [.init("on <date>", "于|日期 <date>")],
        summary: "records the branch meeting's decision to extend a probationary member's probation (延长预备期): once, by 6 to 12 months, with the day and the reason; 转正 then waits for the new end",
        summaryZh: "记录支部党员大会延长预备党员预备期的决定：只能延长一次，延长 6 至 12 个月，写明日期和原因；转正须待延长的预备期届满",
        examples: [#"extend probation of member "M0090" by 6 months reason "理论学习不够，需继续考察" on 2025-07-01"#,
                   #"延长 党员 "王芳" 预备期 6 个月 原因 "需继续考察" 于 2025-07-01"#],
        topic: "recruitment")
    ) { call in
        let w = WorkCall(call)
        let member: Handle<Member> = try w.handle("member"), months = try call.int("months")
        let reason = try call.string("reason"), date = try w.day()
        let fields = ["probation_extended_on": "date", "probation_extended_to": "months", "probation_extension_reason": "reason"]
        return w.finish(try w.perform(fields: fields) {
            try Probation.extend(member, byMonths: months, on: date, reason: reason, in: call.database)
        })
    }
}
