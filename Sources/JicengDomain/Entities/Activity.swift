import JicengBase

// The records of the work done: meetings, points and dues.

public enum MeetingKind: String, Choice {
    case memberAssembly = "member_assembly"
    case committeeMeeting = "committee_meeting"
    case groupMeeting = "group_meeting"
    case lecture
    case themeDay = "theme_day"
    case jointMeeting = "joint_meeting"
    case lifeMeeting = "life_meeting"
    case democraticReview = "democratic_review"

    public var label: String {
        switch self {
        case .memberAssembly: "支部党员大会"
        case .committeeMeeting: "支委会"
        case .groupMeeting: "党小组会"
        case .lecture: "党课"
        case .themeDay: "主题党日"
        case .jointMeeting: "联席会议"
        case .lifeMeeting: "组织生活会"
        case .democraticReview: "民主评议党员"
        }
    }
}

/// A meeting or activity (会议/活动) of one organisation.
public struct Meeting: Entity {
    public static let kind = Kind.meeting
    public var code = ""
    public var org: Handle<Org>?
    public var kind: MeetingKind?
    public var date: Day?
    public var topic = ""
    public var attendees: [Handle<Member>] = []
    /// Members who were absent, each with the reason given.
    public var absentees: [RefNote<Member>] = []
    /// People from outside the organisation who attended (names, free text).
    public var guests: [String] = []
    public init() {}
    public var displayName: String { topic }

    public static let fields: [Field<Meeting>] = [
        .text("code", "编号", \.code, required: true),
        .ref("org", "组织", \.org, required: true),
        .choice("kind", "类型", \.kind, required: true),
        .day("date", "日期", \.date, required: true),
        .text("topic", "议题", \.topic),
        .refList("attendees", "参会人员", \.attendees),
        .refNotes("absentees", "缺席人员", \.absentees),
        .textList("guests", "列席人员", \.guests),
    ]
}

/// One entry of a member's points (积分); the balance is the sum of the entries.
public struct PointsEntry: Entity {
    public static let kind = Kind.points
    public var code = ""
    public var member: Handle<Member>?
    public var delta: Int?
    public var reason = ""
    public var date: Day?
    public init() {}

    public static let fields: [Field<PointsEntry>] = [
        .text("code", "编号", \.code, required: true),
        .ref("member", "党员", \.member, required: true),
        .int("delta", "分值", \.delta, required: true),
        .text("reason", "事由", \.reason),
        .day("date", "日期", \.date, required: true),
    ]
}

/// One month's party dues (党费) of one member.
public struct DuesPayment: Entity {
    public static let kind = Kind.dues
    public var code = ""
    public var member: Handle<Member>?
    public var month: YearMonth?
    public var basis: DuesBasis?
    /// Whole after-tax monthly pay, for working members and retirees.
    public var pay: ExactDecimal?
    public var amount: ExactDecimal?
    public var paidOn: Day?
    public init() {}

    public static let fields: [Field<DuesPayment>] = [
        .text("code", "编号", \.code, required: true),
        .ref("member", "党员", \.member, required: true),
        .month("month", "月份", \.month, required: true),
        .choice("basis", "计算依据", \.basis),
        .decimal("pay", "月工资收入", \.pay),
        .decimal("amount", "金额", \.amount, required: true),
        .day("paid_on", "交纳日期", \.paidOn),
    ]
}
