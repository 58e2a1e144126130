import JicengBase

public enum OrgKind: String, Choice {
    case workingCommittee = "working_committee"
    case committee
    case jointCommittee = "joint_committee"
    case generalBranch = "general_branch"
    case branch
    case group
    case interestBranch = "interest_branch"
    case temporary

    public var label: String {
        switch self {
        case .workingCommittee: "党工委"
        case .committee: "党委"
        case .jointCommittee: "联合党委"
        case .generalBranch: "党总支"
        case .branch: "党支部"
        case .group: "党小组"
        case .interestBranch: "特色团体党支部"
        case .temporary: "临时党组织"
        }
    }

    /// Kinds a member's `branch` may point at: the organisations that keep a roster.
    public var keepsRoster: Bool {
        switch self {
        case .branch, .generalBranch, .committee, .temporary, .interestBranch: true
        default: false
        }
    }
}

/// A party organisation (党组织): a node of the org tree.
public struct Org: Entity {
    public static let kind = Kind.org
    public var code = ""
    public var name = ""
    public var kind: OrgKind?
    public var parent: Handle<Org>?
    /// Where it sits: a community, a street or a resident unit.
    public var community: Handle<Community>?
    public var street: Handle<Street>?
    public var unit: Handle<Unit>?
    /// 领域: community, non_public, social, agency, … (free text, reports group by it).
    public var sector = ""
    public var secretary: Handle<Member>?
    /// 委员会: members and their roles, including part-time members from resident units.
    public var committee: [RefNote<Member>] = []
    public var founded: Day?
    public var termEnds: Day?
    /// Set when the organisation is dissolved; its members become "hanging" (空挂).
    public var dissolved: Day?
    public init() {}
    public var displayName: String { name }

    public static let fields: [Field<Org>] = [
        .text("code", "编号", \.code, required: true),
        .text("name", "名称", \.name, required: true),
        .choice("kind", "类型", \.kind, required: true),
        .ref("parent", "上级组织", \.parent),
        .ref("community", "所在社区", \.community),
        .ref("street", "所在街道", \.street),
        .ref("unit", "所在单位", \.unit),
        .text("sector", "领域", \.sector),
        .ref("secretary", "书记", \.secretary),
        .refNotes("committee", "委员会", \.committee),
        .day("founded", "成立日期", \.founded),
        .day("term_ends", "届满日期", \.termEnds),
        .day("dissolved", "撤销日期", \.dissolved),
    ]
}
