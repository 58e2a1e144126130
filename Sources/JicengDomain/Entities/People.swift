import JicengBase

public enum Gender: String, Choice {
    case male, female
    public var label: String { self == .male ? "男" : "女" }
}

public enum MemberCategory: String, Choice {
    case formal, probationary
    public var label: String { self == .formal ? "正式党员" : "预备党员" }
}

public enum MemberStatus: String, Choice {
    case active
    case floatingOut = "floating_out"
    case floatingIn = "floating_in"
    case transferredOut = "transferred_out"
    case lostContact = "lost_contact"
    case deceased

    public var label: String {
        switch self {
        case .active: "正常"
        case .floatingOut: "流出"
        case .floatingIn: "流入"
        case .transferredOut: "已转出"
        case .lostContact: "失联"
        case .deceased: "去世"
        }
    }

    /// Still on a roster here (counted by reports and expected at meetings).
    public var onRoster: Bool { self != .transferredOut && self != .deceased }
}

/// What the dues rule bases a member's monthly amount on.
public enum DuesBasis: String, Choice {
    case working, retired, student, unemployed
    /// 低保: on minimum living allowance.
    case lowIncome = "low_income"

    public var label: String {
        switch self {
        case .working: "在职"
        case .retired: "离退休"
        case .student: "学生"
        case .unemployed: "失业"
        case .lowIncome: "低保"
        }
    }
}

/// A party member (党员).
public struct Member: Entity {
    public static let kind = Kind.member
    public var code = ""
    public var name = ""
    public var gender: Gender?
    public var ethnicity = ""
    public var born: Day?
    public var idcard = ""
    public var phone = ""
    public var education = ""
    public var address = ""
    /// 入党: the branch vote that admitted the member (start of probation).
    public var joined: Day?
    /// 转正.
    public var formal: Day?
    public var category: MemberCategory?
    public var status: MemberStatus?
    public var branch: Handle<Org>?
    /// 党小组.
    public var group: Handle<Org>?
    public var workUnit = ""
    public var job = ""
    public var duesBasis: DuesBasis?
    /// 在职党员 reporting to a community (双报到).
    public var inService = false
    public var reportedCommunity: Handle<Community>?
    public var grid: Handle<Grid>?
    /// Dues paid up to this month before the dues records kept here (imported rosters).
    public var duesBaseline: YearMonth?
    public var lastContact: Day?
    /// For transfers: the organisation outside this store sent to or received from.
    public var transferOrg = ""
    public var transferOn: Day?
    /// 延长预备期 (党章 第七条): the day the branch meeting decided it, the new end of
    /// probation (6–12 months past the year), and why.
    public var probationExtendedOn: Day?
    public var probationExtendedTo: Day?
    public var probationExtensionReason = ""
    public init() {}
    public var displayName: String { name }
    public static func identityNumber(of row: Member) -> String? { row.idcard }

    public static let fields: [Field<Member>] = [
        .text("code", "编号", \.code, required: true),
        .text("name", "姓名", \.name, required: true),
        .choice("gender", "性别", \.gender),
        .text("ethnicity", "民族", \.ethnicity),
        .day("born", "出生日期", \.born),
        .text("idcard", "身份证号", \.idcard, personal: true),
        .text("phone", "电话", \.phone, personal: true),
        .text("education", "学历", \.education),
        .text("address", "住址", \.address, personal: true),
        .day("joined", "入党日期", \.joined),
        .day("formal", "转正日期", \.formal),
        .choice("category", "党员类别", \.category),
        .choice("status", "状态", \.status),
        .ref("branch", "所在支部", \.branch),
        .ref("group", "党小组", \.group),
        .text("work_unit", "工作单位", \.workUnit),
        .text("job", "职务", \.job),
        .choice("dues_basis", "党费计算依据", \.duesBasis),
        .bool("in_service", "在职党员", \.inService),
        .ref("reported_community", "报到社区", \.reportedCommunity),
        .ref("grid", "所在网格", \.grid),
        .month("dues_baseline", "党费交至（建档时）", \.duesBaseline),
        .day("last_contact", "最近联系", \.lastContact),
        .text("transfer_org", "转接组织", \.transferOrg),
        .day("transfer_on", "转接日期", \.transferOn),
        .day("probation_extended_on", "延长预备期决定日期", \.probationExtendedOn),
        .day("probation_extended_to", "预备期延至", \.probationExtendedTo),
        .text("probation_extension_reason", "延长预备期原因", \.probationExtensionReason),
    ]
}

/// The recruitment pipeline (发展党员), one step at a time.
public enum ApplicantStage: String, Choice {
    case applicant, activist, candidate, probationary, formal
    public var label: String {
        switch self {
        case .applicant: "入党申请人"
        case .activist: "入党积极分子"
        case .candidate: "发展对象"
        case .probationary: "预备党员"
        case .formal: "正式党员"
        }
    }
}

/// Someone on the way to membership (入党申请人), with the date of each stage.
public struct Applicant: Entity {
    public static let kind = Kind.applicant
    public var code = ""
    public var name = ""
    public var gender: Gender?
    public var born: Day?
    public var idcard = ""
    public var phone = ""
    public var applied: Day?
    public var stage: ApplicantStage?
    public var branch: Handle<Org>?
    public var activistOn: Day?
    public var candidateOn: Day?
    public var probationaryOn: Day?
    public var formalOn: Day?
    /// The member record made when the branch admits the applicant.
    public var member: Handle<Member>?
    public init() {}
    public var displayName: String { name }
    public static func identityNumber(of row: Applicant) -> String? { row.idcard }

    public static let fields: [Field<Applicant>] = [
        .text("code", "编号", \.code, required: true),
        .text("name", "姓名", \.name, required: true),
        .choice("gender", "性别", \.gender),
        .day("born", "出生日期", \.born),
        .text("idcard", "身份证号", \.idcard, personal: true),
        .text("phone", "电话", \.phone, personal: true),
        .day("applied", "申请日期", \.applied, required: true),
        .choice("stage", "阶段", \.stage, required: true),
        .ref("branch", "支部", \.branch),
        .day("activist_on", "确定积极分子日期", \.activistOn),
        .day("candidate_on", "确定发展对象日期", \.candidateOn),
        .day("probationary_on", "接收预备党员日期", \.probationaryOn),
        .day("formal_on", "转正日期", \.formalOn),
        .ref("member", "党员记录", \.member),
    ]
}
