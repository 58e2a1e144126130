import JicengBase

/// A field computed from the tables, never stored (member.age, org.members, …).
public struct DerivedField: Sendable {
    public let name: String
    public let label: String
    public let type: FieldType
    let compute: @Sendable (Database, Int32) -> DomainValue
}

/// The derived fields of every kind; their indexes follow the stored fields'.
public enum Derived {
    public static func fields(of kind: Kind) -> [DerivedField] { all[kind] ?? [] }

    private static func refs<E: Entity>(_ list: [Handle<E>]) -> DomainValue { .list(list.map { .ref(EntityRef($0)) }) }
    private static func optional<T>(_ v: T?, _ wrap: (T) -> DomainValue) -> DomainValue { v.map(wrap) ?? .none }

    private static let all: [Kind: [DerivedField]] = [
        .member: [
            DerivedField(name: "age", label: "年龄", type: .int) { db, i in optional(db.age(of: Handle(i)), DomainValue.int) },
            DerivedField(name: "points", label: "积分", type: .int) { db, i in .int(db.pointsBalance(of: Handle(i))) },
            DerivedField(name: "dues_paid_to", label: "党费交至", type: .month) { db, i in optional(db.duesPaidTo(Handle(i)), DomainValue.month) },
            DerivedField(name: "dues_arrears", label: "欠缴月数", type: .int) { db, i in optional(db.duesArrearsMonths(Handle(i)), DomainValue.int) },
            DerivedField(name: "hanging", label: "空挂", type: .bool) { db, i in .bool(db.isHanging(Handle(i))) },
            DerivedField(name: "lost_contact", label: "失联", type: .bool) { db, i in .bool(db.isLostContact(Handle(i))) },
            DerivedField(name: "probation_ends", label: "预备期满日期", type: .day) { db, i in
                optional(db.probationEnds(Handle(i)), DomainValue.day)
            },
            DerivedField(name: "probation_overdue", label: "预备期已满未转正", type: .bool) { db, i in .bool(db.isProbationOverdue(Handle(i))) },
            DerivedField(name: "community", label: "所在社区", type: .ref(.community)) { db, i in
                optional(db.community(of: Handle(i)), { .ref(EntityRef($0)) })
            },
        ],
        .org: [
            DerivedField(name: "members", label: "党员", type: .derivedList(.member)) { db, i in refs(db.members(of: Handle(i))) },
            DerivedField(name: "member_count", label: "党员数", type: .int) { db, i in .int(db.members(of: Handle(i)).count) },
            DerivedField(name: "children", label: "下级组织", type: .derivedList(.org)) { db, i in refs(db.children(of: Handle(i))) },
        ],
        .community: [
            DerivedField(name: "members", label: "党员", type: .derivedList(.member)) { db, i in refs(db.members(in: Handle(i))) },
            DerivedField(name: "member_count", label: "党员数", type: .int) { db, i in .int(db.members(in: Handle(i)).count) },
            DerivedField(name: "orgs", label: "党组织", type: .derivedList(.org)) { db, i in refs(db.orgs(in: Handle(i))) },
            DerivedField(name: "grids", label: "网格", type: .derivedList(.grid)) { db, i in
                refs(db.referrers(to: EntityRef(.community, i), from: .grid, field: "community").map(Handle<Grid>.init))
            },
            DerivedField(name: "one_shoulder", label: "一肩挑", type: .bool) { db, i in .bool(db.isOneShoulder(Handle(i))) },
        ],
        .street: [
            DerivedField(name: "communities", label: "社区", type: .derivedList(.community)) { db, i in
                refs(db.referrers(to: EntityRef(.street, i), from: .community, field: "street").map(Handle<Community>.init))
            },
        ],
        .unit: [
            DerivedField(name: "agreements", label: "协议", type: .derivedList(.agreement)) { db, i in
                refs(db.referrers(to: EntityRef(.unit, i), from: .agreement, field: "unit").map(Handle<Agreement>.init))
            },
        ],
        .agreement: [
            DerivedField(name: "expired", label: "已到期", type: .bool) { db, i in .bool(db.isExpired(Handle(i))) },
            DerivedField(name: "days_to_expiry", label: "距到期天数", type: .int) { db, i in optional(db.daysToExpiry(Handle(i)), DomainValue.int) },
            DerivedField(name: "active", label: "有效", type: .bool) { db, i in .bool(db.isActive(Handle(i))) },
        ],
        .task: [
            DerivedField(name: "overdue", label: "逾期", type: .bool) { db, i in .bool(db.isOverdue(Handle(i))) },
        ],
        .meeting: [
            DerivedField(name: "attendance_rate", label: "出席率", type: .decimal) { db, i in
                optional(db.attendanceRate(Handle(i)), DomainValue.decimal)
            },
        ],
    ]
}
