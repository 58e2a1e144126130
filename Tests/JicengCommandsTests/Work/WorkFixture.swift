import XCTest
import JicengBase
import JicengDomain
@testable import JicengCommands

/// A small community to do the work in: street XFL, community JH with its committee
/// JH-PC and branches JH-01 (with group JH-01-G1) and JH-02, a unit BG, a grid G1 and
/// members M1 张三 (JH-01, formal), M2 李四 (JH-02), M3 王五 (JH-01).
struct WorkFixture {
    let db = Database(today: Day("2025-06-15")!)
    let street: Handle<Street>, community: Handle<Community>, grid: Handle<Grid>, unit: Handle<JicengDomain.Unit>
    let committee: Handle<Org>, branch1: Handle<Org>, branch2: Handle<Org>, group: Handle<Org>
    let m1: Handle<Member>, m2: Handle<Member>, m3: Handle<Member>

    init() throws {
        func h<E: Entity>(_ ref: JicengDomain.EntityRef, _: E.Type = E.self) -> Handle<E> { ref.handle(as: E.self)! }
        street = h(try db.insert(.street, fields: ["code": .text("XFL"), "name": .text("幸福路街道")]))
        community = h(try db.insert(.community, fields: ["code": .text("JH"), "name": .text("金华社区"), "street": .text("XFL")]))
        grid = h(try db.insert(.grid, fields: ["code": .text("G1"), "name": .text("第一网格"), "community": .text("JH")]))
        unit = h(try db.insert(.unit, fields: ["code": .text("BG"), "name": .text("区博物馆"), "kind": .text("agency"), "community": .text("JH")]))
        committee = h(try db.insert(.org, fields: ["code": .text("JH-PC"), "name": .text("金华社区党委"), "kind": .text("committee"),
                                                   "community": .text("JH")]))
        branch1 = h(try db.insert(.org, fields: ["code": .text("JH-01"), "name": .text("第一支部"), "kind": .text("branch"), "parent": .text("JH-PC")]))
        branch2 = h(try db.insert(.org, fields: ["code": .text("JH-02"), "name": .text("第二支部"), "kind": .text("branch"), "parent": .text("JH-PC")]))
        group = h(try db.insert(.org, fields: ["code": .text("JH-01-G1"), "name": .text("第一党小组"), "kind": .text("group"), "parent": .text("JH-01")]))
        m1 = h(try db.insert(.member, fields: ["code": .text("M1"), "name": .text("张三"), "born": .day(Day("1950-01-01")!),
                                               "joined": .day(Day("1975-07-01")!), "formal": .day(Day("1976-07-01")!),
                                               "branch": .text("JH-01"), "group": .text("JH-01-G1")]))
        m2 = h(try db.insert(.member, fields: ["code": .text("M2"), "name": .text("李四"), "born": .day(Day("1990-05-04")!),
                                               "joined": .day(Day("2015-07-01")!), "branch": .text("JH-02")]))
        m3 = h(try db.insert(.member, fields: ["code": .text("M3"), "name": .text("王五"), "born": .day(Day("1980-01-01")!),
                                               "branch": .text("JH-01")]))
        _ = db.takeChanges()
    }

    static func day(_ text: String) -> Day { Day(text)! }
}

/// Everything a change could touch, to show a refused piece of work left the database as it was.
func snapshot(_ db: Database) -> [[String]] {
    Kind.allCases.map { kind in
        let t = db.table(kind)
        var rows = ["count \(t.count) next \(db.nextCode(kind))"]
        for i in t.liveIndexes {
            let backrefs = db.backrefs(of: JicengDomain.EntityRef(kind, i)).map { "\($0.kind.name)#\($0.index).\($0.field)" }.sorted()
            rows.append(t.values(i).map(db.describe).joined(separator: "|") + " <- " + backrefs.joined(separator: ","))
        }
        return rows
    } + [["pending \(db.pendingChanges.count)"]]
}

/// Asserts the work is refused for `rule`, with a message naming the record, and changes nothing.
func assertRefused(_ db: Database, rule: String, naming code: String, file: StaticString = #filePath, line: UInt = #line,
                   _ work: () throws -> Void) {
    let before = snapshot(db)
    XCTAssertThrowsError(try work(), file: file, line: line) { error in
        guard let rejected = error as? ChangeRejected else { return XCTFail("not a refusal: \(error)", file: file, line: line) }
        XCTAssertTrue(rejected.violations.contains { $0.rule == rule && $0.code == code },
                      "expected \(rule) about \(code), got \(rejected)", file: file, line: line)
    }
    XCTAssertEqual(snapshot(db), before, "a refused piece of work leaves everything as it was", file: file, line: line)
}
