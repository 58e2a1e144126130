import JicengBase
import JicengDomain
import JicengLang

/// 发展党员: admit an applicant to the next stage.
enum RecruitmentCommands {
    static var all: [DomainCommand] { [admit] }

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
}
