import JicengBase
import JicengDomain

/// Every refusal and notice of the work (the roster, 三会一课, dues, 微心愿, 五步议事, …) in
/// English and Chinese, each written once here. Records are named as `Database.label`
/// gives them (`张三 (M1)`), the same in both languages; choices by word and label.
enum WorkMessage: MessageText {
    // MARK: The roster

    case notOnRoster(String, ChoiceWord, cannot: Work)
    case alreadyIn(String, String)
    case alreadyFloatingOut(String, String)
    case sayWhereTo
    case letterValidUntil(Day, months: Int)
    case isDeceased(String)
    case alreadyOnRoster(String, in: String?)
    case letterExpired(Day, on: Day, months: Int)
    case alreadyReportsTo(String, String)
    case dissolvedOn(String, Day)
    case keepsNoRoster(ChoiceWord)
    case noMemberWithCode(String)
    case receiveNewMember(String)
    case alreadyOnRecord(FieldName)

    // MARK: Offices, meetings, dues and points

    case roleOffice(ChoiceWord, holders: [Kind], office: Kind)
    case oneShoulder(String, String)
    case secretaryNotMember(String, String)
    case notMemberListAsGuest(String, String)
    case noLongerOnRosterOf(String, ChoiceWord, String)
    case listedTwice(String)
    case attendAndAbsent(String)
    case payNotASum
    case duesFollowPay(ChoiceWord)
    case collected(amount: String, from: String, month: YearMonth, basis: ChoiceWord?, pay: String?, code: String)
    case positivePoints(award: Bool)
    case pointsNeedReason(award: Bool)

    // MARK: Recruitment and deliberation

    case stagesOneAtATime(String, ChoiceWord, next: ChoiceWord?)
    case activistTraining(Int, notBefore: Day)
    case nowProbationary(String, String)
    case admittedByBranch
    case lastStep(ChoiceWord)
    case stepsOneAtATime(ChoiceWord, next: ChoiceWord)
    case rateAtEvaluation(ChoiceWord?)
    case alreadyFormal(String, since: Day?)
    case noProbation(String)
    case extendedOnce(String, to: Day, on: Day?)
    case extensionMonths(ClosedRange<Int>)
    case extensionNeedsReason
    case probationNowEnds(String, Day)
    case noAssemblyRecorded(String, Day)
    case probationRunsUntil(String, Day, extended: Bool)

    // MARK: Co-building, lists, wishes and tasks

    case agreementParty(Kind)
    case renewForward(Day)
    case alreadyEnded(Day)
    case agreementTerminated(Day?, cannot: Work)
    case listOwner(Kind, Kind)
    case onlyOpenItemClaimed(Kind, ChoiceWord?, by: String?)
    case claimOtherSide(Kind, owner: Kind?)
    case onlyOpenWishClaimed(ChoiceWord?, by: String?)
    case wishClaimant(Kind)
    case onlyClaimedWishFulfilled(ChoiceWord?)
    case onlyOpenWishCancelled(ChoiceWord?)
    case taskOwner(Kind)
    case taskDone(Day?)
    case itemDone(Kind, Day?)
    case onlyClaimedItemDone(Kind, ChoiceWord?)
    /// A notice under the result: `note: …` / `提示：…`.
    case note(Message)

    /// What a refused record cannot do: `cannot take an office` / `不能担任职务`.
    enum Work: Sendable, CaseIterable {
        case takeOffice, payDues, haveAwarded, haveDeducted, beAssigned, beTransferred, beTransferredOutAgain
        case reportToCommunity, claimWish, renew, terminate, haveProbationExtended, becomeFormal

        var english: String {
            switch self {
            case .takeOffice: "take an office"
            case .payDues: "pay dues here"
            case .haveAwarded: "have points awarded"
            case .haveDeducted: "have points deducted"
            case .beAssigned: "be assigned to a branch; receive the member first"
            case .beTransferred: "be transferred; receive the member first"
            case .beTransferredOutAgain: "be transferred out again"
            case .reportToCommunity: "report to a community"
            case .claimWish: "claim a wish"
            case .renew: "renew"
            case .terminate: "terminate"
            case .haveProbationExtended: "have the probation extended"
            case .becomeFormal: "become a formal member here"
            }
        }

