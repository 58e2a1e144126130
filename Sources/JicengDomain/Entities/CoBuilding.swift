import JicengBase

// Resident units and what they build together with communities (共驻共建).

public enum UnitKind: String, Choice {
    case agency, enterprise, school, hospital, military, research
    case socialOrg = "social_org"
    case building, park

    public var label: String {
        switch self {
        case .agency: "机关"
        case .enterprise: "企业"
        case .school: "学校"
        case .hospital: "医院"
        case .military: "部队"
        case .research: "科研院所"
        case .socialOrg: "社会组织"
        case .building: "商务楼宇"
        case .park: "园区"
        }
    }
}

/// A resident unit (驻区单位).
public struct Unit: Entity {
    public static let kind = Kind.unit
    public var code = ""
    public var name = ""
    public var kind: UnitKind?
    public var street: Handle<Street>?
    public var community: Handle<Community>?
    /// The unit's own party organisation.
    public var partyOrg: Handle<Org>?
    public init() {}
    public var displayName: String { name }

    public static let fields: [Field<Unit>] = [
        .text("code", "编号", \.code, required: true),
        .text("name", "名称", \.name, required: true),
        .choice("kind", "类型", \.kind),
        .ref("street", "所在街道", \.street),
        .ref("community", "所在社区", \.community),
        .ref("party_org", "党组织", \.partyOrg),
    ]
}

public enum AgreementKind: String, Choice {
    case coBuilding = "co_building"
    case pairing, alliance
    public var label: String {
        switch self {
        case .coBuilding: "共驻共建"
        case .pairing: "结对包抓"
        case .alliance: "党建联盟"
        }
    }
}

public enum AgreementStatus: String, Choice {
    case active, terminated
    public var label: String { self == .active ? "有效" : "已终止" }
}

/// A co-building agreement between a unit and a community or street.
public struct Agreement: Entity {
    public static let kind = Kind.agreement
    public var code = ""
    public var kind: AgreementKind?
    public var unit: Handle<Unit>?
    public var community: Handle<Community>?
    public var street: Handle<Street>?
    public var signed: Day?
    public var starts: Day?
    public var ends: Day?
    public var status: AgreementStatus?
    public var terminatedOn: Day?
    public var reason = ""
    public var resources: [String] = []
    public var needs: [String] = []
    public var projects: [String] = []
    public init() {}

    public static let fields: [Field<Agreement>] = [
        .text("code", "编号", \.code, required: true),
        .choice("kind", "类型", \.kind, required: true),
        .ref("unit", "单位", \.unit, required: true),
        .ref("community", "社区", \.community),
        .ref("street", "街道", \.street),
        .day("signed", "签订日期", \.signed),
        .day("starts", "开始日期", \.starts, required: true),
        .day("ends", "结束日期", \.ends, required: true),
        .choice("status", "状态", \.status),
        .day("terminated_on", "终止日期", \.terminatedOn),
        .text("reason", "终止原因", \.reason),
        .textList("resources", "资源清单", \.resources),
        .textList("needs", "需求清单", \.needs),
        .textList("projects", "项目清单", \.projects),
    ]
}

public enum ClaimStatus: String, Choice {
    case open, claimed, done, cancelled
    public var label: String {
        switch self {
        case .open: "待认领"
        case .claimed: "已认领"
        case .done: "已完成"
        case .cancelled: "已取消"
        }
    }
}

/// Which list a `ListItem` belongs to (需求/资源/项目清单).
public protocol ListItemKind: Sendable {
    static var kind: Kind { get }
}
public enum NeedList: ListItemKind { public static let kind = Kind.need }
public enum ResourceList: ListItemKind { public static let kind = Kind.resource }
public enum ProjectList: ListItemKind { public static let kind = Kind.project }

/// An entry of the needs, resources or projects list, claimed both ways (双向认领):
/// a community's need by a unit, a unit's resource by a community.
public struct ListItem<List: ListItemKind>: Entity {
    public static var kind: Kind { List.kind }
    public var code = ""
    public var text = ""
    public var owner: EntityRef?
    public var claimedBy: EntityRef?
    public var status: ClaimStatus?
    public var posted: Day?
    public var claimedOn: Day?
    public var doneOn: Day?
    public init() {}
    public var displayName: String { text }

    public static var fields: [Field<ListItem>] {
        [
            .text("code", "编号", \.code, required: true),
            .text("text", "内容", \.text, required: true),
            .anyRef("owner", "提出方", [.community, .unit], \.owner, required: true),
            .anyRef("claimed_by", "认领方", [.community, .unit], \.claimedBy),
            .choice("status", "状态", \.status),
            .day("posted", "发布日期", \.posted),
            .day("claimed_on", "认领日期", \.claimedOn),
            .day("done_on", "完成日期", \.doneOn),
        ]
    }
}

public typealias Need = ListItem<NeedList>
public typealias Resource = ListItem<ResourceList>
public typealias Project = ListItem<ProjectList>
