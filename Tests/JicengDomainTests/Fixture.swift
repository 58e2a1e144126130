import JicengBase
@_spi(Store) @testable import JicengDomain

/// A small city: one street, one community with a committee, two branches (one under
/// the other), a group, three members, a unit.
struct Fixture {
    let db = Database(today: Day("2025-06-15")!)
    var street: EntityRef!, community: EntityRef!, committee: EntityRef!, branch: EntityRef!, subBranch: EntityRef!
    var group: EntityRef!, unit: EntityRef!, m1: EntityRef!, m2: EntityRef!, m3: EntityRef!

    init() throws {
        street = try db.insert(.street, fields: ["code": .text("XFL"), "name": .text("幸福路街道")])
        community = try db.insert(.community, fields: ["code": .text("JH"), "name": .text("金华社区"), "street": .text("XFL"),
                                                       "households": .int(3200), "area_m2": .int(450)])
        committee = try db.insert(.org, fields: ["code": .text("JH-PC"), "name": .text("金华社区党委"), "kind": .text("committee"),
                                                 "community": .text("JH")])
        branch = try db.insert(.org, fields: ["code": .text("JH-01"), "name": .text("第一支部"), "kind": .text("branch"), "parent": .text("JH-PC")])
        subBranch = try db.insert(.org, fields: ["code": .text("JH-02"), "name": .text("第二支部"), "kind": .text("branch"), "parent": .text("JH-PC")])
        group = try db.insert(.org, fields: ["code": .text("JH-01-G1"), "name": .text("第一党小组"), "kind": .text("group"), "parent": .text("JH-01")])
        unit = try db.insert(.unit, fields: ["code": .text("BG"), "name": .text("区博物馆"), "kind": .text("agency"), "community": .text("JH")])
        m1 = try db.insert(.member, fields: ["code": .text("M1"), "name": .text("张三"), "idcard": .text("11010519491231002X"),
                                             "joined": .day(Day("1975-07-01")!), "formal": .day(Day("1976-07-01")!), "branch": .text("JH-01"),
                                             "phone": .text("13900000000")])
        m2 = try db.insert(.member, fields: ["code": .text("M2"), "name": .text("李四"), "born": .day(Day("1990-05-04")!),
                                             "joined": .day(Day("2015-07-01")!), "branch": .text("JH-02")])
        m3 = try db.insert(.member, fields: ["code": .text("M3"), "name": .text("王五"), "born": .day(Day("1980-01-01")!),
                                             "branch": .text("JH-01"), "group": .text("JH-01-G1")])
        _ = db.takeChanges()
    }
}

/// Everything a change could touch, to show a refused change left the database exactly as it was.
func state(_ db: Database) -> [[String]] {
    Kind.allCases.map { kind in
        let t = db.table(kind)
        var rows = ["count \(t.count) slots \(t.slotCount) next \(db.nextCode(kind))"]
        for i in 0..<Int32(t.slotCount) where t.isAlive(i) {
            let backrefs = db.backrefs(of: EntityRef(kind, i)).map { "\($0.kind.name)#\($0.index).\($0.field)" }.sorted()
            rows.append(t.values(i).map(db.describe).joined(separator: "|") + " <- " + backrefs.joined(separator: ","))
        }
        return rows
    } + [["pending \(db.pendingChanges.count)"]]
}
