import JicengBase

// Serving residents: micro-wishes, five-step deliberation and the four lists.

public enum WishStatus: String, Choice {
    case open, claimed, fulfilled, cancelled
    public var label: String {
        switch self {
        case .open: "待认领"
        case .claimed: "已认领"
        case .fulfilled: "已实现"
        case .cancelled: "已取消"
        }
    }
}

/// A micro-wish (微心愿) of a resident, claimed by a member or a unit.
public struct Wish: Entity {
    public static let kind = Kind.wish
    public var code = ""
    public var community: Handle<Community>?
    public var requester = ""
    public var text = ""
    public var status: WishStatus?
    public var claimedBy: EntityRef?
    public var posted: Day?
    public var claimedOn: Day?
    public var fulfilledOn: Day?
    public init() {}
    public var displayName: String { text }

    public static let fields: [Field<Wish>] = [
        .text("code", "编号", \.code, required: true),
        .ref("community", "社区", \.community, required: true),
        .text("requester", "许愿人", \.requester, personal: true),
        .text("text", "心愿", \.text, required: true),
        .choice("status", "状态", \.status),
        .anyRef("claimed_by", "认领人", [.member, .unit], \.claimedBy),
        .day("posted", "发布日期", \.posted),
        .day("claimed_on", "认领日期", \.claimedOn),
        .day("fulfilled_on", "实现日期", \.fulfilledOn),
    ]
}

/// The five steps of community deliberation (五步议事), taken in order.
public enum ProposalStep: String, Choice {
    case proposed, decided, implementing, published, evaluated
    public var label: String {
        switch self {
        case .proposed: "居民点题"
        case .decided: "支部议定"
        case .implementing: "网格实施"
        case .published: "结果公开"
        case .evaluated: "评价反馈"
        }
    }
}

public struct Proposal: Entity {
    public static let kind = Kind.proposal
    public var code = ""
    public var community: Handle<Community>?
    public var topic = ""
    public var proposer = ""
    public var step: ProposalStep?
    /// One note per step reached, in step order.
    public var notes: [String] = []
    /// Residents' rating at the last step, 1–5.
    public var rating: Int?
    public var proposedOn: Day?
    public init() {}
    public var displayName: String { topic }

    public static let fields: [Field<Proposal>] = [
        .text("code", "编号", \.code, required: true),
        .ref("community", "社区", \.community, required: true),
        .text("topic", "议题", \.topic, required: true),
        .text("proposer", "提议人", \.proposer),
        .choice("step", "步骤", \.step, required: true),
        .textList("notes", "各步记录", \.notes),
        .int("rating", "评价", \.rating),
        .day("proposed_on", "提出日期", \.proposedOn),
    ]
}

/// The four lists (四张清单).
public enum TaskList: String, Choice {
    case responsibility, task, problem, rectification
    public var label: String {
        switch self {
        case .responsibility: "责任清单"
        case .task: "任务清单"
        case .problem: "问题清单"
        case .rectification: "整改清单"
        }
    }
}

public enum TaskStatus: String, Choice {
    case open, done
    public var label: String { self == .open ? "未完成" : "已完成" }
}

public struct WorkTask: Entity {
    public static let kind = Kind.task
    public var code = ""
    public var list: TaskList?
    public var owner: EntityRef?
    public var text = ""
    public var due: Day?
    public var status: TaskStatus?
    public var completedOn: Day?
    public init() {}
    public var displayName: String { text }

    public static let fields: [Field<WorkTask>] = [
        .text("code", "编号", \.code, required: true),
        .choice("list", "清单", \.list, required: true),
        .anyRef("owner", "责任方", [.org, .member], \.owner, required: true),
        .text("text", "内容", \.text, required: true),
        .day("due", "完成时限", \.due),
        .choice("status", "状态", \.status),
        .day("completed_on", "完成日期", \.completedOn),
    ]
}
