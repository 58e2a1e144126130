import JicengBase

/// The public rules of party-building work, in one place. Each constant says why it
/// has its value and where the rule comes from. The store enforces the hard ones on
/// every change; the rest drive the compliance reports, because real data is messy.
public enum Rules {
    // MARK: Membership (《中国共产党章程》, 《中国共产党发展党员工作细则》)

    /// A recruit must be 18 or older (党章 第一条).
    public static let minimumJoiningAge = 18
    /// Probation (预备期) lasts one year from the branch vote (党章 第七条).
    public static let probationYears = 1
    /// Probation may be extended once, by 6 to 12 months (党章 第七条).
    public static let probationExtensionMonths = 6...12
    /// An activist trains at least a year before becoming a candidate (发展党员工作细则 第十三条).
    public static let activistTrainingYears = 1

    // MARK: 三会一课 (meeting frequencies, 《中国共产党支部工作条例（试行）》第十六条)

    /// How often each kind of meeting must be held, in months (quarterly = 3).
    public static let requiredMeetingIntervalMonths: [MeetingKind: Int] = [
        .memberAssembly: 3,   // 支部党员大会 一般每季度召开1次
        .committeeMeeting: 1, // 支委会 一般每月召开1次
        .groupMeeting: 1,     // 党小组会 一般每月召开1次
        .themeDay: 1,         // 主题党日 每月相对固定1天
        .lecture: 12,         // 党课 党员每年至少1次讲党课
        .lifeMeeting: 12,     // 组织生活会 一般每年召开1次
        .democraticReview: 12, // 民主评议党员 一般每年开展1次
    ]

    // MARK: Organisation thresholds (支部工作条例 第五、六条; 党章 第三十条)

    /// A branch needs at least 3 formal members (正式党员3人以上成立党支部).
    public static let branchMinimumFormalMembers = 3
    /// A branch with 7 or more members elects a branch committee (支部委员会).
    public static let branchCommitteeThreshold = 7
    /// 50 or more members may form a general branch (党总支).
    public static let generalBranchThreshold = 50
    /// 100 or more members may form a base committee (基层党委).
    public static let baseCommitteeThreshold = 100

    // MARK: Terms (党章 第三十条, 2018 修正)

    /// Community and base committees serve 5-year terms.
    public static let committeeTermYears = 5
    /// Branches and general branches serve 3-year terms.
    public static let branchTermYears = 3

    // MARK: Contact, dues and transfers (《关于加强和改进流动党员管理工作的意见》, 党费收缴规定)

    /// A member unheard of for 6 months is treated as lost contact (失联).
    public static let lostContactMonths = 6
    /// Six months without paying dues is flagged (连续6个月不交纳党费视为自行脱党的审查线).
    public static let duesArrearsMonths = 6
    /// A transfer letter (组织关系介绍信) is valid for at most 3 months.
    public static let transferLetterValidityMonths = 3

    // MARK: Dues brackets (中组部《关于中国共产党党费收缴、使用和管理的规定》2008)

    /// Working members: whole after-tax monthly pay up to the limit → rate in percent.
    public static let workingDuesBrackets: [(upTo: Int?, percent: ExactDecimal)] = [
        (3000, ExactDecimal(mantissa: 5, scale: 1)),
        (5000, ExactDecimal(1)),
        (10000, ExactDecimal(mantissa: 15, scale: 1)),
        (nil, ExactDecimal(2)),
    ]
    /// Retirees: up to 5000 → 0.5%, above → 1%.
    public static let retiredDuesBrackets: [(upTo: Int?, percent: ExactDecimal)] = [
        (5000, ExactDecimal(mantissa: 5, scale: 1)),
        (nil, ExactDecimal(1)),
    ]
    /// Students, the unemployed and those on 低保 pay 0.20 yuan a month.
    public static let flatMonthlyDues = ExactDecimal(mantissa: 20, scale: 2)

    // MARK: Figures from the city reports this project follows

    /// Party-building funds per community / non-public / social party organisation, yuan a year.
    public static let fundsPerOrganisationYearly = ExactDecimal(5000)
    /// Training funds per member, yuan a year.
    public static let trainingFundsPerMemberYearly = ExactDecimal(100)
    /// Community office funds per household, yuan a year.
    public static let officeFundsPerHouseholdYearly = ExactDecimal(35)
    /// Community service funds per household, yuan a year.
    public static let serviceFundsPerHouseholdYearly = ExactDecimal(50)
    /// Funds grow by at least 20% every three years.
    public static let fundsGrowthPercentPerPeriod = 20
    /// The period the funds growth is measured over, in years.
    public static let fundsGrowthPeriodYears = 3
    /// A community's party-mass service centre has at least 300 m² of activity space.
    public static let minimumActivitySpaceM2 = 300
    /// 一肩挑 (secretary also director): at least 80% of communities by mid-year …
    public static let oneShoulderMidYearPercent = 80
    /// … and 100% by the year's end.
    public static let oneShoulderYearEndPercent = 100
    /// Each community fosters at least 10 social organisations.
    public static let socialOrgsPerCommunity = 10
    /// 两新 (non-public and social) organisations: a party organisation in every one
    /// (应建尽建, full coverage); the figure is units with a party organisation over all.
    public static let twoNewCoveragePercent = 100
    /// A grid covers about 400 households (一格三员 sizing).
    public static let householdsPerGrid = 400
}

extension Rules {
    /// Dues may be paid ahead by up to a year (党费可预交), never more.
    public static let duesPrepayMonths = 12
    /// Residents rate a finished proposal from 1 (poor) to 5 (excellent).
    public static let proposalRatings = 1...5
}
