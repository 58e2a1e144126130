import XCTest
@testable import JicengLang

/// A tiny domain of two kinds, enough to show entities plugging in.
enum Fixtures {
    static let branchNames = ["一支部", "二支部"]
    static let members: [(name: String, age: Int64, branch: Int32?)] = [("张三", 82, 0), ("李四", 45, 1), ("王五", 80, 1), ("赵六", 30, nil)]

    static func branchType() -> HostType {
        HostType(name: "branch", collectionName: "branches",
                 fields: [HostField("name") { .string(branchNames[Int($0)]) }],
                 handles: { [0, 1] }, display: { "branch \(branchNames[Int($0)])" })
    }

    static func memberType(branches: HostType = branchType()) -> HostType {
        HostType(name: "member", collectionName: "members",
                 fields: [
                    HostField("name") { .string(members[Int($0)].name) },
                    HostField("age") { .int(members[Int($0)].age) },
                    HostField("branch") { members[Int($0)].branch.map { branches.ref($0) } ?? .nil },
                 ],
                 handles: { Array(0..<Int32(members.count)) }, display: { "member \(members[Int($0)].name)" })
    }
}

final class HostTypeTests: XCTestCase {
    private func run(_ source: String) throws -> String {
        let i = Interpreter()
        let out = OutputBox()
        i.output = { out.text += $0 }
        let branches = Fixtures.branchType()
        i.register(type: branches)
        i.register(type: Fixtures.memberType(branches: branches))
        try i.run(source, file: "t.jc")
        return out.text
    }

    func testQueriesIterateHandlesAndReadFieldsByName() throws {
        XCTAssertEqual(try run("print count(members where age >= 80)"), "2\n")
        XCTAssertEqual(try run("for m in members sort by age desc take 2 { print m.name }"), "张三\n王五\n")
        XCTAssertEqual(try run("print (members where branch.name == \"二支部\" select name)"), "[{name: \"李四\"}, {name: \"王五\"}]\n")
    }

    func testFieldChainsAndMissingLinks() throws {
        XCTAssertEqual(try run("for m in members { print m.branch.name }"), "一支部\n二支部\n二支部\nnil\n")
        XCTAssertEqual(try run("print count(members where branch == nil)"), "1\n")
    }

    func testEntitiesDisplayCompareAndGroup() throws {
        XCTAssertEqual(try run("print members[0]"), "member 张三\n")
        XCTAssertEqual(try run("print members[1].branch == members[2].branch, members[0] == members[1]"), "true false\n")
        XCTAssertEqual(try run("for g in members where branch != nil group by branch { print g.key, g.count }"),
                       "branch 一支部 1\nbranch 二支部 2\n")
        XCTAssertEqual(try run("print type(members[0])"), "member\n")
    }

    func testUnknownEntityFieldIsLocatedWithASuggestion() {
        XCTAssertThrowsError(try run("let m = members[0]\nprint m.nme")) { e in
            let d = (e as! ScriptError).diagnostics[0]
            XCTAssertEqual(d.message.english, "a member has no field \"nme\"")
            XCTAssertEqual(d.location, SourceLocation(line: 2, column: 9))
            XCTAssertEqual(d.help?.english, "did you mean \"name\"?")
        }
    }

    func testTheFieldCacheFollowsTheTypeAtEachSite() throws {
        // One access site sees members, then a branch, then a record: each is read right.
        XCTAssertEqual(try run("for x in [members[0], branches[1], {name: \"记录\"}] { print x.name }"), "张三\n二支部\n记录\n")
    }

    func testEntityFieldsAreNotAssignable() {
        XCTAssertThrowsError(try run("let m = members[0]\nm.age = 3")) { e in
            XCTAssertEqual((e as! ScriptError).diagnostics[0].id, RuntimeErrorID.notAssignable)
        }
    }
}
