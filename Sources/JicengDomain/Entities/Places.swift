import JicengBase

// The territorial tree: district → street → community → grid.

public struct District: Entity {
    public static let kind = Kind.district
    public var code = ""
    public var name = ""
    public init() {}
    public var displayName: String { name }

    public static let fields: [Field<District>] = [
        .text("code", "编号", \.code, required: true),
        .text("name", "名称", \.name, required: true),
    ]
}

public struct Street: Entity {
    public static let kind = Kind.street
    public var code = ""
    public var name = ""
    public var district: Handle<District>?
    public init() {}
    public var displayName: String { name }

    public static let fields: [Field<Street>] = [
        .text("code", "编号", \.code, required: true),
        .text("name", "名称", \.name, required: true),
        .ref("district", "所属区", \.district),
    ]
}

public struct Community: Entity {
    public static let kind = Kind.community
    public var code = ""
    public var name = ""
    public var street: Handle<Street>?
    public var households: Int?
    /// Activity space in square metres (党群服务中心面积).
    public var areaM2: Int?
    /// The community party committee's secretary (书记).
    public var secretary: Handle<Member>?
    /// The residents' committee director (居委会主任); 一肩挑 when the same person.
    public var director: Handle<Member>?
    /// Social organisations in the community (社会组织数).
    public var socialOrgs: Int?
    public init() {}
    public var displayName: String { name }

    public static let fields: [Field<Community>] = [
        .text("code", "编号", \.code, required: true),
        .text("name", "名称", \.name, required: true),
        .ref("street", "所属街道", \.street, required: true),
        .int("households", "户数", \.households),
        .int("area_m2", "活动场所面积", \.areaM2),
        .ref("secretary", "书记", \.secretary),
        .ref("director", "居委会主任", \.director),
        .int("social_orgs", "社会组织数", \.socialOrgs),
    ]
}

public struct Grid: Entity {
    public static let kind = Kind.grid
    public var code = ""
    public var name = ""
    public var community: Handle<Community>?
    public var households: Int?
    /// 网格长.
    public var head: Handle<Member>?
    /// 一格三员: 居民服务员, 民情收集员, 党建指导员.
    public var serviceStaff: Handle<Member>?
    public var infoCollector: Handle<Member>?
    public var partyInstructor: Handle<Member>?
    public init() {}
    public var displayName: String { name }

    public static let fields: [Field<Grid>] = [
        .text("code", "编号", \.code, required: true),
        .text("name", "名称", \.name, required: true),
        .ref("community", "所属社区", \.community, required: true),
        .int("households", "户数", \.households),
        .ref("head", "网格长", \.head),
        .ref("service_staff", "居民服务员", \.serviceStaff),
        .ref("info_collector", "民情收集员", \.infoCollector),
        .ref("party_instructor", "党建指导员", \.partyInstructor),
    ]
}
