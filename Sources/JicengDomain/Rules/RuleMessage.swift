import JicengBase

/// Every message of the model's rules and refusals, in English and Chinese, each written
/// once here. A field is named by its English name in English and by its Chinese label
/// in Chinese (`joined is before born` / `入党日期早于出生日期`); a choice by its word and
/// its label; a kind by its name and its label (`member` / `党员`).
public enum RuleMessage: MessageText {
    // MARK: Any record

    case dateBefore(FieldName, FieldName, Day)
    case cannotBeNegative(FieldName)
    case codeRequired
    case uniqueCode(Kind)
    case fieldRequired(FieldName)
    case refersToMissing(Kind)
    case noFieldNamed(Kind, String)
    case noSuchField
    case derivedField(FieldName)
    case expectedType(FieldType)
    case stableCode
    /// `still referred to by member "M1" (branch), wish "W2" (claimed_by) and 3 more`.
    case stillReferred([Referrer], more: Int)
    case ambiguousName(Int, Kind, codes: [String])
    case noRecordNamed(Kind)
    case noLongerExists(Kind)
    case stepForward(from: ChoiceWord, next: ChoiceWord?)

    // MARK: People

    case idcardLength
    case idcardDigits
    case idcardChecksum(String)
    case idcardBirthDate
    case idcardSaysBorn(Day)
    case joinAge(Int, born: Day)
    case probation(Int, joined: Day)
    case formalNeedsJoined
    /// The extended end is not 6–12 months past the year of probation ending `ends`.
    case probationExtension(ClosedRange<Int>, ends: Day)
    case extensionNeedsJoined
    case formalAfterExtension(Day)
    case probationOverdue(Day, extended: Bool)
    case keepsNoRoster(ChoiceWord)
    case groupMustBeGroup
    case reportsToCommunity
    case afterToday(FieldName, today: Day)
    case phoneDoesNotDial
    /// Another member or applicant has the ID number; `comeBack`: a member who left, to be received back.
    case idNumberTaken(Kind, String, comeBack: Bool)
    /// An applicant not yet admitted has the number a new member is given (or one linked to `member`).
    case idNumberOfApplicant(String, member: String?)
    case hangingNoBranch
    case hangingBranchDissolved
    case lostContact(Int)

    // MARK: Organisations and the work

    case ownAncestor
    case endsAfterStarts(Day)
    case agreementParty
    case terminatedNeedsDate
    case onlyOpenClaimed(ChoiceWord?)
    case claimedNamesClaimant
    case onlyClaimedDone(ChoiceWord?)
    case doneItemNeedsDate
    case ownerCannotClaim
    case attendeeTwice
    case attendAndAbsent
    case notMemberListAsGuest(String)
    case notMemberNotAbsent(String)
    case pointsNonZero
    case paidTooEarly(Int, YearMonth)
    case duesOnce(String, String)
    case wishCannotBecome(ChoiceWord, ChoiceWord)
    case wishAlreadyClaimed(String?)
    case claimedWishNamesClaimant
    case ratingRange(ClosedRange<Int>)
    case ratingAtEvaluation
    case notesPastSteps
    case doneTaskNeedsDate

    /// A record that refers to one being deleted, and by which field.
    public struct Referrer: Sendable {
        public let kind: Kind
        public let code: String
        public let field: FieldName
    }

