/// Every kind of record the work keeps. The raw value indexes per-kind arrays
/// (tables, reverse indexes); a kind mostly refers to kinds above it.
public enum Kind: Int, CaseIterable, Hashable, Sendable, Comparable {
    case district, street, community, grid, unit, org, member, applicant
    case agreement, need, resource, project, meeting, points, dues, wish, proposal, task

    /// The English name used in scripts, the snapshot's array keys and the journal.
    public var name: String {
        switch self {
        case .district: "district"
        case .street: "street"
        case .community: "community"
        case .grid: "grid"
        case .unit: "unit"
        case .org: "org"
        case .member: "member"
        case .applicant: "applicant"
        case .agreement: "agreement"
        case .need: "need"
        case .resource: "resource"
        case .project: "project"
        case .meeting: "meeting"
        case .points: "points"
        case .dues: "dues"
        case .wish: "wish"
        case .proposal: "proposal"
        case .task: "task"
        }
    }

    /// The Chinese name staff use for the same thing.
    public var label: String {
        switch self {
        case .district: "区/县"
        case .street: "街道"
        case .community: "社区"
        case .grid: "网格"
        case .unit: "驻区单位"
        case .org: "党组织"
        case .member: "党员"
        case .applicant: "入党申请人"
        case .agreement: "共驻共建协议"
        case .need: "需求"
        case .resource: "资源"
        case .project: "项目"
        case .meeting: "会议"
        case .points: "积分"
        case .dues: "党费"
        case .wish: "微心愿"
        case .proposal: "五步议事"
        case .task: "清单事项"
        }
    }

    /// Prefix of the codes made for records created without one (W1, W2, … for wishes).
    public var codePrefix: String {
        switch self {
        case .district: "DS"
        case .street: "ST"
        case .community: "C"
        case .grid: "G"
        case .unit: "U"
        case .org: "O"
        case .member: "M"
        case .applicant: "AP"
        case .agreement: "A"
        case .need: "N"
        case .resource: "R"
        case .project: "PJ"
        case .meeting: "MT"
        case .points: "PT"
        case .dues: "DU"
        case .wish: "W"
        case .proposal: "P"
        case .task: "T"
        }
    }

    /// Kinds whose records have a name staff may type instead of the code.
    public var isNamed: Bool {
        switch self {
        case .district, .street, .community, .grid, .unit, .org, .member, .applicant: true
        default: false
        }
    }

    /// Finds a kind by its English name, its plural (`members`) or its Chinese label.
    public init?(named text: String) {
        for kind in Kind.allCases where kind.name == text || kind.name + "s" == text || kind.label == text {
            self = kind
            return
        }
        return nil
    }

    public static func < (l: Kind, r: Kind) -> Bool { l.rawValue < r.rawValue }
}