        var chinese: String {
            switch self {
            case .takeOffice: "担任职务"
            case .payDues: "在这里缴纳党费"
            case .haveAwarded: "加积分"
            case .haveDeducted: "扣积分"
            case .beAssigned: "编入支部；请先办理接收"
            case .beTransferred: "转接组织关系；请先办理接收"
            case .beTransferredOutAgain: "再次转出"
            case .reportToCommunity: "到社区报到"
            case .claimWish: "认领微心愿"
            case .renew: "续签"
            case .terminate: "终止"
            case .haveProbationExtended: "延长预备期"
            case .becomeFormal: "在这里转正"
            }
        }
    }

    func text(_ l: MessageLanguage) -> String {
        switch self {
        case .notOnRoster(let m, let status, let work):
            l.pick("\(m) is \(status.word) (\(status.label)); cannot \(work.english)", "\(m) 的状态为“\(status.label)”，不能\(work.chinese)")
        case .alreadyIn(let m, let branch): l.pick("\(m) is already in \(branch)", "\(m) 已在 \(branch)")
        case .alreadyFloatingOut(let m, let to): l.pick("\(m) is already floating out (to \(to))", "\(m) 已是流出党员（流向 \(to)）")
        case .sayWhereTo: l.pick("say where the member goes", "请写明转往何处")
        case .letterValidUntil(let until, let months):
            l.pick("the transfer letter is valid until \(until) (\(months) months)", "组织关系介绍信有效期至 \(until)（\(months) 个月）")
        case .isDeceased(let m): l.pick("\(m) is deceased", "\(m) 已去世")
        case .alreadyOnRoster(let m, let place):
            l.pick("\(m) is already on the roster\(place.map { " in \($0)" } ?? ""); use transfer",
                   "\(m) 已在\(place.map { " \($0) 的" } ?? "")名册上；请办理组织关系转接（transfer）")
        case .letterExpired(let letter, let until, let months):
            l.pick("the transfer letter of \(letter) expired on \(until) (valid \(months) months); check it with the sending organisation",
                   "\(letter) 开具的介绍信已于 \(until) 过期（有效期 \(months) 个月）；请与转出组织核实")
        case .alreadyReportsTo(let m, let community): l.pick("\(m) already reports to \(community)", "\(m) 已到 \(community) 报到")
        case .dissolvedOn(let org, let day): l.pick("\(org) was dissolved on \(day)", "\(org) 已于 \(day) 撤销")
        case .keepsNoRoster(let kind):
            l.pick("a \(kind.word) (\(kind.label)) does not keep a roster; use a branch", "\(kind.label)不直接管理党员，请编入党支部")
        case .noMemberWithCode(let code):
            l.pick("no member has the code \(code); to receive a new member give their name", "没有编号为 \(code) 的党员；接收新党员请写明姓名")
        case .receiveNewMember(let code):
            l.pick("receive member \(code) from … into branch … name \"…\"", "写作 receive member \(code) from … into branch … name \"…\"")
        case .alreadyOnRecord(let field):
            l.pick("the member is already on record; change \(field.name) with set", "这名党员已在册；\(field.label)请用 set 修改")

        case .roleOffice(let role, let holders, let office):
            l.pick("a \(role.word) (\(role.label)) is appointed of \(WorkMessage.article(holders[0])) "
                       + holders.map(\.name).joined(separator: " or ") + ", not of \(WorkMessage.article(office)) \(office.name)",
                   "\(role.label)在" + holders.map(\.label).joined(separator: "或") + "中任命，不能在\(office.label)中任命")
        case .oneShoulder(let m, let community):
            l.pick("一肩挑: \(m) is both secretary and director of \(community)", "一肩挑：\(m) 同时担任 \(community) 的书记和主任")
        case .secretaryNotMember(let m, let org):
            l.pick("\(m) is not a member of \(org); a secretary is chosen from its members", "\(m) 不是 \(org) 的党员；书记须从本组织党员中产生")
        case .notMemberListAsGuest(let m, let org):
            l.pick("\(m) is not a member of \(org); list outsiders as guests", "\(m) 不是 \(org) 的党员；外单位人员请列为列席")
        case .noLongerOnRosterOf(let m, let status, let org):
            l.pick("\(m) is \(status.word) (\(status.label)) and no longer on the roster of \(org)",
                   "\(m) 的状态为“\(status.label)”，已不在 \(org) 的名册上")
        case .listedTwice(let m): l.pick("\(m) is listed twice", "\(m) 被重复列出")
        case .attendAndAbsent(let m): l.pick("\(m) cannot both attend and be absent", "\(m) 不能既出席又缺席")
        case .payNotASum: l.pick("the pay is not a sum the rule can take", "这个工资数额无法按规定计算党费")
        case .duesFollowPay(let basis):
            l.pick("a \(basis.word) (\(basis.label)) member's dues follow the monthly pay: give it with pay …",
                   "\(basis.label)党员的党费按月工资计算：请用 pay … 写明工资")
        case .collected(let amount, let from, let month, let basis, let pay, let code):
            l.pick("collected \(amount) from \(from) for \(month) (\((basis?.word ?? "") + (basis != nil ? pay.map { ", pay \($0)" } ?? "" : ""))): dues \(code)",
                   "已收 \(from) \(month) 党费 \(amount) 元（\((basis?.label ?? "") + (basis != nil ? pay.map { "，工资 \($0)" } ?? "" : ""))），记录 \(code)")
        case .positivePoints(let award):
            award ? l.pick("award a positive number of points; deduct takes points away", "加分须为正数；扣分请用 deduct")
                : l.pick("deduct a positive number of points", "扣分须为正数")
        case .pointsNeedReason(let award):
            award ? l.pick("points are awarded for a reason", "加分须写明原因") : l.pick("points are deducted for a reason", "扣分须写明原因")

        case .stagesOneAtATime(let code, let current, let next):
            l.pick("stages move forward one at a time: \(code) is \(current.word) (\(current.label)), so the next is "
                       + (next.map { "\($0.word) (\($0.label))" } ?? "none (already a formal member)"),
                   "发展阶段只能逐步推进：\(code) 现为\(current.label)，" + (next.map { "下一步是\($0.label)" } ?? "已是正式党员"))
        case .activistTraining(let years, let earliest):
            l.pick("an activist trains at least \(years) year before becoming a candidate: not before \(earliest)",
                   "入党积极分子须经 \(years) 年以上培养教育才能列为发展对象：不能早于 \(earliest)")
        case .nowProbationary(let a, let code): l.pick("\(a) is now probationary member \(code)", "\(a) 已成为预备党员，党员编号 \(code)")
        case .admittedByBranch:
            l.pick("a probationary member is admitted by a branch: give it with into branch …", "预备党员须由支部接收：请用 into branch … 写明支部")
        case .lastStep(let step): l.pick("the proposal is at its last step, \(step.word) (\(step.label))", "这项议事已到最后一步：\(step.label)")
        case .stepsOneAtATime(let current, let next):
            l.pick("steps move forward one at a time: from \(current.word) (\(current.label)) the next is \(next.word) (\(next.label))",
                   "只能逐步推进：\(current.label)之后是\(next.label)")
        case .rateAtEvaluation(let step):
            l.pick("residents rate a proposal at the evaluated step (评价反馈); it is at \(step?.word ?? "nil")",
                   "居民在“评价反馈”一步才评分；这项议事现在是“\(step?.label ?? "空")”")
        case .alreadyFormal(let m, let since):
            l.pick("\(m) is a formal member\(since.map { " since \($0)" } ?? ""); only a probationary member's probation ends in 转正 or is extended",
                   "\(m) 已是正式党员\(since.map { "（\($0) 转正）" } ?? "")；只有预备党员才能转正或延长预备期")
        case .noProbation(let m):
            l.pick("\(m) has no joined date, so no probation: give the day the branch admitted them with set member … joined …",
                   "\(m) 没有入党日期，无从计算预备期：请用 set member … joined … 写明支部大会接收的日期")
        case .extendedOnce(let m, let to, let on):
            l.pick("the probation of \(m) was already extended\(on.map { " on \($0)" } ?? "") to \(to); it is extended once only (党章 第七条)",
                   "\(m) 的预备期已\(on.map { "于 \($0) " } ?? "")延长至 \(to)；预备期只能延长一次（党章第七条）")
        case .extensionMonths(let months):
            l.pick("probation is extended by \(months.lowerBound) to \(months.upperBound) months (党章 第七条)",
                   "预备期延长时间为 \(months.lowerBound)–\(months.upperBound) 个月（党章第七条）")
        case .extensionNeedsReason: l.pick("say why the branch extends the probation: reason \"…\"", "请写明延长预备期的原因：原因 \"…\"")
        case .probationNowEnds(let m, let to): l.pick("the probation of \(m) now ends on \(to)", "\(m) 的预备期延长至 \(to)")
        case .noAssemblyRecorded(let branch, let day):
            l.pick("no member_assembly (支部党员大会) of \(branch) is recorded on \(day); record the meeting that decided it",
                   "没有 \(branch) 于 \(day) 召开支部党员大会的记录；请补记作出决定的会议")
        case .probationRunsUntil(let m, let ends, let extended):
            l.pick("the \(extended ? "extended " : "")probation of \(m) runs until \(ends): 转正 comes no earlier",
                   "\(m) 的\(extended ? "延长" : "")预备期到 \(ends) 才届满，届满后才能转正")

        case .agreementParty(let kind):
            l.pick("an agreement is with a community or a street, not a \(kind.name)", "共驻共建协议须与社区或街道签订，不能与\(kind.label)签订")
        case .renewForward(let current):
            l.pick("a renewal extends the agreement: the new end must be after \(current)", "续签是延长协议：新的到期日须晚于 \(current)")
        case .alreadyEnded(let ends):
            l.pick("the agreement had already ended on \(ends); only an active agreement is terminated", "协议已于 \(ends) 到期；只有有效的协议才能终止")
        case .agreementTerminated(let day, let work):
            l.pick("the agreement was terminated on \(day.map { "\($0)" } ?? "an unknown day"); cannot \(work.english) it",
                   "协议已于\(day.map { " \($0) " } ?? "此前")终止，不能再\(work.chinese)")
        case .listOwner(let list, let owner):
            l.pick("a \(list.name) is posted by a community or a unit, not a \(owner.name)", "\(list.label)由社区或驻区单位发布，不能由\(owner.label)发布")
        case .onlyOpenItemClaimed(let list, let status, let by):
            l.pick("only an open \(list.name) can be claimed; this one is \(status?.word ?? "nil")\(by.map { " by \($0)" } ?? "")",
                   "只有待认领的\(list.label)才能认领；这一项现为\(status?.label ?? "空")\(by.map { "（\($0)）" } ?? "")")
        case .claimOtherSide(let list, let owner):
            l.pick("a \(owner?.name ?? "community")'s \(list.name) is claimed by \(owner == .unit ? "a community" : "a unit") (双向认领)",
                   "\(owner?.label ?? "社区")发布的\(list.label)须由\(owner == .unit ? "社区" : "驻区单位")认领（双向认领）")
        case .onlyOpenWishClaimed(let status, let by):
            l.pick("only an open wish can be claimed; this one is \(status?.word ?? "nil")\(by.map { " by \($0)" } ?? "")",
                   "只有待认领的微心愿才能认领；这个现为\(status?.label ?? "空")\(by.map { "（\($0)）" } ?? "")")
        case .wishClaimant(let kind):
            l.pick("a wish is claimed by a member or a unit, not a \(kind.name)", "微心愿由党员或驻区单位认领，不能由\(kind.label)认领")
        case .onlyClaimedWishFulfilled(let status):
            l.pick("only a claimed wish is fulfilled; this one is \(status?.word ?? "nil")", "只有已认领的微心愿才能办结；这个现为\(status?.label ?? "空")")
        case .onlyOpenWishCancelled(let status):
            l.pick("only an open or claimed wish is cancelled; this one is \(status?.word ?? "nil")",
                   "只有待认领或已认领的微心愿才能取消；这个现为\(status?.label ?? "空")")
        case .taskOwner(let kind):
            l.pick("a task is owned by an org or a member, not a \(kind.name)", "清单事项的责任方须是党组织或党员，不能是\(kind.label)")
        case .taskDone(let day):
            l.pick("the task was already completed on \(day.map { "\($0)" } ?? "an earlier day")",
                   day.map { "这项事项已于 \($0) 完成" } ?? "这项事项此前已完成")
        case .itemDone(let list, let day):
            l.pick("the \(list.name) was already completed on \(day.map { "\($0)" } ?? "an earlier day")",
                   "这项\(list.label)已于\(day.map { " \($0) " } ?? "此前")完成")
        case .onlyClaimedItemDone(let list, let status) where status == nil || status?.word == ClaimStatus.open.rawValue:
            l.pick("only a claimed \(list.name) is completed; this one was never claimed: claim it first (双向认领)",
                   "只有已认领的\(list.label)才能完成；这一项尚未有人认领，请先认领（双向认领）")
        case .onlyClaimedItemDone(let list, let status):
            l.pick("only a claimed \(list.name) is completed; this one is \(status?.word ?? "nil")",
                   "只有已认领的\(list.label)才能完成；这一项现为\(status?.label ?? "空")")
        case .note(let m): l.pick("note: " + m.english, "提示：" + m.chinese)
        }
    }

    static func article(_ kind: Kind) -> String { kind == .org ? "an" : "a" }
}