    public func text(_ l: MessageLanguage) -> String {
        switch self {
        case .dateBefore(let later, let earlier, let day):
            l.pick("\(later.name) is before \(earlier.name) (\(day))", "\(later.label)早于\(earlier.label)（\(day)）")
        case .cannotBeNegative(let f): l.pick("\(f.name) cannot be negative", "\(f.label)不能为负数")
        case .codeRequired: l.pick("a code is required", "必须有编号")
        case .uniqueCode(let k): l.pick("another \(k.name) already has this code", "已有另一个\(k.label)使用这个编号")
        case .fieldRequired(let f): l.pick("\(f.name) (\(f.label)) is required", "\(f.label)（\(f.name)）必须填写")
        case .refersToMissing(let k): l.pick("refers to a \(k.name) that does not exist", "所指的\(k.label)不存在")
        case .noFieldNamed(let k, let name): l.pick("\(k.name) has no field \(name)", "\(k.label)没有字段 \(name)")
        case .noSuchField: l.pick("no such field", "没有这个字段")
        case .derivedField(let f):
            l.pick("\(f.name) is computed from other records and cannot be set", "\(f.label)由其他记录计算得出，不能直接设置")
        case .expectedType(let t): l.pick("expected \(t)", "应为\(t.chineseDescription)")
        case .stableCode: l.pick("a code never changes once given; add a new record instead", "编号一经确定就不能修改；请另行新增一条记录")
        case .stillReferred(let shown, let more):
            l.pick("still referred to by " + shown.map { "\($0.kind.name) \"\($0.code)\" (\($0.field.name))" }.joined(separator: ", ")
                       + (more > 0 ? " and \(more) more" : ""),
                   "仍被" + shown.map { "\($0.kind.label) \"\($0.code)\"（\($0.field.label)）" }.joined(separator: "、")
                       + (more > 0 ? "等 \(shown.count + more) 条记录" : "") + "引用")
        case .ambiguousName(let n, let k, let codes):
            l.pick("\(n) \(k.name)s have this name; use a code: " + codes.joined(separator: ", "),
                   "有 \(n) 个\(k.label)同名，请改用编号：" + codes.joined(separator: "、"))
        case .noRecordNamed(let k): l.pick("no \(k.name) has this code or name", "没有哪个\(k.label)的编号或名称是这个")
        case .noLongerExists(let k): l.pick("this \(k.name) no longer exists", "这个\(k.label)已不存在")
        case .stepForward(let from, let next):
            l.pick("steps move forward one at a time: from \(from.word) the next is " + (next?.word ?? "none (last step)"),
                   "只能逐步推进：\(from.label)之后" + (next.map { "是\($0.label)" } ?? "已是最后一步"))

        case .idcardLength: l.pick("an ID number has 18 characters (GB 11643-1999)", "身份证号码应为 18 位（GB 11643-1999）")
        case .idcardDigits: l.pick("the first 17 characters of an ID number are digits", "身份证号码前 17 位应为数字")
        case .idcardChecksum(let c): l.pick("check character should be \(c) (GB 11643-1999)", "校验码应为 \(c)（GB 11643-1999）")
        case .idcardBirthDate: l.pick("digits 7–14 are not a real date", "第 7–14 位不是有效的出生日期")
        case .idcardSaysBorn(let d): l.pick("the ID number says born \(d)", "身份证号码显示出生于 \(d)")
        case .joinAge(let age, let born): l.pick("a member joins at \(age) or older (born \(born))", "年满 \(age) 岁才能入党（出生于 \(born)）")
        case .probation(let years, let joined):
            l.pick("formal membership comes at least \(years) year after joining (\(joined))", "入党（\(joined)）满 \(years) 年后才能转正")
        case .formalNeedsJoined: l.pick("a formal date needs a joined date", "有转正日期就必须有入党日期")
        case .probationExtension(let months, let ends):
            l.pick("probation is extended by \(months.lowerBound) to \(months.upperBound) months past its year, which ended on \(ends) (党章 第七条)",
                   "预备期延长时间为 \(months.lowerBound)–\(months.upperBound) 个月，自原定期满日 \(ends) 起算（党章第七条）")
        case .extensionNeedsJoined: l.pick("an extended probation needs a joined date", "延长预备期须有入党日期")
        case .formalAfterExtension(let to):
            l.pick("the probation was extended to \(to): formal membership comes no earlier", "预备期已延长至 \(to)，期满后才能转正")
        case .probationOverdue(let ends, let extended):
            l.pick("预备期已满: the \(extended ? "extended " : "")probation ended on \(ends); the branch should discuss 转正 (admit member … to formal)"
                       + (extended ? "" : " or extend it"),
                   "预备期已满：\(extended ? "延长的" : "")预备期已于 \(ends) 届满，支部应及时讨论其能否转为正式党员" + (extended ? "" : "或延长预备期"))
        case .keepsNoRoster(let kind):
            l.pick("a \(kind.word) does not keep a roster; use a branch", "\(kind.label)不直接管理党员，请编入党支部")
        case .groupMustBeGroup: l.pick("group must be a party group (党小组)", "所在党小组必须是党小组")
        case .reportsToCommunity: l.pick("an in-service member reports to a community", "在职党员须到社区报到")
        case .afterToday(let f, let today):
            l.pick("\(f.name) is after today (\(today)): only what has happened is recorded", "\(f.label)晚于今天（\(today)）：只能记录已经发生的事")
        case .phoneDoesNotDial:
            l.pick("not a number that dials: a mobile is 11 digits from 13 to 19 (13912345678), a landline 7–8 digits after its area code (0931-8123456); leave it empty when there is none",
                   "不是能拨通的号码：手机号是 13–19 开头的 11 位数字（13912345678），固定电话是区号加 7–8 位号码（0931-8123456）；没有电话请留空")
        case .idNumberTaken(let k, let code, let comeBack):
            l.pick("\(k.name) \"\(code)\" already has this ID number: one person is one record"
                       + (comeBack ? "; to bring them back, receive member \"\(code)\"" : ""),
                   "\(k.label) \"\(code)\" 已使用这个身份证号码：一人只建一条记录" + (comeBack ? "；如其回来，请用 接收 党员 \"\(code)\" 办理" : ""))
        case .idNumberOfApplicant(let code, let member):
            l.pick("applicant \"\(code)\" has this ID number: one person is one record; "
                       + (member.map { "it is member \"\($0)\"" } ?? "admit the applicant rather than adding a member"),
                   "入党申请人 \"\(code)\" 已使用这个身份证号码：一人只建一条记录；"
                       + (member.map { "其党员记录是 \"\($0)\"" } ?? "请按发展程序接收该申请人，不要另建党员记录"))
        case .hangingNoBranch: l.pick("空挂: no branch", "空挂：未编入支部")
        case .hangingBranchDissolved: l.pick("空挂: the branch is dissolved", "空挂：所在支部已撤销")
        case .lostContact(let months): l.pick("失联: not heard of for \(months) months or more", "失联：\(months) 个月以上没有联系")

        case .ownAncestor: l.pick("the organisation would be its own ancestor", "党组织不能成为自己的上级")
        case .endsAfterStarts(let s): l.pick("ends must be after starts (\(s))", "结束日期须晚于开始日期（\(s)）")
        case .agreementParty: l.pick("an agreement is with a community or a street", "共驻共建协议须与社区或街道签订")
        case .terminatedNeedsDate: l.pick("a terminated agreement has a termination date", "已终止的协议须有终止日期")
        case .onlyOpenClaimed(let status):
            l.pick("only an open item can be claimed (it is \(status?.word ?? "nil"))", "只有待认领的事项才能认领（现为\(status?.label ?? "空")）")
        case .onlyClaimedDone(let status):
            l.pick("only a claimed item is done (it is \(status?.word ?? "nil"))", "只有已认领的事项才能完成（现为\(status?.label ?? "空")）")
        case .doneItemNeedsDate: l.pick("a done item has a completion date", "已完成的事项须有完成日期")
        case .claimedNamesClaimant: l.pick("a claimed item names who claimed it", "已认领的事项须写明认领方")
        case .ownerCannotClaim: l.pick("the owner cannot claim its own item", "发布方不能认领自己发布的事项")
        case .attendeeTwice: l.pick("a member is listed twice", "有党员被重复列出")
        case .attendAndAbsent: l.pick("a member cannot both attend and be absent", "同一名党员不能既出席又缺席")
        case .notMemberListAsGuest(let org):
            l.pick("not a member of \(org); list outsiders as guests", "不是 \(org) 的党员；外单位人员请列为列席")
        case .notMemberNotAbsent(let org):
            l.pick("not a member of \(org); only its members are counted absent", "不是 \(org) 的党员；只有本组织党员才记缺席")
        case .pointsNonZero: l.pick("a points entry changes the balance", "积分记录的分值不能为 0")
        case .paidTooEarly(let months, let month):
            l.pick("paid more than \(months) months before \(month)", "比所缴月份 \(month) 提前了 \(months) 个月以上")
        case .duesOnce(let member, let dues):
            l.pick("\(member) already has dues for this month (\(dues))", "\(member) 这个月的党费已有记录（\(dues)）")
        case .wishCannotBecome(let from, let to):
            l.pick("a \(from.word) wish cannot become \(to.word)", "\(from.label)的微心愿不能改为\(to.label)")
        case .wishAlreadyClaimed(let by):
            l.pick("the wish is already claimed by \(by ?? "someone")", by.map { "这个微心愿已由 \($0) 认领" } ?? "这个微心愿已被认领")
        case .claimedWishNamesClaimant: l.pick("a claimed wish names who claimed it", "已认领的微心愿须写明认领方")
        case .ratingRange(let r): l.pick("a rating is \(r.lowerBound)–\(r.upperBound)", "评分为 \(r.lowerBound)–\(r.upperBound) 分")
        case .ratingAtEvaluation: l.pick("residents rate a proposal at the evaluated step", "居民在“评价反馈”一步才评分")
        case .notesPastSteps: l.pick("more notes than steps reached", "说明条数多于已走过的步骤")
        case .doneTaskNeedsDate: l.pick("a done task has a completion date", "已完成的事项须有完成日期")
        }
    }
}

/// A field as messages name it: `joined` in English, its label `入党日期` in Chinese.
public struct FieldName: Sendable {
    public let name: String
    public let label: String

    public init(_ name: String, of kind: Kind) {
        self.name = name
        label = Schema.field(name, of: kind)?.label ?? name
    }
}

/// A choice as messages name it: `floating_out` in English, `流出` in Chinese.
public struct ChoiceWord: Sendable {
    public let word: String
    public let label: String

    public init<C: Choice>(_ choice: C) {
        word = choice.rawValue
        label = choice.label
    }

    public init(word: String, label: String) {
        self.word = word
        self.label = label
    }
}

extension FieldType {
    /// The type in Chinese, as a refusal names what a field holds (`应为日期`).
    public var chineseDescription: String {
        switch self {
        case .text: "文本"
        case .int: "整数"
        case .decimal: "小数"
        case .bool: "是或否"
        case .day: "日期"
        case .month: "月份"
        case .choice(let options): "以下之一：" + options.map { "\($0.value)（\($0.label)）" }.joined(separator: "、")
        case .ref(let k): k.label
        case .anyRef(let ks): ks.map(\.label).joined(separator: "或")
        case .refList(let k), .derivedList(let k): "\(k.label)列表"
        case .textList: "文本列表"
        case .refNotes(let k): "\(k.label) → 说明"
        }
    }
}
